//! The chapter's closing architecture as one model: six shards by consistent hash on
//! `user_id`, each a leader and two followers (N = 3, W = 2, R = 2) plus three read replicas
//! for reporting, a three-node etcd cluster choosing each shard's leader, and shards 1–3 in
//! US-East, 4–6 in EU-West.
//!
//! It composes the smaller models' rules rather than re-deriving them: the router hashes
//! "user:<id>" with the hash ring's xxh32 ([`crate::hash_ring::hash_name`]); W + R > N is
//! [`crate::quorum::QuorumConfig::consistent`]; etcd needs a majority
//! ([`crate::election::vote::majority`]) of its nodes to grant a new leader.
//!
//! Choices where the chapter is loose, following real systems (Patroni on etcd, PostgreSQL):
//! - Single-leader replication with W/R quorums is a mix: here the leader waits for W − 1 = 1
//!   follower ack before it acknowledges a write (semi-synchronous replication); the other
//!   follower gets it [`FOLLOWER_LAG_MS`] later. A read asks R = 2 voters.
//! - The geographic overlay routes a user to their home region first and hashes within that
//!   region's three shards ([`Routing::GeoThenRing`]); hashing over all six
//!   ([`Routing::GlobalRing`]) puts about half the EU users' rows in US-East.
//! - A killed node loses its disk; a restarted one is a replacement that copies the log from
//!   the leader for [`CATCHUP_MS`] and counts for no quorum until then.
//! - etcd runs two nodes in US-East and one in EU-West (the chapter does not say). A leader
//!   that reaches no etcd majority keeps leading only while it reaches every voter of its
//!   shard (Patroni's failsafe mode; by default Patroni demotes it at once); otherwise it is
//!   demoted and refuses writes. No failover can happen meanwhile: a dead leader's lease expires after
//!   [`LEASE_TTL_MS`] and a new one needs an etcd majority reachable from the shard's region.
//!   While etcd itself has no majority its lease clocks stop; when the majority returns, its
//!   new leader renews every lease to the full TTL, so a failover waits [`LEASE_TTL_MS`] more.
//! - The chapter's 18 counts only the voting nodes (6 × 3); with the read replicas,
//!   6 × (1 + 2 + 3) is [`NODES`] = 36, plus 3 etcd nodes.

mod claims;
mod ring;
mod shard;
#[cfg(test)]
mod tests;

use std::collections::VecDeque;

use crate::election::vote::majority;
use crate::quorum::QuorumConfig;
use crate::rng::{seeded, SimRng};

pub use claims::{check, Claim, ClaimCheck, CLAIMS};
pub use ring::{user_key, user_position, Router, ShardRing, VNODES_PER_SHARD};
pub use shard::{ReadReplica, Shard, ShardNews, Voter, VoterState};

/// Shards, by consistent hash on `user_id`.
pub const SHARDS: usize = 6;
/// Voting nodes per shard (N): a leader and two followers.
pub const VOTERS: usize = 3;
/// The write quorum: the leader plus one follower.
pub const W: usize = 2;
/// The read quorum.
pub const R: usize = 2;
/// Asynchronous read replicas per shard, for reporting queries.
pub const READ_REPLICAS: usize = 3;
/// Nodes in the etcd cluster.
pub const ETCD_NODES: usize = 3;
/// Database nodes in all: 6 × (1 + 2 + 3) = 36; the chapter's 18 counts only the voting nodes.
pub const NODES: usize = SHARDS * (VOTERS + READ_REPLICAS);
/// The replication lag reporting queries accept.
pub const MAX_REPORT_LAG_MS: u64 = 30_000;
/// A healthy read replica's lag.
pub const REPLICA_LAG_MS: u64 = 400;
/// A lagged read replica's lag, past the 30 s bound.
pub const LAGGED_MS: u64 = 45_000;
/// How late the follower that does not ack gets each write.
pub const FOLLOWER_LAG_MS: u64 = 1_000;
/// How long a dead leader's etcd lease lives before another voter may take over.
pub const LEASE_TTL_MS: u64 = 5_000;
/// How long a replacement voter takes to copy the log.
pub const CATCHUP_MS: u64 = 3_000;
/// Requests a shard serves per second; more are refused as overload.
pub const CAPACITY_RPS: usize = 150;
/// Extra requests per second from the hot user.
pub const HOT_RPS: u32 = 300;
/// How long a request's dot stays on screen.
pub const FLIGHT_MS: u64 = 800;
/// User ids run 0 … USERS − 1; the first half live in US-East, the rest in EU-West.
pub const USERS: u32 = 10_000;
/// The hot user (an EU-West user).
pub const HOT_USER: u32 = 7_777;
/// The fewest requests per second the workload sends.
pub const MIN_RATE: u32 = 10;
/// The most requests per second the workload sends.
pub const MAX_RATE: u32 = 500;
/// Requests per second on a fresh cluster.
pub const DEFAULT_RATE: u32 = 60;
/// The most model time one [`ClusterSim::advance`] call lets pass.
pub const MAX_ADVANCE_MS: u64 = 120_000;
const LOG_KEEP_MS: u64 = 120_000;
const STEP_MS: u64 = 50;

/// The replication settings of every shard: N = 3, W = 2, R = 2, so W + R > N.
pub fn quorum() -> QuorumConfig {
    QuorumConfig::new(VOTERS, W, R)
}

/// A region of the cluster; data of a region's users must stay in it (GDPR).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Region {
    /// Shards 1–3.
    UsEast,
    /// Shards 4–6.
    EuWest,
}

impl Region {
    /// The region a shard (0-based) lives in: 0–2 US-East, 3–5 EU-West.
    pub fn of_shard(shard: usize) -> Region {
        if shard < SHARDS / 2 {
            Region::UsEast
        } else {
            Region::EuWest
        }
    }

    /// A user's home region: the first half of the ids in US-East.
    pub fn of_user(user: u32) -> Region {
        if user < USERS / 2 {
            Region::UsEast
        } else {
            Region::EuWest
        }
    }

    /// The region of etcd node `i`: two in US-East, one in EU-West.
    pub fn of_etcd(i: usize) -> Region {
        if i < 2 {
            Region::UsEast
        } else {
            Region::EuWest
        }
    }
}

/// How the router picks a shard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Routing {
    /// Home region first, then the consistent hash among its three shards.
    GeoThenRing,
    /// The consistent hash over all six shards, ignoring the region.
    GlobalRing,
}

/// What a request asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A write to the user's rows (needs W = 2).
    Write,
    /// A read of the user's rows (needs R = 2).
    Read,
    /// A reporting query, sent to a read replica.
    Report,
}

/// Any node of the cluster.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NodeRef {
    /// Voter `slot` (0 … 2) of `shard` (0 … 5).
    Voter {
        /// The shard.
        shard: usize,
        /// Its slot in the group.
        slot: usize,
    },
    /// Read replica `index` (0 … 2) of `shard`.
    Replica {
        /// The shard.
        shard: usize,
        /// Which replica.
        index: usize,
    },
    /// etcd node 0 … 2.
    Etcd(usize),
}

/// Why a request failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Failure {
    /// The shard is in the other region and the regions are cut apart.
    Unreachable,
    /// The shard has no leader (a failover is pending).
    NoLeader,
    /// The leader has no caught-up follower to make W = 2.
    NoWriteQuorum,
    /// Fewer than R = 2 voters run.
    NoReadQuorum,
    /// No read replica runs.
    NoReplica,
    /// The shard already serves its capacity this second.
    Overloaded,
    /// The leader reaches neither an etcd majority nor all its voters, so failsafe mode
    /// demoted it to read-only.
    Demoted,
}

/// How a request ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Served {
    /// Answered (a write acknowledged) by `node`.
    Ok(NodeRef),
    /// A report answered by a replica more than 30 s behind: stale data.
    Stale {
        /// The replica.
        node: NodeRef,
        /// How far behind it was.
        lag_ms: u64,
    },
    /// Refused.
    Failed(Failure),
}

/// One request and where it went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Request {
    /// When it arrived.
    pub at_ms: u64,
    /// The user.
    pub user: u32,
    /// Its kind.
    pub kind: Kind,
    /// Where the user is.
    pub from: Region,
    /// The shard the router chose.
    pub shard: usize,
    /// The result.
    pub result: Served,
}

/// Something that happens to the cluster.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClusterEvent {
    /// Kills a node (a voter loses its disk).
    Kill(NodeRef),
    /// Restarts a node (a voter comes back empty and copies the log).
    Restart(NodeRef),
    /// Kills a shard's leader.
    KillLeader(usize),
    /// Kills a shard's leader and its acking follower at the same moment.
    KillTwo(usize),
    /// Lags a read replica past 30 s (true) or lets it catch up (false).
    LagReplica {
        /// The shard.
        shard: usize,
        /// Which replica.
        index: usize,
        /// Lagged or not.
        lagged: bool,
    },
    /// Cuts the link between the regions (true) or heals it.
    Partition(bool),
    /// Kills two of the three etcd nodes.
    LoseEtcdQuorum,
    /// Restarts every etcd node.
    HealEtcd,
    /// Turns the hot user's extra traffic on or off.
    HotUser(bool),
    /// Changes the router.
    SetRouting(Routing),
    /// Changes the workload's requests per second (clamped).
    SetRate(u32),
    /// Restarts every node, heals the partition and stops the hot user and lags.
    HealAll,
    /// One request from `user`.
    Request {
        /// The user.
        user: u32,
        /// Its kind.
        kind: Kind,
    },
}

/// What an event or the passing of time did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClusterOutcome {
    /// The node was killed.
    Killed(NodeRef),
    /// The node was restarted.
    Restarted(NodeRef),
    /// It was down already (or there is no such node).
    AlreadyDown(NodeRef),
    /// It was running already (or there is no such node).
    AlreadyUp(NodeRef),
    /// The shard has no leader to kill.
    NoLeader(usize),
    /// A replacement voter finished copying the log.
    CaughtUp(NodeRef),
    /// etcd chose a new leader for `shard`.
    Elected {
        /// The shard.
        shard: usize,
        /// The new leader's slot.
        slot: usize,
        /// From the old leader's death.
        failover_ms: u64,
    },
    /// Acknowledged writes gone for good in `shard`.
    WritesLost {
        /// The shard.
        shard: usize,
        /// How many.
        count: u64,
    },
    /// A read replica's lag setting changed.
    Lagged {
        /// The shard.
        shard: usize,
        /// Which replica.
        index: usize,
        /// Lagged now.
        lagged: bool,
    },
    /// The partition is now on (true) or healed.
    Partitioned(bool),
    /// The hot user is now on or off.
    HotUser(bool),
    /// The router changed.
    Routing(Routing),
    /// The workload's rate, after clamping.
    Rate(u32),
    /// Everything is running again.
    Healed,
    /// A request and its result.
    Served(Request),
}

/// The whole cluster, its workload and its clock.
#[derive(Debug, Clone)]
pub struct ClusterSim {
    shards: Vec<Shard>,
    etcd_up: [bool; ETCD_NODES],
    partitioned: bool,
    hot_user: bool,
    routing: Routing,
    rate: u32,
    router: Router,
    now_ms: u64,
    carry: u64,
    hot_carry: u64,
    in_flight: VecDeque<Request>,
    totals: Totals,
    rng: SimRng,
    seed: u64,
}

/// Counts since the start, for the summary.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    /// Requests answered.
    pub ok: u64,
    /// Reports answered with data older than 30 s.
    pub stale: u64,
    /// Requests refused.
    pub failed: u64,
    /// Writes acknowledged.
    pub writes_acked: u64,
}

impl ClusterSim {
    /// A healthy cluster with the given router and rate (clamped), its workload seeded.
    pub fn new(routing: Routing, rate: u32, seed: u64) -> Self {
        ClusterSim {
            shards: (0..SHARDS).map(Shard::new).collect(),
            etcd_up: [true; ETCD_NODES],
            partitioned: false,
            hot_user: false,
            routing,
            rate: rate.clamp(MIN_RATE, MAX_RATE),
            router: Router::default(),
            now_ms: 0,
            carry: 0,
            hot_carry: 0,
            in_flight: VecDeque::new(),
            totals: Totals::default(),
            rng: seeded(seed),
            seed,
        }
    }

    /// The six shard groups.
    pub fn shards(&self) -> &[Shard] {
        &self.shards
    }

    /// Whether each etcd node runs.
    pub fn etcd_up(&self) -> [bool; ETCD_NODES] {
        self.etcd_up
    }

    /// Whether the regions are cut apart.
    pub fn partitioned(&self) -> bool {
        self.partitioned
    }

    /// Whether the hot user sends its extra traffic.
    pub fn hot_user(&self) -> bool {
        self.hot_user
    }

    /// The router in use.
    pub fn routing(&self) -> Routing {
        self.routing
    }

    /// The workload's requests per second.
    pub fn rate(&self) -> u32 {
        self.rate
    }

    /// The seed of the workload.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// Model time in milliseconds.
    pub fn now_ms(&self) -> u64 {
        self.now_ms
    }

    /// The requests of the last [`FLIGHT_MS`], oldest first (the dots on screen).
    pub fn in_flight(&self) -> &VecDeque<Request> {
        &self.in_flight
    }

    /// Counts since the start.
    pub fn totals(&self) -> Totals {
        self.totals
    }

    /// The router's rings.
    pub fn router(&self) -> &Router {
        &self.router
    }

    /// The shard the router sends `user` to now.
    pub fn route(&self, user: u32) -> usize {
        self.router.route(self.routing, user)
    }

    /// How many etcd nodes a shard in `region` can reach.
    pub fn etcd_reachable(&self, region: Region) -> usize {
        (0..ETCD_NODES)
            .filter(|&i| self.etcd_up[i] && (!self.partitioned || Region::of_etcd(i) == region))
            .count()
    }

    /// Whether a majority of the etcd nodes run, so etcd has a leader of its own and its
    /// lease clocks run (whatever the partition lets each region reach).
    pub fn etcd_has_majority(&self) -> bool {
        self.etcd_up.iter().filter(|&&u| u).count() >= majority(ETCD_NODES)
    }

    /// Whether etcd can grant a new leader to a shard in `region`: a majority of its nodes
    /// reachable from there.
    pub fn etcd_quorum(&self, region: Region) -> bool {
        self.etcd_reachable(region) >= majority(ETCD_NODES)
    }

    /// Patroni's failsafe mode: a leader cut off from an etcd majority keeps its role only
    /// while it reaches every voter of its shard; otherwise it is demoted until etcd or the
    /// missing voter is back.
    fn failsafe(&mut self) {
        for i in 0..SHARDS {
            let cut_off = !self.etcd_quorum(Region::of_shard(i));
            let s = &mut self.shards[i];
            s.demoted = s.leader.is_some() && cut_off && s.voters_up() < VOTERS;
        }
    }

    /// Whether a client in `from` can reach `shard`.
    pub fn reachable(&self, from: Region, shard: usize) -> bool {
        !self.partitioned || Region::of_shard(shard) == from
    }
}

mod events;
