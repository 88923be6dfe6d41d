//! Where the story stands: the phase, the one-line status, and the wording helpers.

use super::net::NODE_COUNT;
use super::types::{Phase, Role};
use super::{FailoverMode, SplitBrainSim};

impl SplitBrainSim {
    /// Where the story stands.
    pub fn phase(&self) -> Phase {
        if self.conflict.is_some() {
            return Phase::Conflict;
        }
        let leaders = self.leaders();
        if leaders.len() > 1 {
            return Phase::MultipleLeaders { leaders };
        }
        let candidates: Vec<usize> = (0..NODE_COUNT)
            .filter(|&n| self.nodes[n].powered_on && self.nodes[n].role == Role::Candidate)
            .collect();
        if let Some(term) = candidates.iter().map(|&n| self.nodes[n].term).max() {
            return Phase::Electing { term, candidates };
        }
        let running = (0..NODE_COUNT)
            .filter(|&n| self.nodes[n].powered_on && !self.hears_leader(n))
            .filter_map(|n| self.nodes[n].timer_deadline_ms.map(|d| (d, n)))
            .min();
        if let Some((deadline, node)) = running {
            let start = self.nodes[node].timer_start_ms;
            return Phase::TimerRunning {
                node,
                elapsed_ms: self.now.saturating_sub(start),
                timeout_ms: deadline.saturating_sub(start),
            };
        }
        if self.can_heal() {
            Phase::Partitioned
        } else {
            Phase::Stable
        }
    }

    /// One sentence on where the story stands, e.g. "Heartbeat timeout: Node 2 has heard
    /// nothing from its leader for 6.2 s of 10.0 s."
    pub fn status(&self) -> String {
        let mode = self.config.mode;
        match self.phase() {
            Phase::Conflict => match &self.conflict {
                Some(c) => format!(
                    "CONFLICT DETECTED: {}. Which write wins?",
                    super::conflict::side_texts(c).join(", ")
                ),
                None => "CONFLICT DETECTED.".to_string(),
            },
            Phase::MultipleLeaders { leaders } => {
                let named: Vec<String> = leaders
                    .iter()
                    .map(|&n| format!("{} ({} {})", name(n), self.term_word(), self.nodes[n].term))
                    .collect();
                let list = join_and(&named);
                let all = if leaders.len() == 2 { "both" } else { "all" };
                match mode {
                    FailoverMode::Naive => format!(
                        "Split brain: {list} {all} believe they are leader and {all} accept writes."
                    ),
                    FailoverMode::Raft => {
                        let newest = leaders.iter().copied().max_by_key(|&n| self.nodes[n].term);
                        match newest {
                            Some(top) => format!(
                                "{list} {all} act as leader, but a majority has already moved to term {}: only {} can commit, and a stale leader can never gather a majority again.",
                                self.nodes[top].term,
                                name(top)
                            ),
                            None => format!("{list} act as leader."),
                        }
                    }
                    FailoverMode::Fencing => format!(
                        "{list} {all} act as leader, but the storage accepts only token {}.",
                        self.storage.highest_token
                    ),
                }
            }
            Phase::Electing { term, candidates } => format!(
                "Election for term {term}: {} asking for votes.",
                plural_nodes(&candidates, "is", "are")
            ),
            Phase::TimerRunning {
                node,
                elapsed_ms,
                timeout_ms,
            } => match mode {
                FailoverMode::Raft => format!(
                    "Election timer: {} has heard no leader for {} of its {} timeout.",
                    name(node),
                    secs(elapsed_ms),
                    secs(timeout_ms)
                ),
                _ => format!(
                    "Heartbeat timeout: {} has heard nothing from its leader for {} of {}.",
                    name(node),
                    secs(elapsed_ms),
                    secs(timeout_ms)
                ),
            },
            Phase::Partitioned => {
                let cut: Vec<String> = self
                    .links()
                    .into_iter()
                    .filter(|l| !l.2)
                    .map(|(a, b, _)| format!("{}–{}", a + 1, b + 1))
                    .collect();
                let plural = if cut.len() == 1 { "" } else { "s" };
                let who = match self.leaders().first() {
                    Some(&l) => format!(
                        "{} leads ({} {}) and no timer is running out",
                        name(l),
                        self.term_word(),
                        self.nodes[l].term
                    ),
                    None => "no node leads".to_string(),
                };
                format!("Link{plural} {} cut; {who}.", cut.join(", "))
            }
            Phase::Stable => {
                let leaders = self.leaders();
                match leaders.first() {
                    Some(&l) => format!(
                        "{} leads ({} {}) and reaches every node; all links are up.",
                        name(l),
                        self.term_word(),
                        self.nodes[l].term
                    ),
                    None => "No node is leading; all links are up.".to_string(),
                }
            }
        }
    }

    /// "epoch", "term" or "token": what this mode calls a leader's generation number.
    pub(super) fn term_word(&self) -> &'static str {
        match self.config.mode {
            FailoverMode::Naive => "epoch",
            FailoverMode::Raft => "term",
            FailoverMode::Fencing => "token",
        }
    }
}

/// "Node 2" for index 1.
pub(super) fn name(n: usize) -> String {
    format!("Node {}", n.saturating_add(1))
}

/// "$500", "-$20".
pub(super) fn money(v: i64) -> String {
    if v < 0 {
        format!("-${}", v.unsigned_abs())
    } else {
        format!("${v}")
    }
}

/// Milliseconds as seconds with one decimal: "6.2 s".
pub(super) fn secs(ms: u64) -> String {
    format!("{:.1} s", ms as f64 / 1000.0)
}

/// A signed timestamp as seconds: "-1.5 s".
pub(super) fn stamp(ms: i64) -> String {
    format!("{:.1} s", ms as f64 / 1000.0)
}

/// "a", "a and b", "a, b and c".
pub(super) fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// "Node 2 is", "Nodes 2 and 3 are" (with the verb for one or several).
pub(super) fn plural_nodes(nodes: &[usize], one: &str, many: &str) -> String {
    let names: Vec<String> = nodes.iter().map(|&n| (n + 1).to_string()).collect();
    match names.as_slice() {
        [] => format!("no node {many}").trim_end().to_string(),
        [single] => format!("Node {single} {one}").trim_end().to_string(),
        [init @ .., last] => format!("Nodes {} and {last} {many}", init.join(", "))
            .trim_end()
            .to_string(),
    }
}
