//! Drawing around a circle, in compass degrees (0° at 12 o'clock, growing clockwise): arcs,
//! radial ticks and arrowheads along an arc; and batched dots, so a plot of thousands of points
//! costs one path per colour instead of one fill per point.

use std::f64::consts::{FRAC_PI_2, TAU};

use crate::draw::{Align, Frame};
use crate::math;

/// The canvas angle (radians, clockwise from 3 o'clock) of a compass angle in degrees.
pub fn canvas_angle(degrees: f64) -> f64 {
    degrees.to_radians() - FRAC_PI_2
}

/// The unit vector pointing at a compass angle in degrees (y grows downwards, as on a canvas).
pub fn unit(degrees: f64) -> (f64, f64) {
    let a = canvas_angle(degrees);
    (math::cos(a), math::sin(a))
}

/// The compass angle (0 ≤ degrees < 360) of the point (x, y) seen from (cx, cy).
pub fn compass_degrees(cx: f64, cy: f64, x: f64, y: f64) -> f64 {
    let a = math::atan2(y - cy, x - cx).to_degrees() + 90.0;
    a.rem_euclid(360.0)
}

impl Frame {
    /// Strokes the arc of the circle (cx, cy, r) from `from` clockwise to `to` (compass degrees;
    /// `to` < `from` wraps past 0°). `width` is scaled by the theme.
    pub fn arc(&self, centre: (f64, f64), r: f64, from: f64, to: f64, color: &str, width: f64) {
        let (cx, cy) = centre;
        let c = &self.ctx;
        c.begin_path();
        self.arc_path(cx, cy, r, from, to);
        c.set_stroke_style_str(color);
        c.set_line_width(width * self.scale);
        c.stroke();
    }

    /// Adds the arc from `from` clockwise to `to` (compass degrees) to the current path as a
    /// separate piece, so many arcs of one colour can be stroked at once.
    pub fn arc_path(&self, cx: f64, cy: f64, r: f64, from: f64, to: f64) {
        let (a0, mut a1) = (canvas_angle(from), canvas_angle(to));
        while a1 < a0 {
            a1 += TAU;
        }
        let c = &self.ctx;
        c.move_to(cx + r * math::cos(a0), cy + r * math::sin(a0));
        let _ = c.arc(cx, cy, r.max(0.0), a0, a1);
    }

    /// Adds a radial tick at `degrees` from radius `r0` to `r1` to the current path.
    pub fn radial_tick_path(&self, cx: f64, cy: f64, r0: f64, r1: f64, degrees: f64) {
        let (ux, uy) = unit(degrees);
        self.ctx.move_to(cx + r0 * ux, cy + r0 * uy);
        self.ctx.line_to(cx + r1 * ux, cy + r1 * uy);
    }

    /// Strokes the current path in one colour and width (scaled by the theme).
    pub fn stroke_path(&self, color: &str, width: f64) {
        self.ctx.set_stroke_style_str(color);
        self.ctx.set_line_width(width * self.scale);
        self.ctx.stroke();
    }

    /// Sets a dash pattern (`on`, `off` in CSS pixels, scaled by the theme) for the following
    /// strokes; wrap it in `ctx.save()` / `ctx.restore()` to end it.
    pub fn set_dash(&self, on: f64, off: f64) {
        let dash = js_sys::Array::of2(&(on * self.scale).into(), &(off * self.scale).into());
        let _ = self.ctx.set_line_dash(&dash);
    }

    /// Fills the current path in one colour.
    pub fn fill_path(&self, color: &str) {
        self.ctx.set_fill_style_str(color);
        self.ctx.fill();
    }

    /// A filled arrowhead at (x, y) pointing along `angle` (canvas radians).
    pub fn arrow_head(&self, x: f64, y: f64, angle: f64, color: &str) {
        let head = 9.0 * self.scale;
        let c = &self.ctx;
        c.begin_path();
        c.move_to(x, y);
        c.line_to(
            x - head * math::cos(angle - 0.45),
            y - head * math::sin(angle - 0.45),
        );
        c.line_to(
            x - head * math::cos(angle + 0.45),
            y - head * math::sin(angle + 0.45),
        );
        c.close_path();
        c.set_fill_style_str(color);
        c.fill();
    }

    /// An arc from `from` clockwise to `to` (compass degrees) ending in an arrowhead: a walk
    /// around a ring.
    pub fn arc_arrow(
        &self,
        centre: (f64, f64),
        r: f64,
        from: f64,
        to: f64,
        color: &str,
        width: f64,
    ) {
        let (cx, cy) = centre;
        self.arc((cx, cy), r, from, to, color, width);
        let a = canvas_angle(to);
        // The tangent of a clockwise arc on a canvas points along angle + 90°.
        self.arrow_head(
            cx + r * math::cos(a),
            cy + r * math::sin(a),
            a + FRAC_PI_2,
            color,
        );
    }

    /// Text at (x, y) turned by `angle` (canvas radians), e.g. a label along a radius.
    pub fn text_turned(
        &self,
        s: &str,
        at: (f64, f64),
        angle: f64,
        px: f64,
        color: &str,
        align: Align,
    ) {
        let (x, y) = at;
        let c = &self.ctx;
        c.save();
        let _ = c.translate(x, y);
        let _ = c.rotate(angle);
        self.text(s, 0.0, 0.0, px, color, align);
        c.restore();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compass_angles_round_trip() {
        for d in [0.0, 45.0, 90.0, 180.0, 270.0, 359.0] {
            let (x, y) = unit(d);
            let back = compass_degrees(0.0, 0.0, x, y);
            assert!(
                (back - d).abs() < 1e-9 || (back - d).abs() > 359.9,
                "{d} -> {back}"
            );
        }
        // 12 o'clock is up (negative y), 3 o'clock is right.
        let (x, y) = unit(0.0);
        assert!(x.abs() < 1e-12 && (y + 1.0).abs() < 1e-12);
        let (x, y) = unit(90.0);
        assert!((x - 1.0).abs() < 1e-12 && y.abs() < 1e-12);
    }
}
