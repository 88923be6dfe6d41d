//! The quorum calculator's guided tours: why W + R > N makes reads meet writes, and the ways a
//! read still comes back stale.

use dsim_core::quorum::{Limit, LimitOutcome, OpKind, Operation, QuorumEvent, QuorumOutcome};
use dsim_ui::{Tour, TourStep};

use crate::{Msg, QuorumCalculator as Q};

fn step(title: &'static str, text: &'static str, check: fn(&Q) -> bool) -> TourStep<Q> {
    TourStep::new(title, text, check)
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

/// The last case the sim ran, if the last event was one.
fn last_case(s: &Q) -> Option<&LimitOutcome> {
    match &s.last {
        Some(QuorumOutcome::Limit(case)) => Some(case),
        _ => None,
    }
}

fn overlap() -> Tour<Q> {
    Tour {
        id: "overlap",
        title: "Why W + R > N",
        steps: vec![
            step("Three replicas, W = 2, R = 2", text::O1, |s| is(s, 3, 2, 2))
                .settings("n=3&w=2&r=2&seed=7")
                .focus("#w"),
            step("A write reaches two replicas", text::O2, |s| {
                matches!(s.sim.last_op(), Some(Operation::Write { version: 2, acked }) if acked.len() == 2)
            })
            .send(ev(QuorumEvent::Write))
            .focus(".sim-canvas")
            .ask(text::O2_ASK, text::O2_ANSWER),
            step("The read meets the write", text::O3, |s| {
                last_read(s).is_some_and(|(got, latest)| got == latest && latest == 2)
            })
            .send(ev(QuorumEvent::Read)),
            step("Turn R down to 1", text::O4, |s| is(s, 3, 2, 1))
                .send(ev(QuorumEvent::SetR(1)))
                .focus("#r")
                .ask(text::O4_ASK, text::O4_ANSWER),
            step("A stale read", text::O5, |s| {
                last_read(s).is_some_and(|(got, latest)| got < latest)
            })
            .send(ev(QuorumEvent::StaleRead)),
            step("Five replicas at QUORUM", text::O6, |s| {
                is(s, 5, 3, 3) && last_read(s).is_some_and(|(got, latest)| got == latest)
            })
            .settings("n=5&w=3&r=3&seed=7")
            .send(ev(QuorumEvent::Write))
            .send(ev(QuorumEvent::Read))
            .ask(text::O6_ASK, text::O6_ANSWER),
            step("The price: availability", text::O7, |s| {
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
    }
}

fn stale() -> Tour<Q> {
    Tour {
        id: "stale-reads",
        title: "How a stale read happens",
        steps: vec![
            step("Fast and loose: W = 1, R = 1", text::S1, |s| is(s, 3, 1, 1))
                .settings("n=3&w=1&r=1&seed=11")
                .focus(".sliders")
                .ask(text::S1_ASK, text::S1_ANSWER),
            step("The read misses the write", text::S2, |s| {
                last_read(s).is_some_and(|(got, latest)| got < latest)
            })
            .send(ev(QuorumEvent::StaleRead)),
            step("W + R > N, and a read during a write", text::S3, |s| {
                is(s, 5, 3, 3)
                    && matches!(last_case(s), Some(LimitOutcome::ReadDuringWrite { first, second, .. }) if first.1 > second.1)
            })
            .settings("n=5&w=3&r=3&seed=11")
            .send(ev(QuorumEvent::Limit(Limit::ReadDuringWrite)))
            .focus(".limits"),
            step("A failed write that is not rolled back", text::S4, |s| {
                matches!(last_case(s), Some(LimitOutcome::FailedWrite { version, seen, latest, .. }) if seen.1 == *version && version > latest)
            })
            .send(ev(QuorumEvent::Limit(Limit::FailedWrite)))
            .ask(text::S4_ASK, text::S4_ANSWER),
            step("Sloppy quorum and hinted handoff", text::S5, |s| {
                matches!(last_case(s), Some(LimitOutcome::SloppyQuorum { version, stale, .. }) if stale.1 < *version)
            })
            .send(ev(QuorumEvent::Limit(Limit::SloppyQuorum))),
            step("Two writers, last write wins", text::S6, |s| {
                matches!(last_case(s), Some(LimitOutcome::LastWriteWins { lost, kept, .. }) if lost.0 != kept.0)
            })
            .send(ev(QuorumEvent::Limit(Limit::LastWriteWins))),
        ],
    }
}

/// Both tours, in the order the menu lists them.
pub fn all() -> Vec<Tour<Q>> {
    vec![overlap(), stale()]
}

use crate::text::tours as text;

#[cfg(test)]
mod tests {
    #[test]
    fn the_tours_are_well_formed() {
        dsim_ui::tour::assert_tours_well_formed::<crate::QuorumCalculator>();
    }
}
