//! Gossip: while a node stays live, once informed it stays informed; counts match states.

use dsim_core::gossip::{
    GossipConfig, GossipEvent, GossipOutcome, GossipSim, Mode, NodeState, MAX_FANOUT, MAX_NODES,
    MIN_FANOUT, MIN_NODES, SUBJECT,
};
use libfuzzer_sys::arbitrary::{Result, Unstructured};

fn event(u: &mut Unstructured) -> Result<GossipEvent> {
    Ok(match u.int_in_range(0..=9u8)? {
        0 => GossipEvent::Start,
        1..=3 => GossipEvent::Step,
        4 => GossipEvent::SetFanout(super::size(u, 8)?),
        5 => GossipEvent::SetLoss(u.int_in_range(0..=120)?),
        6 => GossipEvent::SetNodes(super::size(u, 60)?),
        7 => GossipEvent::SetMode(*u.choose(&[Mode::Push, Mode::PushPull])?),
        8 => GossipEvent::ToggleNode(super::size(u, 60)?),
        _ => GossipEvent::Reset,
    })
}

/// Runs the decoded events from a fresh cluster, checking after each.
pub fn run(data: &[u8]) {
    let seed = super::seed(data);
    let mut sim = GossipSim::new(GossipConfig::default(), seed);
    super::drive(data, event, |e| {
        let before: Vec<Option<u32>> = (0..sim.nodes()).map(|i| sim.learned_round(i)).collect();
        let outcome = sim.apply(e);
        // Only starts, rounds and node toggles can be refused; settings are clamped instead.
        if matches!(outcome, GossipOutcome::Rejected(_)) {
            assert!(matches!(
                e,
                GossipEvent::Start | GossipEvent::Step | GossipEvent::ToggleNode(_)
            ));
        }
        let c = sim.config();
        assert!((MIN_NODES..=MAX_NODES).contains(&c.nodes));
        assert!((MIN_FANOUT..=MAX_FANOUT).contains(&c.fanout));
        assert_eq!(sim.states().len(), c.nodes);
        assert_eq!(sim.state(SUBJECT), Some(NodeState::Down));
        let informed = sim.states().iter().filter(|s| s.is_informed()).count();
        assert_eq!(informed, sim.informed_count());
        assert!(informed <= sim.live_count());
        for m in sim.messages() {
            assert!(m.from != m.to && m.from < c.nodes && m.to < c.nodes);
        }
        // The informed set only grows under rounds and setting changes.
        if matches!(
            e,
            GossipEvent::Step
                | GossipEvent::SetFanout(_)
                | GossipEvent::SetLoss(_)
                | GossipEvent::SetMode(_)
        ) {
            for (i, b) in before.iter().enumerate() {
                if b.is_some() {
                    assert_eq!(sim.learned_round(i), *b, "node {i} forgot the news");
                }
            }
        }
    });
}
