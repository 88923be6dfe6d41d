//! Consistent hashing on a ring of 2^32 positions, with virtual nodes, beside the naive
//! `hash(key) % N` placement it replaces.
//!
//! Every name is hashed with xxh32 (seed 0) to a position on a ring of 2^32 slots
//! (0 … 2^32 − 1, drawn as 0°–360°). A physical node "Node A" appears on the ring as V virtual
//! nodes ("vnodes"), named "Node A#0" … "Node A#(V−1)", each at the hash of its name; a key
//! such as "user:1042" sits at the hash of its name and belongs to the first vnode at or after
//! its position going clockwise (wrapping past 2^32 − 1 to 0), hence to that vnode's physical
//! node. Each vnode thus owns the arc from its predecessor (exclusive) to itself (inclusive),
//! the token ranges of Dynamo and Cassandra.
//!
//! When a node joins, its vnodes split existing arcs and only the keys on the pieces they take
//! move, all of them to the new node: about 1/(N + 1) of the keys when going from N to N + 1
//! nodes (the chapter rounds this to 1/N). When a node leaves, only its keys move, each to the
//! next vnode clockwise. Under `hash(key) % N` a key stays put only when `h % N` happens to
//! equal `h % (N + 1)`, so about N/(N + 1) of all keys move.
//!
//! Choices where the chapter is loose, following the real systems:
//! - The chapter suggests 150 vnodes; the sim's slider goes to 50, as its specification says.
//!   Cassandra's `num_tokens` (256 by default before 4.0, 16 since) and Dynamo's "tokens per
//!   node" are the same idea.
//!   Vnodes narrow the spread of ownership to about √((N − 1)/(N·V)) ([`expected_spread`]),
//!   never to zero; [`RingSim::share_spread`] measures it.
//! - Replication: a key's copies live on the first RF distinct physical nodes clockwise from it,
//!   its preference list ([`RingSim::preference_list`]), as in Dynamo and Cassandra.
//! - A migration moves keys instantly; the clockwise walk the sim animates is the lookup path,
//!   while a real cluster copies the data from the old owner.
//! - Positions are hashes of names, not random angles, as in Dynamo and Cassandra: the same
//!   names always land in the same place. The seed only chooses key names and which name
//!   (hence which position) a newly added node gets.
//! - Equal positions (vanishingly rare with 32-bit hashes) are ordered by node, then vnode
//!   number, so ownership is always well defined.
//! - For the `hash % N` baseline, shard `i` is the `i`-th node in joining order; a new node
//!   becomes shard N, and removing a node renumbers the nodes after it, as a plain modulo
//!   placement over a node list does.

use rand::seq::{index, IndexedRandom};

use crate::rng::{seeded, SimRng};

/// The expected spread of ring ownership between physical nodes with `vnodes` random positions
/// each: √((N − 1)/(N·V)), the coefficient of variation of a node's share (each share is a sum
/// of V of the N·V gaps between random points, a Beta(V, (N − 1)·V) variable). About 13 % at
/// V = 50 and 7–8 % at V = 150: more vnodes narrow the spread but never remove it, which is why
/// later Dynamo, Riak and others split the ring into fixed, equal-size partitions instead.
pub fn expected_spread(nodes: usize, vnodes: usize) -> f64 {
    let (n, v) = (nodes.max(1) as f64, vnodes.max(1) as f64);
    ((n - 1.0) / (n * v)).sqrt()
}

/// The fewest physical nodes the ring may have; "Remove Node" is refused below it.
pub const MIN_NODES: usize = 4;
/// The most physical nodes the ring may have; "Add Node" is refused beyond it.
pub const MAX_NODES: usize = 8;
/// How many physical nodes a fresh ring starts with.
pub const DEFAULT_NODES: usize = 5;
/// The fewest virtual nodes per physical node: the classic ring, one position per node.
pub const MIN_VNODES: usize = 1;
/// The most virtual nodes per physical node the sim offers.
pub const MAX_VNODES: usize = 50;
/// Virtual nodes per physical node on a fresh ring.
pub const DEFAULT_VNODES: usize = 1;
/// The fewest keys on the ring (enough to label each one).
pub const MIN_KEYS: usize = 12;
/// The most keys on the ring (enough to show load as density).
pub const MAX_KEYS: usize = 10_000;
/// How many keys a fresh ring starts with.
pub const DEFAULT_KEYS: usize = 12;
/// The number of positions on the ring: the 32-bit hash space, 0 … 2^32 − 1.
pub const RING_SIZE: u64 = 1 << 32;
/// The xxh32 seed used for every name; fixed, so positions never depend on the run.
pub const HASH_SEED: u32 = 0;
/// The smallest replication factor: each key on its owner only.
pub const MIN_REPLICAS: usize = 1;
/// The largest replication factor: [`MIN_NODES`], so the ring always has that many distinct
/// physical nodes to hold the copies.
pub const MAX_REPLICAS: usize = MIN_NODES;
/// The replication factor of a fresh ring: three copies, Dynamo's and Cassandra's usual N.
pub const DEFAULT_REPLICAS: usize = 3;
/// How many node names exist ("Node A" … "Node Z"); new nodes take a free one.
pub const NODE_NAMES: usize = 26;
/// Key names are "user:" followed by a distinct number from this range.
const KEY_NUMBERS: std::ops::Range<u32> = 1000..100_000;

/// The ring position of a name: its xxh32 hash with seed [`HASH_SEED`].
pub fn hash_name(name: &str) -> u32 {
    xxhash_rust::xxh32::xxh32(name.as_bytes(), HASH_SEED)
}

/// A ring position as an angle in degrees, 0 ≤ angle < 360, clockwise from the top.
pub fn to_degrees(position: u32) -> f64 {
    to_fraction(position) * 360.0
}

/// A ring position as a fraction of the whole ring, 0 ≤ fraction < 1.
pub fn to_fraction(position: u32) -> f64 {
    f64::from(position) / RING_SIZE as f64
}

/// The ring position at an angle in degrees (any angle is wrapped into 0–360; NaN gives 0),
/// for turning a click on the drawn ring into a position.
pub fn from_degrees(degrees: f64) -> u32 {
    if !degrees.is_finite() {
        return 0;
    }
    let turn = degrees.rem_euclid(360.0) / 360.0;
    // `as` saturates, so a rounding up to exactly one full turn stays in range.
    (turn * RING_SIZE as f64).floor().min(f64::from(u32::MAX)) as u32
}

/// How far `to` lies clockwise from `from`, in ring positions (0 when they are equal).
pub fn clockwise_distance(from: u32, to: u32) -> u32 {
    to.wrapping_sub(from)
}

/// A physical node's identity: its letter, A … Z. Stable while the node is on the ring.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NodeId(u8);

impl NodeId {
    /// The node with the `index`-th letter (0 is A), if `index` < [`NODE_NAMES`].
    pub fn from_index(index: usize) -> Option<NodeId> {
        u8::try_from(index)
            .ok()
            .filter(|&i| usize::from(i) < NODE_NAMES)
            .map(NodeId)
    }

    /// The node with this letter (either case), if it is one of A … Z.
    pub fn from_letter(letter: char) -> Option<NodeId> {
        let upper = letter.to_ascii_uppercase();
        if upper.is_ascii_uppercase() {
            NodeId::from_index(usize::from(upper as u8 - b'A'))
        } else {
            None
        }
    }

    /// The letter's index, 0 (A) … 25 (Z).
    pub fn index(self) -> usize {
        usize::from(self.0)
    }

    /// The node's letter, the short label drawn on the ring.
    pub fn letter(self) -> char {
        char::from(b'A' + self.0)
    }

    /// The name of the node's `i`-th virtual node, "Node A#i": an identifier, not a sentence.
    /// Hashing it gives the vnode's position, so the same node always lands in the same places.
    pub fn vnode_name(self, i: usize) -> String {
        format!("Node {}#{i}", self.letter())
    }
}

/// A physical node: a server that owns every key landing on any of its virtual nodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Node {
    /// Which node this is.
    pub id: NodeId,
    /// A colour slot, 0 … [`MAX_NODES`] − 1, unique among the nodes on the ring; a node that
    /// joins takes the lowest free slot.
    pub slot: usize,
    /// Where the node's label is drawn: the position of its vnode #0.
    pub position: u32,
}

/// A virtual node: one of a physical node's positions on the ring. It owns the arc from the
/// previous vnode (exclusive) to its own position (inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct VNode {
    /// Its ring position, the hash of its name.
    pub position: u32,
    /// The physical node it stands for.
    pub node: NodeId,
    /// Its number within that node: it is named "Node A#index".
    pub index: usize,
}

impl VNode {
    /// Its position in degrees.
    pub fn degrees(&self) -> f64 {
        to_degrees(self.position)
    }
}

/// A stored key (a row, a user record): its position is the hash of its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    /// The number in its name "user:number".
    pub number: u32,
    /// Its ring position, the hash of its name.
    pub position: u32,
}

impl Key {
    /// Its name, "user:1042": the identifier hashed to give its position (as a database hashes
    /// a row's partition key), not a sentence.
    pub fn name(&self) -> String {
        format!("user:{}", self.number)
    }

    /// Its position in degrees.
    pub fn degrees(&self) -> f64 {
        to_degrees(self.position)
    }
}

/// The ring's settings: physical nodes (at the start), vnodes per node, and keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RingConfig {
    /// How many physical nodes, [`MIN_NODES`] … [`MAX_NODES`].
    pub nodes: usize,
    /// Virtual nodes per physical node, [`MIN_VNODES`] … [`MAX_VNODES`].
    pub vnodes: usize,
    /// How many keys, [`MIN_KEYS`] … [`MAX_KEYS`].
    pub keys: usize,
}

impl RingConfig {
    /// A configuration with every value clamped into its range.
    pub fn new(nodes: usize, vnodes: usize, keys: usize) -> Self {
        RingConfig {
            nodes: nodes.clamp(MIN_NODES, MAX_NODES),
            vnodes: vnodes.clamp(MIN_VNODES, MAX_VNODES),
            keys: keys.clamp(MIN_KEYS, MAX_KEYS),
        }
    }
}

impl Default for RingConfig {
    fn default() -> Self {
        RingConfig::new(DEFAULT_NODES, DEFAULT_VNODES, DEFAULT_KEYS)
    }
}

/// Something the student does to the ring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RingEvent {
    /// A new node joins under a free name chosen by the seeded generator (refused at
    /// [`MAX_NODES`]).
    AddNode,
    /// A node chosen by the seeded generator leaves (refused at [`MIN_NODES`]).
    RemoveNode,
    /// This node leaves (refused at [`MIN_NODES`] or if it is not on the ring).
    RemoveNodeById(NodeId),
    /// Set the vnodes per physical node (clamped to [`MIN_VNODES`] … [`MAX_VNODES`]).
    SetVnodes(usize),
    /// Set the number of keys (clamped to [`MIN_KEYS`] … [`MAX_KEYS`]); the first keys keep
    /// their names, so going back down shows the same keys again.
    SetKeys(usize),
    /// Back to the starting nodes with a fresh generator, keeping the vnode and key settings.
    Reset,
}

/// Why the ring refused an event. A refused event changes nothing: membership changes are
/// bounded so the cluster never shrinks below a safe size or grows past what the sim draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// A join at [`MAX_NODES`] nodes.
    AtMaximum,
    /// A leave at [`MIN_NODES`] nodes.
    AtMinimum,
    /// A leave of a node that is not on the ring.
    NotOnRing(NodeId),
    /// A join when every one of the [`NODE_NAMES`] names is taken (cannot happen while
    /// [`MAX_NODES`] < [`NODE_NAMES`]).
    NoFreeName,
    /// A leave when the ring has no node (cannot happen: it never has fewer than [`MIN_NODES`]).
    NoNode,
}

/// A setting as asked for and as used: they differ when the request was outside its range and
/// was clamped to the nearest end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clamped {
    /// The value asked for.
    pub requested: usize,
    /// The value in range that was used.
    pub used: usize,
}

impl Clamped {
    /// `requested` clamped into `min ..= max`.
    pub fn new(requested: usize, min: usize, max: usize) -> Self {
        Clamped {
            requested,
            used: requested.clamp(min, max),
        }
    }

    /// Whether the request was out of range.
    pub fn was_clamped(&self) -> bool {
        self.requested != self.used
    }
}

/// What one [`RingEvent`] did to the ring: the facts a narration needs, never the words.
#[derive(Debug, Clone, PartialEq)]
pub enum RingOutcome {
    /// A node joined: its vnodes split existing arcs and took exactly the keys on the pieces.
    Joined(Migration),
    /// A node left: each of its keys moved to the next surviving vnode clockwise.
    Left(Migration),
    /// The vnodes per node changed: every node's positions were re-placed, so keys changed
    /// owner and the load evened out (or not).
    VnodesChanged {
        /// Vnodes per node, as asked and as used.
        vnodes: Clamped,
        /// Vnodes on the ring now: nodes × vnodes per node.
        ticks: usize,
        /// How many keys now have a different owner.
        owners_changed: usize,
        /// How many keys there are.
        keys: usize,
        /// Keys per node now.
        load: LoadStats,
    },
    /// The vnodes per node were already the value used; nothing changed.
    VnodesUnchanged {
        /// Vnodes per node, as asked and as used.
        vnodes: Clamped,
    },
    /// The number of keys changed; nodes stayed where they were.
    KeysChanged {
        /// Keys, as asked and as used.
        keys: Clamped,
        /// Keys per node now.
        load: LoadStats,
    },
    /// The ring already held that many keys; nothing changed.
    KeysUnchanged {
        /// Keys, as asked and as used.
        keys: Clamped,
    },
    /// Back to the starting nodes, keeping the vnode and key settings.
    Reset {
        /// The nodes on the ring now, in joining order.
        nodes: Vec<NodeId>,
        /// Vnodes per node.
        vnodes: usize,
        /// How many keys there are.
        keys: usize,
        /// Keys per node now.
        load: LoadStats,
    },
    /// The event was refused and nothing changed.
    Refused(Refusal),
}

impl RingOutcome {
    /// The migration, when a node joined or left (the only events that move keys between
    /// nodes that stay on the ring).
    pub fn migration(&self) -> Option<&Migration> {
        match self {
            RingOutcome::Joined(m) | RingOutcome::Left(m) => Some(m),
            _ => None,
        }
    }
}

/// Whether a migration came from a node joining or leaving.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MembershipChange {
    /// A node joined: keys move to it.
    Added,
    /// A node left: its keys move to their clockwise successors.
    Removed,
}

/// One key changing owner, with the vnodes it belonged to before and after, so a drawing can
/// send it clockwise from its old vnode's arc to its new one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyMove {
    /// The key's index in [`RingSim::keys`].
    pub key: usize,
    /// Its owner before the change.
    pub from: NodeId,
    /// Its owner after the change.
    pub to: NodeId,
    /// The vnode it landed on before.
    pub from_vnode: VNode,
    /// The vnode it lands on now.
    pub to_vnode: VNode,
}

/// What the same membership change would move under `hash(key) % N`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModNMigration {
    /// N before the change.
    pub n_before: usize,
    /// N after the change.
    pub n_after: usize,
    /// The indices (in [`RingSim::keys`]) of the keys whose node would change.
    pub moved_keys: Vec<usize>,
    /// How many keys there are.
    pub total_keys: usize,
}

impl ModNMigration {
    /// How many keys would move.
    pub fn moved(&self) -> usize {
        self.moved_keys.len()
    }

    /// The share of keys that would move, 0 … 1.
    pub fn share(&self) -> f64 {
        share(self.moved(), self.total_keys)
    }
}

/// Exactly which keys a node joining or leaving moved, and what `hash % N` would have moved.
#[derive(Debug, Clone, PartialEq)]
pub struct Migration {
    /// Joined or left.
    pub change: MembershipChange,
    /// The node that joined or left.
    pub node: Node,
    /// That node's vnodes, in ring order (for a node that left: where they were).
    pub node_vnodes: Vec<VNode>,
    /// Every key that changed owner, in key order; no other key moved.
    pub moves: Vec<KeyMove>,
    /// How many keys there are.
    pub total_keys: usize,
    /// The `hash % N` baseline for the same change.
    pub mod_n: ModNMigration,
}

impl Migration {
    /// How many keys moved.
    pub fn moved(&self) -> usize {
        self.moves.len()
    }

    /// The share of keys that moved, 0 … 1.
    pub fn share(&self) -> f64 {
        share(self.moved(), self.total_keys)
    }

    /// Whether key `key` is one of the keys that moved.
    pub fn moved_key(&self, key: usize) -> bool {
        self.moves.binary_search_by_key(&key, |m| m.key).is_ok()
    }

    /// The nodes keys moved away from, in letter order: on a join, the nodes whose arcs the
    /// newcomer split; on a leave, only the leaver.
    pub fn sources(&self) -> Vec<NodeId> {
        sorted_unique(self.moves.iter().map(|mv| mv.from))
    }

    /// The nodes keys moved to, in letter order: on a join, only the newcomer; on a leave, the
    /// owners of the next surviving vnodes clockwise.
    pub fn destinations(&self) -> Vec<NodeId> {
        sorted_unique(self.moves.iter().map(|mv| mv.to))
    }
}

/// How evenly keys are spread over the physical nodes: the histogram and its spread.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadStats {
    /// Keys per node, in the order of [`RingSim::nodes`].
    pub counts: Vec<usize>,
    /// All keys.
    pub total: usize,
    /// Keys per node on average: total / nodes.
    pub mean: f64,
    /// The busiest node's keys.
    pub max: usize,
    /// The idlest node's keys.
    pub min: usize,
    /// max / mean: 1 is perfectly even; the busiest node's overload factor.
    pub max_over_mean: f64,
    /// The standard deviation of keys per node (over the nodes, as a population).
    pub std_dev: f64,
    /// std_dev / mean, the coefficient of variation: spread independent of the key count.
    pub cv: f64,
}

impl LoadStats {
    /// The statistics of a histogram of keys per node.
    pub fn from_counts(counts: Vec<usize>) -> Self {
        let total: usize = counts.iter().sum();
        let n = counts.len().max(1) as f64;
        let mean = total as f64 / n;
        let max = counts.iter().copied().max().unwrap_or(0);
        let min = counts.iter().copied().min().unwrap_or(0);
        let variance = counts
            .iter()
            .map(|&c| (c as f64 - mean).powi(2))
            .sum::<f64>()
            / n;
        let std_dev = variance.sqrt();
        let ratio = |x: f64| if mean > 0.0 { x / mean } else { 0.0 };
        LoadStats {
            total,
            mean,
            max,
            min,
            max_over_mean: ratio(max as f64),
            std_dev,
            cv: ratio(std_dev),
            counts,
        }
    }
}

/// A key's owner lookup: where it hashes and the clockwise walk to the vnode that owns it.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyLookup {
    /// The key's index in [`RingSim::keys`].
    pub key: usize,
    /// Its name, "user:1042".
    pub name: String,
    /// Its hash, which is its ring position.
    pub hash: u32,
    /// Its position in degrees.
    pub degrees: f64,
    /// The vnode just before it (counter-clockwise): the exclusive start of the arc it is on.
    pub arc_start: VNode,
    /// The first vnode at or after it clockwise: the one it lands on.
    pub vnode: VNode,
    /// That vnode's index in [`RingSim::ring`].
    pub vnode_index: usize,
    /// How far the walk went, in ring positions.
    pub distance: u32,
    /// Whether the walk passed 2^32 − 1 and wrapped to 0 (across 360° / 0°).
    pub wrapped: bool,
    /// The physical node that owns the key: the vnode's node.
    pub owner: NodeId,
    /// N for the `hash % N` baseline.
    pub mod_n: usize,
    /// The shard `hash % N`.
    pub mod_n_shard: usize,
    /// The node that shard is, in joining order.
    pub mod_n_owner: NodeId,
}

/// The consistent-hash ring: physical nodes, their vnodes in ring order, the keys and who owns
/// each, plus the last migration.
#[derive(Debug, Clone)]
pub struct RingSim {
    start_nodes: usize,
    vnodes: usize,
    key_count: usize,
    /// Physical nodes in joining order, which is also their shard order under `hash % N`.
    nodes: Vec<Node>,
    /// Every vnode, sorted by (position, node, index).
    ring: Vec<VNode>,
    /// All [`MAX_KEYS`] keys in their seeded order; the first `key_count` are on the ring.
    all_keys: Vec<Key>,
    /// For each key on the ring: the index in `ring` of the vnode it lands on.
    landing: Vec<usize>,
    /// For each key on the ring: its owner.
    owners: Vec<NodeId>,
    last_migration: Option<Migration>,
    seed: u64,
    rng: SimRng,
}

impl RingSim {
    /// A fresh ring: nodes A, B, C … (as many as `config.nodes`) and `config.keys` keys whose
    /// names the seed chooses.
    pub fn new(config: RingConfig, seed: u64) -> Self {
        let config = RingConfig::new(config.nodes, config.vnodes, config.keys);
        let mut rng = seeded(seed);
        let span = (KEY_NUMBERS.end - KEY_NUMBERS.start) as usize;
        let all_keys = index::sample(&mut rng, span, MAX_KEYS)
            .into_iter()
            .map(|i| {
                let number = KEY_NUMBERS.start + i as u32;
                Key {
                    number,
                    position: hash_name(&format!("user:{number}")),
                }
            })
            .collect();
        let nodes = (0..config.nodes)
            .filter_map(NodeId::from_index)
            .enumerate()
            .map(|(slot, id)| Node {
                id,
                slot,
                position: hash_name(&id.vnode_name(0)),
            })
            .collect();
        let mut sim = RingSim {
            start_nodes: config.nodes,
            vnodes: config.vnodes,
            key_count: config.keys,
            nodes,
            ring: Vec::new(),
            all_keys,
            landing: Vec::new(),
            owners: Vec::new(),
            last_migration: None,
            seed,
            rng,
        };
        sim.rebuild();
        sim
    }

    /// The current settings: nodes on the ring now, vnodes per node, keys.
    pub fn config(&self) -> RingConfig {
        RingConfig {
            nodes: self.nodes.len(),
            vnodes: self.vnodes,
            keys: self.key_count,
        }
    }

    /// The seed the run started from.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// The physical nodes, in joining order (shard order for `hash % N`).
    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    /// The node with this id, if it is on the ring.
    pub fn node(&self, id: NodeId) -> Option<&Node> {
        self.nodes.iter().find(|n| n.id == id)
    }

    /// Virtual nodes per physical node.
    pub fn vnodes_per_node(&self) -> usize {
        self.vnodes
    }

    /// Every vnode in ring order (ascending position): the ticks to draw.
    pub fn ring(&self) -> &[VNode] {
        &self.ring
    }

    /// One node's vnodes in ring order (empty if it is not on the ring).
    pub fn vnodes_of(&self, id: NodeId) -> Vec<VNode> {
        self.ring.iter().copied().filter(|v| v.node == id).collect()
    }

    /// The position just before vnode `i`'s arc: its predecessor's position, wrapping.
    pub fn arc_start(&self, i: usize) -> Option<u32> {
        self.ring.get(i)?;
        let prev = if i == 0 { self.ring.len() - 1 } else { i - 1 };
        self.ring.get(prev).map(|v| v.position)
    }

    /// The keys on the ring, in their seeded order.
    pub fn keys(&self) -> &[Key] {
        self.all_keys.get(..self.key_count).unwrap_or(&[])
    }

    /// The owner of every key, aligned with [`RingSim::keys`].
    pub fn owners(&self) -> &[NodeId] {
        &self.owners
    }

    /// The owner of key `key`.
    pub fn owner_of(&self, key: usize) -> Option<NodeId> {
        self.owners.get(key).copied()
    }

    /// The vnode key `key` lands on.
    pub fn landing_vnode(&self, key: usize) -> Option<VNode> {
        self.landing
            .get(key)
            .and_then(|&i| self.ring.get(i))
            .copied()
    }

    /// The vnode owning an arbitrary ring position: the first at or after it, clockwise.
    pub fn vnode_at(&self, position: u32) -> Option<VNode> {
        self.ring.get(landing_index(&self.ring, position)).copied()
    }

    /// The owner of every key under `hash(key) % N`, aligned with [`RingSim::keys`].
    pub fn mod_n_owners(&self) -> Vec<NodeId> {
        let ids: Vec<NodeId> = self.nodes.iter().map(|n| n.id).collect();
        self.keys()
            .iter()
            .filter_map(|k| mod_n_owner(&ids, k.position))
            .collect()
    }

    /// The key nearest to a ring position (either direction), for clicks on the drawing.
    pub fn nearest_key(&self, position: u32) -> Option<usize> {
        self.keys()
            .iter()
            .enumerate()
            .min_by_key(|(_, k)| {
                clockwise_distance(position, k.position)
                    .min(clockwise_distance(k.position, position))
            })
            .map(|(i, _)| i)
    }

    /// The last node join or leave, exactly which keys it moved, and the `hash % N` comparison.
    /// Cleared by the other events.
    pub fn last_migration(&self) -> Option<&Migration> {
        self.last_migration.as_ref()
    }

    /// How many keys the last join or leave moved (0 if there was none since the last other
    /// event): the cost of the membership change, which consistent hashing keeps near 1/N.
    pub fn keys_migrated(&self) -> usize {
        self.last_migration.as_ref().map_or(0, Migration::moved)
    }

    /// Whether a node can join; the reason when it cannot (for a disabled button).
    pub fn can_add(&self) -> Result<(), Refusal> {
        if self.nodes.len() >= MAX_NODES {
            Err(Refusal::AtMaximum)
        } else {
            Ok(())
        }
    }

    /// Whether a node can leave; the reason when it cannot (for a disabled button).
    pub fn can_remove(&self) -> Result<(), Refusal> {
        if self.nodes.len() <= MIN_NODES {
            Err(Refusal::AtMinimum)
        } else {
            Ok(())
        }
    }

    /// The measured spread of ring ownership: the standard deviation of the physical nodes'
    /// shares of the ring divided by their mean (the coefficient of variation). Even with many
    /// vnodes it is not zero: compare [`expected_spread`].
    pub fn share_spread(&self) -> f64 {
        let shares = self.arc_shares();
        let n = shares.len().max(1) as f64;
        let mean = shares.iter().sum::<f64>() / n;
        if mean <= 0.0 {
            return 0.0;
        }
        let var = shares.iter().map(|s| (s - mean).powi(2)).sum::<f64>() / n;
        var.sqrt() / mean
    }

    /// The preference list of key `key` for replication factor `replicas`: walking clockwise
    /// from the key, the first `replicas` *distinct physical* nodes (vnodes of a node already
    /// listed are skipped), as Dynamo and Cassandra place a key's copies. The first is the
    /// owner. Capped at the number of nodes; empty for a key that does not exist.
    pub fn preference_list(&self, key: usize, replicas: usize) -> Vec<NodeId> {
        let Some(&start) = self.landing.get(key) else {
            return Vec::new();
        };
        let want = replicas.min(self.nodes.len());
        let mut list: Vec<NodeId> = Vec::with_capacity(want);
        for step in 0..self.ring.len() {
            if list.len() >= want {
                break;
            }
            let node = self.ring[(start + step) % self.ring.len()].node;
            if !list.contains(&node) {
                list.push(node);
            }
        }
        list
    }

    /// Keys per physical node on the ring, with mean, max/mean and standard deviation.
    pub fn load(&self) -> LoadStats {
        self.load_of(&self.owners)
    }

    /// Keys per physical node under `hash(key) % N`, for the comparison.
    pub fn mod_n_load(&self) -> LoadStats {
        self.load_of(&self.mod_n_owners())
    }

    /// The share of the ring (0 … 1) each physical node owns, in the order of
    /// [`RingSim::nodes`]: the expected share of keys it gets.
    pub fn arc_shares(&self) -> Vec<f64> {
        let mut shares = vec![0.0; self.nodes.len()];
        for (i, v) in self.ring.iter().enumerate() {
            let start = self.arc_start(i).unwrap_or(v.position);
            let len = if self.ring.len() == 1 {
                RING_SIZE as f64
            } else {
                f64::from(clockwise_distance(start, v.position))
            };
            if let Some(j) = self.node_index(v.node) {
                if let Some(s) = shares.get_mut(j) {
                    *s += len / RING_SIZE as f64;
                }
            }
        }
        shares
    }

    /// Key `key`'s owner lookup: its hash, angle, and the clockwise walk to its vnode.
    pub fn lookup(&self, key: usize) -> Option<KeyLookup> {
        let k = *self.keys().get(key)?;
        let vnode_index = *self.landing.get(key)?;
        let vnode = *self.ring.get(vnode_index)?;
        let prev = if vnode_index == 0 {
            self.ring.len() - 1
        } else {
            vnode_index - 1
        };
        let arc_start = *self.ring.get(prev)?;
        let ids: Vec<NodeId> = self.nodes.iter().map(|n| n.id).collect();
        let n = ids.len().max(1);
        let mod_n_shard = k.position as usize % n;
        Some(KeyLookup {
            key,
            name: k.name(),
            hash: k.position,
            degrees: k.degrees(),
            arc_start,
            vnode,
            vnode_index,
            distance: clockwise_distance(k.position, vnode.position),
            wrapped: vnode.position < k.position,
            owner: vnode.node,
            mod_n: ids.len(),
            mod_n_shard,
            mod_n_owner: *ids.get(mod_n_shard)?,
        })
    }

    /// Applies one event and returns what it did; a refused event changes nothing.
    pub fn apply(&mut self, event: RingEvent) -> RingOutcome {
        let result = match event {
            RingEvent::AddNode => self.add_node(),
            RingEvent::RemoveNode => self.remove_random_node(),
            RingEvent::RemoveNodeById(id) => {
                if self.node(id).is_none() {
                    Err(Refusal::NotOnRing(id))
                } else {
                    self.can_remove().and_then(|()| self.remove_node(id))
                }
            }
            RingEvent::SetVnodes(v) => Ok(self.set_vnodes(v)),
            RingEvent::SetKeys(k) => Ok(self.set_keys(k)),
            RingEvent::Reset => {
                let config = RingConfig::new(self.start_nodes, self.vnodes, self.key_count);
                *self = RingSim::new(config, self.seed);
                Ok(RingOutcome::Reset {
                    nodes: self.node_ids(),
                    vnodes: self.vnodes,
                    keys: self.key_count,
                    load: self.load(),
                })
            }
        };
        result.unwrap_or_else(RingOutcome::Refused)
    }

    fn node_ids(&self) -> Vec<NodeId> {
        self.nodes.iter().map(|n| n.id).collect()
    }

    fn node_index(&self, id: NodeId) -> Option<usize> {
        self.nodes.iter().position(|n| n.id == id)
    }

    fn load_of(&self, owners: &[NodeId]) -> LoadStats {
        let mut counts = vec![0usize; self.nodes.len()];
        for &o in owners {
            if let Some(c) = self.node_index(o).and_then(|j| counts.get_mut(j)) {
                *c += 1;
            }
        }
        LoadStats::from_counts(counts)
    }

    /// Rebuilds the sorted vnode list and every key's owner.
    fn rebuild(&mut self) {
        self.ring = self
            .nodes
            .iter()
            .flat_map(|n| {
                (0..self.vnodes).map(move |index| VNode {
                    position: hash_name(&n.id.vnode_name(index)),
                    node: n.id,
                    index,
                })
            })
            .collect();
        // By position, then node and index (at most `MAX_VNODES` per node), as `VNode`'s order.
        crate::sort::sort_by_u64_keys(&mut self.ring, |v| {
            (
                u64::from(v.position),
                (v.node.index() as u64) << 32 | v.index as u64,
            )
        });
        self.reassign();
    }

    /// Recomputes every key's vnode and owner by binary search on the sorted ring.
    fn reassign(&mut self) {
        let ring = &self.ring;
        let keys = self.all_keys.get(..self.key_count).unwrap_or(&[]);
        self.landing = keys
            .iter()
            .map(|k| landing_index(ring, k.position))
            .collect();
        self.owners = self
            .landing
            .iter()
            .filter_map(|&i| ring.get(i).map(|v| v.node))
            .collect();
    }

    fn add_node(&mut self) -> Result<RingOutcome, Refusal> {
        self.can_add()?;
        let free: Vec<NodeId> = (0..NODE_NAMES)
            .filter_map(NodeId::from_index)
            .filter(|&id| self.node(id).is_none())
            .collect();
        let &id = free.choose(&mut self.rng).ok_or(Refusal::NoFreeName)?;
        let slot = (0..MAX_NODES)
            .find(|&s| self.nodes.iter().all(|n| n.slot != s))
            .unwrap_or(0);
        let node = Node {
            id,
            slot,
            position: hash_name(&id.vnode_name(0)),
        };
        let before = self.snapshot();
        self.nodes.push(node);
        self.rebuild();
        Ok(RingOutcome::Joined(self.record(
            MembershipChange::Added,
            node,
            before,
        )))
    }

    fn remove_random_node(&mut self) -> Result<RingOutcome, Refusal> {
        self.can_remove()?;
        let id = self.nodes.choose(&mut self.rng).ok_or(Refusal::NoNode)?.id;
        self.remove_node(id)
    }

    fn remove_node(&mut self, id: NodeId) -> Result<RingOutcome, Refusal> {
        let j = self.node_index(id).ok_or(Refusal::NotOnRing(id))?;
        let before = self.snapshot();
        let node = self.nodes.remove(j);
        self.rebuild();
        Ok(RingOutcome::Left(self.record(
            MembershipChange::Removed,
            node,
            before,
        )))
    }

    fn set_vnodes(&mut self, v: usize) -> RingOutcome {
        let vnodes = Clamped::new(v, MIN_VNODES, MAX_VNODES);
        if vnodes.used == self.vnodes {
            return RingOutcome::VnodesUnchanged { vnodes };
        }
        let old = self.owners.clone();
        self.vnodes = vnodes.used;
        self.rebuild();
        self.last_migration = None;
        RingOutcome::VnodesChanged {
            vnodes,
            ticks: self.ring.len(),
            owners_changed: old.iter().zip(&self.owners).filter(|(a, b)| a != b).count(),
            keys: self.key_count,
            load: self.load(),
        }
    }

    fn set_keys(&mut self, k: usize) -> RingOutcome {
        let keys = Clamped::new(k, MIN_KEYS, MAX_KEYS);
        if keys.used == self.key_count {
            return RingOutcome::KeysUnchanged { keys };
        }
        self.key_count = keys.used;
        self.reassign();
        self.last_migration = None;
        RingOutcome::KeysChanged {
            keys,
            load: self.load(),
        }
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            nodes: self.node_ids(),
            ring: self.ring.clone(),
            landing: self.landing.clone(),
        }
    }

    /// Compares the ring with its state before a join or leave and records the migration.
    fn record(&mut self, change: MembershipChange, node: Node, before: Snapshot) -> Migration {
        let keys = self.keys();
        let moves: Vec<KeyMove> = keys
            .iter()
            .enumerate()
            .filter_map(|(key, _)| {
                let from_vnode = *before.landing.get(key).and_then(|&i| before.ring.get(i))?;
                let to_vnode = *self.landing.get(key).and_then(|&i| self.ring.get(i))?;
                (from_vnode.node != to_vnode.node).then_some(KeyMove {
                    key,
                    from: from_vnode.node,
                    to: to_vnode.node,
                    from_vnode,
                    to_vnode,
                })
            })
            .collect();
        let after = self.node_ids();
        let moved_keys = keys
            .iter()
            .enumerate()
            .filter(|(_, k)| {
                mod_n_owner(&before.nodes, k.position) != mod_n_owner(&after, k.position)
            })
            .map(|(i, _)| i)
            .collect();
        let node_vnodes = match change {
            MembershipChange::Added => self.vnodes_of(node.id),
            MembershipChange::Removed => before
                .ring
                .iter()
                .copied()
                .filter(|v| v.node == node.id)
                .collect(),
        };
        let m = Migration {
            change,
            node,
            node_vnodes,
            moves,
            total_keys: self.key_count,
            mod_n: ModNMigration {
                n_before: before.nodes.len(),
                n_after: after.len(),
                moved_keys,
                total_keys: self.key_count,
            },
        };
        self.last_migration = Some(m.clone());
        m
    }
}

/// The ring as it was just before a join or leave.
struct Snapshot {
    nodes: Vec<NodeId>,
    ring: Vec<VNode>,
    landing: Vec<usize>,
}

/// The index in a sorted ring of the first vnode at or after `position`, wrapping to 0.
fn landing_index(ring: &[VNode], position: u32) -> usize {
    let i = ring.partition_point(|v| v.position < position);
    if i >= ring.len() {
        0
    } else {
        i
    }
}

/// The node a position maps to under `hash % N`, with nodes in shard order.
fn mod_n_owner(nodes: &[NodeId], position: u32) -> Option<NodeId> {
    let n = nodes.len().max(1);
    nodes.get(position as usize % n).copied()
}

fn share(part: usize, total: usize) -> f64 {
    if total == 0 {
        0.0
    } else {
        part as f64 / total as f64
    }
}

fn sorted_unique(ids: impl Iterator<Item = NodeId>) -> Vec<NodeId> {
    let mut v: Vec<NodeId> = ids.collect();
    crate::sort::sort_by_u64_key(&mut v, |n| n.index() as u64);
    v.dedup();
    v
}
