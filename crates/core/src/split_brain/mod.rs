//! Split brain: a partitioned leader and a newly promoted one both accept writes, and how real
//! systems prevent it.
//!
//! Three nodes (Node 1 leads at the start) are joined by three links that can each be cut or
//! healed; clients write the key "user balance". Time is a logical clock in milliseconds moved
//! by [`SplitBrainSim::advance`]; messages take 300–800 ms on a live link and are lost on a cut
//! one. How a new leader is chosen depends on the [`FailoverMode`]:
//!
//! - **Naive monitor** (the chapter's story). A replica that hears no heartbeat from its leader
//!   for 10 s has the monitor promote the lowest-numbered replica on its side, with no majority
//!   check, like a keepalived or MHA-style failover without quorum. After "Partition Network"
//!   Node 2 is promoted while Node 1 still leads its own side: two leaders. Each acknowledges
//!   its own writes at once and ships its log to its replicas asynchronously (with every
//!   heartbeat). When a link heals the leaders on both ends send each other a sync; divergent
//!   logs are a conflict, and the cluster refuses writes until an operator picks
//!   last-write-wins or a manual value, as DRBD does when it detects split brain on reconnect.
//!   Last-write-wins compares the timestamps the accepting nodes stamped, as Cassandra does
//!   (ties go to the larger value), so a fast clock on Node 1 can make the older write win.
//! - **Raft majority**: leader election and log replication as in Ongaro and Ousterhout's
//!   paper (Figure 2): terms, RequestVote with the log up-to-date check, one vote per term,
//!   majority votes, AppendEntries heartbeats that reset followers' timers, stepping down on a
//!   higher term, and commitment only of current-term entries stored on a majority. The
//!   paper's 150–300 ms election timeouts are scaled up about 33 times to 5–10 s (drawn from
//!   the seeded generator) with 1 s heartbeats, so a lecture can follow them. Two optional
//!   extensions are left out on purpose: CheckQuorum (a leader that cannot reach a majority
//!   stays leader in its own mind, which is exactly what the lesson shows: it can never commit)
//!   and PreVote (an isolated node keeps raising its term and disrupts the leader when it
//!   returns). The new leader also does not append the paper's no-op entry (§8), so logs show
//!   only client writes; earlier-term entries commit with the next write.
//! - **Fencing token**: the naive monitor, but every promotion takes a new, higher token from
//!   the shared storage the leaders write through (Kleppmann's fencing tokens; SCSI-3
//!   persistent reservations work the same way). Taking the token registers it, so the storage
//!   refuses the old leader's next write at once; the old leader learns it was replaced and
//!   steps down. The storage sits on its own network, reachable by every powered-on node; a new
//!   leader reads its data from there, so the two sides never diverge. With STONITH on, the
//!   monitor first powers the old leader off through an out-of-band power switch (Pacemaker's
//!   fencing with the "off" action), so it cannot even accept a write. A node the storage
//!   refused waits to hear from the new leader and is not promoted meanwhile, as a fenced
//!   Pacemaker node must rejoin before it may run anything again.
//!
//! Clients sit outside the partition and can reach every node; a replica that knows a leader
//! redirects the client to it, as Raft followers do. Writes set one key, so a node's value is
//! its last committed entry. An operator's conflict resolution acts on every node at once,
//! out of band, and discards the messages in flight, which still carry the old logs.
//!
//! The model never reads a real clock and draws every random choice (delays, election
//! timeouts) from its seeded generator: the same seed and events give the same run.

mod conflict;
mod engine;
mod events;
mod monitor;
mod net;
mod outcome;
mod raft;
mod status;
#[cfg(test)]
mod tests;
mod types;

use crate::rng::{seeded, SimRng};

pub use net::{
    link_index, Message, MessageKind, LINKS, MAJORITY, NET_DELAY_MAX_MS, NET_DELAY_MIN_MS,
    NODE_COUNT,
};
pub use outcome::{Arrival, Outcome, Refusal, VoteRefusal};
pub use raft::RaftRules;
pub use types::{
    ClientWrite, Conflict, ConflictSide, Election, Entry, EntrySource, Node, Note, Phase,
    Rejection, Resolution, Role, Storage, WriteStatus, INITIAL_BALANCE,
};

use net::Network;

/// The spec's Write A: the balance the client sends to Node 1.
pub const SPEC_VALUE_A: i64 = 500;
/// The spec's Write B: the balance the client sends to Node 2.
pub const SPEC_VALUE_B: i64 = 750;
/// How long after Write A the spec's Write B arrives, so their timestamps differ.
pub const SPEC_WRITE_GAP_MS: u64 = 1_000;
/// Naive and fencing modes: how long a replica waits without heartbeats before the monitor
/// promotes a new leader (the spec's 10 s).
pub const MONITOR_TIMEOUT_MS: u64 = 10_000;
/// Naive and fencing modes: how often a leader sends heartbeats.
pub const MONITOR_HEARTBEAT_MS: u64 = 1_000;
/// Raft: the shortest election timeout (the paper's 150 ms, scaled up).
pub const ELECTION_TIMEOUT_MIN_MS: u64 = 5_000;
/// Raft: the longest election timeout (the paper's 300 ms, scaled up).
pub const ELECTION_TIMEOUT_MAX_MS: u64 = 10_000;
/// Raft: how often a leader sends AppendEntries heartbeats.
pub const RAFT_HEARTBEAT_MS: u64 = 1_000;
/// Raft: how long a client waits for its write to commit before giving up.
pub const CLIENT_TIMEOUT_MS: u64 = 6_000;
/// The largest clock skew Node 1 can be given, either way.
pub const MAX_CLOCK_SKEW_MS: i64 = 30_000;
/// The largest balance a write can set, either way; larger values are clamped.
pub const MAX_BALANCE: i64 = 1_000_000_000;
/// The most client writes in one run; more are refused until Reset.
pub const MAX_WRITES: usize = 100;
/// The longest step of logical time one call to `advance` takes; longer ones are clamped.
pub const MAX_ADVANCE_MS: u64 = 60_000;
/// How far "Skip ahead" looks for the next moment worth seeing.
pub const SKIP_HORIZON_MS: u64 = 60_000;
/// How many notes the journal keeps, one per action or step that did something (the oldest
/// are dropped).
pub const JOURNAL_LEN: usize = 200;

/// How the cluster chooses a new leader when the old one seems gone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailoverMode {
    /// A monitor promotes a replica after missed heartbeats, with no majority: split brain.
    Naive,
    /// Raft: terms, randomized election timeouts and majority votes.
    Raft,
    /// The naive monitor plus fencing tokens checked by the shared storage (and optional STONITH).
    Fencing,
}

impl FailoverMode {
    /// Every mode, in the order the selector lists them.
    pub const ALL: [FailoverMode; 3] = [
        FailoverMode::Naive,
        FailoverMode::Raft,
        FailoverMode::Fencing,
    ];

    /// The `?mode=` value: "naive", "raft" or "fencing".
    pub fn param(self) -> &'static str {
        match self {
            FailoverMode::Naive => "naive",
            FailoverMode::Raft => "raft",
            FailoverMode::Fencing => "fencing",
        }
    }

    /// The mode named by a `?mode=` value (any case), if any.
    pub fn from_param(text: &str) -> Option<Self> {
        FailoverMode::ALL
            .into_iter()
            .find(|m| m.param().eq_ignore_ascii_case(text.trim()))
    }
}

/// The settings a run starts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SplitBrainConfig {
    /// How a new leader is chosen.
    pub mode: FailoverMode,
    /// Fencing mode: power the old leader off before promoting a new one.
    pub stonith: bool,
    /// How far Node 1's clock runs ahead (positive) or behind, in ms; other clocks are exact.
    pub clock_skew_ms: i64,
}

impl SplitBrainConfig {
    /// A configuration with the skew clamped to ±[`MAX_CLOCK_SKEW_MS`].
    pub fn new(mode: FailoverMode, stonith: bool, clock_skew_ms: i64) -> Self {
        SplitBrainConfig {
            mode,
            stonith,
            clock_skew_ms: clock_skew_ms.clamp(-MAX_CLOCK_SKEW_MS, MAX_CLOCK_SKEW_MS),
        }
    }
}

impl Default for SplitBrainConfig {
    fn default() -> Self {
        SplitBrainConfig::new(FailoverMode::Naive, false, 0)
    }
}

/// Something the student does. Node indices are 0-based (Node 1 is 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SplitBrainEvent {
    /// The spec's "Partition Network": cut the links Node 1–2 and Node 1–3.
    PartitionNetwork,
    /// "Heal Partition": bring every link back up.
    Heal,
    /// Cut the link between two nodes, or heal it if cut.
    ToggleLink(usize, usize),
    /// Run time forward to the next moment worth seeing (a timeout, an election, a commit…).
    SkipAhead,
    /// A client sends a write setting the balance to `value` to `node`.
    ClientWrite {
        /// The node the client contacts (0-based).
        node: usize,
        /// The new balance, in dollars.
        value: i64,
    },
    /// The spec's two writes: Write A ($500) to Node 1 now, Write B ($750) to Node 2 a second later.
    SpecWrites,
    /// Resolve the conflict by last-write-wins.
    ResolveLastWriteWins,
    /// Resolve the conflict with a value the operator chose.
    ResolveManual(i64),
    /// Set how far Node 1's clock runs ahead (or behind, if negative); affects later writes.
    SetClockSkewMs(i64),
    /// Fencing mode: turn STONITH on or off for later failovers.
    SetStonith(bool),
    /// Switch failover mode; starts the run again.
    SetMode(FailoverMode),
    /// Power a node back on after STONITH; it rejoins as a replica.
    PowerOn(usize),
    /// Back to the start state (same settings and seed).
    Reset,
}

/// The split-brain scenario: three nodes, their links, clients' writes and a logical clock.
#[derive(Debug, Clone)]
pub struct SplitBrainSim {
    config: SplitBrainConfig,
    seed: u64,
    rng: SimRng,
    now: u64,
    nodes: [Node; NODE_COUNT],
    net: Network,
    writes: Vec<ClientWrite>,
    storage: Storage,
    conflict: Option<Conflict>,
    resolution: Option<Resolution>,
    elections: Vec<Election>,
    committed: Vec<Entry>,
    journal: Vec<Note>,
    pending: Vec<Outcome>,
    major: bool,
    next_entry_id: u32,
    raft: Option<RaftRules>,
}

impl SplitBrainSim {
    /// The start state: every link up, Node 1 leading term (or epoch, or token) 1, and every
    /// node holding the initial balance.
    pub fn new(config: SplitBrainConfig, seed: u64) -> Self {
        Self::fresh(config, seed, Some(RaftRules::new()))
    }

    /// The start state of [`SplitBrainSim::new`], without Raft's rules: a program that loads
    /// Raft's code on its own builds the model this way and gives it the rules later
    /// ([`SplitBrainSim::set_raft`]). Until then a model in Raft mode holds still: nothing
    /// falls due, so its timers, heartbeats and messages wait, and a write that reaches a
    /// leader stays unanswered. The monitor modes run as with [`SplitBrainSim::new`].
    pub fn without_raft(config: SplitBrainConfig, seed: u64) -> Self {
        Self::fresh(config, seed, None)
    }

    /// Gives the model Raft's rules (see [`SplitBrainSim::without_raft`]); they stay through
    /// Reset and mode changes.
    pub fn set_raft(&mut self, rules: RaftRules) {
        self.raft = Some(rules);
    }

    /// Whether the model can run Raft mode: it has Raft's rules.
    pub fn has_raft(&self) -> bool {
        self.raft.is_some()
    }

    /// The start state with `raft` as Raft's rules, if given.
    fn fresh(config: SplitBrainConfig, seed: u64, raft: Option<RaftRules>) -> Self {
        let config = SplitBrainConfig::new(config.mode, config.stonith, config.clock_skew_ms);
        let initial = Entry {
            id: 0,
            source: EntrySource::Initial,
            value: INITIAL_BALANCE,
            term: 1,
            node: 0,
            real_ms: 0,
            stamped_ms: 0,
        };
        let nodes = std::array::from_fn(|i| {
            let role = if i == 0 { Role::Leader } else { Role::Follower };
            Node::new(role, Some(0), vec![initial.clone()])
        });
        let mut sim = SplitBrainSim {
            config,
            seed,
            rng: seeded(seed),
            now: 0,
            nodes,
            net: Network::new(),
            writes: Vec::new(),
            storage: Storage {
                highest_token: 1,
                holder: 0,
                log: vec![initial.clone()],
                rejected: 0,
            },
            conflict: None,
            resolution: None,
            elections: vec![Election {
                term: 1,
                node: 0,
                at_ms: 0,
                votes: if config.mode == FailoverMode::Raft {
                    (0..NODE_COUNT).collect()
                } else {
                    Vec::new()
                },
            }],
            committed: vec![initial],
            journal: Vec::new(),
            pending: Vec::new(),
            major: false,
            next_entry_id: 1,
            raft,
        };
        sim.nodes[0].next_heartbeat_ms = Some(0);
        for n in 1..NODE_COUNT {
            sim.reset_timer(n);
        }
        sim
    }

    // ----- read-only accessors -----

    /// The current settings.
    pub fn config(&self) -> SplitBrainConfig {
        self.config
    }

    /// The failover mode.
    pub fn mode(&self) -> FailoverMode {
        self.config.mode
    }

    /// The seed the run started from.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// The logical time, in ms since the start.
    pub fn now_ms(&self) -> u64 {
        self.now
    }

    /// What node `n`'s own clock reads now: true time, plus the skew for Node 1.
    pub fn node_clock_ms(&self, n: usize) -> i64 {
        let now = i64::try_from(self.now).unwrap_or(i64::MAX);
        if n == 0 {
            now.saturating_add(self.config.clock_skew_ms)
        } else {
            now
        }
    }

    /// The three nodes, Node 1 first.
    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    /// Node `n` (0-based), if it exists.
    pub fn node(&self, n: usize) -> Option<&Node> {
        self.nodes.get(n)
    }

    /// The powered-on nodes that believe they are leader, ascending.
    pub fn leaders(&self) -> Vec<usize> {
        (0..NODE_COUNT)
            .filter(|&n| self.nodes[n].powered_on && self.nodes[n].role == Role::Leader)
            .collect()
    }

    /// Whether the link between nodes `a` and `b` is up (false for a link that does not exist).
    pub fn link_up(&self, a: usize, b: usize) -> bool {
        self.net.is_up(a, b)
    }

    /// Every link with its state: `(a, b, up)` in [`LINKS`] order.
    pub fn links(&self) -> Vec<(usize, usize, bool)> {
        LINKS
            .iter()
            .zip(self.net.states())
            .map(|(&(a, b), up)| (a, b, up))
            .collect()
    }

    /// The messages in flight, oldest first.
    pub fn messages(&self) -> &[Message] {
        self.net.in_flight()
    }

    /// Every client write of the run, in the order they were sent.
    pub fn writes(&self) -> &[ClientWrite] {
        &self.writes
    }

    /// Fencing mode: the shared storage, with its highest token and accepted writes.
    pub fn storage(&self) -> Option<&Storage> {
        (self.config.mode == FailoverMode::Fencing).then_some(&self.storage)
    }

    /// Naive mode: the conflict waiting for an operator, if any.
    pub fn conflict(&self) -> Option<&Conflict> {
        self.conflict.as_ref()
    }

    /// How the last conflict was resolved, if one was.
    pub fn resolution(&self) -> Option<&Resolution> {
        self.resolution.as_ref()
    }

    /// Every leader the run has had, in order: Raft elections or monitor promotions.
    pub fn elections(&self) -> &[Election] {
        &self.elections
    }

    /// Raft: the entries known committed (stored on a majority), in log order.
    pub fn committed_log(&self) -> &[Entry] {
        &self.committed
    }

    /// What the run's actions and steps did so far, oldest first (the last [`JOURNAL_LEN`]
    /// notes).
    pub fn journal(&self) -> &[Note] {
        &self.journal
    }

    /// Logical ms until the next internal event (a message arriving, a timer firing), if any.
    pub fn next_event_in_ms(&self) -> Option<u64> {
        self.next_event_at().map(|t| t.saturating_sub(self.now))
    }

    /// Logical ms until the next moment "Skip ahead" would stop at, within
    /// [`SKIP_HORIZON_MS`]; `None` when nothing notable is coming.
    pub fn next_notable_in_ms(&self) -> Option<u64> {
        let mut probe = self.lookahead_copy();
        probe
            .run_until(self.now.saturating_add(SKIP_HORIZON_MS), true)
            .then(|| probe.now.saturating_sub(self.now))
    }

    // ----- which controls make sense now -----

    /// Whether "Partition Network" would cut anything (link 1–2 or 1–3 is up).
    pub fn can_partition(&self) -> bool {
        self.net.is_up(0, 1) || self.net.is_up(0, 2)
    }

    /// Whether any link is cut, so "Heal Partition" would change something.
    pub fn can_heal(&self) -> bool {
        self.net.states().iter().any(|up| !up)
    }

    /// Whether a conflict is waiting for "Last-Write-Wins" or "Manual Resolution".
    pub fn can_resolve(&self) -> bool {
        self.conflict.is_some()
    }

    /// Whether "Skip ahead" would reach a notable moment.
    pub fn can_skip_ahead(&self) -> bool {
        self.next_notable_in_ms().is_some()
    }

    /// Whether a client write to `node` can be sent (it may still be refused, which is the
    /// lesson with a powered-off or fenced node).
    pub fn can_write(&self, node: usize) -> bool {
        node < NODE_COUNT && self.writes.len() < MAX_WRITES && self.conflict.is_none()
    }

    /// Whether the spec's two writes can be sent now.
    pub fn can_spec_writes(&self) -> bool {
        self.writes.len() + 2 <= MAX_WRITES
            && self.conflict.is_none()
            && !self
                .writes
                .iter()
                .any(|w| w.status == WriteStatus::Scheduled)
    }

    /// Whether node `n` is powered off and can be switched back on.
    pub fn can_power_on(&self, n: usize) -> bool {
        self.nodes.get(n).is_some_and(|node| !node.powered_on)
    }

    /// Whether the STONITH setting applies (fencing mode only).
    pub fn stonith_active(&self) -> bool {
        self.config.mode == FailoverMode::Fencing && self.config.stonith
    }

    // ----- events -----

    /// Applies one event and returns what happened, in order: what the action did (or why
    /// it was refused), then what followed from it.
    pub fn apply(&mut self, event: SplitBrainEvent) -> Vec<Outcome> {
        self.major = false;
        let head = match event {
            SplitBrainEvent::PartitionNetwork => vec![self.partition()],
            SplitBrainEvent::Heal => vec![self.heal_all()],
            SplitBrainEvent::ToggleLink(a, b) => vec![self.toggle_link(a, b)],
            SplitBrainEvent::SkipAhead => vec![self.skip_ahead()],
            SplitBrainEvent::ClientWrite { node, value } => self.client_write(node, value, 0),
            SplitBrainEvent::SpecWrites => self.spec_writes(),
            SplitBrainEvent::ResolveLastWriteWins => vec![self.resolve_lww()],
            SplitBrainEvent::ResolveManual(value) => vec![self.resolve_manual(value)],
            SplitBrainEvent::SetClockSkewMs(ms) => self.set_skew(ms),
            SplitBrainEvent::SetStonith(on) => vec![self.set_stonith(on)],
            SplitBrainEvent::SetMode(mode) => {
                let config = SplitBrainConfig {
                    mode,
                    ..self.config
                };
                *self = SplitBrainSim::fresh(config, self.seed, self.raft);
                vec![Outcome::ModeSet(mode)]
            }
            SplitBrainEvent::PowerOn(n) => vec![self.power_on(n)],
            SplitBrainEvent::Reset => {
                *self = SplitBrainSim::fresh(self.config, self.seed, self.raft);
                vec![Outcome::Reset {
                    balance: INITIAL_BALANCE,
                }]
            }
        };
        let mut said = head;
        said.append(&mut self.pending);
        self.record(&said);
        said
    }

    /// Moves the logical clock forward by `ms` (at most [`MAX_ADVANCE_MS`]), delivering
    /// messages and firing timers on the way; returns what happened (nothing, often).
    pub fn advance(&mut self, ms: u64) -> Vec<Outcome> {
        self.major = false;
        let step = ms.min(MAX_ADVANCE_MS);
        let target = self.now.saturating_add(step);
        self.run_until(target, false);
        self.now = self.now.max(target);
        let mut said = std::mem::take(&mut self.pending);
        if step < ms {
            said.push(Outcome::AdvanceClamped {
                max_ms: MAX_ADVANCE_MS,
                moved_ms: step,
            });
        }
        self.record(&said);
        said
    }
}
