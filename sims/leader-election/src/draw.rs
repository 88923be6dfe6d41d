//! Drawing the two runs: per panel the title and leader count, the links (a cut one dashed),
//! the messages in flight (a lettered dot each), and the nodes with their id, term, role and
//! timer arc.

use dsim_core::election::{Algorithm, ElectionLab, ElectionSim, Message, MessageKind, Role};
use dsim_ui::geom::Spot;
use dsim_ui::math;
use dsim_ui::{Align, Frame};

use crate::layout::{message_at, panels, Panel};
use crate::text;

/// Draws one frame.
pub fn draw(f: &Frame, lab: &ElectionLab) {
    f.clear();
    let n = lab.raft.config().nodes;
    for (p, a) in panels(f.width, f.height, n).iter().zip(Algorithm::ALL) {
        panel(f, lab.run(a), p);
    }
}

fn panel(f: &Frame, sim: &ElectionSim, p: &Panel) {
    let pal = &f.palette;
    f.rounded_rect(p.rect, 8.0, pal.surface, pal.idle);
    let title = text::panel_title(sim);
    let tone = if sim.leaders().len() > 1 {
        pal.bad_text
    } else {
        pal.ink
    };
    f.bold(
        &title,
        p.rect.x + 10.0,
        p.rect.y + 13.0,
        13.0,
        tone,
        Align::Left,
    );
    links(f, sim, p);
    for m in sim.messages() {
        message(f, sim, p, m);
    }
    for (i, s) in p.nodes.iter().enumerate() {
        node(f, sim, i, s);
    }
}

fn links(f: &Frame, sim: &ElectionSim, p: &Panel) {
    let pal = &f.palette;
    for (a, sa) in p.nodes.iter().enumerate() {
        for (b, sb) in p.nodes.iter().enumerate().skip(a + 1) {
            if sim.link_cut(a, b) {
                f.dashed_line((sa.x, sa.y), (sb.x, sb.y), pal.bad, 2.0, 0.0);
            } else {
                f.faded(0.35, || f.line(sa.x, sa.y, sb.x, sb.y, pal.idle, 1.0));
            }
        }
    }
}

/// The letter and colour of a message: R request vote, V vote, H heartbeat, A its answer,
/// E election, O ok, C coordinator, L alive.
fn look(f: &Frame, kind: MessageKind) -> (&'static str, &'static str) {
    let pal = &f.palette;
    match kind {
        MessageKind::RequestVote { pre: true, .. } => ("P", pal.accent),
        MessageKind::RequestVote { .. } => ("R", pal.write),
        MessageKind::Vote { granted: true, .. } => ("V", pal.good),
        MessageKind::Vote { .. } => ("N", pal.bad),
        MessageKind::AppendEntries { .. } => ("H", pal.read),
        MessageKind::AppendReply { .. } => ("A", pal.idle),
        MessageKind::Election => ("E", pal.write),
        MessageKind::Ok => ("O", pal.good),
        MessageKind::Coordinator => ("C", pal.leader),
        MessageKind::Alive => ("L", pal.read),
    }
}

fn message(f: &Frame, sim: &ElectionSim, p: &Panel, m: &Message) {
    let Some((x, y)) = message_at(p, m, sim.now_ms()) else {
        return;
    };
    let (letter, fill) = look(f, m.kind);
    let r = 6.5 * f.scale;
    f.circle(x, y, r, fill, f.palette.ink, 1.0);
    f.bold(
        letter,
        x,
        y + 0.5,
        9.0,
        f.palette.text_on(fill),
        Align::Center,
    );
}

fn node(f: &Frame, sim: &ElectionSim, i: usize, s: &Spot) {
    let pal = &f.palette;
    let Some(node) = sim.nodes().get(i) else {
        return;
    };
    let fill = match (node.up, node.role) {
        (false, _) => pal.idle,
        (_, Role::Leader) => pal.leader,
        (_, Role::Candidate) => pal.write,
        (_, Role::PreCandidate | Role::Waiting) => pal.accent,
        (_, Role::Follower) => pal.background,
    };
    if let (true, Some(end)) = (node.up, node.timer_ms) {
        let len = end.saturating_sub(node.timer_start_ms).max(1) as f64;
        let left = end.saturating_sub(sim.now_ms()) as f64 / len;
        f.timer_arc(s.x, s.y, s.r + 4.0, left, pal.muted, 3.0);
    }
    if sim.is_slow(i) {
        f.ring(s.x, s.y, s.r + 8.0, pal.write, 1.5);
    }
    f.circle(s.x, s.y, s.r, fill, pal.ink, 1.5);
    f.bold(
        &i.to_string(),
        s.x,
        s.y + 0.5,
        13.0,
        pal.text_on(fill),
        Align::Center,
    );
    if !node.up {
        f.cross(s.x, s.y, s.r * 0.8, pal.bad);
    }
    if node.up && node.role == Role::Leader {
        f.crown(s.x, s.y - s.r - 9.0, 12.0);
    }
    let label = text::node_tag(sim, i);
    f.text(&label, s.x, s.y + s.r + 10.0, 10.5, pal.ink, Align::Center);
}

/// The message nearest `at` (within a few pixels) in either panel, for a click that drops it.
pub fn message_near(lab: &ElectionLab, w: f64, h: f64, at: (f64, f64)) -> Option<(Algorithm, u64)> {
    let n = lab.raft.config().nodes;
    let mut best: Option<(f64, Algorithm, u64)> = None;
    for (p, a) in panels(w, h, n).iter().zip(Algorithm::ALL) {
        let sim = lab.run(a);
        for m in sim.messages() {
            let Some((x, y)) = message_at(p, m, sim.now_ms()) else {
                continue;
            };
            let d = math::hypot(x - at.0, y - at.1);
            if d <= 12.0 && best.is_none_or(|b| d < b.0) {
                best = Some((d, a, m.id));
            }
        }
    }
    best.map(|(_, a, id)| (a, id))
}
