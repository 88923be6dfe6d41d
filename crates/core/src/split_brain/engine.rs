//! The event loop: messages, heartbeats, timers and client deadlines, handled in time order.

use super::net::MessageKind;
use super::outcome::Outcome;
use super::types::{Note, Role, WriteStatus};
use super::{
    FailoverMode, SplitBrainSim, ELECTION_TIMEOUT_MAX_MS, ELECTION_TIMEOUT_MIN_MS, JOURNAL_LEN,
    MONITOR_TIMEOUT_MS,
};

/// What the event loop handles next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Due {
    Write(usize),
    Message(u64),
    Heartbeat(usize),
    Timer(usize),
    ClientTimeout(usize),
}

/// A cap on internal steps per call, a guard that is never reached in a sane run.
const MAX_STEPS: usize = 200_000;

impl SplitBrainSim {
    /// When the next pending item is due, in logical ms.
    pub(super) fn next_event_at(&self) -> Option<u64> {
        self.next_due().map(|(t, _)| t)
    }

    /// The earliest pending item and its time.
    fn next_due(&self) -> Option<(u64, Due)> {
        if self.config.mode == FailoverMode::Raft && self.raft.is_none() {
            // Raft mode without Raft's rules holds still.
            return None;
        }
        let mut best: Option<(u64, u8, u64, Due)> = None;
        let mut offer = |t: u64, rank: u8, key: u64, due: Due| {
            if best.is_none_or(|(bt, br, bk, _)| (t, rank, key) < (bt, br, bk)) {
                best = Some((t, rank, key, due));
            }
        };
        for (i, w) in self.writes.iter().enumerate() {
            if w.status == WriteStatus::Scheduled {
                offer(w.arrives_ms, 0, i as u64, Due::Write(i));
            }
        }
        if let Some((t, id)) = self.net.next_delivery() {
            offer(t, 1, id, Due::Message(id));
        }
        for (n, node) in self.nodes.iter().enumerate() {
            if !node.powered_on {
                continue;
            }
            if let Some(t) = node.next_heartbeat_ms {
                offer(t, 2, n as u64, Due::Heartbeat(n));
            }
            if let Some(t) = node.timer_deadline_ms {
                offer(t, 3, n as u64, Due::Timer(n));
            }
        }
        for (i, w) in self.writes.iter().enumerate() {
            if let (WriteStatus::Pending, Some(t)) = (w.status, w.deadline_ms) {
                offer(t, 4, i as u64, Due::ClientTimeout(i));
            }
        }
        best.map(|(t, _, _, due)| (t, due))
    }

    /// Handles pending items up to time `limit`; with `stop_on_major`, stops after the first
    /// notable one and returns true.
    pub(super) fn run_until(&mut self, limit: u64, stop_on_major: bool) -> bool {
        self.major = false;
        for _ in 0..MAX_STEPS {
            let Some((t, due)) = self.next_due() else {
                return false;
            };
            if t > limit {
                return false;
            }
            self.now = self.now.max(t);
            self.process(due);
            if stop_on_major && self.major {
                return true;
            }
        }
        false
    }

    /// Handles one pending item at the current time.
    fn process(&mut self, due: Due) {
        let raft = self.raft.filter(|_| self.config.mode == FailoverMode::Raft);
        match due {
            Due::Write(i) => self.arrive_write(i),
            Due::Message(id) => {
                if let Some(m) = self.net.take(id) {
                    let alive = self.nodes.get(m.to).is_some_and(|n| n.powered_on);
                    if alive && self.net.is_up(m.from, m.to) {
                        if let Some(rules) = raft {
                            (rules.receive)(self, m);
                        } else {
                            self.monitor_receive(m);
                        }
                    }
                }
            }
            Due::Heartbeat(n) => {
                if self.nodes[n].role != Role::Leader {
                    self.nodes[n].next_heartbeat_ms = None;
                } else if let Some(rules) = raft {
                    (rules.heartbeat)(self, n);
                } else {
                    self.monitor_heartbeat(n);
                }
                // Guard: a heartbeat that did not move forward would fire forever.
                let node = &mut self.nodes[n];
                if node.next_heartbeat_ms.is_some_and(|t| t <= self.now) {
                    node.next_heartbeat_ms = None;
                }
            }
            Due::Timer(n) => {
                if let Some(rules) = raft {
                    (rules.timeout)(self, n);
                } else {
                    self.monitor_timeout(n);
                }
                let node = &mut self.nodes[n];
                if node.timer_deadline_ms.is_some_and(|t| t <= self.now) {
                    node.timer_deadline_ms = None;
                }
            }
            Due::ClientTimeout(i) => {
                if let Some(rules) = raft {
                    (rules.client_timeout)(self, i);
                }
            }
        }
    }

    /// Restarts node `n`'s failover timer: the monitor's fixed timeout, or Raft's random one.
    pub(super) fn reset_timer(&mut self, n: usize) {
        let timeout = if self.config.mode == FailoverMode::Raft {
            use rand::Rng;
            self.rng
                .random_range(ELECTION_TIMEOUT_MIN_MS..=ELECTION_TIMEOUT_MAX_MS)
        } else {
            MONITOR_TIMEOUT_MS
        };
        if let Some(node) = self.nodes.get_mut(n) {
            node.timer_start_ms = self.now;
            node.timer_deadline_ms = Some(self.now.saturating_add(timeout));
        }
    }

    /// Whether node `n` follows a leader it can currently hear from.
    pub(super) fn hears_leader(&self, n: usize) -> bool {
        let Some(node) = self.nodes.get(n) else {
            return false;
        };
        match node.leader {
            Some(l) if l != n => {
                self.nodes.get(l).is_some_and(|x| {
                    x.powered_on
                        && x.role == Role::Leader
                        && (self.config.mode != FailoverMode::Raft || x.term == node.term)
                }) && self.net.is_up(n, l)
            }
            _ => node.role == Role::Leader,
        }
    }

    /// Sends a message over a live link with a random delay; returns whether it went out.
    pub(super) fn send(&mut self, from: usize, to: usize, kind: MessageKind) -> bool {
        self.net.send(&mut self.rng, self.now, from, to, kind)
    }

    /// A copy for looking ahead, without the journal.
    pub(super) fn lookahead_copy(&self) -> Self {
        SplitBrainSim {
            config: self.config,
            seed: self.seed,
            rng: self.rng.clone(),
            now: self.now,
            nodes: self.nodes.clone(),
            net: self.net.clone(),
            writes: self.writes.clone(),
            storage: self.storage.clone(),
            conflict: self.conflict.clone(),
            resolution: self.resolution.clone(),
            elections: self.elections.clone(),
            committed: self.committed.clone(),
            journal: Vec::new(),
            pending: Vec::new(),
            major: false,
            next_entry_id: self.next_entry_id,
            raft: self.raft,
        }
    }

    // ----- what happened -----

    /// Queues an outcome; `major` ones are moments "Skip ahead" stops at.
    pub(super) fn note(&mut self, major: bool, outcome: Outcome) {
        self.major |= major;
        self.pending.push(outcome);
    }

    /// Adds what one action or step did to the journal, dropping the oldest notes beyond its
    /// length.
    pub(super) fn record(&mut self, said: &[Outcome]) {
        if said.is_empty() {
            return;
        }
        self.journal.push(Note {
            at_ms: self.now,
            said: said.to_vec(),
        });
        if self.journal.len() > JOURNAL_LEN {
            let extra = self.journal.len() - JOURNAL_LEN;
            self.journal.drain(..extra);
        }
    }
}
