//! Naive mode's conflicts: finding divergent histories when leaders sync, and resolving them
//! by last-write-wins or by an operator's choice.

use super::net::NODE_COUNT;
use super::outcome::{Outcome, Refusal};
use super::types::{
    Conflict, ConflictSide, Entry, EntrySource, Node, Resolution, Role, WriteStatus,
};
use super::{SplitBrainSim, MAX_BALANCE};

/// Whether `a` is `b` or the start of it (same entries, by id).
pub(super) fn is_prefix(a: &[Entry], b: &[Entry]) -> bool {
    a.len() <= b.len() && a.iter().zip(b).all(|(x, y)| x.id == y.id)
}

/// Whether each log holds writes the other lacks: neither is a prefix of the other.
pub(super) fn diverged(a: &[Entry], b: &[Entry]) -> bool {
    !is_prefix(a, b) && !is_prefix(b, a)
}

/// The conflict between the nodes' logs, if at least two of them went their own way. Each
/// side is a "tip": a log no other node's log extends (equal logs count once, by lowest node).
pub(super) fn build(nodes: &[Node], between: (usize, usize), now: u64) -> Option<Conflict> {
    let tips: Vec<usize> = (0..nodes.len())
        .filter(|&i| {
            !(0..nodes.len()).any(|j| {
                j != i
                    && is_prefix(&nodes[i].log, &nodes[j].log)
                    && (nodes[j].log.len() > nodes[i].log.len() || j < i)
            })
        })
        .collect();
    if tips.len() < 2 {
        return None;
    }
    let first = &nodes[tips[0]].log;
    let common_len = (0..first.len())
        .take_while(|&k| {
            tips.iter()
                .all(|&t| nodes[t].log.get(k).map(|e| e.id) == first.get(k).map(|e| e.id))
        })
        .count();
    let sides = tips
        .iter()
        .map(|&t| {
            let log = &nodes[t].log;
            ConflictSide {
                node: t,
                holders: (0..nodes.len())
                    .filter(|&h| is_prefix(&nodes[h].log, log) && nodes[h].log.len() == log.len())
                    .collect(),
                term: nodes[t].term,
                entries: log
                    .get(common_len..)
                    .map(<[Entry]>::to_vec)
                    .unwrap_or_default(),
                value: log.last().map_or(super::INITIAL_BALANCE, |e| e.value),
            }
        })
        .collect();
    Some(Conflict {
        detected_at_ms: now,
        between: (between.0.min(between.1), between.0.max(between.1)),
        common_len,
        sides,
    })
}

impl SplitBrainSim {
    /// Leaders `a` and `b` found divergent logs: raise the conflict and freeze writes.
    pub(super) fn detect_conflict(&mut self, a: usize, b: usize) {
        let Some(c) = build(&self.nodes, (a, b), self.now) else {
            return;
        };
        self.conflict = Some(c.clone());
        self.note(true, Outcome::ConflictDetected(c));
    }

    /// Last-write-wins: keep the side whose last write has the newest timestamp; the other
    /// side's writes vanish although their clients were told they succeeded.
    pub(super) fn resolve_lww(&mut self) -> Outcome {
        let Some(old) = self.conflict.take() else {
            return Outcome::Refused(Refusal::NoConflict);
        };
        let Some(c) = build(&self.nodes, old.between, self.now) else {
            return self.converge_longest();
        };
        let Some(win) = c.lww_winner().and_then(|i| c.sides.get(i)) else {
            return self.converge_longest();
        };
        let Some(winner) = win.last().cloned() else {
            return self.converge_longest();
        };
        let log = self.nodes[win.node].log.clone();
        let mut lost: Vec<Entry> = Vec::new();
        for side in &c.sides {
            for e in &side.entries {
                if !log.iter().any(|x| x.id == e.id) && !lost.iter().any(|x| x.id == e.id) {
                    lost.push(e.clone());
                }
            }
        }
        for e in &lost {
            if let EntrySource::Write(i) = e.source {
                if let Some(w) = self.writes.get_mut(i) {
                    if w.status == WriteStatus::Acknowledged {
                        w.status = WriteStatus::Lost;
                    }
                }
            }
        }
        let older_won = lost.iter().any(|e| e.real_ms > winner.real_ms);
        let survivor =
            if self.nodes[win.node].powered_on && self.nodes[win.node].role == Role::Leader {
                Some(win.node)
            } else {
                self.best_leader()
            };
        self.converge(log, survivor);
        let resolution = Resolution::LastWriteWins {
            winner,
            lost,
            older_won,
        };
        self.resolution = Some(resolution.clone());
        Outcome::Resolved(resolution)
    }

    /// Manual resolution: the operator's value goes on top of every divergent write, and all
    /// nodes converge on that history.
    pub(super) fn resolve_manual(&mut self, value: i64) -> Outcome {
        let Some(old) = self.conflict.take() else {
            return Outcome::Refused(Refusal::NoConflict);
        };
        let value = value.clamp(-MAX_BALANCE, MAX_BALANCE);
        let Some(c) = build(&self.nodes, old.between, self.now) else {
            return self.converge_longest();
        };
        let mut kept: Vec<Entry> = Vec::new();
        for side in &c.sides {
            for e in &side.entries {
                if !kept.iter().any(|x| x.id == e.id) {
                    kept.push(e.clone());
                }
            }
        }
        crate::sort::sort_by_u64_keys(&mut kept, |e| (e.real_ms, u64::from(e.id)));
        let survivor = self.best_leader();
        let holder = survivor.unwrap_or(c.sides.first().map_or(0, |s| s.node));
        let term = self.nodes[holder].term;
        let base = self.nodes[c.sides.first().map_or(0, |s| s.node)]
            .log
            .get(..c.common_len)
            .map(<[Entry]>::to_vec)
            .unwrap_or_default();
        let resolution = self.new_entry(EntrySource::Resolution, value, term, holder);
        let mut log = base;
        log.extend(kept.iter().cloned());
        log.push(resolution);
        self.converge(log, survivor);
        let resolution = Resolution::Manual { value, kept };
        self.resolution = Some(resolution.clone());
        Outcome::Resolved(resolution)
    }

    /// Without divergence left to resolve, every node takes the longest log.
    fn converge_longest(&mut self) -> Outcome {
        let log = self
            .nodes
            .iter()
            .map(|n| n.log.clone())
            .max_by_key(Vec::len)
            .unwrap_or_default();
        let survivor = self.best_leader();
        self.converge(log, survivor);
        Outcome::Converged
    }

    /// The powered-on leader with the newest epoch (lowest node on a tie).
    fn best_leader(&self) -> Option<usize> {
        self.leaders()
            .into_iter()
            .max_by_key(|&n| (self.nodes[n].term, std::cmp::Reverse(n)))
    }

    /// Every node takes `log`; `survivor` stays leader and every other node follows it.
    /// Messages in flight carry pre-resolution logs, so they are dropped.
    fn converge(&mut self, log: Vec<Entry>, survivor: Option<usize>) {
        let term = survivor.map_or_else(
            || self.nodes.iter().map(|n| n.term).max().unwrap_or(1),
            |s| self.nodes[s].term,
        );
        for n in 0..NODE_COUNT {
            let node = &mut self.nodes[n];
            node.log = log.clone();
            node.commit_index = log.len();
            node.term = term;
            if Some(n) == survivor || !node.powered_on {
                continue;
            }
            match survivor {
                Some(s) => self.follow(n, s, term),
                None => self.reset_timer(n),
            }
        }
        if let Some(s) = survivor {
            self.nodes[s].next_heartbeat_ms = Some(self.now);
        }
        self.net.clear();
        self.conflict = None;
        self.check_lost();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::split_brain::types::Node;

    fn entry(id: u32) -> Entry {
        Entry {
            id,
            source: EntrySource::Write(id as usize),
            value: i64::from(id) * 100,
            term: 1,
            node: 0,
            real_ms: u64::from(id),
            stamped_ms: i64::from(id),
        }
    }

    fn node(ids: &[u32]) -> Node {
        Node::new(Role::Leader, None, ids.iter().map(|&i| entry(i)).collect())
    }

    #[test]
    fn prefixes_do_not_conflict() {
        let a = node(&[0, 1]).log;
        let b = node(&[0, 1, 2]).log;
        assert!(is_prefix(&a, &b) && !diverged(&a, &b) && !diverged(&b, &a));
        let c = node(&[0, 3]).log;
        assert!(diverged(&b, &c));
    }

    #[test]
    fn sides_are_the_tips_beyond_the_common_prefix() {
        let nodes = [node(&[0, 1]), node(&[0, 2]), node(&[0])];
        let c = build(&nodes, (1, 0), 5).unwrap();
        assert_eq!(c.between, (0, 1));
        assert_eq!(c.common_len, 1);
        assert_eq!(c.sides.len(), 2);
        assert_eq!(c.sides[1].entries, vec![entry(2)]);
        assert_eq!(c.lww_winner(), Some(1));
        let agree = [node(&[0, 1]), node(&[0, 1]), node(&[0])];
        assert!(build(&agree, (0, 1), 5).is_none());
    }
}
