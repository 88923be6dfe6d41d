//! Where the nodes sit on the gossip canvas: a loose grid (each node nudged off its cell
//! centre by a jitter derived from the seed), with four levels of detail so that 12 nodes get
//! labelled circles and 1,000 nodes still fit, legibly, as small squares.

use dsim_core::num::Within;
use dsim_ui::math;

/// Margin inside the canvas, in CSS pixels.
const PAD: f64 = 6.0;
/// Cells at least this wide and tall get labelled circles ("Node 7").
const LABELLED_W: f64 = 60.0;
/// See [`LABELLED_W`]; cells this tall but narrower get circles numbered under them ("7").
const LABELLED_H: f64 = 50.0;
/// Cells at least this wide (and [`LABELLED_H`] tall) get circles with their number under them.
const NUMBERED_W: f64 = 34.0;
/// Cells at least this large get circles with a state glyph (?, !, ✓) but no label.
const GLYPH_CELL: f64 = 20.0;
/// The height of a node's label line under its circle, in CSS pixels at scale 1.
pub const LABEL_H: f64 = 16.0;

/// How much each node shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// A circle with a state glyph and a "Node k" label under it (small clusters).
    Labelled,
    /// A circle with a state glyph and its number under it, where "Node k" does not fit
    /// (small clusters on a short, narrow canvas: a phone, or longer words around it).
    Numbered,
    /// A circle with a state glyph, no label.
    Glyphs,
    /// A small square: filled when informed, hollow when not, red with an X when down.
    Squares,
}

/// The grid for a cluster of a given size on a canvas of a given size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Grid {
    /// Columns.
    pub cols: usize,
    /// Rows.
    pub rows: usize,
    /// Cell width.
    pub cell_w: f64,
    /// Cell height.
    pub cell_h: f64,
    /// How much each node shows.
    pub detail: Detail,
    /// Circle radius (labelled, glyphs) or square side (squares).
    pub size: f64,
}

impl Grid {
    /// The grid for `n` nodes on a `width` × `height` canvas: of all column counts, the one
    /// that allows the most detail (labels first), then the largest nodes.
    pub fn new(n: usize, width: f64, height: f64) -> Grid {
        let n = n.max(1);
        let (w, h) = ((width - 2.0 * PAD).max(1.0), (height - 2.0 * PAD).max(1.0));
        let rank = |d: Detail| match d {
            Detail::Labelled => 3,
            Detail::Numbered => 2,
            Detail::Glyphs => 1,
            Detail::Squares => 0,
        };
        let mut best = Grid::with_cols(n, 1, w, h);
        for cols in 2..=n {
            let g = Grid::with_cols(n, cols, w, h);
            if (rank(g.detail), g.size) > (rank(best.detail), best.size) {
                best = g;
            }
        }
        best
    }

    fn with_cols(n: usize, cols: usize, w: f64, h: f64) -> Grid {
        let rows = n.div_ceil(cols);
        let (cell_w, cell_h) = (w / cols as f64, h / rows as f64);
        let cell = cell_w.min(cell_h);
        let labelled_r = || (cell * 0.24).min((cell_h - 22.0) / 2.6).within(10.0, 30.0);
        let (detail, size) = if cell_w >= LABELLED_W && cell_h >= LABELLED_H {
            (Detail::Labelled, labelled_r())
        } else if cell_w >= NUMBERED_W && cell_h >= LABELLED_H {
            (Detail::Numbered, labelled_r().min(cell_w / 2.0 / 1.3))
        } else if cell >= GLYPH_CELL {
            (Detail::Glyphs, cell * 0.36)
        } else {
            (Detail::Squares, (cell * 0.72).max(1.5))
        };
        Grid {
            cols,
            rows,
            cell_w,
            cell_h,
            detail,
            size,
        }
    }

    /// The width and height a node needs around its centre (circle, glow and label), before
    /// jitter: (half width, height above the centre, height below it).
    fn footprint(&self) -> (f64, f64, f64) {
        match self.detail {
            Detail::Labelled => {
                // Room for the glow and the label below (the "DOWN" badge sits on the circle).
                let r = self.size * 1.3;
                (r.max(28.0), r, r + LABEL_H * 1.3)
            }
            Detail::Numbered => {
                let r = self.size * 1.3;
                (r, r, r + LABEL_H * 1.3)
            }
            Detail::Glyphs => (self.size * 1.2, self.size * 1.2, self.size * 1.2),
            Detail::Squares => (self.size / 2.0, self.size / 2.0, self.size / 2.0),
        }
    }

    /// The centre of node `i` (0-based, row by row from the top left), nudged by the seeded
    /// jitter within the room its cell leaves.
    pub fn position(&self, i: usize, seed: u64) -> (f64, f64) {
        let (col, row) = (i % self.cols, i / self.cols);
        let (half_w, above, below) = self.footprint();
        let room_x = (self.cell_w / 2.0 - half_w).max(0.0);
        let room_y = ((self.cell_h - above - below) / 2.0).max(0.0);
        let (jx, jy) = jitter(seed, i);
        let x = PAD + self.cell_w * (col as f64 + 0.5) + jx * room_x * 0.75;
        let y = PAD
            + self.cell_h * row as f64
            + self.cell_h / 2.0
            + (above - below) / 2.0
            + jy * room_y * 0.75;
        (x, y)
    }

    /// Every node's centre.
    pub fn positions(&self, n: usize, seed: u64) -> Vec<(f64, f64)> {
        (0..n).map(|i| self.position(i, seed)).collect()
    }

    /// How far from its centre a click still hits a node.
    pub fn hit_radius(&self) -> f64 {
        match self.detail {
            Detail::Labelled | Detail::Numbered | Detail::Glyphs => self.size * 1.25,
            Detail::Squares => (self.cell_w.min(self.cell_h) / 2.0).max(3.0),
        }
    }
}

/// The node under a point, if any (the nearest within its hit radius).
pub fn hit(grid: &Grid, positions: &[(f64, f64)], x: f64, y: f64) -> Option<usize> {
    let reach = grid.hit_radius();
    positions
        .iter()
        .enumerate()
        .map(|(i, &(px, py))| (i, math::hypot(px - x, py - y)))
        .filter(|&(_, d)| d <= reach)
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i)
}

/// SplitMix64's output function: a well-mixed 64-bit value from any input.
fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The `k`-th seeded choice among `len` options (0 when there are none): "Fail a random
/// node" picks with it, so the same seed fails the same nodes.
pub fn pick(seed: u64, k: u64, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    (mix(seed ^ mix(k.wrapping_add(0xF00D))) % len as u64) as usize
}

/// Node `i`'s nudge for this seed: two numbers in −1..1.
pub fn jitter(seed: u64, i: usize) -> (f64, f64) {
    let a = mix(seed ^ mix(i as u64));
    let b = mix(a);
    let unit = |v: u64| (v >> 11) as f64 / (1u64 << 53) as f64 * 2.0 - 1.0;
    (unit(a), unit(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIZES: [(f64, f64); 5] = [
        (340.0, 150.0),
        (340.0, 260.0),
        (620.0, 220.0),
        (900.0, 330.0),
        (1380.0, 420.0),
    ];

    #[test]
    fn the_chapter_cluster_gets_labelled_circles() {
        for (w, h) in [(340.0, 165.0), (620.0, 220.0), (900.0, 330.0)] {
            let g = Grid::new(12, w, h);
            assert_eq!(g.detail, Detail::Labelled, "{w}×{h}: {g:?}");
            assert!(
                g.cols * g.rows >= 12 && g.rows > 1,
                "a grid, not a row: {g:?}"
            );
        }
        assert_eq!(Grid::new(1000, 900.0, 330.0).detail, Detail::Squares);
    }

    #[test]
    fn a_phone_too_short_for_names_still_numbers_the_nodes() {
        // 360 px wide with the longer German controls: 127 px for the grid.
        let g = Grid::new(12, 348.0, 127.0);
        assert_eq!(
            (g.detail, g.cols, g.rows),
            (Detail::Numbered, 6, 2),
            "{g:?}"
        );
        let (half_w, above, below) = g.footprint();
        assert!(
            2.0 * half_w <= g.cell_w && above + below <= g.cell_h,
            "{g:?}"
        );
    }

    #[test]
    fn nodes_and_labels_stay_inside_the_canvas_and_apart() {
        for n in [12usize, 13, 30, 64, 100, 250, 1000] {
            for (w, h) in SIZES {
                for seed in [0u64, 42, u64::MAX] {
                    let g = Grid::new(n, w, h);
                    let (half_w, above, below) = g.footprint();
                    let pos = g.positions(n, seed);
                    for &(x, y) in &pos {
                        assert!(x - half_w >= 0.0 && x + half_w <= w, "n={n} {w}×{h}: x {x}");
                        assert!(
                            y - above >= 0.0 && y + below <= h + 0.01,
                            "n={n} {w}×{h}: y {y}"
                        );
                    }
                    // Neighbours never overlap: footprints stay in their own cells.
                    for i in 0..n {
                        for j in [i + 1, i + g.cols] {
                            if let (Some(a), Some(b)) = (pos.get(i), pos.get(j)) {
                                let gap = if j == i + 1 {
                                    (b.0 - a.0).abs()
                                } else {
                                    (b.1 - a.1).abs()
                                };
                                if j == i + 1 && i % g.cols == g.cols - 1 {
                                    continue;
                                }
                                let need = if j == i + 1 {
                                    2.0 * half_w
                                } else {
                                    above + below
                                };
                                assert!(
                                    gap >= need - 0.01,
                                    "n={n} {w}×{h}: nodes {i} and {j} overlap"
                                );
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn the_jitter_is_seeded() {
        let g = Grid::new(12, 900.0, 330.0);
        assert_eq!(g.positions(12, 5), g.positions(12, 5));
        assert_ne!(g.positions(12, 5), g.positions(12, 6));
        for i in 0..100 {
            let (a, b) = jitter(9, i);
            assert!((-1.0..1.0).contains(&a) && (-1.0..1.0).contains(&b));
        }
    }

    #[test]
    fn picks_are_seeded_and_in_range() {
        let a: Vec<usize> = (0..50).map(|k| pick(7, k, 11)).collect();
        assert_eq!(a, (0..50).map(|k| pick(7, k, 11)).collect::<Vec<_>>());
        assert!(a.iter().all(|&i| i < 11));
        assert!(a.iter().collect::<std::collections::HashSet<_>>().len() > 5);
        assert_eq!(pick(7, 0, 0), 0);
    }

    #[test]
    fn clicks_find_the_nearest_node() {
        for n in [12usize, 1000] {
            let g = Grid::new(n, 900.0, 330.0);
            let pos = g.positions(n, 42);
            for i in [0, 3, n - 1] {
                assert_eq!(hit(&g, &pos, pos[i].0 + 1.0, pos[i].1), Some(i));
            }
        }
        let g = Grid::new(12, 900.0, 330.0);
        assert_eq!(hit(&g, &g.positions(12, 42), -50.0, -50.0), None);
    }
}
