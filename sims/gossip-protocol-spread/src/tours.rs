//! The gossip sim's guided tours: news of a crash spreading like an epidemic, and how the phi
//! accrual detector decides a node is dead.

use dsim_core::gossip::phi::{Detector, PhiEvent};
use dsim_ui::{Tour, TourStep, TourWords};

use crate::{GossipSpread as G, Msg};

fn step(check: fn(&G) -> bool) -> TourStep<G> {
    TourStep::new(check)
}

/// `step` with `n` more rounds, as Next Round would run them.
fn rounds(mut step: TourStep<G>, n: usize) -> TourStep<G> {
    for _ in 0..n {
        step = step.step();
    }
    step
}

/// The round and how many nodes know.
fn progress(g: &G) -> (u32, usize) {
    (g.spread.sim.round(), g.spread.sim.informed_count())
}

fn complete_within(g: &G, max_rounds: u32) -> bool {
    g.spread
        .sim
        .rounds_to_full()
        .is_some_and(|r| r <= max_rounds)
}

pub(crate) fn epidemic(w: &TourWords) -> Tour<G> {
    w.tour(
        "epidemic",
        vec![
            step(|g| g.spread.sim.started() && progress(g) == (0, 1))
                .settings("nodes=32&fanout=1&loss=0&mode=push&seed=42")
                .send(Msg::Start)
                .focus(".sim-canvas"),
            rounds(step(|g| progress(g).0 == 2 && progress(g).1 >= 2), 2),
            rounds(step(|g| progress(g).0 == 4 && progress(g).1 >= 5), 2).focus(".gossip-chart"),
            rounds(step(|g| g.spread.sim.is_complete()), 30),
            rounds(step(|g| complete_within(g, 6)), 30)
                .settings("nodes=32&fanout=3&loss=0&mode=push&seed=42")
                .send(Msg::Start),
            rounds(step(|g| g.spread.sim.is_complete()), 30)
                .settings("nodes=32&fanout=1&loss=0&mode=push-pull&seed=42")
                .send(Msg::Start),
            step(|g| g.spread.trials.is_some()).send(Msg::Trials),
        ],
    )
}

/// The phi panel's model, once the panel is here.
fn phi(g: &G) -> Option<&dsim_core::gossip::phi::PhiSim> {
    g.detector_model()
}

/// When `detector` first suspected the node, if it did.
fn first_suspicion(g: &G, detector: Detector) -> Option<u64> {
    phi(g)?.suspicions(detector).first().map(|s| s.from)
}

pub(crate) fn detector(w: &TourWords) -> Tour<G> {
    w.tour(
        "phi-accrual",
        vec![
            step(|g| phi(g).is_some_and(|p| p.is_alive() && p.now() >= 10_000))
                .settings("tab=phi&jitter=100&threshold=8&timeout=3&seed=42")
                .advance(10_000)
                .focus(".sim-canvas"),
            step(|g| phi(g).is_some_and(|p| !p.is_alive()))
                .send(Msg::Phi(PhiEvent::StopHeartbeats))
                .advance(1_000),
            step(|g| {
                let (p, t) = (
                    first_suspicion(g, Detector::Phi),
                    first_suspicion(g, Detector::Timeout),
                );
                p.zip(t).is_some_and(|(p, t)| p < t)
            })
            .advance(4_000),
            step(|g| {
                phi(g).is_some_and(|p| {
                    p.is_alive()
                        && p.false_positives(Detector::Timeout) >= 1
                        && p.false_positives(Detector::Phi) == 0
                })
            })
            .settings("tab=phi&jitter=600&threshold=8&timeout=1.5&seed=42")
            .advance(60_000),
            step(|g| {
                phi(g).is_some_and(|p| !p.is_alive()) && first_suspicion(g, Detector::Phi).is_some()
            })
            .send(Msg::Phi(PhiEvent::StopHeartbeats))
            .advance(10_000),
        ],
    )
}
