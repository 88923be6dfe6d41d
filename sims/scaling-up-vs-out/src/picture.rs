//! The main canvas: scale up on the left (the machine ladder as bars of capacity against the
//! demand line) and scale out on the right (the cluster's nodes as squares), each with a meter
//! of how busy it is. Every state has a shape or a label as well as a colour.

use dsim_core::num::Within;
use dsim_core::scaling::{Layout, ScalingSim, LADDER, TARGET_UTILISATION};
use dsim_ui::draw::{Align, Frame};
use dsim_ui::geom::Rect;

use crate::data::Derived;
use crate::text::{self, Word};

/// What one frame of the picture shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Picture {
    /// Capacity of each rung at this month's mix.
    pub bars: Vec<f64>,
    /// This month's demand.
    pub demand: f64,
    /// The machine in use.
    pub machine: usize,
    /// Whether it is down.
    pub machine_down: bool,
    /// How busy it is (infinite when down).
    pub up_rho: f64,
    /// Nodes in the cluster.
    pub nodes: usize,
    /// Failed nodes.
    pub failed: Vec<usize>,
    /// The replicas' leader.
    pub leader: Option<usize>,
    /// Replicas or shards.
    pub layout: Layout,
    /// How busy the cluster's nodes are.
    pub out_rho: f64,
    /// The two panels' titles and subtitles, each longest first (the first that fits is drawn).
    pub titles: [(Vec<String>, Vec<String>); 2],
}

impl Picture {
    /// The picture of the model now.
    pub fn new(sim: &ScalingSim, d: &Derived) -> Self {
        Picture {
            bars: d.up.curve.iter().map(|p| p.capacity).collect(),
            demand: d.demand.total(),
            machine: sim.machine(),
            machine_down: sim.machine_down(),
            up_rho: d.up.now.utilisation,
            nodes: sim.nodes(),
            failed: sim.failed_nodes().to_vec(),
            leader: sim.leader(),
            layout: sim.config().shape.layout,
            out_rho: d.out.now.utilisation,
            titles: text::picture_titles(sim, d),
        }
    }
}

/// Draws the picture; never animates.
pub fn draw(f: &Frame, p: &Picture) -> bool {
    f.clear();
    let gap = 12.0;
    let half = (f.width - 3.0 * gap) / 2.0;
    let left = Rect::new(gap, 6.0, half, f.height - 12.0);
    let right = Rect::new(2.0 * gap + half, 6.0, half, f.height - 12.0);
    f.line(
        f.width / 2.0,
        10.0,
        f.width / 2.0,
        f.height - 10.0,
        f.palette.idle,
        1.0,
    );
    let body_l = panel(f, left, &p.titles[0], p.up_rho);
    ladder(f, body_l, p);
    let body_r = panel(f, right, &p.titles[1], p.out_rho);
    cluster(f, body_r, p);
    false
}

/// The title, subtitle and busy meter of a panel; returns the box left for its body.
fn panel(f: &Frame, r: Rect, (titles, subs): &(Vec<String>, Vec<String>), rho: f64) -> Rect {
    let Rect { x, y, w, h } = r;
    let pal = f.palette;
    let s = f.scale;
    f.bold(
        fitted(f, titles, 13.0, true, w),
        x,
        y + 8.0 * s,
        13.0,
        pal.ink,
        Align::Left,
    );
    f.text(
        fitted(f, subs, 11.0, false, w),
        x,
        y + 24.0 * s,
        11.0,
        pal.muted,
        Align::Left,
    );
    let meter_h = 10.0 * s;
    let my = y + h - meter_h - 2.0;
    let (fill, label) = busy_style(f, rho);
    let text_w = f.text_width(&label, 11.0);
    let sign = if rho >= 1.0 { 16.0 * s } else { 0.0 };
    let meter_w = (w - text_w - sign - 8.0).max(20.0);
    f.meter(
        Rect::new(x, my, meter_w, meter_h),
        rho.min(1.0),
        fill,
        pal.surface,
    );
    f.text(
        &label,
        x + w,
        my + meter_h / 2.0,
        11.0,
        pal.ink,
        Align::Right,
    );
    if rho >= 1.0 {
        let wx = x + w - text_w - sign / 2.0 - 2.0;
        f.warning(wx, my + meter_h / 2.0, 11.0, pal.write);
    }
    let top = y + 36.0 * s;
    Rect::new(x, top, w, (my - 6.0 * s - top).max(10.0))
}

/// The first of `options` (longest first) that fits `w`, else the shortest.
fn fitted<'a>(f: &Frame, options: &'a [String], px: f64, bold: bool, w: f64) -> &'a str {
    let all: Vec<&str> = options.iter().map(String::as_str).collect();
    let last = all.last().copied().unwrap_or_default();
    f.fit_text(&all, px, bold, w).unwrap_or(last)
}

/// The meter's colour and label for a utilisation (the label says what the colour does).
fn busy_style(f: &Frame, rho: f64) -> (&'static str, String) {
    let pal = f.palette;
    let fill = if !rho.is_finite() || rho >= 1.0 {
        pal.bad
    } else if rho > TARGET_UTILISATION {
        pal.write
    } else {
        pal.good
    };
    (fill, text::meter_label(rho))
}

/// The ladder: one bar per rung, the demand as a dashed line, the machine in use marked.
fn ladder(f: &Frame, r: Rect, p: &Picture) {
    let Rect { x, y, w, h } = r;
    let pal = f.palette;
    let s = f.scale;
    let label_h = 14.0 * s;
    let top_pad = 16.0 * s;
    let base = y + h - label_h;
    let plot_h = (base - y - top_pad).max(4.0);
    let max = p.bars.iter().copied().fold(p.demand, f64::max) * 1.08;
    let n = p.bars.len() as f64;
    let slot = w / n;
    let bar_w = (slot * 0.68).max(2.0);
    let every = if slot < 20.0 * s { 2 } else { 1 };
    for (i, &cap) in p.bars.iter().enumerate() {
        let bx = x + slot * i as f64 + (slot - bar_w) / 2.0;
        let bh = plot_h * (cap / max).within(0.0, 1.0);
        let current = i == p.machine;
        let fill = if current { pal.read } else { pal.idle };
        f.ctx.set_fill_style_str(fill);
        f.ctx.fill_rect(bx, base - bh, bar_w, bh);
        if current {
            f.ctx.set_stroke_style_str(pal.ink);
            f.ctx.set_line_width(1.5 * s);
            f.ctx.stroke_rect(bx, base - bh, bar_w, bh);
            f.bold(
                "▼",
                bx + bar_w / 2.0,
                base - bh - 7.0 * s,
                10.0,
                pal.ink,
                Align::Center,
            );
            if p.machine_down {
                f.cross(
                    bx + bar_w / 2.0,
                    base - bh / 2.0,
                    (bar_w * 0.7).max(6.0),
                    pal.bad,
                );
                f.badge(
                    &text::word(Word::DownBadge),
                    bx + bar_w / 2.0,
                    base - bh - 20.0 * s,
                    pal.bad,
                    pal.background,
                );
            }
        }
        if i % every == 0 || i == p.bars.len() - 1 {
            let cores = LADDER[i].cores.to_string();
            f.text(
                &cores,
                bx + bar_w / 2.0,
                base + label_h / 2.0 + 1.0,
                10.0,
                pal.muted,
                Align::Center,
            );
        }
    }
    f.line(x, base, x + w, base, pal.muted, 1.0);
    let dy = base - plot_h * (p.demand / max).within(0.0, 1.0);
    f.dashed_line((x, dy), (x + w, dy), pal.ink, 1.5, 0.0);
    let label = text::demand_mark(p.demand);
    f.halo_text(
        &label,
        (x + 2.0, dy - 7.0 * s),
        10.0,
        pal.ink,
        Align::Left,
        false,
    );
}

/// The cluster: one square per node, failed ones crossed, the leader or shard numbers marked.
fn cluster(f: &Frame, r: Rect, p: &Picture) {
    let Rect { x, y, w, h } = r;
    let pal = f.palette;
    let n = p.nodes.max(1);
    let (cols, rows) = grid(n, w, h);
    let cell = (w / cols as f64).min(h / rows as f64);
    let side = (cell * 0.78).min(44.0 * f.scale);
    let ox = x + (w - cell * cols as f64) / 2.0;
    let oy = y + (h - cell * rows as f64) / 2.0;
    for i in 0..n {
        let cx = ox + cell * (i % cols) as f64 + cell / 2.0;
        let cy = oy + cell * (i / cols) as f64 + cell / 2.0;
        let failed = p.failed.contains(&i);
        let leader = p.layout == Layout::Replicas && p.leader == Some(i) && n > 1;
        let fill = if failed {
            pal.surface
        } else if leader {
            pal.leader
        } else {
            pal.accent
        };
        f.rounded_rect(
            Rect::new(cx - side / 2.0, cy - side / 2.0, side, side),
            side * 0.18,
            fill,
            pal.ink,
        );
        if failed {
            f.cross(cx, cy, side / 2.0, pal.bad);
        } else if side >= 16.0 {
            let mark = match (p.layout, leader) {
                (Layout::Replicas, true) => text::word(Word::LeaderMark),
                (Layout::Replicas, false) => String::new(),
                (Layout::Sharded, _) => text::shard_mark(i),
            };
            let px = (side * 0.42).min(13.0) / f.scale;
            f.bold(&mark, cx, cy + 0.5, px, pal.text_on(fill), Align::Center);
        }
    }
}

/// Columns and rows that give the largest squares for `n` nodes in a `w` × `h` box.
fn grid(n: usize, w: f64, h: f64) -> (usize, usize) {
    (1..=n)
        .map(|cols| (cols, n.div_ceil(cols)))
        .max_by(|a, b| {
            let size = |(c, r): (usize, usize)| (w / c as f64).min(h / r as f64);
            size(*a).total_cmp(&size(*b))
        })
        .unwrap_or((1, 1))
}

#[cfg(test)]
mod tests {
    use super::grid;

    #[test]
    fn the_grid_fits_every_node_in_the_largest_squares() {
        assert_eq!(grid(1, 100.0, 100.0), (1, 1));
        assert_eq!(grid(4, 100.0, 100.0), (2, 2));
        assert_eq!(grid(8, 200.0, 50.0), (8, 1));
        let (c, r) = grid(64, 170.0, 120.0);
        assert!(c * r >= 64);
    }
}
