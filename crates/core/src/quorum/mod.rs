//! Quorum reads and writes in a leaderless (Dynamo-style) cluster of N replicas.
//!
//! A write succeeds once W replicas acknowledge it; a read consults R replicas and returns the
//! newest version among them. If W + R > N, every read set shares at least W + R − N replicas
//! with every write set, so a read always sees the latest acknowledged write; if W + R ≤ N,
//! a read can miss every replica the write reached and return stale data.
//!
//! That guarantee is narrower than it sounds: it holds for reads that start after a write has
//! *completed*, with *strict* quorums among the key's N home replicas. It is not
//! linearizability. [`limits`] models the cases it does not cover: a read concurrent with a
//! write, a failed write left on fewer than W replicas, a sloppy quorum, and concurrent writes
//! settled by last-write-wins (DDIA ch. 5, "Limitations of Quorum Consistency").

mod limits;

pub use limits::{Limit, LimitBlocked, LimitOutcome};

use rand::seq::index;

use crate::rng::{seeded, SimRng};

/// The fewest replicas the calculator shows.
pub const MIN_N: usize = 3;
/// The most replicas the calculator shows.
pub const MAX_N: usize = 7;

/// The replication factor N and the write and read quorum sizes W and R.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuorumConfig {
    /// N: how many replicas hold a copy of each key.
    pub n: usize,
    /// W: how many replicas must acknowledge a write before it succeeds.
    pub w: usize,
    /// R: how many replicas a read consults.
    pub r: usize,
}

impl QuorumConfig {
    /// A configuration with N clamped to [`MIN_N`]..=[`MAX_N`] and W, R clamped to 1..=N.
    pub fn new(n: usize, w: usize, r: usize) -> Self {
        let n = n.clamp(MIN_N, MAX_N);
        QuorumConfig {
            n,
            w: w.clamp(1, n),
            r: r.clamp(1, n),
        }
    }

    /// W + R, the number compared with N.
    pub fn sum(&self) -> usize {
        self.w + self.r
    }

    /// Whether W + R > N, the condition under which every read overlaps the last write.
    pub fn consistent(&self) -> bool {
        self.sum() > self.n
    }

    /// How many replicas may be down while writes still reach W of them: N − W.
    pub fn write_fault_tolerance(&self) -> usize {
        self.n - self.w
    }

    /// How many replicas may be down while reads still reach R of them: N − R.
    pub fn read_fault_tolerance(&self) -> usize {
        self.n - self.r
    }

    /// The fewest replicas any write set and read set must share: max(0, W + R − N).
    pub fn guaranteed_overlap(&self) -> usize {
        self.sum().saturating_sub(self.n)
    }

    /// Cassandra's QUORUM level for this N: a majority, ⌊N/2⌋ + 1.
    pub fn majority(&self) -> usize {
        self.n / 2 + 1
    }
}

impl Default for QuorumConfig {
    fn default() -> Self {
        QuorumConfig::new(5, 3, 3)
    }
}

/// The smallest intersection between any W-subset and any R-subset of N replicas, found by
/// trying every pair; the exhaustive check behind [`QuorumConfig::guaranteed_overlap`].
pub fn min_overlap_by_enumeration(n: usize, w: usize, r: usize) -> usize {
    let sets = |k: usize| (0u32..(1 << n)).filter(move |m| m.count_ones() as usize == k);
    let mut best = usize::MAX;
    for a in sets(w) {
        for b in sets(r) {
            best = best.min((a & b).count_ones() as usize);
        }
    }
    best
}

/// Ready-made W/R settings: the chapter's table for N = 3 and Cassandra's consistency levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preset {
    /// N=3, W=3, R=1: strong consistency, writes tolerate no failure.
    W3R1,
    /// N=3, W=2, R=2: strong consistency, the balanced standard choice.
    W2R2,
    /// N=3, W=1, R=3: strong consistency, fast writes, reads tolerate no failure.
    W1R3,
    /// N=3, W=1, R=1: eventual consistency, maximum availability, reads may be stale.
    W1R1,
    /// Cassandra's ONE for reads and writes: W = R = 1.
    One,
    /// Cassandra's QUORUM for reads and writes: W = R = ⌊N/2⌋ + 1.
    Quorum,
    /// Cassandra's ALL for reads and writes: W = R = N.
    All,
}

impl Preset {
    /// Every preset, in the order the sim lists them.
    pub const ALL: [Preset; 7] = [
        Preset::W3R1,
        Preset::W2R2,
        Preset::W1R3,
        Preset::W1R1,
        Preset::One,
        Preset::Quorum,
        Preset::All,
    ];

    /// The label shown on the preset's button.
    pub fn label(self) -> &'static str {
        match self {
            Preset::W3R1 => "N=3 W=3 R=1",
            Preset::W2R2 => "N=3 W=2 R=2",
            Preset::W1R3 => "N=3 W=1 R=3",
            Preset::W1R1 => "N=3 W=1 R=1",
            Preset::One => "ONE",
            Preset::Quorum => "QUORUM",
            Preset::All => "ALL",
        }
    }

    /// The configuration the preset sets, given the current one (Cassandra levels keep N).
    pub fn config(self, current: QuorumConfig) -> QuorumConfig {
        let n = current.n;
        match self {
            Preset::W3R1 => QuorumConfig::new(3, 3, 1),
            Preset::W2R2 => QuorumConfig::new(3, 2, 2),
            Preset::W1R3 => QuorumConfig::new(3, 1, 3),
            Preset::W1R1 => QuorumConfig::new(3, 1, 1),
            Preset::One => QuorumConfig::new(n, 1, 1),
            Preset::Quorum => QuorumConfig::new(n, current.majority(), current.majority()),
            Preset::All => QuorumConfig::new(n, n, n),
        }
    }
}

/// One replica: whether it is reachable, and the newest version of the key it stores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Replica {
    /// Whether the replica is up; a down replica keeps its data but answers nothing.
    pub up: bool,
    /// The newest version of the key this replica has applied (v1 is the initial value).
    pub version: u32,
}

/// What the last operation did, for drawing and narration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Operation {
    /// A write of `version` acknowledged by the replicas in `acked` (W of them).
    Write {
        /// The version written.
        version: u32,
        /// The replicas that acknowledged it, ascending.
        acked: Vec<usize>,
    },
    /// A read that consulted `consulted` (R replicas) and returned `returned`.
    Read {
        /// The replicas consulted, ascending.
        consulted: Vec<usize>,
        /// The replicas both consulted and in the last write's set: the fresh ones.
        overlap: Vec<usize>,
        /// The newest version among the consulted replicas: what the client sees.
        returned: u32,
        /// The newest acknowledged version at the time of the read.
        latest: u32,
    },
    /// A write or read that could not reach its quorum because too many replicas are down.
    Unavailable {
        /// Which operation failed.
        kind: OpKind,
        /// W or R.
        needed: usize,
        /// How many replicas were up.
        up: usize,
    },
}

/// A client operation on the key: a write or a read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpKind {
    /// A write, which needs W acknowledgements.
    Write,
    /// A read, which needs R answers.
    Read,
}

/// Why "Simulate Stale Read" could not run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StaleReadBlocked {
    /// W + R > N: every read set overlaps every write set, so no read can miss the write.
    Overlapping {
        /// W + R.
        sum: usize,
        /// N.
        n: usize,
    },
    /// A write plus a read that misses it needs W + R live replicas; fewer are up.
    TooFewUp {
        /// W + R.
        sum: usize,
        /// How many replicas are up.
        up: usize,
    },
}

/// What an event did to the cluster: the model's answer, in data (the sim words it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuorumOutcome {
    /// N changed: a fresh cluster of N replicas, all at v1.
    Resized {
        /// The new configuration.
        config: QuorumConfig,
        /// Whether W or R had to follow N down.
        followed_down: bool,
    },
    /// W or R changed (the cluster's data is kept).
    Configured(QuorumConfig),
    /// A preset set N, W and R.
    PresetApplied(Preset),
    /// A write reached W replicas and was acknowledged.
    Written {
        /// The new version.
        version: u32,
        /// The W replicas that acknowledged it, ascending.
        acked: Vec<usize>,
        /// The other replicas (down, or not yet reached when the write returned), ascending.
        missed: Vec<usize>,
    },
    /// A read consulted R replicas and returned the newest version among them.
    Read {
        /// The R replicas consulted, ascending.
        consulted: Vec<usize>,
        /// Those of them that acknowledged the last write.
        overlap: Vec<usize>,
        /// The version the client sees.
        returned: u32,
        /// The newest acknowledged version.
        latest: u32,
        /// Whether any write has happened yet.
        any_write: bool,
    },
    /// An operation could not reach its quorum: too many replicas are down.
    Unavailable {
        /// Which operation.
        kind: OpKind,
        /// W or R.
        needed: usize,
        /// How many replicas were up.
        up: usize,
    },
    /// A write, then a read chosen among the replicas the write missed.
    StaleRead {
        /// The write's outcome.
        write: Box<QuorumOutcome>,
        /// The read's outcome.
        read: Box<QuorumOutcome>,
    },
    /// "Simulate Stale Read" could not run.
    StaleReadBlocked(StaleReadBlocked),
    /// One of the cases beyond the quorum guarantee ran.
    Limit(LimitOutcome),
    /// One of those cases could not run in the current cluster.
    LimitBlocked(Limit, LimitBlocked),
    /// A replica went down or came back.
    NodeToggled {
        /// The replica (0-based).
        node: usize,
        /// Whether it is up now.
        up: bool,
        /// How many replicas are up now.
        up_count: usize,
        /// The current configuration (whether writes and reads can still reach W and R).
        config: QuorumConfig,
    },
    /// The event named a replica that does not exist.
    NoSuchNode(usize),
    /// Back to the start: every replica up and at v1.
    Reset {
        /// N.
        n: usize,
    },
}

/// Something the student does to the cluster.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuorumEvent {
    /// Set N; W and R follow it down when they exceed it. Starts a fresh cluster.
    SetN(usize),
    /// Set W (clamped to 1..=N).
    SetW(usize),
    /// Set R (clamped to 1..=N).
    SetR(usize),
    /// Apply a preset.
    Preset(Preset),
    /// Write a new version to W randomly chosen live replicas.
    Write,
    /// Read from R randomly chosen live replicas.
    Read,
    /// With W + R ≤ N: write, then read only replicas the write missed.
    StaleRead,
    /// Take replica `i` (0-based) down, or bring it back up.
    ToggleNode(usize),
    /// Run one of the cases that W + R > N does not protect against.
    Limit(Limit),
    /// Back to the start state (same configuration, fresh data and generator).
    Reset,
}

/// The quorum calculator's cluster: N replicas of one key, and the last operation's outcome.
#[derive(Debug, Clone)]
pub struct QuorumSim {
    config: QuorumConfig,
    replicas: Vec<Replica>,
    latest: u32,
    /// The newest version any write has carried, acknowledged or not (a failed write's too).
    issued: u32,
    last_write: Option<Vec<usize>>,
    last_op: Option<Operation>,
    seed: u64,
    rng: SimRng,
}

impl QuorumSim {
    /// A fresh cluster: every replica up and holding v1.
    pub fn new(config: QuorumConfig, seed: u64) -> Self {
        let config = QuorumConfig::new(config.n, config.w, config.r);
        QuorumSim {
            config,
            replicas: vec![
                Replica {
                    up: true,
                    version: 1
                };
                config.n
            ],
            latest: 1,
            issued: 1,
            last_write: None,
            last_op: None,
            seed,
            rng: seeded(seed),
        }
    }

    /// The current N, W and R.
    pub fn config(&self) -> QuorumConfig {
        self.config
    }

    /// The replicas, in order (Node 1 is index 0).
    pub fn replicas(&self) -> &[Replica] {
        &self.replicas
    }

    /// The newest acknowledged version.
    pub fn latest(&self) -> u32 {
        self.latest
    }

    /// The newest version any write has carried, including writes that failed part-way.
    pub fn issued(&self) -> u32 {
        self.issued
    }

    /// The replicas that acknowledged the last successful write.
    pub fn last_write(&self) -> Option<&[usize]> {
        self.last_write.as_deref()
    }

    /// The last operation, if any since the last configuration change.
    pub fn last_op(&self) -> Option<&Operation> {
        self.last_op.as_ref()
    }

    /// How many replicas are up.
    pub fn up_count(&self) -> usize {
        self.replicas.iter().filter(|r| r.up).count()
    }

    /// Whether "Simulate Stale Read" can run: W + R ≤ N, and enough replicas are up for a
    /// write plus a read that misses it. Returns the reason when it cannot.
    pub fn stale_read_possible(&self) -> Result<(), StaleReadBlocked> {
        let c = self.config;
        if c.consistent() {
            return Err(StaleReadBlocked::Overlapping {
                sum: c.sum(),
                n: c.n,
            });
        }
        let up = self.up_count();
        if up < c.w + c.r {
            return Err(StaleReadBlocked::TooFewUp { sum: c.sum(), up });
        }
        Ok(())
    }

    /// Applies one event and returns what happened.
    pub fn apply(&mut self, event: QuorumEvent) -> QuorumOutcome {
        match event {
            QuorumEvent::SetN(n) => {
                let old = self.config;
                let config = QuorumConfig::new(n, old.w, old.r);
                *self = QuorumSim::new(config, self.seed);
                QuorumOutcome::Resized {
                    config,
                    followed_down: config.w < old.w || config.r < old.r,
                }
            }
            QuorumEvent::SetW(w) => {
                self.set_config(QuorumConfig::new(self.config.n, w, self.config.r));
                QuorumOutcome::Configured(self.config)
            }
            QuorumEvent::SetR(r) => {
                self.set_config(QuorumConfig::new(self.config.n, self.config.w, r));
                QuorumOutcome::Configured(self.config)
            }
            QuorumEvent::Preset(p) => {
                let config = p.config(self.config);
                if config.n != self.config.n {
                    *self = QuorumSim::new(config, self.seed);
                } else {
                    self.set_config(config);
                }
                QuorumOutcome::PresetApplied(p)
            }
            QuorumEvent::Write => self.write(),
            QuorumEvent::Read => self.read(None),
            QuorumEvent::StaleRead => self.stale_read(),
            QuorumEvent::ToggleNode(i) => self.toggle(i),
            QuorumEvent::Limit(limit) => self.limit(limit),
            QuorumEvent::Reset => {
                *self = QuorumSim::new(self.config, self.seed);
                QuorumOutcome::Reset { n: self.config.n }
            }
        }
    }

    fn stale_read(&mut self) -> QuorumOutcome {
        if let Err(why) = self.stale_read_possible() {
            return QuorumOutcome::StaleReadBlocked(why);
        }
        let write = self.write();
        let missed: Vec<usize> = (0..self.config.n)
            .filter(|i| self.replicas[*i].up)
            .filter(|i| !self.last_write.as_deref().unwrap_or(&[]).contains(i))
            .collect();
        let read = self.read(Some(missed));
        QuorumOutcome::StaleRead {
            write: Box::new(write),
            read: Box::new(read),
        }
    }

    fn toggle(&mut self, i: usize) -> QuorumOutcome {
        let Some(replica) = self.replicas.get_mut(i) else {
            return QuorumOutcome::NoSuchNode(i);
        };
        replica.up = !replica.up;
        let up = replica.up;
        QuorumOutcome::NodeToggled {
            node: i,
            up,
            up_count: self.up_count(),
            config: self.config,
        }
    }

    fn set_config(&mut self, config: QuorumConfig) {
        self.config = config;
        self.last_op = None;
    }

    fn live(&self) -> Vec<usize> {
        (0..self.config.n)
            .filter(|i| self.replicas[*i].up)
            .collect()
    }

    fn pick(&mut self, from: &[usize], k: usize) -> Vec<usize> {
        let mut chosen: Vec<usize> = index::sample(&mut self.rng, from.len(), k)
            .into_iter()
            .map(|j| from[j])
            .collect();
        crate::sort::sort_usizes(&mut chosen);
        chosen
    }

    fn unavailable(&mut self, kind: OpKind, needed: usize, up: usize) -> QuorumOutcome {
        self.last_op = Some(Operation::Unavailable { kind, needed, up });
        QuorumOutcome::Unavailable { kind, needed, up }
    }

    fn write(&mut self) -> QuorumOutcome {
        let live = self.live();
        let w = self.config.w;
        if live.len() < w {
            return self.unavailable(OpKind::Write, w, live.len());
        }
        let acked = self.pick(&live, w);
        let version = self.issued + 1;
        for &i in &acked {
            self.replicas[i].version = version;
        }
        self.latest = version;
        self.issued = version;
        self.last_write = Some(acked.clone());
        self.last_op = Some(Operation::Write {
            version,
            acked: acked.clone(),
        });
        let missed: Vec<usize> = (0..self.config.n).filter(|i| !acked.contains(i)).collect();
        QuorumOutcome::Written {
            version,
            acked,
            missed,
        }
    }

    /// Reads R replicas chosen from `among` (default: every live replica).
    fn read(&mut self, among: Option<Vec<usize>>) -> QuorumOutcome {
        let live = self.live();
        let r = self.config.r;
        if live.len() < r {
            return self.unavailable(OpKind::Read, r, live.len());
        }
        let pool = among.filter(|p| p.len() >= r).unwrap_or(live);
        let consulted = self.pick(&pool, r);
        let returned = consulted
            .iter()
            .map(|&i| self.replicas[i].version)
            .max()
            .unwrap_or(1);
        let written = self.last_write.clone().unwrap_or_default();
        let overlap: Vec<usize> = consulted
            .iter()
            .copied()
            .filter(|i| written.contains(i))
            .collect();
        let latest = self.latest;
        self.last_op = Some(Operation::Read {
            consulted: consulted.clone(),
            overlap: overlap.clone(),
            returned,
            latest,
        });
        QuorumOutcome::Read {
            consulted,
            overlap,
            returned,
            latest,
            any_write: !written.is_empty(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn config_clamps_and_follows_n_down() {
        let c = QuorumConfig::new(9, 9, 0);
        assert_eq!((c.n, c.w, c.r), (7, 7, 1));
        let mut sim = QuorumSim::new(QuorumConfig::new(7, 6, 5), 1);
        sim.apply(QuorumEvent::SetN(4));
        assert_eq!(sim.config(), QuorumConfig::new(4, 4, 4));
    }

    #[test]
    fn readouts_match_the_chapter_table() {
        for (w, r, consistent) in [(3, 1, true), (2, 2, true), (1, 3, true), (1, 1, false)] {
            let c = QuorumConfig::new(3, w, r);
            assert_eq!(c.consistent(), consistent);
            assert_eq!(c.write_fault_tolerance(), 3 - w);
            assert_eq!(c.read_fault_tolerance(), 3 - r);
        }
    }

    /// Exhaustive: for every N ≤ 7 and every W, R, the smallest overlap between any write set
    /// and any read set is exactly max(0, W + R − N). So W + R > N ⇒ every pair intersects,
    /// and W + R ≤ N ⇒ some pair is disjoint.
    #[test]
    fn overlap_formula_holds_for_every_pair_of_sets() {
        for n in 1..=MAX_N {
            for w in 1..=n {
                for r in 1..=n {
                    let found = min_overlap_by_enumeration(n, w, r);
                    assert_eq!(found, (w + r).saturating_sub(n), "n={n} w={w} r={r}");
                    assert_eq!(found > 0, w + r > n);
                }
            }
        }
    }

    #[test]
    fn stale_read_returns_the_old_value() {
        let mut sim = QuorumSim::new(QuorumConfig::new(5, 2, 2), 7);
        let outcome = sim.apply(QuorumEvent::StaleRead);
        match sim.last_op() {
            Some(Operation::Read {
                returned,
                latest,
                overlap,
                ..
            }) => {
                assert_eq!(*latest, 2);
                assert_eq!(*returned, 1);
                assert!(overlap.is_empty());
            }
            other => panic!("unexpected {other:?}"),
        }
        match outcome {
            QuorumOutcome::StaleRead { read, .. } => assert!(matches!(
                *read,
                QuorumOutcome::Read {
                    returned: 1,
                    latest: 2,
                    ..
                }
            )),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn stale_read_is_refused_when_consistent() {
        let mut sim = QuorumSim::new(QuorumConfig::new(5, 3, 3), 7);
        let outcome = sim.apply(QuorumEvent::StaleRead);
        assert_eq!(
            outcome,
            QuorumOutcome::StaleReadBlocked(StaleReadBlocked::Overlapping { sum: 6, n: 5 })
        );
        assert_eq!(sim.latest(), 1);
    }

    #[test]
    fn writes_fail_without_enough_live_replicas() {
        let mut sim = QuorumSim::new(QuorumConfig::new(3, 3, 1), 7);
        sim.apply(QuorumEvent::ToggleNode(0));
        let outcome = sim.apply(QuorumEvent::Write);
        assert_eq!(
            outcome,
            QuorumOutcome::Unavailable {
                kind: OpKind::Write,
                needed: 3,
                up: 2
            }
        );
        assert_eq!(sim.latest(), 1);
        let outcome = sim.apply(QuorumEvent::Read);
        assert!(matches!(outcome, QuorumOutcome::Read { .. }), "{outcome:?}");
    }

    #[test]
    fn same_seed_same_choices() {
        let run = |seed| {
            let mut sim = QuorumSim::new(QuorumConfig::default(), seed);
            (0..20)
                .map(|i| {
                    sim.apply(if i % 2 == 0 {
                        QuorumEvent::Write
                    } else {
                        QuorumEvent::Read
                    })
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(run(3), run(3));
        assert_ne!(run(3), run(4));
    }

    #[test]
    fn presets_set_the_named_levels() {
        let sim = QuorumSim::new(QuorumConfig::new(5, 1, 1), 0);
        assert_eq!(
            Preset::Quorum.config(sim.config()),
            QuorumConfig::new(5, 3, 3)
        );
        assert_eq!(Preset::All.config(sim.config()), QuorumConfig::new(5, 5, 5));
        assert_eq!(
            Preset::W2R2.config(sim.config()),
            QuorumConfig::new(3, 2, 2)
        );
    }

    fn event() -> impl Strategy<Value = QuorumEvent> {
        prop_oneof![
            (0usize..12).prop_map(QuorumEvent::SetN),
            (0usize..12).prop_map(QuorumEvent::SetW),
            (0usize..12).prop_map(QuorumEvent::SetR),
            proptest::sample::select(Preset::ALL.to_vec()).prop_map(QuorumEvent::Preset),
            Just(QuorumEvent::Write),
            Just(QuorumEvent::Read),
            Just(QuorumEvent::StaleRead),
            proptest::sample::select(Limit::ALL.to_vec()).prop_map(QuorumEvent::Limit),
            prop_oneof![0usize..10, Just(usize::MAX)].prop_map(QuorumEvent::ToggleNode),
            Just(QuorumEvent::Reset),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        /// Any sequence of events, including ones the UI prevents, keeps the model valid; and
        /// with W + R > N every successful read returns the latest acknowledged version.
        #[test]
        fn invariants_hold_under_any_events(seed in any::<u64>(), events in proptest::collection::vec(event(), 1..400)) {
            let mut sim = QuorumSim::new(QuorumConfig::default(), seed);
            for e in events {
                let outcome = sim.apply(e);
                if let QuorumOutcome::Written { acked, missed, .. } = &outcome {
                    prop_assert_eq!(acked.len() + missed.len(), sim.config().n);
                }
                let c = sim.config();
                prop_assert!((MIN_N..=MAX_N).contains(&c.n));
                prop_assert!((1..=c.n).contains(&c.w) && (1..=c.n).contains(&c.r));
                prop_assert_eq!(sim.replicas().len(), c.n);
                prop_assert!(sim.latest() <= sim.issued());
                prop_assert!(sim.replicas().iter().all(|r| r.version <= sim.issued()));
                // The last write's set holds the latest version or a newer failed write's;
                // nothing ever rolls back.
                let written = sim.last_write().map(<[usize]>::to_vec).unwrap_or_default();
                prop_assert_eq!(written.is_empty(), sim.latest() == 1);
                for &i in &written {
                    prop_assert!(sim.replicas()[i].version >= sim.latest());
                }
                if let Some(Operation::Write { acked, .. }) = sim.last_op() {
                    prop_assert_eq!(acked.len(), c.w);
                }
                if let (QuorumEvent::Read, Some(Operation::Read { returned, latest, consulted, .. })) = (e, sim.last_op()) {
                    prop_assert_eq!(consulted.len(), c.r);
                    if written.len() + c.r > c.n {
                        prop_assert!(returned >= latest);
                    }
                }
            }
        }
    }
}
