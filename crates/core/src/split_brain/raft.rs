//! Raft leader election and log replication (Ongaro and Ousterhout, Figure 2), for three nodes.
//!
//! Indices are the paper's: 1-based, so `prev_log_index` 0 means "before the first entry" and
//! a node's `commit_index` counts its committed entries.

use super::net::{Message, MessageKind, NODE_COUNT};
use super::outcome::{Arrival, Outcome, VoteRefusal};
use super::types::{Election, EntrySource, Role, WriteStatus};
use super::{SplitBrainSim, CLIENT_TIMEOUT_MS, RAFT_HEARTBEAT_MS};
use crate::election::vote::{self, LogHead, VoteDecision, VoteRequest, Voter};

/// Raft's rules as the model runs them in Raft mode: what a node does when its election timer
/// fires, when it leads and its heartbeat is due, when a Raft message reaches it, when a
/// client's write reaches it as leader, and when a client stops waiting. The model reaches
/// Raft's code only through these, so a program can load that code on its own (see
/// [`SplitBrainSim::without_raft`]).
#[derive(Clone, Copy)]
pub struct RaftRules {
    pub(super) timeout: fn(&mut SplitBrainSim, usize),
    pub(super) heartbeat: fn(&mut SplitBrainSim, usize),
    pub(super) receive: fn(&mut SplitBrainSim, Message),
    pub(super) accept: fn(&mut SplitBrainSim, usize, usize) -> Option<Arrival>,
    pub(super) client_timeout: fn(&mut SplitBrainSim, usize),
}

impl RaftRules {
    /// Raft's rules.
    pub fn new() -> Self {
        RaftRules {
            timeout: SplitBrainSim::raft_timeout,
            heartbeat: SplitBrainSim::raft_heartbeat,
            receive: SplitBrainSim::raft_receive,
            accept: SplitBrainSim::raft_accept,
            client_timeout: SplitBrainSim::client_timeout,
        }
    }
}

impl Default for RaftRules {
    fn default() -> Self {
        RaftRules::new()
    }
}

impl std::fmt::Debug for RaftRules {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RaftRules")
    }
}

impl SplitBrainSim {
    /// The election timer fires: the node becomes a candidate for the next term, votes for
    /// itself and asks every node it can reach for a vote.
    fn raft_timeout(&mut self, n: usize) {
        let node = &self.nodes[n];
        if !node.powered_on || node.role == Role::Leader {
            self.nodes[n].timer_deadline_ms = None;
            return;
        }
        let waited = self.now.saturating_sub(node.timer_start_ms);
        let was_candidate = node.role == Role::Candidate;
        let node = &mut self.nodes[n];
        node.term = node.term.saturating_add(1);
        node.role = Role::Candidate;
        node.voted_for = Some(n);
        node.leader = None;
        node.votes = [false; NODE_COUNT];
        node.votes[n] = true;
        let (term, last_log_index, last_log_term) =
            (node.term, node.last_log_index(), node.last_log_term());
        self.reset_timer(n);
        let mut asked = Vec::new();
        for p in (0..NODE_COUNT).filter(|&p| p != n) {
            let kind = MessageKind::RequestVote {
                term,
                last_log_index,
                last_log_term,
            };
            if self.send(n, p, kind) {
                asked.push(p);
            }
        }
        self.note(
            true,
            Outcome::Candidacy {
                node: n,
                term,
                retry: was_candidate,
                waited_ms: waited,
                asked,
            },
        );
    }

    /// The leader's heartbeat: AppendEntries to every node, carrying any entries it lacks.
    fn raft_heartbeat(&mut self, n: usize) {
        for p in (0..NODE_COUNT).filter(|&p| p != n) {
            self.send_append(n, p);
        }
        self.nodes[n].next_heartbeat_ms = Some(self.now.saturating_add(RAFT_HEARTBEAT_MS));
    }

    /// Sends follower `f` the leader's entries from its `next_index` on.
    fn send_append(&mut self, l: usize, f: usize) {
        let node = &self.nodes[l];
        let next = node.next_index[f].clamp(1, node.log.len() + 1);
        let prev = next - 1;
        let prev_log_term = match prev {
            0 => 0,
            i => node.log.get(i - 1).map_or(0, |e| e.term),
        };
        let kind = MessageKind::AppendEntries {
            term: node.term,
            prev_log_index: prev,
            prev_log_term,
            entries: node.log.get(prev..).map(<[_]>::to_vec).unwrap_or_default(),
            leader_commit: node.commit_index,
        };
        self.send(l, f, kind);
    }

    /// Any RPC or reply with a newer term makes the receiver a follower of that term first.
    fn raft_receive(&mut self, m: Message) {
        let (from, to) = (m.from, m.to);
        let term = m.kind.term();
        if vote::is_newer_term(term, self.nodes[to].term) {
            self.step_down(to, term);
        }
        match m.kind {
            MessageKind::RequestVote {
                term,
                last_log_index,
                last_log_term,
            } => self.on_request_vote(to, from, term, last_log_index, last_log_term),
            MessageKind::Vote { term, granted } => self.on_vote(to, from, term, granted),
            MessageKind::AppendEntries {
                term,
                prev_log_index,
                prev_log_term,
                entries,
                leader_commit,
            } => self.on_append(
                to,
                from,
                term,
                (prev_log_index, prev_log_term),
                entries,
                leader_commit,
            ),
            MessageKind::AppendReply {
                term,
                success,
                prev_log_index,
                match_index,
            } => self.on_append_reply(to, from, term, success, prev_log_index, match_index),
            MessageKind::Heartbeat { .. } | MessageKind::Sync { .. } => {}
        }
    }

    /// Node `n` sees `term`, newer than its own: it adopts it, forgets its vote, and becomes a
    /// follower (a leader or candidate steps down).
    fn step_down(&mut self, n: usize, term: u64) {
        let node = &mut self.nodes[n];
        let (was, old) = (node.role, node.term);
        node.term = term;
        node.voted_for = None;
        node.role = Role::Follower;
        node.leader = None;
        node.next_heartbeat_ms = None;
        if was == Role::Leader || node.timer_deadline_ms.is_none() {
            self.reset_timer(n);
        }
        match was {
            Role::Leader => self.note(true, Outcome::StaleLeaderStepsDown { node: n, term, old }),
            Role::Candidate => {
                self.note(false, Outcome::CandidacyDropped { node: n, term, old });
            }
            Role::Follower => {}
        }
    }

    /// RequestVote: grant if the term is current, no other vote was given in it, and the
    /// candidate's log is at least as up to date (last term, then length).
    fn on_request_vote(&mut self, to: usize, from: usize, term: u64, lli: usize, llt: u64) {
        let me = &self.nodes[to];
        let head = |term, index| LogHead { term, index };
        let req = VoteRequest {
            candidate: from,
            term,
            log: head(llt, lli),
        };
        let voter = Voter {
            term: me.term,
            voted_for: me.voted_for,
            log: head(me.last_log_term(), me.last_log_index()),
        };
        let decision = vote::decide_vote(req, voter);
        let grant = decision == VoteDecision::Grant;
        let reply_term = me.term;
        let reason = match decision {
            VoteDecision::Grant | VoteDecision::StaleTerm => None,
            VoteDecision::AlreadyVoted(v) => Some(VoteRefusal::AlreadyVoted(v)),
            VoteDecision::LogBehind => Some(VoteRefusal::LogNewer),
        };
        if grant {
            self.nodes[to].voted_for = Some(from);
            self.reset_timer(to);
            let vote = Outcome::Voted {
                voter: to,
                candidate: from,
                term,
            };
            self.note(false, vote);
        } else if let Some(reason) = reason {
            let refusal = Outcome::VoteRefused {
                voter: to,
                candidate: from,
                term,
                reason,
            };
            self.note(false, refusal);
        }
        self.send(
            to,
            from,
            MessageKind::Vote {
                term: reply_term,
                granted: grant,
            },
        );
    }

    /// A vote arrives; with a majority the candidate becomes leader.
    fn on_vote(&mut self, to: usize, from: usize, term: u64, granted: bool) {
        let me = &mut self.nodes[to];
        if me.role != Role::Candidate || term != me.term || !granted {
            return;
        }
        me.votes[from] = true;
        if vote::has_majority(me.vote_count(), NODE_COUNT) {
            self.become_leader(to);
        }
    }

    /// A candidate with a majority of votes leads its term: it resets its view of every
    /// follower's log and sends heartbeats at once.
    fn become_leader(&mut self, n: usize) {
        let node = &mut self.nodes[n];
        let len = node.log.len();
        node.role = Role::Leader;
        node.leader = Some(n);
        node.timer_deadline_ms = None;
        node.next_index = [len + 1; NODE_COUNT];
        node.match_index = [0; NODE_COUNT];
        node.match_index[n] = len;
        node.next_heartbeat_ms = Some(self.now);
        let term = node.term;
        let votes: Vec<usize> = (0..NODE_COUNT).filter(|&i| node.votes[i]).collect();
        self.elections.push(Election {
            term,
            node: n,
            at_ms: self.now,
            votes: votes.clone(),
        });
        let stale = self
            .leaders()
            .into_iter()
            .filter(|&l| l != n)
            .map(|l| (l, self.nodes[l].term))
            .collect();
        self.note(
            true,
            Outcome::Elected {
                node: n,
                term,
                votes,
                stale,
            },
        );
    }

    /// AppendEntries: accept the leader of the current term, check that the logs match at
    /// `prev`, drop conflicting entries, append, and follow the leader's commit index.
    fn on_append(
        &mut self,
        to: usize,
        from: usize,
        term: u64,
        prev: (usize, u64),
        entries: Vec<super::Entry>,
        leader_commit: usize,
    ) {
        let (prev_index, prev_term) = prev;
        let my_term = self.nodes[to].term;
        let refuse = |term| MessageKind::AppendReply {
            term,
            success: false,
            prev_log_index: prev_index,
            match_index: 0,
        };
        if term < my_term {
            self.send(to, from, refuse(my_term));
            return;
        }
        if self.nodes[to].role == Role::Leader {
            // Two leaders in one term cannot happen (Election Safety); ignore rather than crash.
            return;
        }
        if self.nodes[to].role == Role::Candidate {
            let ends = Outcome::CandidacyEnds {
                node: to,
                leader: from,
                term,
            };
            self.note(false, ends);
        }
        let node = &mut self.nodes[to];
        node.role = Role::Follower;
        node.leader = Some(from);
        self.reset_timer(to);
        let matches = prev_index == 0
            || self.nodes[to]
                .log
                .get(prev_index - 1)
                .is_some_and(|e| e.term == prev_term);
        if !matches {
            self.send(to, from, refuse(term));
            return;
        }
        let last_new = prev_index + entries.len();
        let discarded = self.store_entries(to, prev_index, entries);
        let new_commit = leader_commit.min(last_new);
        self.send(
            to,
            from,
            MessageKind::AppendReply {
                term,
                success: true,
                prev_log_index: prev_index,
                match_index: last_new,
            },
        );
        let thrown: Vec<super::Entry> = discarded
            .into_iter()
            .filter(|e| matches!(e.source, EntrySource::Write(_)))
            .collect();
        if !thrown.is_empty() {
            let discarded = Outcome::Discarded {
                node: to,
                leader: from,
                term,
                entries: thrown,
            };
            self.note(true, discarded);
        }
        self.advance_commit(to, new_commit);
    }

    /// Stores `entries` after `prev_index` in node `n`'s log: an entry already there with the
    /// same term is kept; one with another term is a conflict, so it and everything after it
    /// is dropped. Returns the dropped entries.
    fn store_entries(
        &mut self,
        n: usize,
        prev_index: usize,
        entries: Vec<super::Entry>,
    ) -> Vec<super::Entry> {
        let node = &mut self.nodes[n];
        let mut discarded = Vec::new();
        for (k, e) in entries.into_iter().enumerate() {
            let pos = prev_index + k;
            match node.log.get(pos) {
                Some(x) if x.term == e.term => {}
                Some(_) => {
                    discarded.extend(node.log.drain(pos..));
                    node.log.push(e);
                }
                None => node.log.push(e),
            }
        }
        node.commit_index = node.commit_index.min(node.log.len());
        discarded
    }

    /// The follower's answer: on success record how far it matches and try to commit; on a
    /// mismatch step back one entry and retry at once.
    fn on_append_reply(
        &mut self,
        to: usize,
        from: usize,
        term: u64,
        success: bool,
        prev_index: usize,
        match_index: usize,
    ) {
        let me = &mut self.nodes[to];
        if me.role != Role::Leader || term != me.term {
            return;
        }
        if success {
            me.match_index[from] = me.match_index[from].max(match_index);
            me.next_index[from] = me.next_index[from].max(match_index + 1);
            self.leader_commit(to);
        } else {
            let floor = me.match_index[from] + 1;
            me.next_index[from] = me.next_index[from].min(prev_index).max(floor);
            self.send_append(to, from);
        }
    }

    /// The leader commits the newest entry of its own term that a majority stores.
    fn leader_commit(&mut self, l: usize) {
        let node = &self.nodes[l];
        let len = node.log.len();
        let mut target = node.commit_index;
        for index in (node.commit_index + 1..=len).rev() {
            if node.log.get(index - 1).map(|e| e.term) != Some(node.term) {
                break;
            }
            let stored = (0..NODE_COUNT)
                .filter(|&i| {
                    if i == l {
                        len >= index
                    } else {
                        node.match_index[i] >= index
                    }
                })
                .count();
            if vote::has_majority(stored, NODE_COUNT) {
                target = index;
                break;
            }
        }
        self.advance_commit(l, target);
    }

    /// Node `n` learns that its first `new` entries are committed.
    fn advance_commit(&mut self, n: usize, new: usize) {
        let node = &self.nodes[n];
        let old = node.commit_index;
        let new = new.min(node.log.len());
        if new <= old {
            return;
        }
        let is_leader = node.role == Role::Leader;
        let term = node.term;
        let entries: Vec<super::Entry> = node
            .log
            .get(old..new)
            .map(<[_]>::to_vec)
            .unwrap_or_default();
        self.nodes[n].commit_index = new;
        for (k, e) in entries.into_iter().enumerate() {
            if old + k == self.committed.len() {
                self.committed.push(e.clone());
            }
            let EntrySource::Write(i) = e.source else {
                continue;
            };
            let Some(w) = self.writes.get_mut(i) else {
                continue;
            };
            match w.status {
                WriteStatus::Pending if is_leader && w.accepted_by == Some(n) && e.term == term => {
                    w.status = WriteStatus::Committed;
                    w.deadline_ms = None;
                    let value = w.value;
                    let done = Outcome::WriteCommitted {
                        write: i,
                        value,
                        leader: n,
                    };
                    self.note(true, done);
                }
                WriteStatus::TimedOut => {
                    w.status = WriteStatus::CommittedLate;
                    let value = w.value;
                    self.note(true, Outcome::CommittedLate { write: i, value });
                }
                _ => {}
            }
        }
    }

    /// Raft: the leader appends the client's write and replicates it; the client waits for
    /// the commit.
    fn raft_accept(&mut self, index: usize, leader: usize) -> Option<Arrival> {
        let value = self.writes.get(index)?.value;
        let term = self.nodes[leader].term;
        let entry = self.new_entry(EntrySource::Write(index), value, term, leader);
        let id = entry.id;
        let node = &mut self.nodes[leader];
        node.log.push(entry);
        let position = node.log.len();
        node.match_index[leader] = position;
        self.mark(index, id, WriteStatus::Pending);
        if let Some(w) = self.writes.get_mut(index) {
            w.deadline_ms = Some(self.now.saturating_add(CLIENT_TIMEOUT_MS));
        }
        let replicas = self.reachable_peers(leader);
        for p in (0..NODE_COUNT).filter(|&p| p != leader) {
            self.send_append(leader, p);
        }
        Some(Arrival::Appended {
            leader,
            term,
            index: position,
            replicas,
        })
    }

    /// The client's timer runs out before its write committed.
    fn client_timeout(&mut self, index: usize) {
        let committed = self.committed.clone();
        let Some(w) = self.writes.get_mut(index) else {
            return;
        };
        w.deadline_ms = None;
        if w.status != WriteStatus::Pending {
            return;
        }
        let done = w
            .entry_id
            .is_some_and(|id| committed.iter().any(|e| e.id == id));
        w.status = if done {
            WriteStatus::CommittedLate
        } else {
            WriteStatus::TimedOut
        };
        let gave_up = Outcome::ClientGaveUp {
            write: index,
            leader: w.accepted_by,
            waited_ms: CLIENT_TIMEOUT_MS,
            committed: done,
        };
        self.note(true, gave_up);
    }
}
