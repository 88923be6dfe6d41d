//! The Leaderless panel: Dynamo-style quorums over five equal replicas.
//!
//! A write goes from the client to W live replicas in parallel and succeeds once W acknowledge
//! it; a read asks R live replicas, returns the newest version among their answers, and sends
//! that version back to every consulted replica that answered with an older one (read repair,
//! as in Dynamo and Cassandra). Versions are the coordinator's write counter, so a replica keeps
//! whichever version is newer (Cassandra's last-write-wins cells). Real coordinators send every
//! write to all N replicas and wait for W acknowledgements; here the write goes to exactly W of
//! them, as the chapter's diagram draws it, which leaves the other replicas stale until a read
//! repairs them. The quorum arithmetic is the same either way.

use rand::seq::index;

use super::net::{hop, Cargo, Endpoint, Message, MessageKind, Network, Post};
use super::outcome::{LlNote, LlOutcome, NodeFailed, Rejection};
use super::{HISTORY_CAP, MAX_IN_FLIGHT, NODES};
use crate::quorum::QuorumConfig;
use crate::rng::SimRng;

/// One replica: whether it is up, and the newest version of the key it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LlNode {
    up: bool,
    version: u32,
}

impl LlNode {
    /// Whether the replica is up; a failed replica keeps its data but receives nothing.
    pub fn up(&self) -> bool {
        self.up
    }

    /// The newest version this replica holds (0 is the initial value).
    pub fn version(&self) -> u32 {
        self.version
    }

    /// The value it holds, e.g. `"v3"`.
    pub fn value(&self) -> String {
        format!("v{}", self.version)
    }
}

/// Whether a quorum operation has finished, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuorumStatus {
    /// Waiting for answers.
    Pending,
    /// W acknowledgements (write) or R answers (read) arrived.
    Succeeded,
    /// Too few replicas were up, or a replica failed before answering, so the quorum was not
    /// reached: the client sees an error.
    Failed,
}

/// One quorum write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LlWrite {
    /// A number unique within the panel.
    pub id: u64,
    /// The version written (the value is `v` and this number).
    pub version: u32,
    /// W at the time of the write.
    pub needed: usize,
    /// The replicas the client sent it to (empty if too few were up).
    pub targets: Vec<usize>,
    /// The replicas whose acknowledgement arrived.
    pub acks: Vec<usize>,
    /// The replicas that failed before acknowledging.
    pub lost: Vec<usize>,
    /// When the client sent it (ms).
    pub sent_at_ms: u64,
    /// When the W-th acknowledgement arrived (ms).
    pub acked_at_ms: Option<u64>,
    /// Where it stands.
    pub status: QuorumStatus,
}

/// One quorum read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LlRead {
    /// A number unique within the panel.
    pub id: u64,
    /// R at the time of the read.
    pub needed: usize,
    /// The replicas consulted (empty if too few were up).
    pub targets: Vec<usize>,
    /// The answers received: (replica, version it held).
    pub replies: Vec<(usize, u32)>,
    /// The replicas that failed before answering.
    pub lost: Vec<usize>,
    /// When the client sent it (ms).
    pub issued_at_ms: u64,
    /// The newest version acknowledged before the read whose W, with this read's R, exceeds
    /// N: the quorum overlap guarantees the read returns at least this.
    pub guaranteed: u32,
    /// The newest version acknowledged before the read, whatever its W: a read returning
    /// less is stale (possible only when W + R ≤ N).
    pub latest_at_issue: u32,
    /// The version returned: the newest among the answers.
    pub returned: Option<u32>,
    /// The consulted replicas that answered with an older version and were sent the newest.
    pub repaired: Vec<usize>,
    /// When the R-th answer arrived (ms).
    pub answered_at_ms: Option<u64>,
    /// Where it stands.
    pub status: QuorumStatus,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum LlPayload {
    Write { op: u64, version: u32 },
    WriteAck { op: u64 },
    Read { op: u64 },
    ReadReply { op: u64, version: u32 },
    Repair { version: u32 },
}

/// The Leaderless panel's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leaderless {
    nodes: Vec<LlNode>,
    quorum: QuorumConfig,
    net: Network<LlPayload>,
    writes: Vec<LlWrite>,
    reads: Vec<LlRead>,
    next_op: u64,
    next_version: u32,
    /// The newest acknowledged version for each W it was written with (index W).
    acked_by_w: [u32; NODES + 1],
    delay_ms: u64,
    now: u64,
    rng: SimRng,
}

const CLIENT: Endpoint = Endpoint::Client(0);

impl Leaderless {
    pub(crate) fn new(quorum: QuorumConfig, delay_ms: u64, rng: SimRng) -> Self {
        Leaderless {
            nodes: vec![
                LlNode {
                    up: true,
                    version: 0
                };
                NODES
            ],
            quorum: QuorumConfig::new(NODES, quorum.w, quorum.r),
            net: Network::new(),
            writes: Vec::new(),
            reads: Vec::new(),
            next_op: 0,
            next_version: 1,
            acked_by_w: [0; NODES + 1],
            delay_ms,
            now: 0,
            rng,
        }
    }

    /// The five replicas, Node 1 first.
    pub fn nodes(&self) -> &[LlNode] {
        &self.nodes
    }

    /// N (always 5), W and R.
    pub fn quorum(&self) -> QuorumConfig {
        self.quorum
    }

    /// The newest version any write has had acknowledged by W replicas (0 if none).
    pub fn latest_acknowledged(&self) -> u32 {
        self.acked_by_w.iter().copied().max().unwrap_or(0)
    }

    /// The quorum writes, oldest first (the oldest finished ones are dropped past a cap).
    pub fn writes(&self) -> &[LlWrite] {
        &self.writes
    }

    /// The quorum reads, oldest first (the oldest finished ones are dropped past a cap).
    pub fn reads(&self) -> &[LlRead] {
        &self.reads
    }

    /// How many replicas are up.
    pub fn up_count(&self) -> usize {
        self.nodes.iter().filter(|n| n.up).count()
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

    pub(crate) fn set_quorum(&mut self, w: usize, r: usize) -> LlOutcome {
        self.quorum = QuorumConfig::new(NODES, w, r);
        LlOutcome::QuorumSet(self.quorum)
    }

    fn busy(&self) -> Result<(), Rejection> {
        if self.net.len() >= MAX_IN_FLIGHT {
            return Err(Rejection::Busy {
                in_flight: self.net.len(),
            });
        }
        Ok(())
    }

    fn live(&self) -> Vec<usize> {
        (0..NODES)
            .filter(|&i| self.nodes.get(i).is_some_and(|n| n.up))
            .collect()
    }

    fn pick(&mut self, k: usize) -> Vec<usize> {
        let live = self.live();
        let k = k.min(live.len());
        let mut chosen: Vec<usize> = index::sample(&mut self.rng, live.len(), k)
            .into_iter()
            .filter_map(|j| live.get(j).copied())
            .collect();
        chosen.sort_unstable();
        chosen
    }

    fn op_id(&mut self) -> u64 {
        let id = self.next_op;
        self.next_op += 1;
        id
    }

    /// The client writes a new version to W live replicas in parallel.
    pub(crate) fn write(&mut self, now: u64) -> Result<LlOutcome, Rejection> {
        self.busy()?;
        let w = self.quorum.w;
        let id = self.op_id();
        let version = self.next_version;
        self.next_version = self.next_version.saturating_add(1);
        let up = self.up_count();
        let targets = if up < w { Vec::new() } else { self.pick(w) };
        for &t in &targets {
            let delay = hop(&mut self.rng, self.delay_ms);
            let post = Post {
                from: CLIENT,
                to: Endpoint::Node(t),
                kind: MessageKind::Write,
                cargo: Cargo::Version(version),
                payload: LlPayload::Write { op: id, version },
            };
            self.net.send(post, now, delay);
        }
        let outcome = if targets.is_empty() {
            LlOutcome::WriteFailedAtOnce { version, up, w }
        } else {
            LlOutcome::WriteSent {
                version,
                w,
                targets: targets.clone(),
            }
        };
        self.writes.push(LlWrite {
            id,
            version,
            needed: w,
            status: if targets.is_empty() {
                QuorumStatus::Failed
            } else {
                QuorumStatus::Pending
            },
            targets,
            acks: Vec::new(),
            lost: Vec::new(),
            sent_at_ms: now,
            acked_at_ms: None,
        });
        self.trim();
        Ok(outcome)
    }

    /// The client reads from R live replicas.
    pub(crate) fn read(&mut self, now: u64) -> Result<LlOutcome, Rejection> {
        self.busy()?;
        let r = self.quorum.r;
        let id = self.op_id();
        let guaranteed = (0..=NODES)
            .filter(|&w| w + r > NODES)
            .filter_map(|w| self.acked_by_w.get(w).copied())
            .max()
            .unwrap_or(0);
        let up = self.up_count();
        let targets = if up < r { Vec::new() } else { self.pick(r) };
        let failed = targets.is_empty();
        for &t in &targets {
            let delay = hop(&mut self.rng, self.delay_ms);
            let post = Post {
                from: CLIENT,
                to: Endpoint::Node(t),
                kind: MessageKind::Read,
                cargo: Cargo::Nothing,
                payload: LlPayload::Read { op: id },
            };
            self.net.send(post, now, delay);
        }
        let outcome = if failed {
            LlOutcome::ReadFailedAtOnce { up, r }
        } else {
            LlOutcome::ReadSent {
                r,
                targets: targets.clone(),
            }
        };
        self.reads.push(LlRead {
            id,
            needed: r,
            targets,
            replies: Vec::new(),
            lost: Vec::new(),
            issued_at_ms: now,
            guaranteed,
            latest_at_issue: self.latest_acknowledged(),
            returned: None,
            repaired: Vec::new(),
            answered_at_ms: None,
            status: if failed {
                QuorumStatus::Failed
            } else {
                QuorumStatus::Pending
            },
        });
        self.trim();
        Ok(outcome)
    }

    /// Fails replica `i`, or brings it back.
    pub(crate) fn toggle(&mut self, i: usize) -> Result<LlOutcome, Rejection> {
        let Some(node) = self.nodes.get_mut(i) else {
            return Err(Rejection::NoSuchNode { node: i });
        };
        if !node.up {
            node.up = true;
            let version = node.version;
            return Ok(LlOutcome::NodeRecovered {
                node: i,
                version,
                up: self.up_count(),
            });
        }
        node.up = false;
        let (touched_writes, touched_reads) = self.drop_messages_of(i);
        let mut failed_writes = Vec::new();
        for w in &mut self.writes {
            let doomed = w.status == QuorumStatus::Pending
                && w.targets.len().saturating_sub(w.lost.len()) < w.needed;
            if touched_writes.contains(&w.id) && doomed {
                w.status = QuorumStatus::Failed;
                failed_writes.push(w.clone());
            }
        }
        let mut failed_reads = Vec::new();
        for r in &mut self.reads {
            let doomed = r.status == QuorumStatus::Pending
                && r.targets.len().saturating_sub(r.lost.len()) < r.needed;
            if touched_reads.contains(&r.id) && doomed {
                r.status = QuorumStatus::Failed;
                failed_reads.push(r.clone());
            }
        }
        Ok(LlOutcome::NodeFailed(NodeFailed {
            node: i,
            up: self.up_count(),
            failed_writes,
            failed_reads,
            quorum: self.quorum,
        }))
    }

    /// Drops every message to or from failed replica `i`, recording it as lost on the writes
    /// and reads it served; returns the ids of those writes and reads.
    fn drop_messages_of(&mut self, i: usize) -> (Vec<u64>, Vec<u64>) {
        let mut touched_writes = Vec::new();
        let mut touched_reads = Vec::new();
        for (_, payload) in self.net.drop_touching(i) {
            match payload {
                LlPayload::Write { op, .. } | LlPayload::WriteAck { op } => {
                    if let Some(w) = self.writes.iter_mut().find(|w| w.id == op) {
                        w.lost.push(i);
                        touched_writes.push(op);
                    }
                }
                LlPayload::Read { op } | LlPayload::ReadReply { op, .. } => {
                    if let Some(r) = self.reads.iter_mut().find(|r| r.id == op) {
                        r.lost.push(i);
                        touched_reads.push(op);
                    }
                }
                LlPayload::Repair { .. } => {}
            }
        }
        (touched_writes, touched_reads)
    }

    /// Delivers every message due by `until`, in arrival order, noting what happened.
    pub(crate) fn advance_to(&mut self, until: u64, out: &mut Vec<(u64, LlNote)>) {
        while let Some((msg, payload)) = self.net.pop_due(until) {
            self.now = self.now.max(msg.arrives_at_ms);
            if let Some(note) = self.deliver(&msg, payload) {
                out.push((self.now, note));
            }
        }
        self.now = self.now.max(until);
    }

    fn deliver(&mut self, msg: &Message, payload: LlPayload) -> Option<LlNote> {
        match (msg.to, msg.from, payload) {
            (Endpoint::Node(n), _, LlPayload::Write { op, version }) => {
                self.store(n, version);
                self.reply(
                    n,
                    MessageKind::WriteAck,
                    version,
                    LlPayload::WriteAck { op },
                );
                None
            }
            (Endpoint::Node(n), _, LlPayload::Read { op }) => {
                let version = self.nodes.get(n).map_or(0, |x| x.version);
                let payload = LlPayload::ReadReply { op, version };
                self.reply(n, MessageKind::ReadReply, version, payload);
                None
            }
            (Endpoint::Node(n), _, LlPayload::Repair { version }) => self
                .store(n, version)
                .then_some(LlNote::Repaired { node: n, version }),
            (Endpoint::Client(_), Endpoint::Node(from), LlPayload::WriteAck { op }) => {
                self.on_ack(op, from)
            }
            (Endpoint::Client(_), Endpoint::Node(from), LlPayload::ReadReply { op, version }) => {
                self.on_reply(op, from, version)
            }
            _ => None,
        }
    }

    /// Replica `n` answers the client, carrying `version`.
    fn reply(&mut self, n: usize, kind: MessageKind, version: u32, payload: LlPayload) {
        let delay = hop(&mut self.rng, self.delay_ms);
        let post = Post {
            from: Endpoint::Node(n),
            to: CLIENT,
            kind,
            cargo: Cargo::Version(version),
            payload,
        };
        self.net.send(post, self.now, delay);
    }

    /// Stores `version` on node `n` if it is newer; returns whether it was.
    fn store(&mut self, n: usize, version: u32) -> bool {
        match self.nodes.get_mut(n) {
            Some(node) if node.up && version > node.version => {
                node.version = version;
                true
            }
            _ => false,
        }
    }

    fn on_ack(&mut self, op: u64, from: usize) -> Option<LlNote> {
        let now = self.now;
        let w = self.writes.iter_mut().find(|w| w.id == op)?;
        w.acks.push(from);
        if w.status != QuorumStatus::Pending {
            return None;
        }
        if w.acks.len() >= w.needed {
            w.status = QuorumStatus::Succeeded;
            w.acked_at_ms = Some(now);
            if let Some(best) = self.acked_by_w.get_mut(w.needed) {
                *best = (*best).max(w.version);
            }
            return Some(LlNote::WriteSucceeded {
                version: w.version,
                latency_ms: now.saturating_sub(w.sent_at_ms),
                acks: w.acks.len(),
                w: w.needed,
            });
        }
        Some(LlNote::Acknowledged {
            node: from,
            version: w.version,
            acks: w.acks.len(),
            w: w.needed,
        })
    }

    fn on_reply(&mut self, op: u64, from: usize, version: u32) -> Option<LlNote> {
        let now = self.now;
        let read = self.reads.iter_mut().find(|r| r.id == op)?;
        read.replies.push((from, version));
        if read.status != QuorumStatus::Pending || read.replies.len() < read.needed {
            return None;
        }
        let newest = read.replies.iter().map(|&(_, v)| v).max().unwrap_or(0);
        let mut stale: Vec<usize> = read
            .replies
            .iter()
            .filter(|&&(_, v)| v < newest)
            .map(|&(n, _)| n)
            .collect();
        stale.sort_unstable();
        read.status = QuorumStatus::Succeeded;
        read.returned = Some(newest);
        read.repaired = stale.clone();
        read.answered_at_ms = Some(now);
        let mut consulted: Vec<usize> = read.replies.iter().map(|&(n, _)| n).collect();
        consulted.sort_unstable();
        let missed = (newest < read.latest_at_issue).then_some(read.latest_at_issue);
        for &n in &stale {
            let delay = hop(&mut self.rng, self.delay_ms);
            let post = Post {
                from: CLIENT,
                to: Endpoint::Node(n),
                kind: MessageKind::ReadRepair,
                cargo: Cargo::Version(newest),
                payload: LlPayload::Repair { version: newest },
            };
            self.net.send(post, now, delay);
        }
        Some(LlNote::ReadReturned {
            consulted,
            version: newest,
            missed,
            repaired: stale,
        })
    }

    fn trim(&mut self) {
        while self.writes.len() > HISTORY_CAP {
            let Some(k) = self
                .writes
                .iter()
                .position(|w| w.status != QuorumStatus::Pending)
            else {
                break;
            };
            self.writes.remove(k);
        }
        while self.reads.len() > HISTORY_CAP {
            let Some(k) = self
                .reads
                .iter()
                .position(|r| r.status != QuorumStatus::Pending)
            else {
                break;
            };
            self.reads.remove(k);
        }
    }
}
