//! The Multi-Leader panel: Nodes 1 and 3 both accept writes, apply them locally, and replicate
//! them asynchronously to the other leader and to the three non-leaders.
//!
//! Conflicts are detected with version vectors, one counter per leader, as in Riak and
//! Voldemort: every version carries how many writes of each leader it has seen. A node receiving
//! a version that neither covers nor is covered by what it holds has found two concurrent
//! writes, a conflict, and resolves it by the panel's policy: last-write-wins (the later
//! timestamp, ties to the higher node number, so every node picks the same winner; Cassandra's
//! rule) or keep-siblings (both values are kept until a later write supersedes them, Riak's
//! `allow_mult`).

use std::cmp::Ordering;

use super::net::{hop, Endpoint, Message, MessageKind, Network};
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
/// among that leader's writes. Shown as the client's name and count, e.g. `A2`.
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

    /// The value the write stored, e.g. `"A2"`.
    pub fn label(self) -> String {
        format!(
            "{}{}",
            CLIENT_NAMES.get(self.slot).copied().unwrap_or("?"),
            self.counter
        )
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
        self.siblings.iter().map(|v| v.dot.label()).collect()
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

impl ConflictPolicy {
    /// The policy's name for the selector.
    pub fn label(self) -> &'static str {
        match self {
            ConflictPolicy::LastWriteWins => "Last write wins",
            ConflictPolicy::KeepSiblings => "Keep siblings",
        }
    }
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

#[derive(Debug, Clone)]
pub(crate) enum MlPayload {
    Write { op: u64 },
    Replicate { version: MlVersion },
    WriteAck { op: u64 },
}

/// Ground truth for tests: which writes each node has seen, directly or through a later write.
#[cfg(test)]
#[derive(Debug, Clone, Default)]
pub(crate) struct Oracle {
    pub(crate) seen: Vec<std::collections::BTreeSet<Dot>>,
    pub(crate) history: std::collections::BTreeMap<Dot, std::collections::BTreeSet<Dot>>,
}

/// The Multi-Leader panel's state.
#[derive(Debug, Clone)]
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
    pub(crate) fn set_policy(&mut self, policy: ConflictPolicy) -> String {
        if policy == self.policy {
            return format!("The conflict policy is already {}.", policy.label());
        }
        if self.net.len() > 0 {
            return format!(
                "Wait until replication finishes ({} messages in flight): every node must settle conflicts by the same rule.",
                self.net.len()
            );
        }
        self.policy = policy;
        let mut s = format!("Conflict policy: {}.", policy.label());
        if policy == ConflictPolicy::LastWriteWins {
            let mut kept = None;
            for node in &mut self.nodes {
                if node.siblings.len() > 1 {
                    let vv = node.vv();
                    if let Some(w) = lww_winner(&node.siblings) {
                        node.siblings = vec![MlVersion { vv, ..w }];
                        kept = Some(w.dot);
                    }
                }
            }
            if let Some(dot) = kept {
                s.push_str(&format!(
                    " The siblings are settled now: {} has the latest timestamp and is kept.",
                    dot.label()
                ));
            }
        }
        s
    }

    /// The next client (alternating A and B) writes at its nearest leader.
    pub(crate) fn write(&mut self, now: u64) -> String {
        if self.net.len() >= MAX_IN_FLIGHT {
            return format!(
                "Too many messages in flight ({}); let the simulation run before adding more.",
                self.net.len()
            );
        }
        let client = self.next_client;
        self.next_client = 1 - client.min(1);
        let dot = self.send_write(client, now);
        format!(
            "Client {} sends {} to its nearest leader, Node {}.",
            CLIENT_NAMES.get(client).copied().unwrap_or("?"),
            dot.label(),
            dot.leader() + 1
        )
    }

    /// Clients A and B write the key at the same moment, at Node 1 and Node 3.
    pub(crate) fn concurrent_writes(&mut self, now: u64) -> String {
        if self.net.len() >= MAX_IN_FLIGHT {
            return format!(
                "Too many messages in flight ({}); let the simulation run before adding more.",
                self.net.len()
            );
        }
        let a = self.send_write(0, now);
        let b = self.send_write(1, now);
        format!(
            "At the same moment client A sends {} to Node 1 and client B sends {} to Node 3: neither leader knows about the other's write.",
            a.label(),
            b.label()
        )
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
        self.net.send(
            Endpoint::Client(slot),
            Endpoint::Node(dot.leader()),
            MessageKind::Write,
            dot.label(),
            MlPayload::Write { op: id },
            now,
            delay,
        );
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
    pub(crate) fn advance_to(&mut self, until: u64, out: &mut Vec<(u64, String)>) {
        while let Some((msg, payload)) = self.net.pop_due(until) {
            self.now = self.now.max(msg.arrives_at_ms);
            let text = match (msg.to, payload) {
                (Endpoint::Node(n), MlPayload::Write { op }) => self.on_write(n, op),
                (Endpoint::Node(n), MlPayload::Replicate { version }) => {
                    self.on_replicate(n, version)
                }
                (Endpoint::Client(_), MlPayload::WriteAck { op }) => self.on_ack(op),
                _ => None,
            };
            if let Some(text) = text {
                out.push((self.now, text));
            }
        }
        self.now = self.now.max(until);
    }

    fn on_write(&mut self, n: usize, op: u64) -> Option<String> {
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
        self.net.send(
            Endpoint::Node(n),
            Endpoint::Client(slot),
            MessageKind::WriteAck,
            dot.label(),
            MlPayload::WriteAck { op },
            now,
            delay,
        );
        for to in (0..NODES).filter(|&i| i != n) {
            // Leaders are far apart (another region); non-leaders are near their leader.
            let base = if MultiLeader::is_leader(to) {
                2 * self.delay_ms
            } else {
                self.delay_ms
            };
            let delay = hop(&mut self.rng, base);
            self.net.send(
                Endpoint::Node(n),
                Endpoint::Node(to),
                MessageKind::Replicate,
                dot.label(),
                MlPayload::Replicate { version },
                now,
                delay,
            );
        }
        Some(format!(
            "Leader Node {} accepts {} (replacing {}), version vector [{}, {}], and replicates it to every other node.",
            n + 1,
            dot.label(),
            replaced.join(" and "),
            vv[0],
            vv[1]
        ))
    }

    fn on_replicate(&mut self, n: usize, incoming: MlVersion) -> Option<String> {
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
        let name = incoming.dot.label();
        if node.siblings.iter().any(|s| covers(s.vv, incoming.vv)) {
            return Some(format!(
                "Node {} ignores {name}: it already holds a version that saw it.",
                n + 1
            ));
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
            return Some(format!("Node {} applies {name}.", n + 1));
        }
        let concurrent_with: Vec<Dot> = (0..2)
            .flat_map(|slot| {
                (incoming.vv[slot].saturating_add(1)..=before[slot])
                    .map(move |counter| Dot { slot, counter })
            })
            .collect();
        let mut candidates = remaining;
        candidates.push(incoming);
        let resolution = match policy {
            ConflictPolicy::LastWriteWins => {
                let winner = lww_winner(&candidates).unwrap_or(incoming);
                node.siblings = vec![MlVersion {
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
                candidates.sort_by_key(|c| c.dot);
                node.siblings = candidates.clone();
                Resolution::KeptSiblings {
                    siblings: candidates.iter().map(|c| c.dot).collect(),
                }
            }
        };
        let others: Vec<String> = concurrent_with.iter().map(|d| d.label()).collect();
        let mut text = format!(
            "Node {} detects a conflict: {name} was written without seeing {}.",
            n + 1,
            others.join(", ")
        );
        match &resolution {
            Resolution::LastWriteWins { winner, discarded } => {
                let lost: Vec<String> = discarded.iter().map(|d| d.label()).collect();
                text.push_str(&format!(
                    " Last-write-wins keeps {} and discards {}.",
                    winner.label(),
                    lost.join(", ")
                ));
            }
            Resolution::KeptSiblings { siblings } => {
                let kept: Vec<String> = siblings.iter().map(|d| d.label()).collect();
                text.push_str(&format!(" It keeps the siblings {}.", kept.join(" and ")));
            }
        }
        self.conflicts.push(Conflict {
            node: n,
            at_ms: now,
            incoming: incoming.dot,
            concurrent_with,
            resolution,
        });
        if self.conflicts.len() > HISTORY_CAP {
            self.conflicts.remove(0);
        }
        Some(text)
    }

    fn on_ack(&mut self, op: u64) -> Option<String> {
        let now = self.now;
        let w = self.writes.iter_mut().find(|w| w.id == op)?;
        w.acked_at_ms = Some(now);
        Some(format!(
            "Client {} receives the acknowledgement for {} after {} ms.",
            CLIENT_NAMES.get(w.client).copied().unwrap_or("?"),
            w.dot.label(),
            now.saturating_sub(w.sent_at_ms)
        ))
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
