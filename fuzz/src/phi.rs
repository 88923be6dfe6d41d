//! The phi accrual failure detector: time never goes back, phi stays finite and non-negative,
//! and each detector has at most one open suspicion.

use dsim_core::gossip::phi::{Detector, PhiConfig, PhiEvent, PhiOutcome, PhiSim};
use libfuzzer_sys::arbitrary::{Result, Unstructured};

enum Action {
    Event(PhiEvent),
    Advance(u64),
}

fn action(u: &mut Unstructured) -> Result<Action> {
    Ok(match u.int_in_range(0..=9u8)? {
        0 => Action::Event(PhiEvent::SetJitter(u.arbitrary()?)),
        1 => Action::Event(PhiEvent::SetThreshold(u.arbitrary()?)),
        2 => Action::Event(PhiEvent::SetTimeout(u.arbitrary()?)),
        3 => Action::Event(PhiEvent::SetWindow(super::size(u, 2000)?)),
        4 => Action::Event(PhiEvent::StopHeartbeats),
        5 => Action::Event(PhiEvent::ResumeHeartbeats),
        6 => Action::Event(PhiEvent::Reset),
        _ => Action::Advance(super::millis(u, 8_000)?),
    })
}

/// Runs the decoded events and clock steps, checking after each.
pub fn run(data: &[u8]) {
    let seed = super::seed(data);
    let mut sim = PhiSim::new(PhiConfig::default(), seed);
    super::drive(data, action, |a| {
        let before = sim.now();
        match a {
            Action::Event(e) => {
                let reset = e == PhiEvent::Reset;
                let alive = sim.is_alive();
                let refused = matches!(sim.apply(e), PhiOutcome::Rejected(_));
                let refusable = match e {
                    PhiEvent::StopHeartbeats => !alive,
                    PhiEvent::ResumeHeartbeats => alive,
                    _ => false,
                };
                assert_eq!(refused, refusable);
                assert!(reset || sim.now() >= before);
            }
            Action::Advance(ms) => {
                let _ = sim.advance(ms);
                assert!(sim.now() >= before);
            }
        }
        assert!(
            sim.phi().is_finite() && sim.phi() >= 0.0,
            "phi {}",
            sim.phi()
        );
        assert!(sim.window_intervals().len() <= sim.config().window);
        assert!(sim.samples().windows(2).all(|w| w[0].t <= w[1].t));
        assert!(sim.last_heartbeat() <= sim.now());
        for d in [Detector::Phi, Detector::Timeout] {
            let open = sim
                .suspicions(d)
                .iter()
                .filter(|s| s.until.is_none())
                .count();
            assert!(open <= 1);
        }
    });
}
