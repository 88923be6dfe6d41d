//! The router: consistent hashing of `user_id` onto the shards, with the geographic overlay.

use crate::hash_ring::hash_name;

use super::{Region, Routing, SHARDS};

/// Virtual nodes per shard on the router's ring: enough that three shards split a region's
/// users roughly evenly (the chapter's consistent hash-based sharding on `user_id`).
pub const VNODES_PER_SHARD: usize = 32;

/// A ring of shard positions: each shard appears [`VNODES_PER_SHARD`] times, at the xxh32 hash
/// of "shard-k#i" (the same hash as the consistent-hash-ring sim); a key belongs to the first
/// position at or after its own, clockwise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShardRing {
    points: Vec<(u32, usize)>,
}

impl ShardRing {
    /// The ring over the given shards (0-based indices).
    pub fn new(shards: impl IntoIterator<Item = usize>) -> Self {
        let mut points: Vec<(u32, usize)> = shards
            .into_iter()
            .flat_map(|s| (0..VNODES_PER_SHARD).map(move |v| (s, v)))
            .map(|(s, v)| (hash_name(&format!("shard-{}#{v}", s + 1)), s))
            .collect();
        crate::sort::sort_by_u64_keys(&mut points, |&(h, s)| (u64::from(h), s as u64));
        ShardRing { points }
    }

    /// The positions on the ring and their shards, in clockwise order.
    pub fn points(&self) -> &[(u32, usize)] {
        &self.points
    }

    /// The shard owning `position`: the first point at or after it, wrapping past the top.
    pub fn owner(&self, position: u32) -> Option<usize> {
        let i = self.points.partition_point(|&(p, _)| p < position);
        self.points
            .get(i)
            .or_else(|| self.points.first())
            .map(|&(_, s)| s)
    }
}

/// The key a user's rows are stored under, "user:<id>", as in the hash-ring sim.
pub fn user_key(user: u32) -> String {
    format!("user:{user}")
}

/// Where a user's key sits on the ring.
pub fn user_position(user: u32) -> u32 {
    hash_name(&user_key(user))
}

/// The three rings a router needs: one per region (the geographic overlay) and one over all six
/// shards (hashing without the overlay).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Router {
    us: ShardRing,
    eu: ShardRing,
    all: ShardRing,
}

impl Default for Router {
    fn default() -> Self {
        Router {
            us: ShardRing::new((0..SHARDS).filter(|&s| Region::of_shard(s) == Region::UsEast)),
            eu: ShardRing::new((0..SHARDS).filter(|&s| Region::of_shard(s) == Region::EuWest)),
            all: ShardRing::new(0..SHARDS),
        }
    }
}

impl Router {
    /// The ring a user is hashed on under `routing`: their home region's three shards with the
    /// overlay, all six without it.
    pub fn ring(&self, routing: Routing, user: u32) -> &ShardRing {
        match (routing, Region::of_user(user)) {
            (Routing::GlobalRing, _) => &self.all,
            (Routing::GeoThenRing, Region::UsEast) => &self.us,
            (Routing::GeoThenRing, Region::EuWest) => &self.eu,
        }
    }

    /// The shard holding `user`'s data under `routing`.
    pub fn route(&self, routing: Routing, user: u32) -> usize {
        self.ring(routing, user)
            .owner(user_position(user))
            .unwrap_or(0)
    }
}
