//! Split brain: under Raft no term ever has two leaders, whatever the partitions, heals,
//! writes and clock steps; in every mode the model keeps its basic shape.

use std::collections::HashMap;

use dsim_core::split_brain::{
    FailoverMode, Role, SplitBrainConfig, SplitBrainEvent, SplitBrainSim, NODE_COUNT,
};
use libfuzzer_sys::arbitrary::{Result, Unstructured};

enum Action {
    Event(SplitBrainEvent),
    Advance(u64),
}

fn action(u: &mut Unstructured) -> Result<Action> {
    let node = |u: &mut Unstructured| super::size(u, 4);
    let e = match u.int_in_range(0..=17u8)? {
        0 => SplitBrainEvent::PartitionNetwork,
        1 => SplitBrainEvent::Heal,
        2 | 3 => SplitBrainEvent::ToggleLink(node(u)?, node(u)?),
        4 => SplitBrainEvent::SkipAhead,
        5 | 6 => SplitBrainEvent::ClientWrite {
            node: node(u)?,
            value: u.arbitrary()?,
        },
        7 => SplitBrainEvent::SpecWrites,
        8 => SplitBrainEvent::ResolveLastWriteWins,
        9 => SplitBrainEvent::ResolveManual(u.arbitrary()?),
        10 => SplitBrainEvent::SetClockSkewMs(u.arbitrary()?),
        11 => SplitBrainEvent::SetStonith(u.arbitrary()?),
        12 => SplitBrainEvent::SetMode(*u.choose(&FailoverMode::ALL)?),
        13 => SplitBrainEvent::PowerOn(node(u)?),
        14 => SplitBrainEvent::Reset,
        _ => return Ok(Action::Advance(super::millis(u, 12_000)?)),
    };
    Ok(Action::Event(e))
}

/// Runs the decoded events and clock steps; an advance goes event by event so every
/// intermediate state is checked.
pub fn run(data: &[u8]) {
    let seed = super::seed(data);
    let mode = *FailoverMode::ALL
        .get(usize::from(data.first().copied().unwrap_or(0)) % FailoverMode::ALL.len())
        .unwrap_or(&FailoverMode::Raft);
    let mut sim = SplitBrainSim::new(SplitBrainConfig::new(mode, false, 0), seed);
    // The leader of each term seen since the last reset or mode change.
    let mut leader_of_term: HashMap<u64, usize> = HashMap::new();
    let check = |sim: &SplitBrainSim, leader_of_term: &mut HashMap<u64, usize>| {
        assert_eq!(sim.nodes().len(), NODE_COUNT);
        for n in sim.nodes() {
            assert!(n.commit_index <= n.log.len());
        }
        for m in sim.messages() {
            assert!(sim.link_up(m.from, m.to) && m.deliver_ms >= sim.now_ms());
        }
        if sim.mode() == FailoverMode::Raft {
            for (i, n) in sim.nodes().iter().enumerate() {
                if n.role == Role::Leader {
                    let first = *leader_of_term.entry(n.term).or_insert(i);
                    assert_eq!(first, i, "two leaders in term {}", n.term);
                }
            }
            for e in sim.elections() {
                let first = *leader_of_term.entry(e.term).or_insert(e.node);
                assert_eq!(first, e.node, "two elections won in term {}", e.term);
            }
        }
    };
    check(&sim, &mut leader_of_term);
    super::drive(data, action, |a| match a {
        Action::Event(e) => {
            let mode = sim.mode();
            assert!(!sim.apply(e).is_empty());
            if matches!(e, SplitBrainEvent::Reset) || sim.mode() != mode {
                leader_of_term.clear();
            }
            check(&sim, &mut leader_of_term);
        }
        Action::Advance(ms) => {
            let target = sim.now_ms().saturating_add(ms.min(60_000));
            while let Some(d) = sim
                .next_event_in_ms()
                .filter(|&d| sim.now_ms() + d <= target)
            {
                let _ = sim.advance(d);
                check(&sim, &mut leader_of_term);
                if d == 0 && sim.next_event_in_ms() == Some(0) {
                    break;
                }
            }
            let _ = sim.advance(target.saturating_sub(sim.now_ms()));
            check(&sim, &mut leader_of_term);
        }
    });
}
