//! The split-brain sim's guided tours: how naive failover makes two leaders and loses an
//! acknowledged write, and how Raft's majorities and fencing tokens stop the old leader.

use dsim_core::split_brain::{SplitBrainEvent as E, WriteStatus};
use dsim_ui::{Tour, TourStep, TourWords};

use crate::{Msg, SplitBrainScenario as B};

fn step(check: fn(&B) -> bool) -> TourStep<B> {
    TourStep::new(check)
}

fn ev(e: E) -> Msg {
    Msg::Event(e)
}

/// The leaders as (node, term), as the nodes themselves believe; none while the model waits
/// for its mode's code.
fn leaders(b: &B) -> Vec<(usize, u64)> {
    let Some(live) = b.model() else {
        return Vec::new();
    };
    let sim = &live.sim;
    sim.leaders()
        .iter()
        .map(|&n| (n, sim.nodes()[n].term))
        .collect()
}

/// How many client writes are now `status` (none while the model waits for its mode's code).
fn writes(b: &B, status: WriteStatus) -> usize {
    b.model().map_or(0, |live| {
        live.sim
            .writes()
            .iter()
            .filter(|w| w.status == status)
            .count()
    })
}

pub(crate) fn naive(w: &TourWords) -> Tour<B> {
    w.tour(
        "two-leaders",
        vec![
            step(|b| leaders(b).len() == 1)
                .settings("mode=naive&stonith=0&skew=0&seed=42")
                .focus(".sim-canvas"),
            step(|b| leaders(b).len() == 2)
                .send(ev(E::PartitionNetwork))
                .send(ev(E::SkipAhead)),
            step(|b| writes(b, WriteStatus::Acknowledged) == 2)
                .send(ev(E::SpecWrites))
                .send(ev(E::SkipAhead)),
            step(|b| b.model().is_some_and(|l| l.sim.conflict().is_some()))
                .send(ev(E::Heal))
                .send(ev(E::SkipAhead)),
            step(|b| writes(b, WriteStatus::Lost) > 0).send(ev(E::ResolveLastWriteWins)),
        ],
    )
}

pub(crate) fn majority(w: &TourWords) -> Tour<B> {
    w.tour(
        "majorities-and-tokens",
        vec![
            step(|b| leaders(b) == vec![(0, 1)])
                .settings("mode=raft&stonith=0&skew=0&seed=42")
                .focus(".sim-canvas"),
            step(|b| {
                let l = leaders(b);
                l.len() == 2 && l[0].1 != l[1].1
            })
            .send(ev(E::PartitionNetwork))
            .send(ev(E::SkipAhead))
            .send(ev(E::SkipAhead)),
            step(|b| writes(b, WriteStatus::Committed) > 0 && writes(b, WriteStatus::TimedOut) > 0)
                .send(ev(E::SpecWrites))
                .send(ev(E::SkipAhead))
                .send(ev(E::SkipAhead))
                .send(ev(E::SkipAhead)),
            step(|b| leaders(b).len() == 1)
                .send(ev(E::Heal))
                .send(ev(E::SkipAhead)),
            step(|b| {
                b.model()
                    .is_some_and(|l| l.sim.storage().is_some_and(|s| s.rejected >= 1))
            })
            .settings("mode=fencing&stonith=0&skew=0&seed=42")
            .send(ev(E::PartitionNetwork))
            .send(ev(E::SkipAhead))
            .send(ev(E::SpecWrites))
            .send(ev(E::SkipAhead)),
        ],
    )
}
