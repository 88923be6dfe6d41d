//! Line charts on a sim's canvas, drawn with plotters through its HTML canvas backend: two
//! labelled axes, any number of series (bold or faint, solid or dashed) and shaded bands over
//! spans of x. A chart fills one rectangle of a [`Frame`] and reports where its plotting area
//! landed ([`PlotArea`]), so a sim can add its own marks (labels, markers, legends) with the
//! `Frame` helpers in the same coordinates.
//!
//! Plotters draws in whole canvas pixels; the chart is drawn in device pixels (the frame's
//! HiDPI transform is set aside for the call and restored after), so lines and text stay
//! sharp on HiDPI screens. Text sizes and line widths follow the theme's scale.
//!
//! Plotters measures each tick label by laying out a hidden element in the page, so a chart
//! costs more than a few canvas calls: redraw it when its data changes, not on every animation
//! frame (give it a [`crate::SimCanvas`] of its own, whose draw callback returns `false`).

use dsim_core::num::Within;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;

use dsim_i18n::fixed;

use crate::draw::{Frame, FONT_FAMILY};

/// Tick label size in CSS pixels (times the theme scale).
const TICK_PX: f64 = 11.0;
/// Axis title size in CSS pixels (times the theme scale).
const DESC_PX: f64 = 12.0;

/// One axis: its range, title, number of labelled ticks and decimals in the tick labels.
#[derive(Debug, Clone, PartialEq)]
pub struct Axis {
    /// The value at the axis start (left or bottom).
    pub from: f64,
    /// The value at the axis end (right or top); must differ from `from`.
    pub to: f64,
    /// The axis title, e.g. "round" or "nodes informed"; empty for none.
    pub title: String,
    /// About how many labelled ticks to show.
    pub ticks: usize,
    /// Decimals shown in tick labels.
    pub decimals: usize,
}

impl Axis {
    /// An axis from `from` to `to` with a title, about 6 ticks and whole-number labels.
    pub fn new(from: f64, to: f64, title: impl Into<String>) -> Self {
        Axis {
            from,
            to,
            title: title.into(),
            ticks: 6,
            decimals: 0,
        }
    }

    /// The same axis with `n` ticks.
    pub fn ticks(mut self, n: usize) -> Self {
        self.ticks = n.max(2);
        self
    }

    /// The same axis with `d` decimals in its tick labels.
    pub fn decimals(mut self, d: usize) -> Self {
        self.decimals = d.min(4);
        self
    }

    /// A usable range: finite, increasing and not empty.
    fn range(&self) -> (f64, f64) {
        let from = if self.from.is_finite() {
            self.from
        } else {
            0.0
        };
        let to = if self.to.is_finite() {
            self.to
        } else {
            from + 1.0
        };
        if to > from {
            (from, to)
        } else {
            (from, from + 1.0)
        }
    }

    fn label(&self, v: f64) -> String {
        fixed(v, u8::try_from(self.decimals).unwrap_or(u8::MAX))
    }
}

/// One line of data, drawn in order of the points.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// (x, y) points; y values beyond the y axis are drawn at its edge.
    pub points: Vec<(f64, f64)>,
    /// `#rrggbb` colour (from the palette).
    pub color: &'static str,
    /// Line width in CSS pixels (times the theme scale).
    pub width: f64,
    /// Opacity, 0–1: earlier runs are drawn faint.
    pub alpha: f64,
    /// Whether the line is dashed (for predictions and thresholds).
    pub dashed: bool,
}

impl Series {
    /// A solid, opaque line.
    pub fn line(points: Vec<(f64, f64)>, color: &'static str, width: f64) -> Self {
        Series {
            points,
            color,
            width,
            alpha: 1.0,
            dashed: false,
        }
    }

    /// A horizontal line across the whole x range at `y` (a threshold).
    pub fn rule(x: &Axis, y: f64, color: &'static str, width: f64) -> Self {
        let (from, to) = x.range();
        Series::line(vec![(from, y), (to, y)], color, width)
    }

    /// A vertical line at `x` over the whole y range (a moment).
    pub fn mark(y: &Axis, x: f64, color: &'static str, width: f64) -> Self {
        let (from, to) = y.range();
        Series::line(vec![(x, from), (x, to)], color, width)
    }

    /// The same line, dashed.
    pub fn dashed(mut self) -> Self {
        self.dashed = true;
        self
    }

    /// The same line at opacity `alpha`.
    pub fn faint(mut self, alpha: f64) -> Self {
        self.alpha = alpha.within(0.0, 1.0);
        self
    }
}

/// A shaded span of x over the full height of the plot (for example "suspected").
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Band {
    /// Where the span starts.
    pub from: f64,
    /// Where it ends.
    pub to: f64,
    /// `#rrggbb` colour.
    pub color: &'static str,
    /// Opacity, 0–1.
    pub alpha: f64,
}

/// A whole chart: axes, bands (drawn first) and series (drawn in order, last on top).
#[derive(Debug, Clone, PartialEq)]
pub struct LineChart {
    /// The horizontal axis.
    pub x: Axis,
    /// The vertical axis.
    pub y: Axis,
    /// Shaded spans, under the lines.
    pub bands: Vec<Band>,
    /// The lines.
    pub series: Vec<Series>,
}

/// Where a chart's plotting area landed, in CSS pixels, and how to map values into it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlotArea {
    /// Left edge.
    pub left: f64,
    /// Top edge.
    pub top: f64,
    /// Right edge.
    pub right: f64,
    /// Bottom edge.
    pub bottom: f64,
    x: (f64, f64),
    y: (f64, f64),
}

impl PlotArea {
    /// A plot area covering the given pixel box for the given value ranges.
    pub fn new(bounds: (f64, f64, f64, f64), x: (f64, f64), y: (f64, f64)) -> Self {
        let (left, top, right, bottom) = bounds;
        PlotArea {
            left,
            top,
            right,
            bottom,
            x,
            y,
        }
    }

    /// The pixel x of value `v` on the x axis.
    pub fn px(&self, v: f64) -> f64 {
        let (a, b) = self.x;
        self.left + (v - a) / (b - a) * (self.right - self.left)
    }

    /// The pixel y of value `v` on the y axis.
    pub fn py(&self, v: f64) -> f64 {
        let (a, b) = self.y;
        self.bottom - (v - a) / (b - a) * (self.bottom - self.top)
    }

    /// Width in CSS pixels.
    pub fn width(&self) -> f64 {
        self.right - self.left
    }

    /// Height in CSS pixels.
    pub fn height(&self) -> f64 {
        self.bottom - self.top
    }
}

/// `#rrggbb` to a plotters colour (black for anything malformed).
fn rgb(hex: &str) -> RGBColor {
    let part = |i: usize| {
        hex.get(1 + 2 * i..3 + 2 * i)
            .and_then(|s| u8::from_str_radix(s, 16).ok())
            .unwrap_or(0)
    };
    RGBColor(part(0), part(1), part(2))
}

/// Draws `chart` into the box (x, y, w, h) of the frame (CSS pixels); returns where the
/// plotting area is, or `None` when the box is too small or the canvas is unavailable.
pub fn draw_line_chart(
    f: &Frame,
    bounds: (f64, f64, f64, f64),
    chart: &LineChart,
) -> Option<PlotArea> {
    let (x, y, w, h) = bounds;
    if w < 60.0 || h < 50.0 || f.width <= 0.0 {
        return None;
    }
    let canvas = f.ctx.canvas()?;
    let dpr = (f64::from(canvas.width()) / f.width).within(0.5, 4.0);
    let backend = CanvasBackend::with_canvas_object(canvas)?;
    f.ctx.save();
    let _ = f.ctx.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0);
    let area = plot(f, backend, dpr, (x, y, w, h), chart);
    f.ctx.restore();
    area
}

fn plot(
    f: &Frame,
    backend: CanvasBackend,
    dpr: f64,
    (x, y, w, h): (f64, f64, f64, f64),
    chart: &LineChart,
) -> Option<PlotArea> {
    let p = f.palette;
    let s = f.scale * dpr;
    let dev = |v: f64| (v * dpr).round() as i32;
    let root = backend.into_drawing_area();
    let area = root.shrink(
        (dev(x), dev(y)),
        (dev(w).max(1) as u32, dev(h).max(1) as u32),
    );
    let (x0, x1) = chart.x.range();
    let (y0, y1) = chart.y.range();
    // Room for the y tick labels (measured) and the rotated y title.
    let widest = [y0, y1, (y0 + y1) / 2.0]
        .iter()
        .map(|&v| f.text_width(&chart.y.label(v), TICK_PX))
        .fold(0.0f64, f64::max);
    // An empty title takes no room (for stacked charts that share the x axis title).
    let desc = |title: &str| if title.is_empty() { 0.0 } else { DESC_PX * 1.6 };
    let y_area = (widest + (desc(&chart.y.title) + 8.0) * f.scale) * dpr;
    let x_area = (TICK_PX + desc(&chart.x.title) + 8.0) * s;
    let tick_font = (FONT_FAMILY, TICK_PX * s).into_font().color(&rgb(p.muted));
    let desc_font = (FONT_FAMILY, DESC_PX * s).into_font().color(&rgb(p.ink));
    let line = |v: f64| ((v * s).round() as u32).max(1);
    // No more ticks than fit without crowding.
    let x_ticks = chart
        .x
        .ticks
        .min(((w - y_area / dpr) / (56.0 * f.scale)).max(2.0) as usize);
    let y_ticks = chart
        .y
        .ticks
        .min((h / (TICK_PX * 2.6 * f.scale)).max(2.0) as usize);
    let mut ctx = ChartBuilder::on(&area)
        .margin_top((8.0 * s) as u32)
        .margin_right((12.0 * s) as u32)
        .x_label_area_size(x_area as u32)
        .y_label_area_size(y_area as u32)
        .build_cartesian_2d(x0..x1, y0..y1)
        .ok()?;
    let x_fmt = |v: &f64| chart.x.label(*v);
    let y_fmt = |v: &f64| chart.y.label(*v);
    ctx.configure_mesh()
        .x_labels(x_ticks)
        .y_labels(y_ticks)
        .x_label_formatter(&x_fmt)
        .y_label_formatter(&y_fmt)
        .x_desc(chart.x.title.as_str())
        .y_desc(chart.y.title.as_str())
        .label_style(tick_font)
        .axis_desc_style(desc_font)
        .axis_style(ShapeStyle {
            color: rgb(p.muted).to_rgba(),
            filled: false,
            stroke_width: line(1.0),
        })
        .bold_line_style(ShapeStyle {
            color: rgb(p.idle).mix(0.45),
            filled: false,
            stroke_width: line(1.0),
        })
        .max_light_lines(0)
        .set_all_tick_mark_size((4.0 * s) as i32)
        .draw()
        .ok()?;
    draw_data(&mut ctx, chart, s)?;
    let (xs, ys) = ctx.plotting_area().get_pixel_range();
    Some(PlotArea::new(
        (
            f64::from(xs.start) / dpr,
            f64::from(ys.start) / dpr,
            f64::from(xs.end) / dpr,
            f64::from(ys.end) / dpr,
        ),
        (x0, x1),
        (y0, y1),
    ))
}

/// A chart's drawing context over f64 axes.
type Ctx<'a> = ChartContext<'a, CanvasBackend, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// The shaded bands, then the lines (dashed or solid) clamped to the y range; `s` is device
/// pixels per CSS pixel times the theme's scale.
fn draw_data(ctx: &mut Ctx, chart: &LineChart, s: f64) -> Option<()> {
    let (x0, x1) = chart.x.range();
    let (y0, y1) = chart.y.range();
    let bands = chart.bands.iter().filter_map(|b| {
        let (a, z) = (b.from.max(x0), b.to.min(x1));
        (z > a).then(|| Rectangle::new([(a, y0), (z, y1)], rgb(b.color).mix(b.alpha).filled()))
    });
    ctx.draw_series(bands).ok()?;
    for series in &chart.series {
        let style = ShapeStyle {
            color: rgb(series.color).mix(series.alpha),
            filled: false,
            stroke_width: ((series.width * s).round() as u32).max(1),
        };
        let points = series
            .points
            .iter()
            .filter(|(a, b)| a.is_finite() && b.is_finite())
            .map(|&(a, b)| (a, b.within(y0, y1)));
        if series.dashed {
            let (dash, gap) = ((7.0 * s) as i32, (5.0 * s) as i32);
            ctx.draw_series(DashedLineSeries::new(points, dash, gap, style))
                .ok()?;
        } else {
            ctx.draw_series(LineSeries::new(points, style)).ok()?;
        }
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_parse_from_the_palette() {
        assert_eq!(rgb("#e69f00"), RGBColor(0xe6, 0x9f, 0x00));
        assert_eq!(rgb("oops"), RGBColor(0, 0, 0));
    }

    #[test]
    fn axes_never_have_an_empty_or_broken_range() {
        assert_eq!(Axis::new(3.0, 3.0, "x").range(), (3.0, 4.0));
        assert_eq!(Axis::new(0.0, f64::NAN, "x").range(), (0.0, 1.0));
        assert_eq!(Axis::new(0.0, 10.0, "x").decimals(1).label(2.25), "2.3");
    }

    #[test]
    fn plot_areas_map_values_to_pixels() {
        let a = PlotArea::new((10.0, 20.0, 110.0, 220.0), (0.0, 10.0), (0.0, 100.0));
        assert_eq!(a.px(5.0), 60.0);
        assert_eq!(a.py(0.0), 220.0);
        assert_eq!(a.py(100.0), 20.0);
        assert_eq!((a.width(), a.height()), (100.0, 200.0));
    }
}
