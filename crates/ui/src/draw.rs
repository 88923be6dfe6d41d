//! Drawing on a canvas in CSS pixels: the shapes every sim shares (nodes, badges, crowns,
//! crosses, message dots, arrows, labels), so no sim carries its own copy.

use dsim_core::num::Within;
use std::f64::consts::{FRAC_PI_2, TAU};

use dsim_i18n::fixed;
use web_sys::CanvasRenderingContext2d;

use crate::geom::Rect;
use crate::math;
use crate::palette::Palette;

/// How text is anchored horizontally.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Text starts at x.
    Left,
    /// Text is centred on x.
    Center,
    /// Text ends at x.
    Right,
}

impl Align {
    /// The canvas's name for it (`textAlign`).
    pub(crate) fn canvas_name(self) -> &'static str {
        match self {
            Align::Left => "left",
            Align::Center => "center",
            Align::Right => "right",
        }
    }
}

/// The site's font stack, as the canvas and the charts draw text.
pub const FONT_FAMILY: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/// A canvas font `px` device pixels tall (one decimal), in the site's font stack.
pub fn font(px: f64, bold: bool, italic: bool) -> String {
    format!(
        "{}{} {}px {FONT_FAMILY}",
        if italic { "italic " } else { "" },
        if bold { "700" } else { "400" },
        fixed(px, 1)
    )
}

/// One frame to draw: the 2D context (already scaled for the screen's pixel ratio), the size in
/// CSS pixels, the time, the palette and the text scale of the current theme.
pub struct Frame {
    /// The canvas context, in CSS-pixel coordinates.
    pub ctx: CanvasRenderingContext2d,
    /// Width in CSS pixels.
    pub width: f64,
    /// Height in CSS pixels.
    pub height: f64,
    /// Milliseconds since page load (`performance.now()`), for animations.
    pub now: f64,
    /// The theme's colours.
    pub palette: Palette,
    /// Text and line scale: 1 normally, larger in projector mode.
    pub scale: f64,
    /// Whether the viewer asked for reduced motion: animations jump to their end.
    pub reduced_motion: bool,
}

impl Frame {
    /// Clears the whole canvas to the background colour.
    pub fn clear(&self) {
        self.ctx.set_fill_style_str(self.palette.background);
        self.ctx.fill_rect(0.0, 0.0, self.width, self.height);
    }

    /// A filled circle with an outline.
    pub fn circle(&self, x: f64, y: f64, r: f64, fill: &str, stroke: &str, line: f64) {
        let c = &self.ctx;
        c.begin_path();
        let _ = c.arc(x, y, r.max(0.0), 0.0, TAU);
        c.set_fill_style_str(fill);
        c.fill();
        if line > 0.0 {
            c.set_stroke_style_str(stroke);
            c.set_line_width(line * self.scale);
            c.stroke();
        }
    }

    /// A soft halo around a node, used for "glows orange/blue".
    pub fn glow(&self, x: f64, y: f64, r: f64, color: &str, strength: f64) {
        let c = &self.ctx;
        c.save();
        c.set_global_alpha(strength.within(0.0, 1.0) * 0.45);
        c.begin_path();
        let _ = c.arc(x, y, r * 1.45, 0.0, TAU);
        c.set_fill_style_str(color);
        c.fill();
        c.set_global_alpha(strength.within(0.0, 1.0));
        c.begin_path();
        let _ = c.arc(x, y, r * 1.18, 0.0, TAU);
        c.set_stroke_style_str(color);
        c.set_line_width(4.0 * self.scale);
        c.stroke();
        c.restore();
    }

    /// A ring drawn outside a node (for example a second highlight).
    pub fn ring(&self, x: f64, y: f64, r: f64, color: &str, line: f64) {
        let c = &self.ctx;
        c.begin_path();
        let _ = c.arc(x, y, r, 0.0, TAU);
        c.set_stroke_style_str(color);
        c.set_line_width(line * self.scale);
        c.stroke();
    }

    /// An arc around a node starting at twelve o'clock and running clockwise over `fraction`
    /// (0–1) of the circle: a timer's time left, drawn RaftScope's way.
    pub fn timer_arc(&self, x: f64, y: f64, r: f64, fraction: f64, color: &str, line: f64) {
        let f = fraction.within(0.0, 1.0);
        if f <= 0.0 {
            return;
        }
        let c = &self.ctx;
        c.begin_path();
        let _ = c.arc(x, y, r, -FRAC_PI_2, -FRAC_PI_2 + f * TAU);
        c.set_stroke_style_str(color);
        c.set_line_width(line * self.scale);
        c.stroke();
    }

    /// A straight line.
    pub fn line(&self, x0: f64, y0: f64, x1: f64, y1: f64, color: &str, width: f64) {
        let c = &self.ctx;
        c.begin_path();
        c.move_to(x0, y0);
        c.line_to(x1, y1);
        c.set_stroke_style_str(color);
        c.set_line_width(width * self.scale);
        c.stroke();
    }

    /// A dashed line (for cut links and partitions); `offset` animates the dashes.
    pub fn dashed_line(
        &self,
        from: (f64, f64),
        to: (f64, f64),
        color: &str,
        width: f64,
        offset: f64,
    ) {
        let ((x0, y0), (x1, y1)) = (from, to);
        let c = &self.ctx;
        c.save();
        let dash = js_sys::Array::of2(&(8.0 * self.scale).into(), &(6.0 * self.scale).into());
        let _ = c.set_line_dash(&dash);
        c.set_line_dash_offset(offset);
        self.line(x0, y0, x1, y1, color, width);
        c.restore();
    }

    /// An arrow from (x0, y0) to (x1, y1) with a filled head.
    pub fn arrow(&self, x0: f64, y0: f64, x1: f64, y1: f64, color: &str, width: f64) {
        self.line(x0, y0, x1, y1, color, width);
        let angle = math::atan2(y1 - y0, x1 - x0);
        let head = 9.0 * self.scale;
        let c = &self.ctx;
        c.begin_path();
        c.move_to(x1, y1);
        c.line_to(
            x1 - head * math::cos(angle - 0.45),
            y1 - head * math::sin(angle - 0.45),
        );
        c.line_to(
            x1 - head * math::cos(angle + 0.45),
            y1 - head * math::sin(angle + 0.45),
        );
        c.close_path();
        c.set_fill_style_str(color);
        c.fill();
    }

    /// A message in flight: a dot at fraction `t` (0–1) of the way from one point to another.
    pub fn message_dot(&self, from: (f64, f64), to: (f64, f64), t: f64, color: &str, r: f64) {
        let ((x0, y0), (x1, y1)) = (from, to);
        let t = t.within(0.0, 1.0);
        let (x, y) = (x0 + (x1 - x0) * t, y0 + (y1 - y0) * t);
        self.circle(x, y, r * self.scale, color, self.palette.ink, 1.0);
    }

    /// A rounded rectangle, filled and outlined.
    pub fn rounded_rect(&self, rect: Rect, radius: f64, fill: &str, stroke: &str) {
        let Rect { x, y, w, h } = rect;
        let c = &self.ctx;
        let r = radius.min(w / 2.0).min(h / 2.0).max(0.0);
        c.begin_path();
        c.move_to(x + r, y);
        let _ = c.arc_to(x + w, y, x + w, y + h, r);
        let _ = c.arc_to(x + w, y + h, x, y + h, r);
        let _ = c.arc_to(x, y + h, x, y, r);
        let _ = c.arc_to(x, y, x + w, y, r);
        c.close_path();
        c.set_fill_style_str(fill);
        c.fill();
        c.set_stroke_style_str(stroke);
        c.set_line_width(1.5 * self.scale);
        c.stroke();
    }

    /// Text at (x, y), vertically centred, in a font `px` CSS pixels tall (times the theme scale).
    pub fn text(&self, s: &str, x: f64, y: f64, px: f64, color: &str, align: Align) {
        self.text_styled(s, (x, y), px, color, align, false);
    }

    /// Bold text, otherwise like [`Frame::text`].
    pub fn bold(&self, s: &str, x: f64, y: f64, px: f64, color: &str, align: Align) {
        self.text_styled(s, (x, y), px, color, align, true);
    }

    fn text_styled(&self, s: &str, at: (f64, f64), px: f64, color: &str, align: Align, bold: bool) {
        let (x, y) = at;
        let c = &self.ctx;
        c.set_font(&font(px * self.scale, bold, false));
        c.set_text_align(align.canvas_name());
        c.set_text_baseline("middle");
        c.set_fill_style_str(color);
        let _ = c.fill_text(s, x, y);
    }

    /// The width of `s` in a font `px` tall (theme scale applied), for layout.
    pub fn text_width(&self, s: &str, px: f64) -> f64 {
        self.ctx.set_font(&font(px * self.scale, false, false));
        self.ctx.measure_text(s).map(|m| m.width()).unwrap_or(0.0)
    }

    /// A small labelled badge (a pill) centred at (x, y): the non-colour cue for a state.
    pub fn badge(&self, label: &str, x: f64, y: f64, fill: &str, ink: &str) {
        let px = 11.0;
        let w = self.text_width(label, px) + 10.0 * self.scale;
        let h = 16.0 * self.scale;
        self.rounded_rect(
            crate::geom::Rect::new(x - w / 2.0, y - h / 2.0, w, h),
            h / 2.0,
            fill,
            self.palette.ink,
        );
        self.bold(label, x, y + 0.5, px, ink, Align::Center);
    }

    /// A red X over a node that is down.
    pub fn cross(&self, x: f64, y: f64, r: f64, color: &str) {
        let d = r * 0.75;
        self.line(x - d, y - d, x + d, y + d, color, 4.0);
        self.line(x - d, y + d, x + d, y - d, color, 4.0);
    }

    /// A crown above a node: the leader's mark.
    pub fn crown(&self, x: f64, y: f64, size: f64) {
        let c = &self.ctx;
        let s = size * self.scale;
        c.begin_path();
        c.move_to(x - s, y + s * 0.5);
        c.line_to(x - s, y - s * 0.4);
        c.line_to(x - s * 0.5, y + s * 0.05);
        c.line_to(x, y - s * 0.6);
        c.line_to(x + s * 0.5, y + s * 0.05);
        c.line_to(x + s, y - s * 0.4);
        c.line_to(x + s, y + s * 0.5);
        c.close_path();
        c.set_fill_style_str(self.palette.leader);
        c.fill();
        c.set_stroke_style_str(self.palette.ink);
        c.set_line_width(1.5 * self.scale);
        c.stroke();
    }

    /// Many filled squares of side `size` centred on `points`, filled as one path: cheap for
    /// hundreds of nodes or thousands of messages in one frame.
    pub fn squares(&self, points: impl IntoIterator<Item = (f64, f64)>, size: f64, color: &str) {
        let c = &self.ctx;
        let h = size / 2.0;
        c.begin_path();
        for (x, y) in points {
            c.rect(x - h, y - h, size, size);
        }
        c.set_fill_style_str(color);
        c.fill();
    }

    /// Many square outlines of side `size` centred on `points`, stroked as one path.
    pub fn square_outlines(
        &self,
        points: impl IntoIterator<Item = (f64, f64)>,
        size: f64,
        color: &str,
        line: f64,
    ) {
        let c = &self.ctx;
        let h = size / 2.0;
        c.begin_path();
        for (x, y) in points {
            c.rect(x - h, y - h, size, size);
        }
        c.set_stroke_style_str(color);
        c.set_line_width(line * self.scale);
        c.stroke();
    }

    /// Many filled dots of radius `r` (not scaled) centred on `points`, filled as one path.
    pub fn dots(&self, points: impl IntoIterator<Item = (f64, f64)>, r: f64, color: &str) {
        let c = &self.ctx;
        c.begin_path();
        for (x, y) in points {
            c.move_to(x + r, y);
            let _ = c.arc(x, y, r.max(0.0), 0.0, TAU);
        }
        c.set_fill_style_str(color);
        c.fill();
    }

    /// Many small x marks of half-size `d` centred on `points`, stroked as one path (a lost
    /// message, a failed node in a dense grid).
    pub fn crosses(
        &self,
        points: impl IntoIterator<Item = (f64, f64)>,
        d: f64,
        color: &str,
        width: f64,
    ) {
        let c = &self.ctx;
        c.begin_path();
        for (x, y) in points {
            c.move_to(x - d, y - d);
            c.line_to(x + d, y + d);
            c.move_to(x - d, y + d);
            c.line_to(x + d, y - d);
        }
        c.set_stroke_style_str(color);
        c.set_line_width(width * self.scale);
        c.stroke();
    }

    /// Runs `draw` with everything it draws at opacity `alpha` (0–1), for fading marks.
    pub fn faded(&self, alpha: f64, draw: impl FnOnce()) {
        self.ctx.save();
        self.ctx.set_global_alpha(alpha.within(0.0, 1.0));
        draw();
        self.ctx.restore();
    }

    /// A warning triangle with an exclamation mark, centred at (x, y): the shape that marks a
    /// hot spot or an overload, so the state is not shown by colour alone.
    pub fn warning(&self, x: f64, y: f64, size: f64, fill: &str) {
        let c = &self.ctx;
        let s = size * self.scale;
        let h = s * 0.9;
        c.begin_path();
        c.move_to(x, y - h * 0.55);
        c.line_to(x + s * 0.55, y + h * 0.45);
        c.line_to(x - s * 0.55, y + h * 0.45);
        c.close_path();
        c.set_fill_style_str(fill);
        c.fill();
        c.set_stroke_style_str(self.palette.ink);
        c.set_line_width(1.2 * self.scale);
        c.set_line_join("round");
        c.stroke();
        self.line(x, y - h * 0.2, x, y + h * 0.12, self.palette.ink, 1.6);
        self.circle(
            x,
            y + h * 0.28,
            1.1 * self.scale,
            self.palette.ink,
            self.palette.ink,
            0.0,
        );
    }

    /// A horizontal meter: a track `w` wide and `h` tall at (x, y) (top-left), filled from the
    /// left to `fraction` (0–1) of its width.
    pub fn meter(&self, rect: Rect, fraction: f64, fill: &str, track: &str) {
        let Rect { x, y, w, h } = rect;
        let c = &self.ctx;
        c.set_fill_style_str(track);
        c.fill_rect(x, y, w.max(0.0), h);
        let filled = (w * fraction.within(0.0, 1.0)).max(0.0);
        if filled > 0.0 {
            c.set_fill_style_str(fill);
            c.fill_rect(x, y, filled, h);
        }
        c.set_stroke_style_str(self.palette.muted);
        c.set_line_width(1.0);
        c.stroke_rect(x + 0.5, y + 0.5, (w - 1.0).max(0.0), (h - 1.0).max(0.0));
    }

    /// A point on a circle of radius `r` centred at (cx, cy), at `degrees` clockwise from 12 o'clock.
    pub fn polar(cx: f64, cy: f64, r: f64, degrees: f64) -> (f64, f64) {
        let a = degrees.to_radians() - FRAC_PI_2;
        (cx + r * math::cos(a), cy + r * math::sin(a))
    }
}

/// Eases an animation's linear progress `t` (0–1) in and out.
pub fn ease(t: f64) -> f64 {
    let t = t.within(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}

/// Progress (0–1) of an animation that started at `start` ms and lasts `duration` ms at `now`.
pub fn progress(start: f64, duration: f64, now: f64) -> f64 {
    if duration <= 0.0 {
        1.0
    } else {
        ((now - start) / duration).within(0.0, 1.0)
    }
}
