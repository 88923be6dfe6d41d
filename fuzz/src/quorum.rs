//! Quorums: with W + R > N every read overlaps the last write and returns the newest version.

use dsim_core::quorum::{
    Operation, Preset, QuorumConfig, QuorumEvent, QuorumOutcome, QuorumSim, MAX_N, MIN_N,
};
use libfuzzer_sys::arbitrary::{Result, Unstructured};

fn event(u: &mut Unstructured) -> Result<QuorumEvent> {
    Ok(match u.int_in_range(0..=8u8)? {
        0 => QuorumEvent::SetN(super::size(u, 12)?),
        1 => QuorumEvent::SetW(super::size(u, 12)?),
        2 => QuorumEvent::SetR(super::size(u, 12)?),
        3 => QuorumEvent::Preset(*u.choose(&Preset::ALL)?),
        4 => QuorumEvent::Write,
        5 => QuorumEvent::Read,
        6 => QuorumEvent::StaleRead,
        7 => QuorumEvent::ToggleNode(super::size(u, 10)?),
        _ => QuorumEvent::Reset,
    })
}

fn check(sim: &QuorumSim, e: QuorumEvent) {
    let c = sim.config();
    assert!((MIN_N..=MAX_N).contains(&c.n));
    assert!((1..=c.n).contains(&c.w) && (1..=c.n).contains(&c.r));
    assert_eq!(sim.replicas().len(), c.n);
    assert!(sim.replicas().iter().all(|r| r.version <= sim.latest()));
    let written = sim.last_write().map(<[usize]>::to_vec).unwrap_or_default();
    for &i in &written {
        assert_eq!(sim.replicas()[i].version, sim.latest());
    }
    if let (
        QuorumEvent::Read,
        Some(Operation::Read {
            consulted,
            overlap,
            returned,
            latest,
        }),
    ) = (e, sim.last_op())
    {
        assert_eq!(consulted.len(), c.r);
        if written.len() + c.r > c.n {
            assert!(
                !overlap.is_empty(),
                "W + R > N but the read missed the write"
            );
            assert_eq!(returned, latest, "W + R > N but the read was stale");
        }
    }
}

/// Runs the decoded events from a fresh cluster, checking after each.
pub fn run(data: &[u8]) {
    let seed = super::seed(data);
    let mut sim = QuorumSim::new(QuorumConfig::default(), seed);
    super::drive(data, event, |e| {
        let outcome = sim.apply(e);
        if let QuorumOutcome::Written { acked, missed, .. } = &outcome {
            assert_eq!(acked.len() + missed.len(), sim.config().n);
        }
        check(&sim, e);
    });
}
