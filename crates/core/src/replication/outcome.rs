//! What the replication panels report: the typed outcome of each event the student causes,
//! the reasons an event is refused, and the notes about what happened while the clock ran.
//! They carry the nodes, values, versions and verdicts; the sim puts them into words.

use super::multi::{Conflict, ConflictPolicy, Dot, VersionVector};
use super::single::ReadVerdict;
use super::{LlRead, LlWrite, Topology};
use crate::quorum::QuorumConfig;

/// What one event did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// A topology is highlighted; the UI's "Simulate Write" now acts on it.
    Selected(Topology),
    /// The Single-Leader panel acted.
    Single(SlOutcome),
    /// The Multi-Leader panel acted.
    Multi(MlOutcome),
    /// The Leaderless panel acted.
    Leaderless(LlOutcome),
    /// The client moved to a far region (`true`) or next to the leader.
    ClientFarSet(bool),
    /// Every panel starts over with the same settings: fresh data, every node up, clock at 0.
    Reset,
    /// The event was refused and changed nothing.
    Rejected(Rejection),
}

/// Why an event was refused. A refused event leaves every panel exactly as it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rejection {
    /// The panel already has this many messages in flight ([`super::MAX_IN_FLIGHT`] or
    /// more): a real system would push back on the client too (back-pressure).
    Busy {
        /// Messages in flight.
        in_flight: usize,
    },
    /// A node to fail or revive that does not exist (0-based index as given).
    NoSuchNode {
        /// The index asked for.
        node: usize,
    },
    /// A replica to read from that does not exist (0-based index as given).
    NoSuchReadTarget {
        /// The index asked for.
        node: usize,
    },
    /// A replica to read from that is down: a failed node answers nothing.
    ReadTargetDown {
        /// The replica, 0-based.
        node: usize,
    },
    /// Failing the leader would leave no live replica to promote: the cluster would have
    /// no node at all to take writes.
    NoReplicaToPromote {
        /// The leader, the only node up.
        leader: usize,
    },
    /// The conflict policy asked for is the one in force.
    PolicyUnchanged(ConflictPolicy),
    /// The conflict policy cannot change while replication is in flight: every node must
    /// settle every conflict by the same rule, or the nodes would not converge.
    ReplicationInFlight {
        /// Messages in flight.
        in_flight: usize,
    },
    /// Multi-Leader nodes do not fail in this sim: that panel is about conflicts.
    MultiLeaderNodesStayUp {
        /// The node clicked, 0-based.
        node: usize,
    },
}

/// Where a Single-Leader read went instead of (or besides) the node asked for, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadRedirect {
    /// The node picked as a replica is the leader, so this is a leader read.
    PickedTheLeader {
        /// The leader, 0-based.
        node: usize,
    },
    /// No replica is up, so the leader serves a "read from any replica".
    NoReplicaUp,
    /// Read-after-write routing: the client's own write is still in progress, so the read
    /// goes to the leader rather than a replica that may not have it.
    OwnWriteInProgress {
        /// The value being written.
        value: String,
        /// The replica the read would have gone to.
        replica: usize,
    },
    /// Read-after-write routing: the replica has not applied the client's latest
    /// acknowledged write, so the read goes to the leader.
    ReplicaLacksOwnWrite {
        /// The replica the read would have gone to.
        replica: usize,
        /// The log index of the client's write it lacks.
        index: u64,
    },
}

/// What a Single-Leader event did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SlOutcome {
    /// The client sent a new value to the leader.
    WriteSent {
        /// The value, e.g. `"v3"`.
        value: String,
        /// The leader it went to.
        leader: usize,
        /// Whether replication is synchronous.
        sync: bool,
    },
    /// The client sent a read.
    ReadSent {
        /// The node it went to.
        node: usize,
        /// Whether that node is the leader.
        to_leader: bool,
        /// Why it went there rather than where asked, if it did.
        redirect: Option<ReadRedirect>,
    },
    /// The replication lag changed.
    LagSet {
        /// The lag now in force (ms), at most [`super::MAX_LAG_MS`].
        lag_ms: u64,
        /// The lag asked for (ms), which may have been above the maximum.
        requested_ms: u64,
    },
    /// Synchronous (`true`) or asynchronous replication is now in force.
    SyncSet(bool),
    /// Read-after-write routing is now on (`true`) or off.
    ReadAfterWriteSet(bool),
    /// The leader failed and the most up-to-date live replica was promoted.
    FailedOver(FailedOver),
    /// A replica crashed. The leader has not noticed: a synchronous leader keeps waiting for
    /// it until its failure detector times out.
    ReplicaFailed {
        /// The replica, 0-based.
        node: usize,
        /// Writes the synchronous leader is holding back that wait for it.
        held_back_writes: usize,
        /// Synchronous replication: when the failure detector will declare it down (ms).
        detect_at_ms: Option<u64>,
    },
    /// A failed node came back as a replica and catches up from the leader.
    Rejoined {
        /// The node, 0-based.
        node: usize,
        /// The leader it follows.
        leader: usize,
        /// The first log index it receives again.
        from_index: u64,
        /// Values it held that the current leader never had, now discarded.
        discarded: Vec<String>,
    },
}

/// A leader failure and promotion as the student sees it: who took over, and what it cost.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FailedOver {
    /// The leader that failed.
    pub old_leader: usize,
    /// The replica promoted.
    pub new_leader: usize,
    /// The new leader's last log index: everything after it on the old leader is gone.
    pub promoted_index: u64,
    /// The new leader's term.
    pub term: u32,
    /// The values of acknowledged writes no replica had applied: lost.
    pub lost_acknowledged: Vec<String>,
    /// How many writes not yet acknowledged failed with an error.
    pub failed_writes: usize,
}

/// What a Multi-Leader event did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MlOutcome {
    /// The conflict policy changed.
    PolicySet {
        /// The policy now in force.
        policy: ConflictPolicy,
        /// Switching to last-write-wins settles any siblings at once: the write kept.
        settled: Option<Dot>,
    },
    /// The next client wrote at its nearest leader ([`Dot::leader`]).
    WriteSent {
        /// The write; its slot is the client (0 = A, 1 = B).
        dot: Dot,
    },
    /// Clients A and B wrote at Node 1 and Node 3 at the same moment.
    ConcurrentWritesSent {
        /// Client A's write.
        a: Dot,
        /// Client B's write.
        b: Dot,
    },
}

/// What a Leaderless event did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LlOutcome {
    /// W or R changed; whether W + R > N decides if reads always overlap the last write.
    QuorumSet(QuorumConfig),
    /// The conflict resolution for concurrent writes changed.
    PolicySet(ConflictPolicy),
    /// Clients A and B each sent a write of the same key, with the same version number from
    /// their own coordinators, to W live replicas at the same moment.
    ConcurrentSent {
        /// The version number both writes carry.
        version: u32,
        /// W.
        w: usize,
        /// The replicas client A's and client B's writes went to.
        targets: [Vec<usize>; 2],
        /// How replicas and reads will settle the two.
        policy: ConflictPolicy,
    },
    /// The client sent a write to W live replicas in parallel.
    WriteSent {
        /// The version written.
        version: u32,
        /// W.
        w: usize,
        /// The replicas it went to.
        targets: Vec<usize>,
    },
    /// Fewer than W replicas are up, so the write failed at once.
    WriteFailedAtOnce {
        /// The version that would have been written.
        version: u32,
        /// Replicas up.
        up: usize,
        /// W.
        w: usize,
    },
    /// The client asked R live replicas for the key.
    ReadSent {
        /// R.
        r: usize,
        /// The replicas asked.
        targets: Vec<usize>,
    },
    /// Fewer than R replicas are up, so the read failed at once.
    ReadFailedAtOnce {
        /// Replicas up.
        up: usize,
        /// R.
        r: usize,
    },
    /// A failed replica is back, with whatever (possibly stale) version it held.
    NodeRecovered {
        /// The replica, 0-based.
        node: usize,
        /// The version it holds.
        version: u32,
        /// Replicas up now.
        up: usize,
    },
    /// A replica failed; operations waiting on it may no longer reach their quorum.
    NodeFailed(NodeFailed),
}

/// A Leaderless replica failure and the quorum operations it doomed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeFailed {
    /// The replica, 0-based.
    pub node: usize,
    /// Replicas up now.
    pub up: usize,
    /// Writes that can no longer get W acknowledgements, now failed.
    pub failed_writes: Vec<LlWrite>,
    /// Reads that can no longer get R answers, now failed.
    pub failed_reads: Vec<LlRead>,
    /// N, W and R: new writes fail while fewer than W are up, reads while fewer than R.
    pub quorum: QuorumConfig,
}

/// Something that happened while the clock advanced: a message arrived and its receiver
/// acted on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// When it happened (ms).
    pub at_ms: u64,
    /// What happened, and in which panel.
    pub kind: NoteKind,
}

impl Note {
    /// The panel it happened in.
    pub fn topology(&self) -> Topology {
        match self.kind {
            NoteKind::Single(_) => Topology::SingleLeader,
            NoteKind::Multi(_) => Topology::MultiLeader,
            NoteKind::Leaderless(_) => Topology::Leaderless,
        }
    }
}

/// A note from one of the three panels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoteKind {
    /// From the Single-Leader panel.
    Single(SlNote),
    /// From the Multi-Leader panel.
    Multi(MlNote),
    /// From the Leaderless panel.
    Leaderless(LlNote),
}

/// What happened in the Single-Leader panel when a message arrived.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SlNote {
    /// The leader appended the client's write to its log and streamed it to the replicas.
    Appended {
        /// The leader.
        leader: usize,
        /// The value.
        value: String,
        /// Its log index.
        index: u64,
        /// The live replicas it was streamed to.
        replicas: Vec<usize>,
        /// Synchronous replication: the leader waits for all of them before acknowledging.
        waits: bool,
    },
    /// A replica applied log entries, in log order, after the lag and the network delay.
    Applied {
        /// The replica.
        node: usize,
        /// The value of the last entry applied.
        value: String,
        /// Its log index.
        index: u64,
        /// How long after the leader committed it (ms): the replication lag it saw.
        after_ms: u64,
    },
    /// Every live replica confirmed these writes, so the synchronous leader acknowledges them.
    Confirmed {
        /// The values acknowledged.
        values: Vec<String>,
    },
    /// The synchronous leader's failure detector timed out on a crashed replica: the leader
    /// stops waiting for it and acknowledges the writes held back only for it.
    DeclaredDown {
        /// The replica.
        node: usize,
        /// The values now acknowledged.
        released: Vec<String>,
    },
    /// The client received the acknowledgement for its write.
    Acknowledged {
        /// The value.
        value: String,
        /// From sending to the acknowledgement (ms): the write latency.
        latency_ms: u64,
        /// Whether replication was synchronous (the latency includes the replicas).
        sync: bool,
    },
    /// The client received a read's answer, judged against the leader and its own writes.
    ReadAnswered(ReadAnswer),
}

/// A Single-Leader read's answer as the client received it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadAnswer {
    /// The node that answered.
    pub node: usize,
    /// The value it returned.
    pub value: String,
    /// Its version (applied log index).
    pub index: u64,
    /// Fresh, stale, or missing the client's own write.
    pub verdict: ReadVerdict,
    /// The log index of the client's latest acknowledged write when it read.
    pub own_write: Option<u64>,
}

/// What happened in the Multi-Leader panel when a message arrived.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MlNote {
    /// A leader accepted a client's write and replicated it to every other node.
    Accepted {
        /// The leader.
        leader: usize,
        /// The write.
        dot: Dot,
        /// The values it replaced on the leader.
        replaced: Vec<String>,
        /// The new version's vector.
        vv: VersionVector,
    },
    /// A node ignored a replicated write it had already seen (through a later version).
    Ignored {
        /// The node.
        node: usize,
        /// The write.
        dot: Dot,
    },
    /// A node applied a replicated write that superseded everything it held.
    Applied {
        /// The node.
        node: usize,
        /// The write.
        dot: Dot,
    },
    /// A node found a replicated write concurrent with what it held and settled it.
    ConflictDetected(Conflict),
    /// A client received its leader's acknowledgement.
    Acknowledged {
        /// 0 for client A, 1 for client B.
        client: usize,
        /// The write.
        dot: Dot,
        /// From sending to the acknowledgement (ms).
        latency_ms: u64,
    },
}

/// What happened in the Leaderless panel when a message arrived.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LlNote {
    /// Read repair brought a stale replica up to the version a read returned.
    Repaired {
        /// The replica.
        node: usize,
        /// The version it now holds.
        version: u32,
    },
    /// One more replica acknowledged a write that still needs more.
    Acknowledged {
        /// The replica.
        node: usize,
        /// The version written.
        version: u32,
        /// Acknowledgements so far.
        acks: usize,
        /// W for this write.
        w: usize,
    },
    /// The W-th acknowledgement arrived: the write succeeded.
    WriteSucceeded {
        /// The version written.
        version: u32,
        /// `None` for the panel's client, `Some(0)`/`Some(1)` for client A/B writing at once.
        writer: Option<usize>,
        /// From sending to the W-th acknowledgement (ms).
        latency_ms: u64,
        /// Acknowledgements received.
        acks: usize,
        /// W for this write.
        w: usize,
    },
    /// The R-th answer arrived: the read returns the newest version among the answers and
    /// repairs the replicas that answered with an older one.
    ReadReturned {
        /// The replicas that answered, in node order.
        consulted: Vec<usize>,
        /// The version returned.
        version: u32,
        /// The value(s) returned, e.g. `["v3"]`, or siblings `["A4", "B4"]` to merge.
        values: Vec<String>,
        /// Acknowledged concurrent writes of that version that last-write-wins dropped.
        discarded: Vec<String>,
        /// The newer version acknowledged before the read that it missed (only possible when
        /// W + R ≤ N).
        missed: Option<u32>,
        /// The consulted replicas sent the returned version by read repair.
        repaired: Vec<usize>,
    },
}
