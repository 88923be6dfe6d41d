//! The sharding sim's guided tours: the hot shard that range sharding on a skewed key makes,
//! and what range scans and adding a shard cost under each strategy.

use dsim_core::sharding::{ShardingEvent, Strategy};
use dsim_ui::{Tour, TourStep};

use crate::text::tours as text;
use crate::{Msg, ShardingStrategies as S};

fn step(title: &'static str, text: &'static str, check: fn(&S) -> bool) -> TourStep<S> {
    TourStep::new(title, text, check)
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

fn hot_shard() -> Tour<S> {
    Tour {
        id: "hot-shard",
        title: "The hot shard",
        steps: vec![
            step("Range sharding by surname", text::H1, |s| {
                s.sim.strategy() == Strategy::Range && s.sim.shard_count() == 8
            })
            .settings("strategy=range&shards=8&seed=42")
            .focus(".sim-canvas")
            .ask(text::H1_ASK, text::H1_ANSWER),
            step("Traffic finds the hot shards", text::H2, |s| {
                !s.sim.hot_shards().is_empty()
            })
            .advance(10_000),
            step("Hash the key instead", text::H3, |s| {
                s.sim.strategy() == Strategy::Hash && s.sim.hot_shards().is_empty()
            })
            .send(ev(ShardingEvent::SetStrategy(Strategy::Hash)))
            .advance(10_000),
            step("Balance ranges by hand", text::H4, |s| {
                s.sim.strategy() == Strategy::Directory
            })
            .send(ev(ShardingEvent::SetStrategy(Strategy::Directory)))
            .send(Msg::Tab("layout".into()))
            .advance(8_000)
            .focus(".dir-grid"),
            step("The directory fails", text::H5, |s| s.sim.directory_down())
                .send(ev(ShardingEvent::FailDirectory))
                .advance(4_000),
        ],
    }
}

fn scans_and_moves() -> Tour<S> {
    Tour {
        id: "scans-and-moves",
        title: "Range scans and adding a shard",
        steps: vec![
            step("A scan on the shard key", text::S1, |s| {
                last_query(s).is_some_and(|(st, n)| st == Strategy::Range && n <= 2)
            })
            .settings("strategy=range&shards=4&seed=42")
            .send(Msg::Scan(0))
            .send(Msg::RunScan)
            .ask(text::S1_ASK, text::S1_ANSWER),
            step("The same scan, hashed", text::S2, |s| {
                last_query(s)
                    .is_some_and(|(st, n)| st == Strategy::Hash && n == s.sim.shard_count())
            })
            .send(ev(ShardingEvent::SetStrategy(Strategy::Hash)))
            .send(Msg::RunScan),
            step("A scan on another column", text::S3, |s| {
                last_query(s)
                    .is_some_and(|(st, n)| st == Strategy::Range && n == s.sim.shard_count())
            })
            .send(ev(ShardingEvent::SetStrategy(Strategy::Range)))
            .send(Msg::Scan(3))
            .send(Msg::RunScan)
            .ask(text::S3_ASK, text::S3_ANSWER),
            step("Add a fifth shard", text::S4, |s| {
                moved(s, Strategy::Hash)
                    .zip(moved(s, Strategy::Range))
                    .is_some_and(|((h, total), (r, _))| h * 2 > total && r < h)
            })
            .send(ev(ShardingEvent::AddShard))
            .send(Msg::Tab("moves".into()))
            .focus(".moves"),
            step("What each strategy moved", text::S5, |s| {
                s.sim.shard_count() == 5
            }),
        ],
    }
}

/// Both tours, in the order the menu lists them.
pub fn all() -> Vec<Tour<S>> {
    vec![hot_shard(), scans_and_moves()]
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_tours_are_well_formed() {
        dsim_ui::tour::assert_tours_well_formed::<crate::ShardingStrategies>();
    }
}
