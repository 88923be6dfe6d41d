//! The detector panel's sentences: the narration of each [`PhiOutcome`] and of the moments a
//! detector changes its mind, the readouts beside the charts and the charts' text alternative.

use dsim_core::gossip::phi::{
    Detector, DetectorChange, PhiConfig, PhiOutcome, PhiReason, PhiSim, HEARTBEAT_INTERVAL_MS,
    MAX_JITTER_MS, MAX_THRESHOLD, MAX_TIMEOUT_MS, MAX_WINDOW, MIN_THRESHOLD, MIN_TIMEOUT_MS,
    MIN_WINDOW,
};
use dsim_ui::i18n::{dec, grouped, yes_no};

use super::{number, secs, Limits};
use crate::msg::{self, t};
use crate::phi_view::{window, PhiScene, Standing};

/// The narration of one event's outcome.
pub fn outcome(o: &PhiOutcome) -> String {
    match o {
        PhiOutcome::JitterSet {
            jitter_ms: jitter,
            requested,
        } => Limits::new(msg::JITTER_RANGE, 0, MAX_JITTER_MS).narrate(
            jitter,
            requested,
            t!(
                JITTER_SET,
                jitter = *jitter,
                interval = HEARTBEAT_INTERVAL_MS
            ),
        ),
        PhiOutcome::ThresholdSet {
            threshold,
            requested,
            deadline_ms,
            changes,
        } => {
            let limits = Limits::new(
                msg::THRESHOLD_RANGE,
                number(MIN_THRESHOLD),
                number(MAX_THRESHOLD),
            );
            let sentence = t!(
                THRESHOLD_SET,
                threshold = number(*threshold),
                deadline = *deadline_ms
            );
            limits.narrate(threshold, requested, sentence) + &then(changes)
        }
        PhiOutcome::TimeoutSet {
            timeout_ms: timeout,
            requested,
            changes,
        } => {
            let limits = Limits::new(msg::TIMEOUT_RANGE, MIN_TIMEOUT_MS, MAX_TIMEOUT_MS);
            let sentence = t!(TIMEOUT_SET, timeout = *timeout);
            limits.narrate(timeout, requested, sentence) + &then(changes)
        }
        PhiOutcome::WindowSet {
            window,
            requested,
            mean_ms,
            std_ms,
            changes,
        } => {
            let limits = Limits::new(msg::WINDOW_RANGE, MIN_WINDOW, MAX_WINDOW);
            let sentence = t!(
                WINDOW_SET,
                window = *window,
                mean = dec(*mean_ms, 0),
                std = dec(*std_ms, 0)
            );
            limits.narrate(window, requested, sentence) + &then(changes)
        }
        PhiOutcome::Crashed {
            at,
            threshold,
            phi_at,
            timeout_at,
        } => t!(
            CRASHED,
            at = secs(*at),
            threshold = number(*threshold),
            phi = secs(*phi_at),
            timeout = secs(*timeout_at)
        ),
        PhiOutcome::Restarted { at } => t!(RESTARTED, at = secs(*at)),
        PhiOutcome::Reset => t!(PHI_RESET),
        PhiOutcome::Rejected(PhiReason::AlreadyDown) => t!(ALREADY_DOWN),
        PhiOutcome::Rejected(PhiReason::AlreadyRunning) => t!(ALREADY_SENDING),
    }
}

/// The changes a settings change caused, each after a space.
fn then(changes: &[DetectorChange]) -> String {
    changes.iter().map(|c| format!(" {}", change(c))).collect()
}

/// The moments detectors changed their mind during one advance, in one line.
pub fn changes(changes: &[DetectorChange]) -> String {
    let sentences: Vec<String> = changes.iter().map(change).collect();
    sentences.join(" ")
}

/// The key the messages select a detector by: "phi" or "timeout".
fn detector_key(d: Detector) -> &'static str {
    match d {
        Detector::Phi => "phi",
        Detector::Timeout => "timeout",
    }
}

/// One detector changing its mind.
pub fn change(c: &DetectorChange) -> String {
    match *c {
        DetectorChange::PhiSuspects {
            at,
            threshold,
            convicts,
        } => t!(
            PHI_SUSPECTS,
            at = secs(at),
            threshold = number(threshold),
            convicts = yes_no(convicts)
        ),
        DetectorChange::TimeoutSuspects {
            at,
            timeout_ms,
            convicts,
        } => t!(
            TIMEOUT_SUSPECTS,
            at = secs(at),
            timeout = timeout_ms,
            convicts = yes_no(convicts)
        ),
        DetectorChange::Withdrawn(d) => t!(WITHDRAWN, detector = detector_key(d)),
        DetectorChange::FalseAlarm {
            at,
            gap_ms,
            phi,
            timeout,
        } => {
            let which = match (phi, timeout) {
                (true, true) => "both",
                (true, false) => "phi",
                _ => "timeout",
            };
            t!(FALSE_ALARM, at = secs(at), gap = gap_ms, which = which)
        }
    }
}

/// The narration when the page opens on, or switches to, the detector panel.
pub fn intro(threshold: f64) -> String {
    t!(PHI_INTRO, threshold = number(threshold))
}

/// The narration when the detector panel starts playing.
pub fn running() -> String {
    t!(PHI_RUNNING)
}

/// The narration when the detector panel is paused.
pub fn paused(now_ms: u64) -> String {
    t!(PHI_PAUSED, at = secs(now_ms))
}

/// The narration of "Advance 1 s" when no detector changed its mind.
pub fn one_second_later(sim: &PhiSim) -> String {
    t!(
        ONE_SECOND_LATER,
        at = secs(sim.now()),
        phi = dec(sim.phi(), 2)
    )
}

/// The detector panel's state in a sentence, for the screen summary.
pub fn summary(c: &PhiConfig, alive: bool) -> String {
    t!(
        PHI_SUMMARY,
        threshold = number(c.threshold),
        jitter = c.jitter_ms,
        timeout = secs(c.timeout_ms),
        alive = yes_no(alive)
    )
}

/// phi now, as the readout shows it: "phi = 2.31", or "phi > 999" far in the tail.
pub fn phi_value(phi: f64) -> String {
    if phi > 999.0 {
        t!(PHI_HUGE)
    } else {
        t!(PHI_VALUE, phi = dec(phi, 2))
    }
}

/// " at 12.3 s (threshold 8)", after the phi value.
pub fn phi_time(sim: &PhiSim) -> String {
    let words = t!(
        PHI_TIME,
        at = secs(sim.now()),
        threshold = number(sim.config().threshold)
    );
    format!(" {words}")
}

/// The fitted distribution and the deadline it gives, after the phi value.
pub fn phi_fit(sim: &PhiSim) -> String {
    let words = t!(
        PHI_FIT,
        mean = grouped(sim.mean_ms().round() as i64),
        std = grouped(sim.std_ms().round() as i64),
        threshold = number(sim.config().threshold),
        deadline = grouped(sim.phi_deadline_ms())
    );
    format!(" {words}")
}

/// One detector's line: what it thinks of the node and its false alarms so far.
pub fn detector_line(sim: &PhiSim, d: Detector, standing: Standing) -> String {
    let (view, after) = match standing {
        Standing::Convicted(ms) => ("convicted", ms),
        Standing::SuspectsLive => ("suspects", 0),
        Standing::Trusts => ("trusts", 0),
        Standing::TrustsCrashed => ("trusts-crashed", 0),
    };
    t!(
        DETECTOR_LINE,
        detector = detector_key(d),
        timeout = secs(sim.config().timeout_ms),
        view = view,
        after = secs(after),
        alarms = sim.false_positives(d)
    )
}

/// A phi threshold as a message's variable ("8", "8.5").
pub fn threshold_arg(threshold: f64) -> dsim_ui::i18n::Arg<'static> {
    number(threshold)
}

/// The threshold slider's spoken value.
pub fn threshold_value(threshold: f64) -> String {
    t!(THRESHOLD_VALUE, threshold = number(threshold))
}

/// The timeout slider's spoken value.
pub fn timeout_value(timeout_ms: u64) -> String {
    t!(TIMEOUT_VALUE, timeout = secs(timeout_ms))
}

/// The charts' text alternative.
pub fn scene_label(s: &PhiScene) -> String {
    let (t0, t1) = window(s.now);
    let arrived = s.arrivals.iter().filter(|&&a| a >= t0).count();
    t!(
        SCENE_LABEL,
        from = dec(t0 as f64 / 1000.0, 0),
        to = dec(t1 as f64 / 1000.0, 0),
        threshold = number(s.threshold),
        phi_periods = s.phi_suspicions.len(),
        timeout = secs(s.timeout_ms),
        timeout_periods = s.timeout_suspicions.len(),
        arrived = arrived,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::phi_view::standing;
    use dsim_core::gossip::phi::PhiEvent;

    #[test]
    fn a_crash_is_narrated_until_both_detectors_convict() {
        let mut sim = PhiSim::new(PhiConfig::new(0, 8.0, 3000, 100), 1);
        sim.advance(150_000);
        let crash = outcome(&sim.apply(PhiEvent::StopHeartbeats));
        assert_eq!(
            crash,
            "The node crashes at 150.0 s: no more heartbeats. Phi will cross 8 at 151.6 s and the timeout fires at 153.0 s."
        );
        assert_eq!(
            changes(&sim.advance(10_000)),
            "At 151.6 s phi reaches 8: the phi detector suspects the node and convicts it. At 153.0 s the 3000 ms timeout expires: the timeout detector suspects the node and convicts it."
        );
        assert_eq!(
            detector_line(&sim, Detector::Phi, standing(&sim, Detector::Phi)),
            "Phi detector: CONVICTED 1.6 s after the crash; 0 false alarms."
        );
        assert_eq!(
            detector_line(&sim, Detector::Timeout, standing(&sim, Detector::Timeout)),
            "Timeout 3.0 s: CONVICTED 3.0 s after the crash; 0 false alarms."
        );
        assert_eq!(
            outcome(&sim.apply(PhiEvent::StopHeartbeats)),
            "The node is already down."
        );
        assert!(outcome(&sim.apply(PhiEvent::ResumeHeartbeats))
            .starts_with("The node restarts at 160.0 s and sends heartbeats again;"));
        assert_eq!(
            outcome(&sim.apply(PhiEvent::ResumeHeartbeats)),
            "The node is already sending heartbeats."
        );
        assert_eq!(
            outcome(&sim.apply(PhiEvent::Reset)),
            "Reset: time 0, the node is up and has just sent its first heartbeat."
        );
    }

    #[test]
    fn false_alarms_and_withdrawals_are_narrated() {
        let mut sim = PhiSim::new(PhiConfig::new(0, 8.0, 500, 100), 1);
        assert_eq!(
            changes(&sim.advance(1000)),
            "At 0.5 s the 500 ms timeout expires: the timeout detector suspects the node. A heartbeat arrives at 1.0 s after a 1000 ms gap: the timeout detector wrongly suspected a live node (a false positive)."
        );
        sim.advance(700);
        assert_eq!(
            outcome(&sim.apply(PhiEvent::SetTimeout(20_000))),
            "The timeout must be 500–10000 ms. Timeout 10000 ms: the fixed detector suspects the node after 10000 ms without a heartbeat. The timeout detector no longer suspects the node."
        );
        assert_eq!(
            detector_line(&sim, Detector::Timeout, standing(&sim, Detector::Timeout)),
            "Timeout 10.0 s: trusts the node; 2 false alarms."
        );
        assert_eq!(
            change(&DetectorChange::FalseAlarm { at: 4200, gap_ms: 3200, phi: true, timeout: true }),
            "A heartbeat arrives at 4.2 s after a 3200 ms gap: both detectors wrongly suspected a live node (a false positive)."
        );
        assert_eq!(
            change(&DetectorChange::Withdrawn(Detector::Phi)),
            "The phi detector no longer suspects the node."
        );
        assert_eq!(changes(&[]), "");
    }

    #[test]
    fn settings_changes_name_the_clamp() {
        use PhiEvent::{SetJitter, SetThreshold, SetWindow};
        let mut sim = PhiSim::new(PhiConfig::default(), 1);
        let mut say = |e| outcome(&sim.apply(e));
        assert_eq!(
            [SetJitter(5000), SetThreshold(20.0)].map(&mut say),
            [
                "Jitter must be 0–1000 ms. Jitter 1000 ms: heartbeats from now on arrive every 1000 ms ± about 1000 ms; the phi window adapts as they arrive.",
                "The threshold must be 1–16. Phi threshold 16: the node is suspected when a live node's heartbeat would be this late less than once in 10^16, now 3056 ms after a heartbeat.",
            ]
        );
        assert!(
            say(SetThreshold(f64::NAN)).starts_with("The threshold must be 1–16. Phi threshold 8:")
        );
        assert_eq!(
            say(SetWindow(1)),
            "The window must be 2–1000. Window 2: phi fits the last 2 inter-arrival times (mean 1000 ms, deviation 250 ms)."
        );
    }

    #[test]
    fn readouts_and_the_summary() {
        let sim = PhiSim::new(PhiConfig::default(), 1);
        assert_eq!(phi_value(2.345), "phi = 2.35");
        assert_eq!(phi_value(1234.0), "phi > 999");
        assert_eq!(phi_time(&sim), " at 0.0 s (threshold 8)");
        assert_eq!(
            phi_fit(&sim),
            " · gaps: mean 1,000 ms, σ 250 ms → phi reaches 8 after 2,404 ms of silence"
        );
        assert_eq!(
            detector_line(&sim, Detector::Phi, standing(&sim, Detector::Phi)),
            "Phi detector: trusts the node; 0 false alarms."
        );
        assert_eq!(
            summary(&sim.config(), true),
            "Phi accrual detector panel: threshold 8, heartbeat jitter 100 ms, fixed timeout 3.0 s; heartbeats are arriving."
        );
        assert_eq!(paused(12_345), "Paused at 12.3 s.");
        assert!(intro(8.0).contains("at 8 it suspects the node"));
        assert!(scene_label(&PhiScene::new(&sim)).starts_with("Two charts from 0 s to 20 s."));
    }
}
