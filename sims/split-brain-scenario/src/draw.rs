//! Drawing the split-brain cluster: links (cut ones dashed, the spec's partition as a red
//! dashed line sweeping across), the messages in flight, the nodes with crowns, timers and
//! badges, each node's log table, the clients' writes and, in the fencing mode, the storage.
//! Every state has words or a shape as well as a colour.

use dsim_core::num::Within;
use dsim_core::split_brain::{
    ClientWrite, FailoverMode, Role, SplitBrainSim, WriteStatus, NODE_COUNT, SPEC_VALUE_A,
    SPEC_VALUE_B, SPEC_WRITE_GAP_MS,
};
use dsim_ui::draw::{ease, progress, Align, Frame};
use dsim_ui::math;
use dsim_ui::palette::Palette;
use dsim_ui::{RowTone, TableRow};

use crate::clock::{FlightKind, Live, ARRIVAL_MS, FLASH_MS, SWEEP_MS};
use crate::layout::{self, Block, Layout, Side, PAD};
use crate::text::{self, Badge, Tone};

/// The colour of a tone, and the ink that goes on it.
fn tone_colors(p: &Palette, tone: Tone) -> (&'static str, &'static str) {
    match tone {
        Tone::Leader => (p.leader, p.ink),
        Tone::Good => (p.good, p.background),
        Tone::Bad => (p.bad, p.background),
        Tone::Busy => (p.accent, p.ink),
        Tone::Plain => (p.surface, p.ink),
    }
}

/// The colour text of a tone is written in on the background.
fn tone_text(p: &Palette, tone: Tone) -> &'static str {
    match tone {
        Tone::Good => p.good_text,
        Tone::Bad => p.bad_text,
        _ => p.ink,
    }
}

/// The first of `options` that fits `max_w` at `px`, or the last one with its font shrunk to
/// fit (down to 70 %): (text, px).
fn fit_or_shrink<'a>(
    f: &Frame,
    options: &[&'a str],
    px: f64,
    bold: bool,
    max_w: f64,
) -> (&'a str, f64) {
    if let Some(t) = f.fit_text(options, px, bold, max_w) {
        return (t, px);
    }
    let last = options.last().copied().unwrap_or("");
    let w = f.measure(last, px, bold);
    let k = if w > 0.0 {
        (max_w / w).within(0.7, 1.0)
    } else {
        1.0
    };
    (last, px * k)
}

/// Draws one frame; returns whether it needs further frames.
pub fn draw(f: &Frame, live: &Live) -> bool {
    let p = f.palette;
    let sim = &live.sim;
    let fencing = sim.mode() == FailoverMode::Fencing;
    let l = layout::layout(f.width, f.height, f.scale, fencing);
    let now = f.now;
    let shown = live.display_ms(now);
    f.clear();

    draw_partition(f, live, &l);
    draw_links(f, sim, &l);
    if let (Some(s), Some(modes)) = (l.storage, &live.modes) {
        modes.draw_storage(f, sim, &l, s);
    }
    for (flight, t) in live.visible_flights(now) {
        // Reduced motion: each message waits, still, a third of the way from its sender (clear
        // of the link's mark in the middle, and of a message going the other way).
        let t = if f.reduced_motion { 0.33 } else { t };
        let (a, b) = (l.nodes[flight.from], l.nodes[flight.to]);
        let (dx, dy) = (b.x - a.x, b.y - a.y);
        let len = math::hypot(dx, dy).max(1.0);
        let (ux, uy) = (dx / len, dy / len);
        let (x0, y0) = (a.x + ux * a.r, a.y + uy * a.r);
        let (x1, y1) = (b.x - ux * b.r, b.y - uy * b.r);
        let (color, r) = match flight.kind {
            FlightKind::Heartbeat | FlightKind::AppendHeartbeat => (p.idle, 3.5),
            FlightKind::Reply => (p.surface, 3.0),
            FlightKind::Sync | FlightKind::Append => (p.write, 6.0),
            FlightKind::RequestVote => (p.accent, 5.5),
            FlightKind::VoteGranted => (p.good, 5.0),
            FlightKind::VoteRefused => (p.bad, 5.0),
        };
        f.message_dot((x0, y0), (x1, y1), t, color, r);
        let caption = match flight.kind {
            FlightKind::AppendHeartbeat if f.width < 700.0 => "",
            _ => flight.short.as_str(),
        };
        if !caption.is_empty() {
            let (x, y) = (x0 + (x1 - x0) * t, y0 + (y1 - y0) * t);
            let tone = match flight.kind {
                FlightKind::AppendHeartbeat => p.muted,
                FlightKind::VoteRefused => p.bad_text,
                _ => p.ink,
            };
            let w = f.measure(caption, l.px(10.0), true);
            let x = x.within(PAD + w / 2.0, f.width - PAD - w / 2.0);
            f.halo_text(
                caption,
                (x, y - l.px(11.0) * f.scale),
                l.px(10.0),
                tone,
                Align::Center,
                true,
            );
        }
    }

    draw_link_marks(f, sim, &l);
    for n in 0..NODE_COUNT {
        draw_node(f, live, &l, n, shown);
    }
    for (slot, target) in [0usize, 1].into_iter().enumerate() {
        draw_write(f, live, &l, slot, target, shown);
    }
    live.running || live.animating(now)
}

/// The spec's partition: a red dashed line sweeping down across the links 1–2 and 1–3.
fn draw_partition(f: &Frame, live: &Live, l: &Layout) {
    if !live.spec_partition() {
        return;
    }
    let p = f.palette;
    let k = live.speed.max(0.01);
    let t = match live.partition_at {
        Some(start) if !f.reduced_motion => ease(progress(start, (SWEEP_MS / k).max(250.0), f.now)),
        _ => 1.0,
    };
    let x = l.partition_x;
    let top = PAD + layout::write_box_h(l.scale, l.zoom) + 2.0;
    let bottom = l.h - PAD;
    let end = top + (bottom - top) * t;
    let offset = if t < 1.0 { -f.now * 0.05 } else { 0.0 };
    f.dashed_line((x, top), (x, end), p.bad, 3.0, offset);
    if t >= 1.0 {
        f.halo_text(
            &text::partition_caption(),
            (x, top + l.px(8.0) * l.scale),
            l.px(11.0),
            p.bad_text,
            Align::Center,
            true,
        );
    }
}

/// The three links: solid when up, dashed when cut.
fn draw_links(f: &Frame, sim: &SplitBrainSim, l: &Layout) {
    let p = f.palette;
    for (a, b, up) in sim.links() {
        let (na, nb) = (l.nodes[a], l.nodes[b]);
        if up {
            f.line(na.x, na.y, nb.x, nb.y, p.muted, 2.0);
        } else {
            f.dashed_line((na.x, na.y), (nb.x, nb.y), p.idle, 2.0, 0.0);
        }
    }
}

/// The "cut" or "heal" mark on each link (drawn over the messages, so it stays readable).
fn draw_link_marks(f: &Frame, sim: &SplitBrainSim, l: &Layout) {
    let p = f.palette;
    for (i, (_, _, up)) in sim.links().into_iter().enumerate() {
        let (mx, my) = l.link_mark(i);
        let (fill, ink) = if up {
            (p.background, p.ink)
        } else {
            (p.bad, p.background)
        };
        f.pill(&text::link_mark(up), (mx, my), l.px(11.0), fill, ink);
    }
}

/// The first of `options` that fits `max_w` at `px`, if any.
fn fit_first(f: &Frame, options: &[String], px: f64, bold: bool, max_w: f64) -> Option<String> {
    let options: Vec<&str> = options.iter().map(String::as_str).collect();
    f.fit_text(&options, px, bold, max_w).map(str::to_string)
}

/// The fencing mode's shared storage: its highest token and its refusals (drawn by the
/// modes' own code, [`crate::modes`]).
pub(crate) fn draw_storage(f: &Frame, sim: &SplitBrainSim, l: &Layout, r: layout::Rect) {
    let p = f.palette;
    let Some(storage) = sim.storage() else {
        return;
    };
    let refused = storage.rejected > 0;
    let stroke = if refused { p.bad } else { p.ink };
    f.drum(
        dsim_ui::geom::Rect::new(r.x, r.y, r.w, r.h),
        p.surface,
        stroke,
    );
    let words = text::storage_captions(storage.highest_token, storage.rejected);
    let (px, max_w) = (l.px(11.0), r.w - 8.0);
    let name = fit_first(f, &words.name, px, true, max_w).unwrap_or_default();
    let (line1, line2) = if refused {
        let head = fit_first(f, &words.name_with_token, px, true, max_w);
        let refusals = fit_first(f, &words.refusals, px, true, max_w);
        (head.unwrap_or(name), refusals.unwrap_or_default())
    } else {
        let token = fit_first(f, &words.token, px, false, max_w);
        (name, token.unwrap_or_default())
    };
    let (x, cy, lh) = (r.x + r.w / 2.0, r.y + r.h / 2.0 + 1.0, l.line_h);
    f.bold(&line1, x, cy - lh * 0.45, px, p.ink, Align::Center);
    let color = if refused { p.bad_text } else { p.ink };
    f.bold(&line2, x, cy + lh * 0.55, px, color, Align::Center);
}

fn draw_node(f: &Frame, live: &Live, l: &Layout, n: usize, shown: f64) {
    let sim = &live.sim;
    if sim.node(n).is_none() {
        return;
    }
    draw_flash(f, live, l, n);
    // The failover timer as a ring filling up around the node.
    let timer = text::timer_of(sim, n, shown);
    if let Some((elapsed, timeout)) = timer.filter(|t| t.1 > 0.0) {
        let (s, p) = (l.nodes[n], f.palette);
        let r = s.r + 5.0 * f.scale;
        f.progress_ring((s.x, s.y), r, elapsed / timeout, p.accent, p.surface, 4.0);
    }
    draw_disc(f, sim, l, n);
    let b = l.blocks[n];
    draw_labels(f, sim, l, &b, n);
    let mut badges = Vec::new();
    if let Some((elapsed, timeout)) = timer {
        badges.push(Badge {
            text: text::timer_badge(sim.mode(), elapsed, timeout),
            tone: Tone::Busy,
        });
    }
    badges.extend(text::badges(sim, n));
    draw_badges(f, l, &b, &badges);
    draw_table(f, sim, l, &b, n);
}

/// The flash of a newly elected leader.
fn draw_flash(f: &Frame, live: &Live, l: &Layout, n: usize) {
    let Some((who, start)) = live.flash else {
        return;
    };
    let leader = live
        .sim
        .node(n)
        .is_some_and(|x| x.powered_on && x.role == Role::Leader);
    if who != n || !leader {
        return;
    }
    let (s, p) = (l.nodes[n], f.palette);
    let span = (FLASH_MS / live.speed.max(0.01)).max(500.0);
    let t = progress(start, span, f.now);
    if t >= 1.0 {
        return;
    }
    if f.reduced_motion {
        f.glow(s.x, s.y, s.r, p.leader, 1.0);
    } else {
        let pulse = 0.5 + 0.5 * math::cos(t * std::f64::consts::TAU * 3.0);
        f.glow(s.x, s.y, s.r, p.leader, (1.0 - t) * (0.4 + 0.6 * pulse));
    }
}

/// The node's disc: its colour by role, its number, a cross when powered off, a crown when
/// it leads.
fn draw_disc(f: &Frame, sim: &SplitBrainSim, l: &Layout, n: usize) {
    let Some(node) = sim.node(n) else {
        return;
    };
    let (s, p) = (l.nodes[n], f.palette);
    let fill = match (node.powered_on, node.role) {
        (false, _) => p.idle,
        (true, Role::Leader) => p.leader,
        (true, Role::Candidate) => p.accent,
        (true, Role::Follower) => p.background,
    };
    f.circle(s.x, s.y, s.r, fill, p.ink, 2.0);
    let px = (s.r * 0.75).within(12.0, 30.0) / f.scale;
    f.bold(
        &(n + 1).to_string(),
        s.x,
        s.y + 1.0,
        px,
        p.ink,
        Align::Center,
    );
    if !node.powered_on {
        f.cross(s.x, s.y, s.r, p.bad);
    }
    if node.powered_on && node.role == Role::Leader {
        let (cx, cy) = l.crown_at(n);
        f.crown(cx, cy, l.crown);
    }
}

/// The node's name and role beside or below it.
fn draw_labels(f: &Frame, sim: &SplitBrainSim, l: &Layout, b: &Block, n: usize) {
    let ink = f.palette.ink;
    let align = match b.side {
        Side::Below => Align::Center,
        Side::Right => Align::Left,
    };
    let name = text::node_name(n);
    let (name, name_px) = fit_or_shrink(f, &[name.as_str()], l.px(13.0), true, b.width);
    f.bold(name, b.text_x, b.name_y, name_px, ink, align);
    let role = text::role_line(sim, n);
    let short = text::role_line_short(sim, n);
    let options = [role.as_str(), short.as_str()];
    let (role, role_px) = fit_or_shrink(f, &options, l.px(12.0), false, b.width);
    f.text(role, b.text_x, b.role_y, role_px, ink, align);
}

/// Badges on one line: left to right (right blocks) or centred (below), as many as fit.
fn draw_badges(f: &Frame, l: &Layout, b: &Block, badges: &[Badge]) {
    let p = f.palette;
    let gap = 4.0 * f.scale;
    // Smaller type when the first badge would not fit otherwise (narrow canvases).
    let mut px = l.px(10.5);
    if badges
        .first()
        .is_some_and(|first| f.pill_width(&first.text, px) > b.width)
    {
        px = l.px(9.0);
    }
    let mut widths = Vec::new();
    let mut total = 0.0;
    for badge in badges {
        let w = f.pill_width(&badge.text, px);
        if total + w > b.width {
            break;
        }
        total += w + gap;
        widths.push(w);
    }
    let total = (total - gap).max(0.0);
    let mut x = match b.side {
        Side::Below => b.text_x - total / 2.0,
        Side::Right => b.text_x,
    };
    for (badge, w) in badges.iter().zip(widths) {
        let (fill, ink) = tone_colors(&p, badge.tone);
        f.pill(&badge.text, (x + w / 2.0, b.badge_y), px, fill, ink);
        x += w + gap;
    }
}

/// A node's log as a small table; when it is too long, the oldest rows are summarised.
fn draw_table(f: &Frame, sim: &SplitBrainSim, l: &Layout, b: &Block, n: usize) {
    let fits = (b.table.h / l.row_h).floor() as usize;
    let Some(mut table) = log_rows(sim, n, fits) else {
        return;
    };
    let px = l.px(11.0);
    let (widths, width) = fit_columns(f, &mut table, px, b.table.w);
    let x = match b.side {
        Side::Below => b.text_x - width / 2.0,
        Side::Right => b.table.x,
    };
    f.mini_table((x, b.table.y), &widths, &table.rows, px, l.row_h);
}

/// The rows of a log table, and which one (if any) stands for the hidden oldest entries.
struct LogRows {
    rows: Vec<TableRow>,
    earlier: Option<usize>,
}

/// Node `n`'s log rows for a table `fits` rows tall: a header if it leaves at least two entry
/// rows (or all of them), and the newest entries, with a "+N earlier" row when some are left
/// out. Conflicting entries are alerts, uncommitted ones muted (starred in Raft mode).
fn log_rows(sim: &SplitBrainSim, n: usize, fits: usize) -> Option<LogRows> {
    let node = sim.node(n)?;
    if fits == 0 {
        return None;
    }
    let raft = sim.mode() == FailoverMode::Raft;
    let mut rows: Vec<TableRow> = node
        .log
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let mut cells = text::entry_cells(e).to_vec();
            let tone = if text::in_conflict(sim, e.id) {
                RowTone::Alert
            } else if !node.is_committed(i) {
                if raft {
                    cells[0].push('*');
                }
                RowTone::Muted
            } else {
                RowTone::Normal
            };
            TableRow::new(tone, cells)
        })
        .collect();
    let with_header = fits >= 3 || fits > rows.len();
    let room = if with_header { fits - 1 } else { fits };
    let mut earlier = None;
    if rows.len() > room {
        // Too long: the newest rows matter most (the last one is the node's value).
        let keep = room.saturating_sub(1).max(1).min(rows.len());
        let hidden = rows.len() - keep;
        let newest = rows.split_off(hidden);
        rows = newest;
        if room >= 2 {
            earlier = Some(usize::from(with_header));
            let summary = vec![text::earlier_rows(hidden), String::new(), String::new()];
            rows.insert(0, TableRow::new(RowTone::Muted, summary));
        }
    }
    if with_header {
        let header = text::log_header(sim.mode()).to_vec();
        rows.insert(0, TableRow::new(RowTone::Header, header));
    }
    Some(LogRows { rows, earlier })
}

/// Column widths: what the cells need, squeezed into `max_w`: drop the generation column
/// first, then the first heading, then squeeze the first column. Returns the widths and the
/// table's width.
fn fit_columns(f: &Frame, table: &mut LogRows, px: f64, max_w: f64) -> (Vec<f64>, f64) {
    let pad = 9.0 * f.scale;
    let earlier = table.earlier;
    let needs = |rows: &[TableRow], cols: usize| -> Vec<f64> {
        (0..cols)
            .map(|k| {
                rows.iter()
                    .enumerate()
                    .filter(|&(i, _)| !(k == 0 && Some(i) == earlier))
                    .filter_map(|(_, r)| r.cells.get(k).map(|c| (c, r.tone)))
                    .map(|(c, tone)| f.measure(c, px, tone != RowTone::Normal) + pad)
                    .fold(0.0, f64::max)
            })
            .collect()
    };
    let rows = &mut table.rows;
    let mut need = needs(rows, 3);
    if need.iter().sum::<f64>() > max_w {
        rows.iter_mut().for_each(|r| r.cells.truncate(2));
        need = needs(rows, 2);
        if need.iter().sum::<f64>() > max_w {
            if let Some(h) = rows.iter_mut().find(|r| r.tone == RowTone::Header) {
                h.cells[0].clear();
            }
            need = needs(rows, 2);
        }
    }
    let total: f64 = need.iter().sum();
    let width = max_w.min(total.max(max_w * 0.8));
    let widths = if total <= width {
        let extra = (width - total) / need.len() as f64;
        need.iter().map(|w| w + extra).collect()
    } else {
        let rest: f64 = need[1..].iter().sum();
        std::iter::once((width - rest).max(0.0))
            .chain(need[1..].iter().copied())
            .collect()
    };
    (widths, width)
}

/// The client's write to `target`: a box along the top with the write and what its client
/// was told, and an arrow down to the node (a dot travels along it while the write is on its
/// way; the arrow glows as it arrives).
fn draw_write(f: &Frame, live: &Live, l: &Layout, slot: usize, target: usize, shown: f64) {
    let latest = live.sim.writes().iter().rev().find(|w| w.target == target);
    let h = draw_write_box(f, l, slot, latest);
    let p = f.palette;
    let (area, node, ax) = (l.writes[slot], l.nodes[target], l.write_arrow_x[slot]);
    // The arrow down to the node.
    let dx = (ax - node.x).abs().min(node.r * 0.99);
    let y_end = node.y - (node.r * node.r - dx * dx).sqrt() - 2.0;
    let y_start = area.y + h;
    let k = live.speed.max(0.01);
    let arriving = latest.and_then(|w| live.arrivals.iter().rev().find(|(j, _)| *j == w.index));
    let pulse = arriving.map_or(1.0, |&(_, t)| {
        progress(t, (ARRIVAL_MS / k).max(300.0), f.now)
    });
    let color = if latest.is_some() { p.write } else { p.idle };
    if pulse < 1.0 && !f.reduced_motion {
        f.line(ax, y_start, ax, y_end, p.write, 2.0 + 5.0 * (1.0 - pulse));
    }
    f.arrow(ax, y_start, ax, y_end, color, 2.0);
    if let Some(w) = latest.filter(|w| w.status == WriteStatus::Scheduled) {
        let gap = SPEC_WRITE_GAP_MS as f64;
        let t = 1.0 - ((w.arrives_ms as f64 - shown) / gap).within(0.0, 1.0);
        f.message_dot((ax, y_start), (ax, y_end), t, p.write, 6.0);
    }
}

/// The box of client `slot`: its latest write and what the client was told, or (greyed) the
/// write it will send. Returns the box's height.
fn draw_write_box(f: &Frame, l: &Layout, slot: usize, latest: Option<&ClientWrite>) -> f64 {
    let p = f.palette;
    let (area, ax, lh) = (l.writes[slot], l.write_arrow_x[slot], l.line_h);
    let (line1_opts, line2, l2_short, tone) = match latest {
        Some(w) => {
            let (status, short, tone) = text::write_short(w);
            (text::write_captions(w.index, w.value), status, short, tone)
        }
        None => {
            let value = if slot == 0 {
                SPEC_VALUE_A
            } else {
                SPEC_VALUE_B
            };
            let (status, short) = text::unsent_captions(slot);
            (
                text::write_captions(slot, value),
                status,
                short,
                Tone::Plain,
            )
        }
    };
    let inner = area.w - 10.0 * f.scale;
    let options: Vec<&str> = line1_opts.iter().map(String::as_str).collect();
    let (line1, px1) = fit_or_shrink(f, &options, l.px(12.0), true, inner);
    let options = [line2.as_str(), l2_short.as_str()];
    let (line2, px2) = fit_or_shrink(f, &options, l.px(11.0), false, inner);
    let w = (f
        .measure(line1, px1, true)
        .max(f.measure(line2, px2, false))
        + 12.0 * f.scale)
        .max(ax - area.x + 14.0)
        .min(area.w);
    let h = area.h;
    let border = match tone {
        Tone::Good => p.good,
        Tone::Bad => p.bad,
        Tone::Busy => p.write,
        _ => p.idle,
    };
    let (fill, ink) = match latest {
        Some(_) => (p.surface, p.ink),
        None => (p.background, p.muted),
    };
    f.rounded_rect(
        dsim_ui::geom::Rect::new(area.x, area.y, w, h),
        6.0,
        fill,
        border,
    );
    if latest.is_some() {
        // A thicker coloured edge on the left: the write's outcome, with words beside it.
        f.ctx.set_fill_style_str(border);
        f.ctx
            .fill_rect(area.x + 1.0, area.y + 3.0, 4.0 * f.scale, h - 6.0);
    }
    let (tx, ty) = (area.x + 8.0 * f.scale, area.y + 3.0 * l.zoom);
    f.bold(line1, tx, ty + lh * 0.5, px1, ink, Align::Left);
    f.text(
        line2,
        tx,
        ty + lh * 1.5,
        px2,
        tone_text(&p, tone),
        Align::Left,
    );
    h
}
