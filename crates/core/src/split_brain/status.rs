//! Where the story stands: the phase a sim narrates and enables its controls by.

use super::net::NODE_COUNT;
use super::types::{Phase, Role};
use super::SplitBrainSim;

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
}
