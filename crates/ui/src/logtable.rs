//! Small annotated drawings any sim can use: a compact table (a node's log, a replica's
//! contents), a progress ring (a timer running out), labels on a halo so they stay readable
//! over lines, a storage drum, and picking the longest label that fits a width.

use dsim_core::num::Within;
use std::f64::consts::{FRAC_PI_2, PI, TAU};

use crate::draw::{font, Align, Frame};
use crate::geom::Rect;

/// How a row of a [`Frame::mini_table`] is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowTone {
    /// Column headings: bold and muted, on the table's own background.
    Header,
    /// An ordinary row.
    Normal,
    /// A row that is not settled yet (for example an uncommitted log entry): muted and italic.
    Muted,
    /// A row that needs attention (for example a divergent write): bold, in the failure
    /// text colour, on a tinted background with a bar at the left edge.
    Alert,
}

/// One row of a [`Frame::mini_table`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableRow {
    /// The cells, one per column (missing cells are left empty, extra ones ignored).
    pub cells: Vec<String>,
    /// How the row is drawn.
    pub tone: RowTone,
}

impl TableRow {
    /// A row of `cells` drawn with `tone`.
    pub fn new(tone: RowTone, cells: Vec<String>) -> Self {
        TableRow { cells, tone }
    }
}

impl Frame {
    /// The width of `s` in a font `px` tall (theme scale applied), bold or regular.
    pub fn measure(&self, s: &str, px: f64, bold: bool) -> f64 {
        self.ctx.set_font(&font(px * self.scale, bold, false));
        self.ctx.measure_text(s).map(|m| m.width()).unwrap_or(0.0)
    }

    /// The first of `options` (longest first, by convention) whose width in a font `px` tall
    /// is at most `max_width`; `None` if none fits.
    pub fn fit_text<'a>(
        &self,
        options: &[&'a str],
        px: f64,
        bold: bool,
        max_width: f64,
    ) -> Option<&'a str> {
        options
            .iter()
            .copied()
            .find(|s| self.measure(s, px, bold) <= max_width)
    }

    /// Text on a halo of the background colour, so it stays readable across lines and dots.
    pub fn halo_text(
        &self,
        s: &str,
        at: (f64, f64),
        px: f64,
        color: &str,
        align: Align,
        bold: bool,
    ) {
        let (x, y) = at;
        let c = &self.ctx;
        c.save();
        c.set_font(&font(px * self.scale, bold, false));
        c.set_text_align(align.canvas_name());
        c.set_text_baseline("middle");
        c.set_line_join("round");
        c.set_line_width(3.5 * self.scale);
        c.set_stroke_style_str(self.palette.background);
        let _ = c.stroke_text(s, x, y);
        c.set_fill_style_str(color);
        let _ = c.fill_text(s, x, y);
        c.restore();
    }

    /// A ring of radius `r` around (x, y) filled clockwise from 12 o'clock to `fraction`
    /// (0–1) in `color`, over a full ring in `track`.
    pub fn progress_ring(
        &self,
        centre: (f64, f64),
        r: f64,
        fraction: f64,
        color: &str,
        track: &str,
        width: f64,
    ) {
        let (x, y) = centre;
        let c = &self.ctx;
        c.save();
        c.set_line_width(width * self.scale);
        c.begin_path();
        let _ = c.arc(x, y, r.max(0.0), 0.0, TAU);
        c.set_stroke_style_str(track);
        c.stroke();
        let f = fraction.within(0.0, 1.0);
        if f > 0.0 {
            c.begin_path();
            let _ = c.arc(x, y, r.max(0.0), -FRAC_PI_2, -FRAC_PI_2 + TAU * f);
            c.set_stroke_style_str(color);
            c.set_line_cap("round");
            c.stroke();
        }
        c.restore();
    }

    /// A labelled pill centred at (x, y) in bold type `px` tall, sized to its text; returns
    /// its width. (Like [`Frame::badge`], with the size chosen by the caller.)
    pub fn pill(&self, label: &str, at: (f64, f64), px: f64, fill: &str, ink: &str) -> f64 {
        let (x, y) = at;
        let w = self.pill_width(label, px);
        let h = (px + 5.0) * self.scale;
        self.rounded_rect(
            crate::geom::Rect::new(x - w / 2.0, y - h / 2.0, w, h),
            h / 2.0,
            fill,
            self.palette.ink,
        );
        self.bold(label, x, y + 0.5, px, ink, Align::Center);
        w
    }

    /// The width [`Frame::pill`] gives `label` at `px`.
    pub fn pill_width(&self, label: &str, px: f64) -> f64 {
        self.measure(label, px, true) + 9.0 * self.scale
    }

    /// A storage drum (a cylinder seen from the side) with its top-left corner at (x, y).
    pub fn drum(&self, rect: Rect, fill: &str, stroke: &str) {
        let Rect { x, y, w, h } = rect;
        let c = &self.ctx;
        let e = (h * 0.16).within(3.0, 9.0);
        let (cx, rx) = (x + w / 2.0, w / 2.0);
        c.save();
        c.begin_path();
        c.move_to(x, y + e);
        c.line_to(x, y + h - e);
        let _ = c.ellipse_with_anticlockwise(cx, y + h - e, rx, e, 0.0, PI, 0.0, true);
        c.line_to(x + w, y + e);
        let _ = c.ellipse_with_anticlockwise(cx, y + e, rx, e, 0.0, 0.0, PI, true);
        c.close_path();
        c.set_fill_style_str(fill);
        c.fill();
        c.set_stroke_style_str(stroke);
        c.set_line_width(1.5 * self.scale);
        c.stroke();
        c.begin_path();
        let _ = c.ellipse(cx, y + e, rx, e, 0.0, 0.0, TAU);
        c.stroke();
        c.restore();
    }

    /// A compact table with its top-left corner at (x, y): `widths` are the column widths
    /// (their sum is the table width), rows are `row_h` tall (theme scale applied by the
    /// caller) in a font `px` tall. The first column is left-aligned, the others right-aligned.
    /// Returns the height drawn.
    pub fn mini_table(
        &self,
        at: (f64, f64),
        widths: &[f64],
        rows: &[TableRow],
        px: f64,
        row_h: f64,
    ) -> f64 {
        let (x, y) = at;
        if rows.is_empty() || widths.is_empty() {
            return 0.0;
        }
        let p = self.palette;
        let w: f64 = widths.iter().sum();
        let h = row_h * rows.len() as f64;
        let c = &self.ctx;
        self.rounded_rect(
            crate::geom::Rect::new(x, y, w, h),
            4.0,
            p.background,
            p.muted,
        );
        let inset = 4.0 * self.scale;
        for (i, row) in rows.iter().enumerate() {
            let top = y + row_h * i as f64;
            let mid = top + row_h / 2.0 + 0.5;
            if i > 0 {
                c.begin_path();
                c.move_to(x + 2.0, top);
                c.line_to(x + w - 2.0, top);
                c.set_stroke_style_str(p.idle);
                c.set_line_width(0.75);
                c.stroke();
            }
            let (color, bold, italic) = match row.tone {
                RowTone::Header => (p.muted, true, false),
                RowTone::Normal => (p.ink, false, false),
                RowTone::Muted => (p.muted, false, true),
                RowTone::Alert => (p.bad_text, true, false),
            };
            if row.tone == RowTone::Alert {
                c.save();
                c.set_global_alpha(0.14);
                c.set_fill_style_str(p.bad);
                c.fill_rect(x + 1.0, top + 1.0, w - 2.0, row_h - 2.0);
                c.restore();
                c.set_fill_style_str(p.bad);
                c.fill_rect(x + 1.0, top + 1.0, 3.0 * self.scale, row_h - 2.0);
            }
            c.set_font(&font(px * self.scale, bold, italic));
            c.set_text_baseline("middle");
            c.set_fill_style_str(color);
            let mut left = x;
            for (k, cw) in widths.iter().enumerate() {
                if let Some(cell) = row.cells.get(k) {
                    if k == 0 {
                        c.set_text_align("left");
                        let _ = c.fill_text(cell, left + inset, mid);
                    } else {
                        c.set_text_align("right");
                        let _ = c.fill_text(cell, left + cw - inset, mid);
                    }
                }
                left += cw;
            }
        }
        h
    }
}
