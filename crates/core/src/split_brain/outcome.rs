//! What the model reports: the typed outcomes of the student's actions and of time passing.
//!
//! [`super::SplitBrainSim::apply`] and [`super::SplitBrainSim::advance`] return the outcomes
//! in the order they happened: first what the action itself did, then what followed from it
//! (messages arriving, timers firing, elections, commits). Each carries the nodes, writes,
//! terms and verdicts a sim needs to tell that moment in its own words; the model says nothing
//! in English itself. Node indices are 0-based; writes are indices into
//! [`super::SplitBrainSim::writes`].

use super::types::{Conflict, Entry, Resolution};
use super::FailoverMode;

/// Why an action changed nothing: the model refuses what would make no sense, and says why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// "Partition Network" while Node 1 is already cut off from Nodes 2 and 3.
    AlreadyPartitioned,
    /// "Heal Partition" while every link is up.
    NothingToHeal,
    /// A link between two nodes that no link joins (the same node twice, or one out of range).
    NoSuchLink {
        /// One end, as given.
        a: usize,
        /// The other end, as given.
        b: usize,
    },
    /// "Skip ahead" when nothing notable happens within the look-ahead horizon.
    NothingNotable {
        /// How far ahead the model looked, in logical ms.
        horizon_ms: u64,
    },
    /// Writes while a conflict waits for an operator: a cluster that detected split brain
    /// refuses writes until someone decides which history wins.
    ConflictWaiting,
    /// The run already holds the most client writes it may.
    TooManyWrites {
        /// The limit.
        max: usize,
    },
    /// The spec's two writes again while one of them is still on its way.
    SpecWritesUnderway,
    /// A node index beyond the cluster.
    NoSuchNode {
        /// The index given.
        node: usize,
    },
    /// A resolution with no conflict waiting.
    NoConflict,
    /// "Power on" for a node that is already running.
    AlreadyRunning {
        /// The node.
        node: usize,
    },
}

/// Why a Raft node refused a candidate its vote: one vote per term, and only for a candidate
/// whose log is at least as up to date (the election restriction of §5.4.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VoteRefusal {
    /// It already voted for this other candidate in the term.
    AlreadyVoted(usize),
    /// Its own log is more up to date than the candidate's.
    LogNewer,
}

/// What became of a client write when it reached its node: accepted by a leader (the node
/// itself, or the leader it redirected the client to), or refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arrival {
    /// The node was powered off (STONITH): nothing answers, so the write is refused.
    PoweredOff,
    /// A conflict waits for an operator, so the cluster refuses writes.
    Frozen,
    /// The node is not a leader and knows of none to redirect the client to.
    NoLeader {
        /// Whether it is a Raft candidate in an election (rather than a replica).
        candidate: bool,
    },
    /// Naive mode: the leader logged the write and acknowledged it at once, before any
    /// replica had it, then shipped it asynchronously.
    Acknowledged {
        /// The leader that accepted it.
        leader: usize,
        /// The timestamp the leader's clock stamped on it, in ms.
        stamped_ms: i64,
        /// The nodes it was shipped to over live links (none when the leader is cut off).
        replicas: Vec<usize>,
    },
    /// Fencing mode: the storage refused the leader's token because a newer one was issued;
    /// the leader learns it was replaced and steps down.
    TokenRefused {
        /// The leader that tried to store it.
        leader: usize,
        /// The token it carried.
        token: u64,
        /// The newest token the storage has issued.
        highest: u64,
    },
    /// Fencing mode: the leader's token is the newest, so the storage accepted the write.
    TokenAccepted {
        /// The leader that stored it.
        leader: usize,
        /// Its token.
        token: u64,
    },
    /// Raft: the leader appended the write and sent it out; the client waits for a majority.
    Appended {
        /// The leader that appended it.
        leader: usize,
        /// The leader's term.
        term: u64,
        /// The entry's 1-based log index.
        index: usize,
        /// The nodes it was sent to over live links (none when the leader is cut off, so it
        /// can never gather a majority).
        replicas: Vec<usize>,
    },
}

impl Arrival {
    /// The leader that accepted the write (or tried to, with a stale token), if any.
    pub fn leader(&self) -> Option<usize> {
        match self {
            Arrival::Acknowledged { leader, .. }
            | Arrival::TokenRefused { leader, .. }
            | Arrival::TokenAccepted { leader, .. }
            | Arrival::Appended { leader, .. } => Some(*leader),
            Arrival::PoweredOff | Arrival::Frozen | Arrival::NoLeader { .. } => None,
        }
    }
}

/// One thing that happened, in the order it happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The action changed nothing, for this reason.
    Refused(Refusal),
    /// The spec's partition: the links from Node 1 to Nodes 2 and 3 are cut, so its
    /// heartbeats and replication no longer get through.
    Partitioned {
        /// Whether Node 1 was the leader when it was cut off.
        leader_cut: bool,
    },
    /// Every link is up again.
    Healed {
        /// Monitor modes: whether more than one node believed it led, so the leaders on both
        /// sides now send each other a sync.
        sync: bool,
    },
    /// One link came back up.
    LinkHealed {
        /// The lower end.
        a: usize,
        /// The higher end.
        b: usize,
    },
    /// One link was cut.
    LinkCut {
        /// The lower end.
        a: usize,
        /// The higher end.
        b: usize,
        /// The nodes now cut off from every other node.
        isolated: Vec<usize>,
    },
    /// "Skip ahead" ran time forward to the next notable moment.
    SkippedAhead {
        /// How far, in logical ms (0 when it was due at once).
        ms: u64,
    },
    /// A write's balance was beyond the limit and was clamped.
    BalanceClamped {
        /// The limit, either way.
        max: i64,
        /// The balance the write sets instead.
        value: i64,
    },
    /// A client write is on its way and reaches its node later.
    WriteScheduled {
        /// The write.
        write: usize,
        /// The balance it sets.
        value: i64,
        /// The node it goes to.
        node: usize,
        /// How long until it arrives, in logical ms.
        delay_ms: u64,
    },
    /// A client write reached its node.
    WriteReached {
        /// The write.
        write: usize,
        /// The balance it sets.
        value: i64,
        /// The node the client contacted.
        node: usize,
        /// What became of it.
        arrival: Arrival,
    },
    /// The clock skew asked for was beyond the limit and was clamped.
    SkewClamped {
        /// The limit, either way, in ms.
        max_ms: i64,
    },
    /// Node 1's clock offset changed; writes it stamps from now on carry it.
    SkewSet {
        /// The new offset in ms: positive runs fast, negative slow.
        ms: i64,
    },
    /// STONITH was turned on or off for later failovers.
    StonithSet {
        /// Its new state.
        on: bool,
        /// Whether it applies in the current mode (fencing only).
        applies: bool,
    },
    /// The failover mode changed and the run started again.
    ModeSet(FailoverMode),
    /// The run went back to its start state.
    Reset {
        /// The balance every node holds again.
        balance: i64,
    },
    /// A powered-off node booted and rejoined as a replica.
    PoweredOn {
        /// The node.
        node: usize,
        /// Fencing mode: the holder of the newest token, which the storage names as its
        /// leader.
        leader: Option<usize>,
    },
    /// A replica started following a new leader and copied its log.
    Follows {
        /// The replica.
        node: usize,
        /// Its new leader.
        leader: usize,
        /// The leader's epoch or token.
        epoch: u64,
    },
    /// Fencing: a leader heard from the holder of a newer token and stepped down; no
    /// conflict, since the storage refused every write carrying its old token.
    YieldsToToken {
        /// The leader that stepped down.
        node: usize,
        /// The holder of the newer token.
        other: usize,
        /// The newer token.
        token: u64,
        /// The old token.
        old_token: u64,
    },
    /// Naive mode: a leader took the writes the other leader accepted while they were apart;
    /// no conflict, since only one side accepted writes.
    TakesWrites {
        /// The leader that took them.
        node: usize,
        /// The leader that accepted them.
        other: usize,
    },
    /// Naive mode: a leader heard from the leader of a newer epoch and stepped down, without
    /// a conflict.
    YieldsToEpoch {
        /// The leader that stepped down.
        node: usize,
        /// The leader of the newer epoch.
        other: usize,
        /// The newer epoch.
        epoch: u64,
        /// Whether their logs were the same (otherwise only one side accepted writes).
        logs_agree: bool,
    },
    /// An acknowledged write that no node holds any more: silently lost.
    WriteLost {
        /// The write.
        write: usize,
        /// The balance it set.
        value: i64,
    },
    /// A replica's monitor found a leader it can reach and pointed the replica at it.
    PointedAt {
        /// The replica.
        node: usize,
        /// The leader.
        leader: usize,
    },
    /// The monitor's missed-heartbeat timeout fired and it promoted a replica, asking nobody
    /// (no majority): with the old leader still running on its side, that is split brain.
    Promoted {
        /// The replicas that heard nothing, ascending; the first is promoted.
        silent: Vec<usize>,
        /// The leader they lost, if they knew one.
        lost_leader: Option<usize>,
        /// How long the node whose timer fired heard nothing, in logical ms.
        silent_ms: u64,
        /// STONITH: the old leader the monitor powered off first.
        powered_off: Option<usize>,
        /// The promoted node.
        node: usize,
        /// Its epoch (naive) or fencing token (fencing).
        epoch: u64,
        /// Another node that still believes it leads, with its epoch or token.
        still_leading: Option<(usize, u64)>,
    },
    /// Raft: an election timer fired and the node became a candidate for the next term.
    Candidacy {
        /// The candidate.
        node: usize,
        /// The term it stands in.
        term: u64,
        /// Whether its previous election found no winner in time (rather than its leader
        /// falling silent).
        retry: bool,
        /// How long it waited, in logical ms.
        waited_ms: u64,
        /// The nodes it could ask for votes (none: it cannot win).
        asked: Vec<usize>,
    },
    /// Raft: a leader saw a newer term and stepped down: it was a stale leader.
    StaleLeaderStepsDown {
        /// The old leader.
        node: usize,
        /// The newer term.
        term: u64,
        /// Its own term.
        old: u64,
    },
    /// Raft: a candidate saw a newer term and gave up its candidacy.
    CandidacyDropped {
        /// The candidate.
        node: usize,
        /// The newer term.
        term: u64,
        /// The term it stood in.
        old: u64,
    },
    /// Raft: a node granted a candidate its vote.
    Voted {
        /// The voter.
        voter: usize,
        /// The candidate.
        candidate: usize,
        /// The term.
        term: u64,
    },
    /// Raft: a node refused a candidate its vote.
    VoteRefused {
        /// The voter.
        voter: usize,
        /// The candidate.
        candidate: usize,
        /// The term.
        term: u64,
        /// Why.
        reason: VoteRefusal,
    },
    /// Raft: a candidate won a majority of votes and leads its term.
    Elected {
        /// The new leader.
        node: usize,
        /// Its term.
        term: u64,
        /// The nodes that voted for it, itself included.
        votes: Vec<usize>,
        /// Nodes that still think they lead an older term (and can commit nothing), with it.
        stale: Vec<(usize, u64)>,
    },
    /// Raft: a candidate heard from the leader of its term and stopped its candidacy.
    CandidacyEnds {
        /// The former candidate.
        node: usize,
        /// The leader.
        leader: usize,
        /// The term.
        term: u64,
    },
    /// Raft: a follower dropped uncommitted client writes the leader's log does not hold.
    /// No conflict: an uncommitted write was never reported as a success.
    Discarded {
        /// The follower.
        node: usize,
        /// The leader that overwrote them.
        leader: usize,
        /// The leader's term.
        term: u64,
        /// The client writes discarded.
        entries: Vec<Entry>,
    },
    /// Raft: a write is stored on a majority, so its leader applies it and tells the client.
    WriteCommitted {
        /// The write.
        write: usize,
        /// The balance it sets.
        value: i64,
        /// The leader that committed it.
        leader: usize,
    },
    /// Raft: a write committed after its client gave up, which is why retries must be safe
    /// to apply twice.
    CommittedLate {
        /// The write.
        write: usize,
        /// The balance it sets.
        value: i64,
    },
    /// Raft: a client gave up waiting for its write.
    ClientGaveUp {
        /// The write.
        write: usize,
        /// The leader it waited for, if one accepted it.
        leader: Option<usize>,
        /// How long it waited, in logical ms.
        waited_ms: u64,
        /// Whether a newer leader had in fact committed it (the client cannot tell).
        committed: bool,
    },
    /// Naive mode: two leaders' sync showed divergent logs; writes are refused until an
    /// operator resolves it.
    ConflictDetected(Conflict),
    /// An operator resolved the conflict.
    Resolved(Resolution),
    /// By the time of the resolution the logs no longer diverged; every node took the
    /// longest one.
    Converged,
    /// One step of time was longer than the model takes at once and was clamped.
    AdvanceClamped {
        /// The longest step, in logical ms.
        max_ms: u64,
        /// How far time moved, in logical ms.
        moved_ms: u64,
    },
}
