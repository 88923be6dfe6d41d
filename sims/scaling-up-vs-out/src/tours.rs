//! The scaling sim's guided tours: where each lever stops as a workload grows (and what one
//! failure domain costs), and why reads scale out while writes and serial work do not.

use dsim_core::scaling::{Lever, Preset, ScalingEvent, Usl};
use dsim_ui::{Tour, TourStep};

use crate::settings::PanelTab;
use crate::text::tours as text;
use crate::{Msg, ScalingUpVsOut as S};

fn step(title: &'static str, text: &'static str, check: fn(&S) -> bool) -> TourStep<S> {
    TourStep::new(title, text, check)
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

fn levers() -> Tour<S> {
    Tour {
        id: "where-each-lever-stops",
        title: "Where each lever stops",
        steps: vec![
            step("One growing workload", text::L1, |s| at(s, 0, false, false))
                .settings("fail=0&seed=42")
                .focus(".sim-canvas")
                .ask(text::L1_ASK, text::L1_ANSWER),
            months(
                step("Two years on", text::L2, |s| at(s, 24, false, false)),
                24,
            )
            .focus(".scaling-charts"),
            step("One machine, one failure domain", text::L3, |s| {
                s.sim.machine_down()
            })
            .send(ev(ScalingEvent::FailMachine)),
            step("One node of many fails", text::L4, |s| {
                !s.sim.machine_down() && s.sim.failed_nodes().len() == 1
            })
            .send(ev(ScalingEvent::Repair))
            .send(ev(ScalingEvent::FailNode)),
            months(
                step("The largest machine is not enough", text::L5, |s| {
                    at(s, 30, true, false)
                })
                .send(ev(ScalingEvent::Repair)),
                6,
            )
            .ask(text::L5_ASK, text::L5_ANSWER),
            months(
                step("The cluster stops too", text::L6, |s| at(s, 42, true, true)),
                12,
            )
            .send(Msg::Panel(PanelTab::Out))
            .focus(".usl-peak"),
        ],
    }
}

/// Whether C(n) of the current USL is higher at the cluster's size than at 20 nodes.
fn better_than_twenty(s: &S) -> bool {
    let usl: Usl = s.sim.config().tuning.usl;
    s.sim.nodes() < 20 && usl.capacity(s.sim.nodes() as f64) > usl.capacity(20.0)
}

fn workloads() -> Tour<S> {
    Tour {
        id: "reads-writes-serial",
        title: "Reads scale out; writes and serial work do not",
        steps: vec![
            step("A read-heavy blog", text::W1, |s| {
                at(s, 0, false, false) && s.sim.config().workload.read_share > 0.9
            })
            .settings("fail=0&seed=42")
            .send(ev(ScalingEvent::Preset(Preset::ReadHeavyBlog)))
            .focus(".presets"),
            months(
                step("Replicas carry the reads", text::W2, |s| {
                    at(s, 36, false, false)
                }),
                36,
            ),
            months(
                step("Write-heavy ingest", text::W3, |s| {
                    at(s, 18, true, false) && s.sim.config().workload.read_share < 0.5
                })
                .send(ev(ScalingEvent::Preset(Preset::WriteHeavyIngest))),
                18,
            ),
            step("A serial bottleneck", text::W4, |s| at(s, 0, true, true))
                .send(ev(ScalingEvent::Preset(Preset::SerialBottleneck)))
                .ask(text::W4_ASK, text::W4_ANSWER),
            step("The coherency cliff", text::W5, |s| {
                s.sim.nodes() == 20 && s.sim.config().tuning.usl.peak().is_some_and(|p| p < 20.0)
            })
            .send(ev(ScalingEvent::Preset(Preset::CoherencyCliff)))
            .ask(text::W5_ASK, text::W5_ANSWER)
            .send(Msg::Panel(PanelTab::Out))
            .focus(".usl-peak"),
            step("Fewer nodes, more throughput", text::W6, better_than_twenty)
                .send(ev(ScalingEvent::RemoveNode))
                .send(ev(ScalingEvent::RemoveNode))
                .send(ev(ScalingEvent::RemoveNode))
                .send(ev(ScalingEvent::RemoveNode))
                .send(ev(ScalingEvent::RemoveNode)),
        ],
    }
}

/// Both tours, in the order the menu lists them.
pub fn all() -> Vec<Tour<S>> {
    vec![levers(), workloads()]
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_tours_are_well_formed() {
        dsim_ui::tour::assert_tours_well_formed::<crate::ScalingUpVsOut>();
    }
}
