//! Messages in flight between clients and nodes.
//!
//! Every link (sender, receiver) delivers in the order it was sent, as a TCP connection does:
//! a message never overtakes an earlier one on the same link, even when its random network
//! delay is shorter. Messages on different links may arrive in any order.

use std::collections::BTreeMap;

use rand::Rng;

use super::multi::Dot;
use crate::rng::SimRng;

/// Who sends or receives a message: a client box or one of the five nodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Endpoint {
    /// A client box; `Client(0)` is the panel's client (client A in Multi-Leader), `Client(1)`
    /// is client B, who writes at the other leader.
    Client(usize),
    /// A node, 0-based: Node 1 on screen is `Node(0)`.
    Node(usize),
}

/// What a message carries, for drawing its pulse and naming it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MessageKind {
    /// A client's write on its way to a leader (or, in Leaderless, to one replica).
    Write,
    /// Replicated data: log entries streamed by the leader, or a write forwarded by a leader
    /// in Multi-Leader.
    Replicate,
    /// A replica telling the leader it has applied the log up to some index (the leader waits
    /// for these only under synchronous replication).
    ReplicaAck,
    /// The acknowledgement that tells the client its write succeeded.
    WriteAck,
    /// A read request.
    Read,
    /// The answer to a read, carrying the value and version the node held.
    ReadReply,
    /// Read repair: the newest value, sent to a replica that answered a read with an older one.
    ReadRepair,
}

/// What a message carries, for its pulse's caption: the value, the log entries or the
/// version on its way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cargo {
    /// Nothing worth naming (a read request).
    Nothing,
    /// A Single-Leader value, e.g. `"v3"`: a write, its replication or its acknowledgement.
    Value(String),
    /// A batch of log entries, first to last index, sent to a replica catching up.
    Entries {
        /// The first index in the batch.
        first: u64,
        /// The last index in the batch.
        last: u64,
    },
    /// A replica's acknowledgement: it has applied the log up to this index.
    AppliedIndex(u64),
    /// A Multi-Leader write, e.g. `A2`.
    Write(Dot),
    /// A Leaderless version, e.g. `v3`.
    Version(u32),
}

/// One message on the wire: a pulse travelling from `from` to `to` between two clock times.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// A number unique within its panel, increasing in send order.
    pub id: u64,
    /// The sender.
    pub from: Endpoint,
    /// The receiver.
    pub to: Endpoint,
    /// What it carries.
    pub kind: MessageKind,
    /// The value, entries or version it carries.
    pub cargo: Cargo,
    /// The clock time (ms) it left the sender.
    pub sent_at_ms: u64,
    /// The clock time (ms) it reaches the receiver.
    pub arrives_at_ms: u64,
}

impl Message {
    /// How far along its path the pulse is at `now_ms`, from 0.0 (just sent) to 1.0 (arrived).
    pub fn progress(&self, now_ms: u64) -> f64 {
        let total = self.arrives_at_ms.saturating_sub(self.sent_at_ms);
        if total == 0 {
            return 1.0;
        }
        let done = now_ms.saturating_sub(self.sent_at_ms).min(total);
        done as f64 / total as f64
    }

    /// Whether the message touches node `node` (as sender or receiver).
    pub fn touches(&self, node: usize) -> bool {
        self.from == Endpoint::Node(node) || self.to == Endpoint::Node(node)
    }
}

/// A one-way network delay: `base` plus a random jitter of up to a quarter of `base`.
pub(crate) fn hop(rng: &mut SimRng, base: u64) -> u64 {
    base.saturating_add(rng.random_range(0..=base / 4))
}

/// One hop between a client and the cluster: the network delay with jitter, and
/// [`FAR_REGION_FACTOR`](super::FAR_REGION_FACTOR) times longer from a far region.
pub(crate) fn client_hop(rng: &mut SimRng, delay_ms: u64, far: bool) -> u64 {
    let base = if far {
        delay_ms.saturating_mul(super::FAR_REGION_FACTOR)
    } else {
        delay_ms
    };
    hop(rng, base)
}

/// A message to send: its link, what it is and carries, and the payload its receiver acts on.
#[derive(Debug, Clone)]
pub(crate) struct Post<P> {
    pub(crate) from: Endpoint,
    pub(crate) to: Endpoint,
    pub(crate) kind: MessageKind,
    pub(crate) cargo: Cargo,
    pub(crate) payload: P,
}

/// The messages in flight in one panel, each with the private payload its receiver acts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Network<P> {
    flights: Vec<(Message, P)>,
    /// The arrival time of the last message sent on each link, which later ones must not beat.
    link_busy_until: BTreeMap<(Endpoint, Endpoint), u64>,
    next_id: u64,
}

impl<P> Network<P> {
    pub(crate) fn new() -> Self {
        Network {
            flights: Vec::new(),
            link_busy_until: BTreeMap::new(),
            next_id: 0,
        }
    }

    /// Sends a message that takes `delay` ms (later if an earlier message on the same link is
    /// still travelling); returns its arrival time.
    pub(crate) fn send(&mut self, post: Post<P>, now: u64, delay: u64) -> u64 {
        let Post {
            from,
            to,
            kind,
            cargo,
            payload,
        } = post;
        let mut arrives = now.saturating_add(delay);
        if let Some(&busy) = self.link_busy_until.get(&(from, to)) {
            arrives = arrives.max(busy);
        }
        self.link_busy_until.insert((from, to), arrives);
        let id = self.next_id;
        self.next_id += 1;
        let message = Message {
            id,
            from,
            to,
            kind,
            cargo,
            sent_at_ms: now,
            arrives_at_ms: arrives,
        };
        self.flights.push((message, payload));
        arrives
    }

    /// The earliest arrival time among the messages in flight.
    pub(crate) fn next_arrival(&self) -> Option<u64> {
        self.flights.iter().map(|(m, _)| m.arrives_at_ms).min()
    }

    /// Removes and returns the message that arrives first (ties in send order), if it arrives
    /// no later than `until`.
    pub(crate) fn pop_due(&mut self, until: u64) -> Option<(Message, P)> {
        let pos = self
            .flights
            .iter()
            .enumerate()
            .filter(|(_, (m, _))| m.arrives_at_ms <= until)
            .min_by_key(|(_, (m, _))| (m.arrives_at_ms, m.id))
            .map(|(i, _)| i)?;
        Some(self.flights.remove(pos))
    }

    /// Removes every message to or from `node`, as a crash closes all its connections.
    pub(crate) fn drop_touching(&mut self, node: usize) -> Vec<(Message, P)> {
        let (dropped, kept): (Vec<_>, Vec<_>) = std::mem::take(&mut self.flights)
            .into_iter()
            .partition(|(m, _)| m.touches(node));
        self.flights = kept;
        let me = Endpoint::Node(node);
        self.link_busy_until
            .retain(|(from, to), _| *from != me && *to != me);
        dropped
    }

    /// The messages in flight, in send order.
    pub(crate) fn messages(&self) -> impl Iterator<Item = &Message> {
        self.flights.iter().map(|(m, _)| m)
    }

    /// How many messages are in flight.
    pub(crate) fn len(&self) -> usize {
        self.flights.len()
    }
}
