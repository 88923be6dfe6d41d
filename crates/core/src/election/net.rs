//! The network both algorithms share: links that can be cut, partitions, slow nodes, and the
//! messages in flight.

use super::vote::LogHead;
use super::{FLAP_PERIOD_MS, MAX_IN_FLIGHT};

/// A named way of splitting the cluster into groups that cannot reach each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Split {
    /// Every link works again.
    Heal,
    /// Three fifths against two fifths (3–2 with five nodes): one side has a majority.
    ThreeTwo,
    /// Two, two and one (with five nodes): no side has a majority.
    TwoTwoOne,
}

impl Split {
    /// The group of node `i` of `n` under this split.
    pub fn group(self, i: usize, n: usize) -> usize {
        match self {
            Split::Heal => 0,
            Split::ThreeTwo => usize::from(i >= n - n * 2 / 5),
            Split::TwoTwoOne if i + 1 == n => 2,
            Split::TwoTwoOne => usize::from(i >= (n - 1) / 2),
        }
    }
}

/// What a message carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageKind {
    /// Raft RequestVote (or, with `pre`, a pre-vote for `term` without raising the sender's).
    RequestVote {
        /// The term asked for.
        term: u64,
        /// The candidate's log head.
        log: LogHead,
        /// Whether it is a pre-vote.
        pre: bool,
    },
    /// Raft's answer to a (pre-)vote request.
    Vote {
        /// The voter's term (for a granted pre-vote, the term asked for).
        term: u64,
        /// Whether the vote is given.
        granted: bool,
        /// Whether it answers a pre-vote.
        pre: bool,
    },
    /// Raft AppendEntries as a heartbeat, carrying the leader's log head.
    AppendEntries {
        /// The leader's term.
        term: u64,
        /// The leader's log head (the follower copies it).
        log: LogHead,
    },
    /// A follower's answer to AppendEntries.
    AppendReply {
        /// The follower's term.
        term: u64,
        /// Whether it accepted the leader.
        ok: bool,
    },
    /// Bully ELECTION, sent to every higher id.
    Election,
    /// Bully OK: "I am higher and alive; stand down".
    Ok,
    /// Bully COORDINATOR: "I am the leader", sent to every other node.
    Coordinator,
    /// Bully heartbeat from the coordinator.
    Alive,
}

impl MessageKind {
    /// The Raft term it carries, if any.
    pub fn term(self) -> Option<u64> {
        match self {
            MessageKind::RequestVote { term, .. }
            | MessageKind::Vote { term, .. }
            | MessageKind::AppendEntries { term, .. }
            | MessageKind::AppendReply { term, .. } => Some(term),
            _ => None,
        }
    }
}

/// A message in flight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Message {
    /// Its id (for dropping it).
    pub id: u64,
    /// The sender.
    pub from: usize,
    /// The receiver.
    pub to: usize,
    /// What it carries.
    pub kind: MessageKind,
    /// When it was sent.
    pub sent_ms: u64,
    /// When it arrives.
    pub arrive_ms: u64,
}

/// Links, slowness and the messages in flight.
#[derive(Debug, Clone)]
pub(super) struct Net {
    n: usize,
    cut: Vec<bool>,
    pub(super) slow: Vec<bool>,
    pub(super) flap_at: Option<u64>,
    pub(super) in_flight: Vec<Message>,
    next_id: u64,
}

impl Net {
    pub(super) fn new(n: usize) -> Self {
        Net {
            n,
            cut: vec![false; n * n],
            slow: vec![false; n],
            flap_at: None,
            in_flight: Vec::new(),
            next_id: 0,
        }
    }

    pub(super) fn is_cut(&self, a: usize, b: usize) -> bool {
        a != b && self.cut.get(a * self.n + b).copied().unwrap_or(true)
    }

    fn set_cut(&mut self, a: usize, b: usize, cut: bool) {
        let n = self.n;
        for i in [a * n + b, b * n + a] {
            if let Some(c) = self.cut.get_mut(i) {
                *c = cut;
            }
        }
    }

    pub(super) fn toggle_link(&mut self, a: usize, b: usize) {
        let cut = !self.is_cut(a, b);
        self.set_cut(a, b, cut);
    }

    pub(super) fn partition(&mut self, split: Split) {
        let n = self.n;
        for a in 0..n {
            for b in 0..n {
                let cut = split.group(a, n) != split.group(b, n);
                self.set_cut(a, b, cut);
            }
        }
    }

    /// Starts or stops the highest node's flapping (it turns slow now, then every period).
    pub(super) fn toggle_flap(&mut self, now: u64) {
        let top = self.n - 1;
        if self.flap_at.take().is_some() {
            self.slow[top] = false;
        } else {
            self.slow[top] = true;
            self.flap_at = Some(now.saturating_add(FLAP_PERIOD_MS));
        }
    }

    pub(super) fn flap(&mut self, now: u64) {
        let top = self.n - 1;
        self.slow[top] = !self.slow[top];
        self.flap_at = Some(now.saturating_add(FLAP_PERIOD_MS));
    }

    pub(super) fn push(&mut self, from: usize, to: usize, kind: MessageKind, now: u64, lat: u64) {
        if self.in_flight.len() >= MAX_IN_FLIGHT {
            return;
        }
        self.next_id += 1;
        self.in_flight.push(Message {
            id: self.next_id,
            from,
            to,
            kind,
            sent_ms: now,
            arrive_ms: now.saturating_add(lat),
        });
    }

    pub(super) fn take(&mut self, id: u64) -> Option<Message> {
        let at = self.in_flight.iter().position(|m| m.id == id)?;
        Some(self.in_flight.remove(at))
    }

    /// The oldest message due by `now`, taken out of flight.
    pub(super) fn take_due(&mut self, now: u64) -> Option<Message> {
        let at = self
            .in_flight
            .iter()
            .enumerate()
            .filter(|(_, m)| m.arrive_ms <= now)
            .min_by_key(|(_, m)| (m.arrive_ms, m.id))
            .map(|(i, _)| i)?;
        Some(self.in_flight.remove(at))
    }
}
