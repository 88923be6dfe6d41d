//! Drawing one panel: its topology's links, the messages in flight as arrow pulses (taken from
//! the model and placed by their progress at the interpolated clock time), the nodes with their
//! roles, values and versions, and the client boxes. Every colour comes with a word or a shape:
//! a crown and "L" for leaders, a cross and "DOWN" for failed nodes, captions on pulses and
//! badges for conflicts, quorum members and read repair.

use dsim_core::num::Within;
use dsim_core::replication::{Endpoint, MessageKind, NodeSummary, ReplicationSim, Role, Topology};
use dsim_ui::draw::{Align, Frame};

use crate::layout::{ClientBox, PanelLayout, Spot};
use crate::msg::t;
use crate::text::status::{client_caption, Tone};
use crate::text::{pulse_caption, version};

/// The colour of a message's pulse: orange for writes and replication, green for
/// acknowledgements, blue for reads and their answers.
fn pulse_color(f: &Frame, kind: MessageKind) -> &'static str {
    let p = &f.palette;
    match kind {
        MessageKind::Write | MessageKind::Replicate | MessageKind::ReadRepair => p.write,
        MessageKind::ReplicaAck | MessageKind::WriteAck => p.good,
        MessageKind::Read | MessageKind::ReadReply => p.read,
    }
}

/// The links each topology uses, drawn faintly with their direction when nothing flows.
fn links(topology: Topology, sim: &ReplicationSim) -> Vec<(Endpoint, Endpoint)> {
    let node = Endpoint::Node;
    match topology {
        Topology::SingleLeader => {
            let leader = sim.single_leader().leader();
            let mut v = vec![(Endpoint::Client(0), node(leader))];
            v.extend(
                (0..5)
                    .filter(|&i| i != leader)
                    .map(|i| (node(leader), node(i))),
            );
            v
        }
        Topology::MultiLeader => {
            let mut v = vec![
                (Endpoint::Client(0), node(0)),
                (Endpoint::Client(1), node(2)),
                (node(0), node(2)),
                (node(2), node(0)),
            ];
            for l in [0, 2] {
                v.extend([1, 3, 4].map(|i| (node(l), node(i))));
            }
            v
        }
        Topology::Leaderless => (0..5).map(|i| (Endpoint::Client(0), node(i))).collect(),
    }
}

/// What marks one node carries besides its role: each a word or shape as well as a colour.
#[derive(Debug, Clone, Copy, Default)]
struct Marks {
    /// Multi-Leader: it detected a conflict since the latest client write.
    conflicted: bool,
    /// Multi-Leader: it holds several sibling values.
    siblings: bool,
    /// Leaderless: the latest read repaired it.
    repaired: bool,
    /// Its copy trails the leader (or the newest acknowledged version, or holds siblings).
    stale: bool,
    /// Leaderless: it answered the latest read.
    in_read: bool,
    /// Leaderless: it acknowledged the latest write.
    in_write: bool,
}

/// The marks of node `i` (summarised as `n`) in `topology`.
fn marks(sim: &ReplicationSim, topology: Topology, i: usize, n: &NodeSummary) -> Marks {
    let siblings = n.values.len() > 1;
    match topology {
        Topology::SingleLeader => {
            let sl = sim.single_leader();
            let leader_index = sl.nodes().get(sl.leader()).map_or(0, |x| x.applied_index());
            Marks {
                stale: sl
                    .nodes()
                    .get(i)
                    .is_some_and(|x| x.applied_index() < leader_index),
                siblings,
                ..Marks::default()
            }
        }
        Topology::MultiLeader => {
            let ml = sim.multi_leader();
            let latest = ml.writes().last().map(|w| w.sent_at_ms);
            // Conflicts this node detected since the latest client write.
            let conflicted = latest.is_some_and(|since| {
                ml.conflicts()
                    .iter()
                    .any(|c| c.node == i && c.at_ms >= since)
            });
            Marks {
                conflicted,
                siblings,
                stale: siblings,
                ..Marks::default()
            }
        }
        Topology::Leaderless => leaderless_marks(sim, i, siblings),
    }
}

fn leaderless_marks(sim: &ReplicationSim, i: usize, siblings: bool) -> Marks {
    let ll = sim.leaderless();
    let write = ll.writes().last();
    let read = ll
        .reads()
        .last()
        .filter(|r| write.is_none_or(|w| r.id > w.id));
    let node = ll.nodes().get(i);
    Marks {
        siblings,
        repaired: read.is_some_and(|r| {
            r.repaired.contains(&i) && node.is_some_and(|x| Some(x.version()) >= r.returned)
        }),
        stale: node.is_some_and(|x| x.version() < ll.latest_acknowledged()),
        in_read: read.is_some_and(|r| r.replies.iter().any(|&(k, _)| k == i)),
        in_write: write.is_some_and(|w| w.acks.contains(&i)),
        conflicted: false,
    }
}

/// Draws one panel at model time `t_ms`; returns whether pulses are still moving.
pub fn draw(f: &Frame, sim: &ReplicationSim, topology: Topology, t_ms: f64) -> bool {
    f.clear();
    let l = PanelLayout::new(topology, f.width, f.height);
    let nodes = sim.nodes(topology);
    draw_links(f, &l, sim, &nodes);
    for (i, n) in nodes.iter().enumerate() {
        let Some(s) = l.nodes.get(i).copied() else {
            continue;
        };
        let m = marks(sim, topology, i, n);
        draw_node(f, &l, s, n, m);
        if l.compact {
            continue;
        }
        draw_value(f, topology, s, n, m.stale);
        draw_badges(f, &l, s, n, m);
    }
    let moving = draw_pulses(f, &l, sim, t_ms);
    draw_clients(f, &l, sim);
    moving
}

/// The topology's links, with arrowheads showing which way data flows; dashed to a node
/// that is down.
fn draw_links(f: &Frame, l: &PanelLayout, sim: &ReplicationSim, nodes: &[NodeSummary]) {
    let p = f.palette;
    let up = |i: usize| nodes.get(i).is_some_and(|n| n.up);
    let thin = if l.compact { 0.8 } else { 1.2 };
    for (from, to) in links(l.topology, sim) {
        let ((x0, y0), (x1, y1)) = l.path(from, to);
        let down = [from, to]
            .iter()
            .any(|e| matches!(e, Endpoint::Node(i) if !up(*i)));
        if down {
            f.dashed_line((x0, y0), (x1, y1), p.idle, thin, 0.0);
        } else if l.compact {
            f.line(x0, y0, x1, y1, p.idle, thin);
        } else {
            f.arrow(x0, y0, x1, y1, p.idle, thin);
        }
    }
}

/// The node's circle in its role's colour, its number, a cross when down, the leader's
/// crown, and a ring for a conflict (red) or a read repair (green).
fn draw_node(f: &Frame, l: &PanelLayout, s: Spot, n: &NodeSummary, m: Marks) {
    let p = f.palette;
    let fill = match (n.up, n.role) {
        (false, _) => p.surface,
        (true, Role::Leader) => p.leader,
        (true, Role::Replica) => p.idle,
        (true, Role::Peer) => p.accent,
    };
    if m.conflicted || m.siblings {
        f.ring(s.x, s.y, s.r + 3.5 * f.scale, p.bad, 3.0);
    } else if m.repaired {
        f.ring(s.x, s.y, s.r + 3.5 * f.scale, p.good, 3.0);
    }
    f.circle(
        s.x,
        s.y,
        s.r,
        fill,
        p.ink,
        if l.compact { 1.0 } else { 2.0 },
    );
    let num_px = (s.r * 0.85).within(7.0, 18.0) / f.scale.max(1.0);
    f.bold(
        &(n.index + 1).to_string(),
        s.x,
        s.y + 0.5,
        num_px,
        if n.up { p.ink } else { p.muted },
        Align::Center,
    );
    if !n.up {
        f.cross(s.x, s.y, s.r * if l.compact { 0.8 } else { 1.0 }, p.bad);
    }
    if n.role == Role::Leader && n.up {
        f.leader_marks(s.x, s.y, s.r, l.compact || s.r < 16.0 * f.scale);
    }
}

/// The value and version under the node (beside Single-Leader's Node 1); stale copies in the
/// warning colour.
fn draw_value(f: &Frame, topology: Topology, s: Spot, n: &NodeSummary, stale: bool) {
    let p = f.palette;
    let text = match topology {
        // The value is its version ("v3"), or the concurrent writes' names ("A4", "A4|B4").
        Topology::Leaderless => n.values.join("|"),
        _ => format!("{} {}", n.values.join("|"), version(n.version)),
    };
    let color = if stale { p.bad_text } else { p.ink };
    if topology == Topology::SingleLeader && n.index == 0 {
        // Node 1 sits above the fan of replication arrows: its value goes beside it.
        f.halo_text(
            &text,
            (s.x + s.r + 5.0 * f.scale, s.y + s.r * 0.45),
            11.0,
            color,
            Align::Left,
            true,
        );
    } else {
        let half = f.text_width(&text, 11.0) / 2.0 + 2.0;
        let tx = s.x.within(half, (f.width - half).max(half));
        f.halo_text(
            &text,
            (tx, s.y + s.r + 10.0 * f.scale),
            11.0,
            color,
            Align::Center,
            true,
        );
    }
}

/// Badges: the non-colour cue for each state (DOWN, R, W, repaired, CONFLICT, SIBLINGS).
fn draw_badges(f: &Frame, l: &PanelLayout, s: Spot, n: &NodeSummary, m: Marks) {
    let p = f.palette;
    let corner = (s.x + s.r * 0.95, s.y - s.r * 0.7);
    if !n.up {
        f.badge(&t!(BADGE_DOWN), corner.0, corner.1, p.bad, p.background);
    } else if l.topology == Topology::Leaderless {
        if m.in_read {
            f.badge("R", corner.0, corner.1, p.read, p.background);
        } else if m.in_write {
            f.badge("W", corner.0, corner.1, p.write, p.ink);
        }
        if m.repaired {
            f.badge(
                &t!(BADGE_REPAIRED),
                s.x,
                s.y - s.r - 12.0 * f.scale,
                p.good_text,
                p.background,
            );
        }
    }
    if m.conflicted || m.siblings {
        draw_conflict_badge(f, l, s, n, m.siblings, corner);
    }
}

/// The word beside a leader (outer side) or above a lower node, where it has room; otherwise
/// a mark at the corner, spelled out in the status line.
fn draw_conflict_badge(
    f: &Frame,
    l: &PanelLayout,
    s: Spot,
    n: &NodeSummary,
    siblings: bool,
    corner: (f64, f64),
) {
    let p = f.palette;
    let word = if siblings {
        t!(BADGE_SIBLINGS)
    } else {
        t!(BADGE_CONFLICT)
    };
    let word = word.as_str();
    let half = f.text_width(word, 11.0) * 0.6 + 6.0 * f.scale;
    let spot = if n.role == Role::Leader {
        let bx = if s.x < f.width / 2.0 {
            s.x - s.r - 4.0 * f.scale - half
        } else {
            s.x + s.r + 4.0 * f.scale + half
        };
        (bx - half >= 2.0 && bx + half <= f.width - 2.0).then_some((bx, s.y))
    } else {
        let by = s.y - s.r - 12.0 * f.scale;
        let upper = l.nodes[0];
        let upper_text = upper.y + upper.r + 18.0 * f.scale;
        (by - 8.0 * f.scale > upper_text).then_some((s.x, by))
    };
    match spot {
        Some((bx, by)) if s.r >= 14.0 => f.badge(word, bx, by, p.bad_text, p.background),
        _ => f.badge(
            if siblings { "2" } else { "!" },
            corner.0,
            corner.1,
            p.bad_text,
            p.background,
        ),
    }
}

/// Messages in flight: arrow pulses placed by their progress at the interpolated time `t_ms`;
/// returns whether any is moving.
fn draw_pulses(f: &Frame, l: &PanelLayout, sim: &ReplicationSim, t_ms: f64) -> bool {
    let p = f.palette;
    let msgs = sim.messages(l.topology);
    // Captions need room: none on thumbnails or small drawings.
    let captions = !l.compact && l.nodes[0].r >= 16.0;
    let now = t_ms.max(0.0).round() as u64;
    for m in &msgs {
        let (a, b) = l.path(m.from, m.to);
        let color = pulse_color(f, m.kind);
        let caption = captions.then(|| pulse_caption(m.kind, &m.cargo));
        if f.reduced_motion {
            // No motion: the whole path as a dashed arrow, captioned at its middle.
            f.dashed_line((a.0, a.1), (b.0, b.1), color, 2.5, 0.0);
            f.pulse(a, b, 1.0, color, None);
            if let Some(c) = caption.as_deref() {
                f.halo_text(
                    c,
                    ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0),
                    10.0,
                    p.ink,
                    Align::Center,
                    true,
                );
            }
        } else {
            f.pulse(a, b, m.progress(now), color, caption.as_deref());
        }
    }
    !f.reduced_motion && !msgs.is_empty()
}

/// The client boxes, captioned with what the client last saw; the Leaderless fan is labelled
/// with its write quorum.
fn draw_clients(f: &Frame, l: &PanelLayout, sim: &ReplicationSim) {
    let p = f.palette;
    let topology = l.topology;
    for (k, b) in l.clients.iter().enumerate() {
        let (text, tone) = client_caption(sim, topology, k);
        let text = if l.compact {
            match topology {
                Topology::MultiLeader => ["A", "B"].get(k).copied().unwrap_or("").to_string(),
                _ => t!(CLIENT),
            }
        } else {
            text
        };
        let (fill, ink) = match tone {
            Tone::Plain => (p.surface, p.ink),
            Tone::Good => (p.good_text, p.background),
            Tone::Bad => (p.bad_text, p.background),
        };
        let px = if l.compact { 8.0 } else { 12.0 };
        let natural =
            (f.text_width(&text, px) * 1.08 + 14.0 * f.scale).within(20.0_f64.min(b.w), b.w);
        let w = f.label_box(
            (b.center_for(natural), b.cy),
            &text,
            &dsim_ui::BoxStyle {
                h: b.h,
                px,
                fill,
                ink,
                min_w: natural,
                max_w: natural,
            },
        );
        if topology == Topology::Leaderless && !l.compact {
            draw_quorum_label(f, b, w, sim.leaderless().quorum().w);
        }
    }
}

/// "W=3" beside the Leaderless client box (drawn `w` wide), or under it if there is no room.
fn draw_quorum_label(f: &Frame, b: &ClientBox, w: f64, quorum_w: usize) {
    let p = f.palette;
    let label = format!("W={quorum_w}");
    let x = b.cx + w / 2.0 + 6.0 * f.scale;
    let room = f.width - x;
    if room >= f.text_width(&label, 12.0) + 4.0 {
        f.halo_text(&label, (x, b.cy), 12.0, p.ink, Align::Left, true);
    } else {
        f.halo_text(
            &label,
            (b.cx, b.cy + b.h / 2.0 + 9.0 * f.scale),
            12.0,
            p.ink,
            Align::Center,
            true,
        );
    }
}
