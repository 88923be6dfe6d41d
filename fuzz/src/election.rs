//! Leader election: under Raft no term ever has two leaders and no node votes twice in a term,
//! whatever the crashes, partitions, drops and slow links; Bully keeps its basic shape.

use std::collections::HashMap;

use dsim_core::election::{
    Algorithm, ElectionConfig, ElectionEvent, ElectionSim, Role, Split, MAX_NODES,
};
use libfuzzer_sys::arbitrary::{Result, Unstructured};

enum Action {
    Event(ElectionEvent),
    Advance(u64),
}

fn action(u: &mut Unstructured) -> Result<Action> {
    let node = |u: &mut Unstructured| super::size(u, MAX_NODES);
    let e = match u.int_in_range(0..=11u8)? {
        0 | 1 => ElectionEvent::ToggleNode(node(u)?),
        2 => ElectionEvent::CrashLeader,
        3 | 4 => ElectionEvent::ToggleLink(node(u)?, node(u)?),
        5 => ElectionEvent::Partition(*u.choose(&[Split::Heal, Split::ThreeTwo, Split::TwoTwoOne])?),
        6 => ElectionEvent::Drop(u.arbitrary()?),
        7 => ElectionEvent::ToggleSlow(node(u)?),
        8 => ElectionEvent::ToggleFlap,
        9 => ElectionEvent::AllTimeout,
        _ => return Ok(Action::Advance(super::millis(u, 3_000)?)),
    };
    Ok(Action::Event(e))
}

fn config(data: &[u8]) -> ElectionConfig {
    let b = |i: usize| u64::from(data.get(i).copied().unwrap_or(0));
    ElectionConfig {
        nodes: b(8) as usize,
        timeout_min_ms: b(9) * 4,
        timeout_max_ms: b(10) * 4,
        pre_vote: b(11) % 2 == 1,
        check_quorum: b(12) % 2 == 1,
    }
    .clamped()
}

/// Checks the run after every event and every scheduled step.
fn check(sim: &ElectionSim) {
    let n = sim.config().nodes;
    assert_eq!(sim.nodes().len(), n);
    for m in sim.messages() {
        assert!(m.from < n && m.to < n && m.arrive_ms >= sim.now_ms());
    }
    if sim.algorithm() == Algorithm::Raft {
        let mut leader_of_term = HashMap::new();
        for w in sim.wins() {
            assert!(leader_of_term.insert(w.term, w.node).is_none(), "two leaders in term {}", w.term);
        }
        for (i, node) in sim.nodes().iter().enumerate() {
            if node.up && node.role == Role::Leader {
                assert_eq!(leader_of_term.get(&node.term), Some(&i));
            }
        }
        let mut votes = HashMap::new();
        for b in sim.ballots() {
            let first = *votes.entry((b.voter, b.term)).or_insert(b.candidate);
            assert_eq!(first, b.candidate, "two votes in term {}", b.term);
        }
    }
}

/// Runs the decoded events and clock steps on both algorithms.
pub fn run(data: &[u8]) {
    let seed = super::seed(data);
    for algorithm in Algorithm::ALL {
        let mut sim = ElectionSim::new(algorithm, config(data), seed);
        check(&sim);
        super::drive(data, action, |a| {
            match a {
                Action::Event(e) => {
                    let _ = sim.apply(e);
                }
                Action::Advance(ms) => {
                    let _ = sim.advance(ms);
                }
            }
            check(&sim);
        });
    }
}
