//! Plain geometry in CSS pixels, shared by the sims' layouts, drawings and hit tests.

use dsim_i18n::fixed;

/// An axis-aligned rectangle in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Rect {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
}

impl Rect {
    /// The rectangle with its top-left corner at (x, y), `w` wide and `h` tall.
    pub const fn new(x: f64, y: f64, w: f64, h: f64) -> Rect {
        Rect { x, y, w, h }
    }

    /// The right edge.
    pub fn right(&self) -> f64 {
        self.x + self.w
    }

    /// The bottom edge.
    pub fn bottom(&self) -> f64 {
        self.y + self.h
    }

    /// The horizontal centre.
    pub fn cx(&self) -> f64 {
        self.x + self.w / 2.0
    }

    /// The vertical centre.
    pub fn cy(&self) -> f64 {
        self.y + self.h / 2.0
    }

    /// Whether the point lies inside (edges included).
    pub fn contains(&self, x: f64, y: f64) -> bool {
        x >= self.x && x <= self.right() && y >= self.y && y <= self.bottom()
    }

    /// Whether the two rectangles overlap (touching edges do not count).
    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x < o.right() && o.x < self.right() && self.y < o.bottom() && o.y < self.bottom()
    }

    /// A `w` × `h` canvas cut into two equal panes with `pad` around and between them: side by
    /// side when `side_by_side`, else one above the other (first left or on top).
    pub fn halves(w: f64, h: f64, pad: f64, side_by_side: bool) -> [Rect; 2] {
        if side_by_side {
            let pw = (w - 3.0 * pad) / 2.0;
            [
                Rect::new(pad, pad, pw, h - 2.0 * pad),
                Rect::new(2.0 * pad + pw, pad, pw, h - 2.0 * pad),
            ]
        } else {
            let ph = (h - 3.0 * pad) / 2.0;
            [
                Rect::new(pad, pad, w - 2.0 * pad, ph),
                Rect::new(pad, 2.0 * pad + ph, w - 2.0 * pad, ph),
            ]
        }
    }

    /// The square around the circle of radius `r` centred on (x, y).
    pub fn around(x: f64, y: f64, r: f64) -> Rect {
        Rect::new(x - r, y - r, 2.0 * r, 2.0 * r)
    }

    /// The inline CSS that lays an absolutely positioned element (a canvas overlay's button)
    /// exactly over this rectangle.
    pub fn css(&self) -> String {
        let px = |v: f64| fixed(v, 1);
        format!(
            "left:{}px;top:{}px;width:{}px;height:{}px",
            px(self.x),
            px(self.y),
            px(self.w),
            px(self.h)
        )
    }
}

/// A circle on a canvas (a node), in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spot {
    /// Centre x.
    pub x: f64,
    /// Centre y.
    pub y: f64,
    /// Radius.
    pub r: f64,
}

impl Spot {
    /// The square the circle fits in, e.g. for its clickable overlay.
    pub fn bounds(&self) -> Rect {
        Rect::around(self.x, self.y, self.r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_circles_bounds_and_their_css() {
        let b = Spot {
            x: 50.0,
            y: 40.0,
            r: 10.0,
        }
        .bounds();
        assert_eq!(b, Rect::new(40.0, 30.0, 20.0, 20.0));
        assert_eq!(b.css(), "left:40.0px;top:30.0px;width:20.0px;height:20.0px");
    }

    #[test]
    fn edges_centres_and_hits() {
        let r = Rect {
            x: 10.0,
            y: 20.0,
            w: 30.0,
            h: 40.0,
        };
        assert_eq!(
            (r.right(), r.bottom(), r.cx(), r.cy()),
            (40.0, 60.0, 25.0, 40.0)
        );
        assert!(r.contains(10.0, 60.0) && !r.contains(41.0, 30.0));
        let touching = Rect { x: 40.0, ..r };
        assert!(!r.overlaps(&touching));
        assert!(r.overlaps(&Rect { x: 39.0, ..r }));
    }
}
