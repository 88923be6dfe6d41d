//! Plain geometry in CSS pixels, shared by the sims' layouts, drawings and hit tests.

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
}

#[cfg(test)]
mod tests {
    use super::*;

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
