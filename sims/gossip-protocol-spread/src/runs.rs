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

impl PastRun {
    /// "f2 push, 0 % loss: 5 rounds" — a short description for the runs list.
    pub fn describe(&self) -> String {
        let result = match self.rounds_to_full {
            Some(r) => format!("{r} round{}", if r == 1 { "" } else { "s" }),
            None => "stopped early".to_string(),
        };
        format!("{}: {result}", settings_label(&self.config))
    }
}

/// "fanout 2, push, 0 % loss".
pub fn settings_label(c: &GossipConfig) -> String {
    format!(
        "fanout {}, {}, {} % loss",
        c.fanout,
        c.mode.label(),
        c.loss_percent
    )
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

    /// One sentence for the narration.
    pub fn summary(&self) -> String {
        let s = &self.stats;
        let mut text = format!(
            "{} trials with {} and {} live nodes: ",
            s.trials,
            settings_label(&self.config),
            self.live
        );
        match (s.mean_rounds, s.min_rounds, s.max_rounds) {
            (Some(mean), Some(min), Some(max)) => text.push_str(&format!(
                "full spread after {mean:.1} rounds on average (fewest {min}, most {max})"
            )),
            _ => text.push_str("no trial reached every live node"),
        }
        if s.unfinished > 0 && s.finished > 0 {
            text.push_str(&format!("; {} did not finish", s.unfinished));
        }
        if let Some(e) = self.expected {
            text.push_str(&format!("; the epidemic model predicts {e}"));
        }
        text.push('.');
        text
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
    fn describes_runs_and_trials() {
        let sim = finished_run(3, 2);
        let mut runs = Runs::default();
        runs.keep(&sim);
        let r = sim.rounds_to_full().unwrap_or(0);
        assert_eq!(
            runs.iter().next().map(PastRun::describe),
            Some(format!("fanout 2, push, 0 % loss: {r} rounds"))
        );
        let stats = sim.run_trials(50);
        let trials = Trials {
            stats: stats.clone(),
            config: sim.config(),
            live: 11,
            expected: Some(5),
            elapsed_ms: 1.0,
        };
        assert!(trials.matches(&sim.config(), 11));
        assert!(!trials.matches(&GossipConfig::new(12, 3, 0, Mode::Push), 11));
        let text = trials.summary();
        assert!(
            text.starts_with(
                "50 trials with fanout 2, push, 0 % loss and 11 live nodes: full spread after "
            ),
            "{text}"
        );
        assert!(text.ends_with("the epidemic model predicts 5."), "{text}");
    }
}
