//! The production cluster's guided tours: a failover and the faults that break writes, then
//! the other claims (partition, replica lag, a hot user, routing without the overlay).

use dsim_core::cluster::{check, Claim, ClusterEvent as E, ClusterSim, HOT_USER, LEASE_TTL_MS};
use dsim_ui::{Tour, TourStep, TourWords};

use crate::{Msg, ProductionCluster as P};

fn step(check: fn(&P) -> bool) -> TourStep<P> {
    TourStep::new(check)
}

fn ev(e: E) -> Msg {
    Msg::Event(e)
}

fn with<T>(p: &P, f: impl FnOnce(&ClusterSim) -> T) -> T {
    f(&p.live.borrow())
}

/// The shards (1-based) where `claim` is broken.
fn broken(p: &P, claim: Claim) -> Vec<usize> {
    with(p, |s| {
        check(s)
            .into_iter()
            .find(|c| c.claim == claim)
            .map(|c| c.broken_on.iter().map(|i| i + 1).collect())
            .unwrap_or_default()
    })
}

fn all_hold(p: &P) -> bool {
    with(p, |s| check(s).iter().all(|c| c.holds()))
}

fn leader(p: &P, shard: usize) -> Option<usize> {
    with(p, |s| s.shards()[shard].leader)
}

const DEFAULTS: &str = "rate=60&geo=1&shard=1&seed=42";

pub(crate) fn failover(w: &TourWords) -> Tour<P> {
    w.tour(
        "failover",
        vec![
            step(all_hold)
                .settings(DEFAULTS)
                .advance(2_000)
                .focus(".sim-canvas"),
            step(|p| leader(p, 0).is_none() && broken(p, Claim::EveryShardWritable) == [1])
                .send(ev(E::KillLeader(0)))
                .advance(1_000),
            step(|p| {
                leader(p, 0).is_some()
                    && with(p, |s| s.shards()[0].last_failover_ms == Some(LEASE_TTL_MS))
                    && all_hold(p)
            })
            .advance(LEASE_TTL_MS),
            step(|p| broken(p, Claim::EveryShardWritable) == [2])
                .send(ev(E::KillTwo(1)))
                .advance(1_000),
            step(|p| leader(p, 2).is_none() && broken(p, Claim::EveryShardWritable) == [3])
                .settings(DEFAULTS)
                .advance(2_000)
                .send(ev(E::LoseEtcdQuorum))
                .send(ev(E::KillLeader(2)))
                .advance(3 * LEASE_TTL_MS),
            step(|p| leader(p, 2).is_some() && all_hold(p))
                .send(ev(E::HealEtcd))
                .advance(LEASE_TTL_MS),
        ],
    )
}

pub(crate) fn claims(w: &TourWords) -> Tour<P> {
    w.tour(
        "claims",
        vec![
            step(|p| leader(p, 0).is_some() && leader(p, 4).is_none())
                .settings(DEFAULTS)
                .advance(2_000)
                .send(ev(E::Partition(true)))
                .send(ev(E::KillLeader(0)))
                .send(ev(E::KillLeader(4)))
                .advance(LEASE_TTL_MS + 500)
                .focus(".sim-canvas"),
            step(|p| leader(p, 4).is_some() && all_hold(p))
                .send(ev(E::Partition(false)))
                .advance(1_000),
            step(|p| broken(p, Claim::ReadsServedByReplicas) == [4])
                .settings(DEFAULTS)
                .advance(1_000)
                .send(ev(E::LagReplica {
                    shard: 3,
                    index: 0,
                    lagged: true,
                }))
                .advance(32_000),
            step(|p| {
                with(p, |s| {
                    let hot = s.route(HOT_USER);
                    s.shards()[hot].errors_last_second() > 0
                })
            })
            .settings(DEFAULTS)
            .send(ev(E::HotUser(true)))
            .advance(3_000),
            step(|p| !broken(p, Claim::EuDataStaysInEu).is_empty())
                .settings("rate=60&geo=0&shard=1&seed=42")
                .advance(5_000),
        ],
    )
}
