use std::collections::BTreeSet;

use proptest::prelude::*;

use super::*;

fn sim(config: ReplicationConfig, seed: u64) -> ReplicationSim {
    ReplicationSim::new(config, seed)
}

fn single_config(lag_ms: u64, sync: bool, read_after_write: bool) -> ReplicationConfig {
    ReplicationConfig {
        lag_ms,
        sync,
        read_after_write,
        ..ReplicationConfig::default()
    }
}

/// Delivers messages one arrival time at a time until `done` holds (or nothing is in flight).
fn run_until(sim: &mut ReplicationSim, done: impl Fn(&ReplicationSim) -> bool) {
    for _ in 0..10_000 {
        if done(sim) {
            return;
        }
        let Some(next) = sim.next_arrival_ms() else {
            return;
        };
        sim.advance(next - sim.now_ms());
    }
}

fn last_write_acked(sim: &ReplicationSim) -> bool {
    sim.single_leader()
        .writes()
        .last()
        .is_some_and(|w| w.status == SlWriteStatus::Acknowledged)
}

fn last_read(sim: &ReplicationSim) -> &SlRead {
    sim.single_leader()
        .reads()
        .last()
        .expect("a read was issued")
}

#[test]
fn scorecards_rate_conflicts_and_leave_latency_to_the_measurement() {
    let rows: Vec<[(Criterion, Rating); 3]> =
        Topology::ALL.iter().map(|t| t.scorecard().rows()).collect();
    assert_eq!(
        rows[0],
        [
            (Criterion::ReadScalability, Rating::Medium),
            (Criterion::ConflictHandling, Rating::NoneNeeded),
            (Criterion::GeographicDistribution, Rating::Limited),
        ]
    );
    assert_eq!(
        rows[1].map(|r| r.1),
        [Rating::High, Rating::Required, Rating::Excellent]
    );
    assert_eq!(
        rows[2].map(|r| r.1),
        [
            Rating::High,
            Rating::RequiredLwwOrVersionVectors,
            Rating::Excellent
        ]
    );
    for t in Topology::ALL {
        assert_eq!(Topology::from_slug(t.slug()), Some(t));
    }
    assert_eq!(Topology::from_slug("ring"), None);
}

#[test]
fn config_is_clamped() {
    let c = ReplicationConfig {
        network_delay_ms: 0,
        lag_ms: 99_999,
        quorum: QuorumConfig::new(7, 7, 0),
        ..ReplicationConfig::default()
    };
    let s = sim(c, 1);
    let got = s.config();
    assert_eq!(got.network_delay_ms, MIN_NETWORK_DELAY_MS);
    assert_eq!(got.lag_ms, MAX_LAG_MS);
    assert_eq!((got.quorum.n, got.quorum.w, got.quorum.r), (5, 5, 1));
}

#[test]
fn write_flows_client_leader_replicas() {
    let mut s = sim(single_config(500, false, false), 3);
    let out = s.apply(ReplicationEvent::SimulateWrite(Topology::SingleLeader));
    assert_eq!(
        out,
        Outcome::Single(SlOutcome::WriteSent {
            value: "v1".to_string(),
            leader: 0,
            sync: false
        })
    );
    let msgs = s.messages(Topology::SingleLeader);
    assert_eq!(msgs.len(), 1);
    assert_eq!(msgs[0].from, Endpoint::Client(0));
    assert_eq!(msgs[0].to, Endpoint::Node(0));
    assert_eq!(msgs[0].kind, MessageKind::Write);
    run_until(&mut s, |s| s.single_leader().log().len() == 1);
    let kinds: Vec<(Endpoint, MessageKind)> = s
        .messages(Topology::SingleLeader)
        .iter()
        .map(|m| (m.to, m.kind))
        .collect();
    assert!(kinds.contains(&(Endpoint::Client(0), MessageKind::WriteAck)));
    for r in 1..NODES {
        assert!(kinds.contains(&(Endpoint::Node(r), MessageKind::Replicate)));
    }
    let status = s.single_leader().replica_status();
    assert!(status.iter().all(|r| r.entries_behind == 1));
    s.settle();
    let status = s.single_leader().replica_status();
    assert!(status
        .iter()
        .all(|r| r.entries_behind == 0 && r.lag_ms == 0));
    assert!(s.single_leader().nodes().iter().all(|n| n.value() == "v1"));
}

#[test]
fn log_is_applied_in_the_same_order_on_every_replica() {
    for seed in 0..20 {
        let mut s = sim(single_config(0, false, false), seed);
        for k in 0..12u64 {
            // Lag changes between writes: later entries would overtake earlier ones if the
            // stream did not keep log order.
            s.apply(ReplicationEvent::SetLagMs((k * 1_700) % 5_000));
            s.apply(ReplicationEvent::SimulateWrite(Topology::SingleLeader));
            s.advance(37 * k);
        }
        s.settle();
        let leader_log = s.single_leader().log().to_vec();
        assert_eq!(leader_log.len(), 12);
        for (i, e) in leader_log.iter().enumerate() {
            assert_eq!(e.index, i as u64 + 1);
        }
        for n in s.single_leader().nodes() {
            assert_eq!(n.log(), leader_log.as_slice());
        }
    }
}

#[test]
fn with_lag_a_replica_read_is_stale_and_a_leader_read_is_not() {
    let mut s = sim(single_config(2_000, false, false), 5);
    s.apply(ReplicationEvent::SimulateWrite(Topology::SingleLeader));
    run_until(&mut s, last_write_acked);
    s.apply(ReplicationEvent::ReadFromReplica(Some(3)));
    run_until(&mut s, |s| last_read(s).answered_at_ms.is_some());
    let served = last_read(&s).served.clone().expect("served");
    assert_eq!(served.value, "v0");
    assert_eq!(served.verdict, ReadVerdict::MissedOwnWrite { behind: 1 });
    s.apply(ReplicationEvent::ReadFromLeader);
    run_until(&mut s, |s| last_read(s).answered_at_ms.is_some());
    let served = last_read(&s).served.clone().expect("served");
    assert_eq!(
        (served.value.as_str(), served.verdict),
        ("v1", ReadVerdict::Fresh)
    );
    // Once the lag has passed, the replica has caught up.
    s.settle();
    s.apply(ReplicationEvent::ReadFromReplica(Some(3)));
    s.settle();
    assert_eq!(
        last_read(&s).served.as_ref().map(|r| r.verdict),
        Some(ReadVerdict::Fresh)
    );
}

#[test]
fn read_after_write_routes_to_the_leader_until_the_replica_catches_up() {
    let mut s = sim(single_config(2_000, false, true), 5);
    s.apply(ReplicationEvent::SimulateWrite(Topology::SingleLeader));
    let out = s.apply(ReplicationEvent::ReadFromReplica(Some(2)));
    assert_eq!(
        out,
        Outcome::Single(SlOutcome::ReadSent {
            node: 0,
            to_leader: true,
            redirect: Some(ReadRedirect::OwnWriteInProgress {
                value: "v1".to_string(),
                replica: 2
            })
        })
    );
    assert_eq!(last_read(&s).route, ReadRoute::LeaderForReadAfterWrite);
    run_until(&mut s, last_write_acked);
    let out = s.apply(ReplicationEvent::ReadFromReplica(Some(2)));
    assert_eq!(
        out,
        Outcome::Single(SlOutcome::ReadSent {
            node: 0,
            to_leader: true,
            redirect: Some(ReadRedirect::ReplicaLacksOwnWrite {
                replica: 2,
                index: 1
            })
        })
    );
    s.settle();
    let read = last_read(&s);
    assert_eq!(read.node, 0);
    assert_eq!(
        read.served.as_ref().map(|r| r.verdict),
        Some(ReadVerdict::Fresh)
    );
    s.apply(ReplicationEvent::ReadFromReplica(Some(2)));
    s.settle();
    let read = last_read(&s);
    assert_eq!((read.node, read.route), (2, ReadRoute::Replica));
    assert_eq!(read.served.as_ref().map(|r| r.value.as_str()), Some("v1"));
}

#[test]
fn async_failover_loses_an_acknowledged_write() {
    let mut s = sim(single_config(3_000, false, false), 9);
    s.apply(ReplicationEvent::SimulateWrite(Topology::SingleLeader));
    s.settle();
    s.apply(ReplicationEvent::SimulateWrite(Topology::SingleLeader));
    run_until(&mut s, last_write_acked);
    let out = s.apply(ReplicationEvent::FailLeaderNow);
    let Outcome::Single(SlOutcome::FailedOver(FailedOver {
        lost_acknowledged,
        term: 2,
        failed_writes: 0,
        promoted_index: 1,
        ..
    })) = out
    else {
        panic!("{out:?}");
    };
    assert_eq!(lost_acknowledged, ["v2"]);
    let sl = s.single_leader();
    assert_ne!(sl.leader(), 0);
    assert_eq!(sl.term(), 2);
    let f = &sl.failovers()[0];
    assert_eq!(f.lost.len(), 1);
    assert_eq!(f.lost_acknowledged.len(), 1);
    assert_eq!(sl.writes()[1].status, SlWriteStatus::Lost);
    assert_eq!(sl.nodes()[sl.leader()].value(), "v1");
    // The new leader keeps serving; the old one rejoins and discards the lost entry.
    s.apply(ReplicationEvent::SimulateWrite(Topology::SingleLeader));
    let out = s.apply(ReplicationEvent::ToggleNode(Topology::SingleLeader, 0));
    let Outcome::Single(SlOutcome::Rejoined {
        node: 0,
        from_index: 2,
        discarded,
        ..
    }) = out
    else {
        panic!("{out:?}");
    };
    assert_eq!(discarded, ["v2"]);
    s.settle();
    let sl = s.single_leader();
    let values: Vec<&str> = sl.log().iter().map(|e| e.value.as_str()).collect();
    assert_eq!(values, ["v1", "v3"]);
    assert!(sl.nodes().iter().all(|n| n.log() == sl.log()));
}

#[test]
fn sync_failover_keeps_every_acknowledged_write_but_writes_are_slower() {
    let latency = |sync: bool| {
        let mut s = sim(single_config(3_000, sync, false), 9);
        s.apply(ReplicationEvent::SimulateWrite(Topology::SingleLeader));
        run_until(&mut s, last_write_acked);
        let w = s.single_leader().writes()[0].clone();
        s.apply(ReplicationEvent::FailLeaderNow);
        let sl = s.single_leader();
        let kept = sl.nodes()[sl.leader()].value() == "v1";
        (w.latency_ms().expect("acked"), kept)
    };
    let (fast, kept_async) = latency(false);
    let (slow, kept_sync) = latency(true);
    assert!(!kept_async);
    assert!(kept_sync);
    assert!(fast < 2 * 250 + 1, "{fast}");
    assert!(slow > 3_000 + 4 * 200, "{slow}");
}

#[test]
fn sync_write_pending_at_failover_is_not_acknowledged() {
    let mut s = sim(single_config(3_000, true, false), 2);
    s.apply(ReplicationEvent::SimulateWrite(Topology::SingleLeader));
    s.advance(1_000);
    let out = s.apply(ReplicationEvent::FailLeaderNow);
    assert!(
        matches!(
            &out,
            Outcome::Single(SlOutcome::FailedOver(FailedOver { failed_writes: 1, lost_acknowledged, .. }))
                if lost_acknowledged.is_empty()
        ),
        "{out:?}"
    );
    assert_eq!(s.single_leader().writes()[0].status, SlWriteStatus::Failed);
    assert!(s.single_leader().failovers()[0]
        .lost_acknowledged
        .is_empty());
}

#[test]
fn failing_every_node_is_refused() {
    let mut s = sim(ReplicationConfig::default(), 1);
    for i in 1..NODES {
        s.apply(ReplicationEvent::ToggleNode(Topology::SingleLeader, i));
    }
    assert_eq!(
        s.apply(ReplicationEvent::FailLeaderNow),
        Outcome::Rejected(Rejection::NoReplicaToPromote { leader: 0 })
    );
    assert_eq!(s.single_leader().leader(), 0);
    assert_eq!(
        s.apply(ReplicationEvent::ReadFromReplica(None)),
        Outcome::Single(SlOutcome::ReadSent {
            node: 0,
            to_leader: true,
            redirect: Some(ReadRedirect::NoReplicaUp)
        })
    );
    assert_eq!(
        s.apply(ReplicationEvent::ReadFromReplica(Some(9))),
        Outcome::Rejected(Rejection::NoSuchReadTarget { node: 9 })
    );
    assert_eq!(
        s.apply(ReplicationEvent::ReadFromReplica(Some(2))),
        Outcome::Rejected(Rejection::ReadTargetDown { node: 2 })
    );
}

#[test]
fn version_vectors_compare() {
    assert_eq!(compare([1, 0], [1, 0]), Causality::Equal);
    assert_eq!(compare([1, 0], [1, 1]), Causality::Before);
    assert_eq!(compare([2, 1], [1, 1]), Causality::After);
    assert_eq!(compare([1, 0], [0, 1]), Causality::Concurrent);
}

fn concurrent_config(policy: ConflictPolicy) -> ReplicationConfig {
    ReplicationConfig {
        conflict_policy: policy,
        ..ReplicationConfig::default()
    }
}

#[test]
fn concurrent_writes_conflict_and_last_write_wins_converges() {
    let mut s = sim(concurrent_config(ConflictPolicy::LastWriteWins), 4);
    s.apply(ReplicationEvent::ConcurrentWrites);
    s.settle();
    let ml = s.multi_leader();
    let a = Dot {
        slot: 0,
        counter: 1,
    };
    let b = Dot {
        slot: 1,
        counter: 1,
    };
    assert!(ml
        .conflicts()
        .iter()
        .any(|c| c.node == 0 && c.incoming == b));
    assert!(ml
        .conflicts()
        .iter()
        .any(|c| c.node == 2 && c.incoming == a));
    assert!(ml.converged());
    let winner = ml.nodes()[0].versions()[0];
    assert_eq!(winner.vv, [1, 1]);
    let (wa, wb) = (&ml.writes()[0], &ml.writes()[1]);
    let expected = if wa.accepted_at_ms > wb.accepted_at_ms {
        a
    } else {
        b
    };
    assert_eq!(winner.dot, expected);
}

#[test]
fn siblings_are_kept_until_a_later_write() {
    let mut s = sim(concurrent_config(ConflictPolicy::KeepSiblings), 4);
    s.apply(ReplicationEvent::ConcurrentWrites);
    s.settle();
    let ml = s.multi_leader();
    assert!(ml.converged());
    assert!(ml.nodes().iter().all(|n| n.values() == ["A1", "B1"]));
    s.apply(ReplicationEvent::SimulateWrite(Topology::MultiLeader));
    s.settle();
    let ml = s.multi_leader();
    assert!(ml.converged());
    assert_eq!(ml.nodes()[4].values(), ["A2"]);
    assert_eq!(ml.nodes()[4].vv(), [2, 1]);
    assert_eq!(
        ml.conflicts().len(),
        5,
        "one per node for the concurrent pair only"
    );
}

#[test]
fn policy_changes_wait_for_quiet_and_settle_siblings() {
    let mut s = sim(concurrent_config(ConflictPolicy::KeepSiblings), 4);
    s.apply(ReplicationEvent::ConcurrentWrites);
    let out = s.apply(ReplicationEvent::SetConflictPolicy(
        ConflictPolicy::LastWriteWins,
    ));
    assert!(
        matches!(
            out,
            Outcome::Rejected(Rejection::ReplicationInFlight { in_flight }) if in_flight > 0
        ),
        "{out:?}"
    );
    s.settle();
    let out = s.apply(ReplicationEvent::SetConflictPolicy(
        ConflictPolicy::LastWriteWins,
    ));
    assert!(
        matches!(
            out,
            Outcome::Multi(MlOutcome::PolicySet {
                policy: ConflictPolicy::LastWriteWins,
                settled: Some(_)
            })
        ),
        "{out:?}"
    );
    assert_eq!(
        s.apply(ReplicationEvent::SetConflictPolicy(
            ConflictPolicy::LastWriteWins,
        )),
        Outcome::Rejected(Rejection::PolicyUnchanged(ConflictPolicy::LastWriteWins))
    );
    let ml = s.multi_leader();
    assert_eq!(ml.policy(), ConflictPolicy::LastWriteWins);
    assert!(ml.converged());
    assert_eq!(ml.nodes()[1].versions().len(), 1);
}

#[test]
fn sequential_multi_leader_writes_do_not_conflict() {
    let mut s = sim(ReplicationConfig::default(), 8);
    for _ in 0..6 {
        s.apply(ReplicationEvent::SimulateWrite(Topology::MultiLeader));
        s.settle();
    }
    let ml = s.multi_leader();
    assert!(ml.conflicts().is_empty());
    assert!(ml.converged());
    assert_eq!(ml.nodes()[3].values(), ["B3"]);
}

#[test]
fn leaderless_read_repair_fixes_the_stale_replicas_it_consulted() {
    let mut s = sim(
        ReplicationConfig {
            quorum: QuorumConfig::new(5, 1, 5),
            ..ReplicationConfig::default()
        },
        6,
    );
    s.apply(ReplicationEvent::SimulateWrite(Topology::Leaderless));
    s.settle();
    let holders = s
        .leaderless()
        .nodes()
        .iter()
        .filter(|n| n.version() == 1)
        .count();
    assert_eq!(holders, 1);
    s.apply(ReplicationEvent::QuorumRead);
    let notes = s.settle();
    let read = s.leaderless().reads()[0].clone();
    assert_eq!(read.returned, Some(1));
    assert_eq!(read.repaired.len(), 4);
    assert!(s.leaderless().nodes().iter().all(|n| n.version() == 1));
    assert!(notes.iter().any(|n| matches!(
        &n.kind,
        NoteKind::Leaderless(LlNote::ReadReturned { version: 1, repaired, missed: None, .. })
            if repaired.len() == 4
    )));
}

#[test]
fn leaderless_quorums_fail_when_too_few_replicas_are_up() {
    let mut s = sim(ReplicationConfig::default(), 6);
    s.apply(ReplicationEvent::ToggleNode(Topology::Leaderless, 0));
    s.apply(ReplicationEvent::ToggleNode(Topology::Leaderless, 1));
    let out = s.apply(ReplicationEvent::ToggleNode(Topology::Leaderless, 2));
    assert!(
        matches!(
            out,
            Outcome::Leaderless(LlOutcome::NodeFailed(NodeFailed { node: 2, up: 2, quorum, .. }))
                if quorum.w == 3
        ),
        "{out:?}"
    );
    assert_eq!(
        s.apply(ReplicationEvent::SimulateWrite(Topology::Leaderless)),
        Outcome::Leaderless(LlOutcome::WriteFailedAtOnce {
            version: 1,
            up: 2,
            w: 3
        })
    );
    assert_eq!(
        s.apply(ReplicationEvent::QuorumRead),
        Outcome::Leaderless(LlOutcome::ReadFailedAtOnce { up: 2, r: 3 })
    );
    assert!(s.is_quiet(Topology::Leaderless));
    s.apply(ReplicationEvent::SetW(2));
    s.apply(ReplicationEvent::SimulateWrite(Topology::Leaderless));
    s.settle();
    assert_eq!(s.leaderless().latest_acknowledged(), 2);
    // A replica that fails with the write on its way makes the write fail.
    s.apply(ReplicationEvent::SimulateWrite(Topology::Leaderless));
    let target = s.leaderless().writes().last().expect("write").targets[0];
    let out = s.apply(ReplicationEvent::ToggleNode(Topology::Leaderless, target));
    assert!(
        matches!(
            &out,
            Outcome::Leaderless(LlOutcome::NodeFailed(NodeFailed { failed_writes, .. }))
                if failed_writes.len() == 1 && failed_writes[0].version == 3
        ),
        "{out:?}"
    );
    assert_eq!(
        s.leaderless().writes().last().map(|w| w.status),
        Some(QuorumStatus::Failed)
    );
}

#[test]
fn multi_leader_nodes_do_not_fail_and_bad_indices_are_explained() {
    let mut s = sim(ReplicationConfig::default(), 6);
    assert_eq!(
        s.apply(ReplicationEvent::ToggleNode(Topology::MultiLeader, 1)),
        Outcome::Rejected(Rejection::MultiLeaderNodesStayUp { node: 1 })
    );
    assert_eq!(
        s.apply(ReplicationEvent::ToggleNode(Topology::Leaderless, 7)),
        Outcome::Rejected(Rejection::NoSuchNode { node: 7 })
    );
    assert_eq!(
        s.apply(ReplicationEvent::ToggleNode(
            Topology::SingleLeader,
            usize::MAX
        )),
        Outcome::Rejected(Rejection::NoSuchNode { node: usize::MAX })
    );
}

#[test]
fn same_seed_same_run() {
    let run = |seed| {
        let mut s = sim(ReplicationConfig::default(), seed);
        let mut log = Vec::new();
        for k in 0..6 {
            log.push(format!(
                "{:?}",
                s.apply(ReplicationEvent::SimulateWrite(Topology::ALL[k % 3]))
            ));
            log.push(format!(
                "{:?}",
                s.apply(ReplicationEvent::ReadFromReplica(None))
            ));
            log.push(format!("{:?}", s.apply(ReplicationEvent::QuorumRead)));
            log.extend(s.advance(333).into_iter().map(|n| format!("{n:?}")));
        }
        log
    };
    assert_eq!(run(11), run(11));
    assert_ne!(run(11), run(12));
}

#[test]
fn reset_keeps_settings_and_clears_data() {
    let mut s = sim(single_config(4_000, true, true), 1);
    s.apply(ReplicationEvent::SetW(4));
    s.apply(ReplicationEvent::SimulateWrite(Topology::SingleLeader));
    s.advance(10_000);
    let before = s.config();
    s.apply(ReplicationEvent::Reset);
    assert_eq!(s.config(), before);
    assert_eq!(s.now_ms(), 0);
    assert!(s.single_leader().log().is_empty());
}

#[test]
fn pulse_progress_runs_from_zero_to_one() {
    let m = Message {
        id: 0,
        from: Endpoint::Client(0),
        to: Endpoint::Node(0),
        kind: MessageKind::Write,
        cargo: Cargo::Nothing,
        sent_at_ms: 100,
        arrives_at_ms: 300,
    };
    assert_eq!(m.progress(50), 0.0);
    assert_eq!(m.progress(200), 0.5);
    assert_eq!(m.progress(999), 1.0);
}

/// One step of a random run: an event or a clock advance.
#[derive(Debug, Clone, Copy)]
enum Step {
    Event(ReplicationEvent),
    Advance(u64),
}

fn topology() -> impl Strategy<Value = Topology> {
    proptest::sample::select(Topology::ALL.to_vec())
}

/// A node index: usually near the valid range, sometimes absurd.
fn index() -> impl Strategy<Value = usize> {
    prop_oneof![9 => 0usize..7, 1 => Just(usize::MAX)]
}

fn event() -> impl Strategy<Value = ReplicationEvent> {
    prop_oneof![
        1 => topology().prop_map(ReplicationEvent::Select),
        3 => topology().prop_map(ReplicationEvent::SimulateWrite),
        1 => proptest::option::of(index()).prop_map(ReplicationEvent::ReadFromReplica),
        1 => Just(ReplicationEvent::ReadFromLeader),
        1 => prop_oneof![0u64..7_000, Just(u64::MAX)].prop_map(ReplicationEvent::SetLagMs),
        1 => any::<bool>().prop_map(ReplicationEvent::SetSync),
        1 => any::<bool>().prop_map(ReplicationEvent::SetReadAfterWrite),
        1 => Just(ReplicationEvent::FailLeaderNow),
        2 => Just(ReplicationEvent::ConcurrentWrites),
        1 => proptest::sample::select(vec![ConflictPolicy::LastWriteWins, ConflictPolicy::KeepSiblings])
            .prop_map(ReplicationEvent::SetConflictPolicy),
        2 => Just(ReplicationEvent::QuorumRead),
        2 => Just(ReplicationEvent::LeaderlessConcurrentWrites),
        1 => proptest::sample::select(vec![ConflictPolicy::LastWriteWins, ConflictPolicy::KeepSiblings])
            .prop_map(ReplicationEvent::SetLeaderlessPolicy),
        1 => any::<bool>().prop_map(ReplicationEvent::SetClientFar),
        1 => index().prop_map(ReplicationEvent::SetW),
        1 => index().prop_map(ReplicationEvent::SetR),
        2 => (topology(), index()).prop_map(|(t, i)| ReplicationEvent::ToggleNode(t, i)),
        1 => Just(ReplicationEvent::Reset),
    ]
}

/// Steps that exercise the Single-Leader panel only, so its rarer situations (lost writes,
/// stale reads, rejoins) come up often.
fn single_leader_step() -> impl Strategy<Value = Step> {
    let e = |e: ReplicationEvent| Step::Event(e);
    prop_oneof![
        3 => Just(e(ReplicationEvent::SimulateWrite(Topology::SingleLeader))),
        3 => proptest::option::of(index()).prop_map(move |i| e(ReplicationEvent::ReadFromReplica(i))),
        1 => Just(e(ReplicationEvent::ReadFromLeader)),
        1 => (0u64..=MAX_LAG_MS).prop_map(move |ms| e(ReplicationEvent::SetLagMs(ms))),
        1 => any::<bool>().prop_map(move |b| e(ReplicationEvent::SetSync(b))),
        1 => any::<bool>().prop_map(move |b| e(ReplicationEvent::SetReadAfterWrite(b))),
        1 => Just(e(ReplicationEvent::FailLeaderNow)),
        1 => index().prop_map(move |i| e(ReplicationEvent::ToggleNode(Topology::SingleLeader, i))),
        4 => (0u64..3_000).prop_map(Step::Advance),
    ]
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        3 => event().prop_map(Step::Event),
        2 => prop_oneof![9 => 0u64..4_000, 1 => Just(1_000_000_000)].prop_map(Step::Advance),
    ]
}

/// Whether two multi-leader writes are concurrent by the ground truth: neither's leader had
/// seen the other when it accepted it.
fn truly_concurrent(
    history: &std::collections::BTreeMap<Dot, BTreeSet<Dot>>,
    a: Dot,
    b: Dot,
) -> bool {
    let saw = |x: Dot, y: Dot| history.get(&x).is_some_and(|h| h.contains(&y));
    a != b && !saw(a, b) && !saw(b, a)
}

/// Applies `e`, checking that a refused event changes nothing at all and that an accepted
/// one comes back as the panel it acted on.
fn apply_checked(s: &mut ReplicationSim, e: ReplicationEvent) -> Result<(), TestCaseError> {
    let before = s.clone();
    let out = s.apply(e);
    match (&out, e) {
        (Outcome::Rejected(_), _) => prop_assert_eq!(&*s, &before, "{:?} refused but changed", e),
        (Outcome::Selected(t), ReplicationEvent::Select(u)) => prop_assert_eq!(*t, u),
        (Outcome::Reset, ReplicationEvent::Reset) => prop_assert_eq!(s.now_ms(), 0),
        (Outcome::Multi(_), ReplicationEvent::ConcurrentWrites)
        | (Outcome::Multi(_), ReplicationEvent::SetConflictPolicy(_))
        | (Outcome::Multi(_), ReplicationEvent::SimulateWrite(Topology::MultiLeader)) => {}
        (Outcome::ClientFarSet(far), ReplicationEvent::SetClientFar(on)) => {
            prop_assert_eq!(*far, on);
            prop_assert_eq!(s.config().client_far, on);
        }
        (Outcome::Leaderless(_), ReplicationEvent::QuorumRead)
        | (Outcome::Leaderless(_), ReplicationEvent::LeaderlessConcurrentWrites)
        | (Outcome::Leaderless(_), ReplicationEvent::SetLeaderlessPolicy(_))
        | (Outcome::Leaderless(_), ReplicationEvent::SetW(_))
        | (Outcome::Leaderless(_), ReplicationEvent::SetR(_))
        | (Outcome::Leaderless(_), ReplicationEvent::SimulateWrite(Topology::Leaderless))
        | (Outcome::Leaderless(_), ReplicationEvent::ToggleNode(Topology::Leaderless, _)) => {}
        (Outcome::Single(_), ReplicationEvent::SimulateWrite(t)) => {
            prop_assert_eq!(t, Topology::SingleLeader)
        }
        (Outcome::Single(_), ReplicationEvent::ToggleNode(t, _)) => {
            prop_assert_eq!(t, Topology::SingleLeader)
        }
        (Outcome::Single(_), ev) => prop_assert!(
            !matches!(
                ev,
                ReplicationEvent::Select(_)
                    | ReplicationEvent::Reset
                    | ReplicationEvent::ConcurrentWrites
                    | ReplicationEvent::SetConflictPolicy(_)
                    | ReplicationEvent::QuorumRead
                    | ReplicationEvent::SetW(_)
                    | ReplicationEvent::SetR(_)
            ),
            "{:?} answered by Single-Leader",
            ev
        ),
        (out, ev) => prop_assert!(false, "{:?} gave {:?}", ev, out),
    }
    Ok(())
}

/// The invariants every panel keeps after every step.
fn check(s: &ReplicationSim) -> Result<(), TestCaseError> {
    // Single-Leader: the leader is up, and every live node holds a prefix of its log.
    let sl = s.single_leader();
    let leader = &sl.nodes()[sl.leader()];
    prop_assert!(leader.up());
    prop_assert_eq!(sl.term() as usize, sl.failovers().len() + 1);
    for (i, e) in sl.log().iter().enumerate() {
        prop_assert_eq!(e.index, i as u64 + 1);
    }
    for n in sl.nodes().iter().filter(|n| n.up()) {
        prop_assert!(
            sl.log().starts_with(n.log()),
            "a live node diverged from the leader"
        );
    }
    for r in sl.reads() {
        if let Some(served) = &r.served {
            if r.route != ReadRoute::Replica {
                prop_assert_eq!(served.verdict, ReadVerdict::Fresh, "leader read was stale");
            }
            if r.read_after_write {
                prop_assert!(
                    !matches!(served.verdict, ReadVerdict::MissedOwnWrite { .. }),
                    "read-after-write routing returned data missing the client's own write"
                );
            }
        }
    }
    // Multi-Leader: siblings are pairwise concurrent; a quiet panel has converged, and its
    // conflicts are exactly the concurrent pairs of writes.
    let ml = s.multi_leader();
    for n in ml.nodes() {
        for a in n.versions() {
            for b in n.versions() {
                if a != b {
                    prop_assert_eq!(compare(a.vv, b.vv), Causality::Concurrent);
                }
            }
        }
    }
    if s.is_quiet(Topology::MultiLeader) {
        prop_assert!(ml.converged());
        let history = &ml.oracle.history;
        for c in ml.conflicts() {
            prop_assert!(!c.concurrent_with.is_empty());
            for &d in &c.concurrent_with {
                prop_assert!(truly_concurrent(history, c.incoming, d), "false conflict");
            }
        }
        let dots: Vec<Dot> = history.keys().copied().collect();
        for &a in &dots {
            for &b in &dots {
                if a.slot == 0 && b.slot == 1 && truly_concurrent(history, a, b) {
                    let detected = |at: Dot, incoming: Dot| {
                        ml.conflicts().iter().any(|c| {
                            c.node == at.leader()
                                && c.incoming == incoming
                                && c.concurrent_with.contains(&at)
                        })
                    };
                    prop_assert!(detected(a, b), "{:?} missed at Node 1", b);
                    prop_assert!(detected(b, a), "{:?} missed at Node 3", a);
                }
            }
        }
    }
    // Leaderless: with W + R > N a read returns at least the newest acknowledged version.
    let ll = s.leaderless();
    for r in ll.reads() {
        if let Some(v) = r.returned {
            prop_assert!(
                v >= r.guaranteed,
                "quorum read missed an acknowledged write"
            );
            prop_assert_eq!(r.replies.len(), r.needed);
        }
    }
    prop_assert!(ll.nodes().iter().map(|n| n.version()).max() >= Some(ll.latest_acknowledged()));
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Any sequence of events and clock steps, including ones the UI prevents, never panics
    /// and keeps every panel's invariants; letting it settle keeps them too.
    #[test]
    fn random_runs_keep_every_invariant(
        seed in any::<u64>(),
        delay in 0u64..3_000,
        steps in proptest::collection::vec(step(), 1..300),
    ) {
        let config = ReplicationConfig { network_delay_ms: delay, ..ReplicationConfig::default() };
        let mut s = sim(config, seed);
        for st in steps {
            match st {
                Step::Event(e) => apply_checked(&mut s, e)?,
                Step::Advance(ms) => {
                    let before = s.now_ms();
                    let notes = s.advance(ms);
                    prop_assert_eq!(s.now_ms(), before + ms);
                    prop_assert!(notes.windows(2).all(|w| w[0].at_ms <= w[1].at_ms));
                    prop_assert!(notes.iter().all(|n| n.at_ms >= before && n.at_ms <= s.now_ms()));
                }
            }
            for t in Topology::ALL {
                for m in s.messages(t) {
                    prop_assert!(m.sent_at_ms <= s.now_ms() && m.arrives_at_ms >= s.now_ms());
                }
            }
            check(&s)?;
        }
        s.settle();
        prop_assert!(s.next_arrival_ms().is_none());
        check(&s)?;
    }

    /// With no replication lag, a read from any replica sent once the write is acknowledged
    /// returns that write, whatever the network delay and jitter: the replica applies the
    /// entry within 1.25 delays of the commit, and the ack plus the read take at least two.
    #[test]
    fn with_lag_zero_every_read_sees_the_last_write(
        seed in any::<u64>(),
        delay in MIN_NETWORK_DELAY_MS..=MAX_NETWORK_DELAY_MS,
        writes in 1usize..4,
        replica in 1usize..NODES,
    ) {
        let mut s = sim(ReplicationConfig { network_delay_ms: delay, ..single_config(0, false, false) }, seed);
        for _ in 0..writes {
            s.apply(ReplicationEvent::SimulateWrite(Topology::SingleLeader));
        }
        run_until(&mut s, last_write_acked);
        s.apply(ReplicationEvent::ReadFromReplica(Some(replica)));
        s.settle();
        let served = last_read(&s).served.clone().expect("served");
        prop_assert_eq!(served.verdict, ReadVerdict::Fresh);
        prop_assert_eq!(served.value, format!("v{writes}"));
    }

    /// Single-Leader runs: whatever writes, reads, failovers, replica failures and rejoins
    /// happen, live nodes hold prefixes of the leader's log, leader reads are fresh, and
    /// read-after-write routing never hides the client's own acknowledged write.
    #[test]
    fn single_leader_runs_keep_their_invariants(
        seed in any::<u64>(),
        delay in MIN_NETWORK_DELAY_MS..=1_000,
        steps in proptest::collection::vec(single_leader_step(), 1..100),
    ) {
        let mut s = sim(ReplicationConfig { network_delay_ms: delay, ..ReplicationConfig::default() }, seed);
        for st in steps {
            match st {
                Step::Event(e) => apply_checked(&mut s, e)?,
                Step::Advance(ms) => { s.advance(ms); }
            }
            check(&s)?;
        }
        s.settle();
        check(&s)?;
        let sl = s.single_leader();
        for n in sl.nodes().iter().filter(|n| n.up()) {
            prop_assert_eq!(n.log(), sl.log());
        }
    }

    /// Two clients writing at Nodes 1 and 3 at the same moment always conflict, whatever the
    /// delays, jitter and earlier history; both leaders detect it and the nodes converge.
    #[test]
    fn concurrent_writes_are_always_detected(
        seed in any::<u64>(),
        delay in MIN_NETWORK_DELAY_MS..=MAX_NETWORK_DELAY_MS,
        siblings in any::<bool>(),
        before in proptest::collection::vec((any::<bool>(), 0u64..3_000), 0..6),
    ) {
        let policy = if siblings { ConflictPolicy::KeepSiblings } else { ConflictPolicy::LastWriteWins };
        let config = ReplicationConfig { network_delay_ms: delay, conflict_policy: policy, ..ReplicationConfig::default() };
        let mut s = sim(config, seed);
        for (concurrent, wait) in before {
            let e = if concurrent { ReplicationEvent::ConcurrentWrites } else { ReplicationEvent::SimulateWrite(Topology::MultiLeader) };
            s.apply(e);
            s.advance(wait);
        }
        s.apply(ReplicationEvent::ConcurrentWrites);
        let n = s.multi_leader().writes().len();
        let (a, b) = (s.multi_leader().writes()[n - 2].dot, s.multi_leader().writes()[n - 1].dot);
        s.settle();
        let ml = s.multi_leader();
        prop_assert!(ml.conflicts().iter().any(|c| c.node == 0 && c.incoming == b && c.concurrent_with.contains(&a)));
        prop_assert!(ml.conflicts().iter().any(|c| c.node == 2 && c.incoming == a && c.concurrent_with.contains(&b)));
        prop_assert!(ml.converged());
        check(&s)?;
    }

    /// Asynchronous replication: a write acknowledged before any replica applied it is lost
    /// when the leader fails (lag ≥ half the delay keeps every replica behind the ack).
    #[test]
    fn async_failover_loses_the_acknowledged_write(
        seed in any::<u64>(),
        delay in MIN_NETWORK_DELAY_MS..=MAX_NETWORK_DELAY_MS,
        lag in 1_000u64..=MAX_LAG_MS,
    ) {
        let mut s = sim(ReplicationConfig { network_delay_ms: delay, ..single_config(lag, false, false) }, seed);
        s.apply(ReplicationEvent::SimulateWrite(Topology::SingleLeader));
        run_until(&mut s, last_write_acked);
        s.apply(ReplicationEvent::FailLeaderNow);
        let sl = s.single_leader();
        prop_assert_eq!(sl.writes()[0].status, SlWriteStatus::Lost);
        prop_assert_eq!(sl.nodes()[sl.leader()].value(), INITIAL_VALUE);
    }

    /// Synchronous replication: however writes, reads, lag changes and leader failures
    /// interleave, no acknowledged write is ever lost.
    #[test]
    fn sync_replication_never_loses_an_acknowledged_write(
        seed in any::<u64>(),
        steps in proptest::collection::vec(prop_oneof![
            3 => Just(Step::Event(ReplicationEvent::SimulateWrite(Topology::SingleLeader))),
            1 => Just(Step::Event(ReplicationEvent::FailLeaderNow)),
            1 => Just(Step::Event(ReplicationEvent::ReadFromReplica(None))),
            1 => (0u64..6_000).prop_map(|ms| Step::Event(ReplicationEvent::SetLagMs(ms))),
            3 => (0u64..3_000).prop_map(Step::Advance),
        ], 1..60),
    ) {
        let mut s = sim(single_config(1_000, true, false), seed);
        for st in steps {
            match st {
                Step::Event(e) => { s.apply(e); }
                Step::Advance(ms) => { s.advance(ms); }
            }
            let sl = s.single_leader();
            prop_assert!(sl.failovers().iter().all(|f| f.lost_acknowledged.is_empty()));
            for w in sl.writes().iter().filter(|w| w.status == SlWriteStatus::Acknowledged) {
                let pos = w.pos.expect("acknowledged writes have a position");
                prop_assert!(sl.nodes().iter().filter(|n| n.up()).all(|n| n.contains(pos)));
            }
        }
    }

    /// Leaderless quorums with W + R > N: whatever replicas fail and recover, every read that
    /// succeeds returns at least the newest version acknowledged before it; read repair then
    /// brings every consulted replica (still up) to the returned version.
    #[test]
    fn quorum_reads_see_the_latest_acknowledged_write(
        seed in any::<u64>(),
        w in 1usize..=5,
        r_extra in 0usize..5,
        steps in proptest::collection::vec(prop_oneof![
            3 => Just(Step::Event(ReplicationEvent::SimulateWrite(Topology::Leaderless))),
            3 => Just(Step::Event(ReplicationEvent::QuorumRead)),
            2 => (0usize..5).prop_map(|i| Step::Event(ReplicationEvent::ToggleNode(Topology::Leaderless, i))),
            3 => (0u64..800).prop_map(Step::Advance),
        ], 1..80),
    ) {
        let r = (NODES + 1 - w + r_extra).min(NODES);
        let config = ReplicationConfig { quorum: QuorumConfig::new(NODES, w, r), ..ReplicationConfig::default() };
        let mut s = sim(config, seed);
        for st in steps {
            let latest = s.leaderless().latest_acknowledged();
            match st {
                Step::Event(e) => { s.apply(e); }
                Step::Advance(ms) => { s.advance(ms); }
            }
            if let (Step::Event(ReplicationEvent::QuorumRead), Some(read)) = (st, s.leaderless().reads().last()) {
                prop_assert_eq!(read.guaranteed, latest);
            }
            check(&s)?;
        }
        // One more read with every replica up, then let repair land.
        for i in 0..NODES {
            if !s.leaderless().nodes()[i].up() {
                s.apply(ReplicationEvent::ToggleNode(Topology::Leaderless, i));
            }
        }
        s.settle();
        let latest = s.leaderless().latest_acknowledged();
        s.apply(ReplicationEvent::QuorumRead);
        s.settle();
        let ll = s.leaderless();
        let read = ll.reads().last().expect("read");
        let returned = read.returned.expect("all replicas up, so the read succeeds");
        prop_assert!(returned >= latest);
        for &n in &read.targets {
            prop_assert!(ll.nodes()[n].version() >= returned, "Node {} not repaired", n + 1);
        }
    }
}

/// Clients A and B write the same key at once in the Leaderless panel, then a quorum read.
fn leaderless_concurrent(policy: ConflictPolicy, seed: u64) -> ReplicationSim {
    let mut s = sim(
        ReplicationConfig {
            leaderless_policy: policy,
            ..ReplicationConfig::default()
        },
        seed,
    );
    let out = s.apply(ReplicationEvent::LeaderlessConcurrentWrites);
    assert!(
        matches!(
            out,
            Outcome::Leaderless(LlOutcome::ConcurrentSent {
                version: 1,
                w: 3,
                ..
            })
        ),
        "{out:?}"
    );
    s.settle();
    let ll = s.leaderless();
    let acked: Vec<Option<usize>> = ll
        .writes()
        .iter()
        .filter(|w| w.status == QuorumStatus::Succeeded)
        .map(|w| w.writer)
        .collect();
    assert_eq!(acked, [Some(0), Some(1)], "both writes are acknowledged");
    s.apply(ReplicationEvent::QuorumRead);
    s.settle();
    s
}

#[test]
fn last_write_wins_silently_drops_one_of_two_acknowledged_concurrent_writes() {
    for seed in 0..20 {
        let s = leaderless_concurrent(ConflictPolicy::LastWriteWins, seed);
        let ll = s.leaderless();
        let read = ll.reads().last().expect("a read");
        assert_eq!(read.status, QuorumStatus::Succeeded);
        assert_eq!(read.values.len(), 1, "one value survives");
        assert_eq!(read.discarded.len(), 1, "one acknowledged write is gone");
        assert_ne!(read.values[0].writer, read.discarded[0].writer);
        // No replica holds more than one value, and the loser is nowhere once repaired.
        assert!(ll.nodes().iter().all(|n| n.held().len() == 1));
    }
}

#[test]
fn version_vectors_keep_both_concurrent_writes_as_siblings_for_the_reader() {
    for seed in 0..20 {
        let s = leaderless_concurrent(ConflictPolicy::KeepSiblings, seed);
        let ll = s.leaderless();
        let read = ll.reads().last().expect("a read");
        let names: Vec<String> = read.values.iter().map(LlValue::name).collect();
        assert_eq!(names, ["A1", "B1"], "seed {seed}");
        assert!(read.discarded.is_empty());
        // Two write quorums of 3 out of 5 overlap: some replica holds both siblings.
        assert!(ll.nodes().iter().any(|n| n.values() == ["A1", "B1"]));
    }
    // The client's next write, after reading both, supersedes the siblings.
    let mut s = leaderless_concurrent(ConflictPolicy::KeepSiblings, 3);
    s.apply(ReplicationEvent::SimulateWrite(Topology::Leaderless));
    s.settle();
    s.apply(ReplicationEvent::QuorumRead);
    s.settle();
    let read = s.leaderless().reads().last().expect("a read");
    assert_eq!(
        read.values.iter().map(LlValue::name).collect::<Vec<_>>(),
        ["v2"]
    );
}

#[test]
fn merging_keeps_the_newest_version_and_settles_ties_by_policy() {
    let v = |version, writer, ts_ms| LlValue {
        version,
        writer,
        ts_ms,
    };
    let a = [v(2, Some(0), 10)];
    let b = [v(2, Some(1), 7)];
    let lww = merge_values(&a, &b, ConflictPolicy::LastWriteWins);
    assert_eq!(lww, [v(2, Some(0), 10)], "the later timestamp wins");
    let vv = merge_values(&a, &b, ConflictPolicy::KeepSiblings);
    assert_eq!(vv.len(), 2);
    let newer = merge_values(&vv, &[v(3, None, 20)], ConflictPolicy::KeepSiblings);
    assert_eq!(newer, [v(3, None, 20)]);
    let older = merge_values(&newer, &a, ConflictPolicy::KeepSiblings);
    assert_eq!(older, newer, "an older version changes nothing");
}

#[test]
fn a_far_client_pays_the_long_round_trip_to_the_leader_but_not_to_a_local_leader() {
    let measure = |far: bool| {
        let mut s = sim(
            ReplicationConfig {
                client_far: far,
                ..ReplicationConfig::default()
            },
            11,
        );
        for t in Topology::ALL {
            s.apply(ReplicationEvent::SimulateWrite(t));
        }
        s.settle();
        Topology::ALL.map(|t| s.last_write_latency_ms(t).expect("acknowledged"))
    };
    let near = measure(false);
    let far = measure(true);
    let d = DEFAULT_NETWORK_DELAY_MS;
    // Near: one round trip of about 2 × delay everywhere (async single-leader, local leader).
    assert!(
        near.iter().all(|&ms| (2 * d..=3 * d).contains(&ms)),
        "{near:?}"
    );
    // Far: single-leader and leaderless pay 2 × FAR_REGION_FACTOR × delay or more.
    assert!(far[0] >= 2 * FAR_REGION_FACTOR * d, "{far:?}");
    assert!(far[2] >= 2 * FAR_REGION_FACTOR * d, "{far:?}");
    // Multi-leader still answers from the local leader.
    assert!(far[1] <= 3 * d, "{far:?}");
    assert!(far[1] < far[0]);
}

#[test]
fn a_synchronous_leader_notices_a_crashed_replica_only_after_its_failure_detector_times_out() {
    let mut s = sim(single_config(0, true, false), 5);
    s.apply(ReplicationEvent::SimulateWrite(Topology::SingleLeader));
    // The write reaches the leader, which waits for every replica.
    run_until(&mut s, |s| {
        s.single_leader()
            .writes()
            .last()
            .is_some_and(|w| w.status == SlWriteStatus::WaitingForReplicas)
    });
    let crashed_at = s.now_ms();
    let out = s.apply(ReplicationEvent::ToggleNode(Topology::SingleLeader, 4));
    let detect_at = crashed_at + FAILURE_DETECTOR_TIMEOUT_MS;
    assert_eq!(
        out,
        Outcome::Single(SlOutcome::ReplicaFailed {
            node: 4,
            held_back_writes: 1,
            detect_at_ms: Some(detect_at),
        })
    );
    // Nothing releases the write before the timeout: the other replicas' acks are not enough.
    s.advance(FAILURE_DETECTOR_TIMEOUT_MS - 1);
    let w = s.single_leader().writes().last().expect("a write").clone();
    assert_eq!(w.status, SlWriteStatus::WaitingForReplicas);
    assert_eq!(w.waiting_for, [4]);
    let notes = s.advance(1);
    assert!(notes.iter().any(|n| matches!(
        &n.kind,
        NoteKind::Single(SlNote::DeclaredDown { node: 4, released }) if released == &["v1".to_string()]
    )), "{notes:?}");
    run_until(&mut s, last_write_acked);
    let latency = s.single_leader().last_latency_ms().expect("acknowledged");
    assert!(latency >= FAILURE_DETECTOR_TIMEOUT_MS, "{latency}");
    assert!(s.is_quiet(Topology::SingleLeader));
}
