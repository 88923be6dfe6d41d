//! Scaling up and out: settings stay in range, failed nodes stay within the cluster, answered
//! requests never exceed the demand, and the outage tally only grows between resets.

use dsim_core::scaling::{
    cheapest_up, Downtime, Layout, Preset, ScalingConfig, ScalingEvent, ScalingSim, Setting,
    MAX_MONTHS, MAX_NODES, TOP_RUNG,
};
use libfuzzer_sys::arbitrary::{Result, Unstructured};

const SETTINGS: [Setting; 14] = [
    Setting::StartRate,
    Setting::Growth,
    Setting::ReadShare,
    Setting::WorkingSet,
    Setting::DataGrowth,
    Setting::Serial,
    Setting::Sigma,
    Setting::Kappa,
    Setting::CrossShard,
    Setting::FailureRate,
    Setting::NodeRung,
    Setting::Machine,
    Setting::Nodes,
    Setting::Month,
];

fn event(u: &mut Unstructured) -> Result<ScalingEvent> {
    Ok(match u.int_in_range(0..=14u8)? {
        0 | 1 => ScalingEvent::Set(*u.choose(&SETTINGS)?, u.arbitrary()?),
        2 => ScalingEvent::SetLayout(*u.choose(&[Layout::Replicas, Layout::Sharded])?),
        3 => ScalingEvent::SetFollow(u.arbitrary()?),
        4 => ScalingEvent::ScaleUp,
        5 => ScalingEvent::ScaleDown,
        6 => ScalingEvent::AddNode,
        7 => ScalingEvent::RemoveNode,
        8 | 9 => ScalingEvent::AdvanceMonth,
        10 => ScalingEvent::FailMachine,
        11 => ScalingEvent::FailNode,
        12 => ScalingEvent::Repair,
        13 => ScalingEvent::Preset(*u.choose(&Preset::ALL)?),
        _ => {
            if u.arbitrary()? {
                ScalingEvent::Fit
            } else {
                ScalingEvent::Reset
            }
        }
    })
}

fn check(sim: &ScalingSim, before: Downtime) {
    let c = sim.config();
    assert_eq!(format!("{c:?}"), format!("{:?}", c.clamped()), "settings in range");
    assert!(sim.month() <= MAX_MONTHS);
    assert!(sim.machine() <= TOP_RUNG);
    assert!((1..=MAX_NODES).contains(&sim.nodes()));
    assert!(sim.failed_nodes().windows(2).all(|w| w[0] < w[1]));
    assert!(sim.failed_nodes().iter().all(|&i| i < sim.nodes()));
    let d = sim.downtime();
    assert!(d.up_minutes >= before.up_minutes);
    assert!(d.out_equivalent_minutes >= before.out_equivalent_minutes);
    let demand = sim.demand().total();
    for e in [sim.up_eval(), sim.out_eval()] {
        assert!(e.served.is_finite() && e.served <= demand * (1.0 + 1e-12));
        assert!((0.0..=1.0).contains(&e.available));
        if let Some(l) = e.latency_ms {
            assert!(l.is_finite() && l >= e.service_ms - 1e-9);
        }
    }
    if c.follow {
        let rung = cheapest_up(&sim.demand(), &c.tuning).unwrap_or(TOP_RUNG);
        assert_eq!(sim.machine(), rung, "following the demand");
    }
}

/// Runs the decoded events from the default configuration, checking after each.
pub fn run(data: &[u8]) {
    let seed = super::seed(data);
    let mut sim = ScalingSim::new(ScalingConfig::default(), seed);
    super::drive(data, event, |e| {
        let before = match e {
            ScalingEvent::Reset | ScalingEvent::Preset(_) => Downtime::default(),
            _ => sim.downtime(),
        };
        assert!(!sim.apply(e).is_empty());
        check(&sim, before);
    });
}
