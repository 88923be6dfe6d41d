//! Drawing the quorum cluster: the client, the N replicas, the messages of the last operation,
//! and the write / read / overlap highlights (each with a letter badge, not only a colour).

use dsim_core::num::Within;
use dsim_core::quorum::{Operation, QuorumSim, Replica};
use dsim_ui::draw::{ease, progress, Align, Frame};

use crate::layout;

/// Length of one message flight (client to replicas) at speed 1, in ms.
pub const FLIGHT_MS: f64 = 700.0;

/// An operation being animated, and when it started.
#[derive(Debug, Clone, PartialEq)]
pub struct Animation {
    /// `performance.now()` when it started.
    pub start: f64,
    /// For a stale read, the write that preceded the read: (version, acked).
    pub stale_write: Option<(u32, Vec<usize>)>,
}

/// What the current moment of the animation highlights.
struct Highlights {
    /// Replicas drawn as having acknowledged the write.
    write_set: Vec<usize>,
    /// Replicas drawn as consulted by the read.
    read_set: Vec<usize>,
    /// Replicas that messages are flying to.
    flying_to: Vec<usize>,
    /// Progress of those messages (0–1).
    flight_t: f64,
    /// When a read has completed: (returned version, latest version).
    returned: Option<(u32, u32)>,
}

/// A write or read lights its replicas once its messages have arrived (at 72 % of the flight).
const ARRIVED: f64 = 0.72;

/// `nodes` once `reached` is true, none before.
fn once(reached: bool, nodes: &[usize]) -> Vec<usize> {
    if reached {
        nodes.to_vec()
    } else {
        Vec::new()
    }
}

/// A read's messages to `consulted` (drawn only once `flying`) at `phase_read` of their flight,
/// over the replicas `write_set` shows as holding the write, and its `answer` (returned version,
/// latest) once it is back.
fn read_flight(
    write_set: Vec<usize>,
    consulted: &[usize],
    flying: bool,
    phase_read: f64,
    answer: (u32, u32),
) -> Highlights {
    Highlights {
        write_set,
        read_set: once(phase_read >= ARRIVED, consulted),
        flying_to: once(flying, consulted),
        flight_t: phase_read,
        returned: (phase_read >= 1.0).then_some(answer),
    }
}

fn highlights(
    sim: &QuorumSim,
    anim: Option<&Animation>,
    phase_write: f64,
    phase_read: f64,
) -> Highlights {
    let none = Highlights {
        write_set: vec![],
        read_set: vec![],
        flying_to: vec![],
        flight_t: 1.0,
        returned: None,
    };
    match (sim.last_op(), anim.and_then(|a| a.stale_write.clone())) {
        (
            Some(Operation::Read {
                consulted,
                returned,
                latest,
                ..
            }),
            Some((_, acked)),
        ) => {
            if phase_write < 1.0 {
                Highlights {
                    flying_to: acked,
                    flight_t: phase_write,
                    ..none
                }
            } else {
                let flying = phase_read > 0.0;
                read_flight(acked, consulted, flying, phase_read, (*returned, *latest))
            }
        }
        (Some(Operation::Write { acked, .. }), _) => Highlights {
            write_set: once(phase_write >= ARRIVED, acked),
            flying_to: acked.clone(),
            flight_t: phase_write,
            ..none
        },
        (
            Some(Operation::Read {
                consulted,
                returned,
                latest,
                ..
            }),
            None,
        ) => {
            let write_set = sim.last_write().map(<[usize]>::to_vec).unwrap_or_default();
            read_flight(write_set, consulted, true, phase_read, (*returned, *latest))
        }
        _ => none,
    }
}

/// Draws one frame; returns whether the animation needs more frames.
pub fn draw(f: &Frame, sim: &QuorumSim, anim: Option<&Animation>, speed: f64) -> bool {
    let p = f.palette;
    f.clear();
    let spots = layout::nodes(sim.config().n, f.width, f.height);
    let client = layout::client_box(f.width, f.height);
    let (cx, cy, _, ch) = client;
    // Links from the client to every replica.
    for s in &spots {
        f.line(cx, cy + ch / 2.0, s.x, s.y - s.r, p.idle, 1.0);
    }
    let (phase_write, phase_read, more) = phases(f, anim, speed);
    // What is highlighted: the write set (orange), the read set (blue), both (green).
    let hl = highlights(sim, anim, phase_write, phase_read);
    draw_messages(f, sim, &spots, client, &hl, phase_write);
    draw_client(f, sim, client, hl.returned, phase_write);
    for (i, s) in spots.iter().enumerate() {
        let replica = sim.replicas()[i];
        draw_replica(
            f,
            i,
            s,
            replica,
            (hl.write_set.contains(&i), hl.read_set.contains(&i)),
        );
    }
    more
}

/// How far the write and the read have played (0–1), and whether more frames are needed: a
/// stale read plays its write first, then the read.
fn phases(f: &Frame, anim: Option<&Animation>, speed: f64) -> (f64, f64, bool) {
    let flight = FLIGHT_MS / speed.max(0.01);
    match anim {
        None => (1.0, 1.0, false),
        Some(_) if f.reduced_motion => (1.0, 1.0, false),
        Some(a) if a.stale_write.is_some() => {
            let w = progress(a.start, flight * 1.4, f.now);
            let r = progress(a.start + flight * 1.6, flight * 1.4, f.now);
            (w, r, r < 1.0)
        }
        Some(a) => {
            let t = progress(a.start, flight * 1.4, f.now);
            (t, t, t < 1.0)
        }
    }
}

/// Messages in flight: out to the replicas, then the acknowledgements back.
fn draw_messages(
    f: &Frame,
    sim: &QuorumSim,
    spots: &[layout::Spot],
    client: (f64, f64, f64, f64),
    hl: &Highlights,
    phase_write: f64,
) {
    if hl.flight_t >= 1.0 {
        return;
    }
    let p = f.palette;
    let from = (client.0, client.1 + client.3 / 2.0);
    let writing = matches!(sim.last_op(), Some(Operation::Write { .. })) || phase_write < 1.0;
    let color = if writing { p.write } else { p.read };
    for s in hl.flying_to.iter().filter_map(|&i| spots.get(i)) {
        let top = (s.x, s.y - s.r);
        let t = hl.flight_t / 0.7;
        if t <= 1.0 {
            f.message_dot(from, top, ease(t), color, 5.0);
        } else {
            let back = ((hl.flight_t - 0.7) / 0.3).min(1.0);
            f.message_dot(top, from, ease(back), p.surface, 4.0);
        }
    }
}

/// The client box, with what the last operation returned.
fn draw_client(
    f: &Frame,
    sim: &QuorumSim,
    client: (f64, f64, f64, f64),
    returned: Option<(u32, u32)>,
    phase_write: f64,
) {
    let p = f.palette;
    let (cx, cy, cw, ch) = client;
    let label = crate::text::client_label(sim.last_op(), returned, phase_write >= 1.0);
    let stale = matches!(returned, Some((r, l)) if r < l);
    let failed = matches!(sim.last_op(), Some(Operation::Unavailable { .. }));
    let box_w = (f.text_width(&label, 14.0) + 24.0)
        .max(cw)
        .min(f.width - 8.0);
    let alarm = stale || failed;
    f.rounded_rect(
        dsim_ui::geom::Rect::new(cx - box_w / 2.0, cy - ch / 2.0, box_w, ch),
        6.0,
        if alarm { p.bad } else { p.surface },
        p.ink,
    );
    let ink = if alarm { p.background } else { p.ink };
    f.bold(&label, cx, cy, 14.0, ink, Align::Center);
}

/// One replica: its circle filled by the sets it is in (with a glow), its version, its name,
/// and a badge (W, R, W+R or DOWN) so that colour is never the only cue.
fn draw_replica(
    f: &Frame,
    i: usize,
    s: &layout::Spot,
    replica: Replica,
    (in_w, in_r): (bool, bool),
) {
    let p = f.palette;
    let down = crate::text::down();
    // (fill, badge, the badge's background and ink)
    let (fill, badge) = match (replica.up, in_w, in_r) {
        (false, _, _) => (p.idle, Some((down.as_str(), p.bad, p.background))),
        (true, true, true) => (p.good, Some(("W+R", p.good, p.background))),
        (true, true, false) => (p.write, Some(("W", p.write, p.ink))),
        (true, false, true) => (p.read, Some(("R", p.read, p.background))),
        (true, false, false) => (p.surface, None),
    };
    if replica.up && (in_w || in_r) {
        f.glow(s.x, s.y, s.r, fill, 1.0);
    }
    f.circle(s.x, s.y, s.r, fill, p.ink, 2.0);
    // Green and blue fills take light text; orange and the idle fill take dark text.
    let on_dark = replica.up && in_r;
    f.bold(
        &format!("v{}", replica.version),
        s.x,
        s.y,
        (s.r * 0.55).within(11.0, 20.0),
        if on_dark { p.background } else { p.ink },
        Align::Center,
    );
    if !replica.up {
        f.cross(s.x, s.y, s.r, p.bad);
    }
    let label_y = s.y + s.r * 1.45 + 8.0 * f.scale;
    let name = crate::text::node_name(i);
    f.text(&name, s.x, label_y, 13.0, p.ink, Align::Center);
    if let Some((b, bg, ink)) = badge {
        f.badge(b, s.x, label_y + 17.0 * f.scale, bg, ink);
    }
}
