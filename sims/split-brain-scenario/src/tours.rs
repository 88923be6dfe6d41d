//! The split-brain sim's guided tours: how naive failover makes two leaders and loses an
//! acknowledged write, and how Raft's majorities and fencing tokens stop the old leader.

use dsim_core::split_brain::{SplitBrainEvent as E, WriteStatus};
use dsim_ui::{Tour, TourStep};

use crate::text::tours as text;
use crate::{Msg, SplitBrainScenario as B};

fn step(title: &'static str, text: &'static str, check: fn(&B) -> bool) -> TourStep<B> {
    TourStep::new(title, text, check)
}

fn ev(e: E) -> Msg {
    Msg::Event(e)
}

/// The leaders as (node, term), as the nodes themselves believe.
fn leaders(b: &B) -> Vec<(usize, u64)> {
    let live = b.live.borrow();
    let sim = &live.sim;
    sim.leaders()
        .iter()
        .map(|&n| (n, sim.nodes()[n].term))
        .collect()
}

/// Whether some client write ended as `status`.
fn some_write(b: &B, status: fn(&WriteStatus) -> bool) -> bool {
    b.live
        .borrow()
        .sim
        .writes()
        .iter()
        .any(|w| status(&w.status))
}

fn naive() -> Tour<B> {
    Tour {
        id: "two-leaders",
        title: "Two leaders: naive failover",
        steps: vec![
            step("One leader, two followers", text::N1, |b| {
                leaders(b).len() == 1
            })
            .settings("mode=naive&stonith=0&skew=0&seed=42")
            .focus(".sim-canvas")
            .ask(text::N1_ASK, text::N1_ANSWER),
            step("The partition: a second leader", text::N2, |b| {
                leaders(b).len() == 2
            })
            .send(ev(E::PartitionNetwork))
            .send(ev(E::SkipAhead)),
            step("Both sides accept a write", text::N3, |b| {
                b.live
                    .borrow()
                    .sim
                    .writes()
                    .iter()
                    .filter(|w| w.status == WriteStatus::Acknowledged)
                    .count()
                    == 2
            })
            .send(ev(E::SpecWrites))
            .send(ev(E::SkipAhead)),
            step("Healing reveals the conflict", text::N4, |b| {
                b.live.borrow().sim.conflict().is_some()
            })
            .send(ev(E::Heal))
            .send(ev(E::SkipAhead))
            .ask(text::N4_ASK, text::N4_ANSWER),
            step("Last write wins loses a write", text::N5, |b| {
                some_write(b, |s| *s == WriteStatus::Lost)
            })
            .send(ev(E::ResolveLastWriteWins)),
        ],
    }
}

fn majority() -> Tour<B> {
    Tour {
        id: "majorities-and-tokens",
        title: "How Raft and fencing tokens stop the old leader",
        steps: vec![
            step("Raft: one leader in term 1", text::R1, |b| {
                leaders(b) == vec![(0, 1)]
            })
            .settings("mode=raft&stonith=0&skew=0&seed=42")
            .focus(".sim-canvas"),
            step("Two crowns, two terms", text::R2, |b| {
                let l = leaders(b);
                l.len() == 2 && l[0].1 != l[1].1
            })
            .send(ev(E::PartitionNetwork))
            .send(ev(E::SkipAhead))
            .send(ev(E::SkipAhead))
            .ask(text::R2_ASK, text::R2_ANSWER),
            step("Only the majority commits", text::R3, |b| {
                some_write(b, |s| *s == WriteStatus::Committed)
                    && some_write(b, |s| *s == WriteStatus::TimedOut)
            })
            .send(ev(E::SpecWrites))
            .send(ev(E::SkipAhead))
            .send(ev(E::SkipAhead))
            .send(ev(E::SkipAhead))
            .ask(text::R3_ASK, text::R3_ANSWER),
            step("Healing: the old leader steps down", text::R4, |b| {
                leaders(b).len() == 1
            })
            .send(ev(E::Heal))
            .send(ev(E::SkipAhead)),
            step("Fencing tokens at the storage", text::R5, |b| {
                b.live
                    .borrow()
                    .sim
                    .storage()
                    .is_some_and(|s| s.rejected >= 1)
            })
            .settings("mode=fencing&stonith=0&skew=0&seed=42")
            .send(ev(E::PartitionNetwork))
            .send(ev(E::SkipAhead))
            .send(ev(E::SpecWrites))
            .send(ev(E::SkipAhead)),
        ],
    }
}

/// Both tours, in the order the menu lists them.
pub fn all() -> Vec<Tour<B>> {
    vec![naive(), majority()]
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_tours_are_well_formed() {
        dsim_ui::tour::assert_tours_well_formed::<crate::SplitBrainScenario>();
    }
}
