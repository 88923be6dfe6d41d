//! The scaling sim's guided tours: where each lever stops as a workload grows (and what one
//! failure domain costs), and why reads scale out while writes and serial work do not.

use dsim_core::scaling::{Lever, Preset, ScalingEvent, Usl};
use dsim_ui::{Tour, TourStep, TourWords};

use crate::settings::PanelTab;
use crate::{Msg, ScalingUpVsOut as S};

fn step(check: fn(&S) -> bool) -> TourStep<S> {
    TourStep::new(check)
}

fn ev(e: ScalingEvent) -> Msg {
    Msg::Event(e)
}

/// `step` with `n` more months of growth, as Play would run them.
fn months(mut step: TourStep<S>, n: u32) -> TourStep<S> {
    for _ in 0..n {
        step = step.send(ev(ScalingEvent::AdvanceMonth));
    }
    step
}

/// Whether the month is `m` and each lever is over its ceiling as given.
fn at(s: &S, m: u32, up_over: bool, out_over: bool) -> bool {
    s.sim.month() == m
        && s.sim.is_over(Lever::Up) == up_over
        && s.sim.is_over(Lever::Out) == out_over
}

pub(crate) fn levers(w: &TourWords) -> Tour<S> {
    w.tour(
        "where-each-lever-stops",
        vec![
            step(|s| at(s, 0, false, false))
                .settings("fail=0&seed=42")
                .focus(".sim-canvas"),
            months(step(|s| at(s, 24, false, false)), 24).focus(".scaling-charts"),
            step(|s| s.sim.machine_down()).send(ev(ScalingEvent::FailMachine)),
            step(|s| !s.sim.machine_down() && s.sim.failed_nodes().len() == 1)
                .send(ev(ScalingEvent::Repair))
                .send(ev(ScalingEvent::FailNode)),
            months(
                step(|s| at(s, 30, true, false)).send(ev(ScalingEvent::Repair)),
                6,
            ),
            months(step(|s| at(s, 42, true, true)), 12)
                .send(Msg::Panel(PanelTab::Out))
                .focus(".usl-peak"),
        ],
    )
}

/// Whether C(n) of the current USL is higher at the cluster's size than at 20 nodes.
fn better_than_twenty(s: &S) -> bool {
    let usl: Usl = s.sim.config().tuning.usl;
    s.sim.nodes() < 20 && usl.capacity(s.sim.nodes() as f64) > usl.capacity(20.0)
}

pub(crate) fn workloads(w: &TourWords) -> Tour<S> {
    w.tour(
        "reads-writes-serial",
        vec![
            step(|s| at(s, 0, false, false) && s.sim.config().workload.read_share > 0.9)
                .settings("fail=0&seed=42")
                .send(ev(ScalingEvent::Preset(Preset::ReadHeavyBlog)))
                .focus(".presets"),
            months(step(|s| at(s, 36, false, false)), 36),
            months(
                step(|s| at(s, 18, true, false) && s.sim.config().workload.read_share < 0.5)
                    .send(ev(ScalingEvent::Preset(Preset::WriteHeavyIngest))),
                18,
            ),
            step(|s| at(s, 0, true, true)).send(ev(ScalingEvent::Preset(Preset::SerialBottleneck))),
            step(|s| {
                s.sim.nodes() == 20 && s.sim.config().tuning.usl.peak().is_some_and(|p| p < 20.0)
            })
            .send(ev(ScalingEvent::Preset(Preset::CoherencyCliff)))
            .send(Msg::Panel(PanelTab::Out))
            .focus(".usl-peak"),
            step(better_than_twenty)
                .send(ev(ScalingEvent::RemoveNode))
                .send(ev(ScalingEvent::RemoveNode))
                .send(ev(ScalingEvent::RemoveNode))
                .send(ev(ScalingEvent::RemoveNode))
                .send(ev(ScalingEvent::RemoveNode)),
        ],
    )
}
