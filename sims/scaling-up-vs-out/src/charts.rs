//! The chart under the picture, one of four (chosen by tabs), drawn with the shared chart code:
//! demand against both ceilings over time, capacity against price, latency against load, and
//! cost per million requests over time. Each line is named by a label beside it (a line sample
//! and words), so no colour has to be looked up.

use dsim_core::num::Within;
use std::rc::Rc;

use dsim_core::scaling::{Lever, MAX_MONTHS};
use dsim_ui::chart::{draw_line_chart, Axis, LineChart, PlotArea, Series};
use dsim_ui::draw::{Align, Frame};

use crate::data::{CostPoint, Derived};
use crate::settings::ChartTab;
use crate::text::{self, Line};

/// What one frame of the chart shows.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartScene {
    /// Which chart.
    pub tab: ChartTab,
    /// The numbers.
    pub data: Rc<Derived>,
}

/// A label beside a line: its words, colour, dash and where it goes (in chart values).
struct Label {
    text: String,
    color: &'static str,
    dashed: bool,
    at: (f64, f64),
}

/// Draws the chart; never animates.
pub fn draw(f: &Frame, scene: &ChartScene) -> bool {
    f.clear();
    let d = &scene.data;
    let (chart, labels) = match scene.tab {
        ChartTab::Time => time_chart(f, d),
        ChartTab::Throughput => throughput_chart(f, d),
        ChartTab::Latency => latency_chart(f, d),
        ChartTab::Cost => cost_chart(f, d),
    };
    if let Some(area) = draw_line_chart(f, (0.0, 0.0, f.width, f.height), &chart) {
        let mut placed = Vec::new();
        for l in &labels {
            let b = label(f, &area, l, &placed);
            placed.push(b);
        }
    }
    false
}

/// A y axis title that fits the chart's height: the long form, or its short form on a short
/// chart (the title runs along the axis, so a long one would be cut off).
fn y_title(f: &Frame, (long, short): (String, String)) -> String {
    if f.text_width(&long, 12.0) > f.height - 56.0 * f.scale {
        short
    } else {
        long
    }
}

/// Thousands of requests per second.
fn k(x: f64) -> f64 {
    x / 1_000.0
}

fn decimals(top: f64) -> usize {
    if top < 10.0 {
        1
    } else {
        0
    }
}

/// Demand and both ceilings by month, with the crossings and the month shown marked.
fn time_chart(f: &Frame, d: &Derived) -> (LineChart, Vec<Label>) {
    let p = f.palette;
    let pts = &d.timeline;
    let ceiling_top = pts
        .iter()
        .map(|m| m.up_ceiling.max(m.out_ceiling))
        .fold(pts[0].demand.total(), f64::max);
    let top = k(ceiling_top) * 1.35;
    let x = Axis::new(0.0, f64::from(MAX_MONTHS), text::axis_month()).ticks(7);
    let y = Axis::new(0.0, top, y_title(f, text::axis_krate())).decimals(decimals(top));
    let line = |g: &dyn Fn(&dsim_core::scaling::MonthPoint) -> f64| {
        pts.iter()
            .map(|m| (f64::from(m.month), k(g(m))))
            .collect::<Vec<_>>()
    };
    let mut series = vec![
        Series::mark(&y, f64::from(d.month), p.muted, 1.0),
        Series::line(line(&|m| m.up_ceiling), p.read, 2.0).dashed(),
        Series::line(line(&|m| m.out_ceiling), p.write, 2.0).dashed(),
        Series::line(clip(&line(&|m| m.demand.total()), top), p.ink, 2.5),
    ];
    let mut labels = vec![
        Label {
            text: text::line(Line::Demand),
            color: p.ink,
            dashed: false,
            at: end_of(&series[3].points, top),
        },
        Label {
            text: text::line(Line::UpCeiling),
            color: p.read,
            dashed: true,
            at: (1.0, k(pts[0].up_ceiling)),
        },
        Label {
            text: text::line(Line::OutCeiling),
            color: p.write,
            dashed: true,
            at: (1.0, k(pts[0].out_ceiling)),
        },
    ];
    for (lever, color) in [(Lever::Up, p.read), (Lever::Out, p.write)] {
        if let Some(month) = d.lever(lever).ceiling_month {
            let m = f64::from(month);
            series.push(Series::mark(&y, m, color, 1.5));
            labels.push(Label {
                text: text::outgrown_mark(lever, month),
                color,
                dashed: false,
                at: (m, top * 0.97),
            });
        }
    }
    (
        LineChart {
            x,
            y,
            bands: vec![],
            series,
        },
        labels,
    )
}

/// A rising line up to where it leaves the chart at `top` (the crossing interpolated), so it
/// is not drawn flat along the top edge.
fn clip(points: &[(f64, f64)], top: f64) -> Vec<(f64, f64)> {
    let mut out = Vec::with_capacity(points.len());
    for &(x, y) in points {
        match out.last() {
            Some(&(x0, y0)) if y > top => {
                let t = if y > y0 { (top - y0) / (y - y0) } else { 0.0 };
                out.push((x0 + t * (x - x0), top));
                break;
            }
            None if y > top => break,
            _ => out.push((x, y)),
        }
    }
    out
}

/// Where a rising line leaves the chart or ends, a little inside the plot.
fn end_of(points: &[(f64, f64)], top: f64) -> (f64, f64) {
    let inside = points.iter().rev().find(|&&(_, v)| v <= top * 0.9);
    inside.copied().unwrap_or((0.0, 0.0))
}

/// Capacity against price: every rung of the ladder and every cluster size, with the demand.
fn throughput_chart(f: &Frame, d: &Derived) -> (LineChart, Vec<Label>) {
    let p = f.palette;
    let best = d.best_nodes;
    let reach = (2 * best).max(8).min(d.out.curve.len()).max(1);
    let top_price = d.up.curve.last().map_or(1.0, |c| c.price);
    let x_max = d.out.curve[reach - 1].price.max(top_price) * 1.05;
    let clusters = &d.out.curve[..reach];
    let capacities = d.up.curve.iter().chain(clusters).map(|c| c.capacity);
    let cap_max = capacities.fold(d.demand.total(), f64::max);
    let top = k(cap_max) * 1.15;
    let x = Axis::new(0.0, x_max, text::axis_price()).decimals(usize::from(x_max < 10.0));
    let y = Axis::new(0.0, top, y_title(f, text::axis_krate())).decimals(decimals(top));
    let priced = |curve: &[CostPoint]| -> Vec<(f64, f64)> {
        curve.iter().map(|c| (c.price, k(c.capacity))).collect()
    };
    let up = priced(&d.up.curve);
    let out = priced(clusters);
    let peak = out[best - 1];
    let series = vec![
        Series::rule(&x, k(d.demand.total()), p.ink, 1.5).dashed(),
        Series::line(up.clone(), p.read, 2.5),
        Series::line(out.clone(), p.write, 2.5).dashed(),
        Series::mark(&y, peak.0, p.write, 1.0).faint(0.6),
    ];
    let labels = vec![
        Label {
            text: text::line(Line::Demand),
            color: p.ink,
            dashed: true,
            at: (x_max * 0.02, k(d.demand.total())),
        },
        Label {
            text: text::line(Line::UpCurve),
            color: p.read,
            dashed: false,
            at: *up.last().unwrap_or(&(0.0, 0.0)),
        },
        Label {
            text: text::peak_label(best),
            color: p.write,
            dashed: true,
            at: peak,
        },
    ];
    (
        LineChart {
            x,
            y,
            bands: vec![],
            series,
        },
        labels,
    )
}

/// Mean latency against load for the machine and the cluster in use, with the demand marked.
fn latency_chart(f: &Frame, d: &Derived) -> (LineChart, Vec<Label>) {
    let p = f.palette;
    let both = || d.up.latency.iter().chain(&d.out.latency);
    let reach = both()
        .map(|&(load, _)| load)
        .fold(d.demand.total(), f64::max);
    let x_top = k(reach) * 1.05;
    let base = both().map(|&(_, ms)| ms).fold(1.0, f64::min);
    let y_top = (base * 12.0).within(5.0, 200.0);
    let x = Axis::new(0.0, x_top, text::axis_kload()).decimals(decimals(x_top));
    let y = Axis::new(0.0, y_top, y_title(f, text::axis_ms())).decimals(usize::from(y_top < 10.0));
    let pts = |c: &[(f64, f64)]| c.iter().map(|&(l, ms)| (k(l), ms)).collect::<Vec<_>>();
    let up = clip(&pts(&d.up.latency), y_top);
    let out = clip(&pts(&d.out.latency), y_top);
    let series = vec![
        Series::mark(&y, k(d.demand.total()), p.ink, 1.5).dashed(),
        Series::line(up.clone(), p.read, 2.5),
        Series::line(out.clone(), p.write, 2.5).dashed(),
    ];
    let labels = vec![
        Label {
            text: text::line(Line::DemandNow),
            color: p.ink,
            dashed: true,
            at: (k(d.demand.total()), y_top * 0.95),
        },
        Label {
            text: text::line(Line::UpLatency),
            color: p.read,
            dashed: false,
            at: last_below(&up, y_top),
        },
        Label {
            text: text::line(Line::OutLatency),
            color: p.write,
            dashed: true,
            at: last_below(&out, y_top * 0.8),
        },
    ];
    (
        LineChart {
            x,
            y,
            bands: vec![],
            series,
        },
        labels,
    )
}

/// The last point of a curve still under `top`.
fn last_below(points: &[(f64, f64)], top: f64) -> (f64, f64) {
    points
        .iter()
        .rev()
        .find(|&&(_, v)| v <= top * 0.85)
        .copied()
        .unwrap_or((0.0, 0.0))
}

/// Dollars per million requests by month, each lever sized for the month; a lever's line stops
/// where no size of it keeps up.
fn cost_chart(f: &Frame, d: &Derived) -> (LineChart, Vec<Label>) {
    let p = f.palette;
    let up: Vec<(f64, f64)> = d
        .timeline
        .iter()
        .map_while(|m| m.up_cost_per_million.map(|c| (f64::from(m.month), c)))
        .collect();
    let out: Vec<(f64, f64)> = d
        .timeline
        .iter()
        .map_while(|m| m.out_cost_per_million.map(|c| (f64::from(m.month), c)))
        .collect();
    let top = up.iter().chain(&out).map(|&(_, c)| c).fold(0.01, f64::max) * 1.3;
    let x = Axis::new(0.0, f64::from(MAX_MONTHS), text::axis_month()).ticks(7);
    let y =
        Axis::new(0.0, top, y_title(f, text::axis_cost())).decimals(if top < 0.1 { 3 } else { 2 });
    let series = vec![
        Series::mark(&y, f64::from(d.month), p.muted, 1.0),
        Series::line(up.clone(), p.read, 2.5),
        Series::line(out.clone(), p.write, 2.5).dashed(),
    ];
    let mut labels = Vec::new();
    if let Some(&end) = up.last() {
        labels.push(Label {
            text: text::line(Line::UpCost),
            color: p.read,
            dashed: false,
            at: end,
        });
    }
    if let Some(&end) = out.last() {
        labels.push(Label {
            text: text::line(Line::OutCost),
            color: p.write,
            dashed: true,
            at: end,
        });
    }
    (
        LineChart {
            x,
            y,
            bands: vec![],
            series,
        },
        labels,
    )
}

/// A label's box on the canvas: left, top, right, bottom.
type Box4 = (f64, f64, f64, f64);

/// A line sample and words beside the point `l.at`, kept inside the plot and moved down past
/// the labels already `placed`; returns its box.
fn label(f: &Frame, area: &PlotArea, l: &Label, placed: &[Box4]) -> Box4 {
    let pal = f.palette;
    let s = f.scale;
    let px = 11.0;
    // Long enough for a dash, a gap and a dash, so dashed and solid lines look different.
    let sample = 22.0 * s;
    let w = sample + 4.0 * s + f.text_width(&l.text, px);
    let h = 14.0 * s;
    let x = within(
        area.px(l.at.0) + 4.0 * s,
        area.left + 2.0,
        area.right - w - 2.0,
    );
    let mut y = within(
        area.py(l.at.1) - h,
        area.top + h / 2.0,
        area.bottom - h / 2.0,
    );
    let overlaps = |y: f64| {
        placed
            .iter()
            .any(|&(l, t, r, b)| x < r && x + w > l && y - h / 2.0 < b && y + h / 2.0 > t)
    };
    for _ in 0..placed.len() * 2 {
        if !overlaps(y) {
            break;
        }
        y = if y + 1.5 * h < area.bottom {
            y + h + 2.0
        } else {
            y - h - 2.0
        };
    }
    f.faded(0.85, || {
        f.ctx.set_fill_style_str(pal.background);
        f.ctx.fill_rect(x - 2.0, y - h / 2.0, w + 4.0, h);
    });
    if l.dashed {
        f.dashed_line((x, y), (x + sample, y), l.color, 2.5, 0.0);
    } else {
        f.line(x, y, x + sample, y, l.color, 2.5);
    }
    f.text(&l.text, x + sample + 4.0 * s, y, px, pal.ink, Align::Left);
    (x - 2.0, y - h / 2.0, x + w + 2.0, y + h / 2.0)
}

/// `v` kept between `lo` and `hi`; `lo` when the range is empty (a chart too small for it).
fn within(v: f64, lo: f64, hi: f64) -> f64 {
    v.min(hi).max(lo)
}

/// The chart's text alternative.
pub fn describe(scene: &ChartScene) -> String {
    text::chart_description(scene.tab, &scene.data)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_go_where_the_rising_line_is_still_in_view() {
        let pts = [(0.0, 1.0), (1.0, 5.0), (2.0, 50.0)];
        assert_eq!(end_of(&pts, 10.0), (1.0, 5.0));
        assert_eq!(last_below(&pts, 10.0), (1.0, 5.0));
        assert_eq!(end_of(&[], 10.0), (0.0, 0.0));
        assert_eq!(
            clip(&pts, 10.0),
            vec![(0.0, 1.0), (1.0, 5.0), (1.0 + 5.0 / 45.0, 10.0)]
        );
        assert_eq!(clip(&[(0.0, 20.0)], 10.0), vec![]);
        assert_eq!(within(5.0, 50.0, 48.0), 50.0);
        assert_eq!(within(49.0, 40.0, 48.0), 48.0);
    }
}
