//! Where things sit on the ring canvas, shared by the drawing, the focusable node buttons laid
//! over it and the hit-testing of clicks on keys.
//!
//! The canvas holds the ring and, beside it on wide canvases or below it on narrow ones, the
//! histogram of keys per node. Node markers sit on the ring (pushed outwards when two would
//! overlap); labelled keys sit on a track just inside it (pushed inwards likewise), each with
//! its name drawn further in; many keys are drawn as a band of dots just inside the ring.

use dsim_core::num::Within;
use dsim_ui::math;
use dsim_ui::polar::{compass_degrees, unit};

/// Up to this many keys are drawn as labelled dots; more are drawn as a density band.
pub const LABEL_MAX: usize = 24;

/// A rectangle in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Left.
    pub x: f64,
    /// Top.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
}

/// The text scale the canvas uses: the theme's, except that projector mode's larger text is
/// toned down on a phone-sized canvas, where it would crowd the ring.
pub fn effective_scale(width: f64, theme_scale: f64) -> f64 {
    if width < 480.0 {
        theme_scale.min(1.1)
    } else {
        theme_scale
    }
}

/// The canvas split into the ring and the histogram.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Geometry {
    /// Canvas width.
    pub width: f64,
    /// Canvas height.
    pub height: f64,
    /// Text and line scale of the theme.
    pub scale: f64,
    /// Ring centre x.
    pub cx: f64,
    /// Ring centre y.
    pub cy: f64,
    /// Ring radius.
    pub r: f64,
    /// Radius of a node marker.
    pub node_r: f64,
    /// Radius of a labelled key's dot.
    pub key_r: f64,
    /// Inner and outer radius of the band where many keys are drawn as dots.
    pub band: (f64, f64),
    /// Radius of the degree labels (0°, 90°, …) outside the ring.
    pub label_r: f64,
    /// Where the histogram goes.
    pub hist: Rect,
    /// Whether the histogram is beside the ring (wide canvas) rather than below it.
    pub beside: bool,
    /// The part of the canvas the ring may use.
    pub area: Rect,
}

/// Lays out a canvas of `width` × `height` CSS pixels at text scale `scale`.
pub fn geometry(width: f64, height: f64, scale: f64) -> Geometry {
    let (width, height) = (width.max(1.0), height.max(1.0));
    let beside = width >= 560.0 && width >= height * 1.15;
    let (area_w, area_h, hist) = if beside {
        let hist_w = (width * 0.36).within(170.0, 420.0);
        let h = (height * 0.62).within(120.0, 340.0 * scale);
        let hist = Rect {
            x: width - hist_w,
            y: (height - h) / 2.0,
            w: hist_w - 16.0,
            h,
        };
        (width - hist_w, height, hist)
    } else {
        let hist_h = (height * 0.22).within(80.0, 150.0);
        let hist = Rect {
            x: 12.0,
            y: height - hist_h,
            w: width - 24.0,
            h: hist_h - 6.0,
        };
        (width, height - hist_h, hist)
    };
    let node_r = 12.5 * scale;
    // Room outside the ring for the degree labels (wider at the sides, where "270°" sits);
    // a marker pushed out a lane may reach a little further and is kept on the canvas.
    let margin_y = node_r + 19.0 * scale;
    let margin_x = margin_y + 22.0 * scale;
    let r = (area_w / 2.0 - margin_x)
        .min(area_h / 2.0 - margin_y)
        .max(30.0);
    let outer = r - 9.0 * scale;
    Geometry {
        width,
        height,
        scale,
        cx: area_w / 2.0,
        cy: area_h / 2.0,
        r,
        node_r,
        // Smaller key dots on a small ring, so a dozen labelled keys still fit.
        key_r: (r * 0.05).within(7.0, 10.0) * scale,
        band: ((outer - (r * 0.3).max(14.0)).max(6.0), outer),
        label_r: r + node_r + 12.0 * scale,
        hist,
        beside,
        area: Rect {
            x: 0.0,
            y: 0.0,
            w: area_w,
            h: area_h,
        },
    }
}

/// Where a node marker is drawn; `lane` > 0 when it was pushed out to avoid another marker,
/// in which case a leader line joins it to its point on the ring.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NodeSpot {
    /// Marker centre x.
    pub x: f64,
    /// Marker centre y.
    pub y: f64,
    /// Marker radius.
    pub r: f64,
    /// The node's point on the ring.
    pub ring: (f64, f64),
    /// 0 on the ring, 1, 2 outwards, −1, −2 inwards.
    pub lane: i32,
}

/// Places node markers (at compass angles `degrees`, in any order) so that none overlaps
/// another; returns the spots in the order given.
pub fn node_spots(g: &Geometry, degrees: &[f64]) -> Vec<NodeSpot> {
    let mut order: Vec<usize> = (0..degrees.len()).collect();
    dsim_core::sort::sort_by_u64_key(&mut order, |&i| dsim_core::sort::f64_key(degrees[i]));
    let step = 2.0 * g.node_r + 3.0;
    let mut spots: Vec<Option<NodeSpot>> = vec![None; degrees.len()];
    let mut placed: Vec<(f64, f64)> = Vec::with_capacity(degrees.len());
    for i in order {
        let (ux, uy) = unit(degrees[i]);
        let ring = (g.cx + g.r * ux, g.cy + g.r * uy);
        // On the ring, else one or two lanes out, else (near the edge of the canvas) one in.
        let fits = |rr: f64| {
            let (x, y) = (g.cx + rr * ux, g.cy + rr * uy);
            let a = &g.area;
            let on_canvas = x - g.node_r >= a.x
                && x + g.node_r <= a.x + a.w
                && y - g.node_r >= a.y
                && y + g.node_r <= a.y + a.h;
            on_canvas
                && placed
                    .iter()
                    .all(|&(px, py)| math::hypot(px - x, py - y) >= 2.0 * g.node_r + 2.0)
        };
        let lane = [0.0, 1.0, 2.0, -1.0, -2.0]
            .into_iter()
            .find(|&lane| fits(g.r + lane * step))
            .unwrap_or(0.0);
        let rr = g.r + lane * step;
        let (x, y) = (g.cx + rr * ux, g.cy + rr * uy);
        placed.push((x, y));
        spots[i] = Some(NodeSpot {
            x,
            y,
            r: g.node_r,
            ring,
            lane: lane as i32,
        });
    }
    spots.into_iter().flatten().collect()
}

/// Where a labelled key is drawn: its dot on a track inside the ring, at an angle close to
/// its own (moved a little when it would overlap a neighbour), with its name radially inwards.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct KeySpot {
    /// Dot centre x.
    pub x: f64,
    /// Dot centre y.
    pub y: f64,
    /// The compass angle the dot is drawn at.
    pub deg: f64,
    /// The radius of the dot's track (its distance from the centre).
    pub track: f64,
    /// Where the label starts, on the dot's inner side: distance from the centre.
    pub label_r: f64,
}

/// The font size (before the theme scale) of key labels: smaller on a small ring.
pub fn key_label_px(g: &Geometry) -> f64 {
    if g.r < 140.0 * g.scale {
        9.0
    } else {
        10.0
    }
}

/// The approximate width of a key label of `chars` characters (digits), for layout.
pub fn label_width(g: &Geometry, chars: usize) -> f64 {
    chars as f64 * key_label_px(g) * 0.62 * g.scale
}

/// Places labelled keys (compass angles `degrees`, labels at most `chars` characters long)
/// on one track inside the ring, spread apart along it so that no dot and no radial label
/// overlaps its neighbour; returns them in the order given.
pub fn key_spots(g: &Geometry, degrees: &[f64], chars: usize) -> Vec<KeySpot> {
    let track = g.r - g.node_r - g.key_r - 3.0 * g.scale;
    let label_r = track - g.key_r - 3.0 * g.scale;
    // The label's inner end is where neighbours are closest.
    let inner = (label_r - label_width(g, chars)).max(g.r * 0.15);
    let lh = (key_label_px(g) + 2.0) * g.scale;
    let sep = ((2.0 * g.key_r + 2.0) / track).max(lh / inner).to_degrees();
    spread_on_circle(degrees, sep)
        .into_iter()
        .map(|deg| {
            let (ux, uy) = unit(deg);
            KeySpot {
                x: g.cx + track * ux,
                y: g.cy + track * uy,
                deg,
                track,
                label_r,
            }
        })
        .collect()
}

/// Moves angles (compass degrees, any order) apart so that neighbours around the circle are
/// at least `sep` degrees apart, each moving as little as possible: overlapping runs are
/// merged into evenly spaced clusters centred on their members' mean, until none overlap.
/// Returns the new angles (0 ≤ a < 360) in the order given.
pub fn spread_on_circle(degrees: &[f64], sep: f64) -> Vec<f64> {
    let n = degrees.len();
    if n == 0 {
        return Vec::new();
    }
    let sep = sep.min(360.0 / n as f64).max(0.0);
    let mut order: Vec<usize> = (0..n).collect();
    dsim_core::sort::sort_by_u64_key(&mut order, |&i| dsim_core::sort::f64_key(degrees[i]));
    // A cluster: its members' true angles (unwrapped, ascending) and where it starts.
    struct Cluster {
        members: Vec<(usize, f64)>,
        start: f64,
    }
    impl Cluster {
        fn settle(&mut self, sep: f64) {
            let mean = self.members.iter().map(|m| m.1).sum::<f64>() / self.members.len() as f64;
            self.start = mean - sep * (self.members.len() - 1) as f64 / 2.0;
        }
        fn end(&self, sep: f64) -> f64 {
            self.start + sep * (self.members.len() - 1) as f64
        }
    }
    let mut clusters: Vec<Cluster> = order
        .iter()
        .map(|&i| Cluster {
            members: vec![(i, degrees[i].rem_euclid(360.0))],
            start: degrees[i].rem_euclid(360.0),
        })
        .collect();
    loop {
        let mut merged = false;
        let mut i = 0;
        while i + 1 < clusters.len() {
            if clusters[i + 1].start < clusters[i].end(sep) + sep - 1e-9 {
                let next = clusters.remove(i + 1);
                clusters[i].members.extend(next.members);
                clusters[i].settle(sep);
                merged = true;
                // The grown cluster may now reach back into the one before it.
                i = i.saturating_sub(1);
            } else {
                i += 1;
            }
        }
        // Across 360°: the last cluster against the first one, one turn later.
        if clusters.len() > 1 {
            let last = clusters.len() - 1;
            if clusters[0].start + 360.0 < clusters[last].end(sep) + sep - 1e-9 {
                let mut first = clusters.remove(0);
                for m in &mut first.members {
                    m.1 += 360.0;
                }
                let last = clusters.len() - 1;
                clusters[last].members.extend(first.members);
                clusters[last].settle(sep);
                merged = true;
            }
        }
        if !merged {
            break;
        }
    }
    let mut out = vec![0.0; n];
    for c in &clusters {
        for (k, &(i, _)) in c.members.iter().enumerate() {
            out[i] = (c.start + sep * k as f64).rem_euclid(360.0);
        }
    }
    out
}

/// The radius at which a density-band key is drawn: spread over the band by `jitter` (0–1).
pub fn band_radius(g: &Geometry, jitter: f64) -> f64 {
    let (inner, outer) = g.band;
    outer - (outer - inner) * jitter.within(0.0, 1.0)
}

/// The key clicked at (x, y), if any: among `spots` (labelled keys) the dot under the point;
/// otherwise, for a density band, the key nearest in angle when the point is in the band
/// (`degrees` are the keys' compass angles, `nearest` finds the closest one to an angle).
pub fn key_hit(
    g: &Geometry,
    spots: &[KeySpot],
    x: f64,
    y: f64,
    nearest: impl Fn(f64) -> Option<(usize, f64)>,
) -> Option<usize> {
    if !spots.is_empty() {
        return spots
            .iter()
            .enumerate()
            .map(|(i, s)| (i, math::hypot(s.x - x, s.y - y)))
            .filter(|&(_, d)| d <= g.key_r * 1.5)
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(i, _)| i);
    }
    let d = math::hypot(x - g.cx, y - g.cy);
    let (inner, outer) = g.band;
    if d < inner - 6.0 || d > outer + 6.0 {
        return None;
    }
    let deg = compass_degrees(g.cx, g.cy, x, y);
    let (i, key_deg) = nearest(deg)?;
    let off = (key_deg - deg).rem_euclid(360.0);
    let off = off.min(360.0 - off);
    // Close enough along the ring: within 12 px of arc.
    (off.to_radians() * d <= 12.0).then_some(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIZES: [(f64, f64); 5] = [
        (340.0, 363.0),
        (618.0, 360.0),
        (900.0, 520.0),
        (1100.0, 600.0),
        (500.0, 700.0),
    ];

    #[test]
    fn the_ring_and_histogram_fit_the_canvas() {
        for (w, h) in SIZES {
            for scale in [1.0, 1.3] {
                let g = geometry(w, h, scale);
                let outer = g.r + g.node_r + 19.0 * scale;
                assert!(
                    g.cx - outer >= -0.01 && g.cy - outer >= -0.01,
                    "{w}x{h}: {g:?}"
                );
                if g.beside {
                    assert!(g.cx + outer <= g.hist.x + 0.01, "{w}x{h}");
                    assert!(g.cy + outer <= h + 0.01, "{w}x{h}");
                } else {
                    assert!(g.cy + outer <= g.hist.y + 0.01, "{w}x{h}");
                    assert!(g.cx + outer <= w + 0.01, "{w}x{h}");
                }
                assert!(g.hist.x >= 0.0 && g.hist.x + g.hist.w <= w && g.hist.y + g.hist.h <= h);
                assert!(g.band.0 < g.band.1 && g.band.1 < g.r);
                assert!(g.r >= 60.0, "{w}x{h}: r = {}", g.r);
            }
        }
        assert!(geometry(1100.0, 600.0, 1.0).beside);
        assert!(!geometry(338.0, 330.0, 1.0).beside);
    }

    #[test]
    fn node_markers_never_overlap() {
        // "Node F#0" and "Node S#0" hash 0.1° apart; A, L and N lie within 5°.
        let degrees = [177.2, 177.3, 264.3, 261.1, 266.0, 33.1, 46.5, 359.9, 0.05];
        for (w, h) in SIZES {
            let g = geometry(w, h, 1.3);
            let spots = node_spots(&g, &degrees);
            assert_eq!(spots.len(), degrees.len());
            for (i, a) in spots.iter().enumerate() {
                for b in &spots[i + 1..] {
                    assert!(
                        (a.x - b.x).hypot(a.y - b.y) >= 2.0 * g.node_r,
                        "{a:?} {b:?}"
                    );
                }
            }
            assert!(spots[0].lane == 0 || spots[1].lane == 0);
            assert!(spots[0].lane != spots[1].lane);
            for s in &spots {
                assert!(s.x - s.r >= 0.0 && s.x + s.r <= g.area.w, "{w}x{h}: {s:?}");
                assert!(s.y - s.r >= 0.0 && s.y + s.r <= g.area.h, "{w}x{h}: {s:?}");
            }
        }
    }

    fn circular_gap(a: f64, b: f64) -> f64 {
        let d = (a - b).rem_euclid(360.0);
        d.min(360.0 - d)
    }

    #[test]
    fn spreading_keeps_neighbours_apart_and_moves_little() {
        // Already apart: nothing moves.
        let apart = [10.0, 50.0, 200.0, 350.0];
        assert_eq!(spread_on_circle(&apart, 20.0), apart.to_vec());
        // Two on one spot split evenly around it; a run across 0° wraps.
        let out = spread_on_circle(&[100.0, 100.0], 10.0);
        assert!(
            (out[0] - 95.0).abs() < 1e-9 && (out[1] - 105.0).abs() < 1e-9,
            "{out:?}"
        );
        let out = spread_on_circle(&[359.0, 1.0, 180.0], 10.0);
        assert!(circular_gap(out[0], out[1]) >= 10.0 - 1e-9, "{out:?}");
        assert!(circular_gap(out[0], 0.0) <= 5.0 + 1e-9 && circular_gap(out[1], 0.0) <= 5.0 + 1e-9);
        assert_eq!(out[2], 180.0);
        // Too many for the circle: evenly spaced.
        let many: Vec<f64> = (0..40).map(|i| f64::from(i) * 0.5).collect();
        let out = spread_on_circle(&many, 20.0);
        let mut sorted = out.clone();
        sorted.sort_by(f64::total_cmp);
        for w in sorted.windows(2) {
            assert!(w[1] - w[0] >= 9.0 - 1e-6, "{w:?}");
        }
    }

    #[test]
    fn spread_keys_never_overlap_for_any_seed() {
        use dsim_core::hash_ring::{RingConfig, RingSim};
        for (w, h) in SIZES {
            for scale in [1.0, 1.3] {
                let g = geometry(w, h, scale);
                for keys in [12, LABEL_MAX] {
                    for seed in 0..60 {
                        let sim = RingSim::new(RingConfig::new(5, 1, keys), seed);
                        let degs: Vec<f64> = sim.keys().iter().map(|k| k.degrees()).collect();
                        let spots = key_spots(&g, &degs, 5);
                        let mut order: Vec<&KeySpot> = spots.iter().collect();
                        order.sort_by(|a, b| a.deg.total_cmp(&b.deg));
                        let lh = (key_label_px(&g) + 2.0) * scale;
                        for (i, a) in order.iter().enumerate() {
                            let b = order[(i + 1) % order.len()];
                            // Dots apart on the track; labels apart at their inner end.
                            let gap = circular_gap(a.deg, b.deg).to_radians();
                            assert!(gap * a.track >= 2.0 * g.key_r - 0.01, "{w}x{h} seed {seed}");
                            let inner = a.label_r - label_width(&g, 5);
                            assert!(inner > 0.0, "{w}x{h}x{scale}: labels reach the centre");
                            // (Projector text on a phone-sized ring is the one case too tight.)
                            if keys == 12 && (scale == 1.0 || g.r >= 140.0) {
                                assert!(gap * inner >= lh - 0.01, "{w}x{h}x{scale} seed {seed}");
                            }
                        }
                        for (k, s) in spots.iter().enumerate() {
                            // Close to the key's own angle when there is room.
                            if keys == 12 && g.r > 200.0 {
                                assert!(circular_gap(s.deg, degs[k]) < 15.0, "{w}x{h} seed {seed}");
                            }
                            assert!(s.track + g.key_r <= g.r - g.node_r + 0.01);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn clicks_find_labelled_keys_and_band_keys() {
        let g = geometry(600.0, 400.0, 1.0);
        let spots = key_spots(&g, &[10.0, 200.0], 5);
        let none = |_: f64| None;
        assert_eq!(key_hit(&g, &spots, spots[1].x, spots[1].y, none), Some(1));
        assert_eq!(key_hit(&g, &spots, g.cx, g.cy, none), None);
        // The band: a click at 90°, in the band, finds a key at 90.5°.
        let r = (g.band.0 + g.band.1) / 2.0;
        let near = |_: f64| Some((7, 90.5));
        assert_eq!(key_hit(&g, &[], g.cx + r, g.cy, near), Some(7));
        let far = |_: f64| Some((7, 120.0));
        assert_eq!(key_hit(&g, &[], g.cx + r, g.cy, far), None);
        assert_eq!(key_hit(&g, &[], g.cx, g.cy, near), None);
    }
}
