//! Drawing the quorum cluster: the client, the N replicas, the messages of the last operation,
//! and the write / read / overlap highlights (each with a letter badge, not only a colour).

use dsim_core::quorum::{Operation, QuorumSim};
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
                Highlights {
                    write_set: acked,
                    read_set: if phase_read >= ARRIVED {
                        consulted.clone()
                    } else {
                        vec![]
                    },
                    flying_to: if phase_read > 0.0 {
                        consulted.clone()
                    } else {
                        vec![]
                    },
                    flight_t: phase_read,
                    returned: (phase_read >= 1.0).then_some((*returned, *latest)),
                }
            }
        }
        (Some(Operation::Write { acked, .. }), _) => Highlights {
            write_set: if phase_write >= ARRIVED {
                acked.clone()
            } else {
                vec![]
            },
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
        ) => Highlights {
            write_set: sim.last_write().map(<[usize]>::to_vec).unwrap_or_default(),
            read_set: if phase_read >= ARRIVED {
                consulted.clone()
            } else {
                vec![]
            },
            flying_to: consulted.clone(),
            flight_t: phase_read,
            returned: (phase_read >= 1.0).then_some((*returned, *latest)),
        },
        _ => none,
    }
}

/// Draws one frame; returns whether the animation needs more frames.
pub fn draw(f: &Frame, sim: &QuorumSim, anim: Option<&Animation>, speed: f64) -> bool {
    let p = f.palette;
    f.clear();
    let n = sim.config().n;
    let spots = layout::nodes(n, f.width, f.height);
    let (cx, cy, cw, ch) = layout::client_box(f.width, f.height);

    // Links from the client to every replica.
    for s in &spots {
        f.line(cx, cy + ch / 2.0, s.x, s.y - s.r, p.idle, 1.0);
    }

    // Animation timing: a stale read plays its write first, then the read.
    let flight = FLIGHT_MS / speed.max(0.01);
    let (phase_write, phase_read, more) = match anim {
        None => (1.0, 1.0, false),
        Some(a) if f.reduced_motion => {
            let _ = a;
            (1.0, 1.0, false)
        }
        Some(a) => {
            if a.stale_write.is_some() {
                let w = progress(a.start, flight * 1.4, f.now);
                let r = progress(a.start + flight * 1.6, flight * 1.4, f.now);
                (w, r, r < 1.0)
            } else {
                let t = progress(a.start, flight * 1.4, f.now);
                (t, t, t < 1.0)
            }
        }
    };

    // What is highlighted: the write set (orange), the read set (blue), both (green).
    let Highlights {
        write_set,
        read_set,
        flying_to,
        flight_t,
        returned,
    } = highlights(sim, anim, phase_write, phase_read);

    // Messages in flight: out to the replicas, then the acknowledgements back.
    if flight_t < 1.0 {
        let color = if matches!(sim.last_op(), Some(Operation::Write { .. })) || (phase_write < 1.0)
        {
            p.write
        } else {
            p.read
        };
        for &i in &flying_to {
            if let Some(s) = spots.get(i) {
                let t = flight_t / 0.7;
                if t <= 1.0 {
                    f.message_dot((cx, cy + ch / 2.0), (s.x, s.y - s.r), ease(t), color, 5.0);
                } else {
                    let back = ((flight_t - 0.7) / 0.3).min(1.0);
                    f.message_dot(
                        (s.x, s.y - s.r),
                        (cx, cy + ch / 2.0),
                        ease(back),
                        p.surface,
                        4.0,
                    );
                }
            }
        }
    }

    // The client box, with what the last operation returned.
    let client_label = crate::text::client_label(sim.last_op(), returned, phase_write >= 1.0);
    let stale = matches!(returned, Some((r, l)) if r < l);
    let failed = matches!(sim.last_op(), Some(Operation::Unavailable { .. }));
    let box_w = (f.text_width(&client_label, 14.0) + 24.0)
        .max(cw)
        .min(f.width - 8.0);
    f.rounded_rect(
        dsim_ui::geom::Rect::new(cx - box_w / 2.0, cy - ch / 2.0, box_w, ch),
        6.0,
        if stale || failed { p.bad } else { p.surface },
        p.ink,
    );
    f.bold(
        &client_label,
        cx,
        cy,
        14.0,
        if stale || failed { p.background } else { p.ink },
        Align::Center,
    );

    // The replicas.
    for (i, s) in spots.iter().enumerate() {
        let replica = sim.replicas()[i];
        let in_w = write_set.contains(&i);
        let in_r = read_set.contains(&i);
        if replica.up {
            if in_w && in_r {
                f.glow(s.x, s.y, s.r, p.good, 1.0);
            } else if in_w {
                f.glow(s.x, s.y, s.r, p.write, 1.0);
            } else if in_r {
                f.glow(s.x, s.y, s.r, p.read, 1.0);
            }
        }
        let fill = if !replica.up {
            p.idle
        } else if in_w && in_r {
            p.good
        } else if in_w {
            p.write
        } else if in_r {
            p.read
        } else {
            p.surface
        };
        f.circle(s.x, s.y, s.r, fill, p.ink, 2.0);
        // Green and blue fills take light text; orange and the idle fill take dark text.
        let on_dark = replica.up && in_r;
        f.bold(
            &format!("v{}", replica.version),
            s.x,
            s.y,
            (s.r * 0.55).clamp(11.0, 20.0),
            if on_dark { p.background } else { p.ink },
            Align::Center,
        );
        if !replica.up {
            f.cross(s.x, s.y, s.r, p.bad);
        }
        let label_y = s.y + s.r * 1.45 + 8.0 * f.scale;
        f.text(
            &crate::text::node_name(i),
            s.x,
            label_y,
            13.0,
            p.ink,
            Align::Center,
        );
        let badge_y = label_y + 17.0 * f.scale;
        if !replica.up {
            f.badge(crate::text::DOWN, s.x, badge_y, p.bad, p.background);
        } else if in_w && in_r {
            f.badge("W+R", s.x, badge_y, p.good, p.background);
        } else if in_w {
            f.badge("W", s.x, badge_y, p.write, p.ink);
        } else if in_r {
            f.badge("R", s.x, badge_y, p.read, p.background);
        }
    }
    more
}
