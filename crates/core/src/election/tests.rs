use proptest::prelude::*;

use super::*;

fn run(algorithm: Algorithm, config: ElectionConfig, seed: u64) -> ElectionSim {
    ElectionSim::new(algorithm, config, seed)
}

fn five() -> ElectionConfig {
    ElectionConfig::default()
}

/// Advances in small steps until `done` holds, for at most `ms`.
fn until(s: &mut ElectionSim, ms: u64, done: impl Fn(&ElectionSim) -> bool) -> bool {
    let end = s.now_ms() + ms;
    while s.now_ms() < end {
        if done(s) {
            return true;
        }
        s.advance(10);
    }
    done(s)
}

#[test]
fn raft_elects_one_leader_within_a_few_timeouts() {
    for seed in 0..20 {
        let mut s = run(Algorithm::Raft, five(), seed);
        assert!(
            until(&mut s, 2_000, |s| s.leaders().len() == 1),
            "seed {seed}"
        );
        let t = s.stats().last_elect_ms.unwrap_or(u64::MAX);
        assert!((150..1_500).contains(&t), "seed {seed}: {t} ms");
    }
}

#[test]
fn raft_leader_crash_elects_another_with_a_newer_term() {
    let mut s = run(Algorithm::Raft, five(), 7);
    s.advance(1_000);
    let old = s.leaders()[0];
    let term = s.nodes()[old].term;
    s.apply(ElectionEvent::CrashLeader);
    assert!(s.leaders().is_empty());
    assert!(until(&mut s, 2_000, |s| s.leaders().len() == 1));
    let new = s.leaders()[0];
    assert_ne!(new, old);
    assert!(s.nodes()[new].term > term);
}

#[test]
fn equal_timeouts_split_the_vote_again_and_again() {
    let config = ElectionConfig {
        timeout_min_ms: 200,
        timeout_max_ms: 200,
        ..five()
    };
    let mut s = run(Algorithm::Raft, config, 3);
    s.advance(3_000);
    assert!(s.wins().is_empty(), "{:?}", s.wins());
    assert!(s.stats().elections >= 5 * 10, "{}", s.stats().elections);
}

/// The isolated node rejoins after a long partition: without pre-vote its higher term
/// deposes the leader; with pre-vote it never raised its term, and the leader stays.
fn rejoin(pre_vote: bool) -> (bool, u64) {
    let config = ElectionConfig { pre_vote, ..five() };
    let mut s = run(Algorithm::Raft, config, 11);
    s.advance(1_000);
    let leader = s.leaders()[0];
    let lonely = (leader + 1) % 5;
    for p in (0..5).filter(|&p| p != lonely) {
        s.apply(ElectionEvent::ToggleLink(lonely, p));
    }
    s.advance(3_000);
    let term = s.nodes()[lonely].term;
    s.apply(ElectionEvent::Partition(Split::Heal));
    let mut deposed = false;
    for _ in 0..100 {
        let said = s.advance(10);
        deposed |= said
            .iter()
            .any(|h| matches!(h, Happening::SteppedDown { node, .. } if *node == leader));
    }
    (deposed, term)
}

#[test]
fn without_pre_vote_a_rejoining_node_deposes_the_leader() {
    let (deposed, term) = rejoin(false);
    assert!(deposed && term > 5, "term {term}");
}

#[test]
fn with_pre_vote_a_rejoining_node_leaves_the_leader_alone() {
    let (deposed, term) = rejoin(true);
    assert!(!deposed, "term {term}");
    assert!(term <= 2, "term {term}");
}

#[test]
fn check_quorum_makes_a_minority_leader_step_down() {
    for check_quorum in [false, true] {
        let config = ElectionConfig {
            check_quorum,
            ..five()
        };
        let mut s = run(Algorithm::Raft, config, 5);
        s.advance(1_000);
        let old = s.leaders()[0];
        // Put the leader on the two-node side.
        for a in 0..5 {
            for b in a + 1..5 {
                let side = |x: usize| x == old || x == (old + 1) % 5;
                if side(a) != side(b) {
                    s.apply(ElectionEvent::ToggleLink(a, b));
                }
            }
        }
        s.advance(2_000);
        let leaders = s.leaders();
        assert!(leaders.iter().any(|&l| l != old), "majority side elects");
        assert_eq!(leaders.contains(&old), !check_quorum, "{leaders:?}");
    }
}

#[test]
fn bully_elects_the_highest_id_and_then_the_next_after_a_crash() {
    let mut s = run(Algorithm::Bully, five(), 1);
    assert!(until(&mut s, 2_000, |s| s.leaders() == vec![4]));
    s.apply(ElectionEvent::CrashLeader);
    assert!(until(&mut s, 2_000, |s| s.leaders() == vec![3]));
    s.advance(500);
    assert!(s.nodes().iter().take(3).all(|n| n.leader == Some(3)));
}

#[test]
fn bully_partition_three_two_crowns_two_leaders() {
    let mut s = run(Algorithm::Bully, five(), 2);
    s.advance(1_000);
    s.apply(ElectionEvent::Partition(Split::ThreeTwo));
    s.advance(2_000);
    assert_eq!(s.leaders(), vec![2, 4]);
    s.apply(ElectionEvent::Partition(Split::TwoTwoOne));
    s.advance(2_000);
    assert_eq!(s.leaders(), vec![1, 3, 4]);
    s.apply(ElectionEvent::Partition(Split::Heal));
    s.advance(2_000);
    assert_eq!(s.leaders(), vec![4]);
}

#[test]
fn raft_partition_two_two_one_leaves_no_new_leader() {
    let config = ElectionConfig {
        check_quorum: true,
        ..five()
    };
    let mut s = run(Algorithm::Raft, config, 2);
    s.advance(1_000);
    s.apply(ElectionEvent::Partition(Split::TwoTwoOne));
    s.advance(3_000);
    assert!(s.leaders().is_empty());
}

#[test]
fn a_slow_highest_node_makes_bully_elect_again_and_again() {
    let mut s = run(Algorithm::Bully, five(), 4);
    s.advance(1_000);
    let before = s.stats().elections;
    s.apply(ElectionEvent::ToggleFlap);
    s.advance(5_000);
    let bully = s.stats().elections - before;
    let mut r = run(Algorithm::Raft, five(), 4);
    r.advance(1_000);
    let before = r.stats().elections;
    r.apply(ElectionEvent::ToggleFlap);
    r.advance(5_000);
    let raft = r.stats().elections - before;
    assert!(bully >= 5 && bully > raft, "bully {bully}, raft {raft}");
}

#[test]
fn bully_costs_more_messages_when_the_lowest_node_notices_first() {
    // Node 0 alone notices (the others are still in a previous leader's timeout): with 5
    // nodes it sends 4 ELECTIONs, gets 4 OKs, and each higher node repeats: O(n²).
    let mut s = run(Algorithm::Bully, five(), 9);
    s.advance(1_000);
    s.apply(ElectionEvent::CrashLeader);
    let before = s.stats().messages;
    s.apply(ElectionEvent::AllTimeout);
    s.advance(300);
    let spent = s.stats().messages - before;
    assert!(spent >= 4 * 3, "{spent}");
    assert_eq!(s.leaders(), vec![3]);
}

#[test]
fn dropping_a_message_removes_it_from_flight() {
    let mut s = run(Algorithm::Raft, five(), 1);
    s.advance(400);
    let Some(m) = s.messages().first().copied() else {
        return;
    };
    let said = s.apply(ElectionEvent::Drop(m.id));
    assert_eq!(said, vec![Happening::Dropped(m)]);
    assert!(s.messages().iter().all(|x| x.id != m.id));
}

#[test]
fn config_clamps_and_keeps_min_at_most_max() {
    let c = ElectionConfig {
        nodes: 40,
        timeout_min_ms: 900,
        timeout_max_ms: 10,
        ..five()
    }
    .clamped();
    assert_eq!((c.nodes, c.timeout_min_ms, c.timeout_max_ms), (9, 600, 600));
}

#[test]
fn the_lab_runs_both_from_one_seed() {
    let mut lab = ElectionLab::new(five(), 42);
    lab.advance(1_500);
    assert_eq!(lab.bully.leaders(), vec![4]);
    assert_eq!(lab.raft.leaders().len(), 1);
    let again = ElectionLab::new(five(), 42);
    let mut again = again;
    again.advance(1_500);
    assert_eq!(again.raft.nodes(), lab.raft.nodes());
}

fn event(n: usize) -> impl Strategy<Value = ElectionEvent> {
    prop_oneof![
        (0..n).prop_map(ElectionEvent::ToggleNode),
        Just(ElectionEvent::CrashLeader),
        (0..n, 0..n).prop_map(|(a, b)| ElectionEvent::ToggleLink(a, b)),
        prop_oneof![
            Just(Split::Heal),
            Just(Split::ThreeTwo),
            Just(Split::TwoTwoOne)
        ]
        .prop_map(ElectionEvent::Partition),
        (1u64..400).prop_map(ElectionEvent::Drop),
        (0..n).prop_map(ElectionEvent::ToggleSlow),
        Just(ElectionEvent::ToggleFlap),
        Just(ElectionEvent::AllTimeout),
    ]
}

fn schedule() -> impl Strategy<Value = (ElectionConfig, u64, Vec<(ElectionEvent, u64)>)> {
    (
        3usize..=9,
        100u64..=400,
        0u64..=200,
        any::<bool>(),
        any::<bool>(),
    )
        .prop_flat_map(|(nodes, min, spread, pre_vote, check_quorum)| {
            let config = ElectionConfig {
                nodes,
                timeout_min_ms: min,
                timeout_max_ms: min + spread,
                pre_vote,
                check_quorum,
            };
            let steps = prop::collection::vec((event(nodes), 0u64..800), 0..25);
            (Just(config), any::<u64>(), steps)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Election Safety: at most one leader per term; one vote per node per term; every
    /// leader counted a majority of votes actually given to it in its term.
    #[test]
    fn raft_is_safe_under_any_schedule((config, seed, steps) in schedule()) {
        let mut s = ElectionSim::new(Algorithm::Raft, config, seed);
        for (e, ms) in steps {
            s.apply(e);
            s.advance(ms);
        }
        s.advance(2_000);
        let mut terms = std::collections::HashMap::new();
        for w in s.wins() {
            prop_assert!(terms.insert(w.term, w.node).is_none(), "two leaders in term {}", w.term);
            prop_assert!(vote::has_majority(w.votes.count_ones() as usize, config.nodes));
            for v in (0..config.nodes).filter(|v| w.votes & (1 << v) != 0) {
                let cast = Ballot { voter: v, term: w.term, candidate: w.node };
                prop_assert!(s.ballots().contains(&cast), "{cast:?} counted but not cast");
            }
        }
        let mut cast = std::collections::HashMap::new();
        for b in s.ballots() {
            let first = *cast.entry((b.voter, b.term)).or_insert(b.candidate);
            prop_assert_eq!(first, b.candidate, "node {} voted twice in term {}", b.voter, b.term);
        }
        let mut now: Vec<(u64, usize)> = s.leaders().iter().map(|&l| (s.nodes()[l].term, l)).collect();
        now.sort_unstable();
        prop_assert!(now.windows(2).all(|w| w[0].0 != w[1].0), "{now:?}");
    }

    /// Bully: once the network holds still, every group of a partition follows its highest
    /// running node, so a split gives one leader per side.
    #[test]
    fn bully_crowns_the_highest_reachable_node((config, seed, steps) in schedule(),
            split in prop_oneof![Just(Split::Heal), Just(Split::ThreeTwo), Just(Split::TwoTwoOne)]) {
        let mut s = ElectionSim::new(Algorithm::Bully, config, seed);
        for (e, ms) in steps {
            s.apply(e);
            s.advance(ms);
        }
        if s.flapping() {
            s.apply(ElectionEvent::ToggleFlap);
        }
        for i in 0..config.nodes {
            if s.is_slow(i) {
                s.apply(ElectionEvent::ToggleSlow(i));
            }
        }
        s.apply(ElectionEvent::Partition(split));
        s.advance(3_000);
        let n = config.nodes;
        let mut expected = Vec::new();
        for g in 0..3 {
            let members: Vec<usize> = (0..n).filter(|&i| split.group(i, n) == g && s.nodes()[i].up).collect();
            let Some(&top) = members.iter().max() else { continue };
            expected.push(top);
            for &m in &members {
                prop_assert_eq!(s.nodes()[m].leader, Some(top), "node {} of group {}", m, g);
            }
        }
        expected.sort_unstable();
        prop_assert_eq!(s.leaders(), expected);
    }
}
