//! The gossip panel's state and what its controls do: the model, earlier runs, the trials,
//! and the pictures (grid and chart) rebuilt after every change. Its rounds advance on the
//! host's model clock, one every [`ROUND_MS`] of model time while playing.

use std::rc::Rc;

use dsim_core::gossip::{
    expected_rounds_to_full, GossipConfig, GossipEvent, GossipSim, DEFAULT_TRIALS, MAX_ROUNDS,
    SUBJECT,
};
use dsim_ui::Cx;

use crate::curves::ChartData;
use crate::draw::{Anim, AnimKind, Scene, FLIGHT_MS};
use crate::layout::{self, Grid};
use crate::runs::{Runs, Trials};
use crate::text::gossip as say;
use crate::GossipSpread;

/// One gossip round of auto-play, in model ms (the chapter's 1.5 s at speed 1).
pub const ROUND_MS: u64 = 1500;

type C<'a, 'b> = &'a mut Cx<'b, GossipSpread>;

/// The gossip panel: the interactive run and everything drawn from it.
pub struct SpreadPanel {
    /// The model.
    pub sim: GossipSim,
    /// Earlier runs, drawn faint on the chart.
    pub runs: Runs,
    /// The last "Run 200 trials" and what it was run with.
    pub trials: Option<Trials>,
    /// What the grid canvas draws.
    pub scene: Rc<Scene>,
    /// What the chart draws.
    pub chart: Rc<ChartData>,
    seed: u64,
    /// How many random failures have been picked (each pick draws from the seed).
    picks: u64,
    /// Model time since the last auto-played round.
    since_round: u64,
}

impl SpreadPanel {
    /// A fresh cluster with the link's settings.
    pub fn new(config: GossipConfig, seed: u64) -> Self {
        let sim = GossipSim::new(config, seed);
        SpreadPanel {
            scene: Rc::new(Scene::still(seed, sim.states().to_vec())),
            chart: Rc::new(ChartData::new(&sim, &Runs::default(), None)),
            sim,
            runs: Runs::default(),
            trials: None,
            seed,
            picks: 0,
            since_round: 0,
        }
    }

    /// Rebuilds what the canvases draw; `anim` animates the last action.
    pub fn refresh(&mut self, anim: Option<AnimKind>, cx: C) {
        let states = self.sim.states().to_vec();
        let seed = self.seed;
        let a = |kind| Anim {
            kind,
            start: cx.now(),
            duration: FLIGHT_MS / cx.speed().max(0.01),
        };
        self.scene = Rc::new(match (anim, self.sim.first_informed()) {
            (Some(AnimKind::Round), _) => {
                Scene::round(seed, states, self.sim.messages(), a(AnimKind::Round))
            }
            (Some(AnimKind::Start), Some(first)) => {
                Scene::start(seed, states, first, a(AnimKind::Start))
            }
            _ => Scene::still(seed, states),
        });
        self.chart = Rc::new(ChartData::new(&self.sim, &self.runs, self.trials.as_ref()));
    }

    /// "Start Gossip"; with `play`, auto-play follows once gossip has started.
    pub fn start(&mut self, play: bool, cx: C) {
        cx.narrate(say::outcome(&self.sim.apply(GossipEvent::Start)));
        self.refresh(Some(AnimKind::Start), cx);
        if play && self.sim.started() {
            self.since_round = 0;
            cx.set_playing(true);
        }
    }

    /// One round; pauses auto-play when the round completes the spread or nothing can happen.
    fn round(&mut self, cx: C) {
        let was_complete = self.sim.is_complete();
        let mut text = say::outcome(&self.sim.step());
        self.refresh(Some(AnimKind::Round), cx);
        let done = !was_complete && self.sim.is_complete();
        let stuck = self.sim.informed_count() == 0 || self.sim.round() >= MAX_ROUNDS;
        if cx.playing() && (done || stuck) {
            cx.set_playing(false);
            if done {
                text.push(' ');
                text.push_str(&say::auto_play_paused());
            }
        }
        cx.narrate(text);
    }

    /// Whether a round can run now (gossip started and someone still knows).
    fn spreading(&self) -> bool {
        self.sim.started() && self.sim.informed_count() > 0
    }

    /// "Next Round" or →: pauses, then runs a round, or starts gossip if it has not started.
    pub fn step(&mut self, cx: C) {
        cx.set_playing(false);
        if self.spreading() {
            self.round(cx);
        } else {
            self.start(false, cx);
        }
    }

    /// Play (`true`) or Pause: a paused run plays from a round at once; an unstarted one
    /// starts first; a blocked one does not play.
    pub fn played(&mut self, playing: bool, cx: C) {
        if !playing {
            cx.narrate(say::paused(&self.sim));
            return;
        }
        self.since_round = 0;
        cx.set_playing(false);
        if !self.spreading() {
            self.start(true, cx);
        } else if say::play_reason(&self.sim).is_none() {
            cx.set_playing(true);
            self.round(cx);
        }
    }

    /// Auto-play: a round each [`ROUND_MS`] of model time.
    pub fn advance(&mut self, model_ms: u64, cx: C) -> bool {
        self.since_round += model_ms;
        if self.since_round < ROUND_MS {
            return false;
        }
        self.since_round = (self.since_round - ROUND_MS).min(ROUND_MS);
        self.round(cx);
        true
    }

    /// Reset: the run is kept as a faint line and a fresh cluster starts.
    pub fn reset(&mut self, cx: C) {
        self.runs.keep(&self.sim);
        cx.set_playing(false);
        let mut text = say::outcome(&self.sim.apply(GossipEvent::Reset));
        if !self.runs.is_empty() {
            text.push(' ');
            text.push_str(&say::runs_kept());
        }
        cx.narrate(text);
        self.refresh(None, cx);
    }

    /// A setting or a node toggle; auto-play stops if the change leaves nothing to play.
    pub fn apply(&mut self, event: GossipEvent, cx: C) {
        cx.narrate(say::outcome(&self.sim.apply(event)));
        if cx.playing() && say::play_reason(&self.sim).is_some() {
            cx.set_playing(false);
        }
        self.refresh(None, cx);
    }

    /// The "Nodes" slider: a fresh cluster of `n` nodes; earlier runs stop being comparable.
    pub fn set_nodes(&mut self, n: usize, cx: C) -> bool {
        if n == self.sim.nodes() {
            return false;
        }
        cx.set_playing(false);
        self.runs.clear();
        cx.narrate(say::outcome(&self.sim.apply(GossipEvent::SetNodes(n))));
        self.refresh(None, cx);
        true
    }

    /// "Fail a random node" (the pick is seeded, so a run can be repeated).
    pub fn fail_random(&mut self, cx: C) -> bool {
        let live: Vec<usize> = (0..self.sim.nodes())
            .filter(|&i| i != SUBJECT && self.sim.is_live(i))
            .collect();
        if live.is_empty() {
            return false;
        }
        let k = layout::pick(self.seed, self.picks, live.len());
        self.picks += 1;
        self.apply(GossipEvent::ToggleNode(live[k]), cx);
        true
    }

    /// "Revive failed nodes": every failed node comes back unaware.
    pub fn revive_all(&mut self, cx: C) -> bool {
        let failed = self.failed_nodes();
        if failed.is_empty() {
            return false;
        }
        for &i in &failed {
            self.sim.apply(GossipEvent::ToggleNode(i));
        }
        cx.narrate(say::revived(&failed, self.sim.progress()));
        self.refresh(None, cx);
        true
    }

    /// "Run 200 trials" with the current settings and live nodes, timed.
    pub fn run_trials(&mut self, cx: C) {
        let config = self.sim.config();
        let live = self.sim.live_count();
        let t0 = cx.now();
        let stats = self.sim.run_trials(DEFAULT_TRIALS);
        let elapsed_ms = cx.now() - t0;
        let trials = Trials {
            stats,
            config,
            live,
            expected: expected_rounds_to_full(&config, live),
            elapsed_ms,
        };
        cx.narrate(say::trials_summary(&trials));
        self.trials = Some(trials);
        self.refresh(None, cx);
    }

    /// A click on the grid: toggles the node under it, if any.
    pub fn click(&mut self, x: f64, y: f64, cx: C) -> bool {
        let (w, h) = cx.canvas_size();
        let grid = Grid::new(self.sim.nodes(), w, h);
        let pos = grid.positions(self.sim.nodes(), self.seed);
        let Some(i) = layout::hit(&grid, &pos, x, y) else {
            return false;
        };
        self.apply(GossipEvent::ToggleNode(i), cx);
        true
    }

    /// Failed nodes other than Node 4.
    pub fn failed_nodes(&self) -> Vec<usize> {
        (0..self.sim.nodes())
            .filter(|&i| i != SUBJECT && !self.sim.is_live(i))
            .collect()
    }

    /// The seed of the layout.
    pub fn seed(&self) -> u64 {
        self.seed
    }
}
