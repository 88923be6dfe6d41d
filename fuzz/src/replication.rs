//! Replication: a single leader's live followers hold a prefix of its log, a leaderless
//! quorum read with W + R > N never misses an acknowledged write, and a refused event changes
//! nothing.

use dsim_core::replication::{
    ConflictPolicy, Outcome, ReplicationConfig, ReplicationEvent, ReplicationSim, Topology,
};
use libfuzzer_sys::arbitrary::{Result, Unstructured};

enum Action {
    Event(ReplicationEvent),
    Advance(u64),
}

fn action(u: &mut Unstructured) -> Result<Action> {
    let t = |u: &mut Unstructured| u.choose(&Topology::ALL).copied();
    let e = match u.int_in_range(0..=22u8)? {
        0 => ReplicationEvent::Select(t(u)?),
        1 | 2 => ReplicationEvent::SimulateWrite(t(u)?),
        3 => ReplicationEvent::ReadFromReplica(if u.arbitrary()? {
            Some(super::size(u, 7)?)
        } else {
            None
        }),
        4 => ReplicationEvent::ReadFromLeader,
        5 => ReplicationEvent::SetLagMs(super::millis(u, 7_000)?),
        6 => ReplicationEvent::SetSync(u.arbitrary()?),
        7 => ReplicationEvent::SetReadAfterWrite(u.arbitrary()?),
        8 => ReplicationEvent::FailLeaderNow,
        9 => ReplicationEvent::ConcurrentWrites,
        10 => ReplicationEvent::SetConflictPolicy(
            *u.choose(&[ConflictPolicy::LastWriteWins, ConflictPolicy::KeepSiblings])?,
        ),
        11 => ReplicationEvent::QuorumRead,
        12 => ReplicationEvent::SetW(super::size(u, 7)?),
        13 => ReplicationEvent::SetR(super::size(u, 7)?),
        14 => ReplicationEvent::ToggleNode(t(u)?, super::size(u, 7)?),
        15 => ReplicationEvent::Reset,
        16 => ReplicationEvent::LeaderlessConcurrentWrites,
        17 => ReplicationEvent::SetLeaderlessPolicy(
            *u.choose(&[ConflictPolicy::LastWriteWins, ConflictPolicy::KeepSiblings])?,
        ),
        18 => ReplicationEvent::SetClientFar(u.arbitrary()?),
        _ => return Ok(Action::Advance(super::millis(u, 4_000)?)),
    };
    Ok(Action::Event(e))
}

fn check(s: &ReplicationSim) {
    let sl = s.single_leader();
    assert!(sl.nodes()[sl.leader()].up(), "the leader is down");
    for n in sl.nodes().iter().filter(|n| n.up()) {
        assert!(
            sl.log().starts_with(n.log()),
            "a live node diverged from the leader"
        );
    }
    let ll = s.leaderless();
    for r in ll.reads() {
        if let Some(v) = r.returned {
            assert!(
                v >= r.guaranteed,
                "quorum read missed an acknowledged write"
            );
        }
    }
}

/// Runs the decoded events and clock steps, checking after each and once settled.
pub fn run(data: &[u8]) {
    let seed = super::seed(data);
    let mut sim = ReplicationSim::new(ReplicationConfig::default(), seed);
    super::drive(data, action, |a| {
        match a {
            Action::Event(e) => {
                let before = sim.clone();
                if let Outcome::Rejected(why) = sim.apply(e) {
                    assert_eq!(
                        sim, before,
                        "{e:?} was refused ({why:?}) but changed the panels"
                    );
                }
            }
            Action::Advance(ms) => {
                // Frames advance the clock by milliseconds; cap what a frame could ever add.
                let ms = ms.min(1_000_000_000);
                let before = sim.now_ms();
                let _ = sim.advance(ms);
                assert_eq!(sim.now_ms(), before.saturating_add(ms));
            }
        }
        check(&sim);
    });
    let _ = sim.settle();
    assert!(sim.next_arrival_ms().is_none());
    check(&sim);
}
