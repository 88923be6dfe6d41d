//! Sharding: under every strategy each record is stored on exactly one shard, and the router
//! sends a request for it to that shard.

use dsim_core::sharding::{
    LetterRange, Query, Region, ScanRange, ShardingConfig, ShardingEvent, ShardingOutcome,
    ShardingSim, Strategy, MAX_SHARDS, MIN_SHARDS,
};
use libfuzzer_sys::arbitrary::{Result, Unstructured};

enum Action {
    Event(ShardingEvent),
    Advance(u64),
    Step,
}

fn letters(u: &mut Unstructured) -> Result<LetterRange> {
    Ok(LetterRange {
        from: u.int_in_range(0..=30)?,
        to: u.int_in_range(0..=30)?,
    })
}

fn query(u: &mut Unstructured) -> Result<Query> {
    Ok(if u.arbitrary()? {
        Query::PointLookup(if u.arbitrary()? {
            Some(u.int_in_range(0..=4_000)?)
        } else {
            None
        })
    } else {
        let range = if u.arbitrary()? {
            ScanRange::Names(letters(u)?)
        } else {
            ScanRange::Signup {
                from_day: u.int_in_range(0..=4_000)?,
                to_day: u.int_in_range(0..=4_000)?,
            }
        };
        let region = if u.arbitrary()? {
            Some(*u.choose(&Region::ALL)?)
        } else {
            None
        };
        Query::RangeScan { range, region }
    })
}

fn action(u: &mut Unstructured) -> Result<Action> {
    let e = match u.int_in_range(0..=18u8)? {
        0 => ShardingEvent::SetStrategy(*u.choose(&Strategy::ALL)?),
        1 => ShardingEvent::SetShards(super::size(u, 12)?),
        2 => ShardingEvent::SetRecords(super::size(u, 3_000)?.min(5_000)),
        3 => ShardingEvent::SetRate(u.arbitrary()?),
        4 => ShardingEvent::SetTraffic([u.arbitrary()?, u.arbitrary()?, u.arbitrary()?]),
        5 => ShardingEvent::SetSplit {
            index: super::size(u, 10)?,
            letter: u.arbitrary()?,
        },
        6 => ShardingEvent::EvenSplits,
        7 => ShardingEvent::Reassign {
            range: letters(u)?,
            shard: super::size(u, 10)?,
        },
        8 => ShardingEvent::RebalanceDirectory,
        9 => ShardingEvent::FailDirectory,
        10 | 11 => ShardingEvent::AddShard,
        12 => ShardingEvent::RemoveShard,
        13 => ShardingEvent::Query(query(u)?),
        14 => ShardingEvent::Reset,
        15 | 16 => return Ok(Action::Advance(super::millis(u, 3_000)?)),
        _ => return Ok(Action::Step),
    };
    Ok(Action::Event(e))
}

fn check(sim: &ShardingSim) {
    let n = sim.shard_count();
    assert!((MIN_SHARDS..=MAX_SHARDS).contains(&n));
    let total = sim.records().len();
    for s in Strategy::ALL {
        let mut seen = vec![0u8; total];
        for shard in 0..n {
            for i in sim.shard_records(s, shard) {
                seen[i] += 1;
            }
        }
        assert!(
            seen.iter().all(|&k| k == 1),
            "{s:?}: a record is not on exactly one shard"
        );
        for (i, r) in sim.records().iter().enumerate() {
            match sim.route(s, r) {
                Ok(shard) => assert_eq!(Some(shard), sim.shard_of(s, i), "{s:?} record {i}"),
                Err(_) => assert!(s == Strategy::Directory && sim.directory_down()),
            }
        }
    }
}

/// Runs the decoded events and clock steps, checking after each.
pub fn run(data: &[u8]) {
    let seed = super::seed(data);
    let mut sim = ShardingSim::new(ShardingConfig::default(), seed);
    super::drive(data, action, |a| {
        match a {
            Action::Event(e) => {
                let shards = sim.shard_count();
                match sim.apply(e) {
                    ShardingOutcome::Rejected(_) => assert_eq!(sim.shard_count(), shards),
                    ShardingOutcome::ShardAdded(r) => assert_eq!(r.shard, shards),
                    ShardingOutcome::ShardRemoved(r) => assert_eq!(r.shard + 1, shards),
                    _ => {}
                }
            }
            Action::Advance(ms) => {
                let _ = sim.advance(ms.min(60_000));
            }
            Action::Step => {
                let _ = sim.step();
            }
        }
        check(&sim);
    });
}
