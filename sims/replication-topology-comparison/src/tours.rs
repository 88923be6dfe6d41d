//! The replication sim's guided tours: replication lag breaking read-your-writes (and async
//! failover losing acknowledged writes), and what multi-leader does with concurrent writes.

use dsim_core::replication::{ReadVerdict, ReplicationEvent as E, Resolution, Topology};
use dsim_ui::{Tour, TourStep, TourWords};

use crate::{Msg, ReplicationTopology as R};

fn step(check: fn(&R) -> bool) -> TourStep<R> {
    TourStep::new(check)
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
    let failover = sim.single_leader().failovers().last()?;
    Some(failover.lost_acknowledged.len())
}

/// How the multi-leader panel's last conflict was resolved.
fn last_resolution(r: &R) -> Option<Resolution> {
    let sim = r.sim.borrow();
    let conflict = sim.multi_leader().conflicts().last()?;
    Some(conflict.resolution.clone())
}

const ASYNC: &str = "topology=single-leader&lag=2&sync=0&raw=0&seed=42";

pub(crate) fn read_your_writes(w: &TourWords) -> Tour<R> {
    w.tour(
        "read-your-writes",
        vec![
            step(|r| {
                let sim = r.sim.borrow();
                let sl = sim.single_leader();
                sl.lag_ms() == 2_000 && !sl.sync() && !sl.read_after_write()
            })
            .settings(ASYNC)
            .focus(".sim-canvas"),
            step(|r| r.sim.borrow().single_leader().last_acknowledged().is_some())
                .send(Msg::SimulateWrite)
                .advance(800),
            step(|r| {
                matches!(
                    last_read(r),
                    Some(ReadVerdict::MissedOwnWrite { .. } | ReadVerdict::Stale { .. })
                )
            })
            .send(Msg::Read(false))
            .advance(800),
            step(|r| last_read(r) == Some(ReadVerdict::Fresh))
                .send(single(E::SetReadAfterWrite(true)))
                .send(Msg::SimulateWrite)
                .advance(800)
                .send(Msg::Read(false))
                .advance(3_000),
            step(|r| lost_on_failover(r).is_some_and(|n| n >= 1))
                .settings(ASYNC)
                .send(Msg::SimulateWrite)
                .advance(800)
                .send(single(E::FailLeaderNow))
                .advance(3_000),
            step(|r| lost_on_failover(r) == Some(0))
                .settings("topology=single-leader&lag=2&sync=1&raw=0&seed=42")
                .send(Msg::SimulateWrite)
                .advance(5_000)
                .send(single(E::FailLeaderNow))
                .advance(3_000),
        ],
    )
}

pub(crate) fn concurrent(w: &TourWords) -> Tour<R> {
    w.tour(
        "concurrent-writes",
        vec![
            step(|r| r.sim.borrow().selected() == Topology::MultiLeader)
                .settings("topology=multi-leader&policy=lww&seed=42")
                .focus(".sim-canvas"),
            step(|r| {
                matches!(last_resolution(r), Some(Resolution::LastWriteWins { discarded, .. }) if !discarded.is_empty())
            })
            .send(multi(E::ConcurrentWrites))
            .advance(6_000),
            step(|r| matches!(last_resolution(r), Some(Resolution::KeptSiblings { .. })))
                .settings("topology=multi-leader&policy=siblings&seed=42")
                .send(multi(E::ConcurrentWrites))
                .advance(6_000),
            step(|r| r.sim.borrow().multi_leader().converged())
                .advance(6_000),
            step(|r| r.sim.borrow().selected() == Topology::SingleLeader)
                .send(Msg::Select("single-leader".into())),
        ],
    )
}
