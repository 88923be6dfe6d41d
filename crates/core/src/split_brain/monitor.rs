//! Monitor-based failover (the naive and fencing modes): heartbeats, the missed-heartbeat
//! timeout, promotion, STONITH, the fencing storage, and what leaders do when they meet.

use super::conflict;
use super::net::{Message, MessageKind, NODE_COUNT};
use super::types::{Election, Entry, EntrySource, Rejection, Role, WriteStatus};
use super::{money, name, secs, FailoverMode, SplitBrainSim, MONITOR_HEARTBEAT_MS};

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
                format!(
                    "{} now follows {} ({} {epoch}) and copies its log.",
                    name(to),
                    name(from),
                    self.term_word()
                ),
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
                    format!(
                        "{} hears from {}, which holds the newer token {epoch}, and steps down. No conflict: the storage refused every write carrying the old token {my_term}.",
                        name(me),
                        name(other)
                    ),
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
                self.note(
                    false,
                    format!(
                        "{} takes the writes {} accepted while they were apart; no conflict, since only one side accepted writes.",
                        name(me),
                        name(other)
                    ),
                );
            }
        } else {
            let why = if log.len() == mine.len() {
                "their logs agree"
            } else {
                "only one side accepted writes while they were apart"
            };
            let merged = if theirs_longer { log } else { mine };
            self.follow(me, other, epoch);
            self.set_log(me, merged);
            self.note(
                true,
                format!(
                    "{} hears from {}, leader of the newer epoch {epoch}, and steps down. No conflict: {why}.",
                    name(me),
                    name(other)
                ),
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
                let text = format!(
                    "{} ({}) was acknowledged to its client, but no node holds it any more: it is silently lost.",
                    w.label,
                    money(w.value)
                );
                self.note(true, text);
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
            self.note(
                false,
                format!(
                    "{}'s monitor finds {} already leading and points {} at it.",
                    name(f),
                    name(l),
                    name(f)
                ),
            );
            return;
        }
        let group: Vec<usize> = (0..NODE_COUNT)
            .filter(|&g| g == f || (reachable(g) && !self.hears_leader(g) && !self.nodes[g].fenced))
            .collect();
        let Some(&p) = group.first() else { return };
        let lost_name = lost_leader.map_or("any leader".to_string(), name);
        let mut s = format!(
            "{} heard nothing from {lost_name} for {}.",
            super::plural_nodes(&group, "has", "have"),
            secs(silent)
        );
        if self.stonith_active() {
            let target = lost_leader.filter(|o| self.nodes[*o].powered_on && !group.contains(o));
            if let Some(old) = target {
                self.power_off(old);
                s.push_str(&format!(
                    " STONITH: the monitor powers {} off through its power switch first.",
                    name(old)
                ));
            }
        }
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
        for &g in &group {
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
        if fencing {
            s.push_str(&format!(
                " The monitor promotes {}: elected new leader with fencing token {epoch}, which the storage now requires.",
                name(p)
            ));
        } else {
            s.push_str(&format!(
                " The monitor promotes {}: elected new leader (epoch {epoch}).",
                name(p)
            ));
        }
        let others: Vec<usize> = self.leaders().into_iter().filter(|&l| l != p).collect();
        if let Some(&o) = others.first() {
            if fencing {
                s.push_str(&format!(
                    " {} still believes it is leader, but its token {} is now stale.",
                    name(o),
                    self.nodes[o].term
                ));
            } else {
                s.push_str(&format!(
                    " {} still believes it is leader too: two leaders, split brain.",
                    name(o)
                ));
            }
        }
        self.note(true, s);
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
    pub(super) fn naive_accept(&mut self, index: usize, leader: usize, intro: &str) {
        let Some(value) = self.writes.get(index).map(|w| w.value) else {
            return;
        };
        let term = self.nodes[leader].term;
        let entry = self.new_entry(EntrySource::Write(index), value, term, leader);
        let stamped = entry.stamped_ms;
        let id = entry.id;
        let node = &mut self.nodes[leader];
        node.log.push(entry);
        node.commit_index = node.log.len();
        self.mark(index, id, WriteStatus::Acknowledged);
        self.broadcast_log(leader, false);
        let reach = self.reach_phrase(leader);
        self.note(
            true,
            format!(
                "{intro}. {} logs it with timestamp {} and acknowledges it at once; {reach}",
                name(leader),
                super::stamp(stamped)
            ),
        );
    }

    /// Fencing mode: the leader writes through the storage, which checks its token.
    pub(super) fn fencing_accept(&mut self, index: usize, leader: usize, intro: &str) {
        let Some(value) = self.writes.get(index).map(|w| w.value) else {
            return;
        };
        let token = self.nodes[leader].term;
        let highest = self.storage.highest_token;
        if token < highest {
            self.reject(index, Rejection::StaleToken { token, highest });
            self.storage.rejected += 1;
            let holder = self.storage.holder;
            let s = format!(
                "{intro}. {} passes it to the storage with token {token}, but the storage has seen token {highest} and refuses it. {} learns it was replaced and steps down; it waits to hear from the new leader.",
                name(leader),
                name(leader)
            );
            self.follow(leader, holder, highest);
            // A fenced node waits to hear from the new leader; it is not promoted meanwhile.
            let node = &mut self.nodes[leader];
            node.fenced = true;
            node.timer_deadline_ms = None;
            self.note(true, s);
            return;
        }
        let entry = self.new_entry(EntrySource::Write(index), value, token, leader);
        let id = entry.id;
        self.storage.log.push(entry);
        let log = self.storage.log.clone();
        self.set_log(leader, log);
        self.mark(index, id, WriteStatus::Acknowledged);
        self.broadcast_log(leader, false);
        self.note(
            true,
            format!(
                "{intro}. {} passes it to the storage with token {token}, the newest, so the storage accepts it and the client is told it succeeded.",
                name(leader)
            ),
        );
    }

    /// Records that write `index` is stored as entry `id` with `status`.
    pub(super) fn mark(&mut self, index: usize, id: u32, status: WriteStatus) {
        if let Some(w) = self.writes.get_mut(index) {
            w.entry_id = Some(id);
            w.status = status;
        }
    }

    /// "it replicates to Node 3." or "it cannot reach any replica."
    pub(super) fn reach_phrase(&self, n: usize) -> String {
        let peers: Vec<usize> = (0..NODE_COUNT)
            .filter(|&p| p != n && self.net.is_up(n, p))
            .collect();
        if peers.is_empty() {
            "it cannot reach any other node.".to_string()
        } else {
            format!(
                "it ships the write to {}.",
                super::plural_nodes(&peers, "", "")
            )
        }
    }
}
