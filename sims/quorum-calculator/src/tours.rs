//! The quorum calculator's guided tours: why W + R > N makes reads meet writes, and the ways a
//! read still comes back stale.

use dsim_core::quorum::{Limit, LimitOutcome, OpKind, Operation, QuorumEvent, QuorumOutcome};
use dsim_ui::{Tour, TourStep, TourWords};

use crate::{Msg, QuorumCalculator as Q};

fn step(check: fn(&Q) -> bool) -> TourStep<Q> {
    TourStep::new(check)
}

fn ev(e: QuorumEvent) -> Msg {
    Msg::Event(e)
}

/// Whether the cluster is configured as N, W, R.
fn is(s: &Q, n: usize, w: usize, r: usize) -> bool {
    let c = s.sim.config();
    (c.n, c.w, c.r) == (n, w, r)
}

/// The last read's version and the newest acknowledged one.
fn last_read(s: &Q) -> Option<(u32, u32)> {
    match s.sim.last_op() {
        Some(Operation::Read {
            returned, latest, ..
        }) => Some((*returned, *latest)),
        _ => None,
    }
}

/// A read sent to the replicas a write skipped, which comes back stale.
fn stale_read() -> TourStep<Q> {
    step(|s| last_read(s).is_some_and(|(got, latest)| got < latest))
        .send(ev(QuorumEvent::StaleRead))
}

/// The last case the sim ran, if the last event was one.
fn last_case(s: &Q) -> Option<&LimitOutcome> {
    match &s.last {
        Some(QuorumOutcome::Limit(case)) => Some(case),
        _ => None,
    }
}

pub(crate) fn overlap(w: &TourWords) -> Tour<Q> {
    w.tour(
        "overlap",
        vec![
            step(|s| is(s, 3, 2, 2))
                .settings("n=3&w=2&r=2&seed=7")
                .focus("#w"),
            step(|s| {
                matches!(s.sim.last_op(), Some(Operation::Write { version: 2, acked }) if acked.len() == 2)
            })
            .send(ev(QuorumEvent::Write))
            .focus(".sim-canvas"),
            step(|s| {
                last_read(s).is_some_and(|(got, latest)| got == latest && latest == 2)
            })
            .send(ev(QuorumEvent::Read)),
            step(|s| is(s, 3, 2, 1))
                .send(ev(QuorumEvent::SetR(1)))
                .focus("#r"),
            stale_read(),
            step(|s| {
                is(s, 5, 3, 3) && last_read(s).is_some_and(|(got, latest)| got == latest)
            })
            .settings("n=5&w=3&r=3&seed=7")
            .send(ev(QuorumEvent::Write))
            .send(ev(QuorumEvent::Read)),
            step(|s| {
                matches!(
                    s.sim.last_op(),
                    Some(Operation::Unavailable { kind: OpKind::Write, .. })
                )
            })
            .send(ev(QuorumEvent::ToggleNode(0)))
            .send(ev(QuorumEvent::ToggleNode(1)))
            .send(ev(QuorumEvent::ToggleNode(2)))
            .send(ev(QuorumEvent::Write)),
        ],
    )
}

pub(crate) fn stale(w: &TourWords) -> Tour<Q> {
    w.tour(
        "stale-reads",
        vec![
            step(|s| is(s, 3, 1, 1))
                .settings("n=3&w=1&r=1&seed=11")
                .focus(".sliders"),
            stale_read(),
            step(|s| {
                is(s, 5, 3, 3)
                    && matches!(last_case(s), Some(LimitOutcome::ReadDuringWrite { first, second, .. }) if first.1 > second.1)
            })
            .settings("n=5&w=3&r=3&seed=11")
            .send(ev(QuorumEvent::Limit(Limit::ReadDuringWrite)))
            .focus(".limits"),
            step(|s| {
                matches!(last_case(s), Some(LimitOutcome::FailedWrite { version, seen, latest, .. }) if seen.1 == *version && version > latest)
            })
            .send(ev(QuorumEvent::Limit(Limit::FailedWrite))),
            step(|s| {
                matches!(last_case(s), Some(LimitOutcome::SloppyQuorum { version, stale, .. }) if stale.1 < *version)
            })
            .send(ev(QuorumEvent::Limit(Limit::SloppyQuorum))),
            step(|s| {
                matches!(last_case(s), Some(LimitOutcome::LastWriteWins { lost, kept, .. }) if lost.0 != kept.0)
            })
            .send(ev(QuorumEvent::Limit(Limit::LastWriteWins))),
        ],
    )
}
