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
use dsim_ui::format::percent_of as percent;
use dsim_ui::i18n::{dec, grouped, yes_no};

use crate::msg::{self, t};
pub use names::{letters_text, range_label, region_label, strategy_label, strategy_text};
use names::{ranges_label, shard_key_field};
pub use narration::{narrate, paused};

/// A load ratio as shown beside each shard: `1.42× mean`.
pub fn ratio_text(ratio: f64) -> String {
    t!(RATIO_MEAN, ratio = dec(ratio, 2))
}

/// A load in requests per second: one decimal below 100, whole numbers above.
pub fn load_text(load: f64) -> String {
    let decimals = if load < 100.0 { 1 } else { 0 };
    t!(LOAD_RATE, load = dec(load, decimals))
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
        Strategy::Hash => t!(KEY_HASH, n = sim.shard_count(), shard = shard),
        Strategy::Directory => {
            let letters: Vec<u8> = (0..26u8)
                .filter(|&l| sim.directory().get(l as usize) == Some(&shard))
                .collect();
            if letters.is_empty() {
                t!(KEY_NO_LETTERS)
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
    let state = t!(
        SUMMARY,
        strategy = c.strategy.key(),
        shards = c.shards,
        records = grouped(c.records),
        rate = c.rate,
        state = if playing { "playing" } else { "paused" }
    );
    format!("{state} {}", load_summary(meter))
}

/// The canvas's accessible description; under range sharding with new sign-ups the strip
/// shows the user-id axis instead of the surname letters.
pub fn canvas_label(sim: &ShardingSim) -> String {
    let (strategy, shards) = (sim.strategy(), sim.shard_count());
    if strategy == Strategy::Range && sim.workload() == Workload::Inserts {
        return workload::id_axis_label(sim);
    }
    t!(CANVAS_LABEL, shards = shards, strategy = strategy.key())
}

/// The label of a shard's overlay button.
pub fn shard_button(sim: &ShardingSim, meter: &Meter, shard: usize) -> String {
    t!(SHARD_BUTTON, line = shard_line(sim, meter, shard))
}

/// The narration when a shard's overlay button is pressed.
pub fn shard_info(sim: &ShardingSim, shard: usize) -> String {
    let records = sim.record_counts().get(shard).copied().unwrap_or(0);
    t!(
        SHARD_INFO,
        line = shard_line(sim, &Meter::read(sim), shard),
        share = percent(records, sim.records().len())
    )
}

/// The narration after Reset.
pub fn reset_text(sim: &ShardingSim) -> String {
    format!("{} {}", t!(RESET_DONE), start_text(sim))
}

/// Traffic presets for geographic sharding: (label's message, weights of US-East, EU-West and
/// APAC).
pub const TRAFFIC_PRESETS: [(&str, [u32; 3]); 2] = [
    (msg::PRESET_LIKE_USERS, [50, 30, 20]),
    (msg::PRESET_EU_PEAK, [20, 70, 10]),
];

/// A traffic preset's label, from its message in [`TRAFFIC_PRESETS`].
pub fn preset_label(id: &'static str) -> String {
    t!((id))
}

/// The last-query line once a layout change has made the last query stale.
pub fn query_stale() -> String {
    t!(QUERY_STALE)
}

/// The name of the layout tab under each strategy.
pub fn layout_tab(strategy: Strategy) -> String {
    t!(TAB_LAYOUT, strategy = strategy.key())
}

/// A strategy's row name in the records-moved table.
pub fn moves_row_name(strategy: Strategy) -> String {
    t!(MOVES_ROW_NAME, strategy = strategy.key())
}

/// The hashing tab's explanation for `shards` shards.
pub fn hash_layout(shards: usize) -> String {
    t!(HASH_LAYOUT, shards = shards)
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
    t!(
        SHARD_LINE,
        shard = shard + 1,
        key = shard_key(sim, shard),
        records = grouped(records),
        load = load_text(load),
        ratio = ratio_text(ratio),
        hot = yes_no(meter.is_hot(shard)),
        factor = dec(HOT_FACTOR, 1),
        inserted = workload::inserted_suffix(sim, shard)
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
        return t!(SUMMARY_NO_REQUESTS);
    }
    let mean = t!(SUMMARY_MEAN, load = load_text(meter.mean));
    let busiest = match busiest(meter) {
        Some((s, r)) => t!(SUMMARY_BUSIEST, shard = s + 1, ratio = ratio_text(r)),
        None => t!(SUMMARY_NO_BUSIEST),
    };
    let factor = dec(HOT_FACTOR, 1);
    let hot = if !meter.measured() {
        t!(SUMMARY_UNMEASURED)
    } else if meter.hot.is_empty() {
        t!(SUMMARY_NO_HOT, factor = factor)
    } else {
        let names: Vec<String> = meter.hot.iter().map(|&s| canvas::shard_name(s)).collect();
        t!(SUMMARY_HOT, factor = factor, list = names.join(", "))
    };
    format!("{mean} · {busiest} · {hot}")
}

/// The residency check line, for `violations` EU records stored outside EU-West.
pub fn residency_text(violations: usize) -> String {
    t!(RESIDENCY, violations = grouped(violations))
}

/// The range scans offered in the scan menu: (menu label's message, short label's message,
/// query); [`scan_words`] renders a label.
pub fn scans() -> Vec<(&'static str, &'static str, Query)> {
    let names = |from: u8, to: u8| Query::RangeScan {
        range: ScanRange::Names(LetterRange::new(from, to)),
        region: None,
    };
    vec![
        (
            msg::SCAN_MENU_C_F,
            msg::SCAN_SHORT_C_F,
            names(STANDARD_NAME_SCAN.from, STANDARD_NAME_SCAN.to),
        ),
        (msg::SCAN_MENU_A_M, msg::SCAN_SHORT_A_M, names(0, 12)),
        (msg::SCAN_MENU_S, msg::SCAN_SHORT_S, names(18, 18)),
        (
            msg::SCAN_MENU_2020,
            msg::SCAN_SHORT_2020,
            Query::RangeScan {
                range: ScanRange::signup_year(STANDARD_SCAN_YEAR),
                region: None,
            },
        ),
        (
            msg::SCAN_MENU_EU_2020,
            msg::SCAN_SHORT_EU_2020,
            Query::RangeScan {
                range: ScanRange::signup_year(STANDARD_SCAN_YEAR),
                region: Some(Region::EuWest),
            },
        ),
    ]
}

/// A scan's label from its message in [`scans`]; nothing for no message.
pub fn scan_words(id: &'static str) -> String {
    if id.is_empty() {
        String::new()
    } else {
        t!((id))
    }
}

/// The last query's result, briefly: `Range scan C–F: 1 of 4 shards touched`; `short_label`
/// is the scan's short label's message (see [`scans`]).
pub fn query_result(sim: &ShardingSim, short_label: &'static str) -> String {
    let Some(q) = sim.last_query() else {
        return t!(QUERY_NONE);
    };
    let n = sim.shard_count();
    let scan = scan_words(short_label);
    match q.query {
        Query::PointLookup(_) if q.failed => t!(QUERY_LOOKUP_FAILED),
        Query::PointLookup(_) => match (q.user, q.shards.first()) {
            (Some(u), Some(s)) => t!(
                QUERY_LOOKUP,
                name = u.last_name,
                id = u.id,
                shards = n,
                shard = s + 1
            ),
            _ => t!(QUERY_LOOKUP_MISSING),
        },
        Query::RangeScan { .. } if q.failed => t!(QUERY_SCAN_FAILED, scan = scan),
        Query::RangeScan { .. } => {
            let names: Vec<String> = q.shards.iter().map(|s| (s + 1).to_string()).collect();
            t!(
                QUERY_SCAN,
                scan = scan,
                touched = q.shards.len(),
                shards = n,
                list = names.join(", "),
                records = grouped(q.records)
            )
        }
    }
}

/// The opening narration: the layout and where the load piles up.
pub fn start_text(sim: &ShardingSim) -> String {
    let s = sim.strategy();
    let total = sim.records().len();
    let head = t!(
        START_HEAD,
        strategy = s.key(),
        field = shard_key_field(s, sim.range_keyed_on_id()),
        shards = sim.shard_count(),
        users = grouped(total)
    );
    let counts = sim.record_counts();
    let (most, least) = extremes(counts);
    let share = |i: usize| percent(counts.get(i).copied().unwrap_or(0), total);
    let skew = match (s, busiest(&Meter::read(sim))) {
        (Strategy::Range, Some((b, r))) if sim.workload() != Workload::Inserts => t!(
            START_SKEW_RANGE,
            busiest = b + 1,
            busiest_key = shard_key(sim, b),
            busiest_share = share(b),
            ratio = dec(r, 2),
            least = least + 1,
            least_key = shard_key(sim, least),
            least_share = share(least)
        ),
        (_, Some((b, r))) => t!(
            START_SKEW,
            busiest = b + 1,
            key = shard_key(sim, b),
            ratio = dec(r, 2),
            fullest = most + 1,
            share = share(most)
        ),
        (_, None) => return format!("{head} {}", t!(START_PRESS_PLAY)),
    };
    format!("{head} {skew} {}", t!(START_PRESS_PLAY))
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
    let records = grouped(sim.records().len());
    match sim.last_moves().map(|m| m.cause) {
        Some(MoveCause::AddShard(s)) => t!(MOVES_ADDED, shard = s + 1, records = records),
        Some(MoveCause::RemoveShard(s)) => t!(MOVES_REMOVED, shard = s + 1, records = records),
        _ if sim.shard_count() < dsim_core::sharding::MAX_SHARDS => t!(
            MOVES_PREDICTED,
            shard = sim.shard_count() + 1,
            records = records
        ),
        _ => t!(MOVES_AT_MOST, shards = dsim_core::sharding::MAX_SHARDS),
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
    let moved = card.moved_on_add.map(|m| {
        t!(
            EVIDENCE_MOVED,
            moved = grouped(m),
            share = percent(m, card.total_records)
        )
    });
    let (strength, weakness) = strength_and_weakness(sim, card);
    let claim = |column, evidence| {
        t!(
            EVIDENCE_CLAIM,
            claim = strategy_text(s, column),
            evidence = evidence
        )
    };
    let numbers = t!(
        EVIDENCE_NUMBERS,
        load = dec(card.load.max_over_mean, 2),
        records = dec(card.records.max_over_mean, 2),
        range = range_label(STANDARD_NAME_SCAN),
        name_scan = card.name_scan_shards,
        shards = n,
        year = STANDARD_SCAN_YEAR,
        date_scan = card.date_scan_shards,
        moved = moved.unwrap_or_else(|| "—".to_string()),
        residency = grouped(card.residency_violations)
    );
    Evidence {
        how: t!(
            EVIDENCE_HOW,
            how = strategy_text(s, msg::HOW_IT_WORKS),
            layout = layout_here(sim, s, n)
        ),
        strength: claim(msg::STRENGTHS, strength),
        weakness: claim(msg::WEAKNESSES, weakness),
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
            t!(LAYOUT_HERE_ID, ranges = r.join(", "))
        }
        Strategy::Range => {
            let r: Vec<LetterRange> = sim.ranges().iter().map(|r| r.letters).collect();
            t!(LAYOUT_HERE_RANGES, ranges = ranges_label(&r))
        }
        Strategy::Hash => t!(LAYOUT_HERE_HASH, shards = n),
        Strategy::Directory => t!(LAYOUT_HERE_DIRECTORY),
        Strategy::Geographic => {
            let parts: Vec<String> = Region::ALL
                .iter()
                .map(|&r| {
                    let k = sim.shard_homes().iter().filter(|h| **h == r).count();
                    t!(LAYOUT_HERE_REGION, count = k, region = region_label(r))
                })
                .collect();
            t!(LAYOUT_HERE_REGIONS, list = parts.join(", "))
        }
    }
}

/// The measured numbers behind the chapter's strength and weakness of `card`'s strategy.
fn strength_and_weakness(sim: &ShardingSim, card: &Scorecard) -> (String, String) {
    let total = card.total_records;
    let moved_text = card.moved_on_add.map_or_else(
        || t!(SW_NO_ADD),
        |m| t!(SW_ADD_MOVES, share = percent(m, total)),
    );
    let scan = t!(
        SW_SCAN,
        range = range_label(STANDARD_NAME_SCAN),
        touched = card.name_scan_shards,
        shards = card.shards
    );
    let load = t!(SW_LOAD, ratio = dec(card.load.max_over_mean, 2));
    let fullest = dec(card.records.max_over_mean, 2);
    let hot_key = t!(
        SW_HOT_KEY,
        percent = HOT_KEY_PERCENT,
        ratio = dec(card.hot_key_load.max_over_mean, 2)
    );
    let two = |first: String, second: String| t!(SW_TWO, first = first, second = second);
    match card.strategy {
        Strategy::Range => (
            scan,
            t!(
                SW_RANGE_WEAK,
                load = load,
                fullest = fullest,
                last = grouped(card.insert_load.counts.last().copied().unwrap_or(0)),
                sample = grouped(INSERT_SAMPLE)
            ),
        ),
        Strategy::Hash => (two(load, hot_key), two(scan, moved_text)),
        Strategy::Directory => (
            t!(SW_DIRECTORY_STRONG, fullest = fullest, moved = moved_text),
            if card.failed_requests > 0 {
                t!(
                    SW_DIRECTORY_DOWN,
                    failed = grouped(card.failed_requests),
                    sample = grouped(SCORE_SAMPLE)
                )
            } else {
                t!(SW_DIRECTORY_WEAK)
            },
        ),
        Strategy::Geographic => (
            residency_text(card.residency_violations),
            t!(
                SW_GEOGRAPHIC_WEAK,
                load = load,
                shares = region_shares(sim).join(" / ")
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
    use dsim_core::sharding::{
        ShardingConfig, ShardingEvent, ShardingOutcome, DEFAULT_RATE, WINDOW_MS,
    };

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
            let columns = [
                (&e.how, msg::HOW_IT_WORKS),
                (&e.strength, msg::STRENGTHS),
                (&e.weakness, msg::WEAKNESSES),
            ];
            for (text, column) in columns {
                assert!(
                    text.starts_with(&strategy_text(card.strategy, column)),
                    "{text}"
                );
            }
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

    #[test]
    fn german_reads_as_german() {
        crate::msg::speak("de");
        assert_eq!(ratio_text(1.4166), "1,42× Mittel");
        assert_eq!(load_text(9.84), "9,8 Anf./s");
        assert_eq!(load_text(1_420.4), "1420 Anf./s");
        assert_eq!(names::shard_list(&[2]), "Shard 3");
        assert_eq!(
            canvas::region_lines(Region::EuWest, 30.2, 69.6, &[0, 2])[1..],
            ["30 % der Nutzer", "70 % des Verkehrs", "Shards 1, 3"]
        );
        let one = ShardingOutcome::RateSet {
            requested: 1,
            rate: 1,
        };
        assert_eq!(narrate(&one), "1 Anfrage pro Sekunde.");
        let s = sim(Strategy::Range, 4);
        assert!(
            start_text(&s)
                .starts_with("Bereichsbasiertes Sharding nach Nachname: 4 Shards, 1.000 Nutzer."),
            "{}",
            start_text(&s)
        );
        let moves = |moved, flows| dsim_core::sharding::MoveReport {
            cause: MoveCause::EvenSplits,
            moved: [moved, 0, 0, 0],
            flows: [flows, vec![], vec![], vec![]],
            total: 1_000,
        };
        let flow = |from, to, records| dsim_core::sharding::Flow { from, to, records };
        assert_eq!(
            narration::moves_text(&moves(1, vec![flow(1, 0, 1)]), Strategy::Range),
            "1 Datensatz wird verschoben (1 von Shard 2 zu Shard 1)"
        );
        assert_eq!(
            narration::moves_text(&moves(1_234, vec![flow(1, 0, 1_234)]), Strategy::Range),
            "1.234 Datensätze werden verschoben (1.234 von Shard 2 zu Shard 1)"
        );
        assert_eq!(canvas::hot_marker(), "1,5× = heiß");
        assert_eq!(
            narrate(&ShardingOutcome::StrategyKept(Strategy::Directory)),
            "Bereits verzeichnisbasiertes Sharding aktiv."
        );
    }
}
