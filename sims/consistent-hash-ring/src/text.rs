//! Every sentence and label the sim shows, as functions of the model's outcomes and state:
//! the narration of each event, the refusals, the key lookup, the counter and readouts, the
//! comparison with `hash mod N`, and the accessible names of the controls and the canvas, each
//! from the message catalogue. Pure functions, tested natively.

use dsim_core::hash_ring::{
    expected_spread, to_degrees, Clamped, KeyLookup, LoadStats, Migration, ModNMigration, NodeId,
    Refusal, RingOutcome, RingSim, VNode, MAX_KEYS, MAX_NODES, MAX_VNODES, MIN_KEYS, MIN_NODES,
    MIN_VNODES,
};
use dsim_ui::format::{and_list, approx, percent, thousands};
use dsim_ui::i18n::{dec, grouped, language, yes_no};

use crate::msg::{self, t};

/// A node's name: "Node A".
pub fn node_name(id: NodeId) -> String {
    t!(NODE_NAME, letter = id.letter().to_string())
}

/// A virtual node's name as shown: "Node A#3" (in English, the identifier hashed to place it).
pub fn vnode_name(v: &VNode) -> String {
    t!(
        VNODE_NAME,
        letter = v.node.letter().to_string(),
        index = v.index
    )
}

/// Names a group of nodes, such as the nodes a leaver's keys moved to: "Node A",
/// "Nodes A and C", "Nodes A, B and D".
pub fn id_list(ids: &[NodeId]) -> String {
    let letters: Vec<String> = ids.iter().map(|id| id.letter().to_string()).collect();
    t!(NODE_LIST, count = ids.len(), list = and_list(&letters))
}

/// The counter under the ring: "Keys migrated: N / Total keys: M".
pub fn counter(sim: &RingSim) -> String {
    t!(
        COUNTER,
        migrated = sim.keys_migrated(),
        total = sim.keys().len()
    )
}

/// One clause on the spread, e.g. "busiest node 1.50× the mean of 2.4 keys, standard
/// deviation 0.8 (CV 0.33)".
pub fn load_summary(load: &LoadStats) -> String {
    load_words(msg::LOAD_CLAUSE, load)
}

/// The same as a sentence of its own: "Busiest node 1.50× the mean …".
fn load_sentence(load: &LoadStats) -> String {
    load_words(msg::LOAD_SENTENCE, load)
}

/// The spread in message `id`'s words.
fn load_words(id: &'static str, load: &LoadStats) -> String {
    t!(
        (id),
        max = dec(load.max_over_mean, 2),
        mean = dec(load.mean, 1),
        sd = dec(load.std_dev, 1),
        cv = dec(load.cv, 2)
    )
}

/// Why a button is unavailable or an event was refused.
pub fn refusal(why: Refusal) -> String {
    match why {
        Refusal::AtMaximum => t!(REFUSAL_AT_MAXIMUM, max = MAX_NODES),
        Refusal::AtMinimum => t!(REFUSAL_AT_MINIMUM, min = MIN_NODES),
        Refusal::NotOnRing(id) => t!(REFUSAL_NOT_ON_RING, node = node_name(id)),
        Refusal::NoFreeName => t!(REFUSAL_NO_FREE_NAME),
        Refusal::NoNode => t!(REFUSAL_NO_NODE),
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
        } => noted(
            vnodes_note(vnodes),
            t!(
                VNODES_CHANGED,
                vnodes = vnodes.used,
                ticks = *ticks,
                changed = *owners_changed,
                keys = *keys,
                load = load_summary(load)
            ),
        ),
        RingOutcome::VnodesUnchanged { vnodes } => noted(
            vnodes_note(vnodes),
            t!(VNODES_UNCHANGED, vnodes = vnodes.used),
        ),
        RingOutcome::KeysChanged { keys, load } => noted(
            keys_note(keys),
            t!(KEYS_CHANGED, keys = keys.used, load = load_summary(load)),
        ),
        RingOutcome::KeysUnchanged { keys } => {
            noted(keys_note(keys), t!(KEYS_UNCHANGED, keys = keys.used))
        }
        RingOutcome::Reset {
            nodes,
            vnodes,
            keys,
            load,
        } => {
            let reset = t!(
                RESET_TO,
                nodes = id_list(nodes),
                vnodes = *vnodes,
                keys = *keys
            );
            format!("{reset} {}", load_sentence(load))
        }
        RingOutcome::Refused(why) => refusal(*why),
    }
}

/// `sentence`, after the note on a clamped setting if there is one.
fn noted(note: Option<String>, sentence: String) -> String {
    match note {
        Some(note) => format!("{note} {sentence}"),
        None => sentence,
    }
}

/// What was changed about an out-of-range vnode count, or nothing.
fn vnodes_note(v: &Clamped) -> Option<String> {
    v.was_clamped().then(|| {
        t!(
            VNODES_CLAMPED,
            min = MIN_VNODES,
            max = MAX_VNODES,
            used = v.used
        )
    })
}

/// What was changed about an out-of-range key count, or nothing.
fn keys_note(k: &Clamped) -> Option<String> {
    k.was_clamped()
        .then(|| t!(KEYS_CLAMPED, min = MIN_KEYS, max = MAX_KEYS, used = k.used))
}

/// A node joined: where, what it took and from whom, and what `hash mod N` would have moved.
fn joined(m: &Migration) -> String {
    let n = m.mod_n.n_after;
    let joined = t!(
        JOINED,
        node = node_name(m.node.id),
        vnodes = m.node_vnodes.len(),
        deg = dec(to_degrees(m.node.position), 1)
    );
    let took = if m.moved() == 0 {
        t!(TOOK_NONE, n = n)
    } else {
        t!(
            TOOK_SOME,
            moved = grouped(m.moved()),
            total = grouped(m.total_keys),
            share = percent(m.share()),
            n = n,
            sources = id_list(&m.sources())
        )
    };
    format!("{joined} {took} {}", mod_n_sentence(&m.mod_n))
}

/// A node left: where its keys went, and what `hash mod N` would have moved.
fn left(m: &Migration) -> String {
    let moved = if m.moved() == 0 {
        t!(LEFT_NONE)
    } else {
        t!(
            LEFT_SOME,
            moved = m.moved(),
            nodes = id_list(&m.destinations()),
            stayed = m.total_keys - m.moved()
        )
    };
    let left = t!(LEFT, node = node_name(m.node.id));
    format!("{left} {moved} {}", mod_n_sentence(&m.mod_n))
}

fn mod_n_sentence(m: &ModNMigration) -> String {
    t!(
        MOD_N_MOVES,
        before = m.n_before,
        after = m.n_after,
        moved = grouped(m.moved()),
        total = grouped(m.total_keys),
        share = percent(m.share())
    )
}

/// The lookup in words, for the narration: the hash, the clockwise walk, the owner, and where
/// `hash mod N` would put the key.
pub fn lookup(l: &KeyLookup) -> String {
    t!(
        LOOKUP,
        key = &l.name,
        hash = l.hash,
        deg = dec(l.degrees, 1),
        wrapped = yes_no(l.wrapped),
        vnode = vnode_name(&l.vnode),
        vnode_deg = dec(l.vnode.degrees(), 1),
        owner = node_name(l.owner),
        n = l.mod_n,
        shard = l.mod_n_shard,
        mod_owner = node_name(l.mod_n_owner)
    )
}

/// The narration when nothing is inspected.
pub fn no_key_inspected() -> String {
    t!(NO_KEY_INSPECTED)
}

/// The narration when the key tour stops.
pub fn tour_stopped() -> String {
    t!(KEY_TOUR_STOPPED)
}

/// The opening narration: who is on the ring, with how many vnodes and keys, and the load.
pub fn start(sim: &RingSim) -> String {
    let c = sim.config();
    let ids: Vec<NodeId> = sim.nodes().iter().map(|n| n.id).collect();
    t!(
        START,
        nodes = id_list(&ids),
        vnodes = grouped(c.vnodes),
        keys = grouped(c.keys),
        load = load_summary(&sim.load())
    )
}

/// The narration after Reset.
pub fn reset(sim: &RingSim) -> String {
    format!("{} {}", t!(RESET), start(sim))
}

/// A membership change's narration followed by what became of the inspected key.
pub fn with_inspected(narration: &str, l: &KeyLookup) -> String {
    let owner = t!(INSPECTED_OWNER, key = &l.name, owner = node_name(l.owner));
    format!("{narration} {owner}")
}

/// The narration when "Compare with hash mod N" is switched.
pub fn compare_switched(on: bool, last: Option<&Migration>) -> String {
    match (on, last) {
        (true, Some(m)) => t!(
            COMPARE_LAST,
            moved = grouped(m.moved()),
            total = grouped(m.total_keys),
            share = percent(m.share()),
            mod_moved = grouped(m.mod_n.moved()),
            mod_share = percent(m.mod_n.share())
        ),
        (true, None) => t!(COMPARE_NONE),
        (false, _) => t!(COMPARE_HIDDEN),
    }
}

/// The current state in a sentence or two, for the screen summary.
pub fn state_summary(sim: &RingSim, load: &LoadStats) -> String {
    let c = sim.config();
    let state = t!(
        STATE_SUMMARY,
        nodes = c.nodes,
        vnodes = c.vnodes,
        keys = grouped(c.keys),
        max = dec(load.max_over_mean, 2)
    );
    format!("{state} {}", counter(sim))
}

/// A node button's accessible name: what it owns and whether pressing removes it.
pub fn node_button(id: NodeId, keys: usize, total: usize, removable: bool) -> String {
    t!(
        NODE_BUTTON,
        letter = id.letter().to_string(),
        keys = grouped(keys),
        total = grouped(total),
        removable = yes_no(removable),
        min = MIN_NODES
    )
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
    t!(KEYS_PER_NODE, list = per_node(counts))
}

/// The readout of the load's spread.
pub fn spread_readout(load: &LoadStats) -> String {
    t!(
        SPREAD_READOUT,
        max = dec(load.max_over_mean, 2),
        mean = approx(load.mean),
        sd = approx(load.std_dev)
    )
}

/// The measured spread of ring ownership beside the formula it follows:
/// "Ring share spread 31.2% · expected √((N−1)/(N·V)) = 40.0%".
pub fn share_spread_readout(measured: f64, nodes: usize, vnodes: usize) -> String {
    t!(
        SHARE_SPREAD,
        measured = dec(measured * 100.0, 1),
        expected = dec(expected_spread(nodes, vnodes) * 100.0, 1)
    )
}

/// Why the spread never reaches zero, as the readout's tooltip.
pub fn spread_why() -> String {
    t!(SPREAD_WHY)
}

/// Why the migrating keys walk clockwise, as the legend's tooltip.
pub fn migration_why() -> String {
    t!(MIGRATION_WHY)
}

/// The lookup panel's term for the preference list: "Replicas (RF = 3)".
pub fn replicas_term(rf: usize) -> String {
    t!(REPLICAS_TERM, rf = rf)
}

/// The preference list: "Node E, then Node A, then Node C" (the owner first).
pub fn preference_list(ids: &[NodeId]) -> String {
    let mut names = ids.iter().map(|&id| node_name(id));
    let first = names.next().unwrap_or_default();
    names.fold(first, |list, next| t!(THEN_LIST, first = list, next = next))
}

/// The canvas's accessible name: the ring, its nodes, vnodes and keys, and the histogram.
pub fn canvas_label(sim: &RingSim, counts: &[(NodeId, usize)]) -> String {
    let c = sim.config();
    let letters: Vec<String> = counts
        .iter()
        .map(|(id, _)| id.letter().to_string())
        .collect();
    t!(
        CANVAS_LABEL,
        nodes = c.nodes,
        letters = letters.join(", "),
        vnodes = sim.ring().len(),
        keys = grouped(c.keys),
        counts = per_node(counts)
    )
}

/// The vnode slider's spoken value.
pub fn vnodes_value(vnodes: usize, ticks: usize) -> String {
    t!(VNODES_VALUE, vnodes = grouped(vnodes), ticks = ticks)
}

/// The keys slider's spoken value.
pub fn keys_value(keys: usize) -> String {
    t!(
        KEYS_VALUE,
        keys = grouped(keys),
        min = MIN_KEYS,
        max = grouped(MAX_KEYS)
    )
}

/// The "Inspect key" slider's spoken value for the key `rank`-th clockwise from 0°.
pub fn inspect_value(l: &KeyLookup, rank: usize, keys: usize) -> String {
    t!(
        INSPECT_VALUE,
        key = &l.name,
        rank = grouped(rank),
        keys = grouped(keys),
        deg = dec(l.degrees, 1),
        owner = node_name(l.owner)
    )
}

/// The "Inspect key" slider's shown value when no key is inspected.
pub fn inspect_none() -> String {
    t!(INSPECT_NONE)
}

/// The "Inspect key" slider's spoken value when no key is inspected.
pub fn inspect_none_value() -> String {
    t!(INSPECT_NONE_VALUE)
}

/// The lookup panel's hash: "623,056,939 (0x2523182B)".
pub fn hash_fact(hash: u32) -> String {
    format!("{} (0x{hash:08X})", thousands(hash as usize))
}

/// The lookup panel's position: "52.20°".
pub fn position_fact(degrees: f64) -> String {
    format!("{}°", language().decimal(degrees, 2))
}

/// The lookup panel's clockwise walk: "28.24° to Node E#0 at 80.42°".
pub fn walk_fact(l: &KeyLookup) -> String {
    t!(
        WALK_FACT,
        walk = dec(to_degrees(l.distance), 2),
        wrapped = yes_no(l.wrapped),
        vnode = vnode_name(&l.vnode),
        deg = dec(l.vnode.degrees(), 2)
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
    t!(
        MOVED_VALUE,
        moved = grouped(moved),
        total = grouped(total),
        share = percent(share)
    )
}

/// The `hash mod N` bar's name: "hash mod N (5 → 6)".
pub fn mod_n_name(before: usize, after: usize) -> String {
    t!(MOD_N_NAME, before = before, after = after)
}

/// What each scheme is expected to move, for N nodes before and after (`small` < `big`).
pub fn expected_shares(small: usize, big: usize) -> String {
    let big = big.max(1);
    t!(
        EXPECTED_SHARES,
        big = big,
        one = percent(1.0 / big as f64),
        small = small,
        most = percent(small as f64 / big as f64)
    )
}

/// The caption in the middle of the ring, above "0 … 2³² − 1".
pub fn ring_caption() -> String {
    t!(RING_CAPTION)
}

/// The histogram's title.
pub fn histogram_title() -> String {
    t!(HISTOGRAM_TITLE)
}

/// The owner in the middle of the ring: "owner: Node C".
pub fn owner_caption(letter: char) -> String {
    t!(OWNER_CAPTION, letter = letter.to_string())
}

/// The histogram's spread beside its title.
pub fn histogram_stats(load: &LoadStats) -> String {
    t!(
        HISTOGRAM_STATS,
        max = dec(load.max_over_mean, 2),
        sd = dec(load.std_dev, 1)
    )
}

/// The histogram's mean line label: "mean 2.4", "mean 1,250".
pub fn mean_label(mean: f64) -> String {
    t!(MEAN_LABEL, mean = approx(mean))
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsim_core::hash_ring::{RingConfig, RingEvent};

    fn id(c: char) -> NodeId {
        NodeId::from_letter(c).unwrap()
    }

    #[test]
    fn german_has_its_own_plurals_and_decimal_commas() {
        crate::msg::speak("de");
        assert_eq!(
            start(&RingSim::new(RingConfig::default(), 42)),
            "Knoten A, B, C, D und E auf dem Ring, jeder mit einem virtuellen Knoten, dazu 12 Schlüssel; jeder Schlüssel gehört dem ersten virtuellen Knoten, der im Uhrzeigersinn auf ihn folgt. Last: meistbelasteter Knoten mit dem 1,67-Fachen des Mittels von 2,4 Schlüsseln, Standardabweichung 0,8 (VK 0,33)."
        );
        let mut sim = RingSim::new(RingConfig::default(), 42);
        assert_eq!(
            outcome(&sim.apply(RingEvent::AddNode)),
            "Knoten Q ist dem Ring bei 254,4° beigetreten. Er hat 2 von 12 Schlüsseln übernommen (17 %; erwartet war etwa 1/6), alle von Knoten A; kein anderer Schlüssel ist umgezogen. Mit hash mod N würde der Schritt von 5 auf 6 Knoten 8 von 12 Schlüsseln verschieben (67 %)."
        );
        assert_eq!(
            vnodes_value(1, 5),
            "1 virtueller Knoten pro physischem Knoten, 5 Striche auf dem Ring"
        );
        assert_eq!(
            vnodes_value(50, 250),
            "50 virtuelle Knoten pro physischem Knoten, 250 Striche auf dem Ring"
        );
        assert_eq!(keys_value(2000), "2.000 Schlüssel (von 12 bis 10.000)");
        assert_eq!(mean_label(2.4), "Mittel 2,4");
        assert_eq!(
            share_spread_readout(0.312, 5, 50).split(" · ").next(),
            Some("Streuung der Ringanteile 31,2 %")
        );
        assert_eq!(
            preference_list(&[id('E'), id('A'), id('C')]),
            "Knoten E, dann Knoten A, dann Knoten C"
        );
    }

    #[test]
    fn node_lists_read_naturally() {
        assert_eq!(id_list(&[]), "no node");
        assert_eq!(id_list(&[id('A')]), "Node A");
        assert_eq!(id_list(&[id('A'), id('C')]), "Nodes A and C");
        assert_eq!(id_list(&[id('A'), id('B'), id('D')]), "Nodes A, B and D");
        assert_eq!(node_name(id('q')), "Node Q");
        // Counts in the event narration are written without separators.
        let mut sim = RingSim::new(RingConfig::default(), 42);
        assert!(outcome(&sim.apply(RingEvent::SetKeys(2000)))
            .starts_with("The ring now holds 2000 keys. Load: busiest node "));
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
