//! The detector panel's English: the narration of each [`PhiOutcome`] and of the moments a
//! detector changes its mind, the readouts beside the charts and the charts' text alternative.

use dsim_core::gossip::phi::{
    Detector, DetectorChange, PhiConfig, PhiOutcome, PhiReason, PhiSim, HEARTBEAT_INTERVAL_MS,
    MAX_JITTER_MS, MAX_THRESHOLD, MAX_TIMEOUT_MS, MAX_WINDOW, MIN_THRESHOLD, MIN_TIMEOUT_MS,
    MIN_WINDOW,
};
use dsim_ui::format::{plural_s, thousands};

use super::{clamp_note, seconds};
use crate::phi_view::{window, PhiScene, Standing};

/// The narration of one event's outcome.
pub fn outcome(o: &PhiOutcome) -> String {
    match o {
        PhiOutcome::JitterSet {
            jitter_ms,
            requested,
        } => {
            let note = clamp_note(jitter_ms != requested, || format!("Jitter must be 0–{MAX_JITTER_MS} ms. "));
            format!("{note}Jitter {jitter_ms} ms: heartbeats from now on arrive every {HEARTBEAT_INTERVAL_MS} ms ± about {jitter_ms} ms; the phi window adapts as they arrive.")
        }
        PhiOutcome::ThresholdSet {
            threshold,
            requested,
            deadline_ms,
            changes,
        } => {
            let note = clamp_note(threshold != requested, || format!("The threshold must be {MIN_THRESHOLD}–{MAX_THRESHOLD}. "));
            format!(
                "{note}Phi threshold {threshold}: the node is suspected when a live node's heartbeat would be this late less than once in 10^{threshold}, now {deadline_ms} ms after a heartbeat.{}",
                then(changes)
            )
        }
        PhiOutcome::TimeoutSet {
            timeout_ms,
            requested,
            changes,
        } => {
            let note = clamp_note(timeout_ms != requested, || format!("The timeout must be {MIN_TIMEOUT_MS}–{MAX_TIMEOUT_MS} ms. "));
            format!(
                "{note}Timeout {timeout_ms} ms: the fixed detector suspects the node after {timeout_ms} ms without a heartbeat.{}",
                then(changes)
            )
        }
        PhiOutcome::WindowSet {
            window,
            requested,
            mean_ms,
            std_ms,
            changes,
        } => {
            let note = clamp_note(window != requested, || format!("The window must be {MIN_WINDOW}–{MAX_WINDOW}. "));
            format!(
                "{note}Window {window}: phi fits the last {window} inter-arrival times (mean {mean_ms:.0} ms, deviation {std_ms:.0} ms).{}",
                then(changes)
            )
        }
        PhiOutcome::Crashed {
            at,
            threshold,
            phi_at,
            timeout_at,
        } => crashed(*at, *threshold, *phi_at, *timeout_at),
        PhiOutcome::Restarted { at } => format!(
            "The node restarts at {} and sends heartbeats again; the monitor keeps suspecting it until the first one arrives, and the silent gap is not added to the window.",
            seconds(*at)
        ),
        PhiOutcome::Reset => {
            "Reset: time 0, the node is up and has just sent its first heartbeat.".to_string()
        }
        PhiOutcome::Rejected(PhiReason::AlreadyDown) => "The node is already down.".to_string(),
        PhiOutcome::Rejected(PhiReason::AlreadyRunning) => {
            "The node is already sending heartbeats.".to_string()
        }
    }
}

fn crashed(at: u64, threshold: f64, phi_at: u64, timeout_at: u64) -> String {
    format!(
        "The node crashes at {}: no more heartbeats. Phi will cross {threshold} at {} and the timeout fires at {}.",
        seconds(at),
        seconds(phi_at),
        seconds(timeout_at)
    )
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

/// One detector changing its mind.
pub fn change(c: &DetectorChange) -> String {
    let convicts = |yes: bool| if yes { " and convicts it" } else { "" };
    match *c {
        DetectorChange::PhiSuspects {
            at,
            threshold,
            convicts: yes,
        } => format!(
            "At {} phi reaches {threshold}: the phi detector suspects the node{}.",
            seconds(at),
            convicts(yes)
        ),
        DetectorChange::TimeoutSuspects {
            at,
            timeout_ms,
            convicts: yes,
        } => format!(
            "At {} the {timeout_ms} ms timeout expires: the timeout detector suspects the node{}.",
            seconds(at),
            convicts(yes)
        ),
        DetectorChange::Withdrawn(Detector::Phi) => {
            "The phi detector no longer suspects the node.".to_string()
        }
        DetectorChange::Withdrawn(Detector::Timeout) => {
            "The timeout detector no longer suspects the node.".to_string()
        }
        DetectorChange::FalseAlarm {
            at,
            gap_ms,
            phi,
            timeout,
        } => {
            let which = match (phi, timeout) {
                (true, true) => "both detectors",
                (true, false) => "the phi detector",
                _ => "the timeout detector",
            };
            format!(
                "A heartbeat arrives at {} after a {gap_ms} ms gap: {which} wrongly suspected a live node (a false positive).",
                seconds(at)
            )
        }
    }
}

/// The narration when the page opens on, or switches to, the detector panel.
pub fn intro(threshold: f64) -> String {
    format!(
        "Phi accrual detector: one node sends a heartbeat about every second and the network adds jitter. Phi rises while the monitor waits; at {threshold} it suspects the node. Press Stop heartbeats to crash it and watch both detectors convict it."
    )
}

/// The narration when the detector panel starts playing.
pub const RUNNING: &str = "Running: heartbeats arrive and phi is recomputed ten times a second.";

/// The narration when the detector panel is paused.
pub fn paused(now_ms: u64) -> String {
    format!("Paused at {:.1} s.", now_ms as f64 / 1000.0)
}

/// The narration of "Advance 1 s" when no detector changed its mind.
pub fn one_second_later(sim: &PhiSim) -> String {
    format!(
        "One second later: {:.1} s, phi = {:.2}.",
        sim.now() as f64 / 1000.0,
        sim.phi()
    )
}

/// The detector panel's state in a sentence, for the screen summary.
pub fn summary(c: &PhiConfig, alive: bool) -> String {
    format!(
        "Phi accrual detector panel: threshold {}, heartbeat jitter {} ms, fixed timeout {:.1} s; heartbeats are {}.",
        c.threshold,
        c.jitter_ms,
        c.timeout_ms as f64 / 1000.0,
        if alive { "arriving" } else { "stopped" }
    )
}

/// phi now, as the readout shows it: "phi = 2.31", or "phi > 999" far in the tail.
pub fn phi_value(phi: f64) -> String {
    if phi > 999.0 {
        "phi > 999".to_string()
    } else {
        format!("phi = {phi:.2}")
    }
}

/// " at 12.3 s (threshold 8)", after the phi value.
pub fn phi_time(sim: &PhiSim) -> String {
    format!(
        " at {:.1} s (threshold {})",
        sim.now() as f64 / 1000.0,
        sim.config().threshold
    )
}

/// The fitted distribution and the deadline it gives.
pub fn phi_fit(sim: &PhiSim) -> String {
    format!(
        " · gaps: mean {} ms, σ {} ms → phi reaches {} after {} ms of silence",
        thousands(sim.mean_ms().round() as usize),
        thousands(sim.std_ms().round() as usize),
        sim.config().threshold,
        thousands(sim.phi_deadline_ms() as usize)
    )
}

/// One detector's line: what it thinks of the node and its false alarms so far.
pub fn detector_line(sim: &PhiSim, d: Detector, standing: Standing) -> String {
    let view = match standing {
        Standing::Convicted(ms) => format!("CONVICTED {:.1} s after the crash", ms as f64 / 1000.0),
        Standing::SuspectsLive => "SUSPECTS the node, which is alive".to_string(),
        Standing::Trusts => "trusts the node".to_string(),
        Standing::TrustsCrashed => "still trusts the crashed node".to_string(),
    };
    let k = sim.false_positives(d);
    let alarms = format!("{k} false alarm{}", plural_s(k));
    match d {
        Detector::Phi => format!("Phi detector: {view}; {alarms}."),
        Detector::Timeout => format!(
            "Timeout {:.1} s: {view}; {alarms}.",
            sim.config().timeout_ms as f64 / 1000.0
        ),
    }
}

/// The charts' text alternative.
pub fn scene_label(s: &PhiScene) -> String {
    let (t0, t1) = window(s.now);
    let arrived = s.arrivals.iter().filter(|&&a| a >= t0).count();
    format!(
        "Two charts from {:.0} s to {:.0} s. Left: phi over time against the threshold {}; {} suspicion period{} shown. Right: time since the last heartbeat against the fixed timeout of {:.1} s; {} suspicion period{} shown. {arrived} heartbeat{} arrived in this window.",
        t0 as f64 / 1000.0,
        t1 as f64 / 1000.0,
        s.threshold,
        s.phi_suspicions.len(),
        plural_s(s.phi_suspicions.len()),
        s.timeout_ms as f64 / 1000.0,
        s.timeout_suspicions.len(),
        plural_s(s.timeout_suspicions.len()),
        plural_s(arrived),
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
