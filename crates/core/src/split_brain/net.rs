//! The three links between the nodes, and the messages travelling on them.
//!
//! Each link can be cut or healed. A message is sent only over a live link, takes a random
//! delay from the seeded generator, and is lost if its link is cut while it is in flight: a
//! partition drops packets, it does not queue them. On one link, in one direction, messages
//! arrive in the order they were sent, as on a TCP connection.

use rand::Rng;

use super::types::Entry;
use crate::rng::SimRng;

/// How many nodes the cluster has (Node 1 is index 0).
pub const NODE_COUNT: usize = 3;
/// How many nodes make a majority of the cluster: ⌊3/2⌋ + 1 = 2.
pub const MAJORITY: usize = NODE_COUNT / 2 + 1;
/// The links as pairs of 0-based node indices: Node 1–2, Node 1–3, Node 2–3.
pub const LINKS: [(usize, usize); 3] = [(0, 1), (0, 2), (1, 2)];
/// The shortest one-way network delay, in logical milliseconds.
pub const NET_DELAY_MIN_MS: u64 = 300;
/// The longest one-way network delay, in logical milliseconds.
pub const NET_DELAY_MAX_MS: u64 = 800;

/// The position in [`LINKS`] of the link between nodes `a` and `b` (in either order).
pub fn link_index(a: usize, b: usize) -> Option<usize> {
    LINKS
        .iter()
        .position(|&(x, y)| (x, y) == (a, b) || (y, x) == (a, b))
}

/// What a message says. Heartbeat and Sync belong to the monitor-based modes; the other four
/// are the Raft RPCs and their replies, with the paper's field names and 1-based indices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MessageKind {
    /// A leader's periodic "I am alive and leading": its epoch and its whole log, which the
    /// replica copies (asynchronous log shipping).
    Heartbeat {
        /// The sender's epoch (naive mode) or fencing token (fencing mode).
        epoch: u64,
        /// The sender's log.
        log: Vec<Entry>,
    },
    /// What a leader sends over a link the moment it heals: its epoch and log, so the two
    /// sides can compare notes.
    Sync {
        /// The sender's epoch or fencing token.
        epoch: u64,
        /// The sender's log.
        log: Vec<Entry>,
    },
    /// Raft: a candidate asks for a vote in `term`.
    RequestVote {
        /// The candidate's term.
        term: u64,
        /// Index of the candidate's last log entry (its log length).
        last_log_index: usize,
        /// Term of the candidate's last log entry.
        last_log_term: u64,
    },
    /// Raft: the answer to a RequestVote.
    Vote {
        /// The voter's current term, so a stale candidate learns it.
        term: u64,
        /// Whether the vote was granted.
        granted: bool,
    },
    /// Raft: the leader's replication message; with no entries it is a heartbeat.
    AppendEntries {
        /// The leader's term.
        term: u64,
        /// Index of the entry just before the new ones (0 when sending from the start).
        prev_log_index: usize,
        /// Term of that entry (0 when `prev_log_index` is 0).
        prev_log_term: u64,
        /// The entries to store after `prev_log_index`.
        entries: Vec<Entry>,
        /// How many entries the leader knows are committed.
        leader_commit: usize,
    },
    /// Raft: the follower's answer to AppendEntries.
    AppendReply {
        /// The follower's current term.
        term: u64,
        /// Whether the follower's log matched at `prev_log_index` and took the entries.
        success: bool,
        /// The `prev_log_index` of the request this answers.
        prev_log_index: usize,
        /// On success, the index of the last entry now known to match the leader's log.
        match_index: usize,
    },
}

impl MessageKind {
    /// The term or epoch the message carries.
    pub fn term(&self) -> u64 {
        match self {
            MessageKind::Heartbeat { epoch, .. } | MessageKind::Sync { epoch, .. } => *epoch,
            MessageKind::RequestVote { term, .. }
            | MessageKind::Vote { term, .. }
            | MessageKind::AppendEntries { term, .. }
            | MessageKind::AppendReply { term, .. } => *term,
        }
    }
}

/// A message in flight from one node to another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// A number unique within the run, increasing in sending order.
    pub id: u64,
    /// The sending node (0-based).
    pub from: usize,
    /// The receiving node (0-based).
    pub to: usize,
    /// When it was sent, in logical ms.
    pub sent_ms: u64,
    /// When it will arrive, in logical ms, if its link stays up.
    pub deliver_ms: u64,
    /// What it says.
    pub kind: MessageKind,
}

impl Message {
    /// How far along its link the message is at `now_ms`, from 0.0 (just sent) to 1.0 (arriving).
    pub fn progress(&self, now_ms: u64) -> f64 {
        let span = self.deliver_ms.saturating_sub(self.sent_ms);
        if span == 0 {
            return 1.0;
        }
        let done = now_ms.saturating_sub(self.sent_ms).min(span);
        done as f64 / span as f64
    }
}

/// The links' state and the messages in flight.
#[derive(Debug, Clone)]
pub(super) struct Network {
    up: [bool; 3],
    in_flight: Vec<Message>,
    next_id: u64,
    last_delivery: [[u64; NODE_COUNT]; NODE_COUNT],
}

impl Network {
    /// All links up, nothing in flight.
    pub(super) fn new() -> Self {
        Network {
            up: [true; 3],
            in_flight: Vec::new(),
            next_id: 0,
            last_delivery: [[0; NODE_COUNT]; NODE_COUNT],
        }
    }

    /// Whether the link between `a` and `b` exists and is up.
    pub(super) fn is_up(&self, a: usize, b: usize) -> bool {
        link_index(a, b).is_some_and(|i| self.up.get(i).copied().unwrap_or(false))
    }

    /// The state of every link, in [`LINKS`] order.
    pub(super) fn states(&self) -> [bool; 3] {
        self.up
    }

    /// Cuts or heals a link; returns whether it changed, or `None` for a link that does not
    /// exist. Cutting drops every message in flight on it.
    pub(super) fn set(&mut self, a: usize, b: usize, up: bool) -> Option<bool> {
        let i = link_index(a, b)?;
        let slot = self.up.get_mut(i)?;
        let changed = *slot != up;
        *slot = up;
        if !up {
            self.in_flight
                .retain(|m| link_index(m.from, m.to) != Some(i));
        }
        Some(changed)
    }

    /// Sends a message if the link is up, with a random delay; returns whether it was sent.
    pub(super) fn send(
        &mut self,
        rng: &mut SimRng,
        now: u64,
        from: usize,
        to: usize,
        kind: MessageKind,
    ) -> bool {
        if !self.is_up(from, to) {
            return false;
        }
        let Some(slot) = self.last_delivery.get_mut(from).and_then(|r| r.get_mut(to)) else {
            return false;
        };
        let delay = rng.random_range(NET_DELAY_MIN_MS..=NET_DELAY_MAX_MS);
        // FIFO per direction: never arrive before an earlier message on the same link.
        let deliver_ms = now.saturating_add(delay).max(*slot);
        *slot = deliver_ms;
        self.in_flight.push(Message {
            id: self.next_id,
            from,
            to,
            sent_ms: now,
            deliver_ms,
            kind,
        });
        self.next_id += 1;
        true
    }

    /// The arrival time and id of the next message to arrive.
    pub(super) fn next_delivery(&self) -> Option<(u64, u64)> {
        self.in_flight.iter().map(|m| (m.deliver_ms, m.id)).min()
    }

    /// Removes and returns the message with `id`.
    pub(super) fn take(&mut self, id: u64) -> Option<Message> {
        let pos = self.in_flight.iter().position(|m| m.id == id)?;
        Some(self.in_flight.remove(pos))
    }

    /// Drops every message in flight.
    pub(super) fn clear(&mut self) {
        self.in_flight.clear();
    }

    /// The messages in flight, oldest first.
    pub(super) fn in_flight(&self) -> &[Message] {
        &self.in_flight
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rng::seeded;

    #[test]
    fn links_are_unordered_pairs() {
        assert_eq!(link_index(0, 1), Some(0));
        assert_eq!(link_index(2, 0), Some(1));
        assert_eq!(link_index(1, 2), Some(2));
        assert_eq!(link_index(1, 1), None);
        assert_eq!(link_index(0, 9), None);
    }

    #[test]
    fn cut_links_carry_nothing_and_drop_what_was_in_flight() {
        let mut net = Network::new();
        let mut rng = seeded(1);
        let vote = MessageKind::Vote {
            term: 1,
            granted: true,
        };
        assert!(net.send(&mut rng, 0, 0, 1, vote.clone()));
        assert!(net.send(&mut rng, 0, 1, 2, vote.clone()));
        assert_eq!(net.set(1, 0, false), Some(true));
        assert_eq!(net.in_flight().len(), 1);
        assert!(!net.send(&mut rng, 5, 0, 1, vote.clone()));
        assert_eq!(net.set(3, 0, false), None);
        assert_eq!(net.set(0, 1, true), Some(true));
        assert!(net.send(&mut rng, 5, 0, 1, vote));
    }

    #[test]
    fn one_direction_of_a_link_is_first_in_first_out() {
        let mut net = Network::new();
        let mut rng = seeded(9);
        let mut last = 0;
        let mut expected = 0;
        for t in 0..200 {
            net.send(
                &mut rng,
                t * 10,
                0,
                2,
                MessageKind::Vote {
                    term: t,
                    granted: true,
                },
            );
        }
        while let Some((at, id)) = net.next_delivery() {
            let m = net.take(id).unwrap();
            assert!(at >= last);
            assert!(m.deliver_ms - m.sent_ms >= NET_DELAY_MIN_MS);
            assert_eq!(m.id, expected, "arrived out of order");
            expected += 1;
            last = at;
        }
    }
}
