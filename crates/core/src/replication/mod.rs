//! Three replication topologies side by side, each keeping five copies of one key in sync:
//! single-leader, multi-leader and leaderless.
//!
//! Time is a logical clock in milliseconds, moved only by [`ReplicationSim::advance`]. Every
//! request, replicated entry, acknowledgement and read answer is a [`Message`] with a send and
//! an arrival time, so a canvas can draw it as a pulse; a message never overtakes an earlier
//! one on the same link (as on a TCP connection). One-way network delays are the configured
//! delay plus up to a quarter of it at random; the two multi-leader leaders are twice as far
//! apart (different regions).
//!
//! * **Single-Leader** ([`SingleLeader`]): the client writes to the leader (Node 1), which
//!   appends the write to its replication log and streams the log to the replicas; each replica
//!   applies the entries in log order after the replication lag (0–5 s) plus the network
//!   delay. With asynchronous replication the leader acknowledges at once; with synchronous
//!   replication it first waits until every live replica has applied the entry (PostgreSQL's
//!   `synchronous_commit = remote_apply` with every standby synchronous; real deployments often
//!   make only one standby synchronous, which gives the same no-loss guarantee when the most
//!   up-to-date replica is promoted). If the leader fails, the most up-to-date live replica is
//!   promoted (Patroni, MHA, Raft's election rule) and writes no replica had applied are lost,
//!   even acknowledged ones. Reads go to a replica or the leader; with read-after-write routing
//!   on, a read goes to the leader whenever the chosen replica may lack the client's latest
//!   write (the client's write is still in progress, or the replica has not applied its log
//!   position), which is how ProxySQL's GTID-based causal reads and MongoDB's causally
//!   consistent sessions route; the chapter's simpler rule of thumb, "route reads to the leader
//!   for resources the user just modified", is the same idea with a time window.
//! * **Multi-Leader** ([`MultiLeader`]): Nodes 1 and 3 accept writes (client A near Node 1,
//!   client B near Node 3), apply them, and replicate them to every other node. Version vectors
//!   detect concurrent writes whenever they meet; the policy is last-write-wins or
//!   keep-siblings.
//! * **Leaderless** ([`Leaderless`]): quorum writes to W replicas and reads from R replicas of
//!   N = 5, with read repair; replicas can be failed and restored. Quorums do not settle two
//!   clients writing the same key at once: last-write-wins drops one acknowledged write,
//!   version vectors keep both as siblings for the reader to merge.
//!
//! With the client in a far region ([`ReplicationConfig::client_far`]), Single-Leader's and
//! Leaderless's client messages take [`FAR_REGION_FACTOR`] times the network delay (the leader
//! and the replicas are in the near region); Multi-Leader's clients always write to a leader in
//! their own region.
//!
//! [`ReplicationSim::apply`] returns a typed [`Outcome`] and [`ReplicationSim::advance`] typed
//! [`Note`]s: the nodes, values, versions and verdicts, never sentences. Invalid events (a
//! node that does not exist, failing the last node, changing the conflict policy while
//! conflicts are in flight...) change nothing and return [`Outcome::Rejected`] with the
//! reason.

mod leaderless;
mod multi;
mod net;
mod outcome;
mod single;

#[cfg(test)]
mod tests;

pub use leaderless::{merge_values, Leaderless, LlNode, LlRead, LlValue, LlWrite, QuorumStatus};
pub use multi::{
    compare, Causality, Conflict, ConflictPolicy, Dot, MlNode, MlVersion, MlWrite, MultiLeader,
    Resolution, VersionVector, CLIENT_NAMES, LEADERS,
};
pub use net::{Cargo, Endpoint, Message, MessageKind};
pub use outcome::{
    FailedOver, LlNote, LlOutcome, MlNote, MlOutcome, NodeFailed, Note, NoteKind, Outcome,
    ReadAnswer, ReadRedirect, Rejection, SlNote, SlOutcome,
};
pub use single::{
    Failover, LogEntry, LogPos, ReadRoute, ReadVerdict, ReplicaStatus, ServedRead, SingleLeader,
    SlNode, SlRead, SlWrite, SlWriteStatus, FAILURE_DETECTOR_TIMEOUT_MS, INITIAL_VALUE,
};

use rand::Rng;

use crate::quorum::QuorumConfig;
use crate::rng::seeded;

/// Every panel has five nodes.
pub const NODES: usize = 5;
/// The largest replication lag the slider offers (ms).
pub const MAX_LAG_MS: u64 = 5_000;
/// The replication lag when none is given (ms).
pub const DEFAULT_LAG_MS: u64 = 1_000;
/// The shortest one-way network delay accepted (ms).
pub const MIN_NETWORK_DELAY_MS: u64 = 10;
/// The longest one-way network delay accepted (ms).
pub const MAX_NETWORK_DELAY_MS: u64 = 2_000;
/// The one-way network delay when none is given (ms): long enough to watch a pulse travel.
pub const DEFAULT_NETWORK_DELAY_MS: u64 = 200;
/// How many times the network delay a message between a far-region client and the near
/// region takes: the same distance as between Multi-Leader's two leaders.
pub const FAR_REGION_FACTOR: u64 = 2;
/// New client operations are refused while a panel has this many messages in flight.
pub const MAX_IN_FLIGHT: usize = 200;
/// Past this many finished operations (or conflicts), a panel forgets the oldest.
pub const HISTORY_CAP: usize = 200;

/// The three replication topologies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Topology {
    /// One leader takes every write and streams its log to read replicas.
    SingleLeader,
    /// Several leaders take writes and replicate to each other; conflicts must be resolved.
    MultiLeader,
    /// Any replica takes reads and writes; quorums of W and R keep them consistent.
    Leaderless,
}

impl Topology {
    /// The three, in panel order.
    pub const ALL: [Topology; 3] = [
        Topology::SingleLeader,
        Topology::MultiLeader,
        Topology::Leaderless,
    ];

    /// The name used in a link's `?topology=` parameter.
    pub fn slug(self) -> &'static str {
        match self {
            Topology::SingleLeader => "single-leader",
            Topology::MultiLeader => "multi-leader",
            Topology::Leaderless => "leaderless",
        }
    }

    /// The topology whose [`slug`](Topology::slug) is `s` (case-insensitive).
    pub fn from_slug(s: &str) -> Option<Topology> {
        Topology::ALL
            .into_iter()
            .find(|t| t.slug().eq_ignore_ascii_case(s.trim()))
    }

    /// The chapter's scorecard for this topology.
    pub fn scorecard(self) -> Scorecard {
        match self {
            Topology::SingleLeader => SCORECARDS[0],
            Topology::MultiLeader => SCORECARDS[1],
            Topology::Leaderless => SCORECARDS[2],
        }
    }
}

/// A rating on the chapter's scorecard (write latency is measured, not rated).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rating {
    /// In between.
    Medium,
    /// Much of it: reads spread over every node.
    High,
    /// One ordering point means writes never conflict; but asynchronous failover can still
    /// lose acknowledged writes.
    NoneNeeded,
    /// Concurrent writes at different leaders must be resolved.
    Required,
    /// Quorums do not order concurrent writes to the same key: they must be settled by
    /// last-write-wins (losing one) or detected with version vectors (keeping siblings).
    RequiredLwwOrVersionVectors,
    /// A single leader is far from some users.
    Limited,
    /// Writes can be taken near every user.
    Excellent,
}

/// The rated rows of the chapter's scorecard; write latency is shown as measured by
/// [`ReplicationSim::last_write_latency_ms`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Criterion {
    /// How far reads spread over the nodes.
    ReadScalability,
    /// Whether and how concurrent writes are reconciled.
    ConflictHandling,
    /// How well the topology spans regions.
    GeographicDistribution,
}

/// The chapter's comparison of the topologies, shown under each panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scorecard {
    /// How far reads spread: replicas help a single leader; every node serves reads in the
    /// other two.
    pub read_scalability: Rating,
    /// Whether concurrent writes can conflict: never with one ordering point; multi-leader
    /// and leaderless must resolve them.
    pub conflict_handling: Rating,
    /// How well the topology spans regions: one leader is far from some users; several
    /// leaders or any replica can be local.
    pub geographic_distribution: Rating,
}

impl Scorecard {
    /// (criterion, rating) pairs in display order.
    pub fn rows(&self) -> [(Criterion, Rating); 3] {
        [
            (Criterion::ReadScalability, self.read_scalability),
            (Criterion::ConflictHandling, self.conflict_handling),
            (
                Criterion::GeographicDistribution,
                self.geographic_distribution,
            ),
        ]
    }
}

/// The scorecards for Single-Leader, Multi-Leader and Leaderless: the chapter's, with the
/// conflict-handling entries corrected.
pub const SCORECARDS: [Scorecard; 3] = [
    Scorecard {
        read_scalability: Rating::Medium,
        conflict_handling: Rating::NoneNeeded,
        geographic_distribution: Rating::Limited,
    },
    Scorecard {
        read_scalability: Rating::High,
        conflict_handling: Rating::Required,
        geographic_distribution: Rating::Excellent,
    },
    Scorecard {
        read_scalability: Rating::High,
        conflict_handling: Rating::RequiredLwwOrVersionVectors,
        geographic_distribution: Rating::Excellent,
    },
];

/// A node's part in its topology, which sets its colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Accepts writes and replicates them (gold).
    Leader,
    /// Applies what a leader sends and serves reads (gray).
    Replica,
    /// A leaderless replica, equal to the others (teal).
    Peer,
}

/// What a canvas needs to draw one node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeSummary {
    /// 0-based; shown as "Node {index + 1}".
    pub index: usize,
    /// Its role.
    pub role: Role,
    /// Whether it is up.
    pub up: bool,
    /// The value(s) it holds; several after a multi-leader conflict kept as siblings.
    pub values: Vec<String>,
    /// Its version, which says how up to date the copy is.
    pub version: NodeVersion,
}

/// How a node's copy is versioned in each topology.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeVersion {
    /// Single-Leader: the index of the last log entry applied (0 before any write).
    LogIndex(u64),
    /// Multi-Leader: the version vector, one counter per leader (Node 1, Node 3).
    Vector(VersionVector),
    /// Leaderless: the newest version held (0 is the initial value).
    Quorum(u32),
}

/// The settings of the three panels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReplicationConfig {
    /// The highlighted panel, which "Simulate Write" acts on in the UI.
    pub selected: Topology,
    /// The base one-way network delay (ms), [`MIN_NETWORK_DELAY_MS`]..=[`MAX_NETWORK_DELAY_MS`].
    pub network_delay_ms: u64,
    /// Single-Leader: extra delay (ms) before a replica applies an entry, 0..=[`MAX_LAG_MS`].
    pub lag_ms: u64,
    /// Single-Leader: synchronous replication (acknowledge after the replicas apply).
    pub sync: bool,
    /// Single-Leader: read-after-write routing.
    pub read_after_write: bool,
    /// Multi-Leader: how concurrent writes are settled.
    pub conflict_policy: ConflictPolicy,
    /// Leaderless: W and R (N is always 5).
    pub quorum: QuorumConfig,
    /// Leaderless: how two clients' concurrent writes are settled (last-write-wins, or version
    /// vectors keeping siblings).
    pub leaderless_policy: ConflictPolicy,
    /// The client sits in a far region: Single-Leader's client pays the long round trip to
    /// the leader, Leaderless's to the replicas; Multi-Leader's write at a local leader.
    pub client_far: bool,
}

impl ReplicationConfig {
    /// The same settings with every number clamped to its range and N set to 5.
    pub fn clamped(self) -> Self {
        ReplicationConfig {
            network_delay_ms: self
                .network_delay_ms
                .clamp(MIN_NETWORK_DELAY_MS, MAX_NETWORK_DELAY_MS),
            lag_ms: self.lag_ms.min(MAX_LAG_MS),
            quorum: QuorumConfig::new(NODES, self.quorum.w, self.quorum.r),
            ..self
        }
    }
}

impl Default for ReplicationConfig {
    fn default() -> Self {
        ReplicationConfig {
            selected: Topology::SingleLeader,
            network_delay_ms: DEFAULT_NETWORK_DELAY_MS,
            lag_ms: DEFAULT_LAG_MS,
            sync: false,
            read_after_write: false,
            conflict_policy: ConflictPolicy::LastWriteWins,
            quorum: QuorumConfig::new(NODES, 3, 3),
            leaderless_policy: ConflictPolicy::LastWriteWins,
            client_far: false,
        }
    }
}

/// Something the student does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplicationEvent {
    /// Highlight a topology.
    Select(Topology),
    /// A client writes a new value in that topology (Single-Leader: to the leader;
    /// Multi-Leader: clients A and B take turns, each at its nearest leader; Leaderless: to W
    /// replicas).
    SimulateWrite(Topology),
    /// Single-Leader: read from replica `i` (0-based), or a random live replica for `None`.
    ReadFromReplica(Option<usize>),
    /// Single-Leader: read from the leader.
    ReadFromLeader,
    /// Single-Leader: set the replication lag (ms), clamped to 0..=[`MAX_LAG_MS`].
    SetLagMs(u64),
    /// Single-Leader: synchronous (`true`) or asynchronous replication.
    SetSync(bool),
    /// Single-Leader: turn read-after-write routing on or off.
    SetReadAfterWrite(bool),
    /// Single-Leader: the leader crashes now and the most up-to-date replica is promoted.
    FailLeaderNow,
    /// Multi-Leader: clients A and B write at Nodes 1 and 3 at the same moment.
    ConcurrentWrites,
    /// Multi-Leader: set the conflict policy (refused while replication is in flight).
    SetConflictPolicy(ConflictPolicy),
    /// Leaderless: read from R replicas, with read repair.
    QuorumRead,
    /// Leaderless: clients A and B write the same key at the same moment.
    LeaderlessConcurrentWrites,
    /// Leaderless: set how concurrent writes are settled.
    SetLeaderlessPolicy(ConflictPolicy),
    /// Put the client in a far region (`true`) or next to the leader (`false`).
    SetClientFar(bool),
    /// Leaderless: set W (clamped to 1..=5).
    SetW(usize),
    /// Leaderless: set R (clamped to 1..=5).
    SetR(usize),
    /// Fail node `i` (0-based) or bring it back: in Leaderless any replica; in Single-Leader a
    /// replica, or the leader (a failover), and a failed node rejoins as a replica.
    /// Multi-Leader nodes do not fail in this sim.
    ToggleNode(Topology, usize),
    /// Start over: same settings, fresh data, clock at 0.
    Reset,
}

/// The three panels, their shared clock, and the highlighted panel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplicationSim {
    selected: Topology,
    now_ms: u64,
    delay_ms: u64,
    seed: u64,
    single: SingleLeader,
    multi: MultiLeader,
    leaderless: Leaderless,
}

impl ReplicationSim {
    /// Three fresh panels: every node holds the initial value and is up, the clock is at 0.
    pub fn new(config: ReplicationConfig, seed: u64) -> Self {
        let c = config.clamped();
        let mut root = seeded(seed);
        let mut single = SingleLeader::new(
            c.lag_ms,
            c.sync,
            c.read_after_write,
            c.network_delay_ms,
            seeded(root.random()),
        );
        single.set_client_far(c.client_far);
        let multi = MultiLeader::new(c.conflict_policy, c.network_delay_ms, seeded(root.random()));
        let settings = leaderless::LlSettings {
            quorum: c.quorum,
            policy: c.leaderless_policy,
            client_far: c.client_far,
            delay_ms: c.network_delay_ms,
        };
        let leaderless = Leaderless::new(settings, seeded(root.random()));
        ReplicationSim {
            selected: c.selected,
            now_ms: 0,
            delay_ms: c.network_delay_ms,
            seed,
            single,
            multi,
            leaderless,
        }
    }

    /// The current settings.
    pub fn config(&self) -> ReplicationConfig {
        ReplicationConfig {
            selected: self.selected,
            network_delay_ms: self.delay_ms,
            lag_ms: self.single.lag_ms(),
            sync: self.single.sync(),
            read_after_write: self.single.read_after_write(),
            conflict_policy: self.multi.policy(),
            quorum: self.leaderless.quorum(),
            leaderless_policy: self.leaderless.policy(),
            client_far: self.leaderless.client_far(),
        }
    }

    /// The write latency the client last saw in a panel, from sending the write to its
    /// acknowledgement (ms), or `None` before the first acknowledged write.
    pub fn last_write_latency_ms(&self, topology: Topology) -> Option<u64> {
        match topology {
            Topology::SingleLeader => self.single.last_latency_ms(),
            Topology::MultiLeader => self
                .multi
                .writes()
                .iter()
                .rev()
                .find_map(|w| w.acked_at_ms.map(|at| at.saturating_sub(w.sent_at_ms))),
            Topology::Leaderless => self
                .leaderless
                .writes()
                .iter()
                .rev()
                .find_map(|w| w.acked_at_ms.map(|at| at.saturating_sub(w.sent_at_ms))),
        }
    }

    /// The logical clock (ms).
    pub fn now_ms(&self) -> u64 {
        self.now_ms
    }

    /// The highlighted topology.
    pub fn selected(&self) -> Topology {
        self.selected
    }

    /// The Single-Leader panel.
    pub fn single_leader(&self) -> &SingleLeader {
        &self.single
    }

    /// The Multi-Leader panel.
    pub fn multi_leader(&self) -> &MultiLeader {
        &self.multi
    }

    /// The Leaderless panel.
    pub fn leaderless(&self) -> &Leaderless {
        &self.leaderless
    }

    /// The messages in flight in one panel, in send order.
    pub fn messages(&self, topology: Topology) -> Vec<&Message> {
        match topology {
            Topology::SingleLeader => self.single.messages().collect(),
            Topology::MultiLeader => self.multi.messages().collect(),
            Topology::Leaderless => self.leaderless.messages().collect(),
        }
    }

    /// Whether a panel has nothing in flight.
    pub fn is_quiet(&self, topology: Topology) -> bool {
        match topology {
            Topology::SingleLeader => self.single.in_flight() == 0,
            Topology::MultiLeader => self.multi.in_flight() == 0,
            Topology::Leaderless => self.leaderless.in_flight() == 0,
        }
    }

    /// When the next message arrives, in any panel.
    pub fn next_arrival_ms(&self) -> Option<u64> {
        [
            self.single.next_arrival(),
            self.multi.next_arrival(),
            self.leaderless.next_arrival(),
        ]
        .into_iter()
        .flatten()
        .min()
    }

    /// The role of node `i` in a topology (Single-Leader's leader moves on failover).
    pub fn role(&self, topology: Topology, i: usize) -> Role {
        match topology {
            Topology::SingleLeader if i == self.single.leader() => Role::Leader,
            Topology::SingleLeader => Role::Replica,
            Topology::MultiLeader if MultiLeader::is_leader(i) => Role::Leader,
            Topology::MultiLeader => Role::Replica,
            Topology::Leaderless => Role::Peer,
        }
    }

    /// What to draw for each of a panel's five nodes.
    pub fn nodes(&self, topology: Topology) -> Vec<NodeSummary> {
        (0..NODES)
            .filter_map(|i| {
                let (up, values, version) = match topology {
                    Topology::SingleLeader => {
                        let n = self.single.nodes().get(i)?;
                        (
                            n.up(),
                            vec![n.value().to_string()],
                            NodeVersion::LogIndex(n.applied_index()),
                        )
                    }
                    Topology::MultiLeader => {
                        let n = self.multi.nodes().get(i)?;
                        (true, n.values(), NodeVersion::Vector(n.vv()))
                    }
                    Topology::Leaderless => {
                        let n = self.leaderless.nodes().get(i)?;
                        (n.up(), n.values(), NodeVersion::Quorum(n.version()))
                    }
                };
                Some(NodeSummary {
                    index: i,
                    role: self.role(topology, i),
                    up,
                    values,
                    version,
                })
            })
            .collect()
    }

    /// Applies one event and returns what it did, or why it was refused (a refused event
    /// changes nothing).
    pub fn apply(&mut self, event: ReplicationEvent) -> Outcome {
        let now = self.now_ms;
        let single =
            |r: Result<SlOutcome, Rejection>| r.map_or_else(Outcome::Rejected, Outcome::Single);
        let multi =
            |r: Result<MlOutcome, Rejection>| r.map_or_else(Outcome::Rejected, Outcome::Multi);
        let leaderless =
            |r: Result<LlOutcome, Rejection>| r.map_or_else(Outcome::Rejected, Outcome::Leaderless);
        match event {
            ReplicationEvent::Select(t) => {
                self.selected = t;
                Outcome::Selected(t)
            }
            ReplicationEvent::SimulateWrite(Topology::SingleLeader) => {
                single(self.single.write(now))
            }
            ReplicationEvent::SimulateWrite(Topology::MultiLeader) => multi(self.multi.write(now)),
            ReplicationEvent::SimulateWrite(Topology::Leaderless) => {
                leaderless(self.leaderless.write(now))
            }
            ReplicationEvent::ReadFromReplica(i) => {
                single(self.single.read(single::ReadTarget::Replica(i), now))
            }
            ReplicationEvent::ReadFromLeader => {
                single(self.single.read(single::ReadTarget::Leader, now))
            }
            ReplicationEvent::SetLagMs(ms) => Outcome::Single(self.single.set_lag(ms)),
            ReplicationEvent::SetSync(on) => Outcome::Single(self.single.set_sync(on)),
            ReplicationEvent::SetReadAfterWrite(on) => {
                Outcome::Single(self.single.set_read_after_write(on))
            }
            ReplicationEvent::FailLeaderNow => single(self.single.fail_leader(now)),
            ReplicationEvent::ConcurrentWrites => multi(self.multi.concurrent_writes(now)),
            ReplicationEvent::SetConflictPolicy(p) => multi(self.multi.set_policy(p)),
            ReplicationEvent::QuorumRead => leaderless(self.leaderless.read(now)),
            ReplicationEvent::LeaderlessConcurrentWrites => {
                leaderless(self.leaderless.concurrent_writes(now))
            }
            ReplicationEvent::SetLeaderlessPolicy(p) => {
                Outcome::Leaderless(self.leaderless.set_policy(p))
            }
            ReplicationEvent::SetClientFar(far) => {
                self.single.set_client_far(far);
                self.leaderless.set_client_far(far);
                Outcome::ClientFarSet(far)
            }
            ReplicationEvent::SetW(w) => {
                let r = self.leaderless.quorum().r;
                Outcome::Leaderless(self.leaderless.set_quorum(w, r))
            }
            ReplicationEvent::SetR(r) => {
                let w = self.leaderless.quorum().w;
                Outcome::Leaderless(self.leaderless.set_quorum(w, r))
            }
            ReplicationEvent::ToggleNode(Topology::SingleLeader, i) => {
                single(self.single.toggle(i, now))
            }
            ReplicationEvent::ToggleNode(Topology::Leaderless, i) => {
                leaderless(self.leaderless.toggle(i))
            }
            ReplicationEvent::ToggleNode(Topology::MultiLeader, i) => {
                Outcome::Rejected(Rejection::MultiLeaderNodesStayUp { node: i })
            }
            ReplicationEvent::Reset => {
                *self = ReplicationSim::new(self.config(), self.seed);
                Outcome::Reset
            }
        }
    }

    /// Moves the clock forward by `ms`, delivering every message that arrives meanwhile in
    /// arrival order; returns what happened, oldest first.
    pub fn advance(&mut self, ms: u64) -> Vec<Note> {
        let until = self.now_ms.saturating_add(ms);
        let mut notes = Vec::new();
        let mut single = Vec::new();
        self.single.advance_to(until, &mut single);
        notes.extend(single.into_iter().map(|(at_ms, n)| Note {
            at_ms,
            kind: NoteKind::Single(n),
        }));
        let mut multi = Vec::new();
        self.multi.advance_to(until, &mut multi);
        notes.extend(multi.into_iter().map(|(at_ms, n)| Note {
            at_ms,
            kind: NoteKind::Multi(n),
        }));
        let mut leaderless = Vec::new();
        self.leaderless.advance_to(until, &mut leaderless);
        notes.extend(leaderless.into_iter().map(|(at_ms, n)| Note {
            at_ms,
            kind: NoteKind::Leaderless(n),
        }));
        crate::sort::sort_by_u64_key(&mut notes, |n| n.at_ms);
        self.now_ms = until;
        notes
    }

    /// Advances until nothing is in flight in any panel (or a large step budget runs out);
    /// returns what happened.
    pub fn settle(&mut self) -> Vec<Note> {
        let mut notes = Vec::new();
        for _ in 0..10_000 {
            let Some(next) = self.next_arrival_ms() else {
                break;
            };
            notes.extend(self.advance(next.saturating_sub(self.now_ms)));
        }
        notes
    }
}
