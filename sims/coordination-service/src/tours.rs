//! The coordination service's guided tours: electing a leader with the herd recipe and with
//! sequential nodes, and a paused lock holder stopped (or not) by a fencing token.

use dsim_ui::{Tour, TourStep, TourWords};

use crate::actions::Action;
use crate::{CoordinationService as C, Msg};

fn step(check: fn(&C) -> bool) -> TourStep<C> {
    TourStep::new(check)
}

/// Long enough for a session of the tours' 6 s timeout to expire and a new leader to win.
const FAILOVER_MS: u64 = 12_000;

/// Whether a client holds the lock (leads).
fn led(c: &C) -> bool {
    c.live.borrow().lock_holder().is_some()
}

/// The watch notifications of the last completed failover.
fn last_failover_notifications(c: &C) -> Option<u32> {
    let live = c.live.borrow();
    let round = live.rounds().iter().rev().find(|r| r.previous.is_some())?;
    round.winner.map(|_| round.notifications)
}

/// Whether the storage has a write from an expired holder that it `accepted` (or refused).
fn stale_write(c: &C, accepted: bool) -> bool {
    let live = c.live.borrow();
    let records = &live.storage().records;
    records.iter().any(|r| r.stale && r.accepted == accepted)
}

pub(crate) fn election(w: &TourWords) -> Tour<C> {
    w.tour(
        "herd-or-sequential",
        vec![
            step(led)
                .settings("scenario=election&recipe=herd&servers=3&clients=5&ttl=6&seed=42")
                .advance(4_000)
                .focus(".sim-canvas"),
            step(|c| led(c) && last_failover_notifications(c).is_some_and(|n| n >= 3))
                .send(Msg::Action(Action::CrashLeaderClient))
                .advance(FAILOVER_MS),
            step(led)
                .settings("scenario=election&recipe=sequential&servers=3&clients=5&ttl=6&seed=42")
                .advance(4_000),
            step(|c| led(c) && last_failover_notifications(c) == Some(1))
                .send(Msg::Action(Action::CrashLeaderClient))
                .advance(FAILOVER_MS),
            step(|c| !c.live.borrow().has_quorum())
                .send(Msg::Action(Action::LoseQuorum))
                .advance(2_000),
        ],
    )
}

pub(crate) fn fencing(w: &TourWords) -> Tour<C> {
    w.tour(
        "fencing-token",
        vec![
            step(led)
                .settings("scenario=election&recipe=sequential&servers=3&clients=3&ttl=6&pause=10&fencing=0&seed=42")
                .advance(5_000)
                .focus(".sim-canvas"),
            step(|c| led(c) && c.live.borrow().rounds().len() >= 2)
                .send(Msg::Action(Action::PauseHolder))
                .advance(9_000),
            step(|c| stale_write(c, true))
                .advance(6_000),
            step(|c| c.live.borrow().storage().fencing && led(c))
                .settings("scenario=election&recipe=sequential&servers=3&clients=3&ttl=6&pause=10&fencing=1&seed=42")
                .advance(5_000)
                .send(Msg::Action(Action::PauseHolder))
                .advance(9_000),
            step(|c| stale_write(c, false) && !stale_write(c, true))
                .advance(6_000),
            step(|c| stale_write(c, false)),
        ],
    )
}
