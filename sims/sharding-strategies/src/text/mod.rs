//! The words and numbers the sim shows: per-shard readouts, the load summary, the scans a
//! student can run, the start narration and the scorecard's evidence; the narration of every
//! outcome is in [`narration`] and the names of things in [`names`]. Pure functions of the
//! model, so they are tested natively.

pub mod canvas;
pub mod names;
pub mod narration;
pub mod workload;

use dsim_core::sharding::{
    LetterRange, MoveCause, Query, Region, ScanRange, Scorecard, ShardingSim, Strategy, Workload,
    HOT_FACTOR, HOT_KEY_PERCENT, INSERT_SAMPLE, MIN_HOT_SAMPLES, SCORE_SAMPLE, STANDARD_NAME_SCAN,
    STANDARD_SCAN_YEAR,
};
use dsim_ui::format::{percent_of as percent, thousands};

use names::{how_it_works, ranges_label, shard_key_field, strategy_lower, strengths, weaknesses};
pub use names::{letters_text, range_label, region_label, short_name, strategy_label};
pub use narration::{narrate, PAUSED};

/// A load ratio as shown beside each shard: `1.42× mean`.
pub fn ratio_text(ratio: f64) -> String {
    format!("{ratio:.2}× mean")
}

/// A load in requests per second: one decimal below 100, whole numbers above.
pub fn load_text(load: f64) -> String {
    let decimals = if load < 100.0 { 1 } else { 0 };
    format!("{load:.decimals$} req/s")
}

/// What shard `shard` holds under the current strategy, briefly: `A–G`, `mod 4 = 0`,
/// `B, M, T`, `EU-West`; under range sharding with new sign-ups, the ids it takes inserts
/// for (`ids 1–250`, `ids 751+`), since those are routed by id.
pub fn shard_key(sim: &ShardingSim, shard: usize) -> String {
    match sim.strategy() {
        Strategy::Range if sim.range_keyed_on_id() => sim
            .insert_id_ranges()
            .iter()
            .find(|r| r.shard == shard)
            .map(workload::id_range_label)
            .unwrap_or_default(),
        Strategy::Range => sim
            .ranges()
            .iter()
            .find(|r| r.shard == shard)
            .map(|r| range_label(r.letters))
            .unwrap_or_default(),
        Strategy::Hash => format!("mod {} = {shard}", sim.shard_count()),
        Strategy::Directory => {
            let letters: Vec<u8> = (0..26u8)
                .filter(|&l| sim.directory().get(l as usize) == Some(&shard))
                .collect();
            if letters.is_empty() {
                "no letters".to_string()
            } else {
                letters_text(&letters)
            }
        }
        Strategy::Geographic => {
            let regions: Vec<&str> = sim
                .shard_regions(shard)
                .iter()
                .map(|&r| region_label(r))
                .collect();
            regions.join(" + ")
        }
    }
}

/// The state in a sentence or two, for the screen summary.
pub fn state_summary(sim: &ShardingSim, meter: &Meter, playing: bool) -> String {
    let c = sim.config();
    format!(
        "{} sharding over {} shards, {} records, {} requests per second, {}. {}",
        strategy_label(c.strategy),
        c.shards,
        thousands(c.records),
        c.rate,
        if playing { "playing" } else { "paused" },
        load_summary(meter)
    )
}

/// The canvas's accessible description; under range sharding with new sign-ups the strip
/// shows the user-id axis instead of the surname letters.
pub fn canvas_label(sim: &ShardingSim) -> String {
    let (strategy, shards) = (sim.strategy(), sim.shard_count());
    if strategy == Strategy::Range && sim.workload() == Workload::Inserts {
        return workload::id_axis_label(sim);
    }
    format!(
        "A router on the left sends each request to one of {shards} shards under {} sharding. Each shard row shows the records it holds and its load; the strip at the top shows {}.",
        strategy_lower(strategy),
        match strategy {
            Strategy::Geographic => "the three regions",
            Strategy::Directory => "the lookup table from first letter to shard",
            _ => "how many surnames start with each letter",
        }
    )
}

/// The label of a shard's overlay button.
pub fn shard_button(sim: &ShardingSim, meter: &Meter, shard: usize) -> String {
    format!("{}. Press to hear it.", shard_line(sim, meter, shard))
}

/// The narration when a shard's overlay button is pressed.
pub fn shard_info(sim: &ShardingSim, shard: usize) -> String {
    let records = sim.record_counts().get(shard).copied().unwrap_or(0);
    format!(
        "{}. It holds {} of all records.",
        shard_line(sim, &Meter::read(sim), shard),
        percent(records, sim.records().len())
    )
}

/// The narration after Reset.
pub fn reset_text(sim: &ShardingSim) -> String {
    format!("Reset. {}", start_text(sim))
}

/// Traffic presets for geographic sharding: (label, weights of US-East, EU-West and APAC).
pub const TRAFFIC_PRESETS: [(&str, [u32; 3]); 2] = [
    ("Like users (50/30/20)", [50, 30, 20]),
    ("EU peak (20/70/10)", [20, 70, 10]),
];

/// The last-query line once a layout change has made the last query stale.
pub const QUERY_STALE: &str = "Last query: none since the layout changed";

/// The name of the layout tab under each strategy.
pub fn layout_tab(strategy: Strategy) -> &'static str {
    match strategy {
        Strategy::Range => "Splits",
        Strategy::Hash => "Hashing",
        Strategy::Directory => "Directory",
        Strategy::Geographic => "Regions",
    }
}

/// A strategy's row name in the records-moved table.
pub fn moves_row_name(strategy: Strategy) -> &'static str {
    match strategy {
        Strategy::Hash => "Hash (mod N)",
        s => strategy_label(s),
    }
}

/// The hashing tab's explanation for `shards` shards.
pub fn hash_layout(shards: usize) -> String {
    format!("shard = xxh32(user id) mod {shards}. The hash ignores the name, so every letter, and every surname range, is spread over all {shards} shards: loads are even, but a range scan must ask every shard.")
}

/// The load meter, read once per render: what every readout of that render shares.
#[derive(Debug, Clone, PartialEq)]
pub struct Meter {
    /// Requests per second per shard.
    pub loads: Vec<f64>,
    /// Each load divided by the mean load (0 when nothing was served).
    pub ratios: Vec<f64>,
    /// The hot spots.
    pub hot: Vec<usize>,
    /// The mean load per shard.
    pub mean: f64,
    /// Requests in the window, routed or failed.
    pub window: usize,
}

impl Meter {
    /// Reads the model's meter.
    pub fn read(sim: &ShardingSim) -> Self {
        let loads = sim.loads();
        let mean = loads.iter().sum::<f64>() / loads.len().max(1) as f64;
        let ratios = loads
            .iter()
            .map(|l| if mean > 0.0 { l / mean } else { 0.0 })
            .collect();
        Meter {
            ratios,
            loads,
            hot: sim.hot_shards(),
            mean,
            window: sim.window_requests(),
        }
    }

    /// Whether the window holds enough requests for ratios and hot spots to mean something.
    pub fn measured(&self) -> bool {
        self.window >= MIN_HOT_SAMPLES
    }

    /// Whether `shard` is a hot spot.
    pub fn is_hot(&self, shard: usize) -> bool {
        self.hot.contains(&shard)
    }
}

/// One shard's readout: `Shard 1 (A–G): 351 records, 14.2 req/s, 1.42× mean, HOT`.
pub fn shard_line(sim: &ShardingSim, meter: &Meter, shard: usize) -> String {
    let records = sim.record_counts().get(shard).copied().unwrap_or(0);
    let load = meter.loads.get(shard).copied().unwrap_or(0.0);
    let ratio = meter.ratios.get(shard).copied().unwrap_or(0.0);
    let hot = if meter.is_hot(shard) {
        format!(", HOT (over {HOT_FACTOR}× the mean)")
    } else {
        String::new()
    };
    format!(
        "Shard {} ({}): {} records, {}, {}{hot}{}",
        shard + 1,
        shard_key(sim, shard),
        thousands(records),
        load_text(load),
        ratio_text(ratio),
        workload::inserted_suffix(sim, shard)
    )
}

/// The shard serving the most load (the first of equals), with its ratio to the mean.
pub fn busiest(meter: &Meter) -> Option<(usize, f64)> {
    meter
        .ratios
        .iter()
        .copied()
        .enumerate()
        .fold(None, |best: Option<(usize, f64)>, (i, r)| match best {
            Some((_, b)) if b >= r => best,
            _ => Some((i, r)),
        })
        .filter(|(_, r)| *r > 0.0)
}

/// The load summary line: mean load, the busiest shard and the hot spots.
pub fn load_summary(meter: &Meter) -> String {
    if meter.window == 0 {
        return "No requests in the last 5 s: press Play or One request.".to_string();
    }
    let mean = format!("Mean load {} per shard", load_text(meter.mean));
    let busiest = match busiest(meter) {
        Some((s, r)) => format!("busiest Shard {} at {}", s + 1, ratio_text(r)),
        None => "no shard served a request".to_string(),
    };
    let hot = if !meter.measured() {
        "too few requests to call hot spots".to_string()
    } else if meter.hot.is_empty() {
        format!("hot spots (over {HOT_FACTOR}×): none")
    } else {
        let names: Vec<String> = meter
            .hot
            .iter()
            .map(|s| format!("Shard {}", s + 1))
            .collect();
        format!("HOT (over {HOT_FACTOR}×): {}", names.join(", "))
    };
    format!("{mean} · {busiest} · {hot}")
}

/// The residency check line, for `violations` EU records stored outside EU-West.
pub fn residency_text(violations: usize) -> String {
    format!("EU records outside EU shards: {}", thousands(violations))
}

/// The range scans offered in the scan menu: (menu label, short label, query).
pub fn scans() -> Vec<(&'static str, &'static str, Query)> {
    let names = |from: u8, to: u8| Query::RangeScan {
        range: ScanRange::Names(LetterRange::new(from, to)),
        region: None,
    };
    vec![
        (
            "Surnames C–F",
            "C–F",
            names(STANDARD_NAME_SCAN.from, STANDARD_NAME_SCAN.to),
        ),
        ("Surnames A–M", "A–M", names(0, 12)),
        ("Surnames S", "S", names(18, 18)),
        (
            "Signed up in 2020",
            "2020 signups",
            Query::RangeScan {
                range: ScanRange::signup_year(STANDARD_SCAN_YEAR),
                region: None,
            },
        ),
        (
            "EU-West users signed up in 2020",
            "EU 2020 signups",
            Query::RangeScan {
                range: ScanRange::signup_year(STANDARD_SCAN_YEAR),
                region: Some(Region::EuWest),
            },
        ),
    ]
}

/// The last query's result, briefly: `Range scan C–F: 1 of 4 shards touched`.
pub fn query_result(sim: &ShardingSim, short_label: &str) -> String {
    let Some(q) = sim.last_query() else {
        return "Last query: none yet".to_string();
    };
    let n = sim.shard_count();
    match q.query {
        Query::PointLookup(_) if q.failed => {
            "Point lookup failed: the directory is down (0 shards reached)".to_string()
        }
        Query::PointLookup(_) => match (q.user, q.shards.first()) {
            (Some(u), Some(s)) => format!(
                "Point lookup of {} #{}: 1 of {n} shards touched (Shard {})",
                u.last_name,
                u.id,
                s + 1
            ),
            _ => "Point lookup found no user".to_string(),
        },
        Query::RangeScan { .. } if q.failed => {
            format!("Range scan {short_label} failed: the directory is down")
        }
        Query::RangeScan { .. } => {
            let names: Vec<String> = q.shards.iter().map(|s| (s + 1).to_string()).collect();
            format!(
                "Range scan {short_label}: {} of {n} shards touched (Shard{} {}), {} records",
                q.shards.len(),
                if q.shards.len() == 1 { "" } else { "s" },
                names.join(", "),
                thousands(q.records)
            )
        }
    }
}

/// The opening narration: the layout and where the load piles up.
pub fn start_text(sim: &ShardingSim) -> String {
    let s = sim.strategy();
    let n = sim.shard_count();
    let total = sim.records().len();
    let field = if sim.range_keyed_on_id() {
        "user id"
    } else {
        shard_key_field(s)
    };
    let head = format!(
        "{} sharding on {field}: {n} shards, {} users.",
        strategy_label(s),
        thousands(total)
    );
    let counts = sim.record_counts();
    let (most, least) = extremes(counts);
    let share = |i: usize| percent(counts.get(i).copied().unwrap_or(0), total);
    let skew = match (s, busiest(&Meter::read(sim))) {
        (Strategy::Range, Some((b, r))) if sim.workload() != Workload::Inserts => format!(
            " Surnames are skewed: Shard {} ({}) holds {} of users and serves {r:.2}× the mean load; Shard {} ({}) holds {}.",
            b + 1,
            shard_key(sim, b),
            share(b),
            least + 1,
            shard_key(sim, least),
            share(least)
        ),
        (_, Some((b, r))) => format!(
            " The busiest shard, Shard {} ({}), serves {r:.2}× the mean load; the fullest, Shard {}, holds {} of users.",
            b + 1,
            shard_key(sim, b),
            most + 1,
            share(most)
        ),
        (_, None) => String::new(),
    };
    format!("{head}{skew} Press Play.")
}

fn extremes(counts: &[usize]) -> (usize, usize) {
    let most = counts
        .iter()
        .enumerate()
        .max_by_key(|(i, &c)| (c, std::cmp::Reverse(*i)))
        .map_or(0, |(i, _)| i);
    let least = counts
        .iter()
        .enumerate()
        .min_by_key(|(i, &c)| (c, *i))
        .map_or(0, |(i, _)| i);
    (most, least)
}

/// The heading of the records-moved table: what the numbers are about.
pub fn moves_caption(sim: &ShardingSim) -> String {
    match sim.last_moves().map(|m| m.cause) {
        Some(MoveCause::AddShard(s)) => format!(
            "Adding Shard {} moved (of {} records):",
            s + 1,
            thousands(sim.records().len())
        ),
        Some(MoveCause::RemoveShard(s)) => format!(
            "Removing Shard {} moved (of {} records):",
            s + 1,
            thousands(sim.records().len())
        ),
        _ if sim.shard_count() < dsim_core::sharding::MAX_SHARDS => format!(
            "Adding Shard {} now would move (of {}):",
            sim.shard_count() + 1,
            thousands(sim.records().len())
        ),
        _ => "8 shards is the most; remove one to compare again.".to_string(),
    }
}

/// Records moved per strategy (in [`Strategy::ALL`] order) for the moves table: the last add
/// or remove, or else what adding a shard now would move.
pub fn moves_row(sim: &ShardingSim, cards: &[Scorecard]) -> Option<[usize; 4]> {
    match sim.last_moves() {
        Some(m) if matches!(m.cause, MoveCause::AddShard(_) | MoveCause::RemoveShard(_)) => {
            Some(m.moved)
        }
        _ => {
            let mut out = [0usize; 4];
            for (slot, card) in out.iter_mut().zip(cards) {
                *slot = card.moved_on_add?;
            }
            (cards.len() == 4).then_some(out)
        }
    }
}

/// The scorecard for one strategy: the chapter's three columns, each with what was measured.
pub struct Evidence {
    /// "How it works" and the layout now.
    pub how: String,
    /// The chapter's strength and the number that shows it.
    pub strength: String,
    /// The chapter's weakness and the number that shows it.
    pub weakness: String,
    /// Every number measured, in one line.
    pub numbers: String,
}

/// The evidence behind a strategy's row of the chapter's table.
pub fn evidence(sim: &ShardingSim, card: &Scorecard) -> Evidence {
    let s = card.strategy;
    let n = card.shards;
    let moved = card
        .moved_on_add
        .map(|m| format!("{} ({})", thousands(m), percent(m, card.total_records)));
    let (strength, weakness) = strength_and_weakness(sim, card);
    let numbers = format!(
        "Measured: load max {:.2}×, records max {:.2}× mean · {} scan {}/{n} shards · {STANDARD_SCAN_YEAR} scan {}/{n} · add moves {} · EU outside EU {}",
        card.load.max_over_mean,
        card.records.max_over_mean,
        range_label(STANDARD_NAME_SCAN),
        card.name_scan_shards,
        card.date_scan_shards,
        moved.unwrap_or_else(|| "—".to_string()),
        thousands(card.residency_violations)
    );
    Evidence {
        how: format!("{}; {}.", how_it_works(s), layout_here(sim, s, n)),
        strength: format!("{}: {strength}.", strengths(s)),
        weakness: format!("{}: {weakness}.", weaknesses(s)),
        numbers,
    }
}

/// The strategy's layout now, after the chapter's "How it works".
fn layout_here(sim: &ShardingSim, s: Strategy, n: usize) -> String {
    match s {
        Strategy::Range if sim.range_keyed_on_id() => {
            let r: Vec<String> = sim
                .insert_id_ranges()
                .iter()
                .map(workload::id_range_label)
                .collect();
            format!("here on the user id: {}", r.join(", "))
        }
        Strategy::Range => {
            let r: Vec<LetterRange> = sim.ranges().iter().map(|r| r.letters).collect();
            format!("here: {}", ranges_label(&r))
        }
        Strategy::Hash => format!("here: xxh32(user id) mod {n}"),
        Strategy::Directory => "here: a 26-entry table, first letter → shard".to_string(),
        Strategy::Geographic => {
            let parts: Vec<String> = Region::ALL
                .iter()
                .map(|&r| {
                    let k = sim.shard_homes().iter().filter(|h| **h == r).count();
                    format!("{k} in {}", region_label(r))
                })
                .collect();
            format!("here: shards {}", parts.join(", "))
        }
    }
}

/// The measured numbers behind the chapter's strength and weakness of `card`'s strategy.
fn strength_and_weakness(sim: &ShardingSim, card: &Scorecard) -> (String, String) {
    let total = card.total_records;
    let moved_text = card
        .moved_on_add
        .map_or("no shard can be added".to_string(), |m| {
            format!("adding a shard moves {} of records", percent(m, total))
        });
    let scan = format!(
        "a {} scan touches {} of {} shards",
        range_label(STANDARD_NAME_SCAN),
        card.name_scan_shards,
        card.shards
    );
    let load = format!(
        "busiest shard {:.2}× the mean load",
        card.load.max_over_mean
    );
    let fullest = card.records.max_over_mean;
    let hot_key = format!(
        "one key taking {HOT_KEY_PERCENT} % of requests: {:.2}×",
        card.hot_key_load.max_over_mean
    );
    match card.strategy {
        Strategy::Range => (
            scan,
            format!(
                "{load}, fullest {fullest:.2}× the mean records; on an increasing key, {} of {} inserts hit the last shard",
                thousands(card.insert_load.counts.last().copied().unwrap_or(0)),
                thousands(INSERT_SAMPLE)
            ),
        ),
        Strategy::Hash => (
            format!("{load}; {hot_key}"),
            format!("{scan}; {moved_text}"),
        ),
        Strategy::Directory => (
            format!(
                "balanced by record count (fullest shard {fullest:.2}× the mean); {moved_text}"
            ),
            if card.failed_requests > 0 {
                format!(
                    "the directory is down: {} of {} requests fail",
                    thousands(card.failed_requests),
                    thousands(SCORE_SAMPLE)
                )
            } else {
                "every request asks the table first: if it is down, all fail (try Fail directory)"
                    .to_string()
            },
        ),
        Strategy::Geographic => (
            residency_text(card.residency_violations),
            format!(
                "{load}; regions hold {} of users",
                region_shares(sim).join(" / ")
            ),
        ),
    }
}

fn region_shares(sim: &ShardingSim) -> Vec<String> {
    let counts = sim.dataset().region_counts();
    let total = sim.records().len();
    Region::ALL
        .iter()
        .map(|&r| format!("{} {}", region_label(r), percent(counts[r.index()], total)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsim_core::sharding::{ShardingConfig, ShardingEvent, DEFAULT_RATE, WINDOW_MS};

    fn sim(strategy: Strategy, shards: usize) -> ShardingSim {
        let mut s = ShardingSim::new(
            ShardingConfig::new(1_000, shards, strategy, DEFAULT_RATE),
            42,
        );
        s.advance(WINDOW_MS);
        s
    }

    #[test]
    fn numbers_read_naturally() {
        assert_eq!(ratio_text(1.4166), "1.42× mean");
        assert_eq!(load_text(9.84), "9.8 req/s");
        assert_eq!(load_text(142.4), "142 req/s");
    }

    #[test]
    fn shard_keys_follow_the_strategy() {
        assert_eq!(shard_key(&sim(Strategy::Range, 4), 0), "A–G");
        assert_eq!(shard_key(&sim(Strategy::Hash, 4), 2), "mod 4 = 2");
        assert_eq!(shard_key(&sim(Strategy::Geographic, 4), 1), "EU-West");
        assert_eq!(
            shard_key(&sim(Strategy::Geographic, 2), 0),
            "US-East + APAC"
        );
        let d = sim(Strategy::Directory, 4);
        let all: usize = (0..4).map(|s| shard_key(&d, s).split(", ").count()).sum();
        assert!(all >= 4);
    }

    #[test]
    fn the_default_range_layout_points_at_the_skew() {
        let s = sim(Strategy::Range, 4);
        let text = start_text(&s);
        assert!(text.starts_with("Range-based sharding on last name: 4 shards, 1,000 users."));
        assert!(
            text.contains("Surnames are skewed: Shard 1 (A–G)"),
            "{text}"
        );
        assert!(text.contains("; Shard 4 (U–Z) holds"), "{text}");
        let meter = Meter::read(&s);
        let line = shard_line(&s, &meter, 0);
        assert!(line.starts_with("Shard 1 (A–G): "), "{line}");
        assert!(line.contains("× mean"), "{line}");
        let summary = load_summary(&meter);
        assert!(summary.starts_with("Mean load "), "{summary}");
        assert!(summary.contains("busiest Shard 1 at "), "{summary}");
    }

    #[test]
    fn queries_report_the_shards_touched() {
        let mut s = sim(Strategy::Range, 4);
        assert!(query_result(&s, "C–F").starts_with("Last query: none"));
        let (_, short, q) = scans()[0];
        s.apply(ShardingEvent::Query(q));
        assert!(
            query_result(&s, short).starts_with("Range scan C–F: 1 of 4 shards touched (Shard 1)"),
            "{}",
            query_result(&s, short)
        );
        s.apply(ShardingEvent::SetStrategy(Strategy::Hash));
        s.apply(ShardingEvent::Query(q));
        assert!(query_result(&s, short).starts_with("Range scan C–F: 4 of 4 shards touched"));
        s.apply(ShardingEvent::Query(Query::PointLookup(Some(5))));
        assert!(query_result(&s, short).contains(": 1 of 4 shards touched (Shard "));
    }

    #[test]
    fn the_moves_table_predicts_then_reports() {
        let mut s = sim(Strategy::Range, 4);
        assert_eq!(
            moves_caption(&s),
            "Adding Shard 5 now would move (of 1,000):"
        );
        let predicted = moves_row(&s, &s.scorecards());
        s.apply(ShardingEvent::AddShard);
        assert_eq!(
            moves_caption(&s),
            "Adding Shard 5 moved (of 1,000 records):"
        );
        let report = moves_row(&s, &s.scorecards());
        assert_eq!(
            predicted, report,
            "the prediction is what the add then moves"
        );
        let moved = report.unwrap_or_default();
        assert!(moved[1] > moved[0] && moved[1] > moved[2], "{moved:?}");
    }

    #[test]
    fn every_scorecard_cites_its_numbers() {
        let s = sim(Strategy::Range, 4);
        for card in s.scorecards() {
            let e = evidence(&s, &card);
            assert!(e.how.starts_with(how_it_works(card.strategy)));
            assert!(e.strength.starts_with(strengths(card.strategy)));
            assert!(e.weakness.starts_with(weaknesses(card.strategy)));
            assert!(e.numbers.starts_with("Measured: load max "));
        }
        let geo = evidence(&s, &s.scorecard(Strategy::Geographic));
        assert!(geo.strength.contains("EU records outside EU shards: 0"));
        let range = evidence(&s, &s.scorecard(Strategy::Range));
        assert!(range.strength.contains("a C–F scan touches 1 of 4 shards"));
        assert!(
            range
                .weakness
                .contains("1,000 of 1,000 inserts hit the last shard"),
            "{}",
            range.weakness
        );
        let hash = evidence(&s, &s.scorecard(Strategy::Hash));
        assert!(hash.strength.starts_with(
            "No hot spots from key-range skew; a single hot key is still hot: busiest shard"
        ));
        assert!(hash
            .strength
            .contains("one key taking 30 % of requests: 1.9"));
    }
}
