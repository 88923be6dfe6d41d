//! The "Phi accrual detector" panel's drawing: over the last 20 s, phi against its threshold
//! (left, or top on narrow screens) and, beside it, a fixed-timeout detector watching the same
//! heartbeats (time since the last heartbeat against the timeout). Heartbeat arrivals are
//! marked on both; each suspicion is a shaded band, a false alarm is labelled, and the moment
//! each detector convicts the crashed node is marked.

use dsim_core::gossip::phi::{Detector, PhiSample, PhiSim, Suspicion, Verdict};
use dsim_ui::chart::{draw_line_chart, Axis, Band, LineChart, PlotArea, Series};
use dsim_ui::draw::{Align, Frame};
use dsim_ui::i18n::dec;

use crate::msg::t;
use crate::text::phi::threshold_arg;

/// The time window shown, in ms.
pub const WINDOW_MS: u64 = 20_000;
/// Canvases at least this wide put the two charts side by side.
const SIDE_BY_SIDE: f64 = 620.0;

/// What the panel draws, captured at the last tick.
#[derive(Debug, Clone, PartialEq)]
pub struct PhiScene {
    /// Logical time now, in ms.
    pub now: u64,
    /// phi samples inside the window.
    pub samples: Vec<PhiSample>,
    /// Heartbeat arrivals inside the window, plus the one before it.
    pub arrivals: Vec<u64>,
    /// The phi threshold.
    pub threshold: f64,
    /// The fixed timeout, ms.
    pub timeout_ms: u64,
    /// Suspicions that reach into the window, per detector.
    pub phi_suspicions: Vec<Suspicion>,
    /// See `phi_suspicions`.
    pub timeout_suspicions: Vec<Suspicion>,
    /// When the node crashed, if it is down.
    pub crashed_at: Option<u64>,
    /// When each detector convicted it: (phi, timeout).
    pub convicted: (Option<u64>, Option<u64>),
    /// The last heartbeat's time.
    pub last_heartbeat: u64,
    /// False alarms so far: (phi, timeout).
    pub false_alarms: (usize, usize),
}

impl PhiScene {
    /// The scene for the detector's current state.
    pub fn new(sim: &PhiSim) -> Self {
        let now = sim.now();
        let (t0, _) = window(now);
        let samples = sim
            .samples()
            .iter()
            .filter(|s| s.t >= t0)
            .copied()
            .collect();
        let arrivals = sim.arrivals();
        let first = arrivals
            .iter()
            .position(|&a| a >= t0)
            .unwrap_or(arrivals.len());
        let arrivals = arrivals[first.saturating_sub(1)..].to_vec();
        let recent = |d| {
            sim.suspicions(d)
                .iter()
                .filter(|s: &&Suspicion| s.until.is_none_or(|u| u >= t0))
                .copied()
                .collect()
        };
        PhiScene {
            now,
            samples,
            arrivals,
            threshold: sim.config().threshold,
            timeout_ms: sim.config().timeout_ms,
            phi_suspicions: recent(Detector::Phi),
            timeout_suspicions: recent(Detector::Timeout),
            crashed_at: sim.crashed_at(),
            convicted: (
                sim.convicted_at(Detector::Phi),
                sim.convicted_at(Detector::Timeout),
            ),
            last_heartbeat: sim.last_heartbeat(),
            false_alarms: (
                sim.false_positives(Detector::Phi),
                sim.false_positives(Detector::Timeout),
            ),
        }
    }
}

/// What a detector makes of the node right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// It convicted the crashed node, this many ms after the crash.
    Convicted(u64),
    /// It suspects the node, which is in fact alive.
    SuspectsLive,
    /// It trusts the node, which is alive.
    Trusts,
    /// It still trusts the node, which has crashed.
    TrustsCrashed,
}

impl Standing {
    /// Whether the readout shows it as bad news (a conviction or a false suspicion).
    pub fn is_alarm(self) -> bool {
        matches!(self, Standing::Convicted(_) | Standing::SuspectsLive)
    }
}

/// Detector `d`'s standing on the node now.
pub fn standing(sim: &PhiSim, d: Detector) -> Standing {
    if let Some(ms) = sim.detection_latency(d) {
        Standing::Convicted(ms)
    } else if sim.suspected(d) {
        Standing::SuspectsLive
    } else if sim.is_alive() {
        Standing::Trusts
    } else {
        Standing::TrustsCrashed
    }
}

/// The window shown at time `now`: the last 20 s (the first 20 s until then).
pub fn window(now: u64) -> (u64, u64) {
    let end = now.max(WINDOW_MS);
    (end - WINDOW_MS, end)
}

fn secs(ms: u64) -> f64 {
    ms as f64 / 1000.0
}

/// The sawtooth of silence: time since the last heartbeat, from the window's start to now.
/// `arrivals` may begin with the last heartbeat before the window.
pub fn silence(arrivals: &[u64], t0: u64, now: u64) -> Vec<(f64, f64)> {
    let mut pts = Vec::with_capacity(arrivals.len() * 2 + 2);
    let mut last: Option<u64> = None;
    for &a in arrivals {
        if a >= t0 {
            if let Some(l) = last {
                if pts.is_empty() {
                    // The window starts part-way up a tooth.
                    let from = t0.max(l);
                    pts.push((secs(from), secs(from - l)));
                }
                pts.push((secs(a), secs(a - l)));
            }
            pts.push((secs(a), 0.0));
        }
        last = Some(a);
    }
    if let Some(l) = last {
        if pts.is_empty() {
            let from = t0.max(l);
            pts.push((secs(from), secs(from - l)));
        }
        pts.push((secs(now.max(l)), secs(now.saturating_sub(l))));
    }
    pts
}

fn bands(f: &Frame, list: &[Suspicion], now: u64) -> Vec<Band> {
    let p = f.palette;
    list.iter()
        .map(|s| Band {
            from: secs(s.from),
            to: secs(s.until.unwrap_or(now)),
            color: match s.verdict {
                Verdict::FalsePositive => p.bad,
                Verdict::Pending => p.write,
                Verdict::Correct => p.bad,
            },
            alpha: match s.verdict {
                Verdict::FalsePositive => 0.22,
                Verdict::Pending => 0.25,
                Verdict::Correct => 0.15,
            },
        })
        .collect()
}

/// A chart's box on the canvas: x, y, width, height.
type Rect = (f64, f64, f64, f64);

/// Draws both charts; never animates (the panel redraws on every tick).
pub fn draw(f: &Frame, s: &PhiScene) -> bool {
    f.clear();
    let (t0, t1) = window(s.now);
    let side = f.width >= SIDE_BY_SIDE;
    let (left, right) = if side {
        let w = f.width / 2.0;
        ((0.0, 0.0, w, f.height), (w, 0.0, w, f.height))
    } else {
        let h = f.height / 2.0;
        ((0.0, 0.0, f.width, h), (0.0, h, f.width, h))
    };
    let x_axis = Axis::new(secs(t0), secs(t1), t!(AXIS_TIME)).ticks(6);
    // Stacked charts share the bottom chart's axis title.
    let top_x_axis = if side {
        x_axis.clone()
    } else {
        Axis::new(secs(t0), secs(t1), "").ticks(6)
    };
    phi_chart(f, s, left, top_x_axis);
    timeout_chart(f, s, right, x_axis);
    false
}

/// Writes a chart's title at the top of `rect` and returns the box left for the chart.
fn titled(f: &Frame, title: &str, rect: Rect) -> Rect {
    let title_h = 17.0 * f.scale;
    f.bold(
        title,
        rect.0 + 8.0,
        rect.1 + title_h / 2.0 + 2.0,
        13.0,
        f.palette.ink,
        Align::Left,
    );
    (rect.0, rect.1 + title_h, rect.2, rect.3 - title_h)
}

/// Phi against its threshold, with the heartbeats, suspicions and the conviction.
fn phi_chart(f: &Frame, s: &PhiScene, rect: Rect, x: Axis) {
    let p = f.palette;
    let t0 = window(s.now).0;
    let top = (s.threshold * 1.5).max(s.threshold + 3.0).ceil();
    let mut series = vec![Series::rule(&x, s.threshold, p.bad, 2.0).dashed()];
    series.extend(crash_mark(f, s, top));
    series.push(Series::line(
        s.samples.iter().map(|x| (secs(x.t), x.phi)).collect(),
        p.read,
        2.0,
    ));
    let chart = LineChart {
        x,
        y: Axis::new(0.0, top, t!(AXIS_PHI)).ticks(5),
        bands: bands(f, &s.phi_suspicions, s.now),
        series,
    };
    let title = t!(PHI_CHART_TITLE, threshold = threshold_arg(s.threshold));
    let Some(a) = draw_line_chart(f, titled(f, &title, rect), &chart) else {
        return;
    };
    heartbeats(f, s, &a, t0);
    let label = t!(PHI_RULE, threshold = threshold_arg(s.threshold));
    rule_label(f, &a, &label, a.py(s.threshold.min(top)));
    if let Some(last) = s.samples.last() {
        let shown = if last.phi > 999.0 {
            t!(PHI_HUGE)
        } else {
            t!(PHI_MARK, phi = dec(last.phi, 2))
        };
        // Over the threshold the line sits at the top: write the value at the bottom.
        let y = if last.phi > s.threshold {
            a.bottom - 20.0 * f.scale
        } else {
            a.py(last.phi.min(top)) - 10.0 * f.scale
        };
        f.bold(&shown, a.right - 4.0, y, 11.0, p.read, Align::Right);
    }
    mark_alarms(f, &a, &s.phi_suspicions, t0);
    crash_label(f, s, &a, t0);
    if let Some(at) = s.convicted.0 {
        conviction(f, &a, at, s.crashed_at, t0);
    }
}

/// The fixed timeout on the same heartbeats: the silence against the timeout.
fn timeout_chart(f: &Frame, s: &PhiScene, rect: Rect, x: Axis) {
    let p = f.palette;
    let t0 = window(s.now).0;
    let saw = silence(&s.arrivals, t0, s.now);
    let timeout = secs(s.timeout_ms);
    let top = (timeout * 1.5).max(2.5).ceil();
    let mut series = vec![Series::rule(&x, timeout, p.bad, 2.0).dashed()];
    series.extend(crash_mark(f, s, top));
    series.push(Series::line(saw, p.read, 2.0));
    let chart = LineChart {
        x,
        y: Axis::new(0.0, top, t!(AXIS_SILENCE)).ticks(5),
        bands: bands(f, &s.timeout_suspicions, s.now),
        series,
    };
    let title = t!(TIMEOUT_CHART_TITLE, timeout = dec(timeout, 1));
    let Some(a) = draw_line_chart(f, titled(f, &title, rect), &chart) else {
        return;
    };
    heartbeats(f, s, &a, t0);
    let label = t!(TIMEOUT_RULE, timeout = dec(timeout, 1));
    rule_label(f, &a, &label, a.py(timeout.min(top)));
    mark_alarms(f, &a, &s.timeout_suspicions, t0);
    crash_label(f, s, &a, t0);
    if let Some(at) = s.convicted.1 {
        conviction(f, &a, at, s.crashed_at, t0);
    }
}

/// A dashed vertical line at the crash, if it is in the window.
fn crash_mark(f: &Frame, s: &PhiScene, top: f64) -> Option<Series> {
    let at = s.crashed_at?;
    (at >= window(s.now).0)
        .then(|| Series::line(vec![(secs(at), 0.0), (secs(at), top)], f.palette.ink, 1.5).dashed())
}

/// Heartbeat arrivals: small green hearts along the bottom of the plot.
fn heartbeats(f: &Frame, s: &PhiScene, a: &PlotArea, t0: u64) {
    let p = f.palette;
    let y = a.bottom - 7.0 * f.scale;
    let xs: Vec<(f64, f64)> = s
        .arrivals
        .iter()
        .filter(|&&t| t >= t0)
        .map(|&t| (a.px(secs(t)), y))
        .collect();
    f.dots(xs.iter().copied(), 3.5 * f.scale, p.good);
    if let Some(&(x, _)) = xs.last() {
        if x < a.right - 70.0 * f.scale && s.crashed_at.is_none() {
            f.text(
                &t!(HEARTBEAT_MARK),
                x + 6.0,
                y - 1.0,
                10.0,
                p.good_text,
                Align::Left,
            );
        }
    }
}

/// "false alarm" over each false-positive band in view.
fn mark_alarms(f: &Frame, a: &PlotArea, list: &[Suspicion], t0: u64) {
    let p = f.palette;
    for s in list.iter().filter(|s| s.verdict == Verdict::FalsePositive) {
        let x = a.px(secs(s.from.max(t0)));
        f.text(
            &t!(FALSE_ALARM_MARK),
            x + 2.0,
            a.top + 9.0 * f.scale,
            10.0,
            p.bad_text,
            Align::Left,
        );
    }
}

/// A dashed rule's label, right-aligned just above it.
fn rule_label(f: &Frame, a: &PlotArea, text: &str, y: f64) {
    let p = f.palette;
    let w = f.text_width(text, 11.0);
    let y = y - 8.0 * f.scale;
    f.faded(0.85, || {
        f.rounded_rect(
            dsim_ui::geom::Rect::new(
                a.right - w - 8.0,
                y - 7.0 * f.scale,
                w + 6.0,
                14.0 * f.scale,
            ),
            3.0,
            p.background,
            p.background,
        );
    });
    f.text(text, a.right - 5.0, y, 11.0, p.bad_text, Align::Right);
}

/// The moment of conviction: a solid line and how long after the crash it came, near the top
/// of the plot.
fn conviction(f: &Frame, a: &PlotArea, at: u64, crash: Option<u64>, t0: u64) {
    let p = f.palette;
    if at < t0 {
        return;
    }
    let x = a.px(secs(at));
    f.line(x, a.top, x, a.bottom, p.bad, 2.5);
    let text = match crash {
        Some(c) => t!(CONVICTED_MARK, after = dec(secs(at.saturating_sub(c)), 1)),
        None => t!(CONVICTED_MARK_PLAIN),
    };
    let w = f.text_width(&text, 11.0);
    let (tx, align) = if x + 4.0 + w < a.right {
        (x + 4.0, Align::Left)
    } else {
        (x - 4.0, Align::Right)
    };
    f.bold(&text, tx, a.top + 10.0 * f.scale, 11.0, p.bad_text, align);
}

/// "crash" beside the crash line, on the side with room.
fn crash_label(f: &Frame, s: &PhiScene, a: &PlotArea, t0: u64) {
    if let Some(at) = s.crashed_at.filter(|&at| at >= t0) {
        let x = a.px(secs(at));
        let y = a.top + a.height() * 0.3;
        let label = t!(CRASH_MARK);
        if x - a.left > 40.0 * f.scale {
            f.text(&label, x - 3.0, y, 11.0, f.palette.ink, Align::Right);
        } else {
            f.text(&label, x + 3.0, y, 11.0, f.palette.ink, Align::Left);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsim_core::gossip::phi::{PhiConfig, PhiEvent};

    #[test]
    fn the_window_is_the_last_twenty_seconds() {
        assert_eq!(window(0), (0, 20_000));
        assert_eq!(window(5_000), (0, 20_000));
        assert_eq!(window(65_000), (45_000, 65_000));
    }

    #[test]
    fn silence_is_a_sawtooth_that_drops_at_each_heartbeat() {
        let pts = silence(&[0, 1000, 2100], 0, 2500);
        assert_eq!(
            pts,
            vec![
                (0.0, 0.0),
                (1.0, 1.0),
                (1.0, 0.0),
                (2.1, 1.1),
                (2.1, 0.0),
                (2.5, 0.4)
            ]
        );
        // A window that starts between heartbeats starts mid-tooth.
        let pts = silence(&[9_500, 10_600], 10_000, 11_000);
        assert_eq!(pts.first(), Some(&(10.0, 0.5)));
        assert_eq!(pts.last(), Some(&(11.0, 0.4)));
    }

    #[test]
    fn the_scene_keeps_only_the_window() {
        let mut sim = PhiSim::new(PhiConfig::default(), 3);
        sim.advance(60_000);
        sim.apply(PhiEvent::StopHeartbeats);
        sim.advance(5_000);
        let s = PhiScene::new(&sim);
        let (t0, _) = window(s.now);
        assert!(s.samples.iter().all(|x| x.t >= t0));
        assert!(s.arrivals.iter().skip(1).all(|&a| a >= t0));
        assert!(s.convicted.0.is_some() && s.convicted.1.is_some());
        assert!(
            s.convicted.0 < s.convicted.1,
            "phi convicts before a 3 s timeout"
        );
        assert!(crate::text::phi::scene_label(&s).starts_with("Two charts from 45 s to 65 s."));
        assert_eq!(
            standing(&sim, Detector::Phi),
            Standing::Convicted(s.convicted.0.unwrap_or(0) - 60_000)
        );
    }
}
