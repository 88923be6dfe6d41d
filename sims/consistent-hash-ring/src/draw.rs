//! Drawing the ring: the 0°–360° scale, each node's owned arcs and vnode ticks, the keys
//! (labelled dots or, when there are many, a density band of dots), the last migration
//! (highlight in orange, then each moving key walks clockwise to its new owner), the owner
//! lookup of the inspected key, and the histogram of keys per node.
//!
//! Everything arrives precomputed in a [`Scene`]; a frame only turns angles into points and
//! issues one canvas path per colour, so 10,000 keys cost 8 fills, not 10,000.

use dsim_core::num::Within;
use std::rc::Rc;

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use dsim_ui::draw::{ease, progress, Align, Frame};
use dsim_ui::layer::{Layer, Pixels};
use dsim_ui::math;
use dsim_ui::palette::{rgb, Palette};
use dsim_ui::polar::{canvas_angle, unit};

use crate::layout::{self, Geometry, KeySpot, NodeSpot, LABEL_MAX};
use crate::scene::{Bar, Scene, SLOTS};
use crate::text;
use dsim_core::hash_ring::LoadStats;
use dsim_ui::format::thousands;

/// How long migrating keys are highlighted before they move, at speed 1 (ms).
pub const HIGHLIGHT_MS: f64 = 900.0;
/// How long migrating keys take to walk to their new owner, at speed 1 (ms).
pub const TRAVEL_MS: f64 = 1600.0;
/// How long the owner lookup's clockwise walk takes to draw, at speed 1 (ms).
pub const WALK_MS: f64 = 800.0;

/// The palette's series colours in the order nodes take them: orange, which means "migrating"
/// here, comes last, so it is a node's colour only when all eight nodes are on the ring.
const COLOUR_ORDER: [usize; SLOTS] = [0, 2, 3, 4, 5, 6, 7, 1];

/// The colour of the node in colour slot `slot`.
pub fn node_colour(p: &Palette, slot: usize) -> &'static str {
    p.series[COLOUR_ORDER[slot.min(SLOTS - 1)]]
}

/// What a frame needs: the scene and when its animations started.
#[derive(Debug, Clone, PartialEq)]
pub struct DrawState {
    /// The precomputed scene.
    pub scene: Rc<Scene>,
    /// When the last join or leave started animating (`performance.now()`), if it should.
    pub migration_start: Option<f64>,
    /// When the inspected key's lookup started animating.
    pub lookup_start: Option<f64>,
    /// The `?speed=` multiplier.
    pub speed: f64,
    /// Changes whenever the scene does (it keys the cached layer).
    pub version: u64,
}

/// Where the migration animation is: highlight (0–1), then travel (0–1).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Phase {
    highlight: f64,
    travel: f64,
    /// Whether the migration is still being animated.
    active: bool,
}

impl Phase {
    fn at(st: &DrawState, f: &Frame) -> Phase {
        let speed = st.speed.max(0.01);
        match st.migration_start {
            Some(start) if !f.reduced_motion => {
                let hl = HIGHLIGHT_MS / speed;
                let highlight = progress(start, hl, f.now);
                let travel = progress(start + hl, TRAVEL_MS / speed, f.now);
                Phase {
                    highlight,
                    travel,
                    active: travel < 1.0,
                }
            }
            _ => Phase {
                highlight: 1.0,
                travel: 1.0,
                active: false,
            },
        }
    }

    /// Moving keys are still at their old owner (highlighted, not yet walking).
    fn highlighting(&self) -> bool {
        self.active && self.highlight < 1.0
    }

    /// Moving keys are walking to their new owner.
    fn travelling(&self) -> bool {
        self.active && self.highlight >= 1.0
    }
}

/// Draws one frame onto `f`, the unchanging part through the cached `layer`; returns
/// whether an animation needs more frames.
pub fn draw(f: &Frame, st: &DrawState, layer: &mut Layer) -> bool {
    let g = layout::geometry(f.width, f.height, f.scale);
    let s = &*st.scene;
    let phase = Phase::at(st, f);
    let labelled = s.key_count() <= LABEL_MAX;
    // The layer holds the scale, the arcs, the ticks and the keys that are not moving; while
    // keys migrate, they are drawn on top each frame, and once they arrive they join it.
    let settled = !phase.active;
    // Node markers, including (while its keys move away) the node that just left.
    let mut degs: Vec<f64> = s.nodes.iter().map(|n| n.deg).collect();
    let ghost = s.ghost.as_ref().filter(|_| phase.active);
    if let Some(gh) = ghost {
        degs.push(gh.mark.deg);
    }
    let markers = layout::node_spots(&g, &degs);
    let mut hasher = DefaultHasher::new();
    (st.version, settled, f.scale.to_bits(), f.palette.series).hash(&mut hasher);
    layer.draw(f, hasher.finish(), |lf, pixels| {
        // Pixels first (they replace what is there), then lines and text over them.
        pixels.fill(lf.palette.background);
        if !labelled {
            plot_still_keys(lf, pixels, &g, s, settled);
        }
        pixels.put(lf);
        draw_scale(lf, &g, &markers);
        draw_arcs_and_ticks(lf, &g, s);
    });
    let spots: Vec<KeySpot> = if labelled {
        let degs: Vec<f64> = s.keys.geoms.iter().map(|k| k.deg).collect();
        layout::key_spots(&g, &degs[..s.key_count()], s.keys.label_chars())
    } else {
        Vec::new()
    };
    draw_centre(f, &g, s, &spots);
    draw_ghost_ticks(f, &g, s, phase);
    if labelled {
        draw_labelled_keys(f, &g, s, &spots, phase);
    } else {
        draw_moving_keys(f, &g, s, phase);
    }
    draw_nodes(f, s, phase, &markers);
    let walking = draw_lookup(f, &g, st, &spots);
    draw_histogram(f, &g, s, phase);
    phase.active || walking
}

/// The base circle, the degree scale and, in the middle, what the ring stands for.
fn draw_scale(f: &Frame, g: &Geometry, markers: &[NodeSpot]) {
    let p = f.palette;
    f.ring(g.cx, g.cy, g.r, p.idle, 1.5);
    let c = &f.ctx;
    c.begin_path();
    for i in 0..12 {
        let outer = if i % 3 == 0 { 7.0 } else { 4.0 } * f.scale;
        f.radial_tick_path(
            g.cx,
            g.cy,
            g.r + 2.0,
            g.r + 2.0 + outer,
            f64::from(i) * 30.0,
        );
    }
    f.stroke_path(p.muted, 1.0);
    for (deg, label) in [
        (0.0, "0°/360°"),
        (90.0, "90°"),
        (180.0, "180°"),
        (270.0, "270°"),
    ] {
        let (ux, uy) = unit(deg);
        let align = if ux > 0.5 {
            Align::Left
        } else if ux < -0.5 {
            Align::Right
        } else {
            Align::Center
        };
        let d = if ux.abs() > 0.5 {
            g.r + g.node_r + 4.0 * f.scale
        } else {
            g.label_r
        };
        let (x, y) = (g.cx + d * ux, g.cy + d * uy);
        // Leave the label out where a node marker sits on it.
        let w = f.text_width(label, 11.0);
        let left = match align {
            Align::Left => x,
            Align::Right => x - w,
            Align::Center => x - w / 2.0,
        };
        let hidden = markers.iter().any(|m| {
            let nx = m.x.within(left, left + w);
            let ny = m.y.within(y - 7.0 * f.scale, y + 7.0 * f.scale);
            math::hypot(m.x - nx, m.y - ny) < m.r
        });
        if !hidden {
            f.text(label, x, y, 11.0, p.muted, align);
        }
    }
}

/// The middle of the ring says what the ring is, when no key label reaches there.
fn draw_centre(f: &Frame, g: &Geometry, s: &Scene, spots: &[KeySpot]) {
    let p = f.palette;
    let clear = spots
        .iter()
        .all(|k| k.label_r - layout::label_width(g, s.keys.label_chars()) > 42.0 * f.scale);
    if g.r >= 70.0 && clear && s.lookup.is_none() {
        f.text(
            &text::ring_caption(),
            g.cx,
            g.cy - 9.0 * f.scale,
            11.0,
            p.muted,
            Align::Center,
        );
        f.text(
            "0 … 2³² − 1",
            g.cx,
            g.cy + 8.0 * f.scale,
            11.0,
            p.muted,
            Align::Center,
        );
    }
}

/// Each node's owned arcs (a band on the ring in its colour) and its vnode ticks.
fn draw_arcs_and_ticks(f: &Frame, g: &Geometry, s: &Scene) {
    let p = f.palette;
    let c = &f.ctx;
    c.set_line_cap("butt");
    for slot in 0..SLOTS {
        if s.arcs[slot].is_empty() {
            continue;
        }
        c.begin_path();
        for &(from, to) in &s.arcs[slot] {
            f.arc_path(g.cx, g.cy, g.r, from, to);
        }
        f.stroke_path(node_colour(&p, slot), 5.0);
    }
    let half = tick_half(f, g);
    for slot in 0..SLOTS {
        if s.ticks[slot].is_empty() {
            continue;
        }
        c.begin_path();
        for &deg in &s.ticks[slot] {
            f.radial_tick_path(g.cx, g.cy, g.r - half, g.r + half, deg);
        }
        if s.ticks[slot].len() <= 12 {
            // Few ticks: outlined, so light colours stand out against the band.
            f.stroke_path(p.ink, 4.0);
            f.stroke_path(node_colour(&p, slot), 2.2);
        } else {
            let width = if s.ticks[slot].len() > 25 { 1.5 } else { 2.0 };
            f.stroke_path(node_colour(&p, slot), width);
        }
    }
}

/// The ticks of a node that just left fade out, dashed, while its keys move away.
fn draw_ghost_ticks(f: &Frame, g: &Geometry, s: &Scene, phase: Phase) {
    let (Some(ghost), true) = (&s.ghost, phase.active) else {
        return;
    };
    let c = &f.ctx;
    let half = tick_half(f, g);
    c.save();
    c.set_global_alpha(1.0 - ease(phase.travel));
    f.set_dash(3.0, 3.0);
    c.begin_path();
    for &deg in &ghost.ticks {
        f.radial_tick_path(g.cx, g.cy, g.r - half, g.r + half, deg);
    }
    f.stroke_path(node_colour(&f.palette, ghost.mark.slot), 2.5);
    c.restore();
}

/// Half the length of a vnode tick.
fn tick_half(f: &Frame, g: &Geometry) -> f64 {
    (8.0 * f.scale).min(g.r * 0.06).max(4.0)
}

/// Up to [`LABEL_MAX`] keys: a dot in the owner's colour with the owner's letter on a track
/// inside the ring, a thin leader from the key's exact place on the ring, and the key's number
/// along the radius.
fn draw_labelled_keys(f: &Frame, g: &Geometry, s: &Scene, spots: &[KeySpot], phase: Phase) {
    let p = f.palette;
    let c = &f.ctx;
    c.begin_path();
    for (k, spot) in spots.iter().enumerate() {
        let (ux, uy) = unit(s.keys.geoms[k].deg);
        c.move_to(g.cx + (g.r - 3.0) * ux, g.cy + (g.r - 3.0) * uy);
        let (vx, vy) = unit(spot.deg);
        c.line_to(
            g.cx + (spot.track + g.key_r) * vx,
            g.cy + (spot.track + g.key_r) * vy,
        );
    }
    f.stroke_path(p.muted, 1.0);
    let pulse = 0.5 + 0.5 * math::sin(f.now / 130.0);
    let label_px = layout::key_label_px(g);
    for (k, spot) in spots.iter().enumerate() {
        let moved = s.moved.get(k).copied().unwrap_or(false);
        let mv = moved
            .then(|| s.moves.iter().find(|m| m.key as usize == k))
            .flatten();
        let slot = match (mv, phase.active) {
            (Some(m), true) => usize::from(m.from),
            _ => usize::from(s.owner[k]),
        };
        let fill = node_colour(&p, slot);
        match (mv, phase.active) {
            (Some(_), true) if phase.highlighting() => {
                f.glow(spot.x, spot.y, g.key_r, p.write, 0.6 + 0.4 * pulse);
                dot(f, spot.x, spot.y, g.key_r, fill, s.slot_letters[slot]);
            }
            (Some(m), true) => {
                // The key's data walks clockwise to its new owner; its place stays hollow.
                f.circle(spot.x, spot.y, g.key_r, p.background, p.write, 2.0);
                let t = ease(phase.travel);
                let from = spot.deg;
                let to = from + m.walk * t;
                if m.walk * t > 0.5 {
                    f.arc((g.cx, g.cy), spot.track, from, to, p.write, 3.0);
                }
                let (ux, uy) = unit(to);
                let (x, y) = (g.cx + spot.track * ux, g.cy + spot.track * uy);
                f.glow(x, y, g.key_r * 0.8, p.write, 1.0);
                dot(
                    f,
                    x,
                    y,
                    g.key_r * 0.9,
                    p.write,
                    s.slot_letters[usize::from(m.to)],
                );
            }
            _ => {
                if moved {
                    // Keys that moved in the last join or leave keep an orange ring.
                    f.ring(spot.x, spot.y, g.key_r + 3.0 * f.scale, p.write, 2.5);
                }
                dot(f, spot.x, spot.y, g.key_r, fill, s.slot_letters[slot]);
            }
        }
        if let Some(label) = s.keys.labels.get(k) {
            let (ux, uy) = unit(spot.deg);
            let (x, y) = (g.cx + spot.label_r * ux, g.cy + spot.label_r * uy);
            let a = canvas_angle(spot.deg);
            // Read left to right on both halves of the ring, ending (or starting) at the dot.
            let (angle, align) = if spot.deg > 0.0 && spot.deg <= 180.0 {
                (a, Align::Right)
            } else {
                (a + std::f64::consts::PI, Align::Left)
            };
            f.text_turned(label, (x, y), angle, label_px, p.ink, align);
        }
    }
}

/// A key's dot: its owner's colour with the owner's letter.
fn dot(f: &Frame, x: f64, y: f64, r: f64, fill: &str, letter: char) {
    f.circle(x, y, r, fill, f.palette.ink, 1.0);
    let mut buf = [0u8; 4];
    f.bold(
        letter.encode_utf8(&mut buf),
        x,
        y + 0.5,
        (r / f.scale) * 1.1,
        f.palette.text_on(fill),
        Align::Center,
    );
}

/// The side of a key's square in the density band: larger when there are fewer keys.
fn band_dot(f: &Frame, n: usize) -> f64 {
    let size = if n <= 100 {
        4.5
    } else if n <= 1000 {
        3.0
    } else {
        2.0
    };
    size * f.scale.sqrt()
}

/// Where a key sits in the density band.
fn band_point(g: &Geometry, s: &Scene, key: u32) -> (f64, f64) {
    let kg = &s.keys.geoms[key as usize];
    let r = layout::band_radius(g, kg.jitter);
    (g.cx + r * kg.ux, g.cy + r * kg.uy)
}

/// Many keys: a band of small squares just inside the ring, written straight into the layer's
/// pixels (10,000 squares cost about a millisecond). Keys that moved in the last change are
/// included once they have arrived (`settled`), a little larger.
fn plot_still_keys(f: &Frame, pixels: &mut Pixels, g: &Geometry, s: &Scene, settled: bool) {
    let p = f.palette;
    let size = band_dot(f, s.key_count());
    for slot in 0..SLOTS {
        let colour = rgb(node_colour(&p, slot));
        for &k in &s.still[slot] {
            let (x, y) = band_point(g, s, k);
            pixels.square(x, y, size, colour);
        }
        if settled {
            for &m in &s.moves_to[slot] {
                let (x, y) = band_point(g, s, s.moves[m as usize].key);
                pixels.square(x, y, size + 1.0, colour);
            }
        }
    }
}

/// Keys migrating in the density band: first highlighted in orange at their old owner, then
/// walking clockwise along the band to their new owner.
fn draw_moving_keys(f: &Frame, g: &Geometry, s: &Scene, phase: Phase) {
    if !phase.active || s.moves.is_empty() {
        return;
    }
    let p = f.palette;
    let size = band_dot(f, s.key_count());
    if phase.highlighting() {
        let pulse = 0.5 + 0.5 * math::sin(f.now / 130.0);
        f.squares(
            s.moves.iter().map(|m| band_point(g, s, m.key)),
            size + 3.0 + 1.5 * pulse,
            p.write,
        );
        for slot in 0..SLOTS {
            if !s.moves_from[slot].is_empty() {
                let points = s.moves_from[slot]
                    .iter()
                    .map(|&m| band_point(g, s, s.moves[m as usize].key));
                f.squares(points, size, node_colour(&p, slot));
            }
        }
        return;
    }
    let t = ease(phase.travel);
    let geoms = &s.keys.geoms;
    f.squares(
        s.moves.iter().map(|m| {
            let kg = &geoms[m.key as usize];
            let r = layout::band_radius(g, kg.jitter);
            let a = canvas_angle(kg.deg + m.walk * t);
            (g.cx + r * math::cos(a), g.cy + r * math::sin(a))
        }),
        size + 2.0,
        p.write,
    );
}

/// Node markers (vnode #0 of each node): a disc in the node's colour with its letter; a node
/// that just joined grows in, one that just left fades out with a cross.
fn draw_nodes(f: &Frame, s: &Scene, phase: Phase, spots: &[NodeSpot]) {
    let p = f.palette;
    let ghost = s.ghost.as_ref().filter(|_| phase.active);
    for (i, spot) in spots.iter().enumerate() {
        let (slot, letter, is_ghost, id) = match s.nodes.get(i) {
            Some(n) => (n.slot, n.id.letter(), false, Some(n.id)),
            None => match ghost {
                Some(gh) => (gh.mark.slot, gh.mark.id.letter(), true, None),
                None => continue,
            },
        };
        let grow = if phase.active && id.is_some() && id == s.joined {
            ease(phase.highlight / 0.6)
        } else {
            1.0
        };
        if spot.lane != 0 {
            f.line(spot.ring.0, spot.ring.1, spot.x, spot.y, p.ink, 1.0);
        }
        let c = &f.ctx;
        c.save();
        if is_ghost {
            c.set_global_alpha((1.0 - ease(phase.travel)).max(0.15));
        }
        if phase.highlighting() && id.is_some() && id == s.joined {
            f.glow(spot.x, spot.y, spot.r, p.write, 1.0);
        }
        let fill = node_colour(&p, slot);
        f.circle(spot.x, spot.y, spot.r * grow, fill, p.ink, 1.5);
        let mut buf = [0u8; 4];
        f.bold(
            letter.encode_utf8(&mut buf),
            spot.x,
            spot.y + 0.5,
            13.0 * grow,
            p.text_on(fill),
            Align::Center,
        );
        if is_ghost {
            f.cross(spot.x, spot.y, spot.r, p.bad);
        }
        c.restore();
    }
}

/// The inspected key: its arc, the walk clockwise from it to the vnode that owns it, and that
/// vnode. Returns whether the walk is still being drawn.
fn draw_lookup(f: &Frame, g: &Geometry, st: &DrawState, spots: &[KeySpot]) -> bool {
    let Some(l) = &st.scene.lookup else {
        return false;
    };
    let p = f.palette;
    let t = match st.lookup_start {
        Some(start) if !f.reduced_motion => progress(start, WALK_MS / st.speed.max(0.01), f.now),
        _ => 1.0,
    };
    let owner_colour = node_colour(&p, l.owner_slot);
    // The arc the key is on: from the previous vnode (exclusive) to its owner's vnode.
    f.ctx.save();
    f.ctx.set_global_alpha(0.35);
    f.arc(
        (g.cx, g.cy),
        g.r,
        l.start_deg,
        l.vnode_deg,
        owner_colour,
        14.0,
    );
    f.ctx.restore();
    let (track, kx, ky) = match (spots.get(l.key), st.scene.keys.geoms.get(l.key)) {
        (Some(s), _) => (s.track, s.x, s.y),
        (None, Some(kg)) => {
            let r = layout::band_radius(g, kg.jitter);
            (r, g.cx + r * kg.ux, g.cy + r * kg.uy)
        }
        (None, None) => return false,
    };
    let mark_r = if spots.is_empty() { 6.0 } else { g.key_r + 4.0 };
    f.ring(kx, ky, mark_r, p.ink, 2.5);
    let to = l.key_deg + l.walk * ease(t);
    if l.walk * ease(t) > 0.3 {
        f.arc_arrow((g.cx, g.cy), track, l.key_deg, to, p.ink, 2.5);
    }
    if let (Some(spot), Some(&slot)) = (spots.get(l.key), st.scene.owner.get(l.key)) {
        // The key's dot stays readable on top of the walk.
        let slot = usize::from(slot);
        dot(
            f,
            spot.x,
            spot.y,
            g.key_r,
            node_colour(&p, slot),
            st.scene.slot_letters[slot],
        );
    }
    if t >= 1.0 {
        draw_lookup_owner(f, g, st, spots, track);
    }
    t < 1.0
}

/// Once the walk is drawn: a line from its end out to the owning vnode, that vnode ringed and,
/// where there is room, its name and the owner's.
fn draw_lookup_owner(f: &Frame, g: &Geometry, st: &DrawState, spots: &[KeySpot], track: f64) {
    let Some(l) = &st.scene.lookup else {
        return;
    };
    let p = f.palette;
    let (ux, uy) = unit(l.vnode_deg);
    f.line(
        g.cx + track * ux,
        g.cy + track * uy,
        g.cx + g.r * ux,
        g.cy + g.r * uy,
        p.ink,
        1.5,
    );
    f.ring(g.cx + g.r * ux, g.cy + g.r * uy, 9.0 * f.scale, p.ink, 2.5);
    // On a roomy ring, the vnode's name outside it and the owner in the middle (the narration
    // says both in any case).
    if g.r >= 150.0 {
        let d = g.r + 2.0 * g.node_r + 14.0 * f.scale;
        let w = f.text_width(&l.vnode_name, 12.0);
        let (x, y) = (g.cx + (d + w / 2.0 * ux.abs()) * ux, g.cy + d * uy);
        let x = x.within(w / 2.0 + 2.0, f.width - w / 2.0 - 2.0);
        f.bold(&l.vnode_name, x, y, 12.0, p.ink, Align::Center);
    }
    let name = text::owner_caption(l.owner);
    let room = if spots.is_empty() {
        g.band.0
    } else {
        spots[0].label_r - layout::label_width(g, st.scene.keys.label_chars())
    };
    if f.text_width(&name, 13.0) / 2.0 + 6.0 < room {
        f.bold(&name, g.cx, g.cy, 13.0, p.ink, Align::Center);
    }
}

/// Keys per node as bars in each node's colour, the mean as a dashed line, and the spread.
fn draw_histogram(f: &Frame, g: &Geometry, s: &Scene, phase: Phase) {
    let p = f.palette;
    let stats_y = draw_histogram_title(f, g, &s.load);
    let t = if phase.travelling() {
        ease(phase.travel)
    } else if phase.active {
        0.0
    } else {
        1.0
    };
    let mean_label = text::mean_label(s.load.mean);
    let hl = HistLayout::new(f, g, s, phase, stats_y, &mean_label);
    // The mean, for judging the spread by eye, behind the bars.
    let mean_y = hl.bottom - hl.span * s.load.mean / hl.peak;
    let h = g.hist;
    f.dashed_line((h.x, mean_y), (h.x + hl.plot_w, mean_y), p.ink, 1.2, 0.0);
    f.text(
        &mean_label,
        h.x + hl.plot_w + 4.0 * f.scale,
        mean_y,
        10.0,
        p.ink,
        Align::Left,
    );
    let shown = s.bars.iter().filter(|b| !b.gone || phase.active);
    for (i, b) in shown.enumerate() {
        let x = h.x + hl.slot_w * (i as f64 + 0.5);
        draw_bar(f, &hl, b, x, t);
    }
    f.line(h.x, hl.bottom, h.x + hl.plot_w, hl.bottom, p.muted, 1.0);
}

/// The histogram's title and, where it fits, the spread beside or under it; returns the
/// baseline of the lowest of them.
fn draw_histogram_title(f: &Frame, g: &Geometry, l: &LoadStats) -> f64 {
    let p = f.palette;
    let h = g.hist;
    let sc = f.scale;
    let title_y = h.y + 9.0 * sc;
    let title = text::histogram_title();
    f.bold(&title, h.x, title_y, 13.0, p.ink, Align::Left);
    let stats = text::histogram_stats(l);
    let title_w = f.text_width(&title, 13.0) * 1.08;
    let stats_w = f.text_width(&stats, 11.0);
    // The spread beside the title, or under it when there is height to spare, else only in
    // the readouts below the canvas.
    if title_w + stats_w + 16.0 <= h.w {
        f.text(&stats, h.x + h.w, title_y, 11.0, p.muted, Align::Right);
        title_y
    } else if h.h >= 110.0 * sc {
        f.text(&stats, h.x, title_y + 15.0 * sc, 11.0, p.muted, Align::Left);
        title_y + 15.0 * sc
    } else {
        title_y
    }
}

/// Where the histogram's bars go, and how their counts are written.
struct HistLayout {
    /// The bars' width of the plot (the rest is the mean label's gutter).
    plot_w: f64,
    /// Each bar's share of the plot's width.
    slot_w: f64,
    /// A bar's width.
    bar_w: f64,
    /// The bars' baseline.
    bottom: f64,
    /// The height of the tallest bar.
    span: f64,
    /// The count the tallest bar stands for.
    peak: f64,
    /// Whether the counts are turned upright (wider than a bar's slot).
    upright: bool,
    /// Whether there is room for the counts at all.
    show_counts: bool,
}

impl HistLayout {
    fn new(f: &Frame, g: &Geometry, s: &Scene, phase: Phase, stats_y: f64, mean: &str) -> Self {
        let h = g.hist;
        let sc = f.scale;
        // Counts above the bars, turned upright when they are wider than a bar's slot.
        let widest = s
            .bars
            .iter()
            .map(|b| f.text_width(&thousands(b.before.max(b.after)), 11.0))
            .fold(0.0, f64::max);
        let visible = s
            .bars
            .iter()
            .filter(|b| !b.gone || phase.active)
            .count()
            .max(1);
        // A gutter on the right for the mean's label, so it never covers a bar.
        let gutter = f.text_width(mean, 10.0) + 8.0 * sc;
        let plot_w = (h.w - gutter).max(h.w * 0.5);
        let peak = s
            .bars
            .iter()
            .map(|b| b.before.max(b.after))
            .max()
            .unwrap_or(1)
            .max(1) as f64;
        let slot_w = plot_w / visible as f64;
        let upright = widest + 4.0 > slot_w;
        let bottom = h.y + h.h - 16.0 * sc;
        // Upright counts need height; on a short histogram they are left to the readouts.
        let show_counts = !upright || bottom - (stats_y + 9.0 * sc + widest + 6.0) >= 30.0;
        let top = stats_y
            + match (show_counts, upright) {
                (false, _) => 12.0 * sc,
                (true, true) => 9.0 * sc + widest + 6.0,
                (true, false) => 22.0 * sc,
            };
        HistLayout {
            plot_w,
            slot_w,
            bar_w: (slot_w * 0.62).min(56.0 * sc),
            bottom,
            span: (bottom - top).max(10.0),
            peak,
            upright,
            show_counts,
        }
    }
}

/// One node's bar at `x`, `t` of the way from its count before the last change to now, with
/// its count and letter.
fn draw_bar(f: &Frame, hl: &HistLayout, b: &Bar, x: f64, t: f64) {
    let p = f.palette;
    let sc = f.scale;
    let v = b.before as f64 + (b.after as f64 - b.before as f64) * t;
    let (bottom, bar_w) = (hl.bottom, hl.bar_w);
    let bh = hl.span * v / hl.peak;
    let c = &f.ctx;
    c.save();
    if b.gone {
        c.set_global_alpha((1.0 - t).max(0.2));
    }
    c.set_fill_style_str(node_colour(&p, b.slot));
    c.fill_rect(x - bar_w / 2.0, bottom - bh, bar_w, bh);
    c.set_stroke_style_str(p.ink);
    c.set_line_width(1.0);
    c.stroke_rect(x - bar_w / 2.0, bottom - bh, bar_w, bh);
    let count = thousands(v.round() as usize);
    if hl.show_counts && hl.upright {
        let (tw, ty) = (f.text_width(&count, 11.0) + 2.0, bottom - bh - 3.0 * sc);
        c.set_fill_style_str(p.background);
        c.fill_rect(x - 6.5 * sc, ty - tw + 1.0, 13.0 * sc, tw);
        f.text_turned(
            &count,
            (x, bottom - bh - 3.0 * sc),
            -std::f64::consts::FRAC_PI_2,
            11.0,
            p.ink,
            Align::Left,
        );
    } else if hl.show_counts {
        // On a patch of background, so the mean line never runs through the number.
        let (tw, ty) = (f.text_width(&count, 11.0) + 4.0, bottom - bh - 8.0 * sc);
        c.set_fill_style_str(p.background);
        c.fill_rect(x - tw / 2.0, ty - 6.5 * sc, tw, 13.0 * sc);
        f.text(&count, x, ty, 11.0, p.ink, Align::Center);
    }
    let mut buf = [0u8; 4];
    f.bold(
        b.letter.encode_utf8(&mut buf),
        x,
        bottom + 9.0 * sc,
        12.0,
        p.ink,
        Align::Center,
    );
    c.restore();
}
