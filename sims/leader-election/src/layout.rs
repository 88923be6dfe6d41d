//! Where things are on the canvas: two panels (Raft, Bully) side by side when the canvas is
//! wide, stacked when it is narrow, each with its nodes on a circle.

use dsim_core::election::{Message, MAX_NODES};
use dsim_core::num::Within;
use dsim_ui::geom::{Rect, Spot};
use dsim_ui::math;

/// Canvases at least this wide put the panels side by side.
pub const SIDE_BY_SIDE_MIN_W: f64 = 560.0;
/// Room for a panel's title line.
pub const TITLE_H: f64 = 22.0;
const PAD: f64 = 6.0;

/// One panel: its box and its nodes.
#[derive(Debug, Clone, PartialEq)]
pub struct Panel {
    /// The panel's box.
    pub rect: Rect,
    /// Each node, in id order, on a circle.
    pub nodes: Vec<Spot>,
}

/// The two panels of a `w` × `h` canvas with `n` nodes: Raft first, then Bully.
pub fn panels(w: f64, h: f64, n: usize) -> [Panel; 2] {
    let wide = w >= SIDE_BY_SIDE_MIN_W;
    let rects = Rect::halves(w, h, PAD, wide);
    rects.map(|rect| Panel {
        nodes: circle(rect, n),
        rect,
    })
}

/// `n` nodes evenly on the largest ellipse that fits under the title, node 0 at the top (an
/// ellipse, so a wide and short panel on a phone still spreads its nodes out).
fn circle(r: Rect, n: usize) -> Vec<Spot> {
    let n = n.clamp(1, MAX_NODES);
    let cx = r.cx();
    let cy = r.y + TITLE_H + (r.h - TITLE_H) / 2.0;
    let (half_w, half_h) = ((r.w / 2.0).max(20.0), ((r.h - TITLE_H) / 2.0).max(20.0));
    let room = half_w.min(half_h);
    let node_r = (room * 0.16)
        .within(9.0, 22.0)
        .min(room * std::f64::consts::PI / n as f64 * 0.42);
    // Room outside each node for its timer arc and the label under it.
    let rx = (half_w - node_r - 16.0)
        .max(node_r)
        .min((half_h - node_r - 16.0).max(node_r) * 2.6);
    let ry = (half_h - node_r - 16.0).max(node_r);
    (0..n)
        .map(|i| {
            let a = i as f64 / n as f64 * std::f64::consts::TAU - std::f64::consts::FRAC_PI_2;
            Spot {
                x: cx + rx * math::cos(a),
                y: cy + ry * math::sin(a),
                r: node_r,
            }
        })
        .collect()
}

/// Where message `m` is at model time `now`: the fraction of its trip done, from sender to
/// receiver.
pub fn message_at(p: &Panel, m: &Message, now: u64) -> Option<(f64, f64)> {
    let from = p.nodes.get(m.from)?;
    let to = p.nodes.get(m.to)?;
    let trip = m.arrive_ms.saturating_sub(m.sent_ms).max(1) as f64;
    let t = (now.saturating_sub(m.sent_ms) as f64 / trip).within(0.0, 1.0);
    Some((from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_canvases_put_the_panels_side_by_side_and_narrow_ones_stack_them() {
        let [a, b] = panels(1000.0, 400.0, 5);
        assert!(a.rect.right() <= b.rect.x && a.rect.y == b.rect.y);
        let [a, b] = panels(380.0, 600.0, 5);
        assert!(a.rect.bottom() <= b.rect.y);
    }

    #[test]
    fn nodes_stay_inside_their_panel_and_apart() {
        for (w, h) in [(380.0, 560.0), (1280.0, 420.0), (700.0, 360.0)] {
            for n in 3..=9 {
                for p in panels(w, h, n) {
                    for (i, s) in p.nodes.iter().enumerate() {
                        assert!(p.rect.contains(s.x - s.r, s.y - s.r), "{w}x{h} n={n}");
                        assert!(p.rect.contains(s.x + s.r, s.y + s.r), "{w}x{h} n={n}");
                        let next = &p.nodes[(i + 1) % n];
                        let gap = ((s.x - next.x).powi(2) + (s.y - next.y).powi(2)).sqrt();
                        assert!(gap > 2.0 * s.r, "{w}x{h} n={n}");
                    }
                }
            }
        }
    }
}
