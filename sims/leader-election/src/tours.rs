//! The leader-election lab's guided tours: Raft and Bully electing, failing over and splitting
//! under a partition (and what pre-vote and CheckQuorum change), and the split votes that
//! equal timeouts cause.

use dsim_core::election::{ElectionEvent as E, ElectionSim, Split};
use dsim_ui::{Tour, TourStep, TourWords};

use crate::{LeaderElection as L, Msg, SLOWDOWN};

fn step(check: fn(&L) -> bool) -> TourStep<L> {
    TourStep::new(check)
}

fn ev(e: E) -> Msg {
    Msg::Event(e)
}

/// Model time of the election runs, in ms (the clock runs [`SLOWDOWN`] times slower).
const fn ms(model_ms: u64) -> u64 {
    model_ms * SLOWDOWN
}

/// Who leads, as (node, term) for each node that believes it leads.
type Leaders = Vec<(usize, u64)>;

/// The leaders of each run: Raft's, then Bully's.
fn leaders(l: &L) -> (Leaders, Leaders) {
    let live = l.live.borrow();
    let of = |s: &ElectionSim| {
        s.leaders()
            .iter()
            .map(|&n| (n, s.nodes()[n].term))
            .collect()
    };
    (of(&live.raft), of(&live.bully))
}

/// Elections started so far: Raft's, then Bully's.
fn elections(l: &L) -> (u64, u64) {
    let live = l.live.borrow();
    (live.raft.stats().elections, live.bully.stats().elections)
}

const DEFAULTS: &str = "n=5&min=150&max=300&prevote=0&checkquorum=0&seed=42";

pub(crate) fn raft_and_bully(w: &TourWords) -> Tour<L> {
    w.tour(
        "raft-and-bully",
        vec![
            step(|l| leaders(l) == (vec![], vec![]))
                .settings(DEFAULTS)
                .focus(".sim-canvas"),
            step(|l| {
                let (raft, bully) = leaders(l);
                raft.len() == 1 && bully == vec![(4, 0)]
            })
            .advance(ms(300)),
            step(|l| {
                let (raft, bully) = leaders(l);
                raft.len() == 1
                    && raft[0].1 == 2
                    && bully == vec![(3, 0)]
                    && elections(l).1 > elections(l).0
            })
            .send(ev(E::CrashLeader))
            .advance(ms(300)),
            step(|l| {
                let (raft, bully) = leaders(l);
                raft.len() == 1 && bully.len() == 2
            })
            .send(ev(E::Partition(Split::ThreeTwo)))
            .advance(ms(600)),
            step(|l| {
                let (raft, bully) = leaders(l);
                raft.len() == 1 && raft[0].1 > 2 && bully.len() == 1
            })
            .send(ev(E::Partition(Split::Heal)))
            .advance(ms(300)),
            step(|l| {
                let (raft, bully) = leaders(l);
                raft.len() == 1 && raft[0].1 == 2 && bully.len() == 2
            })
            .settings("n=5&min=150&max=300&prevote=1&checkquorum=1&seed=42")
            .advance(ms(600))
            .send(ev(E::Partition(Split::ThreeTwo)))
            .advance(ms(600)),
        ],
    )
}

pub(crate) fn split_votes(w: &TourWords) -> Tour<L> {
    w.tour(
        "split-votes",
        vec![
            step(|l| leaders(l).0.is_empty() && elections(l).0 >= 5)
                .settings("n=5&min=300&max=300&prevote=0&checkquorum=0&seed=42")
                .advance(ms(300))
                .focus(".sim-canvas"),
            step(|l| leaders(l).0.is_empty() && elections(l).0 >= 20).advance(ms(1_200)),
            step(|l| leaders(l).0.len() == 1 && elections(l).0 >= 2)
                .settings(DEFAULTS)
                .advance(ms(300))
                .send(ev(E::AllTimeout))
                .advance(ms(600)),
            step(|l| {
                let (raft, bully) = leaders(l);
                raft.len() == 1 && bully == vec![(4, 0)] && elections(l).1 >= 8
            })
            .settings(DEFAULTS)
            .advance(ms(300))
            .send(ev(E::ToggleSlow(4)))
            .advance(ms(900)),
            step(|l| leaders(l).0.len() == 1 && l.live.borrow().raft.flapping())
                .settings(DEFAULTS)
                .advance(ms(300))
                .send(ev(E::ToggleFlap))
                .advance(ms(900)),
        ],
    )
}
