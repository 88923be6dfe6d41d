//! The Single-Leader panel: one leader orders every write in its replication log and streams
//! the log to four replicas, which apply it in the same order after the replication lag.
//!
//! Failover follows PostgreSQL/MySQL practice (Patroni, MHA) and Raft's election rule: the most
//! up-to-date live replica is promoted, the term increases, and whatever no live replica had
//! applied is gone. A node that comes back discards the entries the new leader never had (as
//! `pg_rewind` or Raft's log truncation do) and catches up from the new leader.

use rand::seq::IndexedRandom;

use super::net::{hop, Endpoint, Message, MessageKind, Network};
use super::{HISTORY_CAP, MAX_IN_FLIGHT, MAX_LAG_MS, NODES};
use crate::quorum::node_list;
use crate::rng::SimRng;

/// The value every node holds before the first write.
pub const INITIAL_VALUE: &str = "v0";

/// A position in the replication log: the entry's index (1-based) and the leader term that
/// wrote it. Two logs holding the same position hold the same entry (Raft's log matching).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LogPos {
    /// The leader term in which the entry was written (compared first).
    pub term: u32,
    /// The entry's index in the log, starting at 1.
    pub index: u64,
}

/// One entry of the replication log: a write of the key, in the order the leader accepted it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogEntry {
    /// Its index in the log, starting at 1; it is also the version a node holding it shows.
    pub index: u64,
    /// The leader term that wrote it (1 for the first leader, +1 at each failover).
    pub term: u32,
    /// The value written, e.g. `"v3"`.
    pub value: String,
    /// When the leader appended it (ms): the start of every replica's lag for this entry.
    pub committed_at_ms: u64,
}

impl LogEntry {
    /// The entry's position.
    pub fn pos(&self) -> LogPos {
        LogPos {
            term: self.term,
            index: self.index,
        }
    }
}

/// One node of the Single-Leader panel: whether it is up, and the log entries it has applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlNode {
    up: bool,
    log: Vec<LogEntry>,
}

impl SlNode {
    /// Whether the node is up; a down node keeps its log but receives nothing.
    pub fn up(&self) -> bool {
        self.up
    }

    /// The entries this node has applied, in log order (the leader's log is the whole log).
    pub fn log(&self) -> &[LogEntry] {
        &self.log
    }

    /// The index of the last applied entry (0 before any write): the node's version.
    pub fn applied_index(&self) -> u64 {
        self.log.len() as u64
    }

    /// The value of the key on this node: the last applied entry's value.
    pub fn value(&self) -> &str {
        self.log.last().map_or(INITIAL_VALUE, |e| e.value.as_str())
    }

    /// Whether this node has applied the entry at `pos`.
    pub fn contains(&self, pos: LogPos) -> bool {
        pos.index >= 1
            && usize::try_from(pos.index - 1)
                .ok()
                .and_then(|i| self.log.get(i))
                .is_some_and(|e| e.term == pos.term)
    }
}

/// How far a replica trails the leader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReplicaStatus {
    /// The replica, 0-based.
    pub node: usize,
    /// Whether it is up.
    pub up: bool,
    /// The index of the last entry it applied.
    pub applied_index: u64,
    /// How many of the leader's entries it has not applied yet.
    pub entries_behind: u64,
    /// How long ago the leader committed the oldest entry this replica still lacks (0 when
    /// caught up): the replication lag as PostgreSQL's `replay_lag` reports it.
    pub lag_ms: u64,
}

/// Where a client's write is on its way to being acknowledged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlWriteStatus {
    /// On its way from the client to the leader.
    Sent,
    /// In the leader's log; under synchronous replication the leader waits for the replicas
    /// in `waiting_for` to apply it before acknowledging.
    WaitingForReplicas,
    /// Committed; the acknowledgement is on its way to the client.
    AckInFlight,
    /// The client received the acknowledgement: the database promised the write is durable.
    Acknowledged,
    /// The leader failed before the client got an acknowledgement; the client sees an error.
    Failed,
    /// Acknowledged, then lost: the leader failed before any replica applied it, and the
    /// promoted replica never had it (asynchronous replication's risk).
    Lost,
}

/// One write by the client, from the click to its acknowledgement (or failure).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlWrite {
    /// A number unique within the panel.
    pub id: u64,
    /// The value written.
    pub value: String,
    /// The leader it was sent to.
    pub leader: usize,
    /// When the client sent it (ms).
    pub sent_at_ms: u64,
    /// Its log position once the leader appended it.
    pub pos: Option<LogPos>,
    /// When the leader appended it (ms).
    pub committed_at_ms: Option<u64>,
    /// Under synchronous replication, the replicas that have not yet confirmed applying it.
    pub waiting_for: Vec<usize>,
    /// When the client received the acknowledgement (ms).
    pub acked_at_ms: Option<u64>,
    /// Where it stands.
    pub status: SlWriteStatus,
}

impl SlWrite {
    /// The write latency the client saw: from sending to receiving the acknowledgement.
    pub fn latency_ms(&self) -> Option<u64> {
        self.acked_at_ms
            .map(|at| at.saturating_sub(self.sent_at_ms))
    }

    fn pending(&self) -> bool {
        matches!(
            self.status,
            SlWriteStatus::Sent | SlWriteStatus::WaitingForReplicas | SlWriteStatus::AckInFlight
        )
    }
}

/// Why a read went to the node it went to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadRoute {
    /// A read replica, as the student asked.
    Replica,
    /// The leader, as the student asked.
    Leader,
    /// The leader instead of the asked-for replica: read-after-write routing saw that the
    /// replica might not have the client's own latest write yet.
    LeaderForReadAfterWrite,
}

/// What a read returned, judged against the leader and the client's own writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadVerdict {
    /// The node had every entry the leader had when it answered.
    Fresh,
    /// The node trailed the leader by `behind` entries, but had the client's own latest
    /// acknowledged write (or the client had none): stale, yet consistent for this user.
    Stale {
        /// Entries the node lacked.
        behind: u64,
    },
    /// The node lacked the client's own latest acknowledged write: the read-your-writes
    /// anomaly ("When Lag Bites").
    MissedOwnWrite {
        /// Entries the node lacked.
        behind: u64,
    },
}

/// What a node answered to a read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServedRead {
    /// When the node answered (ms).
    pub at_ms: u64,
    /// The node's applied index: the version it returned.
    pub index: u64,
    /// The value it returned.
    pub value: String,
    /// The leader's last index at that moment.
    pub leader_index: u64,
    /// Fresh, stale, or missing the client's own write.
    pub verdict: ReadVerdict,
}

/// One read by the client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlRead {
    /// A number unique within the panel.
    pub id: u64,
    /// The node it was sent to.
    pub node: usize,
    /// Why it went there.
    pub route: ReadRoute,
    /// Whether read-after-write routing was on when the read was sent.
    pub read_after_write: bool,
    /// When the client sent it (ms).
    pub issued_at_ms: u64,
    /// The client's latest acknowledged write when it sent the read.
    pub own_write: Option<LogPos>,
    /// What the node answered, once the request reached it.
    pub served: Option<ServedRead>,
    /// When the answer reached the client (ms).
    pub answered_at_ms: Option<u64>,
    /// Whether the read failed because its node failed first.
    pub failed: bool,
}

/// A leader failure and the promotion that followed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failover {
    /// When it happened (ms).
    pub at_ms: u64,
    /// The leader that failed.
    pub old_leader: usize,
    /// The replica promoted in its place.
    pub new_leader: usize,
    /// The new leader's term.
    pub term: u32,
    /// The entries the old leader had that the new leader lacks: gone.
    pub lost: Vec<LogEntry>,
    /// The ids of lost writes whose acknowledgement the client had already received.
    pub lost_acknowledged: Vec<u64>,
}

/// Where a read should go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ReadTarget {
    /// A replica: the given one, or a random live one.
    Replica(Option<usize>),
    /// The leader.
    Leader,
}

#[derive(Debug, Clone)]
pub(crate) enum SlPayload {
    Write { op: u64 },
    Entries { entries: Vec<LogEntry>, ack: bool },
    ReplicaAck { applied: u64 },
    WriteAck { op: u64 },
    Read { op: u64 },
    ReadReply { op: u64 },
}

/// The Single-Leader panel's state.
#[derive(Debug, Clone)]
pub struct SingleLeader {
    nodes: Vec<SlNode>,
    leader: usize,
    term: u32,
    net: Network<SlPayload>,
    writes: Vec<SlWrite>,
    reads: Vec<SlRead>,
    failovers: Vec<Failover>,
    next_op: u64,
    next_value: u64,
    last_acked: Option<LogPos>,
    lag_ms: u64,
    sync: bool,
    read_after_write: bool,
    delay_ms: u64,
    now: u64,
    rng: SimRng,
}

const CLIENT: Endpoint = Endpoint::Client(0);

impl SingleLeader {
    pub(crate) fn new(
        lag_ms: u64,
        sync: bool,
        read_after_write: bool,
        delay_ms: u64,
        rng: SimRng,
    ) -> Self {
        SingleLeader {
            nodes: vec![
                SlNode {
                    up: true,
                    log: Vec::new()
                };
                NODES
            ],
            leader: 0,
            term: 1,
            net: Network::new(),
            writes: Vec::new(),
            reads: Vec::new(),
            failovers: Vec::new(),
            next_op: 0,
            next_value: 1,
            last_acked: None,
            lag_ms: lag_ms.min(MAX_LAG_MS),
            sync,
            read_after_write,
            delay_ms,
            now: 0,
            rng,
        }
    }

    /// The five nodes, Node 1 first.
    pub fn nodes(&self) -> &[SlNode] {
        &self.nodes
    }

    /// The current leader (0-based): Node 1 until a failover.
    pub fn leader(&self) -> usize {
        self.leader
    }

    /// The current leader term: 1, plus one per failover.
    pub fn term(&self) -> u32 {
        self.term
    }

    /// The replication log: the leader's applied entries, in order.
    pub fn log(&self) -> &[LogEntry] {
        self.nodes.get(self.leader).map_or(&[], |n| n.log())
    }

    /// How far each non-leader node trails the leader.
    pub fn replica_status(&self) -> Vec<ReplicaStatus> {
        let log = self.log();
        (0..NODES)
            .filter(|&i| i != self.leader)
            .filter_map(|i| {
                let node = self.nodes.get(i)?;
                let applied = node.applied_index();
                let behind = (log.len() as u64).saturating_sub(applied);
                let lag_ms = usize::try_from(applied)
                    .ok()
                    .and_then(|a| log.get(a))
                    .filter(|_| behind > 0)
                    .map_or(0, |e| self.now.saturating_sub(e.committed_at_ms));
                Some(ReplicaStatus {
                    node: i,
                    up: node.up,
                    applied_index: applied,
                    entries_behind: behind,
                    lag_ms,
                })
            })
            .collect()
    }

    /// The client's writes, oldest first (the oldest finished ones are dropped past a cap).
    pub fn writes(&self) -> &[SlWrite] {
        &self.writes
    }

    /// The client's reads, oldest first (the oldest finished ones are dropped past a cap).
    pub fn reads(&self) -> &[SlRead] {
        &self.reads
    }

    /// The latency of the most recently acknowledged write (ms): what the panel shows as
    /// "write latency"; it grows with the lag under synchronous replication.
    pub fn last_latency_ms(&self) -> Option<u64> {
        self.writes.iter().rev().find_map(SlWrite::latency_ms)
    }

    /// Every failover so far, oldest first.
    pub fn failovers(&self) -> &[Failover] {
        &self.failovers
    }

    /// The client's latest acknowledged write, which read-after-write routing protects.
    pub fn last_acknowledged(&self) -> Option<LogPos> {
        self.last_acked
    }

    /// The replication lag setting (ms): how long an entry takes to reach a replica's
    /// applied state beyond the network delay.
    pub fn lag_ms(&self) -> u64 {
        self.lag_ms
    }

    /// Whether replication is synchronous: the leader acknowledges a write only after every
    /// live replica applied it.
    pub fn sync(&self) -> bool {
        self.sync
    }

    /// Whether read-after-write routing is on.
    pub fn read_after_write(&self) -> bool {
        self.read_after_write
    }

    /// The messages in flight, in send order.
    pub fn messages(&self) -> impl Iterator<Item = &Message> {
        self.net.messages()
    }

    pub(crate) fn next_arrival(&self) -> Option<u64> {
        self.net.next_arrival()
    }

    pub(crate) fn in_flight(&self) -> usize {
        self.net.len()
    }

    pub(crate) fn set_lag(&mut self, ms: u64) -> String {
        self.lag_ms = ms.min(MAX_LAG_MS);
        let mut s = format!(
            "Replication lag set to {} ms: replicas apply each entry about that long after the leader.",
            self.lag_ms
        );
        if ms > MAX_LAG_MS {
            s.push_str(&format!(" ({ms} ms is above the {MAX_LAG_MS} ms maximum.)"));
        }
        s
    }

    pub(crate) fn set_sync(&mut self, sync: bool) -> String {
        self.sync = sync;
        if sync {
            "Synchronous replication: the leader acknowledges a write only after every live replica applied it, so writes are slower but survive a leader failure.".to_string()
        } else {
            "Asynchronous replication: the leader acknowledges a write as soon as it is in its own log, so writes are fast but can be lost if the leader fails before replicating.".to_string()
        }
    }

    pub(crate) fn set_read_after_write(&mut self, on: bool) -> String {
        self.read_after_write = on;
        if on {
            "Read-after-write routing on: while a replica may lack your latest write, your reads go to the leader.".to_string()
        } else {
            "Read-after-write routing off: reads go to the replica you pick, however far behind it is.".to_string()
        }
    }

    fn busy(&self) -> Option<String> {
        (self.net.len() >= MAX_IN_FLIGHT).then(|| {
            format!(
                "Too many messages in flight ({}); let the simulation run before adding more.",
                self.net.len()
            )
        })
    }

    fn op_id(&mut self) -> u64 {
        let id = self.next_op;
        self.next_op += 1;
        id
    }

    fn live_replicas(&self) -> Vec<usize> {
        (0..NODES)
            .filter(|&i| i != self.leader && self.nodes.get(i).is_some_and(|n| n.up))
            .collect()
    }

    /// The client sends a new value to the leader.
    pub(crate) fn write(&mut self, now: u64) -> String {
        if let Some(why) = self.busy() {
            return why;
        }
        let id = self.op_id();
        let value = format!("v{}", self.next_value);
        self.next_value += 1;
        let delay = hop(&mut self.rng, self.delay_ms);
        self.net.send(
            CLIENT,
            Endpoint::Node(self.leader),
            MessageKind::Write,
            value.clone(),
            SlPayload::Write { op: id },
            now,
            delay,
        );
        self.writes.push(SlWrite {
            id,
            value: value.clone(),
            leader: self.leader,
            sent_at_ms: now,
            pos: None,
            committed_at_ms: None,
            waiting_for: Vec::new(),
            acked_at_ms: None,
            status: SlWriteStatus::Sent,
        });
        self.trim();
        format!(
            "The client sends {value} to the leader, Node {}; {} replication will follow.",
            self.leader + 1,
            if self.sync {
                "synchronous"
            } else {
                "asynchronous"
            }
        )
    }

    /// The client reads the key from a replica or from the leader.
    pub(crate) fn read(&mut self, target: ReadTarget, now: u64) -> String {
        if let Some(why) = self.busy() {
            return why;
        }
        let mut prefix = String::new();
        let (mut node, mut route) = match target {
            ReadTarget::Leader => (self.leader, ReadRoute::Leader),
            ReadTarget::Replica(Some(i)) => match self.nodes.get(i) {
                None => {
                    return format!(
                        "There is no Node {}; nothing was read.",
                        i.saturating_add(1)
                    )
                }
                Some(n) if !n.up => return format!("Node {} is down; pick a live replica.", i + 1),
                Some(_) if i == self.leader => {
                    prefix = format!("Node {} is the leader, so this is a leader read. ", i + 1);
                    (i, ReadRoute::Leader)
                }
                Some(_) => (i, ReadRoute::Replica),
            },
            ReadTarget::Replica(None) => {
                match self.live_replicas().choose(&mut self.rng).copied() {
                    Some(i) => (i, ReadRoute::Replica),
                    None => {
                        prefix = "No replica is up, so the leader serves the read. ".to_string();
                        (self.leader, ReadRoute::Leader)
                    }
                }
            }
        };
        if route == ReadRoute::Replica && self.read_after_write {
            let pending = self.writes.iter().rev().find(|w| w.pending());
            let missing = self
                .last_acked
                .filter(|&p| !self.nodes.get(node).is_some_and(|n| n.contains(p)));
            if let Some(w) = pending {
                prefix = format!(
                    "Read-after-write: your write {} is still in progress, so the read goes to the leader instead of Node {}. ",
                    w.value,
                    node + 1
                );
                node = self.leader;
                route = ReadRoute::LeaderForReadAfterWrite;
            } else if let Some(p) = missing {
                prefix = format!(
                    "Read-after-write: Node {} has not applied your write #{} yet, so the read goes to the leader. ",
                    node + 1,
                    p.index
                );
                node = self.leader;
                route = ReadRoute::LeaderForReadAfterWrite;
            }
        }
        let id = self.op_id();
        let delay = hop(&mut self.rng, self.delay_ms);
        self.net.send(
            CLIENT,
            Endpoint::Node(node),
            MessageKind::Read,
            String::new(),
            SlPayload::Read { op: id },
            now,
            delay,
        );
        self.reads.push(SlRead {
            id,
            node,
            route,
            read_after_write: self.read_after_write,
            issued_at_ms: now,
            own_write: self.last_acked,
            served: None,
            answered_at_ms: None,
            failed: false,
        });
        self.trim();
        let role = if node == self.leader {
            "the leader"
        } else {
            "replica"
        };
        format!(
            "{prefix}The client reads the key from {role} Node {}.",
            node + 1
        )
    }

    /// The leader crashes; the most up-to-date live replica is promoted.
    pub(crate) fn fail_leader(&mut self, now: u64) -> String {
        let old = self.leader;
        let candidates = self.live_replicas();
        let Some(&new) = candidates.iter().max_by_key(|&&i| {
            (
                self.nodes.get(i).map_or(0, SlNode::applied_index),
                std::cmp::Reverse(i),
            )
        }) else {
            return format!(
                "Node {} is the only node up; failing it would leave no replica to promote.",
                old + 1
            );
        };
        let mut failed_writes = self.crash(old);
        for w in &mut self.writes {
            if w.pending() {
                w.status = SlWriteStatus::Failed;
                failed_writes.push(w.id);
            }
        }
        failed_writes.sort_unstable();
        failed_writes.dedup();
        self.term += 1;
        self.leader = new;
        let new_len = self.nodes.get(new).map_or(0, |n| n.log.len());
        let lost: Vec<LogEntry> = self
            .nodes
            .get(old)
            .map(|n| n.log.iter().skip(new_len).cloned().collect())
            .unwrap_or_default();
        let mut lost_acknowledged = Vec::new();
        for w in &mut self.writes {
            let was_lost = w.pos.is_some_and(|p| lost.iter().any(|e| e.pos() == p));
            if was_lost && w.status == SlWriteStatus::Acknowledged {
                w.status = SlWriteStatus::Lost;
                lost_acknowledged.push(w.id);
            }
        }
        for r in self.live_replicas() {
            self.catch_up(r, now);
        }
        let lost_values: Vec<String> = self
            .writes
            .iter()
            .filter(|w| lost_acknowledged.contains(&w.id))
            .map(|w| w.value.clone())
            .collect();
        self.failovers.push(Failover {
            at_ms: now,
            old_leader: old,
            new_leader: new,
            term: self.term,
            lost,
            lost_acknowledged,
        });
        let mut s = format!(
            "Leader Node {} fails. Node {}, the most up-to-date replica (log index {new_len}), is promoted to leader for term {}.",
            old + 1,
            new + 1,
            self.term
        );
        if !lost_values.is_empty() {
            s.push_str(&format!(
                " Acknowledged write {} never reached a replica and is lost.",
                lost_values.join(", ")
            ));
        }
        if !failed_writes.is_empty() {
            s.push_str(&format!(
                " {} write{} not yet acknowledged fail{} with an error.",
                failed_writes.len(),
                if failed_writes.len() == 1 { "" } else { "s" },
                if failed_writes.len() == 1 { "s" } else { "" }
            ));
        }
        s
    }

    /// Takes node `i` down or brings it back.
    pub(crate) fn toggle(&mut self, i: usize, now: u64) -> String {
        let Some(node) = self.nodes.get(i) else {
            return format!("There is no Node {}.", i.saturating_add(1));
        };
        if i == self.leader {
            return self.fail_leader(now);
        }
        if node.up {
            self.crash(i);
            let mut acked_now = Vec::new();
            for k in 0..self.writes.len() {
                let Some(w) = self.writes.get_mut(k) else {
                    continue;
                };
                if w.status == SlWriteStatus::WaitingForReplicas {
                    w.waiting_for.retain(|&r| r != i);
                    if w.waiting_for.is_empty() {
                        acked_now.push(w.id);
                    }
                }
            }
            for id in &acked_now {
                self.send_ack(*id, now);
            }
            let mut s = format!(
                "Replica Node {} fails; the leader stops streaming to it.",
                i + 1
            );
            if !acked_now.is_empty() {
                s.push_str(
                    " The leader stops waiting for it and acknowledges the writes it held back.",
                );
            }
            s
        } else {
            let leader_log = self.log().to_vec();
            let Some(node) = self.nodes.get_mut(i) else {
                return format!("There is no Node {}.", i.saturating_add(1));
            };
            let common = node
                .log
                .iter()
                .zip(&leader_log)
                .take_while(|(a, b)| a.pos() == b.pos())
                .count();
            let discarded: Vec<String> = node
                .log
                .split_off(common)
                .into_iter()
                .map(|e| e.value)
                .collect();
            node.up = true;
            self.catch_up(i, now);
            let mut s = format!(
                "Node {} comes back as a replica of Node {} and catches up from log index {}.",
                i + 1,
                self.leader + 1,
                common + 1
            );
            if !discarded.is_empty() {
                s.push_str(&format!(
                    " It first discards {}, which the current leader never had.",
                    discarded.join(", ")
                ));
            }
            s
        }
    }

    /// Takes node `i` down and drops its in-flight messages; returns the writes that failed.
    fn crash(&mut self, i: usize) -> Vec<u64> {
        if let Some(n) = self.nodes.get_mut(i) {
            n.up = false;
        }
        let mut failed_writes = Vec::new();
        for (_, payload) in self.net.drop_touching(i) {
            match payload {
                SlPayload::Write { op } | SlPayload::WriteAck { op } => {
                    if let Some(w) = self.writes.iter_mut().find(|w| w.id == op) {
                        w.status = SlWriteStatus::Failed;
                        failed_writes.push(op);
                    }
                }
                SlPayload::Read { op } | SlPayload::ReadReply { op } => {
                    if let Some(r) = self.reads.iter_mut().find(|r| r.id == op) {
                        r.failed = true;
                    }
                }
                SlPayload::Entries { .. } | SlPayload::ReplicaAck { .. } => {}
            }
        }
        failed_writes
    }

    /// The leader sends replica `r` every entry it lacks, in one batch.
    fn catch_up(&mut self, r: usize, now: u64) {
        let have = self.nodes.get(r).map_or(0, |n| n.log.len());
        let missing: Vec<LogEntry> = self.log().iter().skip(have).cloned().collect();
        if let (Some(first), Some(last)) = (missing.first(), missing.last()) {
            let label = if first.index == last.index {
                format!("#{}", first.index)
            } else {
                format!("#{}–#{}", first.index, last.index)
            };
            let delay = self.lag_ms + hop(&mut self.rng, self.delay_ms);
            self.net.send(
                Endpoint::Node(self.leader),
                Endpoint::Node(r),
                MessageKind::Replicate,
                label,
                SlPayload::Entries {
                    entries: missing,
                    ack: false,
                },
                now,
                delay,
            );
        }
    }

    fn send_ack(&mut self, op: u64, now: u64) {
        let delay = hop(&mut self.rng, self.delay_ms);
        let Some(w) = self.writes.iter_mut().find(|w| w.id == op) else {
            return;
        };
        w.status = SlWriteStatus::AckInFlight;
        self.net.send(
            Endpoint::Node(self.leader),
            CLIENT,
            MessageKind::WriteAck,
            w.value.clone(),
            SlPayload::WriteAck { op },
            now,
            delay,
        );
    }

    /// Delivers every message due by `until`, in arrival order, noting what happened.
    pub(crate) fn advance_to(&mut self, until: u64, out: &mut Vec<(u64, String)>) {
        while let Some((msg, payload)) = self.net.pop_due(until) {
            self.now = self.now.max(msg.arrives_at_ms);
            if let Some(text) = self.deliver(&msg, payload) {
                out.push((self.now, text));
            }
        }
        self.now = self.now.max(until);
    }

    fn deliver(&mut self, msg: &Message, payload: SlPayload) -> Option<String> {
        let now = self.now;
        match (msg.to, payload) {
            (Endpoint::Node(n), SlPayload::Write { op }) => self.on_write(n, op, now),
            (Endpoint::Node(n), SlPayload::Entries { entries, ack }) => {
                self.on_entries(n, msg.from, entries, ack, now)
            }
            (Endpoint::Node(n), SlPayload::ReplicaAck { applied }) => {
                let Endpoint::Node(r) = msg.from else {
                    return None;
                };
                self.on_replica_ack(n, r, applied, now)
            }
            (Endpoint::Node(n), SlPayload::Read { op }) => self.on_read(n, op, now),
            (Endpoint::Client(_), SlPayload::WriteAck { op }) => self.on_write_ack(op, now),
            (Endpoint::Client(_), SlPayload::ReadReply { op }) => self.on_read_reply(op, now),
            _ => None,
        }
    }

    fn on_write(&mut self, n: usize, op: u64, now: u64) -> Option<String> {
        if n != self.leader {
            return None;
        }
        let term = self.term;
        let w = self.writes.iter_mut().find(|w| w.id == op)?;
        let leader = self.nodes.get_mut(n)?;
        let entry = LogEntry {
            index: leader.log.len() as u64 + 1,
            term,
            value: w.value.clone(),
            committed_at_ms: now,
        };
        leader.log.push(entry.clone());
        w.pos = Some(entry.pos());
        w.committed_at_ms = Some(now);
        let replicas = self.live_replicas();
        for &r in &replicas {
            let delay = self.lag_ms + hop(&mut self.rng, self.delay_ms);
            self.net.send(
                Endpoint::Node(n),
                Endpoint::Node(r),
                MessageKind::Replicate,
                entry.value.clone(),
                SlPayload::Entries {
                    entries: vec![entry.clone()],
                    ack: self.sync,
                },
                now,
                delay,
            );
        }
        let waiting = self.sync && !replicas.is_empty();
        if let Some(w) = self.writes.iter_mut().find(|w| w.id == op) {
            if waiting {
                w.status = SlWriteStatus::WaitingForReplicas;
                w.waiting_for = replicas.clone();
            }
        }
        if !waiting {
            self.send_ack(op, now);
        }
        let mut s = format!(
            "Leader Node {} appends {} at log index {} and streams it to {}",
            n + 1,
            entry.value,
            entry.index,
            node_list(&replicas)
        );
        if waiting {
            s.push_str("; it waits for all of them before acknowledging.");
        } else {
            s.push_str("; it acknowledges the client right away.");
        }
        Some(s)
    }

    fn on_entries(
        &mut self,
        n: usize,
        from: Endpoint,
        entries: Vec<LogEntry>,
        ack: bool,
        now: u64,
    ) -> Option<String> {
        let node = self.nodes.get_mut(n)?;
        let mut applied = Vec::new();
        for e in entries {
            let next = node.log.len() as u64 + 1;
            if e.index == next {
                applied.push(e.clone());
                node.log.push(e);
            } else if e.index > next {
                break;
            }
        }
        let last = applied.last()?;
        let text = format!(
            "Node {} applies {} (log index {}), {} ms after the leader committed it.",
            n + 1,
            last.value,
            last.index,
            now.saturating_sub(last.committed_at_ms)
        );
        let applied_index = node.log.len() as u64;
        if ack {
            let delay = hop(&mut self.rng, self.delay_ms);
            self.net.send(
                Endpoint::Node(n),
                from,
                MessageKind::ReplicaAck,
                format!("#{applied_index}"),
                SlPayload::ReplicaAck {
                    applied: applied_index,
                },
                now,
                delay,
            );
        }
        Some(text)
    }

    fn on_replica_ack(&mut self, n: usize, r: usize, applied: u64, now: u64) -> Option<String> {
        if n != self.leader {
            return None;
        }
        let term = self.term;
        let mut done = Vec::new();
        for w in &mut self.writes {
            let covered = w.pos.is_some_and(|p| p.term == term && p.index <= applied);
            if w.status == SlWriteStatus::WaitingForReplicas && covered {
                w.waiting_for.retain(|&x| x != r);
                if w.waiting_for.is_empty() {
                    done.push((w.id, w.value.clone()));
                }
            }
        }
        for (id, _) in &done {
            self.send_ack(*id, now);
        }
        let values: Vec<String> = done.into_iter().map(|(_, v)| v).collect();
        (!values.is_empty()).then(|| {
            format!(
                "Every live replica has confirmed {}, so the leader acknowledges it.",
                values.join(", ")
            )
        })
    }

    fn on_write_ack(&mut self, op: u64, now: u64) -> Option<String> {
        let sync = self.sync;
        let w = self.writes.iter_mut().find(|w| w.id == op)?;
        w.status = SlWriteStatus::Acknowledged;
        w.acked_at_ms = Some(now);
        if let Some(p) = w.pos {
            if self.last_acked.is_none_or(|last| p > last) {
                self.last_acked = Some(p);
            }
        }
        let latency = now.saturating_sub(w.sent_at_ms);
        Some(format!(
            "The client receives the acknowledgement for {}: write latency {latency} ms{}.",
            w.value,
            if sync {
                " (synchronous: it waited for the replicas)"
            } else {
                ""
            }
        ))
    }

    fn on_read(&mut self, n: usize, op: u64, now: u64) -> Option<String> {
        let node = self.nodes.get(n)?;
        let leader = self.nodes.get(self.leader)?;
        let index = node.applied_index();
        let leader_index = leader.applied_index();
        let behind = leader_index.saturating_sub(index);
        let read = self.reads.iter_mut().find(|r| r.id == op)?;
        let own = read.own_write.filter(|&p| leader.contains(p));
        let verdict = match own {
            Some(p) if !node.contains(p) => ReadVerdict::MissedOwnWrite { behind },
            _ if behind > 0 => ReadVerdict::Stale { behind },
            _ => ReadVerdict::Fresh,
        };
        let value = node.value().to_string();
        read.served = Some(ServedRead {
            at_ms: now,
            index,
            value: value.clone(),
            leader_index,
            verdict,
        });
        let delay = hop(&mut self.rng, self.delay_ms);
        self.net.send(
            Endpoint::Node(n),
            CLIENT,
            MessageKind::ReadReply,
            value,
            SlPayload::ReadReply { op },
            now,
            delay,
        );
        None
    }

    fn on_read_reply(&mut self, op: u64, now: u64) -> Option<String> {
        let read = self.reads.iter_mut().find(|r| r.id == op)?;
        read.answered_at_ms = Some(now);
        let served = read.served.as_ref()?;
        let who = format!("Node {}", read.node + 1);
        let own = read
            .own_write
            .map(|p| format!("your write #{}", p.index))
            .unwrap_or_default();
        Some(match served.verdict {
            ReadVerdict::Fresh => format!(
                "{who} returns {} (version {}), as fresh as the leader.",
                served.value, served.index
            ),
            ReadVerdict::Stale { behind } => format!(
                "{who} returns {} (version {}), {behind} entr{} behind the leader: stale, though it has your own writes.",
                served.value,
                served.index,
                if behind == 1 { "y" } else { "ies" }
            ),
            ReadVerdict::MissedOwnWrite { behind } => format!(
                "{who} returns {} (version {}), {behind} entr{} behind the leader and missing {own}: the read-your-writes anomaly.",
                served.value,
                served.index,
                if behind == 1 { "y" } else { "ies" }
            ),
        })
    }

    /// Drops the oldest finished operations beyond the history cap.
    fn trim(&mut self) {
        while self.writes.len() > HISTORY_CAP {
            let Some(k) = self.writes.iter().position(|w| !w.pending()) else {
                break;
            };
            self.writes.remove(k);
        }
        while self.reads.len() > HISTORY_CAP {
            let Some(k) = self
                .reads
                .iter()
                .position(|r| r.failed || r.answered_at_ms.is_some())
            else {
                break;
            };
            self.reads.remove(k);
        }
    }
}
