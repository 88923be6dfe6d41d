//! The cases W + R > N does not cover. The overlap argument only promises that a read which
//! starts after a write has completed, on strict quorums of the key's N home replicas, meets at
//! least one replica holding that write. Each [`Limit`] breaks one of those conditions and
//! shows the read the argument says nothing about (DDIA ch. 5; Dynamo, SOSP 2007).

use super::{Operation, QuorumOutcome, QuorumSim};

/// A case that the quorum condition W + R > N does not protect against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// A read concurrent with a write: while the write has reached fewer than W replicas, one
    /// read can return the new value and a later read the old one (not linearizable).
    ReadDuringWrite,
    /// A write that reached fewer than W replicas and was reported as failed is not rolled
    /// back: reads that meet one of those replicas return a value the client was told failed.
    FailedWrite,
    /// A sloppy quorum: when home replicas are unreachable, the write is acknowledged by
    /// stand-in nodes holding hints, so a read of the home replicas can miss it until hinted
    /// handoff delivers it.
    SloppyQuorum,
    /// Two clients write at once; replicas keep the value with the later timestamp
    /// (last-write-wins), so one acknowledged write silently disappears.
    LastWriteWins,
}

impl Limit {
    /// Every case, in the order the sim lists them.
    pub const ALL: [Limit; 4] = [
        Limit::ReadDuringWrite,
        Limit::FailedWrite,
        Limit::SloppyQuorum,
        Limit::LastWriteWins,
    ];
}

/// Why a case cannot be shown in the current cluster.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LimitBlocked {
    /// The cases are shown on a healthy cluster: every replica must be up.
    ReplicaDown,
    /// A write still short of its quorum after reaching one replica needs W ≥ 2.
    NeedsTwoAcks,
    /// A read that leaves out the replica holding the new value needs R < N.
    ReadsEveryReplica,
}

/// What a case did, step by step, in data (the sim words it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LimitOutcome {
    /// A write in flight, two reads during it, then the write completes.
    ReadDuringWrite {
        /// The version being written.
        version: u32,
        /// The one replica the write had reached when the reads ran.
        reached: usize,
        /// The first read's replicas (they include `reached`) and what it returned.
        first: (Vec<usize>, u32),
        /// The second read's replicas (they leave `reached` out) and what it returned.
        second: (Vec<usize>, u32),
        /// The W replicas that finally acknowledged the write.
        acked: Vec<usize>,
    },
    /// A write that failed after reaching W − 1 replicas, and the reads that followed.
    FailedWrite {
        /// The failed write's version.
        version: u32,
        /// The replicas it reached (and stays on).
        reached: Vec<usize>,
        /// A read that met one of them: its replicas and what it returned.
        seen: (Vec<usize>, u32),
        /// A read that met none of them, when R replicas outside `reached` exist.
        missed: Option<(Vec<usize>, u32)>,
        /// The newest acknowledged version, unchanged by the failed write.
        latest: u32,
    },
    /// A sloppy write, a read of the home replicas that misses it, then hinted handoff.
    SloppyQuorum {
        /// The version written.
        version: u32,
        /// The home replicas on the writer's side of the partition that acknowledged it.
        home_acked: Vec<usize>,
        /// The home replicas the stand-ins hold hints for (one stand-in per hint).
        hinted_for: Vec<usize>,
        /// The read on the other side: its R home replicas and what it returned.
        stale: (Vec<usize>, u32),
        /// The read after the partition heals and the hints are handed off.
        after: Box<QuorumOutcome>,
    },
    /// Two concurrent writes under last-write-wins, then a read.
    LastWriteWins {
        /// The write with the earlier timestamp: its version and the W replicas that
        /// acknowledged it. It is discarded wherever the other arrives.
        lost: (u32, Vec<usize>),
        /// The write with the later timestamp and its W replicas.
        kept: (u32, Vec<usize>),
        /// A read afterwards.
        after: Box<QuorumOutcome>,
    },
}

impl QuorumSim {
    /// Whether a case can run now, and why not.
    pub fn limit_possible(&self, limit: Limit) -> Result<(), LimitBlocked> {
        let c = self.config;
        if self.up_count() < c.n {
            return Err(LimitBlocked::ReplicaDown);
        }
        match limit {
            Limit::ReadDuringWrite if c.r >= c.n => Err(LimitBlocked::ReadsEveryReplica),
            Limit::ReadDuringWrite | Limit::FailedWrite if c.w < 2 => {
                Err(LimitBlocked::NeedsTwoAcks)
            }
            _ => Ok(()),
        }
    }

    pub(super) fn limit(&mut self, limit: Limit) -> QuorumOutcome {
        if let Err(why) = self.limit_possible(limit) {
            return QuorumOutcome::LimitBlocked(limit, why);
        }
        QuorumOutcome::Limit(match limit {
            Limit::ReadDuringWrite => self.read_during_write(),
            Limit::FailedWrite => self.failed_write(),
            Limit::SloppyQuorum => self.sloppy_quorum(),
            Limit::LastWriteWins => self.last_write_wins(),
        })
    }

    fn newest(&self, among: &[usize]) -> u32 {
        among
            .iter()
            .map(|&i| self.replicas[i].version)
            .max()
            .unwrap_or(1)
    }

    /// `k` replicas (at most as many as there are) chosen outside `not`, ascending.
    fn pick_outside(&mut self, not: &[usize], k: usize) -> Vec<usize> {
        let pool: Vec<usize> = (0..self.config.n).filter(|i| !not.contains(i)).collect();
        self.pick(&pool, k.min(pool.len()))
    }

    fn store(&mut self, on: &[usize], version: u32) {
        for &i in on {
            self.replicas[i].version = self.replicas[i].version.max(version);
        }
        self.issued = self.issued.max(version);
    }

    fn read_during_write(&mut self) -> LimitOutcome {
        let version = self.issued + 1;
        let reached = self.pick_outside(&[], 1)[0];
        self.store(&[reached], version);
        let mut first = self.pick_outside(&[reached], self.config.r - 1);
        first.push(reached);
        crate::sort::sort_usizes(&mut first);
        let second = self.pick_outside(&[reached], self.config.r);
        let (first_returned, second_returned) = (self.newest(&first), self.newest(&second));
        let mut acked = self.pick_outside(&[reached], self.config.w - 1);
        acked.push(reached);
        crate::sort::sort_usizes(&mut acked);
        self.store(&acked, version);
        self.latest = version;
        self.last_write = Some(acked.clone());
        self.last_op = Some(Operation::Write {
            version,
            acked: acked.clone(),
        });
        LimitOutcome::ReadDuringWrite {
            version,
            reached,
            first: (first, first_returned),
            second: (second, second_returned),
            acked,
        }
    }

    fn failed_write(&mut self) -> LimitOutcome {
        let version = self.issued + 1;
        let reached = self.pick_outside(&[], self.config.w - 1);
        self.store(&reached, version);
        let r = self.config.r;
        let mut seen = self.pick_outside(&reached[..1], r - 1);
        seen.push(reached[0]);
        crate::sort::sort_usizes(&mut seen);
        let seen_returned = self.newest(&seen);
        let written = self.last_write.clone().unwrap_or_default();
        let overlap = seen
            .iter()
            .copied()
            .filter(|i| written.contains(i))
            .collect();
        let missed = (self.config.n - reached.len() >= r).then(|| {
            let set = self.pick_outside(&reached, r);
            let v = self.newest(&set);
            (set, v)
        });
        self.last_op = Some(Operation::Read {
            consulted: seen.clone(),
            overlap,
            returned: seen_returned,
            latest: self.latest,
        });
        LimitOutcome::FailedWrite {
            version,
            reached,
            seen: (seen, seen_returned),
            missed,
            latest: self.latest,
        }
    }

    fn sloppy_quorum(&mut self) -> LimitOutcome {
        let c = self.config;
        let version = self.issued + 1;
        let home = (c.n - c.r).min(c.w - 1);
        let home_acked = self.pick_outside(&[], home);
        let stale_set = self.pick_outside(&home_acked, c.r);
        let stale = (stale_set.clone(), self.newest(&stale_set));
        let hinted_for = self.pick_outside(&home_acked, c.w - home);
        // The partition heals: each stand-in hands its hint to the home replica it stood for.
        let mut holders = [home_acked.clone(), hinted_for.clone()].concat();
        crate::sort::sort_usizes(&mut holders);
        self.store(&holders, version);
        self.latest = version;
        self.last_write = Some(holders);
        let after = Box::new(self.read(None));
        LimitOutcome::SloppyQuorum {
            version,
            home_acked,
            hinted_for,
            stale,
            after,
        }
    }

    fn last_write_wins(&mut self) -> LimitOutcome {
        let w = self.config.w;
        let (lost, kept) = (self.issued + 1, self.issued + 2);
        let lost_acked = self.pick_outside(&[], w);
        let kept_acked = self.pick_outside(&[], w);
        // Each replica keeps the value with the later timestamp, whatever order they arrive in.
        self.store(&lost_acked, lost);
        self.store(&kept_acked, kept);
        self.latest = kept;
        self.last_write = Some(kept_acked.clone());
        let after = Box::new(self.read(None));
        LimitOutcome::LastWriteWins {
            lost: (lost, lost_acked),
            kept: (kept, kept_acked),
            after,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quorum::{QuorumConfig, QuorumEvent};

    fn run(n: usize, w: usize, r: usize, limit: Limit, seed: u64) -> (QuorumSim, LimitOutcome) {
        let mut sim = QuorumSim::new(QuorumConfig::new(n, w, r), seed);
        sim.apply(QuorumEvent::Write);
        match sim.apply(QuorumEvent::Limit(limit)) {
            QuorumOutcome::Limit(o) => (sim, o),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn a_read_during_a_write_sees_new_then_old_although_w_plus_r_exceeds_n() {
        for seed in 0..50 {
            let (sim, o) = run(5, 3, 3, Limit::ReadDuringWrite, seed);
            let LimitOutcome::ReadDuringWrite {
                version,
                reached,
                first,
                second,
                acked,
            } = o
            else {
                panic!("{o:?}")
            };
            assert_eq!((version, first.1, second.1), (3, 3, 2));
            assert!(first.0.contains(&reached) && !second.0.contains(&reached));
            assert_eq!((first.0.len(), second.0.len(), acked.len()), (3, 3, 3));
            assert_eq!(sim.latest(), 3);
        }
    }

    #[test]
    fn a_failed_write_stays_on_the_replicas_it_reached_and_some_reads_return_it() {
        for seed in 0..50 {
            let (sim, o) = run(5, 3, 3, Limit::FailedWrite, seed);
            let LimitOutcome::FailedWrite {
                version,
                reached,
                seen,
                missed,
                latest,
            } = o
            else {
                panic!("{o:?}")
            };
            assert_eq!((version, latest, sim.latest(), reached.len()), (3, 2, 2, 2));
            assert_eq!(
                seen.1, 3,
                "a read returns the write its client was told failed"
            );
            let (set, v) = missed.expect("N − (W − 1) = 3 = R replicas missed the write");
            assert_eq!(v, 2);
            assert!(set.iter().all(|i| !reached.contains(i)));
            // The next ordinary write still gets a fresh version.
            let mut sim = sim;
            assert!(matches!(
                sim.apply(QuorumEvent::Write),
                QuorumOutcome::Written { version: 4, .. }
            ));
        }
    }

    #[test]
    fn a_sloppy_quorum_write_is_missed_by_the_home_replicas_until_handoff() {
        for seed in 0..50 {
            let (sim, o) = run(5, 3, 3, Limit::SloppyQuorum, seed);
            let LimitOutcome::SloppyQuorum {
                version,
                home_acked,
                hinted_for,
                stale,
                after,
            } = o
            else {
                panic!("{o:?}")
            };
            assert_eq!(home_acked.len() + hinted_for.len(), 3);
            assert!(
                !hinted_for.is_empty(),
                "at least one copy went to a stand-in"
            );
            assert_eq!(stale.0.len(), 3);
            assert!(stale.0.iter().all(|i| !home_acked.contains(i)));
            assert_eq!(stale.1, 2, "the home replicas read missed v{version}");
            assert!(matches!(*after, QuorumOutcome::Read { returned: 3, .. }));
            assert_eq!(sim.latest(), 3);
        }
    }

    #[test]
    fn last_write_wins_silently_drops_an_acknowledged_write() {
        for seed in 0..50 {
            let (sim, o) = run(5, 3, 3, Limit::LastWriteWins, seed);
            let LimitOutcome::LastWriteWins { lost, kept, after } = o else {
                panic!("{o:?}")
            };
            assert_eq!((lost.0, kept.0, lost.1.len(), kept.1.len()), (3, 4, 3, 3));
            assert!(matches!(*after, QuorumOutcome::Read { returned: 4, .. }));
            // No replica the later write reached still holds the earlier one.
            assert!(kept.1.iter().all(|&i| sim.replicas()[i].version == 4));
        }
    }

    #[test]
    fn cases_say_when_they_cannot_run() {
        let mut sim = QuorumSim::new(QuorumConfig::new(3, 1, 3), 1);
        let o = sim.apply(QuorumEvent::Limit(Limit::ReadDuringWrite));
        assert_eq!(
            o,
            QuorumOutcome::LimitBlocked(Limit::ReadDuringWrite, LimitBlocked::ReadsEveryReplica)
        );
        let o = sim.apply(QuorumEvent::Limit(Limit::FailedWrite));
        assert_eq!(
            o,
            QuorumOutcome::LimitBlocked(Limit::FailedWrite, LimitBlocked::NeedsTwoAcks)
        );
        sim.apply(QuorumEvent::ToggleNode(0));
        assert_eq!(
            sim.limit_possible(Limit::LastWriteWins),
            Err(LimitBlocked::ReplicaDown)
        );
        assert_eq!(sim.issued(), 1);
    }
}
