//! Drawing messages that flow between boxes and nodes: arrow pulses with captions, text with a
//! halo that stays readable over lines, boxes sized to their label, and the leader's marks.

use crate::draw::{Align, Frame};
use crate::math;
use dsim_core::num::Within;

/// How a [`Frame::label_box`] looks: its height, text size, colours and the range of widths
/// it may take.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BoxStyle<'a> {
    /// Height in CSS pixels.
    pub h: f64,
    /// Label size in CSS pixels.
    pub px: f64,
    /// Fill colour.
    pub fill: &'a str,
    /// Text and outline colour.
    pub ink: &'a str,
    /// The narrowest the box may be.
    pub min_w: f64,
    /// The widest the box may be (the text shrinks to fit).
    pub max_w: f64,
}

impl Frame {
    /// A message in flight as an arrow pulse: a short arrow whose head is at fraction `t`
    /// (0–1) of the way from `from` to `to`, with an optional caption beside the head.
    pub fn pulse(
        &self,
        from: (f64, f64),
        to: (f64, f64),
        t: f64,
        color: &str,
        caption: Option<&str>,
    ) {
        let t = t.within(0.0, 1.0);
        let (dx, dy) = (to.0 - from.0, to.1 - from.1);
        let len = math::hypot(dx, dy);
        if len < 1e-6 {
            return;
        }
        let tail_t = (t - 18.0 * self.scale / len).max(0.0);
        let head = (from.0 + dx * t, from.1 + dy * t);
        let tail = (from.0 + dx * tail_t, from.1 + dy * tail_t);
        if t > tail_t {
            self.arrow(tail.0, tail.1, head.0, head.1, color, 3.5);
        }
        self.circle(
            head.0,
            head.1,
            3.0 * self.scale,
            color,
            self.palette.ink,
            1.0,
        );
        if let Some(text) = caption.filter(|c| !c.is_empty()) {
            // Beside the head, on the side away from the path, nudged to stay on the canvas.
            let (ux, uy) = (dx / len, dy / len);
            let off = 10.0 * self.scale;
            let mut x = head.0 - uy * off;
            let y = (head.1 + ux * off).within(8.0 * self.scale, self.height - 8.0 * self.scale);
            let half = self.text_width(text, 10.0) / 2.0 + 3.0;
            x = x.within(half, (self.width - half).max(half));
            self.halo_text(
                text,
                (x, y),
                10.0,
                color_for_text(self, color),
                Align::Center,
                true,
            );
        }
    }

    /// A rounded box centred at (cx, cy), `h` tall, as wide as its bold label needs (between
    /// `min_w` and `max_w`; the text shrinks if even `max_w` is too narrow). Returns its width.
    pub fn label_box(&self, centre: (f64, f64), text: &str, style: &BoxStyle) -> f64 {
        let (cx, cy) = centre;
        let BoxStyle {
            h,
            px,
            fill,
            ink,
            min_w,
            max_w,
        } = *style;
        let pad = 14.0 * self.scale;
        let natural = self.text_width(text, px) * 1.08 + pad;
        let w = natural.within(min_w.min(max_w), max_w.max(1.0));
        let px = if natural > w {
            (px * (w - pad).max(1.0) / (natural - pad).max(1.0)).max(7.0)
        } else {
            px
        };
        self.rounded_rect(
            crate::geom::Rect::new(cx - w / 2.0, cy - h / 2.0, w, h),
            5.0,
            fill,
            self.palette.ink,
        );
        self.bold(text, cx, cy + 0.5, px, ink, Align::Center);
        w
    }

    /// The leader's marks on a node of radius `r` centred at (x, y): a crown above it and an
    /// "L" badge at its upper left (shape and letter, not only the yellow fill).
    pub fn leader_marks(&self, x: f64, y: f64, r: f64, small: bool) {
        let size = if small { 4.0 } else { 7.0 };
        self.crown(x, y - r - (0.5 * size + 2.0) * self.scale, size);
        if !small {
            self.badge(
                "L",
                x - r * 0.95,
                y - r * 0.7,
                self.palette.leader,
                self.palette.ink,
            );
        }
    }
}

/// A darker variant of a pulse colour for its caption, so small text keeps its contrast.
fn color_for_text<'a>(f: &'a Frame, color: &'a str) -> &'a str {
    let p = &f.palette;
    if color == p.write || color == p.leader {
        p.ink
    } else if color == p.good {
        p.good_text
    } else if color == p.bad {
        p.bad_text
    } else {
        color
    }
}
