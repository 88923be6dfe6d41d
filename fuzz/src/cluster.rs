//! Production cluster: the leader is a caught-up voter, acknowledged writes never exceed the
//! log, lost writes only grow, and the geographic router never sends a user abroad.

use dsim_core::cluster::{
    check, ClusterEvent, ClusterSim, Kind, NodeRef, Region, Routing, VoterState, DEFAULT_RATE,
    FLIGHT_MS, SHARDS,
};
use libfuzzer_sys::arbitrary::{Result, Unstructured};

enum Step {
    Event(ClusterEvent),
    Wait(u64),
}

fn node(u: &mut Unstructured) -> Result<NodeRef> {
    let (shard, i) = (super::size(u, 6)?, super::size(u, 3)?);
    Ok(match u.int_in_range(0..=2u8)? {
        0 => NodeRef::Voter { shard, slot: i },
        1 => NodeRef::Replica { shard, index: i },
        _ => NodeRef::Etcd(i),
    })
}

fn event(u: &mut Unstructured) -> Result<ClusterEvent> {
    let kind = *u.choose(&[Kind::Write, Kind::Read, Kind::Report])?;
    Ok(match u.int_in_range(0..=12u8)? {
        0 => ClusterEvent::Kill(node(u)?),
        1 => ClusterEvent::Restart(node(u)?),
        2 => ClusterEvent::KillLeader(super::size(u, 6)?),
        3 => ClusterEvent::KillTwo(super::size(u, 6)?),
        4 => ClusterEvent::LagReplica {
            shard: super::size(u, 6)?,
            index: super::size(u, 3)?,
            lagged: u.arbitrary()?,
        },
        5 => ClusterEvent::Partition(u.arbitrary()?),
        6 => ClusterEvent::LoseEtcdQuorum,
        7 => ClusterEvent::HealEtcd,
        8 => ClusterEvent::HotUser(u.arbitrary()?),
        9 => ClusterEvent::SetRate(u.arbitrary()?),
        10 => ClusterEvent::HealAll,
        _ => ClusterEvent::Request {
            user: u.arbitrary()?,
            kind,
        },
    })
}

fn step(u: &mut Unstructured) -> Result<Step> {
    Ok(if u.ratio(1, 3)? {
        Step::Wait(super::millis(u, 10_000)?)
    } else {
        Step::Event(event(u)?)
    })
}

/// Runs the decoded events and waits on a geographically routed cluster, checking after each.
pub fn run(data: &[u8]) {
    let mut sim = ClusterSim::new(Routing::GeoThenRing, DEFAULT_RATE, super::seed(data));
    let mut lost_before = [0u64; SHARDS];
    super::drive(data, step, |s| {
        match s {
            Step::Event(e) => drop(sim.apply(e)),
            Step::Wait(ms) => drop(sim.advance(ms)),
        }
        for (i, shard) in sim.shards().iter().enumerate() {
            if let Some(l) = shard.leader {
                assert_eq!(shard.voters[l].state, VoterState::Up, "shard {i}");
                assert_eq!(shard.voters[l].seq, shard.head);
            }
            assert!(shard.acked <= shard.head && shard.durable() <= shard.head);
            assert!(shard.lost >= lost_before[i], "lost writes came back");
            lost_before[i] = shard.lost;
            assert_eq!(shard.eu_writes_outside, 0);
        }
        let now = sim.now_ms();
        for r in sim.in_flight() {
            assert_eq!(Region::of_shard(r.shard), r.from);
            assert!(r.at_ms <= now && r.at_ms + FLIGHT_MS >= now);
        }
        assert_eq!(check(&sim).len(), 4);
    });
}
