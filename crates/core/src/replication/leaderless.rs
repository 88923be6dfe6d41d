//! The Leaderless panel: Dynamo-style quorums over five equal replicas.
//!
//! A write goes from the client to W live replicas in parallel and succeeds once W acknowledge
//! it; a read asks R live replicas, returns the newest version among their answers, and sends
//! that version back to every consulted replica that answered with an older one (read repair,
//! as in Dynamo and Cassandra). The panel's client writes through one coordinator whose
//! counter numbers its versions, so its own writes are ordered and a replica keeps the newest.
//! Real coordinators send every write to all N replicas and wait for W acknowledgements; here
//! the write goes to exactly W of them, as the chapter's diagram draws it, which leaves the
//! other replicas stale until a read repairs them. The quorum arithmetic is the same either way.
//!
//! Quorums do not settle concurrent writes. [`Leaderless::concurrent_writes`] has clients A and
//! B write the same key at the same moment through two coordinators, each with its own counter:
//! both writes carry the same version number, neither has seen the other, and both reach W
//! replicas and are acknowledged. What a replica (and a read) then keeps depends on the
//! panel's [`ConflictPolicy`]: last-write-wins keeps the write with the later coordinator
//! timestamp and silently drops the other acknowledged write (Cassandra); version vectors
//! (Dynamo, Riak, Voldemort) see that neither write covers the other and keep both as siblings,
//! which a read returns for the client to merge. The client's next write, made after such a
//! read, supersedes the siblings it merged.

use rand::seq::index;

use rand::Rng;

use super::multi::{ConflictPolicy, CLIENT_NAMES};
use super::net::{Cargo, Endpoint, Message, MessageKind, Network, Post};
use super::outcome::{LlNote, LlOutcome, NodeFailed, Rejection};
use super::{HISTORY_CAP, MAX_IN_FLIGHT, NODES};
use crate::quorum::QuorumConfig;
use crate::rng::SimRng;

/// One stored value of the key: its version number, which client wrote it when two wrote at
/// once, and the coordinator's timestamp that last-write-wins compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LlValue {
    /// The version number (0 is the initial value).
    pub version: u32,
    /// `None` for the panel's client; `Some(0)` for client A and `Some(1)` for client B of
    /// [`Leaderless::concurrent_writes`], whose two coordinators gave both writes this version.
    pub writer: Option<usize>,
    /// The coordinator's clock (ms) when it took the write.
    pub ts_ms: u64,
}

impl LlValue {
    /// The value's name: `"v3"` for the panel's client, `"A3"` or `"B3"` for a concurrent
    /// write.
    pub fn name(&self) -> String {
        match self.writer {
            None => format!("v{}", self.version),
            Some(k) => format!(
                "{}{}",
                CLIENT_NAMES.get(k).copied().unwrap_or("?"),
                self.version
            ),
        }
    }
}

const INITIAL: LlValue = LlValue {
    version: 0,
    writer: None,
    ts_ms: 0,
};

/// Merges two sets of values by `policy`: only the highest version survives; several writes
/// with that version are concurrent, and last-write-wins keeps the one with the latest
/// timestamp (ties: the higher client) while version vectors keep them all as siblings.
pub fn merge_values(a: &[LlValue], b: &[LlValue], policy: ConflictPolicy) -> Vec<LlValue> {
    let top = a.iter().chain(b).map(|v| v.version).max().unwrap_or(0);
    let mut kept: Vec<LlValue> = a
        .iter()
        .chain(b)
        .filter(|v| v.version == top)
        .copied()
        .collect();
    // None before Some(0) before Some(1); equal keys here are equal values.
    crate::sort::sort_by_u64_keys(&mut kept, |v| {
        (v.writer.map_or(0, |w| w as u64 + 1), v.ts_ms)
    });
    kept.dedup_by_key(|v| v.writer);
    if policy == ConflictPolicy::LastWriteWins {
        if let Some(winner) = kept.iter().max_by_key(|v| (v.ts_ms, v.writer)).copied() {
            kept = vec![winner];
        }
    }
    if kept.is_empty() {
        kept.push(INITIAL);
    }
    kept
}

/// One replica: whether it is up, and the value(s) of the key it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LlNode {
    up: bool,
    held: Vec<LlValue>,
}

impl LlNode {
    /// Whether the replica is up; a failed replica keeps its data but receives nothing.
    pub fn up(&self) -> bool {
        self.up
    }

    /// The newest version this replica holds (0 is the initial value).
    pub fn version(&self) -> u32 {
        self.held.iter().map(|v| v.version).max().unwrap_or(0)
    }

    /// The values held: one, or several siblings after concurrent writes kept by version
    /// vectors.
    pub fn held(&self) -> &[LlValue] {
        &self.held
    }

    /// The names of the values it holds, e.g. `["v3"]` or `["A4", "B4"]`.
    pub fn values(&self) -> Vec<String> {
        self.held.iter().map(LlValue::name).collect()
    }

    /// The value(s) it holds in words, e.g. `"v3"` or `"A4 and B4"`.
    pub fn value(&self) -> String {
        self.values().join(" and ")
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
    /// `None` for the panel's client, `Some(0)` or `Some(1)` for client A or B writing at once.
    pub writer: Option<usize>,
    /// The coordinator's timestamp on the write, which last-write-wins compares.
    pub ts_ms: u64,
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
    /// The value(s) returned: one, or siblings for the client to merge.
    pub values: Vec<LlValue>,
    /// Acknowledged writes of the returned version that the read does not return:
    /// last-write-wins dropped them.
    pub discarded: Vec<LlValue>,
    /// The consulted replicas that answered with an older version and were sent the newest.
    pub repaired: Vec<usize>,
    /// Each answer in full: (replica, the value(s) it held).
    pub answers: Vec<(usize, Vec<LlValue>)>,
    /// When the R-th answer arrived (ms).
    pub answered_at_ms: Option<u64>,
    /// Where it stands.
    pub status: QuorumStatus,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum LlPayload {
    Write { op: u64, value: LlValue },
    WriteAck { op: u64 },
    Read { op: u64 },
    ReadReply { op: u64, values: Vec<LlValue> },
    Repair { values: Vec<LlValue> },
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
    policy: ConflictPolicy,
    client_far: bool,
    delay_ms: u64,
    now: u64,
    rng: SimRng,
}

const CLIENT: Endpoint = Endpoint::Client(0);

/// The Leaderless panel's settings.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LlSettings {
    pub quorum: QuorumConfig,
    pub policy: ConflictPolicy,
    pub client_far: bool,
    pub delay_ms: u64,
}

impl Leaderless {
    pub(crate) fn new(settings: LlSettings, rng: SimRng) -> Self {
        let LlSettings {
            quorum,
            policy,
            client_far,
            delay_ms,
        } = settings;
        Leaderless {
            nodes: vec![
                LlNode {
                    up: true,
                    held: vec![INITIAL],
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
            policy,
            client_far,
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

    /// How concurrent writes are settled: last-write-wins or version vectors (siblings).
    pub fn policy(&self) -> ConflictPolicy {
        self.policy
    }

    /// Whether the client sits in a far region, so each of its messages takes
    /// [`FAR_REGION_FACTOR`](super::FAR_REGION_FACTOR) times the network delay (every replica is in the near region).
    pub fn client_far(&self) -> bool {
        self.client_far
    }

    pub(crate) fn set_policy(&mut self, policy: ConflictPolicy) -> LlOutcome {
        self.policy = policy;
        LlOutcome::PolicySet(policy)
    }

    pub(crate) fn set_client_far(&mut self, far: bool) {
        self.client_far = far;
    }

    /// One client↔replica hop: the network delay with jitter, longer from a far region.
    fn client_hop(&mut self) -> u64 {
        super::net::client_hop(&mut self.rng, self.delay_ms, self.client_far)
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
        crate::sort::sort_usizes(&mut chosen);
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
        let version = self.next_version;
        self.next_version = self.next_version.saturating_add(1);
        let up = self.up_count();
        let value = LlValue {
            version,
            writer: None,
            ts_ms: now,
        };
        let targets = self.send_write(value, now);
        Ok(if targets.is_empty() {
            LlOutcome::WriteFailedAtOnce { version, up, w }
        } else {
            LlOutcome::WriteSent {
                version,
                w,
                targets,
            }
        })
    }

    /// Clients A and B write the same key at the same moment through two coordinators, each
    /// numbering the write with its own counter: two acknowledged writes, neither of which saw
    /// the other.
    pub fn concurrent_writes(&mut self, now: u64) -> Result<LlOutcome, Rejection> {
        self.busy()?;
        let w = self.quorum.w;
        let up = self.up_count();
        let version = self.next_version;
        self.next_version = self.next_version.saturating_add(1);
        if up < w {
            return Ok(LlOutcome::WriteFailedAtOnce { version, up, w });
        }
        let mut targets: [Vec<usize>; 2] = [Vec::new(), Vec::new()];
        for (k, slot) in targets.iter_mut().enumerate() {
            // Each coordinator's clock is a few milliseconds off the other's.
            let skew: u64 = self.rng.random_range(0..8);
            let value = LlValue {
                version,
                writer: Some(k),
                ts_ms: now + skew,
            };
            *slot = self.send_write(value, now);
        }
        Ok(LlOutcome::ConcurrentSent {
            version,
            w,
            targets,
            policy: self.policy,
        })
    }

    /// Sends `value` from its client to W live replicas and records the write; returns the
    /// replicas (none, and the write failed, if fewer than W are up).
    fn send_write(&mut self, value: LlValue, now: u64) -> Vec<usize> {
        let w = self.quorum.w;
        let id = self.op_id();
        let targets = if self.up_count() < w {
            Vec::new()
        } else {
            self.pick(w)
        };
        let (from, cargo) = match value.writer {
            None => (CLIENT, Cargo::Version(value.version)),
            Some(k) => (Endpoint::Client(k), Cargo::Value(value.name())),
        };
        for &t in &targets {
            let delay = self.client_hop();
            let post = Post {
                from,
                to: Endpoint::Node(t),
                kind: MessageKind::Write,
                cargo: cargo.clone(),
                payload: LlPayload::Write { op: id, value },
            };
            self.net.send(post, now, delay);
        }
        self.writes.push(LlWrite {
            id,
            version: value.version,
            writer: value.writer,
            ts_ms: value.ts_ms,
            needed: w,
            status: if targets.is_empty() {
                QuorumStatus::Failed
            } else {
                QuorumStatus::Pending
            },
            targets: targets.clone(),
            acks: Vec::new(),
            lost: Vec::new(),
            sent_at_ms: now,
            acked_at_ms: None,
        });
        self.trim();
        targets
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
            let delay = self.client_hop();
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
            values: Vec::new(),
            discarded: Vec::new(),
            repaired: Vec::new(),
            answers: Vec::new(),
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
            let version = node.version();
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
            (Endpoint::Node(n), from, LlPayload::Write { op, value }) => {
                self.store(n, &[value]);
                let post = Post {
                    from: Endpoint::Node(n),
                    to: from,
                    kind: MessageKind::WriteAck,
                    cargo: Cargo::Version(value.version),
                    payload: LlPayload::WriteAck { op },
                };
                let delay = self.client_hop();
                self.net.send(post, self.now, delay);
                None
            }
            (Endpoint::Node(n), _, LlPayload::Read { op }) => {
                let node = self.nodes.get(n)?;
                let values = node.held.clone();
                let post = Post {
                    from: Endpoint::Node(n),
                    to: CLIENT,
                    kind: MessageKind::ReadReply,
                    cargo: cargo_of(&values),
                    payload: LlPayload::ReadReply { op, values },
                };
                let delay = self.client_hop();
                self.net.send(post, self.now, delay);
                None
            }
            (Endpoint::Node(n), _, LlPayload::Repair { values }) => {
                let version = values.iter().map(|v| v.version).max().unwrap_or(0);
                self.store(n, &values)
                    .then_some(LlNote::Repaired { node: n, version })
            }
            (Endpoint::Client(_), Endpoint::Node(from), LlPayload::WriteAck { op }) => {
                self.on_ack(op, from)
            }
            (Endpoint::Client(_), Endpoint::Node(from), LlPayload::ReadReply { op, values }) => {
                self.on_reply(op, from, values)
            }
            _ => None,
        }
    }

    /// Merges `incoming` into node `n`'s values by the panel's policy; returns whether they
    /// changed.
    fn store(&mut self, n: usize, incoming: &[LlValue]) -> bool {
        let policy = self.policy;
        match self.nodes.get_mut(n) {
            Some(node) if node.up => {
                let merged = merge_values(&node.held, incoming, policy);
                let changed = merged != node.held;
                node.held = merged;
                changed
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
                writer: w.writer,
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

    fn on_reply(&mut self, op: u64, from: usize, values: Vec<LlValue>) -> Option<LlNote> {
        let now = self.now;
        let policy = self.policy;
        let read = self.reads.iter_mut().find(|r| r.id == op)?;
        let version = values.iter().map(|v| v.version).max().unwrap_or(0);
        read.replies.push((from, version));
        read.answers.push((from, values));
        if read.status != QuorumStatus::Pending || read.replies.len() < read.needed {
            return None;
        }
        let merged = read
            .answers
            .iter()
            .fold(Vec::new(), |acc, (_, v)| merge_values(&acc, v, policy));
        let newest = merged.iter().map(|v| v.version).max().unwrap_or(0);
        let mut stale: Vec<usize> = read
            .answers
            .iter()
            .filter(|(_, v)| merge_values(v, &merged, policy) != *v)
            .map(|&(n, _)| n)
            .collect();
        crate::sort::sort_usizes(&mut stale);
        stale.dedup();
        // Acknowledged concurrent writes of this version that lost to a value the read
        // returned (a newer write the read merely missed is stale, not dropped).
        let best = merged.iter().map(|v| (v.ts_ms, v.writer)).max();
        let discarded: Vec<LlValue> = self
            .writes
            .iter()
            .filter(|w| w.status == QuorumStatus::Succeeded && w.version == newest)
            .filter(|w| w.writer.is_some() && !merged.iter().any(|v| v.writer == w.writer))
            .filter_map(|w| {
                let ts_ms = w.ts_ms;
                (Some((ts_ms, w.writer)) < best).then_some(LlValue {
                    version: w.version,
                    writer: w.writer,
                    ts_ms,
                })
            })
            .collect();
        let read = self.reads.iter_mut().find(|r| r.id == op)?;
        read.status = QuorumStatus::Succeeded;
        read.returned = Some(newest);
        read.values = merged.clone();
        read.discarded = discarded.clone();
        read.repaired = stale.clone();
        read.answered_at_ms = Some(now);
        let mut consulted: Vec<usize> = read.replies.iter().map(|&(n, _)| n).collect();
        crate::sort::sort_usizes(&mut consulted);
        let missed = (newest < read.latest_at_issue).then_some(read.latest_at_issue);
        for &n in &stale {
            let delay = self.client_hop();
            let post = Post {
                from: CLIENT,
                to: Endpoint::Node(n),
                kind: MessageKind::ReadRepair,
                cargo: cargo_of(&merged),
                payload: LlPayload::Repair {
                    values: merged.clone(),
                },
            };
            self.net.send(post, now, delay);
        }
        Some(LlNote::ReadReturned {
            consulted,
            version: newest,
            values: merged.iter().map(LlValue::name).collect(),
            discarded: discarded.iter().map(LlValue::name).collect(),
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

/// What a message carrying `values` shows: the version for one ordinary value, else the names.
fn cargo_of(values: &[LlValue]) -> Cargo {
    match values {
        [one] if one.writer.is_none() => Cargo::Version(one.version),
        _ => Cargo::Value(
            values
                .iter()
                .map(LlValue::name)
                .collect::<Vec<_>>()
                .join("+"),
        ),
    }
}
