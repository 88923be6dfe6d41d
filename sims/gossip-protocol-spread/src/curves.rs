//! The chart under the cluster: nodes informed per round for this run (bold), earlier runs
//! (faint, labelled with their fanout), the expected epidemic curve (dashed) and, after "Run
//! 200 trials", the trials' mean curve.

use dsim_core::gossip::{GossipSim, TRIAL_ROUND_CAP};
use dsim_ui::chart::{draw_line_chart, Axis, LineChart, PlotArea, Series};
use dsim_ui::draw::{Align, Frame};
use dsim_ui::geom::Rect;

use crate::msg::t;
use crate::runs::{Runs, Trials};

/// The fewest rounds the x axis shows.
const MIN_ROUNDS: usize = 6;
/// Points drawn as dots on the current run's line when there are at most this many.
const MAX_DOTS: usize = 60;

/// One earlier run as drawn: its curve and its fanout.
#[derive(Debug, Clone, PartialEq)]
pub struct PastCurve {
    /// Informed nodes per round.
    pub points: Vec<usize>,
    /// Its fanout, written at the end of the line.
    pub fanout: usize,
}

/// What the chart draws, captured when the model last changed.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartData {
    /// This run's informed count per round (empty before Start Gossip).
    pub current: Vec<usize>,
    /// Live nodes now: the top of the y axis.
    pub live: usize,
    /// The mean-field curve for the current settings.
    pub expected: Vec<f64>,
    /// The mean curve of the last trials, when they match the current settings.
    pub trial_mean: Option<(usize, Vec<f64>)>,
    /// Earlier runs.
    pub past: Vec<PastCurve>,
}

impl ChartData {
    /// The chart's data for the current sim, earlier runs and trials.
    pub fn new(sim: &GossipSim, runs: &Runs, trials: Option<&Trials>) -> Self {
        let live = sim.live_count();
        let past: Vec<PastCurve> = runs
            .iter()
            .map(|r| PastCurve {
                points: r.history.clone(),
                fanout: r.config.fanout,
            })
            .collect();
        let trial_mean = trials
            .filter(|t| t.matches(&sim.config(), live))
            .map(|t| (t.stats.trials, t.stats.mean_curve.clone()));
        // Long enough to show the expected curve reach (almost) everyone.
        let full = sim
            .expected_curve(TRIAL_ROUND_CAP as usize)
            .iter()
            .position(|&x| live as f64 - x < 0.5)
            .unwrap_or(MIN_ROUNDS);
        let longest = past
            .iter()
            .map(|p| p.points.len())
            .chain([
                sim.history().len(),
                trial_mean.as_ref().map_or(0, |t| t.1.len()),
            ])
            .max()
            .unwrap_or(0);
        let rounds = (full + 1).max(longest.saturating_sub(1)).max(MIN_ROUNDS);
        ChartData {
            current: sim.history().to_vec(),
            live,
            expected: sim.expected_curve(rounds),
            trial_mean,
            past,
        }
    }

    /// The last round on the x axis.
    pub fn rounds(&self) -> usize {
        self.expected.len().saturating_sub(1).max(MIN_ROUNDS)
    }
}

fn points(values: &[usize]) -> Vec<(f64, f64)> {
    values
        .iter()
        .enumerate()
        .map(|(r, &v)| (r as f64, v as f64))
        .collect()
}

/// Draws the chart; never animates.
pub fn draw(f: &Frame, data: &ChartData) -> bool {
    let p = f.palette;
    f.clear();
    let rounds = data.rounds() as f64;
    let top = data
        .past
        .iter()
        .flat_map(|c| c.points.iter().copied())
        .chain([data.live, 1])
        .max()
        .unwrap_or(1) as f64;
    let x = Axis::new(0.0, rounds, t!(AXIS_ROUND)).ticks((rounds as usize + 1).min(11));
    let title = if f.height < 170.0 {
        t!(AXIS_INFORMED_SHORT)
    } else {
        t!(AXIS_INFORMED)
    };
    let y = Axis::new(0.0, top, title).ticks((top as usize + 1).min(6));
    let chart = LineChart {
        x,
        y,
        bands: Vec::new(),
        series: series(f, data),
    };
    // Short charts put a one-row legend above the plot instead of inside it.
    let compact = f.height < 190.0 * f.scale;
    let band = if compact { 18.0 * f.scale } else { 0.0 };
    let Some(area) = draw_line_chart(f, (0.0, band, f.width, f.height - band), &chart) else {
        return false;
    };
    if data.current.len() <= MAX_DOTS {
        f.dots(
            data.current
                .iter()
                .enumerate()
                .map(|(r, &v)| (area.px(r as f64), area.py(v as f64))),
            3.5 * f.scale,
            p.read,
        );
    }
    label_past_runs(f, data, &area);
    legend(f, data, &area, compact.then_some(band / 2.0));
    if data.current.is_empty() {
        press_start(f, &area, compact);
    }
    false
}

/// "Press Start Gossip to plot this run" where the expected curve is not: in the top left
/// corner (the curve starts at the bottom left and rises late), or, on a short chart whose
/// legend sits above the plot, in the bottom right corner (the curve ends at the top), on a
/// patch of background so that it reads where the curve passes close.
fn press_start(f: &Frame, area: &PlotArea, compact: bool) {
    let text = t!(CHART_PRESS_START);
    let s = f.scale;
    let (x, y, align) = if compact {
        (
            area.right - 6.0 * s,
            area.bottom - area.height() * 0.2,
            Align::Right,
        )
    } else {
        (area.left + 8.0 * s, area.top + 14.0 * s, Align::Left)
    };
    let (w, h) = (f.text_width(&text, 12.0) + 8.0 * s, 16.0 * s);
    let left = if compact {
        x - w + 4.0 * s
    } else {
        x - 4.0 * s
    };
    let bg = f.palette.background;
    f.rounded_rect(Rect::new(left, y - h / 2.0, w, h), 3.0 * s, bg, bg);
    f.text(&text, x, y, 12.0, f.palette.muted, align);
}

/// The lines, back to front: earlier runs (faint), the model (dashed), the trials' mean,
/// this run (bold).
fn series(f: &Frame, data: &ChartData) -> Vec<Series> {
    let p = f.palette;
    let indexed = |values: &[f64]| -> Vec<(f64, f64)> {
        values
            .iter()
            .enumerate()
            .map(|(r, &v)| (r as f64, v))
            .collect()
    };
    let mut series: Vec<Series> = data
        .past
        .iter()
        .map(|c| Series::line(points(&c.points), p.muted, 1.5).faint(0.45))
        .collect();
    series.push(Series::line(indexed(&data.expected), p.ink, 1.5).dashed());
    if let Some((_, mean)) = &data.trial_mean {
        series.push(Series::line(indexed(mean), p.series[3], 2.0));
    }
    series.push(Series::line(points(&data.current), p.read, 3.0));
    series
}

/// Writes "f2" at the end of each faint line (one label per end point).
fn label_past_runs(f: &Frame, data: &ChartData, area: &PlotArea) {
    let mut ends: Vec<(usize, usize, Vec<usize>)> = Vec::new();
    for c in &data.past {
        let (Some(&last), r) = (c.points.last(), c.points.len().saturating_sub(1)) else {
            continue;
        };
        match ends.iter_mut().find(|(er, ev, _)| *er == r && *ev == last) {
            Some((_, _, fanouts)) => {
                if !fanouts.contains(&c.fanout) {
                    fanouts.push(c.fanout);
                }
            }
            None => ends.push((r, last, vec![c.fanout])),
        }
    }
    for (r, v, fanouts) in ends {
        let label: Vec<String> = fanouts.iter().map(|f| format!("f{f}")).collect();
        let x = area.px(r as f64);
        let y = area.py(v as f64) + 9.0 * f.scale;
        if x < area.right - 4.0 {
            f.text(
                &label.join(" "),
                x + 3.0,
                y,
                10.0,
                f.palette.muted,
                Align::Left,
            );
        } else {
            f.text(
                &label.join(" "),
                x - 3.0,
                y,
                10.0,
                f.palette.muted,
                Align::Right,
            );
        }
    }
}

/// A small legend at the bottom right of the plot, where the S-curves leave room; or, for
/// short charts, one row of short labels centred on `row_y`, right-aligned above the plot.
fn legend(f: &Frame, data: &ChartData, area: &PlotArea, row_y: Option<f64>) {
    let p = f.palette;
    // (long label, short label, colour, dashed, width)
    let mut rows: Vec<(String, String, &'static str, bool, f64)> = vec![
        (t!(KEY_THIS_RUN), t!(KEY_THIS_RUN), p.read, false, 3.0),
        (t!(KEY_EXPECTED), t!(KEY_EXPECTED_SHORT), p.ink, true, 1.5),
    ];
    if let Some((n, _)) = &data.trial_mean {
        let long = t!(KEY_TRIALS, trials = *n);
        rows.push((long, t!(KEY_TRIALS_SHORT), p.series[3], false, 2.0));
    }
    if !data.past.is_empty() {
        let (long, short) = (t!(KEY_EARLIER), t!(KEY_EARLIER_SHORT));
        rows.push((long, short, p.muted, false, 1.5));
    }
    let px = 11.0;
    let line_h = 15.0 * f.scale;
    let sample = 20.0 * f.scale;
    let gap = 6.0 * f.scale;
    let pad = 5.0 * f.scale;
    let column = row_y.is_none();
    let entries: Vec<(&str, &'static str, bool, f64, f64)> = rows
        .iter()
        .map(|(long, short, color, dashed, width)| {
            let label = if column {
                long.as_str()
            } else {
                short.as_str()
            };
            (label, *color, *dashed, *width, f.text_width(label, px))
        })
        .collect();
    let entry_w = |e: &(&str, &'static str, bool, f64, f64)| sample + gap + e.4;
    let (w, h) = if column {
        let widest = entries.iter().map(entry_w).fold(0.0f64, f64::max);
        (widest + 2.0 * pad, line_h * entries.len() as f64 + pad)
    } else {
        let total: f64 = entries.iter().map(|e| entry_w(e) + 2.0 * gap).sum();
        (total + 2.0 * pad - 2.0 * gap, line_h + pad)
    };
    let (x0, y0) = match row_y {
        Some(y) => (area.right - w, y - h / 2.0),
        None => (area.right - w - 6.0, area.bottom - h - 6.0),
    };
    if x0 < 0.0 || (column && h > area.height() * 0.6) {
        return;
    }
    if column {
        f.faded(0.9, || {
            f.rounded_rect(
                dsim_ui::geom::Rect::new(x0, y0, w, h),
                4.0,
                p.background,
                p.idle,
            )
        });
    }
    let (mut x, mut y) = (x0 + pad, y0 + pad / 2.0 + line_h / 2.0);
    for e in &entries {
        let (label, color, dashed, width, _) = *e;
        if dashed {
            f.dashed_line((x, y), (x + sample, y), color, width, 0.0);
        } else {
            let alpha = if color == p.muted { 0.6 } else { 1.0 };
            f.faded(alpha, || f.line(x, y, x + sample, y, color, width));
        }
        f.text(label, x + sample + gap, y, px, p.ink, Align::Left);
        if column {
            y += line_h;
        } else {
            x += entry_w(e) + 2.0 * gap;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsim_core::gossip::{GossipConfig, GossipEvent, Mode};

    #[test]
    fn the_axis_is_long_enough_for_every_curve() {
        let mut sim = GossipSim::new(GossipConfig::new(12, 1, 50, Mode::Push), 3);
        sim.apply(GossipEvent::Start);
        for _ in 0..40 {
            sim.step();
        }
        let data = ChartData::new(&sim, &Runs::default(), None);
        assert_eq!(data.rounds(), 40);
        assert_eq!(data.expected.len(), 41);
        assert_eq!(data.current.len(), 41);
        let fresh = ChartData::new(
            &GossipSim::new(GossipConfig::default(), 1),
            &Runs::default(),
            None,
        );
        assert!(fresh.current.is_empty());
        assert!(fresh.rounds() >= MIN_ROUNDS);
    }

    #[test]
    fn trials_are_drawn_only_for_matching_settings() {
        let sim = GossipSim::new(GossipConfig::default(), 1);
        let trials = Trials {
            stats: sim.run_trials(20),
            config: sim.config(),
            live: sim.live_count(),
            expected: None,
            elapsed_ms: 0.0,
        };
        assert!(ChartData::new(&sim, &Runs::default(), Some(&trials))
            .trial_mean
            .is_some());
        let mut other = sim.clone();
        other.apply(GossipEvent::SetFanout(4));
        assert!(ChartData::new(&other, &Runs::default(), Some(&trials))
            .trial_mean
            .is_none());
    }
}
