//! The sharding sim's guided tours: the hot shard that range sharding on a skewed key makes
//! (and the one a celebrity makes under any strategy), and what range scans and adding a shard cost under each strategy.

use dsim_core::sharding::{ShardingEvent, Strategy, Workload};
use dsim_ui::{Tour, TourStep, TourWords};

use crate::{Msg, ShardingStrategies as S};

fn step(check: fn(&S) -> bool) -> TourStep<S> {
    TourStep::new(check)
}

fn ev(e: ShardingEvent) -> Msg {
    Msg::Event(e)
}

/// How many shards the last query touched, under which strategy.
fn last_query(s: &S) -> Option<(Strategy, usize)> {
    s.sim.last_query().map(|q| (q.strategy, q.shards.len()))
}

/// Records the last added or removed shard moved under `strategy`, and in all.
fn moved(s: &S, strategy: Strategy) -> Option<(usize, usize)> {
    s.sim
        .last_moves()
        .map(|m| (m.moved[strategy.index()], m.total))
}

pub(crate) fn hot_shard(w: &TourWords) -> Tour<S> {
    w.tour(
        "hot-shard",
        vec![
            step(|s| s.sim.strategy() == Strategy::Range && s.sim.shard_count() == 8)
                .settings("strategy=range&shards=8&seed=42")
                .focus(".sim-canvas"),
            step(|s| !s.sim.hot_shards().is_empty()).advance(10_000),
            step(|s| s.sim.strategy() == Strategy::Hash && s.sim.hot_shards().is_empty())
                .send(ev(ShardingEvent::SetStrategy(Strategy::Hash)))
                .advance(10_000),
            step(|s| s.sim.strategy() == Strategy::Directory)
                .send(ev(ShardingEvent::SetStrategy(Strategy::Directory)))
                .send(Msg::Tab("layout".into()))
                .advance(8_000)
                .focus(".dir-grid"),
            step(|s| s.sim.directory_down())
                .send(ev(ShardingEvent::FailDirectory))
                .advance(4_000),
            step(|s| {
                s.sim.strategy() == Strategy::Hash
                    && s.sim.workload() == Workload::Celebrity
                    && !s.sim.hot_shards().is_empty()
            })
            .send(ev(ShardingEvent::SetStrategy(Strategy::Hash)))
            .send(ev(ShardingEvent::SetWorkload(Workload::Celebrity)))
            .send(Msg::Tab("workload".into()))
            .advance(10_000)
            .focus(".sim-canvas"),
        ],
    )
}

pub(crate) fn scans_and_moves(w: &TourWords) -> Tour<S> {
    w.tour(
        "scans-and-moves",
        vec![
            step(|s| last_query(s).is_some_and(|(st, n)| st == Strategy::Range && n <= 2))
                .settings("strategy=range&shards=4&seed=42")
                .send(Msg::Scan(0))
                .send(Msg::RunScan),
            step(|s| {
                last_query(s)
                    .is_some_and(|(st, n)| st == Strategy::Hash && n == s.sim.shard_count())
            })
            .send(ev(ShardingEvent::SetStrategy(Strategy::Hash)))
            .send(Msg::RunScan),
            step(|s| {
                last_query(s)
                    .is_some_and(|(st, n)| st == Strategy::Range && n == s.sim.shard_count())
            })
            .send(ev(ShardingEvent::SetStrategy(Strategy::Range)))
            .send(Msg::Scan(3))
            .send(Msg::RunScan),
            step(|s| {
                moved(s, Strategy::Hash)
                    .zip(moved(s, Strategy::Range))
                    .is_some_and(|((h, total), (r, _))| h * 2 > total && r < h)
            })
            .send(ev(ShardingEvent::AddShard))
            .send(Msg::Tab("moves".into()))
            .focus(".moves"),
            step(|s| s.sim.shard_count() == 5),
        ],
    )
}
