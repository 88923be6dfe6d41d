//! Drawing the coordination sim: the ensemble, the clients with their lease rings, the
//! storage, the messages in flight, and the timeline of recent messages.

use dsim_core::coordination::{
    CoordSim, Endpoint, Fate, Link, MessageKind, Scenario, ServerRole, Trace,
};
use dsim_core::num::Within;
use dsim_ui::geom::Rect;
use dsim_ui::{Align, Frame};

use crate::layout::{layout, Layout, Spot};
use crate::text;

/// How much model time the timeline shows, in ms.
const WINDOW_MS: u64 = 10_000;

/// Draws one frame.
pub fn draw(f: &Frame, sim: &CoordSim) {
    f.clear();
    let c = sim.config();
    let l = layout(
        f.width,
        f.height,
        c.servers,
        c.clients,
        c.scenario == Scenario::Election,
    );
    ensemble(f, sim, &l);
    for (i, s) in l.servers.iter().enumerate() {
        server(f, sim, i, s);
    }
    let room = l.clients.get(1).map_or(f.width, |b| b.x - l.clients[0].x) - 4.0;
    for (i, s) in l.clients.iter().enumerate() {
        client(f, sim, i, s, room);
    }
    if let Some(r) = l.storage {
        storage(f, sim, r);
    }
    in_flight(f, sim, &l);
    timeline(f, sim, &l);
}

/// The colour of a kind of message.
fn colour(f: &Frame, k: MessageKind) -> &'static str {
    let p = &f.palette;
    match k {
        MessageKind::Ping | MessageKind::Pong => p.idle,
        MessageKind::Append(_)
        | MessageKind::AppendReply(_)
        | MessageKind::PreVote
        | MessageKind::PreVoteReply(_)
        | MessageKind::VoteRequest
        | MessageKind::Vote(_) => p.accent,
        MessageKind::Notify => p.write,
        MessageKind::Expired | MessageKind::NotLeader | MessageKind::StorageReply(false) => p.bad,
        MessageKind::StorageWrite(_) | MessageKind::StorageReply(true) => p.good,
        _ => p.read,
    }
}

fn ensemble(f: &Frame, sim: &CoordSim, l: &Layout) {
    let p = &f.palette;
    let quorum = sim.has_quorum();
    let stroke = if quorum { p.muted } else { p.bad };
    f.rounded_rect(l.ensemble, 8.0, p.surface, stroke);
    let c = sim.config();
    let title = text::ensemble_title(&c);
    let px = 11.0;
    f.bold(
        &title,
        l.ensemble.x + 8.0,
        l.ensemble.y + 9.0 * f.scale,
        px,
        p.ink,
        Align::Left,
    );
    if !quorum {
        let x = l.ensemble.right() - 8.0;
        f.bold(
            &text::no_quorum_mark(),
            x,
            l.ensemble.y + 9.0 * f.scale,
            px,
            p.bad_text,
            Align::Right,
        );
    }
}

fn server(f: &Frame, sim: &CoordSim, i: usize, s: &Spot) {
    let p = &f.palette;
    let Some(srv) = sim.servers().get(i) else {
        return;
    };
    let fill = match (srv.up(), srv.role()) {
        (false, _) => p.idle,
        (true, ServerRole::Leader) => p.leader,
        (true, ServerRole::Candidate) => p.accent,
        (true, ServerRole::Follower) => p.background,
    };
    disc(f, s, fill, &text::server_short(i), srv.up());
    if srv.up() && srv.role() == ServerRole::Leader {
        f.leader_marks(s.x, s.y, s.r, s.r < 12.0);
    }
    let word = text::server_role(srv.up(), srv.role());
    let label = text::server_label(sim, i);
    let y = s.y + s.r + 7.0 * f.scale;
    let room = server_room(sim, f) - 4.0;
    if let Some(fit) = f.fit_text(&[label.as_str(), word.as_str()], 9.5, false, room) {
        f.text(fit, s.x, y, 9.5, p.muted, Align::Center);
    }
}

/// A server's or a client's disc: its name on `fill`, crossed out while it is down.
fn disc(f: &Frame, s: &Spot, fill: &str, name: &str, up: bool) {
    let p = &f.palette;
    f.circle(s.x, s.y, s.r, fill, p.ink, 1.5);
    f.bold(name, s.x, s.y, 11.0, p.text_on(fill), Align::Center);
    if !up {
        f.cross(s.x, s.y, s.r * 0.8, p.bad);
    }
}

/// The room each server has in its row.
fn server_room(sim: &CoordSim, f: &Frame) -> f64 {
    (f.width - 16.0) / sim.config().servers.max(1) as f64
}

fn client(f: &Frame, sim: &CoordSim, i: usize, s: &Spot, room: f64) {
    let p = &f.palette;
    let Some(cl) = sim.clients().get(i) else {
        return;
    };
    let now = sim.now_ms();
    let ttl = sim.config().ttl_ms as f64;
    let paused = cl.paused_until().is_some();
    let fill = match (cl.up(), cl.is_leader(), paused) {
        (false, _, _) => p.idle,
        (true, _, true) => p.surface,
        (true, true, false) => p.leader,
        _ => p.background,
    };
    if cl.up() && cl.session().is_some() {
        let left = cl.lease_until().saturating_sub(now) as f64 / ttl;
        let ring = if cl.lease_lapsed() {
            p.bad
        } else if left < 0.34 {
            p.write
        } else {
            p.good
        };
        f.progress_ring(
            (s.x, s.y),
            s.r + 4.0 * f.scale,
            left.within(0.0, 1.0),
            ring,
            p.idle,
            3.0,
        );
    }
    disc(f, s, fill, &text::client_short(i), cl.up());
    if cl.up() && cl.is_leader() {
        f.leader_marks(s.x, s.y, s.r, true);
    }
    if paused {
        f.badge(
            &text::gc_badge(),
            s.x + s.r * 0.9,
            s.y - s.r * 0.9,
            p.write,
            p.ink,
        );
    }
    client_labels(f, sim, i, s, room);
}

fn client_labels(f: &Frame, sim: &CoordSim, i: usize, s: &Spot, room: f64) {
    let p = &f.palette;
    let y = s.y + s.r + 11.0 * f.scale;
    let state = text::client_state(sim, i);
    let width = room.max(30.0);
    let shown = f
        .fit_text(&[state.as_str(), short(&state)], 9.5, false, width)
        .unwrap_or("");
    f.text(shown, s.x, y, 9.5, p.ink, Align::Center);
    let token = sim.clients().get(i).and_then(|c| c.token());
    if let Some(t) = token {
        let label = text::token_short(sim.config().flavour, t);
        if let Some(fit) = f.fit_text(&[label.as_str()], 9.0, false, width) {
            f.text(fit, s.x, y + 11.0 * f.scale, 9.0, p.muted, Align::Center);
        }
    }
}

fn short(s: &str) -> &str {
    s.split(' ').next().unwrap_or(s)
}

fn storage(f: &Frame, sim: &CoordSim, r: Rect) {
    let p = &f.palette;
    let st = sim.storage();
    let corrupt = st.records.iter().any(|x| x.accepted && x.stale);
    let fill = if corrupt { p.bad } else { p.surface };
    f.drum(r, fill, p.ink);
    let ink = p.text_on(fill);
    let cx = r.x + r.w / 2.0;
    let mid = r.y + r.h / 2.0;
    f.bold(
        &text::drum(text::STORAGE_NAME.pick(corrupt)),
        cx,
        mid - 6.0 * f.scale,
        10.0,
        ink,
        Align::Center,
    );
    let check = text::drum(text::STORAGE_CHECK.pick(st.fencing));
    if let Some(fit) = f.fit_text(&[check.as_str(), short(&check)], 9.0, false, r.w - 6.0) {
        f.text(fit, cx, mid + 7.0 * f.scale, 9.0, ink, Align::Center);
    }
    if let Some(last) = st.records.back() {
        let mark = if last.accepted { "✓" } else { "✗" };
        let y = r.bottom() + 9.0 * f.scale;
        let t = text::token_short(sim.config().flavour, last.token);
        let name = text::client_short(last.client);
        let long = format!("{mark} {name} {t}");
        let brief = format!("{mark} {name}");
        if let Some(fit) = f.fit_text(&[long.as_str(), brief.as_str()], 9.0, false, r.w + 4.0) {
            f.text(fit, cx, y, 9.0, p.ink, Align::Center);
        }
    }
}

fn in_flight(f: &Frame, sim: &CoordSim, l: &Layout) {
    let now = sim.now_ms() as f64;
    for m in sim.messages() {
        let (Some(a), Some(b)) = (l.at(m.from), l.at(m.to)) else {
            continue;
        };
        let span = (m.deliver_ms.saturating_sub(m.sent_ms)).max(1) as f64;
        let t = (now - m.sent_ms as f64) / span;
        let k = m.body.kind();
        let r = if matches!(k, MessageKind::Notify) {
            4.5
        } else {
            3.0
        };
        f.message_dot(a, b, t, colour(f, k), r);
    }
}

/// The timeline: one lane per process, one line per message from sending to arrival.
fn timeline(f: &Frame, sim: &CoordSim, l: &Layout) {
    let p = &f.palette;
    let tl = l.timeline;
    f.rounded_rect(tl, 6.0, p.background, p.muted);
    let lanes = l.lanes();
    let label_w = 26.0 * f.scale;
    let lane_h = (tl.h - 14.0 * f.scale) / lanes.len().max(1) as f64;
    let plot = Rect::new(
        tl.x + label_w,
        tl.y + 2.0,
        tl.w - label_w - 4.0,
        lane_h * lanes.len() as f64,
    );
    let lane_y = |e: Endpoint| {
        lanes
            .iter()
            .position(|&x| x == e)
            .map(|i| plot.y + lane_h * (i as f64 + 0.5))
    };
    let px = (lane_h / f.scale * 0.8).within(6.0, 10.0);
    for (i, &e) in lanes.iter().enumerate() {
        let y = plot.y + lane_h * (i as f64 + 0.5);
        f.line(plot.x, y, plot.right(), y, p.surface, 1.0);
        f.text(
            &text::lane(e),
            tl.x + 4.0,
            y,
            px,
            lane_ink(f, sim, e),
            Align::Left,
        );
    }
    let now = sim.now_ms();
    let start = now.saturating_sub(WINDOW_MS);
    let x_of = |t: u64| plot.x + (t.saturating_sub(start)) as f64 / WINDOW_MS as f64 * plot.w;
    ticks(f, plot, now, &x_of);
    for tr in sim.timeline().iter().filter(|t| t.deliver_ms >= start) {
        let (Some(y0), Some(y1)) = (lane_y(tr.from), lane_y(tr.to)) else {
            continue;
        };
        trace(
            f,
            tr,
            (x_of(tr.sent_ms.max(start)), y0),
            (x_of(tr.deliver_ms), y1),
            now,
        );
    }
}

fn lane_ink(f: &Frame, sim: &CoordSim, e: Endpoint) -> &'static str {
    let down = match e {
        Endpoint::Server(i) => sim.servers().get(i).is_some_and(|s| !s.up()),
        Endpoint::Client(i) => sim
            .clients()
            .get(i)
            .is_some_and(|c| !c.up() || c.link() == Link::Down),
        Endpoint::Storage => false,
    };
    if down {
        f.palette.bad_text
    } else {
        f.palette.ink
    }
}

fn ticks(f: &Frame, plot: Rect, now: u64, x_of: &dyn Fn(u64) -> f64) {
    let p = &f.palette;
    let first = now.saturating_sub(WINDOW_MS) / 2_000 * 2_000 + 2_000;
    let y = plot.bottom() + 6.0 * f.scale;
    for t in (first..=now).step_by(2_000) {
        let x = x_of(t);
        if x > plot.right() - 12.0 * f.scale {
            continue;
        }
        f.line(x, plot.y, x, plot.bottom(), p.surface, 1.0);
        f.text(&text::secs_whole(t), x, y, 8.5, p.muted, Align::Center);
    }
}

fn trace(f: &Frame, tr: &Trace, a: (f64, f64), b: (f64, f64), now: u64) {
    let col = colour(f, tr.kind);
    let lost = matches!(tr.fate, Fate::Cut | Fate::Down | Fate::Ignored);
    let end = if tr.deliver_ms > now {
        let span = tr.deliver_ms.saturating_sub(tr.sent_ms).max(1) as f64;
        let t = (now.saturating_sub(tr.sent_ms)) as f64 / span;
        (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t)
    } else {
        b
    };
    let width = if matches!(tr.kind, MessageKind::Notify | MessageKind::StorageWrite(_)) {
        2.2
    } else {
        1.2
    };
    if lost {
        f.dashed_line(a, end, col, width, 0.0);
        if tr.deliver_ms <= now {
            f.cross(end.0, end.1, 3.0 * f.scale, f.palette.bad);
        }
    } else {
        f.line(a.0, a.1, end.0, end.1, col, width);
    }
}
