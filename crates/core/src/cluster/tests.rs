use proptest::prelude::*;

use super::*;
use crate::{election, hash_ring};

fn healthy() -> ClusterSim {
    ClusterSim::new(Routing::GeoThenRing, DEFAULT_RATE, 42)
}

fn holds(sim: &ClusterSim, claim: Claim) -> bool {
    check(sim).iter().any(|c| c.claim == claim && c.holds())
}

fn voter(shard: usize, slot: usize) -> NodeRef {
    NodeRef::Voter { shard, slot }
}

/// The first user the router sends to `shard`.
fn user_on(sim: &ClusterSim, shard: usize) -> u32 {
    (0..USERS).find(|&u| sim.route(u) == shard).unwrap_or(0)
}

fn write(sim: &mut ClusterSim, user: u32) -> Served {
    match sim.apply(ClusterEvent::Request {
        user,
        kind: Kind::Write,
    })[..]
    {
        [ClusterOutcome::Served(r)] => r.result,
        _ => Served::Failed(Failure::NoLeader),
    }
}

#[test]
fn the_chapters_numbers() {
    let q = quorum();
    assert_eq!((q.n, q.w, q.r), (3, 2, 2));
    assert!(q.consistent(), "W + R = 4 > N = 3");
    assert_eq!(q.write_fault_tolerance(), 1);
    assert_eq!(
        SHARDS * VOTERS,
        18,
        "the chapter's 18 counts only the voting nodes"
    );
    assert_eq!(NODES, 36, "with the read replicas");
    assert_eq!(SHARDS * (VOTERS - 1), 12, "followers, not the chapter's 9");
    assert_eq!(
        SHARDS * READ_REPLICAS,
        18,
        "read replicas, not the chapter's 9"
    );
    assert_eq!(election::vote::majority(ETCD_NODES), 2);
}

#[test]
fn a_healthy_cluster_keeps_every_claim() {
    let mut sim = healthy();
    sim.advance(10_000);
    assert!(check(&sim).iter().all(ClaimCheck::holds));
    let t = sim.totals();
    assert_eq!(t.failed, 0);
    assert!(t.writes_acked > 100, "{t:?}");
}

#[test]
fn regions_own_their_shards_and_the_overlay_keeps_users_home() {
    let sim = healthy();
    for u in (0..USERS).step_by(7) {
        assert_eq!(Region::of_shard(sim.route(u)), Region::of_user(u));
    }
    let mut seen = [0usize; SHARDS];
    for u in 0..USERS {
        seen[sim.route(u)] += 1;
    }
    assert!(seen.iter().all(|&n| n > USERS as usize / 12), "{seen:?}");
}

#[test]
fn killing_a_leader_fails_over_after_the_lease() {
    let mut sim = healthy();
    sim.advance(3_000);
    let acked = sim.shards()[2].acked;
    assert!(acked > 0);
    sim.apply(ClusterEvent::KillLeader(2));
    assert!(!sim.shards()[2].writable());
    assert!(holds(&sim, Claim::NoAckedWriteLost));
    let said = sim.advance(LEASE_TTL_MS + 100);
    let elected = said.iter().find_map(|o| match o {
        ClusterOutcome::Elected {
            shard: 2,
            failover_ms,
            ..
        } => Some(*failover_ms),
        _ => None,
    });
    assert_eq!(elected, Some(LEASE_TTL_MS));
    let s = &sim.shards()[2];
    assert_eq!(s.lost, 0);
    assert!(s.acked >= acked);
    assert!(
        s.writable(),
        "the new leader and the last follower make W = 2"
    );
}

#[test]
fn two_nodes_down_stops_writes_on_that_shard_only() {
    let mut sim = healthy();
    sim.advance(2_000);
    sim.apply(ClusterEvent::Kill(voter(4, 1)));
    sim.apply(ClusterEvent::Kill(voter(4, 2)));
    let (on4, on3) = (user_on(&sim, 4), user_on(&sim, 3));
    assert_eq!(write(&mut sim, on4), Served::Failed(Failure::NoWriteQuorum));
    assert!(matches!(write(&mut sim, on3), Served::Ok(_)));
    let writable = check(&sim)
        .into_iter()
        .find(|c| c.claim == Claim::EveryShardWritable);
    assert_eq!(writable.map(|c| c.broken_on), Some(vec![4]));
    assert!(
        holds(&sim, Claim::NoAckedWriteLost),
        "the leader still has every write"
    );
}

#[test]
fn leader_and_acking_follower_dying_together_lose_recent_writes() {
    let mut sim = healthy();
    sim.advance(2_000);
    let user = user_on(&sim, 0);
    for _ in 0..5 {
        assert!(matches!(write(&mut sim, user), Served::Ok(_)));
    }
    // The third voter gets those five writes only FOLLOWER_LAG_MS later.
    sim.apply(ClusterEvent::KillTwo(0));
    assert!(!holds(&sim, Claim::NoAckedWriteLost));
    let said = sim.advance(LEASE_TTL_MS);
    assert!(said
        .iter()
        .any(|o| matches!(o, ClusterOutcome::WritesLost { shard: 0, count } if *count >= 5)));
}

#[test]
fn without_an_etcd_quorum_no_failover_happens_until_it_heals() {
    let mut sim = healthy();
    sim.apply(ClusterEvent::LoseEtcdQuorum);
    sim.apply(ClusterEvent::KillLeader(1));
    sim.advance(3 * LEASE_TTL_MS);
    assert_eq!(sim.shards()[1].leader, None);
    assert!(
        sim.shards()[0].writable(),
        "leaders keep serving without etcd"
    );
    sim.apply(ClusterEvent::HealEtcd);
    sim.advance(STEP_MS);
    assert_eq!(
        sim.shards()[1].leader,
        None,
        "etcd's new leader renewed the dead leader's lease to its full TTL"
    );
    sim.advance(LEASE_TTL_MS - STEP_MS);
    let s = &sim.shards()[1];
    assert!(
        s.leader.is_some(),
        "elected when the renewed lease runs out"
    );
    assert_eq!(s.last_failover_ms, Some(4 * LEASE_TTL_MS));
}

#[test]
fn a_lease_renewed_by_etcd_never_runs_out_sooner() {
    let mut sim = healthy();
    sim.apply(ClusterEvent::KillLeader(1));
    sim.advance(LEASE_TTL_MS - 1_000);
    sim.apply(ClusterEvent::LoseEtcdQuorum);
    sim.advance(500);
    sim.apply(ClusterEvent::Restart(NodeRef::Etcd(0)));
    sim.advance(LEASE_TTL_MS - STEP_MS);
    assert_eq!(sim.shards()[1].leader, None, "renewed at the restart");
    sim.advance(STEP_MS);
    assert!(sim.shards()[1].leader.is_some());
}

#[test]
fn failsafe_keeps_a_leader_only_while_it_reaches_every_voter() {
    let mut sim = healthy();
    sim.advance(1_000);
    sim.apply(ClusterEvent::LoseEtcdQuorum);
    assert!(
        holds(&sim, Claim::EveryShardWritable),
        "every leader reaches all its voters"
    );
    sim.apply(ClusterEvent::Kill(voter(4, 2)));
    let s = &sim.shards()[4];
    assert!(s.demoted && !s.writable(), "3 voters known, 2 reachable");
    let (on4, on3) = (user_on(&sim, 4), user_on(&sim, 3));
    assert_eq!(write(&mut sim, on4), Served::Failed(Failure::Demoted));
    assert!(matches!(write(&mut sim, on3), Served::Ok(_)));
    sim.apply(ClusterEvent::HealEtcd);
    let s = &sim.shards()[4];
    assert!(
        !s.demoted && s.writable(),
        "etcd back: the leader renews its key"
    );
    assert!(holds(&sim, Claim::NoAckedWriteLost));
}

#[test]
fn a_partition_leaves_eu_west_without_etcd_quorum() {
    let mut sim = healthy();
    sim.apply(ClusterEvent::Partition(true));
    assert!(sim.etcd_quorum(Region::UsEast));
    assert!(!sim.etcd_quorum(Region::EuWest));
    sim.apply(ClusterEvent::KillLeader(0));
    sim.apply(ClusterEvent::KillLeader(5));
    sim.advance(LEASE_TTL_MS + STEP_MS);
    assert!(sim.shards()[0].leader.is_some(), "US-East fails over");
    assert_eq!(sim.shards()[5].leader, None, "EU-West cannot");
    assert!(
        sim.shards()[4].writable(),
        "EU-West's other shards carry on"
    );
}

#[test]
fn a_lagged_replica_serves_stale_reports_after_30_s() {
    let mut sim = healthy();
    sim.advance(1_000);
    for index in 0..READ_REPLICAS {
        sim.apply(ClusterEvent::LagReplica {
            shard: 3,
            index,
            lagged: true,
        });
    }
    sim.advance(MAX_REPORT_LAG_MS - 1_000);
    assert!(holds(&sim, Claim::ReadsServedByReplicas));
    sim.advance(3_000);
    assert!(!holds(&sim, Claim::ReadsServedByReplicas));
    let user = user_on(&sim, 3);
    let said = sim.apply(ClusterEvent::Request {
        user,
        kind: Kind::Report,
    });
    assert!(matches!(
        said[..],
        [ClusterOutcome::Served(Request {
            result: Served::Stale { lag_ms, .. },
            ..
        })] if lag_ms > MAX_REPORT_LAG_MS
    ));
}

#[test]
fn the_hot_user_saturates_one_shard() {
    let mut sim = healthy();
    sim.apply(ClusterEvent::HotUser(true));
    sim.advance(3_000);
    let hot = sim.route(HOT_USER);
    for (i, s) in sim.shards().iter().enumerate() {
        if i == hot {
            let served = s.requests_last_second() - s.errors_last_second();
            assert!(s.errors_last_second() > 0);
            assert_eq!(served, CAPACITY_RPS, "it still serves its capacity");
        } else {
            assert_eq!(s.errors_last_second(), 0);
        }
    }
}

#[test]
fn hashing_over_all_six_shards_puts_eu_data_in_us_east() {
    let mut sim = ClusterSim::new(Routing::GlobalRing, DEFAULT_RATE, 7);
    sim.advance(5_000);
    assert!(!holds(&sim, Claim::EuDataStaysInEu));
    let eu_in_us = (USERS / 2..USERS)
        .filter(|&u| Region::of_shard(sim.route(u)) == Region::UsEast)
        .count();
    assert!(eu_in_us > 1_500 && eu_in_us < 3_500, "{eu_in_us}");
}

#[test]
fn a_restarted_voter_copies_the_log_before_it_counts() {
    let mut sim = healthy();
    sim.advance(2_000);
    sim.apply(ClusterEvent::Kill(voter(3, 1)));
    sim.apply(ClusterEvent::Restart(voter(3, 1)));
    assert_eq!(sim.shards()[3].voters_up(), 2);
    let said = sim.advance(CATCHUP_MS + STEP_MS);
    assert!(said.contains(&ClusterOutcome::CaughtUp(voter(3, 1))));
    let s = &sim.shards()[3];
    assert_eq!(s.voters_up(), 3);
    assert!(s.voters[1].seq > 0);
}

#[test]
fn rate_is_clamped_and_heal_all_restores_everything() {
    let mut sim = healthy();
    assert_eq!(
        sim.apply(ClusterEvent::SetRate(9_999)),
        vec![ClusterOutcome::Rate(MAX_RATE)]
    );
    sim.apply(ClusterEvent::KillTwo(2));
    sim.apply(ClusterEvent::LoseEtcdQuorum);
    sim.apply(ClusterEvent::Partition(true));
    sim.apply(ClusterEvent::HealAll);
    sim.advance(LEASE_TTL_MS + CATCHUP_MS + 2 * STEP_MS);
    assert!(holds(&sim, Claim::EveryShardWritable));
    assert!(sim.etcd_up().iter().all(|&u| u));
    assert!(!sim.partitioned());
}

/// A fault that keeps at most one voter per shard out of service (down or still copying).
fn gentle_fault() -> impl Strategy<Value = (u8, usize, usize, u64)> {
    (0..6u8, 0..SHARDS, 0..VOTERS, 0..8_000u64)
}

fn not_serving(s: &Shard) -> usize {
    VOTERS - s.voters_up()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn one_node_out_per_shard_never_loses_an_acknowledged_write(
        seed in any::<u64>(),
        faults in prop::collection::vec(gentle_fault(), 1..25),
    ) {
        let mut sim = ClusterSim::new(Routing::GeoThenRing, 200, seed);
        for (what, shard, slot, wait) in faults {
            let event = match what {
                0 => ClusterEvent::KillLeader(shard),
                1 => ClusterEvent::Kill(voter(shard, slot)),
                2 => ClusterEvent::Restart(voter(shard, slot)),
                3 => ClusterEvent::Partition(slot == 0),
                4 => ClusterEvent::LoseEtcdQuorum,
                _ => ClusterEvent::HealEtcd,
            };
            let kills = matches!(what, 0 | 1);
            if !kills || not_serving(&sim.shards()[shard]) == 0 {
                sim.apply(event);
            }
            let said = sim.advance(wait);
            let lost = said.iter().any(|o| matches!(o, ClusterOutcome::WritesLost { .. }));
            prop_assert!(!lost);
            prop_assert!(holds(&sim, Claim::NoAckedWriteLost), "{:?}", check(&sim));
            prop_assert!(sim.shards().iter().all(|s| not_serving(s) <= 1));
        }
    }

    #[test]
    fn data_never_leaves_its_region(
        seed in any::<u64>(),
        events in prop::collection::vec((0..8u8, 0..SHARDS, 0..4_000u64), 1..20),
    ) {
        let mut sim = ClusterSim::new(Routing::GeoThenRing, 300, seed);
        for (what, shard, wait) in events {
            let event = match what {
                0 => ClusterEvent::KillTwo(shard),
                1 => ClusterEvent::Partition(shard % 2 == 0),
                2 => ClusterEvent::HotUser(shard % 2 == 0),
                3 => ClusterEvent::KillLeader(shard),
                4 => ClusterEvent::LoseEtcdQuorum,
                5 => ClusterEvent::HealAll,
                _ => ClusterEvent::Request { user: seed as u32, kind: Kind::Write },
            };
            sim.apply(event);
            sim.advance(wait);
            for r in sim.in_flight() {
                prop_assert_eq!(Region::of_shard(r.shard), r.from);
                prop_assert_eq!(Region::of_user(r.user), r.from);
            }
            prop_assert!(holds(&sim, Claim::EuDataStaysInEu));
        }
    }

    #[test]
    fn the_router_picks_the_shard_the_ring_says(user in 0..USERS, global in any::<bool>()) {
        let routing = if global { Routing::GlobalRing } else { Routing::GeoThenRing };
        let sim = ClusterSim::new(routing, DEFAULT_RATE, 1);
        // The owner is the vnode at the smallest clockwise distance from the key, among the
        // shards the ring is built from.
        let allowed = |s: usize| global || Region::of_shard(s) == Region::of_user(user);
        let pos = user_position(user);
        let expected = (0..SHARDS)
            .filter(|&s| allowed(s))
            .flat_map(|s| (0..VNODES_PER_SHARD).map(move |v| (s, v)))
            .map(|(s, v)| {
                let at = hash_ring::hash_name(&format!("shard-{}#{v}", s + 1));
                (hash_ring::clockwise_distance(pos, at), at, s)
            })
            .min()
            .map(|(_, _, s)| s);
        prop_assert_eq!(Some(sim.route(user)), expected);
    }

    #[test]
    fn the_same_seed_gives_the_same_run(seed in any::<u64>(), ms in 0..20_000u64) {
        let mut a = ClusterSim::new(Routing::GeoThenRing, 120, seed);
        let mut b = ClusterSim::new(Routing::GeoThenRing, 120, seed);
        a.apply(ClusterEvent::KillTwo(3));
        b.apply(ClusterEvent::KillTwo(3));
        prop_assert_eq!(a.advance(ms), b.advance(ms));
        prop_assert_eq!(a.shards(), b.shards());
        prop_assert_eq!(a.totals(), b.totals());
    }
}
