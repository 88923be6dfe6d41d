//! What each student action does to the cluster, and how client writes reach a leader.

use super::net::{link_index, LINKS, NODE_COUNT};
use super::outcome::{Arrival, Outcome, Refusal};
use super::types::{ClientWrite, Entry, EntrySource, Rejection, Role, WriteStatus};
use super::{
    FailoverMode, SplitBrainSim, MAX_BALANCE, MAX_CLOCK_SKEW_MS, MAX_WRITES, SKIP_HORIZON_MS,
    SPEC_VALUE_A, SPEC_VALUE_B, SPEC_WRITE_GAP_MS,
};

impl SplitBrainSim {
    /// The spec's "Partition Network": cut Node 1 off from Nodes 2 and 3.
    pub(super) fn partition(&mut self) -> Outcome {
        if !self.can_partition() {
            return Outcome::Refused(Refusal::AlreadyPartitioned);
        }
        self.set_link(0, 1, false);
        self.set_link(0, 2, false);
        Outcome::Partitioned {
            leader_cut: self.nodes[0].role == Role::Leader,
        }
    }

    /// "Heal Partition": every link comes back up.
    pub(super) fn heal_all(&mut self) -> Outcome {
        if !self.can_heal() {
            return Outcome::Refused(Refusal::NothingToHeal);
        }
        for (a, b) in LINKS {
            self.set_link(a, b, true);
        }
        Outcome::Healed {
            sync: self.config.mode != FailoverMode::Raft && self.leaders().len() > 1,
        }
    }

    /// Cuts a live link or heals a cut one.
    pub(super) fn toggle_link(&mut self, a: usize, b: usize) -> Outcome {
        if link_index(a, b).is_none() {
            return Outcome::Refused(Refusal::NoSuchLink { a, b });
        }
        let up = !self.net.is_up(a, b);
        self.set_link(a, b, up);
        let (a, b) = (a.min(b), a.max(b));
        if up {
            return Outcome::LinkHealed { a, b };
        }
        let isolated = (0..NODE_COUNT)
            .filter(|&n| (0..NODE_COUNT).all(|p| p == n || !self.net.is_up(n, p)))
            .collect();
        Outcome::LinkCut { a, b, isolated }
    }

    /// Cuts or heals one link; a heal makes each leader on it send a sync (monitor modes).
    pub(super) fn set_link(&mut self, a: usize, b: usize, up: bool) {
        if self.net.set(a, b, up) != Some(true) || !up {
            return;
        }
        if self.config.mode != FailoverMode::Raft {
            self.send_sync(a, b);
            self.send_sync(b, a);
        }
    }

    /// Runs a copy forward to the next notable moment and keeps it; keeps nothing if there is none.
    pub(super) fn skip_ahead(&mut self) -> Outcome {
        let start = self.now;
        let mut probe = self.lookahead_copy();
        if !probe.run_until(start.saturating_add(SKIP_HORIZON_MS), true) {
            return Outcome::Refused(Refusal::NothingNotable {
                horizon_ms: SKIP_HORIZON_MS,
            });
        }
        let journal = std::mem::take(&mut self.journal);
        *self = probe;
        self.journal = journal;
        Outcome::SkippedAhead {
            ms: self.now.saturating_sub(start),
        }
    }

    /// Write A to Node 1 now, Write B to Node 2 a second later.
    pub(super) fn spec_writes(&mut self) -> Vec<Outcome> {
        if !self.can_spec_writes() {
            let why = if self.conflict.is_some() {
                Refusal::ConflictWaiting
            } else if self.writes.len() + 2 > MAX_WRITES {
                Refusal::TooManyWrites { max: MAX_WRITES }
            } else {
                Refusal::SpecWritesUnderway
            };
            return vec![Outcome::Refused(why)];
        }
        let mut said = self.client_write(0, SPEC_VALUE_A, 0);
        said.append(&mut self.pending);
        said.extend(self.client_write(1, SPEC_VALUE_B, SPEC_WRITE_GAP_MS));
        said
    }

    /// Registers a client write arriving at `node` after `delay_ms` (at once if 0).
    pub(super) fn client_write(&mut self, node: usize, value: i64, delay_ms: u64) -> Vec<Outcome> {
        if node >= NODE_COUNT {
            return vec![Outcome::Refused(Refusal::NoSuchNode { node })];
        }
        if self.writes.len() >= MAX_WRITES {
            return vec![Outcome::Refused(Refusal::TooManyWrites { max: MAX_WRITES })];
        }
        let clamped = value.clamp(-MAX_BALANCE, MAX_BALANCE);
        let index = self.writes.len();
        let arrives_ms = self.now.saturating_add(delay_ms);
        self.writes.push(ClientWrite {
            index,
            target: node,
            value: clamped,
            arrives_ms,
            accepted_by: None,
            entry_id: None,
            deadline_ms: None,
            status: WriteStatus::Scheduled,
        });
        let mut said = Vec::new();
        if clamped != value {
            said.push(Outcome::BalanceClamped {
                max: MAX_BALANCE,
                value: clamped,
            });
        }
        if delay_ms == 0 {
            self.arrive_write(index);
        } else {
            said.push(Outcome::WriteScheduled {
                write: index,
                value: clamped,
                node,
                delay_ms,
            });
        }
        said
    }

    /// Sets Node 1's clock skew for writes stamped from now on.
    pub(super) fn set_skew(&mut self, ms: i64) -> Vec<Outcome> {
        let clamped = ms.clamp(-MAX_CLOCK_SKEW_MS, MAX_CLOCK_SKEW_MS);
        self.config.clock_skew_ms = clamped;
        let mut said = Vec::new();
        if clamped != ms {
            said.push(Outcome::SkewClamped {
                max_ms: MAX_CLOCK_SKEW_MS,
            });
        }
        said.push(Outcome::SkewSet { ms: clamped });
        said
    }

    /// Turns STONITH on or off for later failovers.
    pub(super) fn set_stonith(&mut self, on: bool) -> Outcome {
        self.config.stonith = on;
        Outcome::StonithSet {
            on,
            applies: self.config.mode == FailoverMode::Fencing,
        }
    }

    /// Boots a powered-off node; it rejoins as a replica.
    pub(super) fn power_on(&mut self, n: usize) -> Outcome {
        let Some(node) = self.nodes.get(n) else {
            return Outcome::Refused(Refusal::NoSuchNode { node: n });
        };
        if node.powered_on {
            return Outcome::Refused(Refusal::AlreadyRunning { node: n });
        }
        let holder = self.storage.holder;
        let leader = (self.config.mode == FailoverMode::Fencing && holder != n).then_some(holder);
        let node = &mut self.nodes[n];
        node.powered_on = true;
        node.fenced = false;
        node.role = Role::Follower;
        node.leader = leader;
        node.next_heartbeat_ms = None;
        self.reset_timer(n);
        Outcome::PoweredOn { node: n, leader }
    }

    // ----- client writes -----

    /// A client write reaches its node: the node accepts it, redirects it to its leader, or
    /// refuses it.
    pub(super) fn arrive_write(&mut self, index: usize) {
        let Some(w) = self.writes.get(index) else {
            return;
        };
        let (target, value) = (w.target, w.value);
        let Some(node) = self.nodes.get(target) else {
            return;
        };
        let refusal = if !node.powered_on {
            Some((Rejection::PoweredOff, Arrival::PoweredOff))
        } else if self.conflict.is_some() {
            Some((Rejection::Frozen, Arrival::Frozen))
        } else {
            None
        };
        let acceptor = if node.role == Role::Leader {
            Some(target)
        } else {
            node.leader.filter(|&l| {
                l != target
                    && self
                        .nodes
                        .get(l)
                        .is_some_and(|x| x.powered_on && x.role == Role::Leader)
            })
        };
        let candidate = node.role == Role::Candidate;
        let leader = match (refusal, acceptor) {
            (Some((why, arrival)), _) => return self.refuse_write(index, why, arrival),
            (None, None) => {
                let arrival = Arrival::NoLeader { candidate };
                return self.refuse_write(index, Rejection::NoLeader, arrival);
            }
            (None, Some(leader)) => leader,
        };
        if let Some(w) = self.writes.get_mut(index) {
            w.accepted_by = Some(leader);
        }
        let arrival = match self.config.mode {
            FailoverMode::Naive => self.naive_accept(index, leader),
            FailoverMode::Fencing => self.fencing_accept(index, leader),
            FailoverMode::Raft => self
                .raft
                .and_then(|rules| (rules.accept)(self, index, leader)),
        };
        if let Some(arrival) = arrival {
            self.arrived(index, value, target, arrival);
        }
    }

    /// Write `index` is refused on arrival.
    fn refuse_write(&mut self, index: usize, why: Rejection, arrival: Arrival) {
        self.reject(index, why);
        if let Some(w) = self.writes.get(index) {
            let (value, target) = (w.value, w.target);
            self.arrived(index, value, target, arrival);
        }
    }

    /// Reports what became of write `index` when it reached `node`.
    pub(super) fn arrived(&mut self, index: usize, value: i64, node: usize, arrival: Arrival) {
        self.note(
            true,
            Outcome::WriteReached {
                write: index,
                value,
                node,
                arrival,
            },
        );
    }

    /// Records that write `index` was refused.
    pub(super) fn reject(&mut self, index: usize, why: Rejection) {
        if let Some(w) = self.writes.get_mut(index) {
            w.status = WriteStatus::Rejected(why);
        }
    }

    /// A new log entry stamped with the accepting node's clock.
    pub(super) fn new_entry(
        &mut self,
        source: EntrySource,
        value: i64,
        term: u64,
        node: usize,
    ) -> Entry {
        let id = self.next_entry_id;
        self.next_entry_id = self.next_entry_id.saturating_add(1);
        Entry {
            id,
            source,
            value,
            term,
            node,
            real_ms: self.now,
            stamped_ms: self.node_clock_ms(node),
        }
    }
}
