//! The words drawn on the canvas: the key strip's title, the router, the region boxes, the
//! shard rows, the mean and hot-spot markers, and the moved-records badges. Where room is
//! short, a list of options runs from the longest wording to the shortest.

use dsim_core::sharding::{Region, Strategy, Workload, HOT_FACTOR};
use dsim_ui::i18n::dec;

use super::names::region_label;
use super::{load_text, ratio_text};
use crate::msg::{self, t};

/// The key strip's title, longest first; `residency` counts EU records outside EU shards.
pub fn strip_title(strategy: Strategy, shards: usize, down: bool, residency: usize) -> [String; 3] {
    let key = match strategy {
        Strategy::Directory if down => "directory-down",
        _ => strategy.key(),
    };
    [msg::STRIP_LONG, msg::STRIP_MEDIUM, msg::STRIP_SHORT]
        .map(|id| t!((id), strategy = key, n = shards, residency = residency))
}

/// Under hash and geographic sharding, the band under the letters.
pub fn any_letter() -> String {
    t!(CANVAS_ANY_LETTER)
}

/// The badge over a lookup table that is down.
pub fn directory_down() -> String {
    t!(CANVAS_DIRECTORY_DOWN)
}

/// The router's name.
pub fn router() -> String {
    t!(CANVAS_ROUTER)
}

/// The badge of a hot shard.
pub fn hot() -> String {
    t!(CANVAS_HOT)
}

/// The marker of the mean load.
pub fn mean() -> String {
    t!(CANVAS_MEAN)
}

/// The legend of the two bars in each shard row.
pub fn bars() -> [String; 2] {
    [t!(CANVAS_BAR_RECORDS), t!(CANVAS_BAR_LOAD)]
}

/// A load ratio before the meter has enough requests to judge.
pub const NO_RATIO: &str = "—";
/// The badge of a point lookup's row (a message of this crate).
pub const LOOKUP: &str = msg::CANVAS_LOOKUP;
/// The badge of a range scan's rows (a message of this crate).
pub const SCAN: &str = msg::CANVAS_SCAN;

/// A query badge's words, from its message ([`LOOKUP`] or [`SCAN`]).
pub fn badge(id: &'static str) -> String {
    t!((id))
}

/// How the router picks a shard, under its name.
pub fn router_rule(strategy: Strategy, down: bool, workload: Workload) -> String {
    let rule = match strategy {
        Strategy::Range if workload == Workload::Inserts => "id-range",
        Strategy::Range => "name",
        Strategy::Hash => "hash",
        Strategy::Directory if down => "down",
        Strategy::Directory => "lookup",
        Strategy::Geographic => "region",
    };
    t!(CANVAS_ROUTER_RULE, rule = rule)
}

/// The last query's reach, under the router, longest first.
pub fn query_reach(failed: bool, touched: usize, shards: usize) -> [String; 2] {
    if failed {
        [t!(CANVAS_QUERY_FAILED_LONG), t!(CANVAS_QUERY_FAILED_SHORT)]
    } else {
        [
            t!(CANVAS_REACH_LONG, touched = touched, shards = shards),
            t!(CANVAS_REACH_SHORT, touched = touched, shards = shards),
        ]
    }
}

/// The lines of a region's box: its name, its shares of users and traffic (in percent) and
/// its shards.
pub fn region_lines(region: Region, users: f64, traffic: f64, shards: &[usize]) -> [String; 4] {
    let own: Vec<String> = shards.iter().map(|k| (k + 1).to_string()).collect();
    [
        region_label(region).to_string(),
        t!(CANVAS_REGION_USERS, share = dec(users.round(), 0)),
        t!(CANVAS_REGION_TRAFFIC, share = dec(traffic.round(), 0)),
        t!(
            CANVAS_REGION_SHARDS,
            count = own.len(),
            list = own.join(", ")
        ),
    ]
}

/// A shard's name in its row.
pub fn shard_name(shard: usize) -> String {
    t!(SHARD_NAME, shard = shard + 1)
}

/// A shard's record count in its row.
pub fn records_short(records: usize) -> String {
    t!(CANVAS_RECORDS_SHORT, records = records)
}

/// A shard's load in its row.
pub fn load_short(load: f64) -> String {
    load_text(load)
}

/// A shard's load against the mean, or a dash before there is enough traffic to judge.
pub fn row_ratio(ratio: f64, measured: bool) -> String {
    if measured || ratio > 0.0 {
        ratio_text(ratio)
    } else {
        NO_RATIO.to_string()
    }
}

/// A hot shard's ratio beside its HOT badge in a thin row.
pub fn ratio_short(ratio: f64) -> String {
    t!(CANVAS_RATIO_SHORT, ratio = dec(ratio, 2))
}

/// The hot-spot marker's label.
pub fn hot_marker() -> String {
    t!(CANVAS_HOT_MARKER, factor = dec(HOT_FACTOR, 1))
}

/// The records a shard gained and lost in the last move, longest wording first.
pub fn moved_badge(gained: usize, lost: usize) -> [String; 3] {
    let long = match (gained, lost) {
        (0, l) => t!(CANVAS_MOVED_OUT, lost = l),
        (g, 0) => t!(CANVAS_MOVED_IN, gained = g),
        (g, l) => t!(CANVAS_MOVED_BOTH, gained = g, lost = l),
    };
    let short = match (gained, lost) {
        (0, l) => format!("−{l}"),
        (g, 0) => format!("+{g}"),
        (g, l) => format!("+{g} −{l}"),
    };
    let net = if gained >= lost {
        format!("+{}", gained - lost)
    } else {
        format!("−{}", lost - gained)
    };
    [long, short, net]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canvas_words_shorten_in_order() {
        let t = strip_title(Strategy::Hash, 4, false, 0);
        assert!(t.windows(2).all(|w| w[0].len() > w[1].len()));
        assert_eq!(t[2], "hash(id) mod 4");
        assert_eq!(moved_badge(0, 12), ["12 moved out", "−12", "−12"]);
        assert_eq!(moved_badge(30, 5), ["30 in, 5 out", "+30 −5", "+25"]);
        assert_eq!(hot_marker(), "1.5× = hot");
        assert_eq!(row_ratio(0.0, false), "—");
        assert_eq!(row_ratio(1.416, false), "1.42× mean");
        assert_eq!(
            region_lines(Region::EuWest, 30.2, 69.6, &[1]),
            ["EU-West", "30% of users", "70% of traffic", "Shard 2"]
        );
        assert_eq!(query_reach(false, 1, 4), ["1 of 4 shards", "1 of 4"]);
    }
}
