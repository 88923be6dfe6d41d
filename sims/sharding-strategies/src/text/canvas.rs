//! The words drawn on the canvas: the key strip's title, the router, the region boxes, the
//! shard rows, the mean and hot-spot markers, and the moved-records badges. Where room is
//! short, a list of options runs from the longest wording to the shortest.

use dsim_core::sharding::{Strategy, Workload, HOT_FACTOR};

use super::names::region_label;
use super::{load_text, ratio_text};
use dsim_core::sharding::Region;

/// The key strip's title, longest first; `residency` counts EU records outside EU shards.
pub fn strip_title(strategy: Strategy, shards: usize, down: bool, residency: usize) -> [String; 3] {
    let n = shards;
    match strategy {
        Strategy::Range => [
            "Shard key: last name · each shard holds a range of first letters · drag ◆ to move a split".into(),
            "Ranges of last names · drag ◆ to move a split".into(),
            "Name ranges · drag ◆".into(),
        ],
        Strategy::Hash => [
            format!("Shard key: user id · shard = hash(id) mod {n} · every letter is spread over all shards"),
            format!("shard = hash(user id) mod {n} · names spread everywhere"),
            format!("hash(id) mod {n}"),
        ],
        Strategy::Directory if down => [
            "Lookup table (directory): DOWN · no request can be routed".into(),
            "Directory DOWN: nothing routes".into(),
            "Directory DOWN".into(),
        ],
        Strategy::Directory => [
            "Lookup table (directory): first letter of the last name → shard".into(),
            "Lookup table: first letter → shard".into(),
            "Lookup table".into(),
        ],
        Strategy::Geographic => [
            format!("Shard key: region · EU records outside EU shards: {residency}"),
            format!("By region · EU records outside EU: {residency}"),
            format!("EU outside EU: {residency}"),
        ],
    }
}

/// Under hash and geographic sharding, the band under the letters.
pub const ANY_LETTER: &str = "any letter → any shard";
/// The badge over a lookup table that is down.
pub const DIRECTORY_DOWN: &str = "DIRECTORY DOWN";
/// The router's name.
pub const ROUTER: &str = "Router";
/// The badge of a hot shard.
pub const HOT: &str = "HOT";
/// The marker of the mean load.
pub const MEAN: &str = "mean";
/// The legend of the two bars in each shard row.
pub const BARS: [&str; 2] = ["records", "load"];
/// A load ratio before the meter has enough requests to judge.
pub const NO_RATIO: &str = "—";
/// The badge of a point lookup's row.
pub const LOOKUP: &str = "LOOKUP";
/// The badge of a range scan's rows.
pub const SCAN: &str = "SCAN";

/// How the router picks a shard, under its name.
pub fn router_rule(strategy: Strategy, down: bool, workload: Workload) -> &'static str {
    match strategy {
        Strategy::Range if workload == Workload::Inserts => "by id range",
        Strategy::Range => "by name",
        Strategy::Hash => "hash mod N",
        Strategy::Directory if down => "lookups fail",
        Strategy::Directory => "lookup",
        Strategy::Geographic => "by region",
    }
}

/// The last query's reach, under the router, longest first.
pub fn query_reach(failed: bool, touched: usize, shards: usize) -> [String; 2] {
    if failed {
        ["query failed".to_string(), "failed".to_string()]
    } else {
        [
            format!("{touched} of {shards} shards"),
            format!("{touched} of {shards}"),
        ]
    }
}

/// The lines of a region's box: its name, its shares of users and traffic (in percent) and
/// its shards.
pub fn region_lines(region: Region, users: f64, traffic: f64, shards: &[usize]) -> [String; 4] {
    let own: Vec<String> = shards.iter().map(|k| (k + 1).to_string()).collect();
    [
        region_label(region).to_string(),
        format!("{}% of users", users.round()),
        format!("{}% of traffic", traffic.round()),
        format!(
            "Shard{} {}",
            if own.len() == 1 { "" } else { "s" },
            own.join(", ")
        ),
    ]
}

/// A shard's name in its row.
pub fn shard_name(shard: usize) -> String {
    format!("Shard {}", shard + 1)
}

/// A shard's record count in its row.
pub fn records_short(records: usize) -> String {
    format!("{records} rec")
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
    format!("{ratio:.2}×")
}

/// The hot-spot marker's label.
pub fn hot_marker() -> String {
    format!("{HOT_FACTOR}× = hot")
}

/// The records a shard gained and lost in the last move, longest wording first.
pub fn moved_badge(gained: usize, lost: usize) -> [String; 3] {
    let long = match (gained, lost) {
        (0, l) => format!("{l} moved out"),
        (g, 0) => format!("{g} moved in"),
        (g, l) => format!("{g} in, {l} out"),
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
