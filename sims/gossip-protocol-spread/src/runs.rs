//! Earlier runs, kept as faint lines on the chart so students can compare runs, fanouts and
//! loss rates; and the "Run 200 trials" result with the settings it was measured for.

use std::collections::VecDeque;

use dsim_core::gossip::{GossipConfig, GossipSim, Mode, TrialStats};

/// How many earlier runs the chart keeps (the oldest is dropped first).
pub const MAX_RUNS: usize = 8;

/// One finished or abandoned run: its curve and the settings it ended with.
#[derive(Debug, Clone, PartialEq)]
pub struct PastRun {
    /// Which run it was (1 for the first since the page opened).
    pub run: u32,
    /// Informed live nodes after each round, from round 0.
    pub history: Vec<usize>,
    /// The settings at the end of the run.
    pub config: GossipConfig,
    /// The round in which every live node knew, if it got there.
    pub rounds_to_full: Option<u32>,
}

/// The earlier runs on the chart, newest last, at most [`MAX_RUNS`], all with one cluster size.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Runs {
    past: VecDeque<PastRun>,
}

impl Runs {
    /// Keeps the sim's current run if gossip started in it.
    pub fn keep(&mut self, sim: &GossipSim) {
        if !sim.started() || sim.history().is_empty() {
            return;
        }
        if self.past.len() >= MAX_RUNS {
            self.past.pop_front();
        }
        self.past.push_back(PastRun {
            run: sim.run(),
            history: sim.history().to_vec(),
            config: sim.config(),
            rounds_to_full: sim.rounds_to_full(),
        });
    }

    /// Forgets every earlier run (when the cluster size changes, the curves stop being
    /// comparable).
    pub fn clear(&mut self) {
        self.past.clear();
    }

    /// The kept runs, oldest first.
    pub fn iter(&self) -> impl Iterator<Item = &PastRun> {
        self.past.iter()
    }

    /// How many runs are kept.
    pub fn len(&self) -> usize {
        self.past.len()
    }

    /// Whether no run is kept.
    pub fn is_empty(&self) -> bool {
        self.past.is_empty()
    }
}

/// The result of "Run 200 trials" and what it was measured for.
#[derive(Debug, Clone, PartialEq)]
pub struct Trials {
    /// The statistics.
    pub stats: TrialStats,
    /// The settings.
    pub config: GossipConfig,
    /// The live nodes at the time (failed nodes stay failed in the trials).
    pub live: usize,
    /// The mean-field estimate of rounds to full spread for the same settings.
    pub expected: Option<u32>,
    /// How long the trials took in the browser, in ms.
    pub elapsed_ms: f64,
}

impl Trials {
    /// Whether these trials were run with exactly these settings and live nodes.
    pub fn matches(&self, config: &GossipConfig, live: usize) -> bool {
        self.config == *config && self.live == live
    }
}

/// The push style's name for the choice control.
pub fn mode_value(mode: Mode) -> &'static str {
    match mode {
        Mode::Push => "push",
        Mode::PushPull => "push-pull",
    }
}

#[cfg(test)]
impl Trials {
    /// For tests: 50 trials of `sim`'s settings, measured with 11 live nodes and 5 rounds
    /// expected.
    pub fn fifty_of(sim: &GossipSim) -> Trials {
        Trials {
            stats: sim.run_trials(50),
            config: sim.config(),
            live: 11,
            expected: Some(5),
            elapsed_ms: 1.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsim_core::gossip::GossipEvent;

    fn finished_run(seed: u64, fanout: usize) -> GossipSim {
        let mut sim = GossipSim::new(GossipConfig::new(12, fanout, 0, Mode::Push), seed);
        sim.apply(GossipEvent::Start);
        while !sim.is_complete() {
            sim.step();
        }
        sim
    }

    #[test]
    fn keeps_at_most_eight_runs_newest_last() {
        let mut runs = Runs::default();
        runs.keep(&GossipSim::new(GossipConfig::default(), 1));
        assert!(runs.is_empty(), "a run that never started is not kept");
        for seed in 0..12 {
            runs.keep(&finished_run(seed, 1 + seed as usize % 4));
        }
        assert_eq!(runs.len(), MAX_RUNS);
        let last = runs.iter().last().cloned();
        let sim = finished_run(11, 4);
        assert_eq!(
            last.as_ref().map(|r| r.history.clone()),
            Some(sim.history().to_vec())
        );
        assert_eq!(last.map(|r| r.rounds_to_full), Some(sim.rounds_to_full()));
        runs.clear();
        assert!(runs.is_empty());
    }

    #[test]
    fn trials_match_only_their_settings() {
        let sim = finished_run(3, 2);
        let trials = Trials::fifty_of(&sim);
        assert!(trials.matches(&sim.config(), 11));
        assert!(!trials.matches(&sim.config(), 10));
        assert!(!trials.matches(&GossipConfig::new(12, 3, 0, Mode::Push), 11));
    }
}
