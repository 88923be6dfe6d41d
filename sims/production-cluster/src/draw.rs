//! Drawing the cluster: the region boxes (a dashed cut between them while partitioned), each
//! shard row with its voters, read replicas (a lag bar under each) and load, the etcd nodes,
//! and the requests in flight (shape by kind, a cross when refused).

use dsim_core::cluster::{
    ClusterSim, Kind, NodeRef, Region, Request, Served, Shard, VoterState, FLIGHT_MS, LAGGED_MS,
    MAX_REPORT_LAG_MS,
};
use dsim_core::num::Within;
use dsim_ui::geom::Spot;
use dsim_ui::{Align, Frame};

use crate::layout::{layout, Layout, Row, CROWN_GAP, CROWN_SIZE, REGIONS};
use crate::msg;
use crate::text;

/// Draws one frame.
pub fn draw(f: &Frame, sim: &ClusterSim) {
    f.clear();
    let l = layout(f.width, f.height);
    let pal = &f.palette;
    for (rect, r) in l.regions.iter().zip(REGIONS) {
        f.rounded_rect(*rect, 8.0, pal.surface, pal.idle);
        f.bold(
            &text::region_title(r),
            rect.x + 10.0,
            rect.y + 12.0,
            12.5,
            pal.ink,
            Align::Left,
        );
        let (x0, _, y) = l.users[crate::layout::region_index(r)];
        f.text(&text::users(), x0 - 8.0, y, 11.0, pal.muted, Align::Right);
    }
    if sim.partitioned() {
        partition(f, &l);
    }
    for (i, s) in sim.shards().iter().enumerate() {
        shard(f, sim, s, &l.rows[i]);
    }
    etcd(f, sim, &l);
    requests(f, sim, &l);
}

fn partition(f: &Frame, l: &Layout) {
    let [a, b] = l.regions;
    let ((x0, y0), (x1, y1)) = if l.wide {
        let x = (a.right() + b.x) / 2.0;
        ((x, a.y), (x, a.bottom()))
    } else {
        let y = (a.bottom() + b.y) / 2.0;
        ((a.x, y), (a.right(), y))
    };
    f.dashed_line((x0, y0), (x1, y1), f.palette.bad, 3.0, 0.0);
}

fn shard(f: &Frame, sim: &ClusterSim, s: &Shard, row: &Row) {
    let pal = &f.palette;
    let stroke = if s.writable() { pal.idle } else { pal.bad };
    f.rounded_rect(row.rect, 6.0, pal.background, stroke);
    // Three lines of label centred in the row; a short row (a narrow canvas in projector mode)
    // packs them closer and in smaller type, so the name stays clear of the row's border.
    let line = (14.0 * f.scale.max(1.0)).min((row.rect.h - 6.0) / 3.0);
    let most = line / (1.2 * f.scale.max(1.0));
    let (x, y) = (row.rect.x + 6.0, row.rect.y + row.rect.h / 2.0);
    let name = text::row_title(s.index);
    let refusing = s.errors_last_second() > 0;
    let tone = if s.writable() && !refusing {
        pal.muted
    } else {
        pal.bad_text
    };
    // The label column is fixed; large (projector) text shrinks to fit it.
    let room = row.label_w - 10.0 - if refusing { 16.0 } else { 0.0 };
    f.bold(
        &name,
        x,
        y - line,
        fit(f, &name, 12.0_f64.min(most), room * 0.9),
        pal.ink,
        Align::Left,
    );
    let tag = text::row_tag(s);
    f.text(
        &tag,
        x,
        y,
        fit(f, &tag, 10.5_f64.min(most), row.label_w - 10.0),
        tone,
        Align::Left,
    );
    let load = text::row_load(s);
    f.text(
        &load,
        x,
        y + line,
        fit(f, &load, 10.5_f64.min(most), row.label_w - 10.0),
        tone,
        Align::Left,
    );
    if refusing {
        let w = f.text_width(&name, fit(f, &name, 12.0_f64.min(most), room * 0.9)) * 1.1;
        f.warning(x + w + 9.0, y - line, 11.0, pal.bad);
    }
    for (slot, spot) in row.voters.iter().enumerate() {
        voter(f, s, slot, spot);
    }
    for (i, spot) in row.replicas.iter().enumerate() {
        replica(f, sim, s, i, spot);
    }
}

fn voter(f: &Frame, s: &Shard, slot: usize, p: &Spot) {
    let pal = &f.palette;
    match s.voters[slot].state {
        VoterState::Down => {
            f.faded(0.5, || f.circle(p.x, p.y, p.r, pal.surface, pal.idle, 1.5));
            f.cross(p.x, p.y, p.r * 0.8, pal.bad);
        }
        VoterState::CatchingUp { .. } => {
            marked(f, p, pal.idle, 1.5, "…", 12.0);
            f.timer_arc(p.x, p.y, p.r + 3.0, 0.6, pal.accent, 2.0);
        }
        VoterState::Up if s.leader == Some(slot) => {
            f.circle(p.x, p.y, p.r, pal.leader, pal.ink, 2.0);
            f.crown(p.x, p.y - p.r - CROWN_GAP, p.r * CROWN_SIZE);
            f.bold(
                &text::mark(msg::MARK_LEADER),
                p.x,
                p.y,
                12.0,
                pal.ink,
                Align::Center,
            );
        }
        VoterState::Up => marked(f, p, pal.ink, 1.5, &text::mark(msg::MARK_FOLLOWER), 12.0),
    }
}

/// A node's circle, its ring `stroke` and `line` wide, with `mark` centred in it at `px`.
fn marked(f: &Frame, p: &Spot, stroke: &str, line: f64, mark: &str, px: f64) {
    f.circle(p.x, p.y, p.r, f.palette.surface, stroke, line);
    f.text(mark, p.x, p.y, px, f.palette.ink, Align::Center);
}

fn replica(f: &Frame, sim: &ClusterSim, s: &Shard, i: usize, p: &Spot) {
    let pal = &f.palette;
    if !s.replicas[i].up {
        f.faded(0.5, || f.circle(p.x, p.y, p.r, pal.surface, pal.idle, 1.0));
        f.cross(p.x, p.y, p.r * 0.8, pal.bad);
        return;
    }
    let lag = s.replica_lag_ms(i, sim.now_ms());
    let stale = lag > MAX_REPORT_LAG_MS;
    marked(f, p, pal.read, 1.5, &text::mark(msg::MARK_REPLICA), 10.5);
    let bar = dsim_ui::geom::Rect::new(p.x - p.r, p.y + p.r + 3.0, 2.0 * p.r, 4.0);
    let fill = if stale { pal.bad } else { pal.read };
    f.meter(bar, lag as f64 / LAGGED_MS as f64, fill, pal.idle);
    if stale {
        f.warning(p.x + p.r, p.y - p.r, 9.0, pal.bad);
    }
}

fn etcd(f: &Frame, sim: &ClusterSim, l: &Layout) {
    let pal = &f.palette;
    for (i, p) in l.etcd.iter().enumerate() {
        if sim.etcd_up()[i] {
            f.circle(p.x, p.y, p.r, pal.surface, pal.accent, 2.0);
        } else {
            f.faded(0.5, || f.circle(p.x, p.y, p.r, pal.surface, pal.idle, 1.0));
            f.cross(p.x, p.y, p.r * 0.8, pal.bad);
        }
        f.text(&(i + 1).to_string(), p.x, p.y, 10.5, pal.ink, Align::Center);
    }
    for r in REGIONS {
        let idx = crate::layout::region_index(r);
        let rect = l.regions[idx];
        let y = l.etcd[if r == Region::UsEast { 0 } else { 2 }].y;
        f.text(
            &text::etcd(),
            rect.x + 10.0,
            y,
            11.0,
            pal.muted,
            Align::Left,
        );
        if !sim.etcd_quorum(r) {
            let x = l.etcd[if r == Region::UsEast { 1 } else { 2 }].x + 20.0;
            f.text(
                &text::no_etcd_quorum(),
                x,
                y,
                11.0,
                pal.bad_text,
                Align::Left,
            );
        }
    }
}

/// The font size, at most `px`, at which `s` fits in `room` pixels.
fn fit(f: &Frame, s: &str, px: f64, room: f64) -> f64 {
    let w = f.text_width(s, px);
    if w > room && w > 0.0 {
        px * room / w
    } else {
        px
    }
}

/// Where a request is headed: the node that answered, else its shard's leader spot.
fn target(l: &Layout, r: &Request) -> Option<(f64, f64)> {
    let node = match r.result {
        Served::Ok(n) | Served::Stale { node: n, .. } => n,
        Served::Failed(_) => NodeRef::Voter {
            shard: r.shard,
            slot: 0,
        },
    };
    l.spot(node).map(|s| (s.x, s.y))
}

fn requests(f: &Frame, sim: &ClusterSim, l: &Layout) {
    let pal = &f.palette;
    let now = sim.now_ms();
    let mut writes = Vec::new();
    let mut reads = Vec::new();
    let mut reports = Vec::new();
    let mut stale = Vec::new();
    let mut failed = Vec::new();
    for r in sim.in_flight() {
        let Some(to) = target(l, r) else { continue };
        let from = l.source(r.from, r.user);
        let t = ((now.saturating_sub(r.at_ms)) as f64 / FLIGHT_MS as f64).within(0.0, 1.0);
        let at = (from.0 + (to.0 - from.0) * t, from.1 + (to.1 - from.1) * t);
        match (r.result, r.kind) {
            (Served::Failed(_), _) => failed.push(at),
            (Served::Stale { .. }, _) => stale.push(at),
            (_, Kind::Write) => writes.push(at),
            (_, Kind::Read) => reads.push(at),
            (_, Kind::Report) => reports.push(at),
        }
    }
    f.squares(writes, 6.0, pal.write);
    f.dots(reads, 3.2, pal.read);
    f.square_outlines(reports, 6.0, pal.accent, 1.5);
    f.square_outlines(stale, 7.0, pal.bad, 2.0);
    f.crosses(failed, 3.5, pal.bad, 2.0);
}
