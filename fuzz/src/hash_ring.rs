//! Consistent hashing: after any membership or setting change, every key has exactly one
//! owner, the node of the first vnode clockwise from the key's position.

use dsim_core::hash_ring::{
    NodeId, RingConfig, RingEvent, RingOutcome, RingSim, MAX_KEYS, MAX_NODES, MIN_KEYS, MIN_NODES,
    NODE_NAMES,
};
use libfuzzer_sys::arbitrary::{Result, Unstructured};

fn event(u: &mut Unstructured) -> Result<RingEvent> {
    Ok(match u.int_in_range(0..=6u8)? {
        0 | 1 => RingEvent::AddNode,
        2 => RingEvent::RemoveNode,
        3 => match NodeId::from_index(u.int_in_range(0..=NODE_NAMES - 1)?) {
            Some(id) => RingEvent::RemoveNodeById(id),
            None => RingEvent::RemoveNode,
        },
        4 => RingEvent::SetVnodes(super::size(u, 60)?),
        5 => RingEvent::SetKeys(super::size(u, 300)?),
        _ => RingEvent::Reset,
    })
}

/// Checks ownership against a direct clockwise search of the sorted ring.
fn check(sim: &RingSim) {
    let c = sim.config();
    assert!((MIN_NODES..=MAX_NODES).contains(&sim.nodes().len()));
    assert!((MIN_KEYS..=MAX_KEYS).contains(&sim.keys().len()));
    let ring = sim.ring();
    assert_eq!(ring.len(), sim.nodes().len() * c.vnodes);
    assert!(ring.windows(2).all(|w| w[0].position <= w[1].position));
    assert_eq!(sim.owners().len(), sim.keys().len());
    for (i, key) in sim.keys().iter().enumerate() {
        let first = ring.partition_point(|v| v.position < key.position);
        let expected = ring.get(first).or(ring.first()).map(|v| v.node);
        assert_eq!(sim.owner_of(i), expected, "key {i} has the wrong owner");
        assert!(
            sim.node(sim.owners()[i]).is_some(),
            "key {i} owned by a node not on the ring"
        );
    }
    assert_eq!(sim.load().counts.iter().sum::<usize>(), sim.keys().len());
}

/// Runs the decoded events from a fresh ring, checking after each.
pub fn run(data: &[u8]) {
    let seed = super::seed(data);
    let mut sim = RingSim::new(RingConfig::default(), seed);
    check(&sim);
    super::drive(data, event, |e| {
        let nodes = sim.nodes().len();
        let outcome = sim.apply(e);
        check(&sim);
        // The outcome says what happened to the membership, and a migration is the ring's.
        let expected = match &outcome {
            RingOutcome::Joined(_) => nodes + 1,
            RingOutcome::Left(_) => nodes - 1,
            RingOutcome::Reset { nodes, .. } => nodes.len(),
            _ => nodes,
        };
        assert_eq!(sim.nodes().len(), expected, "{outcome:?}");
        if let Some(m) = outcome.migration() {
            assert_eq!(Some(m), sim.last_migration());
        }
    });
}
