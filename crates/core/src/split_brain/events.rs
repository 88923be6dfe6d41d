//! What each student action does to the cluster, and how client writes reach a leader.

use super::net::{link_index, LINKS, NODE_COUNT};
use super::types::{write_label, ClientWrite, Entry, EntrySource, Rejection, Role, WriteStatus};
use super::{
    money, name, plural_nodes, secs, FailoverMode, SplitBrainSim, MAX_BALANCE, MAX_CLOCK_SKEW_MS,
    MAX_WRITES, SKIP_HORIZON_MS, SPEC_VALUE_A, SPEC_VALUE_B, SPEC_WRITE_GAP_MS,
};

impl SplitBrainSim {
    /// The spec's "Partition Network": cut Node 1 off from Nodes 2 and 3.
    pub(super) fn partition(&mut self) -> String {
        if !self.can_partition() {
            return "Node 1 is already cut off from Nodes 2 and 3.".to_string();
        }
        self.set_link(0, 1, false);
        self.set_link(0, 2, false);
        let who = if self.nodes[0].role == Role::Leader {
            "Node 1 (the leader)"
        } else {
            "Node 1"
        };
        format!(
            "Partition: the links from {who} to Nodes 2 and 3 are cut. Heartbeats and replication from Node 1 no longer get through."
        )
    }

    /// "Heal Partition": every link comes back up.
    pub(super) fn heal_all(&mut self) -> String {
        if !self.can_heal() {
            return "Every link is already up.".to_string();
        }
        for (a, b) in LINKS {
            self.set_link(a, b, true);
        }
        let mut s = "Heal: every link is up again.".to_string();
        if self.config.mode != FailoverMode::Raft && self.leaders().len() > 1 {
            s.push_str(" The leaders on both sides send each other a sync.");
        }
        s
    }

    /// Cuts a live link or heals a cut one.
    pub(super) fn toggle_link(&mut self, a: usize, b: usize) -> String {
        if link_index(a, b).is_none() {
            return format!(
                "There is no link between Node {} and Node {}; links join two different nodes of 1 to 3.",
                a.saturating_add(1),
                b.saturating_add(1)
            );
        }
        let up = !self.net.is_up(a, b);
        self.set_link(a, b, up);
        let (a, b) = (a.min(b), a.max(b));
        if up {
            format!("The link Node {}–Node {} is healed.", a + 1, b + 1)
        } else {
            let isolated: Vec<usize> = (0..NODE_COUNT)
                .filter(|&n| (0..NODE_COUNT).all(|p| p == n || !self.net.is_up(n, p)))
                .collect();
            let mut s = format!("The link Node {}–Node {} is cut.", a + 1, b + 1);
            if !isolated.is_empty() {
                s.push_str(&format!(
                    " {} cut off from the others.",
                    plural_nodes(&isolated, "is", "are")
                ));
            }
            s
        }
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
    pub(super) fn skip_ahead(&mut self) -> String {
        let start = self.now;
        let mut probe = self.lookahead_copy();
        if probe.run_until(start.saturating_add(SKIP_HORIZON_MS), true) {
            let journal = std::mem::take(&mut self.journal);
            *self = probe;
            self.journal = journal;
            match self.now.saturating_sub(start) {
                0 => "Next, at once:".to_string(),
                ms => format!("Skipped ahead {}.", secs(ms)),
            }
        } else {
            format!(
                "Nothing notable happens in the next {}; the cluster stays as it is.",
                secs(SKIP_HORIZON_MS)
            )
        }
    }

    /// Write A to Node 1 now, Write B to Node 2 a second later.
    pub(super) fn spec_writes(&mut self) -> String {
        if !self.can_spec_writes() {
            return if self.conflict.is_some() {
                "The cluster refuses writes until the conflict is resolved.".to_string()
            } else if self.writes.len() + 2 > MAX_WRITES {
                format!("This run already has {MAX_WRITES} writes; press Reset to start again.")
            } else {
                "The spec's writes are already on their way.".to_string()
            };
        }
        let a = self.client_write(0, SPEC_VALUE_A, 0);
        let arrived = std::mem::take(&mut self.pending);
        let b = self.client_write(1, SPEC_VALUE_B, SPEC_WRITE_GAP_MS);
        std::iter::once(a)
            .chain(arrived)
            .chain(std::iter::once(b))
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Registers a client write arriving at `node` after `delay_ms` (at once if 0).
    pub(super) fn client_write(&mut self, node: usize, value: i64, delay_ms: u64) -> String {
        if node >= NODE_COUNT {
            return format!(
                "There is no Node {}; the cluster has Nodes 1 to 3.",
                node.saturating_add(1)
            );
        }
        if self.writes.len() >= MAX_WRITES {
            return format!(
                "This run already has {MAX_WRITES} writes; press Reset to start again."
            );
        }
        let clamped = value.clamp(-MAX_BALANCE, MAX_BALANCE);
        let index = self.writes.len();
        let label = write_label(index);
        let arrives_ms = self.now.saturating_add(delay_ms);
        self.writes.push(ClientWrite {
            label: label.clone(),
            target: node,
            value: clamped,
            arrives_ms,
            accepted_by: None,
            entry_id: None,
            deadline_ms: None,
            status: WriteStatus::Scheduled,
        });
        let mut s = String::new();
        if clamped != value {
            s.push_str(&format!(
                "Balances are limited to ±{}; the write sets {}. ",
                money(MAX_BALANCE),
                money(clamped)
            ));
        }
        if delay_ms == 0 {
            self.arrive_write(index);
        } else {
            s.push_str(&format!(
                "{label} (user balance = {}) will reach {} in {}.",
                money(clamped),
                name(node),
                secs(delay_ms)
            ));
        }
        s
    }

    /// Sets Node 1's clock skew for writes stamped from now on.
    pub(super) fn set_skew(&mut self, ms: i64) -> String {
        let clamped = ms.clamp(-MAX_CLOCK_SKEW_MS, MAX_CLOCK_SKEW_MS);
        self.config.clock_skew_ms = clamped;
        let mut s = String::new();
        if clamped != ms {
            s.push_str(&format!(
                "Clock skew is limited to ±{}. ",
                secs(MAX_CLOCK_SKEW_MS.unsigned_abs())
            ));
        }
        s.push_str(&match clamped.cmp(&0) {
            std::cmp::Ordering::Equal => {
                "Node 1's clock is exact; writes it stamps from now on carry the true time.".to_string()
            }
            std::cmp::Ordering::Greater => format!(
                "Node 1's clock now runs {} fast; writes it stamps from now on look that much newer.",
                secs(clamped.unsigned_abs())
            ),
            std::cmp::Ordering::Less => format!(
                "Node 1's clock now runs {} slow; writes it stamps from now on look that much older.",
                secs(clamped.unsigned_abs())
            ),
        });
        s
    }

    /// Turns STONITH on or off for later failovers.
    pub(super) fn set_stonith(&mut self, on: bool) -> String {
        self.config.stonith = on;
        let state = if on { "on" } else { "off" };
        if self.config.mode == FailoverMode::Fencing {
            format!("STONITH is {state}; it applies from the next failover.")
        } else {
            format!("STONITH is {state}; it only applies in the fencing mode.")
        }
    }

    /// Boots a powered-off node; it rejoins as a replica.
    pub(super) fn power_on(&mut self, n: usize) -> String {
        let Some(node) = self.nodes.get(n) else {
            return format!(
                "There is no Node {}; the cluster has Nodes 1 to 3.",
                n.saturating_add(1)
            );
        };
        if node.powered_on {
            return format!("{} is already running.", name(n));
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
        match leader {
            Some(l) => format!(
                "{} powers on and rejoins as a replica; the storage tells it {} holds the newest token.",
                name(n),
                name(l)
            ),
            None => format!("{} powers on and rejoins as a replica.", name(n)),
        }
    }

    // ----- client writes -----

    /// A client write reaches its node: the node accepts it, redirects it to its leader, or
    /// refuses it.
    pub(super) fn arrive_write(&mut self, index: usize) {
        let Some(w) = self.writes.get(index) else {
            return;
        };
        let (target, label, value) = (w.target, w.label.clone(), w.value);
        let intro = format!(
            "{label} (user balance = {}) reaches {}",
            money(value),
            name(target)
        );
        let Some(node) = self.nodes.get(target) else {
            return;
        };
        if !node.powered_on {
            self.reject(index, Rejection::PoweredOff);
            self.note(
                true,
                format!("{intro}, but {} is powered off: the client gets no answer and the write is refused.", name(target)),
            );
            return;
        }
        if self.conflict.is_some() {
            self.reject(index, Rejection::Frozen);
            self.note(
                true,
                format!("{intro}, but the cluster refuses writes until the conflict is resolved."),
            );
            return;
        }
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
        let Some(leader) = acceptor else {
            let candidate = node.role == Role::Candidate;
            self.reject(index, Rejection::NoLeader);
            let why = if candidate {
                "it is a candidate in an election and there is no leader yet"
            } else {
                "it is a replica and knows of no leader"
            };
            self.note(true, format!("{intro}, but {why}: the write is refused."));
            return;
        };
        let intro = if leader == target {
            intro
        } else {
            format!(
                "{intro}, a replica, which redirects the client to its leader {}",
                name(leader)
            )
        };
        if let Some(w) = self.writes.get_mut(index) {
            w.accepted_by = Some(leader);
        }
        match self.config.mode {
            FailoverMode::Naive => self.naive_accept(index, leader, &intro),
            FailoverMode::Fencing => self.fencing_accept(index, leader, &intro),
            FailoverMode::Raft => self.raft_accept(index, leader, &intro),
        }
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
