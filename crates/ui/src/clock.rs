//! The one model clock every sim runs on: model time is real elapsed time × speed.
//!
//! The host ticks it while the sim's clock runs; each tick turns the real milliseconds since
//! the last tick into whole model milliseconds, carrying the fraction to the next tick so no
//! time is lost. A gap longer than [`MAX_REAL_STEP_MS`] (a stalled tab, a page out of sight) is
//! cut to that, so a sim never jumps ahead while nobody watched; a stopped clock forgets its
//! last reading, so a pause adds no time.

use dsim_core::num::Within;

/// The most real time one tick accounts for, in ms.
pub const MAX_REAL_STEP_MS: f64 = 250.0;

/// Real time in, model time out.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ModelClock {
    last: Option<f64>,
    carry: f64,
}

impl ModelClock {
    /// A stopped clock.
    pub fn new() -> Self {
        ModelClock::default()
    }

    /// The whole model milliseconds that passed since the last tick, at `speed`, given the real
    /// time `now` in ms. The first tick after [`ModelClock::stop`] starts the count: it returns 0.
    pub fn tick(&mut self, now: f64, speed: f64) -> u64 {
        let Some(last) = self.last.replace(now) else {
            return 0;
        };
        let real = (now - last).within(0.0, MAX_REAL_STEP_MS);
        let model = real * speed.max(0.0) + self.carry;
        let whole = model.floor();
        self.carry = model - whole;
        whole as u64
    }

    /// Stops counting (paused, or nothing to run): the next tick starts afresh.
    pub fn stop(&mut self) {
        self.last = None;
        self.carry = 0.0;
    }

    /// Whether the clock is counting.
    pub fn running(&self) -> bool {
        self.last.is_some()
    }
}

/// A demonstration's beat: something done once every `period` of model time while the sim
/// plays (the next key of a tour, the next write or read of a demo).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Every {
    period_ms: u64,
    elapsed_ms: u64,
}

impl Every {
    /// A beat of `period_ms` milliseconds of model time, counting from now.
    pub const fn new(period_ms: u64) -> Every {
        Every {
            period_ms,
            elapsed_ms: 0,
        }
    }

    /// Adds `model_ms`; true when a whole period has passed since the last beat, which then
    /// starts the count again.
    pub fn tick(&mut self, model_ms: u64) -> bool {
        self.elapsed_ms = self.elapsed_ms.saturating_add(model_ms);
        if self.elapsed_ms < self.period_ms {
            return false;
        }
        self.elapsed_ms = 0;
        true
    }

    /// Starts the count again (a step taken by hand).
    pub fn restart(&mut self) {
        self.elapsed_ms = 0;
    }
}

/// The [`Sim`](crate::Sim) methods of a sim whose Play runs a demonstration, written once: every
/// beat of its [`Every`] (and at once on Play, and on →, which pauses) it calls its `next`
/// method; Pause narrates `stopped`. Used inside `impl Sim for …`, naming the beat's field:
///
/// ```text
/// dsim_ui::demo_sim_methods!(demo, next: demo_step, stopped: "Demonstration stopped.");
/// ```
#[macro_export]
macro_rules! demo_sim_methods {
    ($beat:ident, next: $next:ident, stopped: $stopped:expr $(,)?) => {
        fn advance(&mut self, model_ms: u64, cx: &mut $crate::Cx<Self>) -> bool {
            if !self.$beat.tick(model_ms) {
                return false;
            }
            self.$next(cx);
            true
        }
        fn played(&mut self, playing: bool, cx: &mut $crate::Cx<Self>) {
            if playing {
                self.$next(cx);
            } else {
                cx.narrate($stopped);
            }
        }
        fn step(&mut self, cx: &mut $crate::Cx<Self>) {
            cx.set_playing(false);
            self.$next(cx);
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_beat_comes_once_per_period_and_restarts() {
        let mut e = Every::new(100);
        assert!(!e.tick(60));
        assert!(e.tick(40));
        assert!(!e.tick(99));
        e.restart();
        assert!(!e.tick(99));
        assert!(e.tick(1));
        assert!(e.tick(u64::MAX));
    }

    #[test]
    fn model_time_is_real_time_times_speed() {
        let mut c = ModelClock::new();
        assert_eq!(c.tick(1_000.0, 2.0), 0);
        assert_eq!(c.tick(1_050.0, 2.0), 100);
        assert_eq!(c.tick(1_100.0, 0.5), 25);
    }

    #[test]
    fn fractions_are_carried_not_lost() {
        let mut c = ModelClock::new();
        c.tick(0.0, 1.0);
        let total: u64 = (1..=300).map(|i| c.tick(i as f64 * 16.7, 0.25)).sum();
        // 300 ticks of 16.7 ms at a quarter speed: 1252.5 model ms, of which 1252 whole.
        assert_eq!(total, 1_252);
    }

    #[test]
    fn a_long_gap_counts_as_one_short_step() {
        let mut c = ModelClock::new();
        c.tick(0.0, 1.0);
        assert_eq!(c.tick(60_000.0, 1.0), MAX_REAL_STEP_MS as u64);
        assert_eq!(c.tick(59_000.0, 1.0), 0, "time never runs backwards");
    }

    #[test]
    fn a_pause_adds_no_time() {
        let mut c = ModelClock::new();
        c.tick(0.0, 1.0);
        c.tick(50.0, 1.0);
        c.stop();
        assert!(!c.running());
        assert_eq!(c.tick(10_000.0, 1.0), 0);
        assert_eq!(c.tick(10_050.0, 1.0), 50);
    }
}
