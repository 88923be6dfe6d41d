//! The claim checker: the chapter's four claims about the architecture, judged from the
//! cluster's state alone.

use super::{ClusterSim, MAX_REPORT_LAG_MS, READ_REPLICAS, SHARDS};

/// One of the chapter's claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Claim {
    /// "tolerate the failure of one node per shard without data loss": every acknowledged
    /// write is still on a running, caught-up voter.
    NoAckedWriteLost,
    /// Every shard can take writes: a leader and W − 1 caught-up followers.
    EveryShardWritable,
    /// "GDPR compliance through geographic isolation": no US-East shard holds a write of an
    /// EU-West user.
    EuDataStaysInEu,
    /// "3 read replicas per shard serving reporting queries, accepting replication lag up to
    /// 30 seconds": every shard has a running read replica and none is more than 30 s behind.
    ReadsServedByReplicas,
}

/// The claims in the order the panel lists them.
pub const CLAIMS: [Claim; 4] = [
    Claim::NoAckedWriteLost,
    Claim::EveryShardWritable,
    Claim::EuDataStaysInEu,
    Claim::ReadsServedByReplicas,
];

/// A claim and the shards (0-based) where it is broken; it holds when there are none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimCheck {
    /// The claim.
    pub claim: Claim,
    /// The shards that break it.
    pub broken_on: Vec<usize>,
}

impl ClaimCheck {
    /// Whether the claim holds everywhere.
    pub fn holds(&self) -> bool {
        self.broken_on.is_empty()
    }
}

/// Judges every claim against the current state.
pub fn check(sim: &ClusterSim) -> Vec<ClaimCheck> {
    CLAIMS
        .iter()
        .map(|&claim| ClaimCheck {
            claim,
            broken_on: (0..SHARDS).filter(|&i| !holds_on(sim, claim, i)).collect(),
        })
        .collect()
}

fn holds_on(sim: &ClusterSim, claim: Claim, i: usize) -> bool {
    let s = &sim.shards()[i];
    let now = sim.now_ms();
    match claim {
        Claim::NoAckedWriteLost => s.lost == 0 && s.acked <= s.durable(),
        Claim::EveryShardWritable => s.writable(),
        Claim::EuDataStaysInEu => s.eu_writes_outside == 0,
        Claim::ReadsServedByReplicas => {
            let up: Vec<usize> = (0..READ_REPLICAS).filter(|&r| s.replicas[r].up).collect();
            !up.is_empty()
                && up
                    .iter()
                    .all(|&r| s.replica_lag_ms(r, now) <= MAX_REPORT_LAG_MS)
        }
    }
}
