//! Tests of the consistent-hash ring against brute-force recomputation from the definitions.

use dsim_core::hash_ring::*;
use proptest::prelude::*;
use xxhash_rust::xxh32::xxh32;

/// The owner of a position by definition: the smallest vnode at or after it, else the smallest
/// vnode overall (the walk wraps past 2^32 − 1). A linear scan, independent of the model's
/// binary search.
fn brute_vnode(ring: &[VNode], position: u32) -> VNode {
    ring.iter()
        .filter(|v| v.position >= position)
        .min()
        .or_else(|| ring.iter().min())
        .copied()
        .expect("a ring is never empty")
}

fn ids(sim: &RingSim) -> Vec<NodeId> {
    sim.nodes().iter().map(|n| n.id).collect()
}

/// Every structural invariant, checked from first principles.
fn check_invariants(sim: &RingSim) -> Result<(), TestCaseError> {
    let c = sim.config();
    prop_assert!((MIN_NODES..=MAX_NODES).contains(&c.nodes));
    prop_assert!((MIN_VNODES..=MAX_VNODES).contains(&c.vnodes));
    prop_assert!((MIN_KEYS..=MAX_KEYS).contains(&c.keys));
    prop_assert_eq!(sim.nodes().len(), c.nodes);
    // Distinct nodes and colour slots; each node drawn at its vnode #0.
    let mut letters = ids(sim);
    letters.sort();
    letters.dedup();
    prop_assert_eq!(letters.len(), c.nodes);
    let mut slots: Vec<usize> = sim.nodes().iter().map(|n| n.slot).collect();
    slots.sort();
    slots.dedup();
    prop_assert_eq!(slots.len(), c.nodes);
    prop_assert!(slots.iter().all(|&s| s < MAX_NODES));
    for n in sim.nodes() {
        let name = format!("Node {}#0", n.id.letter());
        prop_assert_eq!(n.position, xxh32(name.as_bytes(), 0));
    }
    // The ring is exactly the xxh32 hashes of "Node X#i", sorted.
    let mut expected: Vec<VNode> = sim
        .nodes()
        .iter()
        .flat_map(|n| {
            (0..c.vnodes).map(move |i| VNode {
                position: xxh32(format!("Node {}#{i}", n.id.letter()).as_bytes(), 0),
                node: n.id,
                index: i,
            })
        })
        .collect();
    expected.sort();
    prop_assert_eq!(sim.ring(), &expected[..]);
    // Every key has exactly one owner, and it is the first vnode clockwise.
    prop_assert_eq!(sim.keys().len(), c.keys);
    prop_assert_eq!(sim.owners().len(), c.keys);
    for (i, k) in sim.keys().iter().enumerate() {
        prop_assert_eq!(k.position, xxh32(k.name().as_bytes(), 0));
        let v = brute_vnode(sim.ring(), k.position);
        prop_assert_eq!(sim.landing_vnode(i), Some(v));
        prop_assert_eq!(sim.owner_of(i), Some(v.node));
    }
    prop_assert_eq!(sim.owner_of(c.keys), None);
    let load = sim.load();
    prop_assert_eq!(load.counts.len(), c.nodes);
    prop_assert_eq!(load.counts.iter().sum::<usize>(), c.keys);
    let mod_n = sim.mod_n_owners();
    let order = ids(sim);
    for (k, o) in sim.keys().iter().zip(&mod_n) {
        prop_assert_eq!(*o, order[k.position as usize % c.nodes]);
    }
    prop_assert_eq!(sim.mod_n_load().counts.iter().sum::<usize>(), c.keys);
    let arcs: f64 = sim.arc_shares().iter().sum();
    prop_assert!((arcs - 1.0).abs() < 1e-9);
    Ok(())
}

/// After a join: exactly the keys on the arcs the new node's vnodes took moved, all to it, and
/// the `hash % N` count is the number of keys with h % N ≠ h % (N + 1).
fn check_join(before: &RingSim, after: &RingSim) -> Result<(), TestCaseError> {
    let m = after.last_migration().expect("a join records a migration");
    prop_assert_eq!(m.change, MembershipChange::Added);
    let new = m.node.id;
    prop_assert!(before.node(new).is_none());
    prop_assert_eq!(ids(after).last().copied(), Some(new));
    let n = before.nodes().len();
    let mut expected_moves = Vec::new();
    let mut expected_mod_n = 0;
    for (i, k) in after.keys().iter().enumerate() {
        // On an arc the new node took: its first vnode clockwise (in the new ring) is new.
        let on_new_arc = brute_vnode(after.ring(), k.position).node == new;
        let changed = before.owner_of(i) != after.owner_of(i);
        prop_assert_eq!(on_new_arc, changed, "key {}", i);
        if changed {
            expected_moves.push(i);
        }
        let h = k.position as usize;
        if h % n != h % (n + 1) {
            expected_mod_n += 1;
        }
    }
    let moved: Vec<usize> = m.moves.iter().map(|mv| mv.key).collect();
    prop_assert_eq!(moved, expected_moves);
    for mv in &m.moves {
        prop_assert_eq!(mv.to, new);
        prop_assert_eq!(Some(mv.from), before.owner_of(mv.key));
        prop_assert_eq!(mv.to_vnode.node, new);
    }
    prop_assert_eq!(m.mod_n.moved(), expected_mod_n);
    prop_assert_eq!((m.mod_n.n_before, m.mod_n.n_after), (n, n + 1));
    prop_assert_eq!(m.node_vnodes.len(), after.vnodes_per_node());
    prop_assert_eq!(after.keys_migrated(), m.moved());
    prop_assert_eq!(m.sources(), {
        let mut from: Vec<NodeId> = m.moves.iter().map(|mv| mv.from).collect();
        from.sort();
        from.dedup();
        from
    });
    prop_assert!(m.destinations().iter().all(|&d| d == new));
    Ok(())
}

/// After a leave: only the leaver's keys moved, each to the next vnode clockwise that belongs to
/// another node (found in the old ring).
fn check_leave(before: &RingSim, after: &RingSim) -> Result<(), TestCaseError> {
    let m = after.last_migration().expect("a leave records a migration");
    prop_assert_eq!(m.change, MembershipChange::Removed);
    let gone = m.node.id;
    prop_assert!(before.node(gone).is_some() && after.node(gone).is_none());
    let survivors: Vec<VNode> = before
        .ring()
        .iter()
        .copied()
        .filter(|v| v.node != gone)
        .collect();
    let mut expected_moves = Vec::new();
    for (i, k) in after.keys().iter().enumerate() {
        let was_gone = before.owner_of(i) == Some(gone);
        let changed = before.owner_of(i) != after.owner_of(i);
        prop_assert_eq!(was_gone, changed, "key {}", i);
        if was_gone {
            expected_moves.push(i);
            let successor = brute_vnode(&survivors, k.position);
            prop_assert_eq!(after.landing_vnode(i), Some(successor));
        }
    }
    let moved: Vec<usize> = m.moves.iter().map(|mv| mv.key).collect();
    prop_assert_eq!(moved, expected_moves);
    prop_assert!(m.moves.iter().all(|mv| mv.from == gone && mv.to != gone));
    prop_assert!(m.sources().iter().all(|&s| s == gone));
    prop_assert!(m.destinations().windows(2).all(|w| w[0] < w[1]));
    prop_assert_eq!(after.keys_migrated(), m.moved());
    prop_assert_eq!(m.node_vnodes.len(), before.vnodes_per_node());
    // hash % N renumbers the nodes after the leaver.
    let (old, new) = (ids(before), ids(after));
    let mod_n = after
        .keys()
        .iter()
        .filter(|k| {
            let h = k.position as usize;
            old[h % old.len()] != new[h % new.len()]
        })
        .count();
    prop_assert_eq!(m.mod_n.moved(), mod_n);
    Ok(())
}

/// The outcome of `e` says exactly what happened to the ring, and what happened is right.
fn check_outcome(
    before: &RingSim,
    sim: &RingSim,
    e: RingEvent,
    outcome: &RingOutcome,
    start_nodes: usize,
    seed: u64,
) -> Result<(), TestCaseError> {
    let n = before.nodes().len();
    let migration = sim.last_migration().cloned();
    match e {
        RingEvent::AddNode if n < MAX_NODES => {
            prop_assert_eq!(sim.nodes().len(), n + 1);
            prop_assert_eq!(Some(outcome.clone()), migration.map(RingOutcome::Joined));
            check_join(before, sim)?;
        }
        RingEvent::RemoveNode if n > MIN_NODES => {
            prop_assert_eq!(sim.nodes().len(), n - 1);
            prop_assert_eq!(Some(outcome.clone()), migration.map(RingOutcome::Left));
            check_leave(before, sim)?;
        }
        RingEvent::RemoveNodeById(id) if n > MIN_NODES && before.node(id).is_some() => {
            prop_assert_eq!(sim.last_migration().map(|m| m.node.id), Some(id));
            prop_assert_eq!(Some(outcome.clone()), migration.map(RingOutcome::Left));
            check_leave(before, sim)?;
        }
        RingEvent::AddNode | RingEvent::RemoveNode | RingEvent::RemoveNodeById(_) => {
            // Refused: nothing changed, and the outcome says why.
            prop_assert_eq!(ids(sim), ids(before));
            prop_assert_eq!(sim.owners(), before.owners());
            prop_assert_eq!(sim.last_migration(), before.last_migration());
            let why = match e {
                RingEvent::AddNode => Refusal::AtMaximum,
                RingEvent::RemoveNodeById(id) if before.node(id).is_none() => {
                    Refusal::NotOnRing(id)
                }
                _ => Refusal::AtMinimum,
            };
            prop_assert_eq!(outcome, &RingOutcome::Refused(why));
        }
        RingEvent::SetVnodes(v) => {
            let vnodes = Clamped {
                requested: v,
                used: v.clamp(MIN_VNODES, MAX_VNODES),
            };
            prop_assert_eq!(sim.vnodes_per_node(), vnodes.used);
            prop_assert_eq!(ids(sim), ids(before));
            let expected = if vnodes.used == before.vnodes_per_node() {
                prop_assert_eq!(sim.owners(), before.owners());
                RingOutcome::VnodesUnchanged { vnodes }
            } else {
                prop_assert!(sim.last_migration().is_none());
                let changed = sim
                    .owners()
                    .iter()
                    .zip(before.owners())
                    .filter(|(a, b)| a != b)
                    .count();
                RingOutcome::VnodesChanged {
                    vnodes,
                    ticks: n * vnodes.used,
                    owners_changed: changed,
                    keys: sim.keys().len(),
                    load: sim.load(),
                }
            };
            prop_assert_eq!(outcome, &expected);
        }
        RingEvent::SetKeys(k) => {
            let keys = Clamped {
                requested: k,
                used: k.clamp(MIN_KEYS, MAX_KEYS),
            };
            prop_assert_eq!(keys.was_clamped(), k != keys.used);
            prop_assert_eq!(sim.keys().len(), keys.used);
            let common = sim.keys().len().min(before.keys().len());
            prop_assert_eq!(&sim.keys()[..common], &before.keys()[..common]);
            let expected = if keys.used == before.keys().len() {
                RingOutcome::KeysUnchanged { keys }
            } else {
                RingOutcome::KeysChanged {
                    keys,
                    load: sim.load(),
                }
            };
            prop_assert_eq!(outcome, &expected);
        }
        RingEvent::Reset => {
            let fresh = RingSim::new(
                RingConfig::new(start_nodes, sim.vnodes_per_node(), sim.keys().len()),
                seed,
            );
            prop_assert_eq!(ids(sim), ids(&fresh));
            prop_assert!(sim.last_migration().is_none());
            prop_assert_eq!(sim.keys_migrated(), 0);
            prop_assert_eq!(
                outcome,
                &RingOutcome::Reset {
                    nodes: ids(&fresh),
                    vnodes: fresh.vnodes_per_node(),
                    keys: fresh.keys().len(),
                    load: fresh.load(),
                }
            );
        }
    }
    Ok(())
}

fn event() -> impl Strategy<Value = RingEvent> {
    prop_oneof![
        4 => Just(RingEvent::AddNode),
        3 => Just(RingEvent::RemoveNode),
        2 => (0usize..NODE_NAMES).prop_map(|i| RingEvent::RemoveNodeById(NodeId::from_index(i).unwrap())),
        2 => prop_oneof![0usize..60, Just(usize::MAX)].prop_map(RingEvent::SetVnodes),
        2 => prop_oneof![8 => 0usize..200, 1 => 0usize..12_000, 1 => Just(usize::MAX)].prop_map(RingEvent::SetKeys),
        1 => Just(RingEvent::Reset),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// Any event sequence, including refused and out-of-range ones, keeps every invariant, and
    /// every join and leave moves exactly the keys the definitions say.
    #[test]
    fn every_event_sequence_keeps_the_ring_correct(
        seed in any::<u64>(),
        nodes in 0usize..12,
        vnodes in 0usize..60,
        keys in 0usize..150,
        events in proptest::collection::vec(event(), 1..40),
    ) {
        let mut sim = RingSim::new(RingConfig::new(nodes, vnodes, keys), seed);
        check_invariants(&sim)?;
        for e in events {
            let before = sim.clone();
            let outcome = sim.apply(e);
            check_invariants(&sim)?;
            check_outcome(&before, &sim, e, &outcome, nodes, seed)?;
        }
    }

    /// The same seed and events give the same run, outcome for outcome.
    #[test]
    fn same_seed_same_run(seed in any::<u64>(), events in proptest::collection::vec(event(), 1..25)) {
        let mut a = RingSim::new(RingConfig::default(), seed);
        let mut b = RingSim::new(RingConfig::default(), seed);
        for e in events {
            prop_assert_eq!(a.apply(e), b.apply(e));
            prop_assert_eq!(a.nodes(), b.nodes());
            prop_assert_eq!(a.keys(), b.keys());
            prop_assert_eq!(a.owners(), b.owners());
            prop_assert_eq!(a.last_migration(), b.last_migration());
        }
    }
}

/// A ring whose membership the seed has shuffled: starting from N = 4 … 7 nodes (A, B, …),
/// twelve random leave-then-join rounds replace members with random letters, so that across
/// seeds the node set is close to a uniformly random N-subset of A … Z.
fn shuffled_ring(seed: u64, vnodes: usize, keys: usize) -> RingSim {
    let nodes = MIN_NODES + (seed % 4) as usize;
    let mut sim = RingSim::new(RingConfig::new(nodes, vnodes, MIN_KEYS), seed);
    for _ in 0..12 {
        sim.apply(RingEvent::RemoveNode);
        sim.apply(RingEvent::AddNode);
    }
    sim.apply(RingEvent::SetKeys(keys));
    sim
}

/// Mean share of keys moved by one join, and the mean of 1/(N + 1), over `trials` seeds.
fn mean_join_share(vnodes: usize, keys: usize, trials: u64) -> (f64, f64) {
    let (mut moved, mut expected) = (0.0, 0.0);
    for seed in 0..trials {
        let mut sim = shuffled_ring(seed, vnodes, keys);
        let n = sim.nodes().len() as f64;
        sim.apply(RingEvent::AddNode);
        moved += sim.last_migration().expect("joined").share();
        expected += 1.0 / (n + 1.0);
    }
    (moved / trials as f64, expected / trials as f64)
}

/// A join moves about 1/(N + 1) of the keys. By symmetry the new node is a uniformly random
/// member of a (near) uniformly random (N + 1)-set, so its expected share is exactly 1/(N + 1);
/// the trials differ only in the seed. Per trial the share is the new node's arc, a
/// Beta(V, N·V)-like fraction, plus key sampling noise (≤ 0.25/K in variance).
/// - V = 1: Var ≤ N/((N + 1)²(N + 2)) ≤ 0.027 for N ≥ 4 (sd ≤ 0.165); over 400 trials the
///   mean's sd ≤ 0.0083, and the tolerance 0.035 is over 4 sd.
/// - V = 50: Var ≈ p(1 − p)/(V(N + 1)) ≤ 0.2·0.8/250 = 0.00064, plus 0.25/2000 from the keys
///   (sd ≤ 0.028); over 150 trials the mean's sd ≤ 0.0023, and the tolerance 0.01 is 4 sd.
#[test]
fn a_join_moves_about_one_over_n_plus_one() {
    let (moved, expected) = mean_join_share(1, 1000, 400);
    assert!(
        (moved - expected).abs() < 0.035,
        "V=1: moved {moved:.4}, expected {expected:.4}"
    );
    let (moved, expected) = mean_join_share(50, 2000, 150);
    assert!(
        (moved - expected).abs() < 0.01,
        "V=50: moved {moved:.4}, expected {expected:.4}"
    );
}

/// More vnodes flatten the load: the coefficient of variation of keys per node, averaged over
/// 40 shuffled rings with 5,000 keys, falls at each step 1 → 5 → 20 → 50. Theory: a node's
/// share is a sum of V arcs, so CV ≈ √((N − 1)/(V(N + 1))) plus a key-sampling floor √(N/K)
/// ≈ 0.03: about 0.75, 0.35, 0.18, 0.12. The averages over 40 trials have relative sd about
/// 0.3/√40 ≈ 5%, far smaller than the ratios 2.2, 2 and 1.5 between the steps.
#[test]
fn load_spread_falls_as_vnodes_rise() {
    let mean_cv = |vnodes: usize| {
        (0..40u64)
            .map(|seed| shuffled_ring(seed, vnodes, 5000).load().cv)
            .sum::<f64>()
            / 40.0
    };
    let cvs: Vec<f64> = [1, 5, 20, 50].into_iter().map(mean_cv).collect();
    assert!(cvs.windows(2).all(|w| w[1] < w[0] * 0.8), "{cvs:?}");
    assert!(cvs[3] < cvs[0] / 3.0, "{cvs:?}");
    assert!(cvs[3] < 0.2, "{cvs:?}");
}

/// `hash % N` moves about N/(N + 1) of the keys on a join: h stays only when h % N = h % (N + 1),
/// which holds for N of every N(N + 1) consecutive hashes. With 10,000 keys the binomial sd is
/// ≤ 0.005, so the tolerance 0.02 is 4 sd; each N = 4 … 7 is checked.
#[test]
fn hash_mod_n_moves_about_n_over_n_plus_one() {
    for nodes in MIN_NODES..MAX_NODES {
        let mut sim = RingSim::new(RingConfig::new(nodes, 10, MAX_KEYS), 7);
        sim.apply(RingEvent::AddNode);
        let m = sim.last_migration().expect("joined");
        let n = nodes as f64;
        assert!(
            (m.mod_n.share() - n / (n + 1.0)).abs() < 0.02,
            "N={nodes}: {}",
            m.mod_n.share()
        );
        // Consistent hashing moves far fewer.
        assert!(m.share() < 0.4, "N={nodes}: {}", m.share());
    }
}

#[test]
fn positions_are_xxh32_of_names() {
    assert_eq!(hash_name("Node A#0"), xxh32(b"Node A#0", 0));
    let a = NodeId::from_letter('a').unwrap();
    assert_eq!(a.letter(), 'A');
    assert_eq!(a.vnode_name(7), "Node A#7");
    assert_eq!(NodeId::from_index(25).map(NodeId::letter), Some('Z'));
    assert_eq!(NodeId::from_index(26), None);
    assert_eq!(NodeId::from_letter('é'), None);
    // The same names land in the same place whatever the seed.
    let one = RingSim::new(RingConfig::default(), 1);
    let two = RingSim::new(RingConfig::default(), 2);
    assert_eq!(one.ring(), two.ring());
    assert_ne!(one.keys(), two.keys());
}

#[test]
fn degrees_convert_both_ways() {
    assert_eq!(to_degrees(0), 0.0);
    assert_eq!(to_degrees(1 << 31), 180.0);
    assert!(to_degrees(u32::MAX) < 360.0);
    assert_eq!(from_degrees(90.0), 1 << 30);
    assert_eq!(from_degrees(-90.0), 3 << 30);
    assert_eq!(from_degrees(360.0), 0);
    assert_eq!(from_degrees(f64::NAN), 0);
    assert_eq!(from_degrees(f64::INFINITY), 0);
    assert_eq!(from_degrees(-1e-12), u32::MAX);
    assert_eq!(clockwise_distance(10, 5), u32::MAX - 4);
}

#[test]
fn a_fresh_ring_matches_the_spec() {
    let sim = RingSim::new(RingConfig::default(), 42);
    let letters: String = sim.nodes().iter().map(|n| n.id.letter()).collect();
    assert_eq!(letters, "ABCDE");
    assert_eq!(sim.ring().len(), 5);
    assert_eq!(sim.keys().len(), 12);
    assert!(sim.keys().iter().all(|k| k.name().starts_with("user:")));
    assert_eq!(sim.keys_migrated(), 0);
    let big = RingSim::new(RingConfig::new(8, 50, MAX_KEYS), 42);
    let mut names: Vec<u32> = big.keys().iter().map(|k| k.number).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), MAX_KEYS);
    assert_eq!(big.ring().len(), 400);
}

#[test]
fn buttons_are_refused_at_the_limits_with_a_reason() {
    let mut sim = RingSim::new(RingConfig::new(8, 3, 20), 5);
    assert_eq!(sim.can_add(), Err(Refusal::AtMaximum));
    assert_eq!(
        sim.apply(RingEvent::AddNode),
        RingOutcome::Refused(Refusal::AtMaximum)
    );
    assert_eq!(sim.nodes().len(), 8);
    let mut sim = RingSim::new(RingConfig::new(4, 3, 20), 5);
    assert_eq!(sim.can_remove(), Err(Refusal::AtMinimum));
    assert_eq!(sim.can_add(), Ok(()));
    let a = NodeId::from_letter('A').unwrap();
    assert_eq!(
        sim.apply(RingEvent::RemoveNodeById(a)),
        RingOutcome::Refused(Refusal::AtMinimum)
    );
    assert_eq!(
        sim.apply(RingEvent::RemoveNode),
        RingOutcome::Refused(Refusal::AtMinimum)
    );
    let z = NodeId::from_letter('Z').unwrap();
    let mut sim = RingSim::new(RingConfig::default(), 5);
    assert_eq!(
        sim.apply(RingEvent::RemoveNodeById(z)),
        RingOutcome::Refused(Refusal::NotOnRing(z))
    );
}

#[test]
fn settings_are_clamped_and_reported() {
    let mut sim = RingSim::new(RingConfig::default(), 3);
    assert_eq!(
        sim.apply(RingEvent::SetVnodes(0)),
        RingOutcome::VnodesUnchanged {
            vnodes: Clamped {
                requested: 0,
                used: 1
            }
        }
    );
    match sim.apply(RingEvent::SetVnodes(999)) {
        RingOutcome::VnodesChanged {
            vnodes,
            ticks,
            keys,
            load,
            ..
        } => {
            assert!(vnodes.was_clamped());
            assert_eq!((vnodes.used, ticks, keys), (50, 250, 12));
            assert_eq!(load, sim.load());
        }
        other => panic!("{other:?}"),
    }
    let outcome = sim.apply(RingEvent::SetKeys(3));
    assert_eq!(
        outcome,
        RingOutcome::KeysUnchanged {
            keys: Clamped {
                requested: 3,
                used: 12
            }
        }
    );
    sim.apply(RingEvent::SetKeys(usize::MAX));
    assert_eq!(sim.keys().len(), MAX_KEYS);
}

#[test]
fn a_join_is_reported_and_counted() {
    let mut sim = RingSim::new(RingConfig::default(), 42);
    let outcome = sim.apply(RingEvent::AddNode);
    let m = sim.last_migration().unwrap();
    assert_eq!(outcome, RingOutcome::Joined(m.clone()));
    assert_eq!(outcome.migration(), Some(m));
    assert_eq!(m.change, MembershipChange::Added);
    assert_eq!((m.mod_n.n_before, m.mod_n.n_after), (5, 6));
    // Seed 42: Node Q joins and takes Node A's two keys of twelve.
    assert_eq!(m.node.id.letter(), 'Q');
    assert_eq!((m.moved(), m.total_keys), (2, 12));
    assert_eq!(m.sources(), vec![NodeId::from_letter('A').unwrap()]);
    assert_eq!(m.destinations(), vec![m.node.id]);
    assert_eq!(sim.keys_migrated(), 2);
    assert!(m.moves.iter().all(|mv| m.moved_key(mv.key)));
    // Other events clear the migration.
    let outcome = sim.apply(RingEvent::SetKeys(100));
    assert_eq!(outcome.migration(), None);
    assert!(sim.last_migration().is_none());
    assert_eq!(sim.keys_migrated(), 0);
}

#[test]
fn a_removed_node_comes_back_to_the_same_place() {
    let mut sim = RingSim::new(RingConfig::new(5, 4, 200), 9);
    let before: Vec<VNode> = sim.ring().to_vec();
    let owners = sim.owners().to_vec();
    let e = NodeId::from_letter('E').unwrap();
    sim.apply(RingEvent::RemoveNodeById(e));
    // Join until E is chosen again: the ring and every owner are as they were.
    for _ in 0..200 {
        if sim.node(e).is_some() {
            break;
        }
        let joined = sim.nodes().last().map(|n| n.id);
        sim.apply(RingEvent::AddNode);
        let id = sim.last_migration().unwrap().node.id;
        if id != e {
            sim.apply(RingEvent::RemoveNodeById(id));
        }
        assert_ne!(Some(id), joined);
    }
    assert_eq!(sim.ring(), &before[..]);
    assert_eq!(sim.owners(), &owners[..]);
}

#[test]
fn lookup_walks_clockwise_and_wraps() {
    let sim = RingSim::new(RingConfig::new(5, 1, MAX_KEYS), 11);
    let last = sim.ring().last().unwrap().position;
    let wrapping = sim
        .keys()
        .iter()
        .position(|k| k.position > last)
        .expect("a key past the last node");
    let l = sim.lookup(wrapping).unwrap();
    assert!(l.wrapped);
    assert_eq!(l.vnode_index, 0);
    assert_eq!(l.vnode, sim.ring()[0]);
    assert_eq!(l.arc_start.position, last);
    assert_eq!(l.distance, sim.ring()[0].position.wrapping_sub(l.hash));
    assert_eq!(l.name, sim.keys()[wrapping].name());
    let plain = sim
        .keys()
        .iter()
        .position(|k| k.position < sim.ring()[0].position)
        .unwrap();
    let l = sim.lookup(plain).unwrap();
    assert!(!l.wrapped);
    assert_eq!(l.owner, sim.owner_of(plain).unwrap());
    assert_eq!(l.mod_n_owner, sim.mod_n_owners()[plain]);
    assert_eq!(l.mod_n, sim.nodes().len());
    assert_eq!(l.mod_n_shard, l.hash as usize % l.mod_n);
    assert!(sim.lookup(MAX_KEYS).is_none());
    assert_eq!(sim.nearest_key(sim.keys()[17].position), Some(17));
    assert_eq!(sim.vnode_at(l.hash), Some(l.vnode));
}

#[test]
fn load_statistics_are_exact() {
    let s = LoadStats::from_counts(vec![2, 4, 6]);
    assert_eq!((s.total, s.max, s.min), (12, 6, 2));
    assert_eq!(s.mean, 4.0);
    assert_eq!(s.max_over_mean, 1.5);
    assert!((s.std_dev - (8.0f64 / 3.0).sqrt()).abs() < 1e-12);
    assert!((s.cv - s.std_dev / 4.0).abs() < 1e-12);
    assert_eq!(LoadStats::from_counts(vec![]).cv, 0.0);
}
