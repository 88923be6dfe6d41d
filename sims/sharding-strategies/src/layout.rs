//! Where things sit on the sharding canvas, shared by the drawing, the drag handles and the
//! focusable overlay buttons: the key strip across the top (letters or regions), the router on
//! the left and one row per shard on the right.

use dsim_core::num::Within;

pub use dsim_ui::geom::Rect;

/// Margin around the drawing.
pub const PAD: f64 = 6.0;

/// The parts of the key strip, top to bottom.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Strip {
    /// The whole strip.
    pub all: Rect,
    /// The title line.
    pub title: Rect,
    /// The histogram of surname first letters (or the region boxes).
    pub body: Rect,
    /// The letter labels A–Z.
    pub letters: Rect,
    /// The band under the letters: shard numbers and the split handles.
    pub band: Rect,
}

impl Strip {
    /// The width of one letter's column.
    pub fn letter_width(&self) -> f64 {
        self.all.w / 26.0
    }

    /// The centre x of letter `l` (0 = A).
    pub fn letter_x(&self, l: u8) -> f64 {
        self.all.x + (f64::from(l) + 0.5) * self.letter_width()
    }

    /// The x of the boundary just before letter `l` (where a range starting at `l` begins).
    pub fn boundary_x(&self, l: u8) -> f64 {
        self.all.x + f64::from(l) * self.letter_width()
    }

    /// The letter whose column holds `x`, if any.
    pub fn letter_at(&self, x: f64, y: f64) -> Option<u8> {
        if !self.all.contains(x, y) {
            return None;
        }
        let l = ((x - self.all.x) / self.letter_width()).floor();
        (0.0..26.0).contains(&l).then_some(l as u8)
    }

    /// The boundary letter nearest to `x` (1 = between A and B … 25 = between Y and Z).
    pub fn nearest_boundary(&self, x: f64) -> u8 {
        ((x - self.all.x) / self.letter_width())
            .round()
            .within(1.0, 25.0) as u8
    }

    /// The split point (index into `splits`) whose handle is under the point, if any.
    pub fn split_at(&self, splits: &[u8], x: f64, y: f64) -> Option<usize> {
        let grab = (self.letter_width() * 0.6).max(9.0);
        if y < self.body.y || y > self.all.bottom() + 4.0 {
            return None;
        }
        splits
            .iter()
            .enumerate()
            .map(|(i, &l)| (i, (self.boundary_x(l) - x).abs()))
            .filter(|(_, d)| *d <= grab)
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(i, _)| i)
    }

    /// The three region boxes of geographic sharding, side by side in the strip's body.
    pub fn regions(&self) -> [Rect; 3] {
        let top = self.body.y;
        let bottom = self.band.bottom();
        let gap = 6.0;
        let w = (self.all.w - 2.0 * gap) / 3.0;
        [0.0, 1.0, 2.0].map(|i| Rect {
            x: self.all.x + i * (w + gap),
            y: top,
            w,
            h: bottom - top,
        })
    }
}

/// The whole canvas layout for `n` shards.
#[derive(Debug, Clone, PartialEq)]
pub struct Geometry {
    /// The key strip across the top.
    pub strip: Strip,
    /// The router on the left.
    pub router: Rect,
    /// One row per shard, top to bottom.
    pub rows: Vec<Rect>,
    /// The line under the last row for the "mean" and "hot" marker labels and the legend.
    pub marker_y: f64,
}

/// The key strip's parts, stacked from `all`'s top: title, histogram (`body_h` high), letters,
/// band.
fn strip(all: Rect, body_h: f64, scale: f64) -> Strip {
    let title = Rect {
        h: 16.0 * scale,
        ..all
    };
    let body = Rect {
        y: title.bottom(),
        h: body_h,
        ..all
    };
    let letters = Rect {
        y: body.bottom(),
        h: 13.0 * scale,
        ..all
    };
    let band = Rect {
        y: letters.bottom(),
        h: 15.0 * scale,
        ..all
    };
    Strip {
        all,
        title,
        body,
        letters,
        band,
    }
}

/// Lays out a canvas `width` × `height` CSS pixels for `n` shards; `scale` is the theme's text
/// scale (1, or 1.3 in projector mode).
pub fn geometry(n: usize, width: f64, height: f64, scale: f64) -> Geometry {
    let n = n.max(1);
    let width = width.max(120.0);
    let height = height.max(120.0);

    // The strip: title, histogram, letters, band.
    let fixed = 16.0 * scale + 13.0 * scale + 15.0 * scale;
    // The histogram gives up height first when the rows would get too thin to read.
    let marker_h = 15.0 * scale;
    // Room above the first row for the moved-records badges on its top edge.
    let badge_room = 8.0 * scale;
    let wanted_rows = n as f64 * 20.0 * scale + marker_h + badge_room + 4.0;
    let spare = height - 2.0 * PAD - fixed - wanted_rows;
    let body_h = (height * 0.22 - fixed)
        .within(14.0 * scale, 80.0)
        .min(spare)
        .max(6.0);
    let all = Rect {
        x: PAD,
        y: PAD,
        w: width - 2.0 * PAD,
        h: fixed + body_h,
    };

    // The rows, under the strip, with a line for the marker labels under them.
    let top = all.bottom() + 4.0 + badge_room;
    let area_h = (height - PAD - marker_h - top).max(n as f64 * 12.0);
    let slot = (area_h / n as f64).min(100.0 * scale);
    let row_h = (slot - 4.0).max(8.0);
    let block = slot * n as f64;
    let block_top = top + ((area_h - block) / 2.0).max(0.0);

    let router_w = (width * 0.14).within(54.0 * scale, 130.0);
    let gap = (width * 0.08).within(22.0, 120.0);
    let rows_x = PAD + router_w + gap;
    let rows: Vec<Rect> = (0..n)
        .map(|i| Rect {
            x: rows_x,
            y: block_top + i as f64 * slot + 2.0,
            w: width - PAD - rows_x,
            h: row_h,
        })
        .collect();
    let router_h = (block - 4.0).min(74.0 * scale).max(24.0);
    let router = Rect {
        x: PAD,
        y: block_top + block / 2.0 - router_h / 2.0,
        w: router_w,
        h: router_h,
    };
    Geometry {
        strip: strip(all, body_h, scale),
        router,
        rows,
        marker_y: block_top + block + marker_h / 2.0,
    }
}

/// The shard row under a point, if any.
pub fn row_at(g: &Geometry, x: f64, y: f64) -> Option<usize> {
    g.rows.iter().position(|r| r.contains(x, y))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIZES: [(f64, f64); 5] = [
        (340.0, 250.0),
        (620.0, 300.0),
        (880.0, 560.0),
        (1000.0, 640.0),
        (1380.0, 660.0),
    ];

    #[test]
    fn everything_fits_inside_the_canvas() {
        for n in 2..=8 {
            for (w, h) in SIZES {
                for scale in [1.0, 1.3] {
                    let g = geometry(n, w, h, scale);
                    let all = [g.strip.all, g.router]
                        .into_iter()
                        .chain(g.rows.iter().copied());
                    for r in all {
                        assert!(r.x >= 0.0 && r.right() <= w + 0.01, "n={n} {w}x{h}: {r:?}");
                        assert!(r.y >= 0.0 && r.bottom() <= h + 0.01, "n={n} {w}x{h}: {r:?}");
                    }
                    assert!(
                        g.router.right() < g.rows[0].x,
                        "room for the requests to fly"
                    );
                    for pair in g.rows.windows(2) {
                        assert!(pair[0].bottom() <= pair[1].y, "rows overlap");
                    }
                    assert!(g.rows[0].y > g.strip.all.bottom() + 8.0 * scale);
                    let last = g.rows[n - 1];
                    assert!(g.marker_y > last.bottom() && g.marker_y + 7.0 * scale <= h);
                }
            }
        }
    }

    #[test]
    fn letters_and_split_handles_are_found() {
        let g = geometry(4, 520.0, 300.0, 1.0);
        let s = g.strip;
        assert_eq!(s.letter_at(s.letter_x(0), s.body.cy()), Some(0));
        assert_eq!(s.letter_at(s.letter_x(25), s.band.cy()), Some(25));
        assert_eq!(s.letter_at(s.letter_x(3), s.all.bottom() + 20.0), None);
        assert_eq!(s.nearest_boundary(s.boundary_x(7) + 2.0), 7);
        assert_eq!(s.nearest_boundary(-50.0), 1);
        assert_eq!(s.nearest_boundary(9_999.0), 25);
        let splits = [7, 14, 20];
        assert_eq!(
            s.split_at(&splits, s.boundary_x(14) - 3.0, s.band.cy()),
            Some(1)
        );
        assert_eq!(s.split_at(&splits, s.letter_x(10), s.band.cy()), None);
        assert_eq!(s.split_at(&splits, s.boundary_x(14), s.title.cy()), None);
    }

    #[test]
    fn rows_are_found_under_the_pointer() {
        let g = geometry(5, 700.0, 400.0, 1.0);
        assert_eq!(row_at(&g, g.rows[3].cx(), g.rows[3].cy()), Some(3));
        assert_eq!(row_at(&g, 1.0, 1.0), None);
        for r in g.strip.regions() {
            assert!(r.w > 0.0 && r.bottom() <= g.strip.all.bottom() + 0.01);
        }
    }
}
