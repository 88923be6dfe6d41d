use std::collections::HashMap;

use proptest::prelude::*;

use super::*;

fn sim(mode: FailoverMode, stonith: bool, skew: i64, seed: u64) -> SplitBrainSim {
    SplitBrainSim::new(SplitBrainConfig::new(mode, stonith, skew), seed)
}

/// Skips ahead until `done` holds, at most `tries` times.
fn skip_until(s: &mut SplitBrainSim, tries: usize, done: impl Fn(&SplitBrainSim) -> bool) -> bool {
    for _ in 0..tries {
        if done(s) {
            return true;
        }
        s.apply(SplitBrainEvent::SkipAhead);
    }
    done(s)
}

fn status_of(s: &SplitBrainSim, i: usize) -> WriteStatus {
    s.writes()[i].status
}

/// The first outcome `pick` accepts, if any.
fn find<T>(said: &[Outcome], pick: impl Fn(&Outcome) -> Option<T>) -> Option<T> {
    said.iter().find_map(pick)
}

fn holds(node: &Node, value: i64) -> bool {
    node.log.iter().any(|e| e.value == value)
}

/// The spec's naive story up to the conflict: partition, promotion, both writes, heal, sync.
fn naive_conflict(skew: i64) -> SplitBrainSim {
    let mut s = sim(FailoverMode::Naive, false, skew, 42);
    s.advance(2_000);
    s.apply(SplitBrainEvent::PartitionNetwork);
    let said = s.apply(SplitBrainEvent::SkipAhead);
    let promoted = find(&said, |o| match o {
        Outcome::Promoted {
            node,
            epoch,
            still_leading,
            ..
        } => Some((*node, *epoch, *still_leading)),
        _ => None,
    });
    assert_eq!(promoted, Some((1, 2, Some((0, 1)))), "{said:?}");
    assert_eq!(s.leaders(), vec![0, 1], "two crowns");
    s.apply(SplitBrainEvent::SpecWrites);
    s.advance(SPEC_WRITE_GAP_MS + 2 * NET_DELAY_MAX_MS);
    s.apply(SplitBrainEvent::Heal);
    assert!(skip_until(&mut s, 3, |s| s.conflict().is_some()));
    s
}

#[test]
fn naive_mode_produces_two_leaders_and_a_conflict() {
    let s = naive_conflict(0);
    assert_eq!(s.phase(), Phase::Conflict);
    assert!(s.can_resolve());
    let c = s.conflict().unwrap();
    assert_eq!(c.between, (0, 1));
    let values: Vec<i64> = c.sides.iter().map(|side| side.value).collect();
    assert_eq!(values, vec![SPEC_VALUE_A, SPEC_VALUE_B]);
    // Each leader logged and acknowledged its own write; Node 3 got Node 2's by replication.
    assert_eq!(status_of(&s, 0), WriteStatus::Acknowledged);
    assert_eq!(status_of(&s, 1), WriteStatus::Acknowledged);
    let n = s.nodes();
    assert!(holds(&n[0], SPEC_VALUE_A) && !holds(&n[0], SPEC_VALUE_B));
    assert!(holds(&n[1], SPEC_VALUE_B) && holds(&n[2], SPEC_VALUE_B));
    let last = s.journal().last().unwrap();
    assert!(
        last.said.contains(&Outcome::ConflictDetected(c.clone())),
        "{last:?}"
    );
    let elections = s.elections();
    assert_eq!((elections[1].node, elections[1].term), (1, 2));
}

#[test]
fn writes_are_refused_while_a_conflict_waits() {
    let mut s = naive_conflict(0);
    assert!(!s.can_write(0) && !s.can_spec_writes());
    let said = s.apply(SplitBrainEvent::ClientWrite { node: 2, value: 1 });
    assert_eq!(
        said,
        vec![Outcome::WriteReached {
            write: 2,
            value: 1,
            node: 2,
            arrival: Arrival::Frozen,
        }]
    );
    assert_eq!(
        s.apply(SplitBrainEvent::SpecWrites),
        vec![Outcome::Refused(Refusal::ConflictWaiting)]
    );
    assert_eq!(status_of(&s, 2), WriteStatus::Rejected(Rejection::Frozen));
}

#[test]
fn last_write_wins_keeps_the_later_stamp_and_silently_loses_the_other() {
    let mut s = naive_conflict(0);
    let said = s.apply(SplitBrainEvent::ResolveLastWriteWins);
    assert!(
        matches!(&said[..], [Outcome::Resolved(Resolution::LastWriteWins { lost, .. })] if lost.len() == 1),
        "{said:?}"
    );
    assert_eq!(status_of(&s, 0), WriteStatus::Lost);
    assert_eq!(status_of(&s, 1), WriteStatus::Acknowledged);
    let Some(Resolution::LastWriteWins {
        winner,
        lost,
        older_won,
    }) = s.resolution()
    else {
        panic!("no resolution");
    };
    assert_eq!(winner.value, SPEC_VALUE_B);
    assert_eq!(lost.len(), 1);
    assert!(!older_won);
    for node in s.nodes() {
        assert_eq!(node.log, s.nodes()[1].log);
        assert_eq!(node.value(), SPEC_VALUE_B);
    }
    assert!(s.conflict().is_none() && !s.can_resolve());
    assert_eq!(s.leaders(), vec![1]);
    s.advance(20_000);
    assert_eq!(s.leaders(), vec![1], "the cluster stays converged");
}

#[test]
fn clock_skew_makes_last_write_wins_keep_the_older_write() {
    let mut s = naive_conflict(5_000);
    let (a, b) = (s.writes()[0].clone(), s.writes()[1].clone());
    let stamp = |id| {
        s.nodes()
            .iter()
            .flat_map(|n| n.log.iter())
            .find(|e| Some(e.id) == id)
            .cloned()
            .unwrap()
    };
    let (ea, eb) = (stamp(a.entry_id), stamp(b.entry_id));
    assert!(ea.real_ms < eb.real_ms, "A really happened first");
    assert!(
        ea.stamped_ms > eb.stamped_ms,
        "but Node 1's fast clock stamped it later"
    );
    let said = s.apply(SplitBrainEvent::ResolveLastWriteWins);
    assert!(
        matches!(
            &said[..],
            [Outcome::Resolved(Resolution::LastWriteWins {
                older_won: true,
                ..
            })]
        ),
        "{said:?}"
    );
    let Some(Resolution::LastWriteWins {
        winner, older_won, ..
    }) = s.resolution()
    else {
        panic!("no resolution");
    };
    assert_eq!(winner.id, ea.id);
    assert!(*older_won);
    assert_eq!(status_of(&s, 1), WriteStatus::Lost);
    assert!(s.nodes().iter().all(|n| n.value() == SPEC_VALUE_A));
}

#[test]
fn manual_resolution_converges_every_log_on_the_chosen_value() {
    for value in [SPEC_VALUE_A, SPEC_VALUE_B, 625] {
        let mut s = naive_conflict(0);
        s.apply(SplitBrainEvent::ResolveManual(value));
        let first = s.nodes()[0].log.clone();
        assert!(s
            .nodes()
            .iter()
            .all(|n| n.log == first && n.value() == value));
        // Both writes stay as history under the resolution entry; nothing is lost.
        assert!(holds(&s.nodes()[0], SPEC_VALUE_A) && holds(&s.nodes()[0], SPEC_VALUE_B));
        assert_eq!(
            first.last().map(|e| e.source),
            Some(EntrySource::Resolution)
        );
        assert!(s
            .writes()
            .iter()
            .all(|w| w.status == WriteStatus::Acknowledged));
        assert_eq!(s.leaders().len(), 1);
        s.advance(15_000);
        assert!(
            s.nodes().iter().all(|n| n.log == first),
            "heartbeats keep it converged"
        );
    }
}

#[test]
fn a_single_sided_write_heals_without_conflict() {
    let mut s = sim(FailoverMode::Naive, false, 0, 3);
    s.apply(SplitBrainEvent::PartitionNetwork);
    s.apply(SplitBrainEvent::SkipAhead);
    s.apply(SplitBrainEvent::ClientWrite {
        node: 1,
        value: 900,
    });
    s.apply(SplitBrainEvent::Heal);
    s.advance(5_000);
    assert!(s.conflict().is_none());
    assert_eq!(s.leaders(), vec![1]);
    assert!(s.nodes().iter().all(|n| n.value() == 900));
}

/// Partitions Node 1 away in Raft mode and waits for the majority side to elect a leader.
fn raft_partitioned(seed: u64) -> SplitBrainSim {
    let mut s = sim(FailoverMode::Raft, false, 0, seed);
    s.advance(2_000);
    s.apply(SplitBrainEvent::PartitionNetwork);
    let elected = skip_until(&mut s, 12, |s| s.leaders().iter().any(|&l| l != 0));
    assert!(elected, "seed {seed}: no leader on the majority side");
    s
}

#[test]
fn raft_elects_node_2_or_3_by_majority_and_node_1_cannot_commit() {
    for seed in (0..30).chain([42]) {
        let mut s = raft_partitioned(seed);
        let new = s.elections().last().unwrap().clone();
        assert!(new.node == 1 || new.node == 2, "seed {seed}");
        assert!(new.term >= 2);
        assert_eq!(new.votes.len(), 2, "2 of 3 votes");
        if seed == 42 {
            assert_eq!(new.term, 2);
        }
        assert_eq!(
            s.nodes()[0].role,
            Role::Leader,
            "Node 1 still leads term 1 in its own mind"
        );
        assert_eq!(s.nodes()[0].term, 1);
        s.apply(SplitBrainEvent::SpecWrites);
        for _ in 0..20 {
            s.advance(1_000);
            assert_eq!(
                s.nodes()[0].commit_index,
                1,
                "a minority leader never commits"
            );
        }
        assert_eq!(status_of(&s, 0), WriteStatus::TimedOut, "seed {seed}");
        assert_eq!(status_of(&s, 1), WriteStatus::Committed, "seed {seed}");
        assert_eq!(s.nodes()[0].log.last().map(|e| e.value), Some(SPEC_VALUE_A));
        s.apply(SplitBrainEvent::Heal);
        s.advance(20_000);
        let leaders = s.leaders();
        assert_eq!(leaders.len(), 1);
        assert_ne!(leaders[0], 0);
        assert_eq!(s.nodes()[0].role, Role::Follower);
        assert!(s.nodes()[0].term >= 2);
        let log = &s.nodes()[leaders[0]].log;
        assert!(s
            .nodes()
            .iter()
            .all(|n| &n.log == log && n.value() == SPEC_VALUE_B));
        assert!(
            !holds(&s.nodes()[0], SPEC_VALUE_A),
            "the uncommitted entry was overwritten"
        );
        assert!(s.conflict().is_none());
    }
}

#[test]
fn raft_narrates_why_there_is_no_conflict() {
    let mut s = raft_partitioned(42);
    s.apply(SplitBrainEvent::SpecWrites);
    s.advance(3_000);
    s.apply(SplitBrainEvent::Heal);
    let mut said = Vec::new();
    for _ in 0..8 {
        said.extend(s.apply(SplitBrainEvent::SkipAhead));
    }
    let stepped = find(&said, |o| match o {
        Outcome::StaleLeaderStepsDown { node, term, old } => Some((*node, *term, *old)),
        _ => None,
    });
    assert_eq!(stepped, Some((0, 2, 1)), "{said:?}");
    let discarded = find(&said, |o| match o {
        Outcome::Discarded { node, entries, .. } => {
            Some((*node, entries.iter().map(|e| e.source).collect::<Vec<_>>()))
        }
        _ => None,
    });
    assert_eq!(
        discarded,
        Some((0, vec![EntrySource::Write(0)])),
        "{said:?}"
    );
    assert!(!said
        .iter()
        .any(|o| matches!(o, Outcome::ConflictDetected(_))));
}

#[test]
fn isolating_node_3_keeps_one_leader_on_the_majority_side() {
    for seed in 0..10 {
        let mut s = sim(FailoverMode::Raft, false, 0, seed);
        s.apply(SplitBrainEvent::ToggleLink(0, 2));
        s.apply(SplitBrainEvent::ToggleLink(2, 1));
        s.apply(SplitBrainEvent::ClientWrite {
            node: 1,
            value: 300,
        });
        for _ in 0..60 {
            s.advance(1_000);
            assert_eq!(s.leaders(), vec![0], "seed {seed}");
        }
        assert_eq!(status_of(&s, 0), WriteStatus::Committed);
        assert!(
            s.nodes()[2].term > 2,
            "the isolated node keeps calling elections it cannot win"
        );
        assert_eq!(s.elections().len(), 1);
        s.apply(SplitBrainEvent::Heal);
        s.advance(40_000);
        let leaders = s.leaders();
        assert_eq!(leaders.len(), 1);
        assert_ne!(
            leaders[0], 2,
            "Node 3 lacks a committed entry, so it cannot win"
        );
        assert!(s.nodes().iter().all(|n| n.value() == 300));
    }
    // The naive monitor on Node 3's side promotes it anyway: split brain.
    let mut s = sim(FailoverMode::Naive, false, 0, 1);
    s.apply(SplitBrainEvent::ToggleLink(0, 2));
    s.apply(SplitBrainEvent::ToggleLink(1, 2));
    s.apply(SplitBrainEvent::SkipAhead);
    assert_eq!(s.leaders(), vec![0, 2]);
}

/// Cuts every link, then heals the ones between `nodes`.
fn connect_only(s: &mut SplitBrainSim, nodes: &[usize]) {
    for (a, b) in LINKS {
        let want = nodes.contains(&a) && nodes.contains(&b);
        if s.link_up(a, b) != want {
            s.apply(SplitBrainEvent::ToggleLink(a, b));
        }
    }
}

/// The paper's Figure 8 with three nodes: an entry from an earlier term that reached a
/// majority must not count as committed, because a node holding a newer-term entry at that
/// index can still win an election and overwrite it. Raft only commits it with a
/// current-term entry on top.
#[test]
fn an_old_term_entry_on_a_majority_is_not_yet_committed() {
    for seed in 0..20 {
        let mut s = sim(FailoverMode::Raft, false, 0, seed);
        let mut checker = RaftChecker::default();
        // Node 1, leader of term 1, is cut off and appends X, which it cannot replicate.
        connect_only(&mut s, &[1, 2]);
        s.apply(SplitBrainEvent::ClientWrite {
            node: 0,
            value: 111,
        });
        // Nodes 2 and 3 elect a leader L for term 2, which is cut off at once and appends Y.
        assert!(skip_until(&mut s, 12, |s| s
            .leaders()
            .iter()
            .any(|&l| l != 0)));
        let l = s.leaders().into_iter().find(|&l| l != 0).unwrap();
        let other = 3 - l;
        connect_only(&mut s, &[]);
        s.apply(SplitBrainEvent::ClientWrite {
            node: l,
            value: 222,
        });
        // Node 1 and the other node meet: only Node 1 (longer log) can win; it replicates X.
        connect_only(&mut s, &[0, other]);
        for _ in 0..120 {
            s.advance(500);
            checker.check(&s).unwrap();
        }
        let n1 = &s.nodes()[0];
        assert_eq!(n1.role, Role::Leader, "seed {seed}");
        assert_eq!(s.nodes()[other].log.get(1).map(|e| e.value), Some(111));
        assert_eq!(
            n1.commit_index, 1,
            "X sits on a majority but is from an older term"
        );
        // L and the other node meet: L's newer-term entry wins and overwrites X, safely.
        connect_only(&mut s, &[l, other]);
        for _ in 0..120 {
            s.advance(500);
            checker.check(&s).unwrap();
        }
        assert_eq!(
            s.nodes()[other].log.get(1).map(|e| e.value),
            Some(222),
            "seed {seed}"
        );
    }
}

#[test]
fn fencing_rejects_the_stale_leaders_write() {
    let mut s = sim(FailoverMode::Fencing, false, 0, 42);
    s.apply(SplitBrainEvent::PartitionNetwork);
    s.apply(SplitBrainEvent::SkipAhead);
    assert_eq!(s.leaders(), vec![0, 1]);
    assert_eq!(s.storage().unwrap().highest_token, 2);
    let said = s.apply(SplitBrainEvent::SpecWrites);
    let refused = find(&said, |o| match o {
        Outcome::WriteReached {
            arrival: Arrival::TokenRefused { token, highest, .. },
            ..
        } => Some((*token, *highest)),
        _ => None,
    });
    assert_eq!(refused, Some((1, 2)), "{said:?}");
    s.advance(SPEC_WRITE_GAP_MS);
    assert_eq!(
        status_of(&s, 0),
        WriteStatus::Rejected(Rejection::StaleToken {
            token: 1,
            highest: 2
        })
    );
    assert_eq!(status_of(&s, 1), WriteStatus::Acknowledged);
    let storage = s.storage().unwrap();
    assert_eq!(storage.rejected, 1);
    assert!(storage.log.iter().all(|e| e.value != SPEC_VALUE_A));
    assert_eq!(s.leaders(), vec![1], "the fenced node stepped down");
    s.advance(30_000);
    assert_eq!(
        s.leaders(),
        vec![1],
        "a fenced node is not promoted while it waits"
    );
    s.apply(SplitBrainEvent::Heal);
    s.advance(5_000);
    assert!(s.conflict().is_none());
    assert!(s.nodes().iter().all(|n| n.value() == SPEC_VALUE_B));
}

#[test]
fn stonith_powers_the_old_leader_off_before_promoting() {
    let mut s = sim(FailoverMode::Fencing, true, 0, 42);
    assert!(s.stonith_active());
    s.apply(SplitBrainEvent::PartitionNetwork);
    let said = s.apply(SplitBrainEvent::SkipAhead);
    let off = find(&said, |o| match o {
        Outcome::Promoted { powered_off, .. } => Some(*powered_off),
        _ => None,
    });
    assert_eq!(off, Some(Some(0)), "{said:?}");
    assert!(!s.nodes()[0].powered_on);
    assert_eq!(s.leaders(), vec![1], "never two leaders");
    s.apply(SplitBrainEvent::SpecWrites);
    assert_eq!(
        status_of(&s, 0),
        WriteStatus::Rejected(Rejection::PoweredOff)
    );
    s.advance(2_000);
    assert_eq!(status_of(&s, 1), WriteStatus::Acknowledged);
    s.apply(SplitBrainEvent::Heal);
    assert!(s.can_power_on(0));
    s.apply(SplitBrainEvent::PowerOn(0));
    s.advance(5_000);
    assert_eq!(s.nodes()[0].role, Role::Follower);
    assert!(s.nodes().iter().all(|n| n.value() == SPEC_VALUE_B));
}

#[test]
fn the_heartbeat_timer_is_visible_while_it_counts() {
    let mut s = sim(FailoverMode::Naive, false, 0, 42);
    assert_eq!(s.phase(), Phase::Stable);
    assert!(!s.can_skip_ahead(), "a healthy cluster has nothing coming");
    s.apply(SplitBrainEvent::PartitionNetwork);
    s.advance(6_000);
    let Phase::TimerRunning {
        elapsed_ms,
        timeout_ms,
        ..
    } = s.phase()
    else {
        panic!("{:?}", s.phase());
    };
    assert_eq!(timeout_ms, MONITOR_TIMEOUT_MS);
    assert!((6_000..=6_000 + NET_DELAY_MAX_MS).contains(&elapsed_ms));
    let wait = s.next_notable_in_ms().unwrap();
    assert_eq!(wait, MONITOR_TIMEOUT_MS - elapsed_ms);
}

#[test]
fn messages_travel_only_on_live_links() {
    let mut s = sim(FailoverMode::Raft, false, 0, 5);
    s.advance(10);
    assert!(
        !s.messages().is_empty(),
        "the leader's first heartbeats are in flight"
    );
    s.apply(SplitBrainEvent::PartitionNetwork);
    assert!(s.messages().iter().all(|m| m.from != 0 && m.to != 0));
    for _ in 0..50 {
        s.advance(300);
        for m in s.messages() {
            assert!(s.link_up(m.from, m.to));
            assert!(m.deliver_ms - m.sent_ms >= NET_DELAY_MIN_MS);
            assert!((0.0..=1.0).contains(&m.progress(s.now_ms())));
        }
    }
}

#[test]
fn invalid_events_are_explained_and_change_nothing() {
    let mut s = sim(FailoverMode::Naive, false, 0, 1);
    let before = s.nodes().to_vec();
    for (event, why) in [
        (
            SplitBrainEvent::ToggleLink(0, 0),
            Refusal::NoSuchLink { a: 0, b: 0 },
        ),
        (
            SplitBrainEvent::ToggleLink(7, 1),
            Refusal::NoSuchLink { a: 7, b: 1 },
        ),
        (
            SplitBrainEvent::ClientWrite { node: 9, value: 1 },
            Refusal::NoSuchNode { node: 9 },
        ),
        (SplitBrainEvent::ResolveLastWriteWins, Refusal::NoConflict),
        (SplitBrainEvent::ResolveManual(5), Refusal::NoConflict),
        (
            SplitBrainEvent::PowerOn(usize::MAX),
            Refusal::NoSuchNode { node: usize::MAX },
        ),
        (
            SplitBrainEvent::PowerOn(0),
            Refusal::AlreadyRunning { node: 0 },
        ),
        (SplitBrainEvent::Heal, Refusal::NothingToHeal),
        (
            SplitBrainEvent::SkipAhead,
            Refusal::NothingNotable {
                horizon_ms: SKIP_HORIZON_MS,
            },
        ),
    ] {
        assert_eq!(s.apply(event), vec![Outcome::Refused(why)], "{event:?}");
    }
    assert_eq!(s.nodes(), &before[..]);
    assert!(s.writes().is_empty());
    assert_eq!(
        s.apply(SplitBrainEvent::SetClockSkewMs(i64::MAX)),
        vec![
            Outcome::SkewClamped {
                max_ms: MAX_CLOCK_SKEW_MS
            },
            Outcome::SkewSet {
                ms: MAX_CLOCK_SKEW_MS
            },
        ]
    );
    assert_eq!(s.config().clock_skew_ms, MAX_CLOCK_SKEW_MS);
    let said = s.apply(SplitBrainEvent::ClientWrite {
        node: 0,
        value: i64::MIN,
    });
    assert_eq!(
        said.first(),
        Some(&Outcome::BalanceClamped {
            max: MAX_BALANCE,
            value: -MAX_BALANCE
        })
    );
    assert_eq!(s.writes()[0].value, -MAX_BALANCE);
    let said = s.advance(u64::MAX);
    assert_eq!(
        said.last(),
        Some(&Outcome::AdvanceClamped {
            max_ms: MAX_ADVANCE_MS,
            moved_ms: MAX_ADVANCE_MS
        })
    );
    assert_eq!(s.now_ms(), MAX_ADVANCE_MS);
    for _ in 0..MAX_WRITES + 5 {
        s.apply(SplitBrainEvent::ClientWrite { node: 0, value: 1 });
    }
    assert_eq!(s.writes().len(), MAX_WRITES);
    assert_eq!(
        s.apply(SplitBrainEvent::ClientWrite { node: 0, value: 1 }),
        vec![Outcome::Refused(Refusal::TooManyWrites { max: MAX_WRITES })]
    );
    assert!(!s.can_write(0) && !s.can_spec_writes());
}

#[test]
fn reset_and_mode_changes_return_to_the_start() {
    let fresh = sim(FailoverMode::Naive, false, 0, 8);
    let mut s = fresh.clone();
    s.apply(SplitBrainEvent::PartitionNetwork);
    s.apply(SplitBrainEvent::SkipAhead);
    s.apply(SplitBrainEvent::SpecWrites);
    s.apply(SplitBrainEvent::Reset);
    assert_eq!(s.nodes(), fresh.nodes());
    assert_eq!(s.now_ms(), 0);
    assert!(s.writes().is_empty() && !s.can_heal());
    s.apply(SplitBrainEvent::SetMode(FailoverMode::Raft));
    assert_eq!(s.mode(), FailoverMode::Raft);
    assert_eq!(s.leaders(), vec![0]);
    assert_eq!(FailoverMode::from_param(" RAFT "), Some(FailoverMode::Raft));
    assert_eq!(FailoverMode::from_param("paxos"), None);
}

#[test]
fn same_seed_same_run() {
    let run = |seed| {
        let mut s = sim(FailoverMode::Raft, false, 0, seed);
        let mut said = vec![s.apply(SplitBrainEvent::PartitionNetwork)];
        for _ in 0..6 {
            said.push(s.apply(SplitBrainEvent::SkipAhead));
        }
        said.push(s.apply(SplitBrainEvent::Heal));
        said.push(s.advance(30_000));
        (said, s.now_ms())
    };
    assert_eq!(run(11), run(11));
    assert_ne!(run(11), run(12));
}

// ----- property tests -----

#[derive(Debug, Clone, Copy)]
enum Action {
    Event(SplitBrainEvent),
    Advance(u64),
}

fn network_action() -> impl Strategy<Value = Action> {
    prop_oneof![
        3 => (0usize..3, 0usize..3).prop_map(|(a, b)| Action::Event(SplitBrainEvent::ToggleLink(a, b))),
        1 => Just(Action::Event(SplitBrainEvent::PartitionNetwork)),
        1 => Just(Action::Event(SplitBrainEvent::Heal)),
        3 => (0usize..3, 1i64..1000).prop_map(|(node, value)| Action::Event(SplitBrainEvent::ClientWrite { node, value })),
        1 => Just(Action::Event(SplitBrainEvent::SpecWrites)),
        1 => Just(Action::Event(SplitBrainEvent::SkipAhead)),
        5 => (1u64..12_000).prop_map(Action::Advance),
    ]
}

fn any_event() -> impl Strategy<Value = SplitBrainEvent> {
    prop_oneof![
        Just(SplitBrainEvent::PartitionNetwork),
        Just(SplitBrainEvent::Heal),
        (0usize..5, 0usize..5).prop_map(|(a, b)| SplitBrainEvent::ToggleLink(a, b)),
        Just(SplitBrainEvent::SkipAhead),
        (0usize..5, any::<i64>())
            .prop_map(|(node, value)| SplitBrainEvent::ClientWrite { node, value }),
        Just(SplitBrainEvent::SpecWrites),
        Just(SplitBrainEvent::ResolveLastWriteWins),
        any::<i64>().prop_map(SplitBrainEvent::ResolveManual),
        prop_oneof![any::<i64>(), -9_000i64..9_000].prop_map(SplitBrainEvent::SetClockSkewMs),
        any::<bool>().prop_map(SplitBrainEvent::SetStonith),
        proptest::sample::select(FailoverMode::ALL.to_vec()).prop_map(SplitBrainEvent::SetMode),
        (0usize..5).prop_map(SplitBrainEvent::PowerOn),
        Just(SplitBrainEvent::Reset),
    ]
}

/// Runs `action`; an advance goes event by event so `check` sees every intermediate state.
fn run_checked(
    s: &mut SplitBrainSim,
    action: Action,
    check: &mut impl FnMut(&SplitBrainSim) -> Result<(), TestCaseError>,
) -> Result<(), TestCaseError> {
    match action {
        Action::Event(e) => {
            let said = s.apply(e);
            prop_assert!(!said.is_empty());
            check(s)
        }
        Action::Advance(ms) => {
            let target = s.now_ms() + ms;
            loop {
                match s.next_event_in_ms() {
                    Some(d) if s.now_ms() + d <= target => {
                        s.advance(d);
                    }
                    _ => {
                        s.advance(target - s.now_ms());
                        return check(s);
                    }
                }
                check(s)?;
            }
        }
    }
}

/// Raft's safety properties, checked against everything seen so far in one run.
#[derive(Default)]
struct RaftChecker {
    /// Index → (entry id, a term at or after the one it was committed in).
    committed: Vec<(u32, u64)>,
    leader_of_term: HashMap<u64, usize>,
    elections_seen: usize,
    last: Vec<(Role, u64, usize)>,
}

impl RaftChecker {
    fn check(&mut self, s: &SplitBrainSim) -> Result<(), TestCaseError> {
        // Election Safety: at most one leader per term, over the whole history.
        for e in &s.elections()[self.elections_seen..] {
            let first = *self.leader_of_term.entry(e.term).or_insert(e.node);
            prop_assert_eq!(first, e.node, "two leaders in term {}", e.term);
            prop_assert!(e.votes.len() >= MAJORITY);
        }
        self.elections_seen = s.elections().len();
        let nodes = s.nodes();
        for (n, node) in nodes.iter().enumerate() {
            prop_assert!(node.commit_index <= node.log.len());
            if node.role == Role::Leader {
                prop_assert_eq!(self.leader_of_term.get(&node.term), Some(&n));
            }
            // State Machine Safety: committed prefixes agree and never change.
            for (i, e) in node.log.iter().take(node.commit_index).enumerate() {
                match self.committed.get(i) {
                    Some(&(id, _)) => {
                        prop_assert_eq!(id, e.id, "committed entry {} changed on node {}", i + 1, n)
                    }
                    None => self.committed.push((e.id, node.term)),
                }
            }
            if let Some(&(role, term, commit)) = self.last.get(n) {
                prop_assert!(node.commit_index >= commit, "commit index went back");
                // A leader cut off from every other node never commits anything.
                let isolated = (0..NODE_COUNT).all(|p| p == n || !s.link_up(n, p));
                if role == Role::Leader
                    && node.role == Role::Leader
                    && term == node.term
                    && isolated
                {
                    prop_assert_eq!(node.commit_index, commit, "minority leader committed");
                }
            }
        }
        // Leader Completeness: a leader of a later term holds every committed entry.
        for node in nodes.iter().filter(|n| n.role == Role::Leader) {
            for (i, &(id, term)) in self.committed.iter().enumerate() {
                if node.term > term {
                    prop_assert_eq!(
                        node.log.get(i).map(|e| e.id),
                        Some(id),
                        "leader of term {} lacks entry {}",
                        node.term,
                        i + 1
                    );
                }
            }
        }
        // Log Matching: same index and term means the same history up to there.
        for a in 0..NODE_COUNT {
            for b in a + 1..NODE_COUNT {
                let (la, lb) = (&nodes[a].log, &nodes[b].log);
                let last_same = (0..la.len().min(lb.len()))
                    .rev()
                    .find(|&i| la[i].term == lb[i].term);
                if let Some(i) = last_same {
                    prop_assert!(
                        la[..=i].iter().zip(&lb[..=i]).all(|(x, y)| x.id == y.id),
                        "logs of {} and {} disagree",
                        a + 1,
                        b + 1
                    );
                }
            }
        }
        // A client told "committed" can find its write in the committed history.
        for w in s.writes() {
            if w.status == WriteStatus::Committed {
                let id = w.entry_id;
                prop_assert!(self.committed.iter().any(|&(c, _)| Some(c) == id));
            }
        }
        self.last = nodes
            .iter()
            .map(|n| (n.role, n.term, n.commit_index))
            .collect();
        Ok(())
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    /// Raft under random partitions, heals, writes and time: Election Safety, State Machine
    /// Safety, Leader Completeness, Log Matching, and no commits by a cut-off leader.
    #[test]
    fn raft_is_safe_under_random_partitions(seed in any::<u64>(), actions in proptest::collection::vec(network_action(), 1..300)) {
        let mut s = sim(FailoverMode::Raft, false, 0, seed);
        let mut checker = RaftChecker::default();
        let mut check = |s: &SplitBrainSim| checker.check(s);
        check(&s)?;
        for a in actions {
            run_checked(&mut s, a, &mut check)?;
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 600, ..ProptestConfig::default() })]

    /// Fencing: the storage never accepts a write carrying a token older than one it has
    /// issued, tokens are unique per promotion, and acknowledged writes stay in the storage.
    #[test]
    fn fencing_rejects_every_stale_token(
        seed in any::<u64>(),
        stonith in any::<bool>(),
        actions in proptest::collection::vec(prop_oneof![
            6 => network_action(),
            1 => (0usize..3).prop_map(|n| Action::Event(SplitBrainEvent::PowerOn(n))),
            1 => any::<bool>().prop_map(|on| Action::Event(SplitBrainEvent::SetStonith(on))),
        ], 1..40),
    ) {
        let mut s = sim(FailoverMode::Fencing, stonith, 0, seed);
        let mut seen_highest = 1;
        let mut seen_len = 1;
        let mut check = |s: &SplitBrainSim| -> Result<(), TestCaseError> {
            let storage = s.storage().unwrap();
            prop_assert!(storage.log.windows(2).all(|w| w[0].term <= w[1].term));
            for e in &storage.log[seen_len..] {
                prop_assert!(e.term >= seen_highest, "accepted token {} after {} was issued", e.term, seen_highest);
            }
            let tokens: Vec<u64> = s.elections().iter().map(|e| e.term).collect();
            prop_assert!(tokens.windows(2).all(|w| w[0] < w[1]), "tokens are unique and rising");
            prop_assert_eq!(tokens.last().copied(), Some(storage.highest_token));
            for w in s.writes() {
                match w.status {
                    WriteStatus::Acknowledged => prop_assert!(storage.log.iter().any(|e| Some(e.id) == w.entry_id)),
                    WriteStatus::Rejected(Rejection::StaleToken { token, highest }) => prop_assert!(token < highest),
                    WriteStatus::Lost => prop_assert!(false, "fencing lost an acknowledged write"),
                    _ => {}
                }
            }
            for n in s.nodes() {
                prop_assert!(n.powered_on || n.role != Role::Leader);
            }
            prop_assert!(s.conflict().is_none());
            seen_highest = storage.highest_token;
            seen_len = storage.log.len();
            Ok(())
        };
        for a in actions {
            run_checked(&mut s, a, &mut check)?;
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 600, ..ProptestConfig::default() })]

    /// Naive mode: there is always a leader, every acknowledged write is held somewhere until
    /// it is reported lost, and a resolution leaves every node with the same log.
    #[test]
    fn naive_resolution_always_converges(
        seed in any::<u64>(),
        skew in -9_000i64..9_000,
        actions in proptest::collection::vec(prop_oneof![
            6 => network_action(),
            1 => Just(Action::Event(SplitBrainEvent::ResolveLastWriteWins)),
            1 => (0i64..2000).prop_map(|v| Action::Event(SplitBrainEvent::ResolveManual(v))),
        ], 1..40),
    ) {
        let mut s = sim(FailoverMode::Naive, false, skew, seed);
        let mut check = |s: &SplitBrainSim| -> Result<(), TestCaseError> {
            prop_assert!(!s.leaders().is_empty());
            for n in s.nodes() {
                prop_assert_eq!(n.commit_index, n.log.len());
                prop_assert_eq!(n.log.first().map(|e| e.source), Some(EntrySource::Initial));
            }
            for w in s.writes() {
                if w.status == WriteStatus::Acknowledged {
                    prop_assert!(s.nodes().iter().any(|n| n.log.iter().any(|e| Some(e.id) == w.entry_id)));
                }
            }
            if let Some(c) = s.conflict() {
                prop_assert!(c.sides.len() >= 2);
                prop_assert!(c.lww_winner().is_some());
            }
            Ok(())
        };
        for a in actions {
            let resolving = matches!(a, Action::Event(SplitBrainEvent::ResolveLastWriteWins | SplitBrainEvent::ResolveManual(_)));
            let had_conflict = s.conflict().is_some();
            run_checked(&mut s, a, &mut check)?;
            if resolving && had_conflict {
                let first = &s.nodes()[0].log;
                prop_assert!(s.nodes().iter().all(|n| &n.log == first));
                prop_assert_eq!(s.leaders().len(), 1);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    /// Any events in any mode, including ones the UI would prevent (heal with no partition,
    /// writes to a powered-off node, resolving with no conflict), never panic and keep the
    /// model's basic shape; in Raft mode no term ever has two leaders.
    #[test]
    fn random_events_never_panic(
        seed in any::<u64>(),
        steps in proptest::collection::vec(prop_oneof![
            3 => any_event().prop_map(Action::Event),
            1 => prop_oneof![0u64..5_000, any::<u64>()].prop_map(Action::Advance),
        ], 1..300),
    ) {
        let mut s = sim(FailoverMode::Naive, false, 0, seed);
        for step in steps {
            match step {
                Action::Event(e) => prop_assert!(!s.apply(e).is_empty()),
                Action::Advance(ms) => {
                    let before = s.now_ms();
                    s.advance(ms);
                    prop_assert_eq!(s.now_ms(), before + ms.min(MAX_ADVANCE_MS));
                }
            }
            prop_assert_eq!(s.nodes().len(), NODE_COUNT);
            for n in s.nodes() {
                prop_assert!(n.commit_index <= n.log.len());
                prop_assert!(n.leader.is_none_or(|l| l < NODE_COUNT));
            }
            for m in s.messages() {
                prop_assert!(s.link_up(m.from, m.to));
                prop_assert!(m.deliver_ms >= s.now_ms());
            }
            prop_assert!(s.writes().len() <= MAX_WRITES);
            prop_assert!(s.journal().len() <= JOURNAL_LEN);
            let _ = (s.phase(), s.can_skip_ahead(), s.can_heal(), s.can_partition());
            if s.mode() == FailoverMode::Raft {
                // Election Safety even across mode switches and resets: one leader per term.
                let mut terms: Vec<u64> = s.nodes().iter().filter(|n| n.role == Role::Leader).map(|n| n.term).collect();
                let leaders = terms.len();
                terms.sort_unstable();
                terms.dedup();
                prop_assert_eq!(terms.len(), leaders, "two leaders share a term");
                let mut elected: Vec<u64> = s.elections().iter().map(|e| e.term).collect();
                let elections = elected.len();
                elected.sort_unstable();
                elected.dedup();
                prop_assert_eq!(elected.len(), elections, "two elections won in one term");
            }
        }
    }
}

/// A client's timeout says nothing about the write: the leader still holds it and, once its
/// links come back before anyone else is elected, replicates and commits it. The client that
/// gave up must retry idempotently or read back to learn the outcome.
#[test]
fn a_timed_out_write_can_still_commit_later() {
    let mut late = 0;
    for seed in 0..30 {
        let mut s = sim(FailoverMode::Raft, false, 0, seed);
        s.advance(2_000);
        connect_only(&mut s, &[]);
        s.apply(SplitBrainEvent::ClientWrite {
            node: 0,
            value: 111,
        });
        let mut waited = 0;
        while status_of(&s, 0) == WriteStatus::Pending && waited < 20_000 {
            s.advance(100);
            waited += 100;
        }
        if status_of(&s, 0) != WriteStatus::TimedOut || s.leaders() != [0] {
            continue;
        }
        connect_only(&mut s, &[0, 1, 2]);
        s.advance(3_000);
        if status_of(&s, 0) == WriteStatus::CommittedLate {
            late += 1;
            let stored = s.nodes().iter().filter(|n| holds(n, 111)).count();
            assert!(
                stored >= 2,
                "seed {seed}: committed means a majority stores it"
            );
        }
    }
    assert!(late > 0, "no seed let a timed-out write commit later");
}

#[test]
fn raft_without_its_rules_holds_still_until_given_them() {
    let config = SplitBrainConfig::new(FailoverMode::Raft, false, 0);
    let mut waiting = SplitBrainSim::without_raft(config, 7);
    assert!(!waiting.has_raft());
    assert_eq!(waiting.next_event_in_ms(), None);
    assert_eq!(waiting.next_notable_in_ms(), None);
    waiting.set_raft(RaftRules::new());
    let mut full = SplitBrainSim::new(config, 7);
    for s in [&mut waiting, &mut full] {
        s.apply(SplitBrainEvent::PartitionNetwork);
        s.apply(SplitBrainEvent::SkipAhead);
        s.apply(SplitBrainEvent::SetMode(FailoverMode::Naive));
        s.apply(SplitBrainEvent::SetMode(FailoverMode::Raft));
        s.apply(SplitBrainEvent::PartitionNetwork);
        s.advance(20_000);
    }
    assert!(waiting.has_raft(), "the rules stay through mode changes");
    assert_eq!(waiting.journal(), full.journal());
    assert_eq!(waiting.elections(), full.elections());
    let naive = SplitBrainConfig::new(FailoverMode::Naive, false, 0);
    let mut a = SplitBrainSim::without_raft(naive, 3);
    let mut b = SplitBrainSim::new(naive, 3);
    for s in [&mut a, &mut b] {
        s.apply(SplitBrainEvent::PartitionNetwork);
        s.advance(15_000);
    }
    assert_eq!(a.journal(), b.journal(), "the monitor modes need no Raft");
}
