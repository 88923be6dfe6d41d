//! Raft's election (Ongaro and Ousterhout 2014, §5.2), with pre-vote and CheckQuorum (Ongaro's
//! thesis, §9.6). The vote rules themselves are [`super::vote`]'s, shared with the split-brain
//! model's Raft mode.

use super::vote::{self, LogHead, VoteDecision, VoteRequest, Voter};
use super::{Ballot, ElectionSim, Happening, Message, MessageKind, Role, StepDown, HEARTBEAT_MS};

impl ElectionSim {
    /// The election timer fires: a follower or candidate stands (or, with pre-vote, first
    /// asks whether it could win).
    pub(super) fn raft_timeout(&mut self, i: usize, out: &mut Vec<Happening>) {
        if self.nodes[i].role == Role::Leader {
            return;
        }
        if self.config.pre_vote {
            let node = &mut self.nodes[i];
            node.role = Role::PreCandidate;
            node.votes = 1 << i;
            let ask = MessageKind::RequestVote {
                term: node.term + 1,
                log: node.log,
                pre: true,
            };
            self.reset_timer(i);
            out.push(Happening::PreVoteStarted { node: i });
            self.broadcast(i, ask);
        } else {
            self.stand(i, out);
        }
    }

    /// Becomes a candidate for the next term: votes for itself and asks everyone.
    fn stand(&mut self, i: usize, out: &mut Vec<Happening>) {
        let node = &mut self.nodes[i];
        node.term += 1;
        node.role = Role::Candidate;
        node.voted_for = Some(i);
        node.leader = None;
        node.votes = 1 << i;
        let (term, log) = (node.term, node.log);
        self.ballots.push(Ballot {
            voter: i,
            term,
            candidate: i,
        });
        self.stats.elections += 1;
        self.reset_timer(i);
        out.push(Happening::ElectionStarted { node: i, term });
        self.broadcast(
            i,
            MessageKind::RequestVote {
                term,
                log,
                pre: false,
            },
        );
    }

    /// Whether node `i` heard from a leader within the minimum election timeout (then, with
    /// pre-vote or CheckQuorum, it refuses to help unseat that leader).
    fn leader_recent(&self, i: usize) -> bool {
        let min = self.config.timeout_min_ms;
        self.nodes[i]
            .heard_leader_ms
            .is_some_and(|t| self.now < t.saturating_add(min))
    }

    /// A message arrives. A real (not pre-vote) message with a newer term makes the receiver
    /// a follower of that term first.
    pub(super) fn raft_receive(&mut self, m: Message, out: &mut Vec<Happening>) {
        let (from, to) = (m.from, m.to);
        let pre = matches!(
            m.kind,
            MessageKind::RequestVote { pre: true, .. }
                | MessageKind::Vote {
                    pre: true,
                    granted: true,
                    ..
                }
        );
        let lease = self.config.check_quorum
            && matches!(m.kind, MessageKind::RequestVote { pre: false, .. })
            && self.leader_recent(to);
        if lease {
            return;
        }
        if let Some(term) = m.kind.term().filter(|_| !pre) {
            if vote::is_newer_term(term, self.nodes[to].term) {
                self.step_down(to, term, out);
            }
        }
        match m.kind {
            MessageKind::RequestVote { term, log, pre } => {
                self.on_request_vote(to, from, term, log, pre)
            }
            MessageKind::Vote { term, granted, pre } => {
                self.on_vote(to, from, term, granted && !pre, out);
                if pre && granted {
                    self.on_pre_vote(to, from, term, out);
                }
            }
            MessageKind::AppendEntries { term, log } => self.on_append(to, from, term, log),
            MessageKind::AppendReply { term, ok } => {
                let me = &mut self.nodes[to];
                if ok && me.role == Role::Leader && term == me.term {
                    me.acked_ms[from] = self.now;
                }
            }
            _ => {}
        }
    }

    /// Node `i` adopts a newer term: it forgets its vote and follows (a leader steps down).
    fn step_down(&mut self, i: usize, term: u64, out: &mut Vec<Happening>) {
        let node = &mut self.nodes[i];
        let was = node.role;
        node.term = term;
        node.voted_for = None;
        node.role = Role::Follower;
        node.leader = None;
        node.beat_ms = None;
        if was == Role::Leader {
            let cause = StepDown::NewerTerm(term);
            out.push(Happening::SteppedDown { node: i, cause });
        }
        if was == Role::Leader || node.timer_ms.is_none() {
            self.reset_timer(i);
        }
    }

    /// RequestVote: a real one is decided by Raft's rule; a pre-vote is granted if the asked
    /// term is newer, the log up to date, and no leader was heard from recently.
    fn on_request_vote(&mut self, to: usize, from: usize, term: u64, log: LogHead, pre: bool) {
        let me = &self.nodes[to];
        let reply = if pre {
            let granted =
                term > me.term && vote::log_up_to_date(log, me.log) && !self.leader_recent(to);
            MessageKind::Vote {
                term: if granted { term } else { me.term },
                granted,
                pre: true,
            }
        } else {
            let req = VoteRequest {
                candidate: from,
                term,
                log,
            };
            let voter = Voter {
                term: me.term,
                voted_for: me.voted_for,
                log: me.log,
            };
            let granted = vote::decide_vote(req, voter) == VoteDecision::Grant;
            if granted {
                self.nodes[to].voted_for = Some(from);
                self.ballots.push(Ballot {
                    voter: to,
                    term,
                    candidate: from,
                });
                self.reset_timer(to);
            }
            MessageKind::Vote {
                term: self.nodes[to].term,
                granted,
                pre: false,
            }
        };
        self.send(to, from, reply);
    }

    /// A real vote for the current candidacy; a majority makes the candidate leader.
    fn on_vote(
        &mut self,
        to: usize,
        from: usize,
        term: u64,
        granted: bool,
        out: &mut Vec<Happening>,
    ) {
        let me = &mut self.nodes[to];
        if me.role != Role::Candidate || term != me.term || !granted {
            return;
        }
        me.votes |= 1 << from;
        if vote::has_majority(me.votes.count_ones() as usize, self.nodes.len()) {
            self.raft_lead(to, out);
        }
    }

    /// A pre-vote granted for the next term; a majority lets the node stand for real.
    fn on_pre_vote(&mut self, to: usize, from: usize, term: u64, out: &mut Vec<Happening>) {
        let me = &mut self.nodes[to];
        if me.role != Role::PreCandidate || term != me.term + 1 {
            return;
        }
        me.votes |= 1 << from;
        if vote::has_majority(me.votes.count_ones() as usize, self.nodes.len()) {
            self.stand(to, out);
        }
    }

    /// Leads its term: appends an entry of the term (so an out-of-date log cannot win next)
    /// and sends heartbeats at once.
    fn raft_lead(&mut self, i: usize, out: &mut Vec<Happening>) {
        let now = self.now;
        let node = &mut self.nodes[i];
        node.log = LogHead {
            term: node.term,
            index: node.log.index + 1,
        };
        node.acked_ms.iter_mut().for_each(|a| *a = now);
        self.won(i, out);
    }

    /// AppendEntries: the leader of the current term (or newer) is followed; the follower
    /// copies its log head and restarts its timer. An older term is refused.
    fn on_append(&mut self, to: usize, from: usize, term: u64, log: LogHead) {
        let me = &mut self.nodes[to];
        if term < me.term {
            let refuse = MessageKind::AppendReply {
                term: me.term,
                ok: false,
            };
            self.send(to, from, refuse);
            return;
        }
        if me.role == Role::Leader {
            return;
        }
        me.role = Role::Follower;
        me.leader = Some(from);
        me.log = log;
        me.heard_leader_ms = Some(self.now);
        self.reset_timer(to);
        self.send(to, from, MessageKind::AppendReply { term, ok: true });
    }

    /// The leader's heartbeat; with CheckQuorum it first checks that a majority answered
    /// within the longest election timeout, and steps down if not.
    pub(super) fn raft_beat(&mut self, i: usize, out: &mut Vec<Happening>) {
        let node = &self.nodes[i];
        if node.role != Role::Leader {
            return;
        }
        let since = self.now.saturating_sub(self.config.timeout_max_ms);
        let heard = (0..self.nodes.len())
            .filter(|&p| p == i || node.acked_ms[p] >= since)
            .count();
        if self.config.check_quorum && !vote::has_majority(heard, self.nodes.len()) {
            let node = &mut self.nodes[i];
            node.role = Role::Follower;
            node.leader = None;
            let cause = StepDown::LostQuorum;
            out.push(Happening::SteppedDown { node: i, cause });
            self.reset_timer(i);
            return;
        }
        let kind = MessageKind::AppendEntries {
            term: node.term,
            log: node.log,
        };
        self.broadcast(i, kind);
        self.nodes[i].beat_ms = Some(self.now.saturating_add(HEARTBEAT_MS));
    }
}
