//! Every sentence and label the sim shows, as functions of the model's outcomes and state:
//! the narration of each event, the refusals, the key lookup, the counter and readouts, the
//! comparison with `hash mod N`, and the accessible names of the controls and the canvas.
//! Pure functions, tested natively.

use dsim_core::hash_ring::{
    expected_spread, to_degrees, Clamped, KeyLookup, LoadStats, Migration, ModNMigration, NodeId,
    Refusal, RingOutcome, RingSim, VNode, MAX_KEYS, MAX_NODES, MAX_VNODES, MIN_KEYS, MIN_NODES,
    MIN_VNODES,
};
use dsim_ui::format::{approx, capitalise, count, percent, plural_s, thousands};

/// A node's name: "Node A".
pub fn node_name(id: NodeId) -> String {
    format!("Node {}", id.letter())
}

/// A virtual node's name: "Node A#3" (also the name hashed to place it).
pub fn vnode_name(v: &VNode) -> String {
    v.node.vnode_name(v.index)
}

/// Names a group of nodes, such as the nodes a leaver's keys moved to: "Node A",
/// "Nodes A and C", "Nodes A, B and D".
pub fn id_list(ids: &[NodeId]) -> String {
    let letters: Vec<String> = ids.iter().map(|id| id.letter().to_string()).collect();
    match letters.as_slice() {
        [] => "no node".to_string(),
        [one] => format!("Node {one}"),
        [init @ .., last] => format!("Nodes {} and {last}", init.join(", ")),
    }
}

/// A count and its noun without thousands separators, as the event narration writes them:
/// "1 key", "1234 keys".
fn bare_count(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", plural_s(n))
}

/// The counter under the ring: "Keys migrated: N / Total keys: M".
pub fn counter(sim: &RingSim) -> String {
    format!(
        "Keys migrated: {} / Total keys: {}",
        sim.keys_migrated(),
        sim.keys().len()
    )
}

/// One clause on the spread, e.g. "busiest node 1.50× the mean of 2.4 keys, standard
/// deviation 0.8 (CV 0.33)".
pub fn load_summary(load: &LoadStats) -> String {
    format!(
        "busiest node {:.2}× the mean of {:.1} keys, standard deviation {:.1} (CV {:.2})",
        load.max_over_mean, load.mean, load.std_dev, load.cv
    )
}

/// Why a button is unavailable or an event was refused.
pub fn refusal(why: Refusal) -> String {
    match why {
        Refusal::AtMaximum => format!(
            "Add Node is unavailable: the ring already has the maximum of {MAX_NODES} nodes."
        ),
        Refusal::AtMinimum => format!(
            "Remove Node is unavailable: the ring already has the minimum of {MIN_NODES} nodes."
        ),
        Refusal::NotOnRing(id) => {
            format!("{} is not on the ring, so nothing changed.", node_name(id))
        }
        Refusal::NoFreeName => "Every node name is taken, so no node can join.".to_string(),
        Refusal::NoNode => "There is no node to remove.".to_string(),
    }
}

/// The narration of one event's outcome.
pub fn outcome(o: &RingOutcome) -> String {
    match o {
        RingOutcome::Joined(m) => joined(m),
        RingOutcome::Left(m) => left(m),
        RingOutcome::VnodesChanged {
            vnodes,
            ticks,
            owners_changed,
            keys,
            load,
        } => format!(
            "{}Each node now has {} ({ticks} ticks on the ring); {owners_changed} of {keys} keys changed owner. Load: {}.",
            vnodes_note(vnodes),
            bare_count(vnodes.used, "virtual node"),
            load_summary(load)
        ),
        RingOutcome::VnodesUnchanged { vnodes } => format!(
            "{}Each node already has {}.",
            vnodes_note(vnodes),
            bare_count(vnodes.used, "virtual node")
        ),
        RingOutcome::KeysChanged { keys, load } => format!(
            "{}The ring now holds {} keys. Load: {}.",
            keys_note(keys),
            keys.used,
            load_summary(load)
        ),
        RingOutcome::KeysUnchanged { keys } => {
            format!("{}The ring already holds {} keys.", keys_note(keys), keys.used)
        }
        RingOutcome::Reset {
            nodes,
            vnodes,
            keys,
            load,
        } => format!(
            "Reset: {} back on the ring with {} each, and {keys} keys. {}.",
            id_list(nodes),
            bare_count(*vnodes, "virtual node"),
            capitalise(&load_summary(load))
        ),
        RingOutcome::Refused(why) => refusal(*why),
    }
}

/// What was changed about an out-of-range vnode count, or nothing.
fn vnodes_note(v: &Clamped) -> String {
    clamp_note(v, "Virtual nodes per node", [MIN_VNODES, MAX_VNODES])
}

/// What was changed about an out-of-range key count, or nothing.
fn keys_note(k: &Clamped) -> String {
    clamp_note(k, "Keys", [MIN_KEYS, MAX_KEYS])
}

/// "`what` range from `min` to `max`; using …" when `c` was out of range, or nothing.
fn clamp_note(c: &Clamped, what: &str, [min, max]: [usize; 2]) -> String {
    if c.was_clamped() {
        format!("{what} range from {min} to {max}; using {}. ", c.used)
    } else {
        String::new()
    }
}

/// A node joined: where, what it took and from whom, and what `hash mod N` would have moved.
fn joined(m: &Migration) -> String {
    let vnodes = m.node_vnodes.len();
    let place = if vnodes == 1 {
        format!("at {:.1}°", to_degrees(m.node.position))
    } else {
        format!("with {vnodes} virtual nodes")
    };
    let n_after = m.mod_n.n_after;
    let took = if m.moved() == 0 {
        format!("It took none of the keys (about 1/{n_after} expected), so no key moved")
    } else {
        format!(
            "It took {} of {} keys ({}; about 1/{n_after} expected), all from {}; no other key moved",
            m.moved(),
            m.total_keys,
            percent(m.share()),
            id_list(&m.sources())
        )
    };
    format!(
        "{} joined the ring {place}. {took}. {}",
        node_name(m.node.id),
        mod_n_sentence(&m.mod_n)
    )
}

/// A node left: where its keys went, and what `hash mod N` would have moved.
fn left(m: &Migration) -> String {
    let moved = if m.moved() == 0 {
        "It owned no keys, so none moved".to_string()
    } else {
        format!(
            "Its {} moved clockwise to the next surviving virtual node, on {}; the other {} stayed put",
            bare_count(m.moved(), "key"),
            id_list(&m.destinations()),
            bare_count(m.total_keys - m.moved(), "key")
        )
    };
    format!(
        "{} left the ring. {moved}. {}",
        node_name(m.node.id),
        mod_n_sentence(&m.mod_n)
    )
}

fn mod_n_sentence(m: &ModNMigration) -> String {
    format!(
        "With hash mod N, going from {} to {} nodes would move {} of {} keys ({}).",
        m.n_before,
        m.n_after,
        m.moved(),
        m.total_keys,
        percent(m.share())
    )
}

/// The lookup in words, for the narration: the hash, the clockwise walk, the owner, and where
/// `hash mod N` would put the key.
pub fn lookup(l: &KeyLookup) -> String {
    let wrap = if l.wrapped {
        ", wrapping past 360° to 0°"
    } else {
        ""
    };
    format!(
        "{} hashes to {} ({:.1}°). Walking clockwise{wrap}, the first virtual node it meets \
         is {} at {:.1}°, so {} owns it. Under hash mod {} it would go to shard {} % {} = {}, \
         which is {}.",
        l.name,
        l.hash,
        l.degrees,
        vnode_name(&l.vnode),
        l.vnode.degrees(),
        node_name(l.owner),
        l.mod_n,
        l.hash,
        l.mod_n,
        l.mod_n_shard,
        node_name(l.mod_n_owner)
    )
}

/// The narration when nothing is inspected.
pub const NO_KEY_INSPECTED: &str = "No key is inspected.";
/// The narration when the key tour stops.
pub const TOUR_STOPPED: &str = "Key tour stopped.";

/// The opening narration: who is on the ring, with how many vnodes and keys, and the load.
pub fn start(sim: &RingSim) -> String {
    let c = sim.config();
    let ids: Vec<NodeId> = sim.nodes().iter().map(|n| n.id).collect();
    format!(
        "{} on the ring with {} each, and {}; each key belongs to the first virtual node clockwise from it. Load: {}.",
        id_list(&ids),
        count(c.vnodes, "virtual node", "virtual nodes"),
        count(c.keys, "key", "keys"),
        load_summary(&sim.load())
    )
}

/// The narration after Reset.
pub fn reset(sim: &RingSim) -> String {
    format!("Reset. {}", start(sim))
}

/// A membership change's narration followed by what became of the inspected key.
pub fn with_inspected(narration: &str, l: &KeyLookup) -> String {
    format!(
        "{narration} The inspected key {} is now owned by {}.",
        l.name,
        node_name(l.owner)
    )
}

/// The narration when "Compare with hash mod N" is switched.
pub fn compare_switched(on: bool, last: Option<&Migration>) -> String {
    match (on, last) {
        (true, Some(m)) => format!(
            "Comparing the last change: consistent hashing moved {} of {} keys ({}); hash mod N would have moved {} ({}).",
            thousands(m.moved()),
            thousands(m.total_keys),
            percent(m.share()),
            thousands(m.mod_n.moved()),
            percent(m.mod_n.share())
        ),
        (true, None) => "Comparing with hash mod N: add or remove a node to see how many keys each scheme moves.".to_string(),
        (false, _) => "Comparison with hash mod N hidden.".to_string(),
    }
}

/// The current state in a sentence or two, for the screen summary.
pub fn state_summary(sim: &RingSim, load: &LoadStats) -> String {
    let c = sim.config();
    format!(
        "{} nodes with {} virtual nodes each hold {} keys; the busiest node has {:.2} times the mean. {}",
        c.nodes,
        c.vnodes,
        thousands(c.keys),
        load.max_over_mean,
        counter(sim)
    )
}

/// A node button's accessible name: what it owns and whether pressing removes it.
pub fn node_button(id: NodeId, keys: usize, total: usize, removable: bool) -> String {
    let owns = format!(
        "Node {}: owns {} of {} keys.",
        id.letter(),
        thousands(keys),
        thousands(total)
    );
    if removable {
        format!("{owns} Press to remove it.")
    } else {
        format!("{owns} It cannot be removed: the ring has the minimum of {MIN_NODES} nodes.")
    }
}

/// Keys per node, "A 2 · B 2 · C 4", for the readouts and the canvas label.
pub fn per_node(counts: &[(NodeId, usize)]) -> String {
    counts
        .iter()
        .map(|(id, n)| format!("{} {}", id.letter(), thousands(*n)))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The readout of keys per node.
pub fn per_node_readout(counts: &[(NodeId, usize)]) -> String {
    format!("Keys per node: {}", per_node(counts))
}

/// The readout of the load's spread.
pub fn spread_readout(load: &LoadStats) -> String {
    format!(
        "max/mean {:.2} · mean {} · standard deviation {}",
        load.max_over_mean,
        approx(load.mean),
        approx(load.std_dev)
    )
}

/// The measured spread of ring ownership beside the formula it follows:
/// "Ring share spread 31.2% · expected √((N−1)/(N·V)) = 40.0%".
pub fn share_spread_readout(measured: f64, nodes: usize, vnodes: usize) -> String {
    format!(
        "Ring share spread {:.1}% · expected √((N−1)/(N·V)) = {:.1}%",
        measured * 100.0,
        expected_spread(nodes, vnodes) * 100.0
    )
}

/// Why the spread never reaches zero, as the readout's tooltip.
pub const SPREAD_WHY: &str = "The standard deviation of the nodes' shares of the ring, relative to their mean. More virtual nodes narrow it as √((N−1)/(N·V)), about 13% at 50 and 7% at 150, but never to zero; fixed equal-size partitions or weighted vnodes are the remedies.";

/// Why the migrating keys walk clockwise, as the legend's tooltip.
pub const MIGRATION_WHY: &str = "The clockwise walk is the lookup path that finds a key's new owner; the data itself is copied from the old owner (or another replica) to the new one.";

/// The lookup panel's term for the preference list: "Replicas (RF = 3)".
pub fn replicas_term(rf: usize) -> String {
    format!("Replicas (RF = {rf})")
}

/// The preference list: "Node E, then Node A, then Node C" (the owner first).
pub fn preference_list(ids: &[NodeId]) -> String {
    ids.iter()
        .map(|&id| node_name(id))
        .collect::<Vec<_>>()
        .join(", then ")
}

/// The canvas's accessible name: the ring, its nodes, vnodes and keys, and the histogram.
pub fn canvas_label(sim: &RingSim, counts: &[(NodeId, usize)]) -> String {
    let c = sim.config();
    let letters: Vec<String> = counts
        .iter()
        .map(|(id, _)| id.letter().to_string())
        .collect();
    format!(
        "A hash ring drawn from 0° to 360° (hash values 0 to 2^32 − 1) with {} nodes ({}), {} virtual nodes in all and {} keys, each coloured like the node that owns it. Histogram of keys per node: {}.",
        c.nodes,
        letters.join(", "),
        sim.ring().len(),
        thousands(c.keys),
        per_node(counts)
    )
}

/// The vnode slider's spoken value.
pub fn vnodes_value(vnodes: usize, ticks: usize) -> String {
    format!(
        "{} per physical node, {ticks} ticks on the ring",
        count(vnodes, "virtual node", "virtual nodes")
    )
}

/// The keys slider's spoken value.
pub fn keys_value(keys: usize) -> String {
    format!(
        "{} (from {MIN_KEYS} to {})",
        count(keys, "key", "keys"),
        thousands(MAX_KEYS)
    )
}

/// The "Inspect key" slider's spoken value for the key `rank`-th clockwise from 0°.
pub fn inspect_value(l: &KeyLookup, rank: usize, keys: usize) -> String {
    format!(
        "{}, key {} of {} clockwise from 0°, at {:.1}°, owned by {}",
        l.name,
        thousands(rank),
        thousands(keys),
        l.degrees,
        node_name(l.owner)
    )
}

/// The "Inspect key" slider's shown value when no key is inspected.
pub const INSPECT_NONE: &str = "none";
/// The "Inspect key" slider's spoken value when no key is inspected.
pub const INSPECT_NONE_VALUE: &str = "No key inspected";

/// The lookup panel's hash: "623,056,939 (0x2523182B)".
pub fn hash_fact(hash: u32) -> String {
    format!("{} (0x{hash:08X})", thousands(hash as usize))
}

/// The lookup panel's position: "52.20°".
pub fn position_fact(degrees: f64) -> String {
    format!("{degrees:.2}°")
}

/// The lookup panel's clockwise walk: "28.24° to Node E#0 at 80.42°".
pub fn walk_fact(l: &KeyLookup) -> String {
    format!(
        "{:.2}°{} to {} at {:.2}°",
        to_degrees(l.distance),
        if l.wrapped { ", past 360°" } else { "" },
        vnode_name(&l.vnode),
        l.vnode.degrees()
    )
}

/// The lookup panel's `hash mod N` placement: "623056939 mod 5 = 4 → Node E".
pub fn mod_n_fact(l: &KeyLookup) -> String {
    format!(
        "{} mod {} = {} → {}",
        l.hash,
        l.mod_n,
        l.mod_n_shard,
        node_name(l.mod_n_owner)
    )
}

/// A comparison bar's value: "1,483 of 10,000 keys moved (15%)".
pub fn moved_value(moved: usize, total: usize, share: f64) -> String {
    format!(
        "{} of {} keys moved ({})",
        thousands(moved),
        thousands(total),
        percent(share)
    )
}

/// The `hash mod N` bar's name: "hash mod N (5 → 6)".
pub fn mod_n_name(before: usize, after: usize) -> String {
    format!("hash mod N ({before} → {after})")
}

/// What each scheme is expected to move, for N nodes before and after (`small` < `big`).
pub fn expected_shares(small: usize, big: usize) -> String {
    let big = big.max(1);
    format!(
        "Expected: about 1/{big} = {} against {small}/{big} = {}.",
        percent(1.0 / big as f64),
        percent(small as f64 / big as f64)
    )
}

/// The caption in the middle of the ring, above "0 … 2³² − 1".
pub const RING_CAPTION: &str = "hash ring";
/// The histogram's title.
pub const HISTOGRAM_TITLE: &str = "Keys per node";

/// The owner in the middle of the ring: "owner: Node C".
pub fn owner_caption(letter: char) -> String {
    format!("owner: Node {letter}")
}

/// The histogram's spread beside its title.
pub fn histogram_stats(load: &LoadStats) -> String {
    format!(
        "max/mean {:.2} · std dev {:.1}",
        load.max_over_mean, load.std_dev
    )
}

/// The histogram's mean line label: "mean 2.4", "mean 1,250".
pub fn mean_label(mean: f64) -> String {
    format!("mean {}", approx(mean))
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsim_core::hash_ring::{RingConfig, RingEvent};

    fn id(c: char) -> NodeId {
        NodeId::from_letter(c).unwrap()
    }

    #[test]
    fn node_lists_read_naturally() {
        assert_eq!(id_list(&[]), "no node");
        assert_eq!(id_list(&[id('A')]), "Node A");
        assert_eq!(id_list(&[id('A'), id('C')]), "Nodes A and C");
        assert_eq!(id_list(&[id('A'), id('B'), id('D')]), "Nodes A, B and D");
        assert_eq!(node_name(id('q')), "Node Q");
        assert_eq!(bare_count(1, "key"), "1 key");
        assert_eq!(bare_count(1234, "key"), "1234 keys");
        assert_eq!(capitalise("busiest"), "Busiest");
    }

    #[test]
    fn refusals_say_why() {
        let mut sim = RingSim::new(RingConfig::new(8, 3, 20), 5);
        assert_eq!(
            outcome(&sim.apply(RingEvent::AddNode)),
            "Add Node is unavailable: the ring already has the maximum of 8 nodes."
        );
        let mut sim = RingSim::new(RingConfig::new(4, 3, 20), 5);
        assert_eq!(
            outcome(&sim.apply(RingEvent::RemoveNodeById(id('A')))),
            "Remove Node is unavailable: the ring already has the minimum of 4 nodes."
        );
        let mut sim = RingSim::new(RingConfig::default(), 5);
        assert_eq!(
            outcome(&sim.apply(RingEvent::RemoveNodeById(id('Z')))),
            "Node Z is not on the ring, so nothing changed."
        );
        assert_eq!(
            refusal(Refusal::NoFreeName),
            "Every node name is taken, so no node can join."
        );
        assert_eq!(refusal(Refusal::NoNode), "There is no node to remove.");
    }

    #[test]
    fn settings_are_clamped_and_explained() {
        let mut sim = RingSim::new(RingConfig::default(), 3);
        assert_eq!(
            outcome(&sim.apply(RingEvent::SetVnodes(0))),
            "Virtual nodes per node range from 1 to 50; using 1. Each node already has 1 virtual node."
        );
        let text = outcome(&sim.apply(RingEvent::SetVnodes(999)));
        assert!(
            text.starts_with(
                "Virtual nodes per node range from 1 to 50; using 50. Each node now has 50 virtual nodes (250 ticks on the ring); "
            ),
            "{text}"
        );
        assert!(
            text.contains(" of 12 keys changed owner. Load: busiest node "),
            "{text}"
        );
        assert_eq!(
            outcome(&sim.apply(RingEvent::SetKeys(3))),
            "Keys range from 12 to 10000; using 12. The ring already holds 12 keys."
        );
        let text = outcome(&sim.apply(RingEvent::SetKeys(24)));
        assert!(
            text.starts_with("The ring now holds 24 keys. Load: busiest node "),
            "{text}"
        );
    }

    #[test]
    fn a_join_and_a_leave_are_narrated_as_on_the_page() {
        // Seed 42, as the browser tests see it.
        let mut sim = RingSim::new(RingConfig::default(), 42);
        assert_eq!(
            outcome(&sim.apply(RingEvent::AddNode)),
            "Node Q joined the ring at 254.4°. It took 2 of 12 keys (17%; about 1/6 expected), all from Node A; no other key moved. With hash mod N, going from 5 to 6 nodes would move 8 of 12 keys (67%)."
        );
        assert_eq!(counter(&sim), "Keys migrated: 2 / Total keys: 12");
        let mut sim = RingSim::new(RingConfig::default(), 42);
        assert_eq!(
            outcome(&sim.apply(RingEvent::RemoveNodeById(id('C')))),
            "Node C left the ring. Its 2 keys moved clockwise to the next surviving virtual node, on Node A; the other 10 keys stayed put. With hash mod N, going from 5 to 4 nodes would move 9 of 12 keys (75%)."
        );
        let mut sim = RingSim::new(RingConfig::new(5, 3, 12), 42);
        let text = outcome(&sim.apply(RingEvent::AddNode));
        assert!(
            text.contains("joined the ring with 3 virtual nodes. It took"),
            "{text}"
        );
    }

    #[test]
    fn a_reset_and_the_start_are_narrated() {
        let mut sim = RingSim::new(RingConfig::new(6, 3, 12), 42);
        sim.apply(RingEvent::AddNode);
        let text = outcome(&sim.apply(RingEvent::Reset));
        assert!(
            text.starts_with("Reset: Nodes A, B, C, D, E and F back on the ring with 3 virtual nodes each, and 12 keys. Busiest node "),
            "{text}"
        );
        assert_eq!(
            start(&RingSim::new(RingConfig::default(), 42)),
            "Nodes A, B, C, D and E on the ring with 1 virtual node each, and 12 keys; each key belongs to the first virtual node clockwise from it. Load: busiest node 1.67× the mean of 2.4 keys, standard deviation 0.8 (CV 0.33)."
        );
        assert!(reset(&sim).starts_with(
            "Reset. Nodes A, B, C, D, E and F on the ring with 3 virtual nodes each, and 12 keys"
        ));
        let big = RingSim::new(RingConfig::new(5, 1, 2000), 42);
        assert!(start(&big).contains("and 2,000 keys;"));
    }

    #[test]
    fn the_lookup_walks_clockwise_in_words() {
        let sim = RingSim::new(RingConfig::default(), 42);
        let first = (0..12).min_by_key(|&k| sim.keys()[k].position).unwrap();
        let l = sim.lookup(first).unwrap();
        assert_eq!(
            lookup(&l),
            "user:73980 hashes to 623056939 (52.2°). Walking clockwise, the first virtual node it meets is Node E#0 at 80.4°, so Node E owns it. Under hash mod 5 it would go to shard 623056939 % 5 = 4, which is Node E."
        );
        assert_eq!(hash_fact(l.hash), "623,056,939 (0x2523182B)");
        assert_eq!(
            inspect_value(&l, 1, 12),
            "user:73980, key 1 of 12 clockwise from 0°, at 52.2°, owned by Node E"
        );
        assert_eq!(mod_n_fact(&l), "623056939 mod 5 = 4 → Node E");
        assert_eq!(walk_fact(&l), "28.13° to Node E#0 at 80.36°");
        let last = (0..12).max_by_key(|&k| sim.keys()[k].position).unwrap();
        let l = sim.lookup(last).unwrap();
        assert!(lookup(&l).starts_with(
            "user:64566 hashes to 4175938023 (350.0°). Walking clockwise, wrapping past 360° to 0°, the first virtual node it meets is Node D#0 at 46.5°"
        ));
        assert!(walk_fact(&l).contains(", past 360° to Node D#0"));
        assert_eq!(
            with_inspected("Node Q joined.", &l),
            "Node Q joined. The inspected key user:64566 is now owned by Node D."
        );
    }

    #[test]
    fn readouts_and_labels_read_as_on_the_page() {
        let mut sim = RingSim::new(RingConfig::default(), 42);
        let load = sim.load();
        let counts: Vec<(NodeId, usize)> = sim
            .nodes()
            .iter()
            .map(|n| n.id)
            .zip(load.counts.iter().copied())
            .collect();
        assert_eq!(
            per_node_readout(&counts),
            "Keys per node: A 2 · B 2 · C 2 · D 4 · E 2"
        );
        assert_eq!(
            spread_readout(&load),
            "max/mean 1.67 · mean 2.4 · standard deviation 0.8"
        );
        assert!(canvas_label(&sim, &counts).starts_with(
            "A hash ring drawn from 0° to 360° (hash values 0 to 2^32 − 1) with 5 nodes (A, B, C, D, E), 5 virtual nodes in all and 12 keys"
        ));
        assert_eq!(
            node_button(id('D'), 4, 12, true),
            "Node D: owns 4 of 12 keys. Press to remove it."
        );
        assert!(node_button(id('D'), 4, 12, false)
            .ends_with("It cannot be removed: the ring has the minimum of 4 nodes."));
        assert_eq!(keys_value(12), "12 keys (from 12 to 10,000)");
        assert_eq!(keys_value(10_000), "10,000 keys (from 12 to 10,000)");
        assert_eq!(
            vnodes_value(50, 250),
            "50 virtual nodes per physical node, 250 ticks on the ring"
        );
        assert_eq!(
            state_summary(&sim, &load),
            "5 nodes with 1 virtual nodes each hold 12 keys; the busiest node has 1.67 times the mean. Keys migrated: 0 / Total keys: 12"
        );
        assert_eq!(mean_label(2.4), "mean 2.4");
        assert_eq!(mean_label(1250.4), "mean 1,250");
        assert_eq!(owner_caption('C'), "owner: Node C");
        assert_eq!(histogram_stats(&load), "max/mean 1.67 · std dev 0.8");
        assert_eq!(
            compare_switched(true, None),
            "Comparing with hash mod N: add or remove a node to see how many keys each scheme moves."
        );
        sim.apply(RingEvent::AddNode);
        assert_eq!(
            compare_switched(true, sim.last_migration()),
            "Comparing the last change: consistent hashing moved 2 of 12 keys (17%); hash mod N would have moved 8 (67%)."
        );
        assert_eq!(
            compare_switched(false, None),
            "Comparison with hash mod N hidden."
        );
        assert_eq!(
            moved_value(1483, 10_000, 0.1483),
            "1,483 of 10,000 keys moved (15%)"
        );
        assert_eq!(mod_n_name(5, 6), "hash mod N (5 → 6)");
        assert_eq!(
            expected_shares(5, 6),
            "Expected: about 1/6 = 17% against 5/6 = 83%."
        );
    }
}
