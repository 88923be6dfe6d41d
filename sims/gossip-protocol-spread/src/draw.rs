//! Drawing the gossip cluster: the loose grid of nodes (gray "?" unaware, orange "!" just
//! informed, green "✓" spreading, red X down: shapes and glyphs as well as colours) and the
//! messages of the last round as dots flying from sender to receiver; a lost message stops
//! half-way, fades and leaves a small x.

use dsim_core::gossip::{Message, MessageKind, NodeState, SUBJECT};
use dsim_core::num::Within;
use dsim_ui::draw::{ease, progress, Align, Frame};

use crate::layout::{jitter, Detail, Grid, LABEL_H};
use crate::msg::t;

/// How long the messages of one round fly at speed 1, in ms (a round lasts 1,500 ms).
pub const FLIGHT_MS: f64 = 1100.0;
/// Messages leave within this share of their phase, so they do not all move as one.
const STAGGER: f64 = 0.15;
/// Where along its way a lost message drops.
const DROP_AT: f64 = 0.55;
/// Dropped messages start fading at this share of the animation.
const FADE_FROM: f64 = 0.7;

/// What the last action animates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnimKind {
    /// "Start Gossip": the first node's heartbeat to Node 4 goes unanswered.
    Start,
    /// One round of gossip.
    Round,
}

/// An animation in progress: what, when it started and how long it lasts (speed applied).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Anim {
    /// What is animated.
    pub kind: AnimKind,
    /// `performance.now()` at its start.
    pub start: f64,
    /// Its length in ms.
    pub duration: f64,
}

/// One message on its way: endpoints, when it flies (as shares of the animation) and how it
/// looks.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Flight {
    from: usize,
    to: usize,
    depart: f64,
    arrive: f64,
    delivered: bool,
    news: bool,
}

/// Everything one frame of the cluster needs, captured when the model last changed.
#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    /// Seed of the layout jitter.
    pub seed: u64,
    /// Every node's state after the last action.
    pub states: Vec<NodeState>,
    /// The animation, if one is playing.
    pub anim: Option<Anim>,
    flights: Vec<Flight>,
    /// For each node: when (share of the animation) the message that informed it in the
    /// animated action arrives (0 if none did); it shows as unaware until then.
    reveal: Vec<f64>,
}

impl Scene {
    /// A still picture of the cluster.
    pub fn still(seed: u64, states: Vec<NodeState>) -> Self {
        Scene {
            seed,
            states,
            anim: None,
            flights: Vec::new(),
            reveal: Vec::new(),
        }
    }

    /// The cluster with its last round's messages in flight.
    pub fn round(seed: u64, states: Vec<NodeState>, messages: &[Message], anim: Anim) -> Self {
        let mut flights = Vec::with_capacity(messages.len());
        let mut reveal = vec![0.0; states.len()];
        for (k, m) in messages.iter().enumerate() {
            let s = (jitter(seed ^ 0x5EED, k).0 + 1.0) / 2.0 * STAGGER;
            let (depart, arrive) = match m.kind {
                MessageKind::Push => (s, s + 1.0 - STAGGER),
                MessageKind::Request => (s / 2.0, (s + 1.0 - STAGGER) / 2.0),
                MessageKind::Reply => (0.5 + s / 2.0, 0.5 + (s + 1.0 - STAGGER) / 2.0),
            };
            if let Some(r) = reveal.get_mut(m.to).filter(|_| m.informed_receiver) {
                *r = arrive;
            }
            flights.push(Flight {
                from: m.from,
                to: m.to,
                depart,
                arrive,
                delivered: m.delivered,
                news: m.carries_news,
            });
        }
        Scene {
            seed,
            states,
            anim: Some(anim),
            flights,
            reveal,
        }
    }

    /// The start: `first` sends a heartbeat to Node 4, which never answers, and learns it is
    /// down.
    pub fn start(seed: u64, states: Vec<NodeState>, first: usize, anim: Anim) -> Self {
        let mut reveal = vec![0.0; states.len()];
        if let Some(r) = reveal.get_mut(first) {
            *r = 0.9;
        }
        Scene {
            seed,
            states,
            anim: Some(anim),
            flights: vec![Flight {
                from: first,
                to: SUBJECT,
                depart: 0.0,
                arrive: 0.75,
                delivered: false,
                news: false,
            }],
            reveal,
        }
    }
}

/// How a node looks at this moment of the animation.
fn shown_state(scene: &Scene, i: usize, t: f64) -> NodeState {
    let state = scene.states.get(i).copied().unwrap_or(NodeState::Unaware);
    if state == NodeState::JustInformed && t < scene.reveal.get(i).copied().unwrap_or(0.0) {
        NodeState::Unaware
    } else {
        state
    }
}

/// Draws one frame of the cluster; returns whether the animation needs more frames.
pub fn draw(f: &Frame, scene: &Scene) -> bool {
    f.clear();
    let n = scene.states.len();
    if n == 0 {
        return false;
    }
    let grid = Grid::new(n, f.width, f.height);
    let pos = grid.positions(n, scene.seed);
    let (t, more) = match scene.anim {
        Some(a) if !f.reduced_motion => {
            let t = progress(a.start, a.duration, f.now);
            (t, t < 1.0)
        }
        _ => (1.0, false),
    };
    if t < 1.0 && grid.detail != Detail::Squares {
        draw_trails(f, scene, &pos, t);
    }
    match grid.detail {
        Detail::Squares => draw_squares(f, scene, &grid, &pos, t),
        _ => draw_circles(f, scene, &grid, &pos, t),
    }
    if t < 1.0 {
        draw_flights(f, scene, &grid, &pos, t);
    }
    more
}

/// Where a message is at animation time `t`: its position, its opacity, and whether it is a
/// lost message that has dropped (then the position is where it fell).
fn flight_point(fl: &Flight, pos: &[(f64, f64)], t: f64) -> Option<((f64, f64), f64, bool)> {
    let (&(x0, y0), &(x1, y1)) = (pos.get(fl.from)?, pos.get(fl.to)?);
    if t < fl.depart {
        return None;
    }
    let u = ((t - fl.depart) / (fl.arrive - fl.depart)).within(0.0, 1.0);
    if fl.delivered {
        if u >= 1.0 {
            return None;
        }
        let e = ease(u);
        Some(((x0 + (x1 - x0) * e, y0 + (y1 - y0) * e), 1.0, false))
    } else {
        let reach = DROP_AT.min(u);
        let e = ease(reach / DROP_AT) * DROP_AT;
        let p = (x0 + (x1 - x0) * e, y0 + (y1 - y0) * e);
        if u < DROP_AT {
            Some((p, 1.0, false))
        } else {
            // Stays where it fell, then fades out over the last part of the round.
            let fade = ((1.0 - t) / (1.0 - FADE_FROM)).min(1.0);
            (fade > 0.0).then_some((p, fade, true))
        }
    }
}

/// Faint lines from sender to each message in flight (small clusters only): the arrows.
fn draw_trails(f: &Frame, scene: &Scene, pos: &[(f64, f64)], t: f64) {
    let p = f.palette;
    f.faded(0.35, || {
        for fl in &scene.flights {
            let (Some(&(x0, y0)), Some(((x, y), _, _))) =
                (pos.get(fl.from), flight_point(fl, pos, t))
            else {
                continue;
            };
            let color = if fl.news { p.write } else { p.idle };
            f.line(x0, y0, x, y, color, 1.5);
        }
    });
}

/// The moving dots, with an x where a lost message dropped.
fn draw_flights(f: &Frame, scene: &Scene, grid: &Grid, pos: &[(f64, f64)], t: f64) {
    let p = f.palette;
    let squares = grid.detail == Detail::Squares;
    let r = match grid.detail {
        Detail::Labelled | Detail::Numbered => 5.5 * f.scale,
        Detail::Glyphs => (grid.size * 0.35).within(2.5, 5.0),
        Detail::Squares => (grid.size * 0.45).within(1.2, 3.5),
    };
    let mut news = Vec::new();
    let mut empty = Vec::new();
    let mut dropped: Vec<((f64, f64), f64, bool)> = Vec::new();
    for fl in &scene.flights {
        let Some((pt, alpha, fallen)) = flight_point(fl, pos, t) else {
            continue;
        };
        if fallen {
            dropped.push((pt, alpha, fl.news));
        } else if fl.news {
            news.push(pt);
        } else {
            empty.push(pt);
        }
    }
    if squares {
        // Digests without the news stay light, so the orange news stands out among thousands.
        f.squares(empty.iter().copied(), r * 1.3, p.idle);
        f.squares(news.iter().copied(), r * 2.0, p.write);
    } else {
        // Outlined dots: orange carries the news, gray is a digest without it.
        for (list, color) in [(&empty, p.idle), (&news, p.write)] {
            f.dots(list.iter().map(|&(x, y)| (x, y)), r + 1.2, p.ink);
            f.dots(list.iter().copied(), r, color);
        }
    }
    // Lost messages fade out where they dropped, marked with a small x; drawn in batches of
    // similar opacity, so thousands of them cost a few canvas calls.
    const LEVELS: usize = 4;
    let d = if squares { r * 1.4 } else { r * 0.9 + 2.0 };
    for level in 0..LEVELS {
        let lo = level as f64 / LEVELS as f64;
        let hi = (level + 1) as f64 / LEVELS as f64;
        let batch = || {
            dropped
                .iter()
                .filter(move |(_, alpha, _)| *alpha > lo && *alpha <= hi)
        };
        if batch().next().is_none() {
            continue;
        }
        f.faded(hi, || {
            for (carried, color) in [(true, p.write), (false, p.idle)] {
                let points = batch().filter(|e| e.2 == carried).map(|e| e.0);
                if squares {
                    f.squares(points, r * 2.0, color);
                } else {
                    let points: Vec<(f64, f64)> = points.collect();
                    f.dots(points.iter().copied(), r + 1.0, p.ink);
                    f.dots(points.iter().copied(), r, color);
                }
            }
            f.crosses(
                batch().map(|e| ((e.0).0 + d * 0.9, (e.0).1 - d * 0.9)),
                d * 0.6,
                p.bad,
                2.0,
            );
        });
    }
}

/// Small and mid-sized clusters: circles with a glyph, and (when there is room) a label.
fn draw_circles(f: &Frame, scene: &Scene, grid: &Grid, pos: &[(f64, f64)], t: f64) {
    let p = f.palette;
    let labelled = grid.detail == Detail::Labelled;
    let numbered = labelled || grid.detail == Detail::Numbered;
    let r = grid.size;
    for (i, &(x, y)) in pos.iter().enumerate() {
        let state = shown_state(scene, i, t);
        let (fill, glyph, ink) = match state {
            NodeState::Down => (p.idle, "", p.ink),
            NodeState::Unaware => (p.surface, "?", p.muted),
            NodeState::JustInformed => (p.write, "!", p.ink),
            NodeState::Spreading => (p.good, "✓", p.background),
        };
        if state == NodeState::JustInformed {
            f.glow(x, y, r, p.write, 0.9);
        }
        let outline = if state == NodeState::Unaware {
            p.muted
        } else {
            p.ink
        };
        f.circle(x, y, r, fill, outline, if numbered { 2.0 } else { 1.2 });
        if state == NodeState::Down {
            f.cross(x, y, r, p.bad);
        } else if r >= 6.0 {
            f.bold(
                glyph,
                x,
                y + 0.5,
                (r * 1.05).min(24.0) / f.scale,
                ink,
                Align::Center,
            );
        }
        if numbered {
            let label = if labelled {
                crate::text::gossip::node_name(i)
            } else {
                (i + 1).to_string()
            };
            let label_y = y + r * 1.3 + LABEL_H * f.scale * 0.5;
            f.text(&label, x, label_y, 12.0, p.ink, Align::Center);
        }
        if labelled && state == NodeState::Down {
            f.badge(&t!(DOWN_BADGE), x, y + r * 0.55, p.bad, p.background);
        } else if !labelled && i == SUBJECT {
            f.ring(x, y, r * 1.35, p.bad, 2.0);
        }
    }
}

/// Large clusters: one small square per node, drawn in four batches. Unaware nodes are
/// hollow, just-informed ones are orange dots, spreading ones solid green squares and down
/// nodes red with an X; Node 4 has a red ring so it can be found.
fn draw_squares(f: &Frame, scene: &Scene, grid: &Grid, pos: &[(f64, f64)], t: f64) {
    let p = f.palette;
    let s = grid.size;
    let mut unaware = Vec::new();
    let mut fresh = Vec::new();
    let mut spreading = Vec::new();
    let mut down = Vec::new();
    for (i, &pt) in pos.iter().enumerate() {
        match shown_state(scene, i, t) {
            NodeState::Unaware => unaware.push(pt),
            NodeState::JustInformed => fresh.push(pt),
            NodeState::Spreading => spreading.push(pt),
            NodeState::Down => down.push(pt),
        }
    }
    f.square_outlines(unaware.iter().copied(), (s - 1.0).max(1.0), p.muted, 1.0);
    f.squares(spreading.iter().copied(), s, p.good);
    f.dots(fresh.iter().copied(), (s * 0.5).max(1.0), p.write);
    f.squares(down.iter().copied(), s, p.bad);
    if s >= 6.0 {
        f.crosses(down.iter().copied(), s * 0.3, p.background, 1.2);
    }
    if let Some(&(x, y)) = pos.get(SUBJECT) {
        f.ring(x, y, (s * 1.4).max(6.0), p.bad, 2.0);
    }
}
