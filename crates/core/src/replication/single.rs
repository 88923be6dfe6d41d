//! The Single-Leader panel: one leader orders every write in its replication log and streams
//! the log to four replicas, which apply it in the same order after the replication lag.
//!
//! Failover follows PostgreSQL/MySQL practice (Patroni, MHA) and Raft's election rule: the most
//! up-to-date live replica is promoted, the term increases, and whatever no live replica had
//! applied is gone. A node that comes back discards the entries the new leader never had (as
//! `pg_rewind` or Raft's log truncation do) and catches up from the new leader.

use rand::seq::IndexedRandom;

use super::net::{hop, Cargo, Endpoint, Message, MessageKind, Network, Post};
use super::outcome::{FailedOver, ReadAnswer, ReadRedirect, Rejection, SlNote, SlOutcome};
use super::{HISTORY_CAP, MAX_IN_FLIGHT, MAX_LAG_MS, NODES};
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

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum SlPayload {
    Write { op: u64 },
    Entries { entries: Vec<LogEntry>, ack: bool },
    ReplicaAck { applied: u64 },
    WriteAck { op: u64 },
    Read { op: u64 },
    ReadReply { op: u64 },
}

/// The Single-Leader panel's state.
#[derive(Debug, Clone, PartialEq, Eq)]
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
    client_far: bool,
    /// Crashed replicas a synchronous leader still waits for, and when its failure detector
    /// will declare each one down: (time in ms, replica).
    detections: Vec<(u64, usize)>,
    delay_ms: u64,
    now: u64,
    rng: SimRng,
}

const CLIENT: Endpoint = Endpoint::Client(0);

/// How long a synchronous leader waits without hearing from a replica before its failure
/// detector declares the replica down and stops waiting for it (ms). A crash is silent: the
/// leader learns of it only through this timeout (PostgreSQL's `wal_sender_timeout`, a
/// heartbeat timeout), and writes stay unacknowledged meanwhile.
pub const FAILURE_DETECTOR_TIMEOUT_MS: u64 = 3_000;

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
            client_far: false,
            detections: Vec::new(),
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
        let detection = self.detections.iter().map(|&(at, _)| at).min();
        [self.net.next_arrival(), detection]
            .into_iter()
            .flatten()
            .min()
    }

    /// Messages in flight plus failure-detector timeouts still running.
    pub(crate) fn in_flight(&self) -> usize {
        self.net.len() + self.detections.len()
    }

    /// Crashed replicas the synchronous leader still waits for, with when its failure
    /// detector will declare each down: (time in ms, replica).
    pub fn detections(&self) -> &[(u64, usize)] {
        &self.detections
    }

    /// Whether the client sits in a far region: its messages to and from the leader take
    /// [`FAR_REGION_FACTOR`](super::FAR_REGION_FACTOR) times the network delay.
    pub fn client_far(&self) -> bool {
        self.client_far
    }

    pub(crate) fn set_client_far(&mut self, far: bool) {
        self.client_far = far;
    }

    /// One client↔leader hop: the network delay with jitter, longer from a far region.
    fn client_hop(&mut self) -> u64 {
        super::net::client_hop(&mut self.rng, self.delay_ms, self.client_far)
    }

    pub(crate) fn set_lag(&mut self, ms: u64) -> SlOutcome {
        self.lag_ms = ms.min(MAX_LAG_MS);
        SlOutcome::LagSet {
            lag_ms: self.lag_ms,
            requested_ms: ms,
        }
    }

    pub(crate) fn set_sync(&mut self, sync: bool) -> SlOutcome {
        self.sync = sync;
        SlOutcome::SyncSet(sync)
    }

    pub(crate) fn set_read_after_write(&mut self, on: bool) -> SlOutcome {
        self.read_after_write = on;
        SlOutcome::ReadAfterWriteSet(on)
    }

    fn busy(&self) -> Result<(), Rejection> {
        if self.net.len() >= MAX_IN_FLIGHT {
            return Err(Rejection::Busy {
                in_flight: self.net.len(),
            });
        }
        Ok(())
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
    pub(crate) fn write(&mut self, now: u64) -> Result<SlOutcome, Rejection> {
        self.busy()?;
        let id = self.op_id();
        let value = format!("v{}", self.next_value);
        self.next_value += 1;
        let delay = self.client_hop();
        let post = Post {
            from: CLIENT,
            to: Endpoint::Node(self.leader),
            kind: MessageKind::Write,
            cargo: Cargo::Value(value.clone()),
            payload: SlPayload::Write { op: id },
        };
        self.net.send(post, now, delay);
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
        Ok(SlOutcome::WriteSent {
            value,
            leader: self.leader,
            sync: self.sync,
        })
    }

    /// Where a read goes: the node and route for `target`, before read-after-write routing.
    fn read_target(
        &mut self,
        target: ReadTarget,
    ) -> Result<(usize, ReadRoute, Option<ReadRedirect>), Rejection> {
        Ok(match target {
            ReadTarget::Leader => (self.leader, ReadRoute::Leader, None),
            ReadTarget::Replica(Some(i)) => match self.nodes.get(i) {
                None => return Err(Rejection::NoSuchReadTarget { node: i }),
                Some(n) if !n.up => return Err(Rejection::ReadTargetDown { node: i }),
                Some(_) if i == self.leader => (
                    i,
                    ReadRoute::Leader,
                    Some(ReadRedirect::PickedTheLeader { node: i }),
                ),
                Some(_) => (i, ReadRoute::Replica, None),
            },
            ReadTarget::Replica(None) => {
                match self.live_replicas().choose(&mut self.rng).copied() {
                    Some(i) => (i, ReadRoute::Replica, None),
                    None => (
                        self.leader,
                        ReadRoute::Leader,
                        Some(ReadRedirect::NoReplicaUp),
                    ),
                }
            }
        })
    }

    /// Read-after-write routing: the redirect to the leader when replica `node` may lack the
    /// client's latest write (still in progress, or acknowledged but not applied there).
    fn own_write_redirect(&self, node: usize) -> Option<ReadRedirect> {
        if let Some(w) = self.writes.iter().rev().find(|w| w.pending()) {
            return Some(ReadRedirect::OwnWriteInProgress {
                value: w.value.clone(),
                replica: node,
            });
        }
        self.last_acked
            .filter(|&p| !self.nodes.get(node).is_some_and(|n| n.contains(p)))
            .map(|p| ReadRedirect::ReplicaLacksOwnWrite {
                replica: node,
                index: p.index,
            })
    }

    /// The client reads the key from a replica or from the leader.
    pub(crate) fn read(&mut self, target: ReadTarget, now: u64) -> Result<SlOutcome, Rejection> {
        self.busy()?;
        let (mut node, mut route, mut redirect) = self.read_target(target)?;
        if route == ReadRoute::Replica && self.read_after_write {
            if let Some(r) = self.own_write_redirect(node) {
                redirect = Some(r);
                node = self.leader;
                route = ReadRoute::LeaderForReadAfterWrite;
            }
        }
        let id = self.op_id();
        let delay = self.client_hop();
        let post = Post {
            from: CLIENT,
            to: Endpoint::Node(node),
            kind: MessageKind::Read,
            cargo: Cargo::Nothing,
            payload: SlPayload::Read { op: id },
        };
        self.net.send(post, now, delay);
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
        Ok(SlOutcome::ReadSent {
            node,
            to_leader: node == self.leader,
            redirect,
        })
    }

    /// The leader crashes; the most up-to-date live replica is promoted.
    pub(crate) fn fail_leader(&mut self, now: u64) -> Result<SlOutcome, Rejection> {
        let old = self.leader;
        let candidates = self.live_replicas();
        let Some(&new) = candidates.iter().max_by_key(|&&i| {
            (
                self.nodes.get(i).map_or(0, SlNode::applied_index),
                std::cmp::Reverse(i),
            )
        }) else {
            return Err(Rejection::NoReplicaToPromote { leader: old });
        };
        let mut failed_writes = self.crash(old);
        for w in &mut self.writes {
            if w.pending() {
                w.status = SlWriteStatus::Failed;
                failed_writes.push(w.id);
            }
        }
        crate::sort::sort_ints(&mut failed_writes);
        failed_writes.dedup();
        // The new leader starts with no failure-detector timeouts of the old one.
        self.detections.clear();
        self.term += 1;
        self.leader = new;
        let new_len = self.nodes.get(new).map_or(0, |n| n.log.len());
        let lost: Vec<LogEntry> = self
            .nodes
            .get(old)
            .map(|n| n.log.iter().skip(new_len).cloned().collect())
            .unwrap_or_default();
        let lost_acknowledged = self.mark_lost(&lost);
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
        Ok(SlOutcome::FailedOver(FailedOver {
            old_leader: old,
            new_leader: new,
            promoted_index: new_len as u64,
            term: self.term,
            lost_acknowledged: lost_values,
            failed_writes: failed_writes.len(),
        }))
    }

    /// Marks the acknowledged writes among the `lost` entries as lost; returns their ids.
    fn mark_lost(&mut self, lost: &[LogEntry]) -> Vec<u64> {
        let mut lost_acknowledged = Vec::new();
        for w in &mut self.writes {
            let was_lost = w.pos.is_some_and(|p| lost.iter().any(|e| e.pos() == p));
            if was_lost && w.status == SlWriteStatus::Acknowledged {
                w.status = SlWriteStatus::Lost;
                lost_acknowledged.push(w.id);
            }
        }
        lost_acknowledged
    }

    /// Takes node `i` down or brings it back.
    pub(crate) fn toggle(&mut self, i: usize, now: u64) -> Result<SlOutcome, Rejection> {
        let Some(node) = self.nodes.get(i) else {
            return Err(Rejection::NoSuchNode { node: i });
        };
        if i == self.leader {
            self.fail_leader(now)
        } else if node.up {
            Ok(self.fail_replica(i, now))
        } else {
            self.rejoin(i, now)
        }
    }

    /// Replica `i` crashes. The leader does not see a crash: a synchronous leader keeps
    /// waiting for the replica until its failure detector times out.
    fn fail_replica(&mut self, i: usize, now: u64) -> SlOutcome {
        self.crash(i);
        let held_back = self
            .writes
            .iter()
            .filter(|w| w.status == SlWriteStatus::WaitingForReplicas)
            .filter(|w| w.waiting_for.contains(&i))
            .count();
        let detect_at_ms = (self.sync && !self.detections.iter().any(|&(_, r)| r == i))
            .then_some(now + FAILURE_DETECTOR_TIMEOUT_MS);
        if let Some(at) = detect_at_ms {
            self.detections.push((at, i));
        }
        SlOutcome::ReplicaFailed {
            node: i,
            held_back_writes: held_back,
            detect_at_ms: self
                .detections
                .iter()
                .find(|&&(_, r)| r == i)
                .map(|&(at, _)| at)
                .filter(|_| self.sync),
        }
    }

    /// The failure detector declares replica `i` down: the leader stops waiting for it and
    /// acknowledges the writes it held back only for it.
    fn declare_down(&mut self, i: usize, now: u64) -> SlNote {
        self.detections.retain(|&(_, r)| r != i);
        let mut released = Vec::new();
        for w in &mut self.writes {
            if w.status == SlWriteStatus::WaitingForReplicas && w.waiting_for.contains(&i) {
                w.waiting_for.retain(|&r| r != i);
                if w.waiting_for.is_empty() {
                    released.push((w.id, w.value.clone()));
                }
            }
        }
        for (id, _) in &released {
            self.send_ack(*id, now);
        }
        SlNote::DeclaredDown {
            node: i,
            released: released.into_iter().map(|(_, v)| v).collect(),
        }
    }

    /// Failed node `i` comes back as a replica: it discards what the leader never had and
    /// catches up.
    fn rejoin(&mut self, i: usize, now: u64) -> Result<SlOutcome, Rejection> {
        let leader_log = self.log().to_vec();
        let Some(node) = self.nodes.get_mut(i) else {
            return Err(Rejection::NoSuchNode { node: i });
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
        Ok(SlOutcome::Rejoined {
            node: i,
            leader: self.leader,
            from_index: common as u64 + 1,
            discarded,
        })
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
            let cargo = Cargo::Entries {
                first: first.index,
                last: last.index,
            };
            let delay = self.lag_ms + hop(&mut self.rng, self.delay_ms);
            let post = Post {
                from: Endpoint::Node(self.leader),
                to: Endpoint::Node(r),
                kind: MessageKind::Replicate,
                cargo,
                payload: SlPayload::Entries {
                    entries: missing,
                    ack: false,
                },
            };
            self.net.send(post, now, delay);
        }
    }

    fn send_ack(&mut self, op: u64, now: u64) {
        let delay = self.client_hop();
        let Some(w) = self.writes.iter_mut().find(|w| w.id == op) else {
            return;
        };
        w.status = SlWriteStatus::AckInFlight;
        let post = Post {
            from: Endpoint::Node(self.leader),
            to: CLIENT,
            kind: MessageKind::WriteAck,
            cargo: Cargo::Value(w.value.clone()),
            payload: SlPayload::WriteAck { op },
        };
        self.net.send(post, now, delay);
    }

    /// Delivers every message due by `until`, in arrival order, noting what happened.
    pub(crate) fn advance_to(&mut self, until: u64, out: &mut Vec<(u64, SlNote)>) {
        loop {
            let detection = self
                .detections
                .iter()
                .copied()
                .filter(|&(at, _)| at <= until)
                .min();
            let message = self.net.next_arrival().filter(|&at| at <= until);
            match (detection, message) {
                (Some((at, i)), m) if m.is_none_or(|m| at <= m) => {
                    self.now = self.now.max(at);
                    let note = self.declare_down(i, self.now);
                    out.push((self.now, note));
                }
                (_, Some(_)) => {
                    let Some((msg, payload)) = self.net.pop_due(until) else {
                        break;
                    };
                    self.now = self.now.max(msg.arrives_at_ms);
                    if let Some(note) = self.deliver(&msg, payload) {
                        out.push((self.now, note));
                    }
                }
                _ => break,
            }
        }
        self.now = self.now.max(until);
    }

    fn deliver(&mut self, msg: &Message, payload: SlPayload) -> Option<SlNote> {
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

    fn on_write(&mut self, n: usize, op: u64, now: u64) -> Option<SlNote> {
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
            let post = Post {
                from: Endpoint::Node(n),
                to: Endpoint::Node(r),
                kind: MessageKind::Replicate,
                cargo: Cargo::Value(entry.value.clone()),
                payload: SlPayload::Entries {
                    entries: vec![entry.clone()],
                    ack: self.sync,
                },
            };
            self.net.send(post, now, delay);
        }
        // A crashed replica not yet declared down is still waited for: its copy is lost.
        let mut waiting_for = replicas.clone();
        waiting_for.extend(self.detections.iter().map(|&(_, r)| r));
        crate::sort::sort_usizes(&mut waiting_for);
        waiting_for.dedup();
        let waits = self.sync && !waiting_for.is_empty();
        if let Some(w) = self.writes.iter_mut().find(|w| w.id == op) {
            if waits {
                w.status = SlWriteStatus::WaitingForReplicas;
                w.waiting_for = waiting_for;
            }
        }
        if !waits {
            self.send_ack(op, now);
        }
        Some(SlNote::Appended {
            leader: n,
            value: entry.value,
            index: entry.index,
            replicas,
            waits,
        })
    }

    fn on_entries(
        &mut self,
        n: usize,
        from: Endpoint,
        entries: Vec<LogEntry>,
        ack: bool,
        now: u64,
    ) -> Option<SlNote> {
        let node = self.nodes.get_mut(n)?;
        let mut applied = None;
        for e in entries {
            let next = node.log.len() as u64 + 1;
            if e.index == next {
                applied = Some(e.clone());
                node.log.push(e);
            } else if e.index > next {
                break;
            }
        }
        let last = applied?;
        let applied_index = node.log.len() as u64;
        if ack {
            let delay = hop(&mut self.rng, self.delay_ms);
            let post = Post {
                from: Endpoint::Node(n),
                to: from,
                kind: MessageKind::ReplicaAck,
                cargo: Cargo::AppliedIndex(applied_index),
                payload: SlPayload::ReplicaAck {
                    applied: applied_index,
                },
            };
            self.net.send(post, now, delay);
        }
        Some(SlNote::Applied {
            node: n,
            after_ms: now.saturating_sub(last.committed_at_ms),
            value: last.value,
            index: last.index,
        })
    }

    fn on_replica_ack(&mut self, n: usize, r: usize, applied: u64, now: u64) -> Option<SlNote> {
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
        (!values.is_empty()).then_some(SlNote::Confirmed { values })
    }

    fn on_write_ack(&mut self, op: u64, now: u64) -> Option<SlNote> {
        let sync = self.sync;
        let w = self.writes.iter_mut().find(|w| w.id == op)?;
        w.status = SlWriteStatus::Acknowledged;
        w.acked_at_ms = Some(now);
        if let Some(p) = w.pos {
            if self.last_acked.is_none_or(|last| p > last) {
                self.last_acked = Some(p);
            }
        }
        Some(SlNote::Acknowledged {
            value: w.value.clone(),
            latency_ms: now.saturating_sub(w.sent_at_ms),
            sync,
        })
    }

    fn on_read(&mut self, n: usize, op: u64, now: u64) -> Option<SlNote> {
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
        let delay = self.client_hop();
        let post = Post {
            from: Endpoint::Node(n),
            to: CLIENT,
            kind: MessageKind::ReadReply,
            cargo: Cargo::Value(value),
            payload: SlPayload::ReadReply { op },
        };
        self.net.send(post, now, delay);
        None
    }

    fn on_read_reply(&mut self, op: u64, now: u64) -> Option<SlNote> {
        let read = self.reads.iter_mut().find(|r| r.id == op)?;
        read.answered_at_ms = Some(now);
        let served = read.served.as_ref()?;
        Some(SlNote::ReadAnswered(ReadAnswer {
            node: read.node,
            value: served.value.clone(),
            index: served.index,
            verdict: served.verdict,
            own_write: read.own_write.map(|p| p.index),
        }))
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
