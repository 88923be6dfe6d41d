//! The model plus what the canvas needs to animate it between the host's clock steps.
//!
//! The model only moves when told. While something is pending (a timeout counting, an
//! election, a write on its way, a sync in flight) the host's model clock runs and hands
//! [`Live::advance`] the model milliseconds that passed (real time × speed); this moves the
//! model event by event, so every message sent in between is recorded with its flight times.
//! The canvas then replays the last step smoothly: it draws at [`Live::display_ms`], which runs
//! from the previous step's time to this one's as real time passes, so even messages that were
//! sent and delivered within one step fly across their link. When nothing notable is coming and
//! the last change has settled, the clock stops and nothing runs at all.

use std::rc::Rc;

use dsim_core::split_brain::{
    Message, MessageKind, Outcome, SplitBrainEvent, SplitBrainSim, WriteStatus,
};

use crate::modes::ModesPart;
use crate::text;

/// Logical milliseconds the clock keeps running after the last change, so replication and
/// heartbeats that follow it are seen (a heartbeat period plus the longest delay, and more).
pub const SETTLE_MS: u64 = 2_500;
/// The most recorded message flights kept (the oldest are dropped).
pub const MAX_FLIGHTS: usize = 96;
/// How long a newly elected node flashes, in real ms at speed 1.
pub const FLASH_MS: f64 = 2_400.0;
/// How long the partition line takes to sweep across, in real ms at speed 1.
pub const SWEEP_MS: f64 = 900.0;
/// How long a write's arrival pulse lasts, in real ms at speed 1.
pub const ARRIVAL_MS: f64 = 900.0;
/// The most sub-steps one clock step takes (a guard; a step needs a handful).
const MAX_SUBSTEPS: usize = 2_000;

/// The most model time one clock step may move, in ms: one tick's real time (`tick_ms`) at
/// `speed`. A step the browser delivered late carries more model time than that; the rest is
/// dropped, so on a busy machine the countdowns and messages are slowed down, never skipped.
pub fn max_step_ms(tick_ms: u32, speed: f64) -> u64 {
    ((f64::from(tick_ms) * speed).round() as u64).max(1)
}

/// What a recorded message is, for its colour, size and caption.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlightKind {
    /// A monitor-mode leader's heartbeat (carries its log).
    Heartbeat,
    /// A leader's sync on a healed link.
    Sync,
    /// Raft: a candidate asking for a vote.
    RequestVote,
    /// Raft: a vote granted.
    VoteGranted,
    /// Raft: a vote refused.
    VoteRefused,
    /// Raft: AppendEntries carrying entries.
    Append,
    /// Raft: AppendEntries with no entries (a heartbeat).
    AppendHeartbeat,
    /// Raft: a follower's answer to AppendEntries.
    Reply,
}

/// A message seen in flight: enough to draw it at any moment of its flight.
#[derive(Debug, Clone, PartialEq)]
pub struct Flight {
    /// The model's message id.
    pub id: u64,
    /// Sender (0-based).
    pub from: usize,
    /// Receiver (0-based).
    pub to: usize,
    /// When it was sent, in logical ms.
    pub sent_ms: u64,
    /// When it arrives, in logical ms.
    pub deliver_ms: u64,
    /// What it is.
    pub kind: FlightKind,
    /// Its full caption, e.g. "RequestVote (term 2)".
    pub label: String,
    /// Its short caption for narrow canvases, e.g. "RequestVote t2" or "" for none.
    pub short: String,
}

impl Flight {
    fn of(m: &Message, modes: Option<&Rc<dyn ModesPart>>) -> Self {
        let kind = match &m.kind {
            MessageKind::Heartbeat { .. } => FlightKind::Heartbeat,
            MessageKind::Sync { .. } => FlightKind::Sync,
            MessageKind::RequestVote { .. } => FlightKind::RequestVote,
            MessageKind::Vote { granted: true, .. } => FlightKind::VoteGranted,
            MessageKind::Vote { granted: false, .. } => FlightKind::VoteRefused,
            MessageKind::AppendEntries { entries, .. } if !entries.is_empty() => FlightKind::Append,
            MessageKind::AppendEntries { .. } => FlightKind::AppendHeartbeat,
            MessageKind::AppendReply { .. } => FlightKind::Reply,
        };
        let (label, short) = text::common_captions(&m.kind)
            .or_else(|| modes.map(|p| p.captions(&m.kind)))
            .unwrap_or_default();
        Flight {
            id: m.id,
            from: m.from,
            to: m.to,
            sent_ms: m.sent_ms,
            deliver_ms: m.deliver_ms,
            kind,
            label,
            short,
        }
    }

    /// How far along its link it is at logical time `t` (0–1), if it is in flight then.
    pub fn progress_at(&self, t: f64) -> Option<f64> {
        let (s, d) = (self.sent_ms as f64, self.deliver_ms as f64);
        (t >= s && t < d && d > s).then(|| (t - s) / (d - s))
    }
}

/// The model and everything the canvas animates, shared by the component and the canvas.
#[derive(Debug, Clone)]
pub struct Live {
    /// The model.
    pub sim: SplitBrainSim,
    /// The `?speed=` multiplier.
    pub speed: f64,
    /// Whether the clock is ticking now.
    pub running: bool,
    /// Whether the student paused the clock.
    pub paused: bool,
    /// The model's time at the previous clock step.
    pub prev_ms: u64,
    /// The model's time now.
    pub cur_ms: u64,
    /// `performance.now()` at the last clock step.
    pub tick_at: f64,
    /// Messages seen in flight recently.
    pub flights: Vec<Flight>,
    /// A newly elected leader and when it was elected (real ms), for its flash.
    pub flash: Option<(usize, f64)>,
    /// When the spec's partition began (real ms), for the sweeping line.
    pub partition_at: Option<f64>,
    /// Writes that just reached their node: (write index, real ms), newest last.
    pub arrivals: Vec<(usize, f64)>,
    /// The Raft and fencing modes' code, once it is here.
    pub modes: Option<Rc<dyn ModesPart>>,
    elections_seen: usize,
    last_flight: Option<u64>,
    notable_at: Option<u64>,
    settle_until: u64,
    statuses: Vec<WriteStatus>,
}

impl Live {
    /// A fresh clock around `sim`, stopped.
    pub fn new(sim: SplitBrainSim, speed: f64) -> Self {
        let now = sim.now_ms();
        let mut live = Live {
            speed: if speed.is_finite() && speed > 0.0 {
                speed
            } else {
                1.0
            },
            running: false,
            paused: false,
            prev_ms: now,
            cur_ms: now,
            tick_at: 0.0,
            flights: Vec::new(),
            flash: None,
            partition_at: None,
            arrivals: Vec::new(),
            modes: None,
            elections_seen: sim.elections().len(),
            last_flight: None,
            notable_at: None,
            settle_until: now,
            statuses: Vec::new(),
            sim,
        };
        live.refresh_notable();
        live
    }

    /// The Raft and fencing modes' code arrived: the model gets Raft's rules.
    pub fn set_modes(&mut self, modes: Rc<dyn ModesPart>) {
        self.sim.set_raft(modes.raft());
        self.modes = Some(modes);
        self.refresh_notable();
    }

    /// Applies a student's action at real time `perf`; returns what the model reports.
    pub fn apply(&mut self, event: SplitBrainEvent, perf: f64) -> Vec<Outcome> {
        let spec_cut_before = self.spec_partition();
        let said = self.sim.apply(event);
        let now = self.sim.now_ms();
        // Nothing is replayed across an action: the picture jumps to the new state.
        self.prev_ms = now;
        self.cur_ms = now;
        self.tick_at = perf;
        self.flights.clear();
        self.last_flight = None;
        self.record_flights();
        if matches!(event, SplitBrainEvent::Reset | SplitBrainEvent::SetMode(_)) {
            self.flash = None;
            self.partition_at = None;
            self.arrivals.clear();
            self.statuses.clear();
            self.elections_seen = self.sim.elections().len();
        }
        if self.spec_partition() && !spec_cut_before {
            self.partition_at = Some(perf);
        }
        self.after_change(perf);
        self.settle_until = now.saturating_add(SETTLE_MS);
        self.refresh_notable();
        said
    }

    /// One clock step at real time `perf`: moves the model `model_ms` logical ms, event by
    /// event; returns whatever happened.
    pub fn advance(&mut self, model_ms: u64, perf: f64) -> Vec<Outcome> {
        let step = model_ms.max(1);
        let start = self.sim.now_ms();
        let target = start.saturating_add(step);
        let mut said = Vec::new();
        for _ in 0..MAX_SUBSTEPS {
            let now = self.sim.now_ms();
            if now >= target {
                break;
            }
            let d = match self.sim.next_event_in_ms() {
                Some(d) if now.saturating_add(d) <= target => d,
                _ => target - now,
            };
            said.extend(self.sim.advance(d));
            self.record_flights();
        }
        if self.sim.now_ms() < target {
            said.extend(self.sim.advance(target - self.sim.now_ms()));
            self.record_flights();
        }
        self.prev_ms = start;
        self.cur_ms = self.sim.now_ms();
        self.tick_at = perf;
        let prev = self.prev_ms;
        self.flights.retain(|f| f.deliver_ms > prev);
        if !self.spec_partition() {
            self.partition_at = None;
        }
        self.after_change(perf);
        if !said.is_empty() {
            self.settle_until = self.cur_ms.saturating_add(SETTLE_MS);
        }
        if self.notable_at.is_none_or(|t| self.cur_ms >= t) || !said.is_empty() {
            self.refresh_notable();
        }
        said
    }

    /// Whether something is pending, so the clock should run (unless paused).
    pub fn busy(&self) -> bool {
        self.notable_at.is_some() || self.cur_ms < self.settle_until
    }

    /// Logical ms until the next moment "Skip ahead" would stop at, if any is coming.
    pub fn notable_in(&self) -> Option<u64> {
        self.notable_at.map(|t| t.saturating_sub(self.cur_ms))
    }

    /// The logical time the canvas shows at real time `perf`: the last step replayed while the
    /// clock runs, the model's time otherwise.
    pub fn display_ms(&self, perf: f64) -> f64 {
        let cur = self.cur_ms as f64;
        if !self.running {
            return cur;
        }
        let prev = self.prev_ms as f64;
        let elapsed = ((perf - self.tick_at) * self.speed).max(0.0);
        (prev + elapsed).min(cur)
    }

    /// The messages to draw at real time `perf` with their progress (0–1): those in flight at
    /// the displayed time on links that are up. None while the clock is stopped because
    /// nothing is pending (a paused clock shows them frozen).
    pub fn visible_flights(&self, perf: f64) -> Vec<(&Flight, f64)> {
        if !self.running && !self.paused {
            return Vec::new();
        }
        let t = self.display_ms(perf);
        self.flights
            .iter()
            .filter(|f| self.sim.link_up(f.from, f.to))
            .filter_map(|f| f.progress_at(t).map(|p| (f, p)))
            .collect()
    }

    /// Whether the links 1–2 and 1–3 are cut while 2–3 is up: the spec's partition.
    pub fn spec_partition(&self) -> bool {
        !self.sim.link_up(0, 1) && !self.sim.link_up(0, 2) && self.sim.link_up(1, 2)
    }

    /// Whether a real-time animation (flash, sweep, arrival) is still playing at `perf`.
    pub fn animating(&self, perf: f64) -> bool {
        let k = self.speed.max(0.01);
        self.flash
            .is_some_and(|(_, t)| perf - t < (FLASH_MS / k).max(500.0))
            || self
                .partition_at
                .is_some_and(|t| perf - t < (SWEEP_MS / k).max(250.0))
            || self
                .arrivals
                .iter()
                .any(|&(_, t)| perf - t < (ARRIVAL_MS / k).max(300.0))
    }

    fn record_flights(&mut self) {
        let last = self.last_flight;
        let modes = self.modes.as_ref();
        let fresh: Vec<Flight> = self
            .sim
            .messages()
            .iter()
            .filter(|m| last.is_none_or(|l| m.id > l))
            .map(|m| Flight::of(m, modes))
            .collect();
        if let Some(max) = fresh.iter().map(|f| f.id).max() {
            self.last_flight = Some(max);
        }
        self.flights.extend(fresh);
        if self.flights.len() > MAX_FLIGHTS {
            let extra = self.flights.len() - MAX_FLIGHTS;
            self.flights.drain(..extra);
        }
    }

    /// Notes new elections (for the flash) and writes that just arrived (for their pulse).
    fn after_change(&mut self, perf: f64) {
        let elections = self.sim.elections();
        if elections.len() > self.elections_seen {
            self.flash = elections.last().map(|e| (e.node, perf));
        }
        self.elections_seen = elections.len();
        let statuses: Vec<WriteStatus> = self.sim.writes().iter().map(|w| w.status).collect();
        for (i, s) in statuses.iter().enumerate() {
            let was = self.statuses.get(i).copied();
            let arrived =
                *s != WriteStatus::Scheduled && matches!(was, None | Some(WriteStatus::Scheduled));
            if arrived {
                self.arrivals.push((i, perf));
            }
        }
        if self.arrivals.len() > 4 {
            let extra = self.arrivals.len() - 4;
            self.arrivals.drain(..extra);
        }
        self.statuses = statuses;
    }

    fn refresh_notable(&mut self) {
        self.notable_at = self
            .sim
            .next_notable_in_ms()
            .map(|d| self.sim.now_ms().saturating_add(d));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsim_core::split_brain::{FailoverMode, SplitBrainConfig};

    /// Real ms between clock steps in these tests, as the host's default tick.
    const TICK_MS: f64 = 50.0;

    /// The model ms one tick carries at the test speed.
    fn step(l: &Live) -> u64 {
        max_step_ms(TICK_MS as u32, l.speed)
    }

    fn live(mode: FailoverMode) -> Live {
        Live::new(
            SplitBrainSim::new(SplitBrainConfig::new(mode, false, 0), 42),
            10.0,
        )
    }

    /// Ticks until idle (or `max` ticks); returns what happened.
    fn run(l: &mut Live, max: usize) -> Vec<Outcome> {
        let mut all = Vec::new();
        let mut perf = 0.0;
        for _ in 0..max {
            if !l.busy() {
                break;
            }
            l.running = true;
            perf += TICK_MS;
            let ms = step(l);
            all.extend(l.advance(ms, perf));
        }
        l.running = false;
        all
    }

    #[test]
    fn one_step_moves_at_most_one_tick_of_model_time() {
        assert_eq!(max_step_ms(50, 10.0), 500);
        assert_eq!(max_step_ms(50, 1.0), 50);
        assert_eq!(max_step_ms(50, 0.25), 13);
        assert_eq!(max_step_ms(50, 0.0), 1);
    }

    #[test]
    fn a_healthy_cluster_is_idle_and_the_clock_stops() {
        let mut l = live(FailoverMode::Naive);
        assert!(!l.busy(), "nothing pending at the start");
        l.apply(SplitBrainEvent::Reset, 0.0);
        assert!(l.busy(), "a change settles for a moment");
        run(&mut l, 100);
        assert!(!l.busy());
        assert!(l.cur_ms >= SETTLE_MS && l.cur_ms < SETTLE_MS + 1_000);
    }

    #[test]
    fn the_spec_story_runs_on_its_own_and_stops_when_done() {
        let mut l = live(FailoverMode::Naive);
        l.apply(SplitBrainEvent::PartitionNetwork, 0.0);
        assert!(l.partition_at.is_some());
        assert_eq!(l.notable_in(), Some(10_000));
        let said = run(&mut l, 1_000);
        assert!(
            said.iter()
                .any(|o| matches!(o, Outcome::Promoted { node: 1, .. })),
            "{said:?}"
        );
        assert_eq!(l.flash.map(|f| f.0), Some(1));
        assert!(!l.busy(), "two leaders and nothing else coming: idle");
        l.apply(SplitBrainEvent::SpecWrites, 0.0);
        assert!(l.busy());
        let said = run(&mut l, 1_000);
        assert!(
            said.iter().any(|o| matches!(
                o,
                Outcome::WriteReached {
                    write: 1,
                    value: 750,
                    node: 1,
                    ..
                }
            )),
            "{said:?}"
        );
        assert_eq!(l.arrivals.len(), 2);
        // The replication to Node 3 happened before the clock stopped.
        assert!(l.sim.nodes()[2].log.iter().any(|e| e.value == 750));
        l.apply(SplitBrainEvent::Heal, 0.0);
        let said = run(&mut l, 1_000);
        assert!(
            said.iter()
                .any(|o| matches!(o, Outcome::ConflictDetected(_))),
            "{said:?}"
        );
        assert!(!l.busy());
    }

    #[test]
    fn every_message_is_recorded_even_between_ticks() {
        let mut l = live(FailoverMode::Raft);
        l.apply(SplitBrainEvent::PartitionNetwork, 0.0);
        let mut seen = std::collections::BTreeSet::new();
        let mut kinds = std::collections::BTreeSet::new();
        let mut perf = 0.0;
        l.running = true;
        for _ in 0..400 {
            perf += TICK_MS;
            let ms = step(&l);
            l.advance(ms, perf);
            for f in &l.flights {
                seen.insert(f.id);
                kinds.insert(format!("{:?}", f.kind));
                assert!(f.deliver_ms > l.prev_ms);
            }
            assert!(l.flights.len() <= MAX_FLIGHTS);
            // Halfway through the replay the display time lies between the two ticks.
            let mid = l.display_ms(perf + 25.0);
            assert!(mid >= l.prev_ms as f64 && mid <= l.cur_ms as f64);
        }
        for k in ["RequestVote", "VoteGranted", "AppendHeartbeat", "Reply"] {
            assert!(kinds.contains(k), "{k} in {kinds:?}");
        }
        // Message ids are consecutive: none was missed.
        let ids: Vec<u64> = seen.into_iter().collect();
        assert!(ids.windows(2).all(|w| w[1] == w[0] + 1), "{ids:?}");
    }

    #[test]
    fn flights_show_only_while_the_clock_runs_or_is_paused() {
        let mut l = live(FailoverMode::Naive);
        l.apply(SplitBrainEvent::PartitionNetwork, 0.0);
        l.running = true;
        // After the promotion Node 2's heartbeats fly to Node 3.
        let mut perf = 0.0;
        for _ in 0..400 {
            perf += TICK_MS;
            let ms = step(&l);
            l.advance(ms, perf);
            if !l.visible_flights(perf).is_empty() {
                break;
            }
        }
        let shown = l.visible_flights(perf);
        assert!(!shown.is_empty());
        assert!(shown
            .iter()
            .all(|(f, p)| l.sim.link_up(f.from, f.to) && (0.0..1.0).contains(p)));
        l.running = false;
        assert!(
            l.visible_flights(perf).is_empty(),
            "a stopped clock draws none"
        );
        l.paused = true;
        let t = l.cur_ms as f64;
        assert!(l
            .visible_flights(perf)
            .iter()
            .all(|(f, _)| f.sent_ms as f64 <= t && t < f.deliver_ms as f64));
    }

    #[test]
    fn reset_forgets_the_animations() {
        let mut l = live(FailoverMode::Naive);
        l.apply(SplitBrainEvent::PartitionNetwork, 0.0);
        run(&mut l, 1_000);
        assert!(l.flash.is_some() && l.animating(10.0));
        l.apply(SplitBrainEvent::Reset, 50.0);
        assert!(l.flash.is_none() && l.partition_at.is_none() && l.arrivals.is_empty());
        assert!(!l.animating(10_000.0));
    }
}
