//! What the canvas draws, computed once each time the ring changes rather than on every
//! frame: node markers, vnode ticks and owned arcs grouped by colour, every key's angle and
//! owner, the keys that migrated in the last join or leave, the histogram before and after,
//! and the owner lookup of the inspected key.

use std::rc::Rc;

use dsim_core::hash_ring::{
    clockwise_distance, to_degrees, KeyLookup, LoadStats, MembershipChange, Migration, NodeId,
    RingSim, MAX_NODES, NODE_NAMES,
};
use dsim_ui::polar::unit;

/// Colour slots: one per node that can be on the ring at once.
pub const SLOTS: usize = MAX_NODES;

/// One list per colour slot.
pub type BySlot<T> = [Vec<T>; SLOTS];

/// One key's place on the ring, for drawing.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct KeyGeom {
    /// Compass angle.
    pub deg: f64,
    /// Unit vector towards it.
    pub ux: f64,
    /// Unit vector towards it.
    pub uy: f64,
    /// 0–1: where in the density band it is drawn (from its hash, so it never jumps).
    pub jitter: f64,
}

/// Per-key data that depends only on which keys are on the ring (not on the nodes), kept
/// until the number of keys changes.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyCache {
    /// Each key's geometry, in key order.
    pub geoms: Vec<KeyGeom>,
    /// Key indices in clockwise order from 0°: the order "Inspect key" walks through.
    pub clockwise: Vec<u32>,
    /// Each key's place in `clockwise`.
    pub rank: Vec<u32>,
    /// The labels of the first keys ("73980" for user:73980), for the labelled drawing.
    pub labels: Vec<String>,
}

impl KeyCache {
    /// The cache for the keys now on the ring.
    pub fn new(sim: &RingSim) -> Self {
        let keys = sim.keys();
        let geoms = keys
            .iter()
            .map(|k| {
                let deg = to_degrees(k.position);
                let (ux, uy) = unit(deg);
                // Mix the hash so the spread across the band does not follow the angle.
                let mixed = k.position.wrapping_mul(0x9E37_79B1).rotate_left(13);
                KeyGeom {
                    deg,
                    ux,
                    uy,
                    jitter: f64::from(mixed >> 8) / f64::from(1u32 << 24),
                }
            })
            .collect();
        let mut clockwise: Vec<u32> = (0..keys.len() as u32).collect();
        dsim_core::sort::sort_by_u64_keys(&mut clockwise, |&i| {
            (u64::from(keys[i as usize].position), u64::from(i))
        });
        let mut rank = vec![0u32; keys.len()];
        for (r, &i) in clockwise.iter().enumerate() {
            rank[i as usize] = r as u32;
        }
        let labels = keys
            .iter()
            .take(crate::layout::LABEL_MAX)
            .map(|k| k.number.to_string())
            .collect();
        KeyCache {
            geoms,
            clockwise,
            rank,
            labels,
        }
    }

    /// How many keys it describes.
    pub fn len(&self) -> usize {
        self.geoms.len()
    }

    /// The longest label, in characters.
    pub fn label_chars(&self) -> usize {
        self.labels.iter().map(String::len).max().unwrap_or(5)
    }

    /// Whether it describes no key.
    pub fn is_empty(&self) -> bool {
        self.geoms.is_empty()
    }

    /// The key whose angle is nearest to `deg` (either direction), with its angle.
    pub fn nearest(&self, deg: f64) -> Option<(usize, f64)> {
        let n = self.clockwise.len();
        if n == 0 {
            return None;
        }
        let at = |r: usize| self.clockwise[r % n] as usize;
        let first = self
            .clockwise
            .partition_point(|&i| self.geoms[i as usize].deg < deg);
        let gap = |i: usize| {
            let d = (self.geoms[i].deg - deg).rem_euclid(360.0);
            d.min(360.0 - d)
        };
        let (after, before) = (at(first), at(first + n - 1));
        let best = if gap(after) <= gap(before) {
            after
        } else {
            before
        };
        Some((best, self.geoms[best].deg))
    }
}

/// A physical node's marker.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NodeMark {
    /// Which node.
    pub id: NodeId,
    /// Its colour slot.
    pub slot: usize,
    /// Where its marker sits: its vnode #0.
    pub deg: f64,
    /// How many keys it owns.
    pub keys: usize,
}

/// The node that just left, drawn fading out while its keys move away.
#[derive(Debug, Clone, PartialEq)]
pub struct Ghost {
    /// Its marker.
    pub mark: NodeMark,
    /// Where its vnodes were.
    pub ticks: Vec<f64>,
}

/// One key that changed owner in the last join or leave.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MoveGeom {
    /// The key's index.
    pub key: u32,
    /// Colour slot of its old owner.
    pub from: u8,
    /// Colour slot of its new owner.
    pub to: u8,
    /// Degrees from the key clockwise to the vnode that owns it now: the walk it animates.
    pub walk: f64,
}

/// One bar of the histogram of keys per node.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bar {
    /// The node's letter.
    pub letter: char,
    /// Its colour slot.
    pub slot: usize,
    /// Keys before the last join or leave.
    pub before: usize,
    /// Keys now.
    pub after: usize,
    /// The node just left (its bar shrinks to nothing).
    pub gone: bool,
    /// The node just joined (its bar grows from nothing).
    pub joined: bool,
}

/// The owner lookup of the inspected key: the clockwise walk to its vnode.
#[derive(Debug, Clone, PartialEq)]
pub struct Lookup {
    /// The key's index.
    pub key: usize,
    /// Its angle.
    pub key_deg: f64,
    /// The vnode it lands on: angle.
    pub vnode_deg: f64,
    /// The vnode before it (the exclusive start of the key's arc): angle.
    pub start_deg: f64,
    /// Degrees walked clockwise from the key to its vnode.
    pub walk: f64,
    /// The owner's colour slot.
    pub owner_slot: usize,
    /// The owner's letter.
    pub owner: char,
    /// "Node C#3".
    pub vnode_name: String,
}

/// Everything one frame draws, grouped by colour so each colour is one canvas path.
#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    /// The physical nodes, in joining order.
    pub nodes: Vec<NodeMark>,
    /// The node that left in the last change, if it was a leave.
    pub ghost: Option<Ghost>,
    /// The node that joined in the last change, if it was a join.
    pub joined: Option<NodeId>,
    /// The letter of the node in each colour slot (including the one that just left).
    pub slot_letters: [char; SLOTS],
    /// Vnode angles by colour slot.
    pub ticks: [Vec<f64>; SLOTS],
    /// The arcs each colour owns: (from, to] clockwise, by colour slot.
    pub arcs: [Vec<(f64, f64)>; SLOTS],
    /// Key angles and order.
    pub keys: Rc<KeyCache>,
    /// Each key's owner's colour slot.
    pub owner: Vec<u8>,
    /// Keys that did not move in the last change, by owner colour slot.
    pub still: [Vec<u32>; SLOTS],
    /// Keys that moved in the last change.
    pub moves: Vec<MoveGeom>,
    /// Indices into `moves` by the old owner's colour slot.
    pub moves_from: [Vec<u32>; SLOTS],
    /// Indices into `moves` by the new owner's colour slot.
    pub moves_to: [Vec<u32>; SLOTS],
    /// Whether each key moved in the last change.
    pub moved: Vec<bool>,
    /// The histogram, in joining order (a node that just left comes last).
    pub bars: Vec<Bar>,
    /// Load statistics now.
    pub load: LoadStats,
    /// The inspected key's lookup.
    pub lookup: Option<Lookup>,
}

impl Scene {
    /// The scene of the ring as it is now, with `selected` inspected.
    pub fn new(sim: &RingSim, keys: Rc<KeyCache>, selected: Option<usize>) -> Self {
        let migration = sim.last_migration();
        let slots = Slots::new(sim);
        let load = sim.load();
        let nodes: Vec<NodeMark> = sim
            .nodes()
            .iter()
            .zip(&load.counts)
            .map(|(n, &keys)| NodeMark {
                id: n.id,
                slot: n.slot.min(SLOTS - 1),
                deg: to_degrees(n.position),
                keys,
            })
            .collect();
        let (ticks, arcs) = ticks_and_arcs(sim, &slots);
        let count = keys.len().min(sim.keys().len());
        let owner: Vec<u8> = sim.owners()[..count]
            .iter()
            .map(|&o| slots.of(o) as u8)
            .collect();
        let (moves, moved) = key_moves(sim, &slots, count);
        let (still, moves_from, moves_to) = group_keys(&owner, &moved, &moves);
        let mut bars = bars(&nodes, &moves, migration);
        let ghost = migration
            .filter(|m| m.change == MembershipChange::Removed)
            .map(|m| ghost(m, &mut bars));
        let joined = migration
            .filter(|m| m.change == MembershipChange::Added)
            .map(|m| m.node.id);
        let lookup = selected
            .and_then(|k| sim.lookup(k))
            .map(|l| Lookup::new(&l, &slots));
        Scene {
            nodes,
            ghost,
            joined,
            slot_letters: slots.letters,
            ticks,
            arcs,
            keys,
            owner,
            still,
            moves,
            moves_from,
            moves_to,
            moved,
            bars,
            load,
            lookup,
        }
    }

    /// How many keys are drawn.
    pub fn key_count(&self) -> usize {
        self.owner.len()
    }
}

/// Which colour slot each node has, including the node that just left (whose slot no one
/// has taken yet).
struct Slots {
    by_node: [usize; NODE_NAMES],
    letters: [char; SLOTS],
}

impl Slots {
    fn new(sim: &RingSim) -> Self {
        let mut slots = Slots {
            by_node: [0; NODE_NAMES],
            letters: ['?'; SLOTS],
        };
        let left = sim.last_migration().map(|m| m.node);
        for n in left.iter().chain(sim.nodes()) {
            if let Some(s) = slots.by_node.get_mut(n.id.index()) {
                *s = n.slot;
            }
            if let Some(l) = slots.letters.get_mut(n.slot) {
                *l = n.id.letter();
            }
        }
        slots
    }

    /// The node's colour slot.
    fn of(&self, id: NodeId) -> usize {
        self.by_node
            .get(id.index())
            .copied()
            .unwrap_or(0)
            .min(SLOTS - 1)
    }
}

/// Vnode angles and owned arcs, by colour slot.
fn ticks_and_arcs(sim: &RingSim, slots: &Slots) -> (BySlot<f64>, BySlot<(f64, f64)>) {
    let mut ticks: [Vec<f64>; SLOTS] = Default::default();
    let mut arcs: [Vec<(f64, f64)>; SLOTS] = Default::default();
    for (i, v) in sim.ring().iter().enumerate() {
        let s = slots.of(v.node);
        ticks[s].push(v.degrees());
        let start = sim.arc_start(i).map(to_degrees).unwrap_or(v.degrees());
        arcs[s].push((start, v.degrees()));
    }
    (ticks, arcs)
}

/// The keys (of the first `count`) that moved in the last join or leave, and a flag per key.
fn key_moves(sim: &RingSim, slots: &Slots, count: usize) -> (Vec<MoveGeom>, Vec<bool>) {
    let mut moved = vec![false; count];
    let mut moves = Vec::new();
    let Some(m) = sim.last_migration() else {
        return (moves, moved);
    };
    for mv in &m.moves {
        let Some(k) = sim.keys().get(mv.key) else {
            continue;
        };
        if let Some(flag) = moved.get_mut(mv.key) {
            *flag = true;
        }
        moves.push(MoveGeom {
            key: mv.key as u32,
            from: slots.of(mv.from) as u8,
            to: slots.of(mv.to) as u8,
            walk: to_degrees(clockwise_distance(k.position, mv.to_vnode.position)),
        });
    }
    (moves, moved)
}

/// Keys grouped by colour for drawing: the keys that stayed, by owner; the moves, by old owner
/// and by new owner.
fn group_keys(
    owner: &[u8],
    moved: &[bool],
    moves: &[MoveGeom],
) -> (BySlot<u32>, BySlot<u32>, BySlot<u32>) {
    let mut still: [Vec<u32>; SLOTS] = Default::default();
    for (k, (&o, &m)) in owner.iter().zip(moved).enumerate() {
        if !m {
            still[usize::from(o)].push(k as u32);
        }
    }
    let mut moves_from: [Vec<u32>; SLOTS] = Default::default();
    let mut moves_to: [Vec<u32>; SLOTS] = Default::default();
    for (i, mv) in moves.iter().enumerate() {
        moves_from[usize::from(mv.from)].push(i as u32);
        moves_to[usize::from(mv.to)].push(i as u32);
    }
    (still, moves_from, moves_to)
}

/// The histogram's bars for the nodes on the ring, before and after the last change.
fn bars(nodes: &[NodeMark], moves: &[MoveGeom], migration: Option<&Migration>) -> Vec<Bar> {
    nodes
        .iter()
        .map(|n| {
            let lost = moves
                .iter()
                .filter(|m| usize::from(m.from) == n.slot)
                .count();
            let won = moves.iter().filter(|m| usize::from(m.to) == n.slot).count();
            Bar {
                letter: n.id.letter(),
                slot: n.slot,
                before: n.keys + lost - won.min(n.keys + lost),
                after: n.keys,
                gone: false,
                joined: migration
                    .is_some_and(|m| m.change == MembershipChange::Added && m.node.id == n.id),
            }
        })
        .collect()
}

/// The node that just left, drawn fading out; its bar (emptying) goes last in `bars`.
fn ghost(m: &Migration, bars: &mut Vec<Bar>) -> Ghost {
    let mark = NodeMark {
        id: m.node.id,
        slot: m.node.slot.min(SLOTS - 1),
        deg: to_degrees(m.node.position),
        keys: 0,
    };
    bars.push(Bar {
        letter: m.node.id.letter(),
        slot: mark.slot,
        before: m.moved(),
        after: 0,
        gone: true,
        joined: false,
    });
    Ghost {
        mark,
        ticks: m.node_vnodes.iter().map(|v| v.degrees()).collect(),
    }
}

impl Lookup {
    fn new(l: &KeyLookup, slots: &Slots) -> Self {
        Lookup {
            key: l.key,
            key_deg: l.degrees,
            vnode_deg: l.vnode.degrees(),
            start_deg: l.arc_start.degrees(),
            walk: to_degrees(l.distance),
            owner_slot: slots.of(l.owner),
            owner: l.owner.letter(),
            vnode_name: crate::text::vnode_name(&l.vnode),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsim_core::hash_ring::{RingConfig, RingEvent};

    fn scene(sim: &RingSim, selected: Option<usize>) -> Scene {
        Scene::new(sim, Rc::new(KeyCache::new(sim)), selected)
    }

    #[test]
    fn a_fresh_ring_groups_every_key_and_tick_by_its_owner() {
        let sim = RingSim::new(RingConfig::new(5, 3, 100), 42);
        let s = scene(&sim, None);
        assert_eq!(s.nodes.len(), 5);
        assert_eq!(s.ticks.iter().map(Vec::len).sum::<usize>(), 15);
        assert_eq!(s.arcs.iter().map(Vec::len).sum::<usize>(), 15);
        assert_eq!(s.still.iter().map(Vec::len).sum::<usize>(), 100);
        assert!(s.moves.is_empty() && s.ghost.is_none() && s.joined.is_none());
        for (slot, keys) in s.still.iter().enumerate() {
            for &k in keys {
                assert_eq!(usize::from(s.owner[k as usize]), slot);
                let owner = sim.owner_of(k as usize).unwrap();
                assert_eq!(s.slot_letters[slot], owner.letter());
            }
        }
        // The arcs cover the ring exactly once.
        let total: f64 = s
            .arcs
            .iter()
            .flatten()
            .map(|&(a, b)| (b - a).rem_euclid(360.0))
            .sum();
        assert!((total - 360.0).abs() < 1e-6, "{total}");
        let bars: Vec<usize> = s.bars.iter().map(|b| b.after).collect();
        assert_eq!(bars, sim.load().counts);
        assert!(s.bars.iter().all(|b| b.before == b.after));
    }

    #[test]
    fn a_join_records_the_moves_and_the_histogram_before_and_after() {
        let mut sim = RingSim::new(RingConfig::new(5, 4, 500), 3);
        let before = sim.load().counts;
        sim.apply(RingEvent::AddNode);
        let s = scene(&sim, None);
        let m = sim.last_migration().unwrap();
        assert_eq!(s.moves.len(), m.moved());
        assert_eq!(s.joined, Some(m.node.id));
        let new_slot = m.node.slot as u8;
        assert!(s
            .moves
            .iter()
            .all(|mv| mv.to == new_slot && mv.from != new_slot));
        assert!(s.moves.iter().all(|mv| mv.walk >= 0.0 && mv.walk < 360.0));
        assert_eq!(s.moved.iter().filter(|&&m| m).count(), m.moved());
        assert_eq!(
            s.still.iter().map(Vec::len).sum::<usize>() + s.moves.len(),
            500
        );
        let befores: Vec<usize> = s.bars.iter().map(|b| b.before).collect();
        assert_eq!(&befores[..5], &before[..]);
        assert_eq!(befores[5], 0);
        assert!(s.bars[5].joined);
        assert_eq!(s.bars[5].after, m.moved());
    }

    #[test]
    fn a_leave_keeps_a_ghost_whose_bar_empties() {
        let mut sim = RingSim::new(RingConfig::new(6, 2, 60), 9);
        let c = sim.nodes()[2].id;
        let owned = sim.load().counts[2];
        sim.apply(RingEvent::RemoveNodeById(c));
        let s = scene(&sim, None);
        let ghost = s.ghost.as_ref().unwrap();
        assert_eq!(ghost.mark.id, c);
        assert_eq!(ghost.ticks.len(), 2);
        assert_eq!(s.moves.len(), owned);
        assert_eq!(s.slot_letters[ghost.mark.slot], c.letter());
        let last = s.bars.last().unwrap();
        assert!(last.gone && last.before == owned && last.after == 0);
        assert_eq!(s.bars.iter().map(|b| b.before).sum::<usize>(), 60);
        assert_eq!(s.bars.iter().map(|b| b.after).sum::<usize>(), 60);
    }

    #[test]
    fn the_lookup_walks_to_the_owner() {
        let sim = RingSim::new(RingConfig::default(), 42);
        let s = scene(&sim, Some(3));
        let l = s.lookup.unwrap();
        let owner = sim.owner_of(3).unwrap();
        assert_eq!(l.owner, owner.letter());
        assert!(((l.key_deg + l.walk) % 360.0 - l.vnode_deg).abs() < 1e-6);
        assert!(l.vnode_name.starts_with(&crate::text::node_name(owner)));
        assert!(scene(&sim, Some(12)).lookup.is_none());
    }

    #[test]
    fn keys_are_found_by_angle_and_ordered_clockwise() {
        let sim = RingSim::new(RingConfig::new(5, 1, 1000), 1);
        let cache = KeyCache::new(&sim);
        let degs: Vec<f64> = cache
            .clockwise
            .iter()
            .map(|&i| cache.geoms[i as usize].deg)
            .collect();
        assert!(degs.windows(2).all(|w| w[0] <= w[1]));
        for (r, &i) in cache.clockwise.iter().enumerate() {
            assert_eq!(cache.rank[i as usize] as usize, r);
        }
        for probe in [0.0, 0.01, 90.0, 180.5, 359.99] {
            let (k, deg) = cache.nearest(probe).unwrap();
            let gap = |d: f64| {
                let x = (d - probe).rem_euclid(360.0);
                x.min(360.0 - x)
            };
            let best = cache
                .geoms
                .iter()
                .map(|g| gap(g.deg))
                .fold(f64::MAX, f64::min);
            assert!((gap(deg) - best).abs() < 1e-12);
            assert_eq!(cache.geoms[k].deg, deg);
        }
        assert!(cache.geoms.iter().all(|g| (0.0..1.0).contains(&g.jitter)));
        assert_eq!(cache.labels.len(), crate::layout::LABEL_MAX);
    }
}
