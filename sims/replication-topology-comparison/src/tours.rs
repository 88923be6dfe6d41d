//! The replication sim's guided tours: replication lag breaking read-your-writes (and async
//! failover losing acknowledged writes), and what multi-leader does with concurrent writes.

use dsim_core::replication::{ReadVerdict, ReplicationEvent as E, Resolution, Topology};
use dsim_ui::{Tour, TourStep};

use crate::text::tours as text;
use crate::{Msg, ReplicationTopology as R};

fn step(title: &'static str, text: &'static str, check: fn(&R) -> bool) -> TourStep<R> {
    TourStep::new(title, text, check)
}

fn single(e: E) -> Msg {
    Msg::Panel(Topology::SingleLeader, e)
}

fn multi(e: E) -> Msg {
    Msg::Panel(Topology::MultiLeader, e)
}

/// The verdict of the single-leader panel's last answered read.
fn last_read(r: &R) -> Option<ReadVerdict> {
    let sim = r.sim.borrow();
    let read = sim.single_leader().reads().last()?;
    read.served.as_ref().map(|s| s.verdict)
}

/// The acknowledged writes the last failover lost, if a failover happened.
fn lost_on_failover(r: &R) -> Option<usize> {
    let sim = r.sim.borrow();
    sim.single_leader()
        .failovers()
        .last()
        .map(|f| f.lost_acknowledged.len())
}

/// How the multi-leader panel's last conflict was resolved.
fn last_resolution(r: &R) -> Option<Resolution> {
    let sim = r.sim.borrow();
    sim.multi_leader()
        .conflicts()
        .last()
        .map(|c| c.resolution.clone())
}

const ASYNC: &str = "topology=single-leader&lag=2&sync=0&raw=0&seed=42";

fn read_your_writes() -> Tour<R> {
    Tour {
        id: "read-your-writes",
        title: "Replication lag breaks read-your-writes",
        steps: vec![
            step("One leader, asynchronous replicas", text::A1, |r| {
                let sim = r.sim.borrow();
                let sl = sim.single_leader();
                sl.lag_ms() == 2_000 && !sl.sync() && !sl.read_after_write()
            })
            .settings(ASYNC)
            .focus(".sim-canvas"),
            step("The leader acknowledges at once", text::A2, |r| {
                r.sim.borrow().single_leader().last_acknowledged().is_some()
            })
            .send(Msg::SimulateWrite)
            .advance(800)
            .ask(text::A2_ASK, text::A2_ANSWER),
            step("Reading a lagging replica", text::A3, |r| {
                matches!(
                    last_read(r),
                    Some(ReadVerdict::MissedOwnWrite { .. } | ReadVerdict::Stale { .. })
                )
            })
            .send(Msg::Read(false))
            .advance(800),
            step("Read-after-write consistency", text::A4, |r| {
                last_read(r) == Some(ReadVerdict::Fresh)
            })
            .send(single(E::SetReadAfterWrite(true)))
            .send(Msg::SimulateWrite)
            .advance(800)
            .send(Msg::Read(false))
            .advance(3_000),
            step("Async failover loses a write", text::A5, |r| {
                lost_on_failover(r).is_some_and(|n| n >= 1)
            })
            .settings(ASYNC)
            .send(Msg::SimulateWrite)
            .advance(800)
            .send(single(E::FailLeaderNow))
            .advance(3_000)
            .ask(text::A5_ASK, text::A5_ANSWER),
            step("Synchronous replication keeps it", text::A6, |r| {
                lost_on_failover(r) == Some(0)
            })
            .settings("topology=single-leader&lag=2&sync=1&raw=0&seed=42")
            .send(Msg::SimulateWrite)
            .advance(5_000)
            .send(single(E::FailLeaderNow))
            .advance(3_000),
        ],
    }
}

fn concurrent() -> Tour<R> {
    Tour {
        id: "concurrent-writes",
        title: "Concurrent writes with two leaders",
        steps: vec![
            step("Two leaders, one key", text::C1, |r| r.sim.borrow().selected() == Topology::MultiLeader)
                .settings("topology=multi-leader&policy=lww&seed=42")
                .focus(".sim-canvas")
                .ask(text::C1_ASK, text::C1_ANSWER),
            step("Last write wins", text::C2, |r| {
                matches!(last_resolution(r), Some(Resolution::LastWriteWins { discarded, .. }) if !discarded.is_empty())
            })
            .send(multi(E::ConcurrentWrites))
            .advance(6_000),
            step("Keep both as siblings", text::C3, |r| matches!(last_resolution(r), Some(Resolution::KeptSiblings { .. })))
                .settings("topology=multi-leader&policy=siblings&seed=42")
                .send(multi(E::ConcurrentWrites))
                .advance(6_000)
                .ask(text::C3_ASK, text::C3_ANSWER),
            step("The replicas converge", text::C4, |r| r.sim.borrow().multi_leader().converged())
                .advance(6_000),
            step("One leader has no such conflict", text::C5, |r| r.sim.borrow().selected() == Topology::SingleLeader)
                .send(Msg::Select("single-leader".into())),
        ],
    }
}

/// Both tours, in the order the menu lists them.
pub fn all() -> Vec<Tour<R>> {
    vec![read_your_writes(), concurrent()]
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_tours_are_well_formed() {
        dsim_ui::tour::assert_tours_well_formed::<crate::ReplicationTopology>();
    }
}
