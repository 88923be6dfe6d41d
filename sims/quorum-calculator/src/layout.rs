//! Where things sit on the quorum canvas, shared by the drawing and the clickable overlay.

use dsim_core::num::Within;
pub use dsim_ui::geom::Spot;
use dsim_ui::math;

/// The client (coordinator) box at the top centre: (centre x, centre y, width, height).
pub fn client_box(width: f64, height: f64) -> (f64, f64, f64, f64) {
    let h = (height * 0.16).within(26.0, 40.0);
    (width / 2.0, h / 2.0 + 8.0, 150.0_f64.min(width - 16.0), h)
}

/// The row of `n` nodes across the canvas.
pub fn nodes(n: usize, width: f64, height: f64) -> Vec<Spot> {
    let n = n.max(1);
    let slot = width / n as f64;
    let (_, cy, _, ch) = client_box(width, height);
    let top = cy + ch / 2.0;
    // Room below each node for its glow, label and badge: 1.45 r + 34 px.
    let r = (slot * 0.3)
        .min((height - top - 40.0) / 3.6)
        .within(10.0, 44.0);
    // Centre the row in the space under the client box, keeping the labels inside.
    let y = (top + (height - top) * 0.45)
        .min(height - 1.45 * r - 34.0)
        .max(top + 1.6 * r);
    (0..n)
        .map(|i| Spot {
            x: slot * (i as f64 + 0.5),
            y,
            r,
        })
        .collect()
}

/// The node under a point, if any.
pub fn hit(n: usize, width: f64, height: f64, x: f64, y: f64) -> Option<usize> {
    nodes(n, width, height)
        .iter()
        .position(|s| math::hypot(s.x - x, s.y - y) <= s.r * 1.25)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nodes_fit_inside_the_canvas_at_every_size() {
        for n in 3..=7 {
            for (w, h) in [(320.0, 140.0), (640.0, 240.0), (1400.0, 420.0)] {
                for s in nodes(n, w, h) {
                    assert!(s.x - s.r >= 0.0 && s.x + s.r <= w, "n={n} w={w}");
                    assert!(s.y + s.r * 1.45 + 34.0 <= h + 0.01, "n={n} h={h}: {s:?}");
                    assert!(s.y - s.r * 1.45 >= 34.0, "n={n} h={h}: {s:?}");
                }
            }
        }
    }

    #[test]
    fn clicks_find_the_node() {
        let spots = nodes(5, 600.0, 300.0);
        assert_eq!(hit(5, 600.0, 300.0, spots[2].x, spots[2].y), Some(2));
        assert_eq!(hit(5, 600.0, 300.0, 1.0, 1.0), None);
    }
}
