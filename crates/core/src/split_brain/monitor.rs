//! Monitor-based failover (the naive and fencing modes): heartbeats, the missed-heartbeat
//! timeout, promotion, STONITH, the fencing storage, and what leaders do when they meet.

use super::conflict;
use super::net::{Message, MessageKind, NODE_COUNT};
use super::outcome::{Arrival, Outcome};
use super::types::{Election, Entry, EntrySource, Rejection, Role, WriteStatus};
use super::{FailoverMode, SplitBrainSim, MONITOR_HEARTBEAT_MS};

impl SplitBrainSim {
    /// A leader's heartbeat: its epoch and log to every peer it can reach.
    pub(super) fn monitor_heartbeat(&mut self, n: usize) {
        self.broadcast_log(n, false);
        self.nodes[n].next_heartbeat_ms = Some(self.now.saturating_add(MONITOR_HEARTBEAT_MS));
    }

    /// Sends node `n`'s epoch and log to every peer over live links.
    fn broadcast_log(&mut self, n: usize, sync: bool) {
        for p in (0..NODE_COUNT).filter(|&p| p != n) {
            self.send_log(n, p, sync);
        }
    }

    /// Sends node `from`'s epoch and log to `to`, as a sync or a heartbeat.
    fn send_log(&mut self, from: usize, to: usize, sync: bool) {
        let epoch = self.nodes[from].term;
        let log = self.nodes[from].log.clone();
        let kind = if sync {
            MessageKind::Sync { epoch, log }
        } else {
            MessageKind::Heartbeat { epoch, log }
        };
        self.send(from, to, kind);
    }

    /// On a healed link: a powered-on leader tells the node at the other end about itself.
    pub(super) fn send_sync(&mut self, from: usize, to: usize) {
        let is_leader = self
            .nodes
            .get(from)
            .is_some_and(|n| n.powered_on && n.role == Role::Leader);
        if is_leader {
            self.send_log(from, to, true);
        }
    }

    /// A heartbeat or sync arrives: replicas follow the newest leader and copy its log;
    /// a leader hearing another leader compares logs.
    pub(super) fn monitor_receive(&mut self, m: Message) {
        let (from, to) = (m.from, m.to);
        let (epoch, log) = match m.kind {
            MessageKind::Heartbeat { epoch, log } | MessageKind::Sync { epoch, log } => {
                (epoch, log)
            }
            _ => return,
        };
        if self.nodes[to].role == Role::Leader {
            self.leaders_meet(to, from, epoch, log);
            return;
        }
        let me = &self.nodes[to];
        let adopt =
            me.leader.is_none() || epoch > me.term || (me.leader == Some(from) && epoch >= me.term);
        if !adopt {
            return;
        }
        let switched = me.leader != Some(from);
        self.follow(to, from, epoch);
        self.set_log(to, log);
        if switched {
            self.note(
                true,
                Outcome::Follows {
                    node: to,
                    leader: from,
                    epoch,
                },
            );
        }
    }

    /// Leader `me` hears from `other`, which also claims to lead with `epoch` and `log`.
    fn leaders_meet(&mut self, me: usize, other: usize, epoch: u64, log: Vec<Entry>) {
        if self.conflict.is_some() {
            return;
        }
        let my_term = self.nodes[me].term;
        let i_win = my_term > epoch || (my_term == epoch && me < other);
        if self.config.mode == FailoverMode::Fencing {
            if !i_win {
                self.follow(me, other, epoch);
                self.set_log(me, log);
                self.note(
                    true,
                    Outcome::YieldsToToken {
                        node: me,
                        other,
                        token: epoch,
                        old_token: my_term,
                    },
                );
            }
            return;
        }
        let mine = self.nodes[me].log.clone();
        if conflict::diverged(&mine, &log) {
            self.detect_conflict(me, other);
            return;
        }
        let theirs_longer = log.len() > mine.len();
        if i_win {
            if theirs_longer {
                self.set_log(me, log);
                self.note(false, Outcome::TakesWrites { node: me, other });
            }
        } else {
            let logs_agree = log.len() == mine.len();
            let merged = if theirs_longer { log } else { mine };
            self.follow(me, other, epoch);
            self.set_log(me, merged);
            self.note(
                true,
                Outcome::YieldsToEpoch {
                    node: me,
                    other,
                    epoch,
                    logs_agree,
                },
            );
        }
    }

    /// Node `n` becomes a replica of `leader` in `epoch`, and its timer starts over.
    pub(super) fn follow(&mut self, n: usize, leader: usize, epoch: u64) {
        let node = &mut self.nodes[n];
        node.role = Role::Follower;
        node.leader = Some(leader);
        node.term = epoch;
        node.next_heartbeat_ms = None;
        node.fenced = false;
        self.reset_timer(n);
    }

    /// Replaces node `n`'s log (log shipping: a replica copies its leader's log whole).
    pub(super) fn set_log(&mut self, n: usize, log: Vec<Entry>) {
        let node = &mut self.nodes[n];
        node.commit_index = log.len();
        node.log = log;
        self.check_lost();
    }

    /// Marks acknowledged writes that no node (and no storage) holds any more as lost.
    pub(super) fn check_lost(&mut self) {
        let mut lost = Vec::new();
        for (i, w) in self.writes.iter().enumerate() {
            let Some(id) = w.entry_id else { continue };
            if w.status != WriteStatus::Acknowledged {
                continue;
            }
            let held = self.nodes.iter().any(|n| n.log.iter().any(|e| e.id == id))
                || (self.config.mode == FailoverMode::Fencing
                    && self.storage.log.iter().any(|e| e.id == id));
            if !held {
                lost.push(i);
            }
        }
        for i in lost {
            if let Some(w) = self.writes.get_mut(i) {
                w.status = WriteStatus::Lost;
                let value = w.value;
                self.note(true, Outcome::WriteLost { write: i, value });
            }
        }
    }

    /// A replica's missed-heartbeat timer fires: the monitor promotes a replica on its side.
    pub(super) fn monitor_timeout(&mut self, f: usize) {
        let node = &self.nodes[f];
        if !node.powered_on || node.role == Role::Leader {
            self.nodes[f].timer_deadline_ms = None;
            return;
        }
        let silent = self.now.saturating_sub(node.timer_start_ms);
        let lost_leader = node.leader.filter(|&l| l != f);
        let reachable = |g: usize| g != f && self.net.is_up(f, g) && self.nodes[g].powered_on;
        let leading: Option<usize> =
            (0..NODE_COUNT).find(|&g| reachable(g) && self.nodes[g].role == Role::Leader);
        if let Some(l) = leading {
            let epoch = self.nodes[l].term;
            self.follow(f, l, epoch);
            self.note(false, Outcome::PointedAt { node: f, leader: l });
            return;
        }
        let group: Vec<usize> = (0..NODE_COUNT)
            .filter(|&g| g == f || (reachable(g) && !self.hears_leader(g) && !self.nodes[g].fenced))
            .collect();
        let Some(&p) = group.first() else { return };
        let mut powered_off = None;
        if self.stonith_active() {
            let target = lost_leader.filter(|o| self.nodes[*o].powered_on && !group.contains(o));
            if let Some(old) = target {
                self.power_off(old);
                powered_off = Some(old);
            }
        }
        let epoch = self.promote(p, &group);
        let still_leading = self
            .leaders()
            .into_iter()
            .find(|&l| l != p)
            .map(|o| (o, self.nodes[o].term));
        self.note(
            true,
            Outcome::Promoted {
                silent: group,
                lost_leader,
                silent_ms: silent,
                powered_off,
                node: p,
                epoch,
                still_leading,
            },
        );
    }

    /// The monitor makes `p` leader of `group` with a new epoch (or a new fencing token taken
    /// from the storage, which a new leader reads its data from); returns the epoch.
    fn promote(&mut self, p: usize, group: &[usize]) -> u64 {
        let fencing = self.config.mode == FailoverMode::Fencing;
        let epoch = if fencing {
            self.storage.highest_token = self.storage.highest_token.saturating_add(1);
            self.storage.holder = p;
            self.storage.highest_token
        } else {
            group
                .iter()
                .map(|&g| self.nodes[g].term)
                .max()
                .unwrap_or(1)
                .saturating_add(1)
        };
        for &g in group {
            if g != p {
                self.follow(g, p, epoch);
            }
        }
        let leader = &mut self.nodes[p];
        leader.role = Role::Leader;
        leader.leader = Some(p);
        leader.term = epoch;
        leader.timer_deadline_ms = None;
        leader.next_heartbeat_ms = Some(self.now);
        if fencing {
            let log = self.storage.log.clone();
            self.set_log(p, log);
        }
        self.elections.push(Election {
            term: epoch,
            node: p,
            at_ms: self.now,
            votes: Vec::new(),
        });
        epoch
    }

    /// STONITH: node `n` is switched off; it keeps its disk but answers nothing.
    fn power_off(&mut self, n: usize) {
        let node = &mut self.nodes[n];
        node.powered_on = false;
        node.role = Role::Follower;
        node.leader = None;
        node.timer_deadline_ms = None;
        node.next_heartbeat_ms = None;
    }

    /// Naive mode: the leader stores the write, acknowledges it at once and ships its log.
    pub(super) fn naive_accept(&mut self, index: usize, leader: usize) -> Option<Arrival> {
        let value = self.writes.get(index)?.value;
        let term = self.nodes[leader].term;
        let entry = self.new_entry(EntrySource::Write(index), value, term, leader);
        let stamped_ms = entry.stamped_ms;
        let id = entry.id;
        let node = &mut self.nodes[leader];
        node.log.push(entry);
        node.commit_index = node.log.len();
        self.mark(index, id, WriteStatus::Acknowledged);
        self.broadcast_log(leader, false);
        Some(Arrival::Acknowledged {
            leader,
            stamped_ms,
            replicas: self.reachable_peers(leader),
        })
    }

    /// Fencing mode: the leader writes through the storage, which checks its token.
    pub(super) fn fencing_accept(&mut self, index: usize, leader: usize) -> Option<Arrival> {
        let value = self.writes.get(index)?.value;
        let token = self.nodes[leader].term;
        let highest = self.storage.highest_token;
        if token < highest {
            self.reject(index, Rejection::StaleToken { token, highest });
            self.storage.rejected += 1;
            let holder = self.storage.holder;
            self.follow(leader, holder, highest);
            // A fenced node waits to hear from the new leader; it is not promoted meanwhile.
            let node = &mut self.nodes[leader];
            node.fenced = true;
            node.timer_deadline_ms = None;
            return Some(Arrival::TokenRefused {
                leader,
                token,
                highest,
            });
        }
        let entry = self.new_entry(EntrySource::Write(index), value, token, leader);
        let id = entry.id;
        self.storage.log.push(entry);
        let log = self.storage.log.clone();
        self.set_log(leader, log);
        self.mark(index, id, WriteStatus::Acknowledged);
        self.broadcast_log(leader, false);
        Some(Arrival::TokenAccepted { leader, token })
    }

    /// Records that write `index` is stored as entry `id` with `status`.
    pub(super) fn mark(&mut self, index: usize, id: u32, status: WriteStatus) {
        if let Some(w) = self.writes.get_mut(index) {
            w.entry_id = Some(id);
            w.status = status;
        }
    }

    /// The other nodes `n` reaches over live links, ascending.
    pub(super) fn reachable_peers(&self, n: usize) -> Vec<usize> {
        (0..NODE_COUNT)
            .filter(|&p| p != n && self.net.is_up(n, p))
            .collect()
    }
}
