//! The Multi-Leader panel: Nodes 1 and 3 both accept writes, apply them locally, and replicate
//! them asynchronously to the other leader and to the three non-leaders.
//!
//! Conflicts are detected with version vectors, one counter per leader (the mechanism that
//! leaderless Dynamo-style stores such as Riak and Voldemort keep per replica; multi-leader
//! systems such as CouchDB track revision histories to the same end): every version carries
//! how many writes of each leader it has seen. A node receiving
//! a version that neither covers nor is covered by what it holds has found two concurrent
//! writes, a conflict, and resolves it by the panel's policy: last-write-wins (the later
//! timestamp, ties to the higher node number, so every node picks the same winner; Cassandra's
//! rule) or keep-siblings (both values are kept until a later write supersedes them, Riak's
//! `allow_mult`).

use std::cmp::Ordering;

use super::net::{hop, Cargo, Endpoint, Message, MessageKind, Network, Post};
use super::outcome::{MlNote, MlOutcome, Rejection};
use super::{HISTORY_CAP, MAX_IN_FLIGHT, NODES};
use crate::rng::SimRng;

/// The two leaders, 0-based: Node 1 and Node 3.
pub const LEADERS: [usize; 2] = [0, 2];

/// The clients' names: client A writes at Node 1, client B at Node 3 (each at its nearest
/// leader).
pub const CLIENT_NAMES: [&str; 2] = ["A", "B"];

/// The value every node holds before the first write.
pub const INITIAL_VALUE: &str = "v0";

/// A version vector: how many writes of each leader (Node 1, Node 3) a version has seen.
pub type VersionVector = [u32; 2];

/// How two version vectors relate: one saw everything the other did, or neither did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    /// The same history.
    Equal,
    /// The first saw strictly less: it happened before the second.
    Before,
    /// The first saw strictly more: it happened after the second.
    After,
    /// Each saw a write the other did not: concurrent writes, a conflict.
    Concurrent,
}

/// Compares two version vectors entry by entry.
pub fn compare(a: VersionVector, b: VersionVector) -> Causality {
    let le = a.iter().zip(&b).all(|(x, y)| x <= y);
    let ge = a.iter().zip(&b).all(|(x, y)| x >= y);
    match (le, ge) {
        (true, true) => Causality::Equal,
        (true, false) => Causality::Before,
        (false, true) => Causality::After,
        (false, false) => Causality::Concurrent,
    }
}

fn merge(a: VersionVector, b: VersionVector) -> VersionVector {
    [a[0].max(b[0]), a[1].max(b[1])]
}

fn covers(a: VersionVector, b: VersionVector) -> bool {
    matches!(compare(a, b), Causality::Equal | Causality::After)
}

/// Names one write: the leader that accepted it (0 for Node 1, 1 for Node 3) and its count
/// among that leader's writes. Its value is the client's name and count, e.g. `A2`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Dot {
    /// 0 for Node 1 (client A), 1 for Node 3 (client B).
    pub slot: usize,
    /// 1 for the leader's first write, and so on.
    pub counter: u32,
}

impl Dot {
    /// The leader node that accepted the write (0-based).
    pub fn leader(self) -> usize {
        LEADERS.get(self.slot).copied().unwrap_or(0)
    }

    /// The value the write stored, named after its client and count, e.g. `"A2"`: the data
    /// a node holding this version returns.
    pub fn value(self) -> String {
        format!(
            "{}{}",
            CLIENT_NAMES.get(self.slot).copied().unwrap_or("?"),
            self.counter
        )
    }

    /// The dot's order (leader slot, then count) as two integers, for
    /// [`crate::sort::sort_by_u64_keys`]: writes listed in a stable order whatever order
    /// the replicas saw them in.
    pub fn sort_key(self) -> (u64, u64) {
        (self.slot as u64, u64::from(self.counter))
    }
}

/// One stored version of the key: the write whose value it holds, its version vector, and the
/// leader's clock when that write was accepted (for last-write-wins).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MlVersion {
    /// The write whose value this is.
    pub dot: Dot,
    /// What this version has seen (after last-write-wins, also the discarded write).
    pub vv: VersionVector,
    /// The accepting leader's clock (ms) at the write: last-write-wins compares these.
    pub ts_ms: u64,
}

/// One node of the Multi-Leader panel and the version(s) it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MlNode {
    siblings: Vec<MlVersion>,
}

impl MlNode {
    /// The versions held: none before the first write, one normally, several siblings after a
    /// conflict under keep-siblings.
    pub fn versions(&self) -> &[MlVersion] {
        &self.siblings
    }

    /// The values held, e.g. `["A1", "B1"]` for siblings, `["v0"]` before any write.
    pub fn values(&self) -> Vec<String> {
        if self.siblings.is_empty() {
            return vec![INITIAL_VALUE.to_string()];
        }
        self.siblings.iter().map(|v| v.dot.value()).collect()
    }

    /// Everything this node has seen: the entrywise maximum of its versions' vectors.
    pub fn vv(&self) -> VersionVector {
        self.siblings.iter().fold([0, 0], |acc, v| merge(acc, v.vv))
    }
}

/// How a node settles two concurrent writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConflictPolicy {
    /// Keep the write with the later timestamp (ties: the higher leader number) and silently
    /// discard the other.
    LastWriteWins,
    /// Keep both values as siblings until a later write, based on both, replaces them.
    KeepSiblings,
}

/// How a detected conflict was settled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolution {
    /// One value kept, the others discarded.
    LastWriteWins {
        /// The write kept.
        winner: Dot,
        /// The writes whose values were thrown away.
        discarded: Vec<Dot>,
    },
    /// All concurrent values kept side by side.
    KeptSiblings {
        /// The values now held.
        siblings: Vec<Dot>,
    },
}

/// A conflict a node detected: an incoming write concurrent with what it held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// The node that detected it (0-based).
    pub node: usize,
    /// When (ms).
    pub at_ms: u64,
    /// The write that arrived.
    pub incoming: Dot,
    /// The writes this node had seen that the incoming write's leader had not: the ones it
    /// conflicts with.
    pub concurrent_with: Vec<Dot>,
    /// How it was settled.
    pub resolution: Resolution,
}

/// One client write, from the click to the leader's acknowledgement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MlWrite {
    /// A number unique within the panel.
    pub id: u64,
    /// 0 for client A (writes at Node 1), 1 for client B (writes at Node 3).
    pub client: usize,
    /// The write's name and value, e.g. `A2`.
    pub dot: Dot,
    /// When the client sent it (ms).
    pub sent_at_ms: u64,
    /// When its leader accepted it (ms).
    pub accepted_at_ms: Option<u64>,
    /// When the client got the acknowledgement (ms).
    pub acked_at_ms: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum MlPayload {
    Write { op: u64 },
    Replicate { version: MlVersion },
    WriteAck { op: u64 },
}

/// Ground truth for tests: which writes each node has seen, directly or through a later write.
#[cfg(test)]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Oracle {
    pub(crate) seen: Vec<std::collections::BTreeSet<Dot>>,
    pub(crate) history: std::collections::BTreeMap<Dot, std::collections::BTreeSet<Dot>>,
}

/// The Multi-Leader panel's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MultiLeader {
    nodes: Vec<MlNode>,
    policy: ConflictPolicy,
    net: Network<MlPayload>,
    writes: Vec<MlWrite>,
    conflicts: Vec<Conflict>,
    next_op: u64,
    sent: [u32; 2],
    next_client: usize,
    delay_ms: u64,
    now: u64,
    rng: SimRng,
    #[cfg(test)]
    pub(crate) oracle: Oracle,
}

impl MultiLeader {
    pub(crate) fn new(policy: ConflictPolicy, delay_ms: u64, rng: SimRng) -> Self {
        MultiLeader {
            nodes: vec![
                MlNode {
                    siblings: Vec::new()
                };
                NODES
            ],
            policy,
            net: Network::new(),
            writes: Vec::new(),
            conflicts: Vec::new(),
            next_op: 0,
            sent: [0, 0],
            next_client: 0,
            delay_ms,
            now: 0,
            rng,
            #[cfg(test)]
            oracle: Oracle {
                seen: vec![Default::default(); NODES],
                history: Default::default(),
            },
        }
    }

    /// The five nodes, Node 1 first.
    pub fn nodes(&self) -> &[MlNode] {
        &self.nodes
    }

    /// Whether node `i` (0-based) is a leader.
    pub fn is_leader(i: usize) -> bool {
        LEADERS.contains(&i)
    }

    /// The conflict policy.
    pub fn policy(&self) -> ConflictPolicy {
        self.policy
    }

    /// Every conflict detected so far, oldest first (the oldest are dropped past a cap).
    pub fn conflicts(&self) -> &[Conflict] {
        &self.conflicts
    }

    /// The clients' writes, oldest first (the oldest finished ones are dropped past a cap).
    pub fn writes(&self) -> &[MlWrite] {
        &self.writes
    }

    /// Whether every node holds the same versions: replication has converged.
    pub fn converged(&self) -> bool {
        self.nodes.windows(2).all(|w| w[0] == w[1])
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

    /// Changes the policy; refused while replication is in flight, so that every node settles
    /// every conflict by the same rule and the nodes still converge.
    pub(crate) fn set_policy(&mut self, policy: ConflictPolicy) -> Result<MlOutcome, Rejection> {
        if policy == self.policy {
            return Err(Rejection::PolicyUnchanged(policy));
        }
        if self.net.len() > 0 {
            return Err(Rejection::ReplicationInFlight {
                in_flight: self.net.len(),
            });
        }
        self.policy = policy;
        let mut settled = None;
        if policy == ConflictPolicy::LastWriteWins {
            for node in &mut self.nodes {
                if node.siblings.len() > 1 {
                    let vv = node.vv();
                    if let Some(w) = lww_winner(&node.siblings) {
                        node.siblings = vec![MlVersion { vv, ..w }];
                        settled = Some(w.dot);
                    }
                }
            }
        }
        Ok(MlOutcome::PolicySet { policy, settled })
    }

    fn busy(&self) -> Result<(), Rejection> {
        if self.net.len() >= MAX_IN_FLIGHT {
            return Err(Rejection::Busy {
                in_flight: self.net.len(),
            });
        }
        Ok(())
    }

    /// The next client (alternating A and B) writes at its nearest leader.
    pub(crate) fn write(&mut self, now: u64) -> Result<MlOutcome, Rejection> {
        self.busy()?;
        let client = self.next_client;
        self.next_client = 1 - client.min(1);
        let dot = self.send_write(client, now);
        Ok(MlOutcome::WriteSent { dot })
    }

    /// Clients A and B write the key at the same moment, at Node 1 and Node 3.
    pub(crate) fn concurrent_writes(&mut self, now: u64) -> Result<MlOutcome, Rejection> {
        self.busy()?;
        let a = self.send_write(0, now);
        let b = self.send_write(1, now);
        Ok(MlOutcome::ConcurrentWritesSent { a, b })
    }

    fn send_write(&mut self, client: usize, now: u64) -> Dot {
        let slot = client.min(1);
        self.sent[slot] = self.sent[slot].saturating_add(1);
        let dot = Dot {
            slot,
            counter: self.sent[slot],
        };
        let id = self.next_op;
        self.next_op += 1;
        let delay = hop(&mut self.rng, self.delay_ms);
        let post = Post {
            from: Endpoint::Client(slot),
            to: Endpoint::Node(dot.leader()),
            kind: MessageKind::Write,
            cargo: Cargo::Write(dot),
            payload: MlPayload::Write { op: id },
        };
        self.net.send(post, now, delay);
        self.writes.push(MlWrite {
            id,
            client: slot,
            dot,
            sent_at_ms: now,
            accepted_at_ms: None,
            acked_at_ms: None,
        });
        while self.writes.len() > HISTORY_CAP {
            let Some(k) = self.writes.iter().position(|w| w.acked_at_ms.is_some()) else {
                break;
            };
            self.writes.remove(k);
        }
        dot
    }

    /// Delivers every message due by `until`, in arrival order, noting what happened.
    pub(crate) fn advance_to(&mut self, until: u64, out: &mut Vec<(u64, MlNote)>) {
        while let Some((msg, payload)) = self.net.pop_due(until) {
            self.now = self.now.max(msg.arrives_at_ms);
            let note = match (msg.to, payload) {
                (Endpoint::Node(n), MlPayload::Write { op }) => self.on_write(n, op),
                (Endpoint::Node(n), MlPayload::Replicate { version }) => {
                    self.on_replicate(n, version)
                }
                (Endpoint::Client(_), MlPayload::WriteAck { op }) => self.on_ack(op),
                _ => None,
            };
            if let Some(note) = note {
                out.push((self.now, note));
            }
        }
        self.now = self.now.max(until);
    }

    fn on_write(&mut self, n: usize, op: u64) -> Option<MlNote> {
        let now = self.now;
        let w = self.writes.iter_mut().find(|w| w.id == op)?;
        let slot = w.client.min(1);
        let node = self.nodes.get_mut(n)?;
        let mut vv = node.vv();
        vv[slot] = vv[slot].saturating_add(1);
        let dot = Dot {
            slot,
            counter: vv[slot],
        };
        let version = MlVersion {
            dot,
            vv,
            ts_ms: now,
        };
        let replaced = node.values();
        node.siblings = vec![version];
        w.dot = dot;
        w.accepted_at_ms = Some(now);
        #[cfg(test)]
        {
            let seen = self.oracle.seen.get(n).cloned().unwrap_or_default();
            self.oracle.history.insert(dot, seen);
            if let Some(s) = self.oracle.seen.get_mut(n) {
                s.insert(dot);
            }
        }
        let delay = hop(&mut self.rng, self.delay_ms);
        let post = Post {
            from: Endpoint::Node(n),
            to: Endpoint::Client(slot),
            kind: MessageKind::WriteAck,
            cargo: Cargo::Write(dot),
            payload: MlPayload::WriteAck { op },
        };
        self.net.send(post, now, delay);
        for to in (0..NODES).filter(|&i| i != n) {
            // Leaders are far apart (another region); non-leaders are near their leader.
            let base = if MultiLeader::is_leader(to) {
                2 * self.delay_ms
            } else {
                self.delay_ms
            };
            let delay = hop(&mut self.rng, base);
            let post = Post {
                from: Endpoint::Node(n),
                to: Endpoint::Node(to),
                kind: MessageKind::Replicate,
                cargo: Cargo::Write(dot),
                payload: MlPayload::Replicate { version },
            };
            self.net.send(post, now, delay);
        }
        Some(MlNote::Accepted {
            leader: n,
            dot,
            replaced,
            vv,
        })
    }

    fn on_replicate(&mut self, n: usize, incoming: MlVersion) -> Option<MlNote> {
        let now = self.now;
        let policy = self.policy;
        #[cfg(test)]
        {
            let mut add = self
                .oracle
                .history
                .get(&incoming.dot)
                .cloned()
                .unwrap_or_default();
            add.insert(incoming.dot);
            if let Some(s) = self.oracle.seen.get_mut(n) {
                s.extend(add);
            }
        }
        let node = self.nodes.get_mut(n)?;
        let dot = incoming.dot;
        if node.siblings.iter().any(|s| covers(s.vv, incoming.vv)) {
            return Some(MlNote::Ignored { node: n, dot });
        }
        let before = node.vv();
        let remaining: Vec<MlVersion> = node
            .siblings
            .iter()
            .copied()
            .filter(|s| !covers(incoming.vv, s.vv))
            .collect();
        if remaining.is_empty() {
            node.siblings = vec![incoming];
            return Some(MlNote::Applied { node: n, dot });
        }
        let concurrent_with: Vec<Dot> = (0..2)
            .flat_map(|slot| {
                (incoming.vv[slot].saturating_add(1)..=before[slot])
                    .map(move |counter| Dot { slot, counter })
            })
            .collect();
        let resolution = node.resolve(policy, remaining, incoming, before);
        let conflict = Conflict {
            node: n,
            at_ms: now,
            incoming: dot,
            concurrent_with,
            resolution,
        };
        self.conflicts.push(conflict.clone());
        if self.conflicts.len() > HISTORY_CAP {
            self.conflicts.remove(0);
        }
        Some(MlNote::ConflictDetected(conflict))
    }

    fn on_ack(&mut self, op: u64) -> Option<MlNote> {
        let now = self.now;
        let w = self.writes.iter_mut().find(|w| w.id == op)?;
        w.acked_at_ms = Some(now);
        Some(MlNote::Acknowledged {
            client: w.client,
            dot: w.dot,
            latency_ms: now.saturating_sub(w.sent_at_ms),
        })
    }
}

impl MlNode {
    /// Settles a conflict between the versions this node held (`remaining`, those the
    /// incoming write did not supersede) and `incoming`, by `policy`.
    fn resolve(
        &mut self,
        policy: ConflictPolicy,
        remaining: Vec<MlVersion>,
        incoming: MlVersion,
        before: VersionVector,
    ) -> Resolution {
        let mut candidates = remaining;
        candidates.push(incoming);
        match policy {
            ConflictPolicy::LastWriteWins => {
                let winner = lww_winner(&candidates).unwrap_or(incoming);
                self.siblings = vec![MlVersion {
                    vv: merge(before, incoming.vv),
                    ..winner
                }];
                Resolution::LastWriteWins {
                    winner: winner.dot,
                    discarded: candidates
                        .iter()
                        .map(|c| c.dot)
                        .filter(|d| *d != winner.dot)
                        .collect(),
                }
            }
            ConflictPolicy::KeepSiblings => {
                crate::sort::sort_by_u64_keys(&mut candidates, |c| c.dot.sort_key());
                self.siblings = candidates.clone();
                Resolution::KeptSiblings {
                    siblings: candidates.iter().map(|c| c.dot).collect(),
                }
            }
        }
    }
}

/// The last-write-wins choice among concurrent versions: the latest timestamp, ties to the
/// higher leader; every node computes the same winner.
fn lww_winner(candidates: &[MlVersion]) -> Option<MlVersion> {
    candidates
        .iter()
        .copied()
        .max_by(|a, b| match a.ts_ms.cmp(&b.ts_ms) {
            Ordering::Equal => a.dot.slot.cmp(&b.dot.slot),
            other => other,
        })
}
