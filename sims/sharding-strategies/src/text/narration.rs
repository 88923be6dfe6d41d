//! The narration: one sentence (or a few) for each outcome of the model, each request sent
//! one at a time, and the play controls.

use dsim_core::sharding::Region;
use dsim_core::sharding::{
    letter_char, LetterRange, MoveReport, Query, QueryOutcome, Rejection, Request, Resized,
    ShardingOutcome, SplitPoint, Strategy, StrategyLayout, Workload, MAX_RATE, MAX_RECORDS,
    MAX_SHARDS, MIN_RATE, MIN_RECORDS, MIN_SHARDS,
};
use dsim_ui::format::{and_list, percent_of};
use dsim_ui::i18n::{grouped, yes_no, Arg};

use super::canvas::shard_name;
use super::names::{
    letters_list, range_label, ranges_label, region_label, scan_label, shard_key_field, shard_list,
    strategy_text,
};
use crate::msg::{self, t};

/// Two sentences, the first only when there is one.
fn after(first: Option<String>, second: String) -> String {
    match first {
        Some(f) => format!("{f} {second}"),
        None => second,
    }
}

/// What an event did, in words.
pub fn narrate(outcome: &ShardingOutcome) -> String {
    use ShardingOutcome as O;
    match outcome {
        O::Rejected(r) => rejection(*r),
        O::StrategySet { strategy, layout } => strategy_set(*strategy, layout),
        O::StrategyKept(s) => t!(STRATEGY_KEPT, strategy = s.key()),
        O::ShardsSet {
            requested,
            shards,
            ranges,
        } => shards_set(*requested, *shards, ranges),
        O::RecordsSet {
            requested,
            records,
            a_to_m,
        } => records_set(*requested, *records, *a_to_m),
        O::RateSet { requested, rate } if requested != rate => {
            t!(RATE_CLAMPED, min = MIN_RATE, max = MAX_RATE, rate = *rate)
        }
        O::RateSet { rate, .. } => t!(RATE_SET, rate = *rate),
        O::TrafficSet(w) => traffic_set(*w),
        O::WorkloadSet {
            workload,
            strategy,
            celebrity,
            celebrity_shard,
            users,
            shards,
        } => super::workload::narrate_set(
            *workload,
            *strategy,
            celebrity.as_ref(),
            *celebrity_shard,
            *users,
            *shards,
        ),
        O::WorkloadKept(w) => t!(WORKLOAD_KEPT, workload = super::workload::label(*w)),
        O::SplitKept(_)
        | O::SplitMoved { .. }
        | O::EvenSplits { .. }
        | O::Reassigned { .. }
        | O::DirectoryRebalanced { .. } => boundaries(outcome),
        O::DirectoryToggled { down, routing } => directory_toggled(*down, *routing),
        O::ShardAdded(r) => resize_text(true, r),
        O::ShardRemoved(r) => resize_text(false, r),
        O::Queried {
            result,
            shards,
            users,
        } => queried(result, *shards, *users),
        O::Reset {
            records,
            shards,
            strategy,
        } => t!(
            RESET_NARRATION,
            records = grouped(*records),
            shards = *shards,
            strategy = strategy.key()
        ),
    }
}

/// What an event that moved a range boundary or a directory entry did, in words (nothing for
/// any other event, which [`narrate`] says).
fn boundaries(outcome: &ShardingOutcome) -> String {
    use ShardingOutcome as O;
    match outcome {
        O::SplitKept(split) => after(
            split_note(split),
            t!(
                SPLIT_KEPT,
                split = split.index + 1,
                letter = letter_char(split.letter).to_string()
            ),
        ),
        O::SplitMoved {
            split,
            ranges,
            moves,
        } => after(
            split_note(split),
            t!(
                SPLIT_MOVED,
                ranges = ranges_label(ranges),
                moves = moves_text(moves, Strategy::Range)
            ),
        ),
        O::EvenSplits { ranges, moves } => t!(
            EVEN_SPLITS,
            ranges = ranges_label(ranges),
            moves = moves_text(moves, Strategy::Range)
        ),
        O::Reassigned {
            range,
            shard,
            moves,
            keyless,
        } => reassigned(*range, *shard, moves, keyless),
        O::DirectoryRebalanced { moves } => t!(
            DIRECTORY_REBALANCED,
            moves = moves_text(moves, Strategy::Directory)
        ),
        _ => String::new(),
    }
}

/// Why an event was refused, in words.
pub fn rejection(r: Rejection) -> String {
    match r {
        Rejection::NoTraffic => t!(REJECT_NO_TRAFFIC),
        Rejection::NoSplitPoint { index, shards } => t!(
            REJECT_NO_SPLIT_POINT,
            split = index + 1,
            shards = shards,
            splits = shards.saturating_sub(1)
        ),
        Rejection::DirectoryDown => t!(REJECT_DIRECTORY_DOWN),
        Rejection::NoShard { shard, shards } => {
            t!(REJECT_NO_SHARD, shard = shard + 1, shards = shards)
        }
        Rejection::MostShards => t!(REJECT_MOST_SHARDS, shards = MAX_SHARDS),
        Rejection::FewestShards => t!(REJECT_FEWEST_SHARDS, shards = MIN_SHARDS),
    }
}

fn strategy_set(s: Strategy, layout: &StrategyLayout) -> String {
    if let StrategyLayout::IdRanges(r) = layout {
        let ranges: Vec<String> = r.iter().map(super::workload::id_range_label).collect();
        return t!(
            STRATEGY_SET_ID,
            strategy = s.key(),
            ranges = ranges.join(", ")
        );
    }
    let extra = match layout {
        StrategyLayout::Ranges(r) => Some(t!(STRATEGY_SET_RANGES, ranges = ranges_label(r))),
        StrategyLayout::Plain | StrategyLayout::IdRanges(_) => None,
        StrategyLayout::DirectoryDown => Some(t!(STRATEGY_SET_DOWN)),
        StrategyLayout::SharedShard => Some(t!(STRATEGY_SET_SHARED)),
        StrategyLayout::RegionShards(k) => {
            let parts: Vec<String> = Region::ALL
                .iter()
                .map(|&r| {
                    t!(
                        LAYOUT_HERE_REGION,
                        count = k[r.index()],
                        region = region_label(r)
                    )
                })
                .collect();
            Some(t!(STRATEGY_SET_REGIONS, list = and_list(&parts)))
        }
    };
    let head = t!(
        STRATEGY_SET,
        strategy = s.key(),
        field = shard_key_field(s, false),
        how = strategy_text(s, msg::HOW_IT_WORKS_INLINE)
    );
    match extra {
        Some(e) => format!("{head} {e}"),
        None => head,
    }
}

fn shards_set(requested: usize, shards: usize, ranges: &[LetterRange]) -> String {
    let note = (requested != shards).then(|| {
        t!(
            SHARDS_CLAMPED,
            min = MIN_SHARDS,
            max = MAX_SHARDS,
            shards = shards
        )
    });
    after(
        note,
        t!(SHARDS_SET, shards = shards, ranges = ranges_label(ranges)),
    )
}

fn reassigned(range: LetterRange, shard: usize, moves: &MoveReport, keyless: &[usize]) -> String {
    let head = t!(
        REASSIGNED,
        range = range_label(range),
        shard = shard + 1,
        moves = moves_text(moves, Strategy::Directory)
    );
    if keyless.is_empty() {
        return head;
    }
    let names: Vec<String> = keyless.iter().map(|&s| shard_name(s)).collect();
    let warn = t!(KEYLESS, count = keyless.len(), list = and_list(&names));
    format!("{head} {warn}")
}

fn records_set(requested: usize, records: usize, a_to_m: usize) -> String {
    let note = (requested != records).then(|| {
        t!(
            RECORDS_CLAMPED,
            min = grouped(MIN_RECORDS),
            max = grouped(MAX_RECORDS),
            records = grouped(records)
        )
    });
    after(
        note,
        t!(
            RECORDS_SET,
            records = grouped(records),
            share = percent_of(a_to_m, records)
        ),
    )
}

fn traffic_set(w: [u32; 3]) -> String {
    let total: u32 = w.iter().sum();
    let parts: Vec<String> = Region::ALL
        .iter()
        .map(|&r| {
            format!(
                "{} {}",
                region_label(r),
                percent_of(w[r.index()] as usize, total as usize)
            )
        })
        .collect();
    t!(TRAFFIC_SET, list = and_list(&parts))
}

fn split_note(split: &SplitPoint) -> Option<String> {
    split.clamped().then(|| {
        t!(
            SPLIT_CLAMPED,
            split = split.index + 1,
            lowest = letter_char(split.lowest).to_string(),
            highest = letter_char(split.highest).to_string(),
            letter = letter_char(split.letter).to_string()
        )
    })
}

fn directory_toggled(down: bool, routing: bool) -> String {
    let routing = yes_no(routing);
    if down {
        t!(DIRECTORY_FAILED, routing = routing)
    } else {
        t!(DIRECTORY_BACK, routing = routing)
    }
}

/// "letter B" or "letters B, M and T".
fn letters_phrase(letters: &[u8]) -> String {
    t!(
        LETTERS_PHRASE,
        count = letters.len(),
        list = letters_list(letters)
    )
}

/// The note on one strategy's move after Shard `r.shard` was added (or removed): the range
/// note (unless its ranges are on the user id, which are cut again), the directory's and the
/// region's.
fn resize_notes(added: bool, r: &Resized) -> [String; 3] {
    let range = range_label(r.range);
    let range_note = if r.range_on_id {
        t!(RESIZE_ID_RANGES)
    } else if added {
        t!(RESIZE_RANGE_SPLIT, shard = r.neighbour + 1, range = range)
    } else {
        t!(RESIZE_RANGE_MERGED, shard = r.neighbour + 1, range = range)
    };
    let dir_note = if added {
        t!(RESIZE_DIRECTORY_TAKES, letters = letters_phrase(&r.letters))
    } else if r.letters.is_empty() {
        t!(RESIZE_DIRECTORY_NONE)
    } else {
        t!(RESIZE_DIRECTORY_FOUND, letters = letters_phrase(&r.letters))
    };
    let region = region_label(r.region);
    let geo_note = if added {
        t!(RESIZE_REGION_SERVES, region = region)
    } else {
        t!(RESIZE_REGION_LOST, region = region)
    };
    [range_note, dir_note, geo_note]
}

/// After Shard `r.shard` was added (or removed): how many records each strategy would have
/// moved, with a note on the range, directory and geographic strategies.
fn resize_text(added: bool, r: &Resized) -> String {
    let report = &r.moves;
    let total = report.total;
    let [range_note, dir_note, geo_note] = resize_notes(added, r);
    let m = |s: Strategy| {
        t!(
            EVIDENCE_MOVED,
            moved = grouped(report.moved_by(s)),
            share = percent_of(report.moved_by(s), total)
        )
    };
    t!(
        RESIZED,
        verb = if added { "added" } else { "removed" },
        shard = r.shard + 1,
        total = grouped(total),
        hash = m(Strategy::Hash),
        range = m(Strategy::Range),
        range_note = range_note,
        directory = m(Strategy::Directory),
        directory_note = dir_note,
        geographic = m(Strategy::Geographic),
        geographic_note = geo_note
    )
}

fn queried(o: &QueryOutcome, shards: usize, users: usize) -> String {
    match (o.query, o.user) {
        (Query::PointLookup(id), None) => {
            t!(QUERY_NO_USER, id = id.unwrap_or(0), users = users)
        }
        (Query::PointLookup(_), Some(u)) if o.failed => {
            t!(LOOKUP_FAILS, name = u.last_name, id = u.id)
        }
        (Query::PointLookup(_), Some(u)) => t!(
            LOOKUP_SENT,
            name = u.last_name,
            id = u.id,
            region = region_label(u.region),
            shards = shard_list(&o.shards)
        ),
        (Query::RangeScan { range, region }, _) => {
            let scan = match region {
                Some(r) => t!(
                    SCAN_IN_REGION,
                    scan = scan_label(range),
                    region = region_label(r)
                ),
                None => scan_label(range),
            };
            if o.failed {
                return t!(SCAN_FAILS, scan = scan);
            }
            t!(
                SCAN_VISITS,
                scan = scan,
                strategy = o.strategy.key(),
                all = yes_no(o.shards.len() == shards),
                touched = o.shards.len(),
                shards = shards,
                list = shard_list(&o.shards),
                records = grouped(o.records)
            )
        }
    }
}

/// The records one strategy moved, with where they went: `12 records move (12 from Shard 2
/// to Shard 1)`, or `no records move`.
pub fn moves_text(report: &MoveReport, strategy: Strategy) -> String {
    let moved = report.moved_by(strategy);
    if moved == 0 {
        return t!(MOVES_NONE);
    }
    let flows: Vec<String> = report.flows[strategy.index()]
        .iter()
        .map(|f| {
            t!(
                MOVES_FLOW,
                records = grouped(f.records),
                from = f.from + 1,
                to = f.to + 1
            )
        })
        .collect();
    t!(MOVES_SOME, moved = grouped(moved), flows = and_list(&flows))
}

/// One request sent with the Step control, and where it went.
pub fn request(r: &Request) -> String {
    let insert = r.record.is_none();
    let id = match (insert, r.target.is_some()) {
        (true, true) => msg::REQUEST_INSERT,
        (true, false) => msg::REQUEST_INSERT_FAILS,
        (false, true) => msg::REQUEST_LOOKUP,
        (false, false) => msg::REQUEST_LOOKUP_FAILS,
    };
    // A new user's id is written grouped (`#10,001`), a looked-up user's plainly (`#1234`).
    let user = if insert {
        grouped(r.user_id)
    } else {
        Arg::from(r.user_id)
    };
    t!(
        (id),
        request = r.id,
        name = r.last_name,
        id = user,
        region = region_label(r.region),
        // (the messages of a failed request do not name a shard)
        shard = r.target.map_or(0, |s| s + 1)
    )
}

/// The narration when the workload starts playing at `rate` requests per second.
pub fn playing(rate: u32, workload: Workload) -> String {
    match workload {
        Workload::Inserts => t!(PLAYING_INSERTS, rate = rate),
        _ => t!(PLAYING_LOOKUPS, rate = rate),
    }
}

/// The narration when the workload pauses.
pub fn paused() -> String {
    t!(PAUSED)
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsim_core::sharding::{
        Flow, LetterRange, MoveCause, Record, ScanRange, ShardingConfig, ShardingEvent,
        ShardingSim, DEFAULT_RATE,
    };

    fn report(cause: MoveCause, moved: [usize; 4], flows: [Vec<Flow>; 4]) -> MoveReport {
        MoveReport {
            cause,
            moved,
            flows,
            total: 1_000,
        }
    }

    fn flow(from: usize, to: usize, records: usize) -> Flow {
        Flow { from, to, records }
    }

    #[test]
    fn refusals_say_why() {
        let cases = [
            (
                Rejection::NoTraffic,
                "Traffic must come from at least one region; the weights are unchanged.",
            ),
            (
                Rejection::NoSplitPoint {
                    index: 3,
                    shards: 4,
                },
                "There is no split point 4; with 4 shards there are 3.",
            ),
            (
                Rejection::DirectoryDown,
                "The directory is down, so its table cannot be changed; bring it back first.",
            ),
            (
                Rejection::NoShard {
                    shard: 4,
                    shards: 4,
                },
                "There is no Shard 5; there are 4.",
            ),
            (
                Rejection::MostShards,
                "There are already 8 shards, the most this sim allows.",
            ),
            (
                Rejection::FewestShards,
                "There are only 2 shards, the fewest this sim allows.",
            ),
        ];
        for (r, text) in cases {
            assert_eq!(narrate(&ShardingOutcome::Rejected(r)), text);
        }
    }

    #[test]
    fn a_new_strategy_is_introduced_with_its_layout() {
        let set = |strategy, layout| narrate(&ShardingOutcome::StrategySet { strategy, layout });
        let ranges = vec![LetterRange::new(0, 12), LetterRange::new(13, 25)];
        assert_eq!(
            set(Strategy::Range, StrategyLayout::Ranges(ranges)),
            "Range-based sharding on last name: records assigned by key value range (A–M → shard 1). Ranges: A–M, N–Z."
        );
        let ids = dsim_core::sharding::id_ranges(1_000, 2);
        assert_eq!(
            set(Strategy::Range, StrategyLayout::IdRanges(ids)),
            "Range-based sharding on user id: with new sign-ups the table is range-sharded on the increasing id. Ranges: ids 1–500, ids 501+; every new id lands in the last."
        );
        assert_eq!(
            set(Strategy::Hash, StrategyLayout::Plain),
            "Hash-based sharding on user id: hash function on key mod N shards."
        );
        assert_eq!(
            set(Strategy::Directory, StrategyLayout::DirectoryDown),
            "Directory-based sharding on first letter of the last name: lookup table maps each key to its shard. The directory is down, so every request fails."
        );
        assert_eq!(
            set(Strategy::Geographic, StrategyLayout::SharedShard),
            "Geographic sharding on region: records assigned by region or country. With only 2 shards, EU-West keeps its own shard and US-East and APAC share the other."
        );
        assert_eq!(
            set(Strategy::Geographic, StrategyLayout::RegionShards([2, 1, 1])),
            "Geographic sharding on region: records assigned by region or country. Shards: 2 in US-East, 1 in EU-West and 1 in APAC."
        );
        assert_eq!(
            narrate(&ShardingOutcome::StrategyKept(Strategy::Hash)),
            "Already using hash-based sharding."
        );
    }

    #[test]
    fn settings_note_what_was_clamped() {
        let ranges = vec![LetterRange::new(0, 12), LetterRange::new(13, 25)];
        assert_eq!(
            narrate(&ShardingOutcome::ShardsSet {
                requested: 1,
                shards: 2,
                ranges
            }),
            "There can be 2 to 8 shards, so 2 it is. 2 shards: every strategy starts from its default layout (even letter ranges A–M, N–Z, a directory balanced by record count, shards spread over regions by user count)."
        );
        assert_eq!(
            narrate(&ShardingOutcome::RecordsSet {
                requested: 5,
                records: 200,
                a_to_m: 130
            }),
            "A dataset holds 200 to 100,000 users, so 200 it is. A fresh dataset of 200 users: 65% of surnames start with A–M, and every layout restarts from its default."
        );
        assert_eq!(
            narrate(&ShardingOutcome::RecordsSet {
                requested: 20_000,
                records: 20_000,
                a_to_m: 12_600
            }),
            "A fresh dataset of 20,000 users: 63% of surnames start with A–M, and every layout restarts from its default."
        );
        assert_eq!(
            narrate(&ShardingOutcome::RateSet {
                requested: 0,
                rate: 1
            }),
            "The rate can be 1 to 500 requests per second, so 1 it is."
        );
        assert_eq!(
            narrate(&ShardingOutcome::RateSet {
                requested: 80,
                rate: 80
            }),
            "80 requests per second."
        );
        assert_eq!(
            narrate(&ShardingOutcome::TrafficSet([20, 70, 10])),
            "Traffic now comes from US-East 20%, EU-West 70% and APAC 10%."
        );
    }

    #[test]
    fn split_points_report_clamps_and_moves() {
        let split = SplitPoint {
            index: 0,
            requested: 200,
            lowest: 1,
            highest: 13,
            letter: 13,
        };
        assert_eq!(
            narrate(&ShardingOutcome::SplitKept(split)),
            "Split point 1 must stay between B and N so every range keeps a letter; it goes to N. Split point 1 is already at N."
        );
        let moves = report(
            MoveCause::MoveSplit,
            [120, 0, 0, 0],
            [vec![flow(1, 0, 120)], vec![], vec![], vec![]],
        );
        let ranges = vec![LetterRange::new(0, 10), LetterRange::new(11, 25)];
        let moved = ShardingOutcome::SplitMoved {
            split: SplitPoint {
                requested: 11,
                letter: 11,
                ..split
            },
            ranges: ranges.clone(),
            moves: moves.clone(),
        };
        assert_eq!(
            narrate(&moved),
            "Ranges A–K, L–Z; 120 records move (120 from Shard 2 to Shard 1)."
        );
        let none = report(MoveCause::EvenSplits, [0; 4], Default::default());
        assert_eq!(
            narrate(&ShardingOutcome::EvenSplits {
                ranges,
                moves: none
            }),
            "Even letter ranges A–K, L–Z; no records move."
        );
    }

    #[test]
    fn the_directory_narrates_reassignments_and_outages() {
        let moves = report(
            MoveCause::Reassign,
            [0, 0, 1_234, 0],
            [
                vec![],
                vec![],
                vec![flow(1, 0, 1_233), flow(2, 0, 1)],
                vec![],
            ],
        );
        assert_eq!(
            narrate(&ShardingOutcome::Reassigned {
                range: LetterRange::new(0, 25),
                shard: 0,
                moves: moves.clone(),
                keyless: vec![1, 2]
            }),
            "The directory now sends A–Z to Shard 1; 1,234 records move (1,233 from Shard 2 to Shard 1 and 1 from Shard 3 to Shard 1). Shard 2 and Shard 3 now own no keys."
        );
        assert_eq!(
            narrate(&ShardingOutcome::DirectoryRebalanced { moves }),
            "The directory is rebalanced by record count; 1,234 records move (1,233 from Shard 2 to Shard 1 and 1 from Shard 3 to Shard 1)."
        );
        assert_eq!(
            narrate(&ShardingOutcome::DirectoryToggled {
                down: true,
                routing: true
            }),
            "The directory is down: every request routed by a directory lookup now fails, because the lookup table is a single point of failure."
        );
        assert_eq!(
            narrate(&ShardingOutcome::DirectoryToggled {
                down: false,
                routing: false
            }),
            "The directory is back: lookups route requests again (only directory-based routing depends on it)."
        );
    }

    #[test]
    fn resizes_compare_every_strategy() {
        let moves = report(
            MoveCause::AddShard(4),
            [150, 800, 190, 90],
            Default::default(),
        );
        let added = Resized {
            shard: 4,
            range: LetterRange::new(3, 6),
            neighbour: 0,
            letters: vec![1],
            region: Region::EuWest,
            moves,
            range_on_id: false,
        };
        assert_eq!(
            narrate(&ShardingOutcome::ShardAdded(added.clone())),
            "Added Shard 5; records moved out of 1,000: hash mod N 800 (80%), range 150 (15%) (Shard 1's range split and D–G moved to the new shard), directory 190 (19%) (the new shard takes over letter B), geographic 90 (9%) (the new shard serves EU-West)."
        );
        let removed = Resized {
            letters: vec![1, 4, 7],
            ..added.clone()
        };
        assert!(narrate(&ShardingOutcome::ShardRemoved(removed)).starts_with(
            "Removed Shard 5; records moved out of 1,000: hash mod N 800 (80%), range 150 (15%) (D–G merged into Shard 1), directory 190 (19%) (letters B, E and H found new shards), geographic 90 (9%) (EU-West lost a shard)."
        ));
        let on_id = Resized {
            range_on_id: true,
            ..added.clone()
        };
        for outcome in [
            ShardingOutcome::ShardAdded(on_id.clone()),
            ShardingOutcome::ShardRemoved(on_id),
        ] {
            let text = narrate(&outcome);
            assert!(text.contains("range 150 (15%) (on the user id: the id ranges were cut again evenly for the new shard count)"), "{text}");
            assert!(!text.contains("D–G"), "{text}");
        }
        let empty = Resized {
            letters: vec![],
            ..added
        };
        assert!(narrate(&ShardingOutcome::ShardRemoved(empty))
            .contains("(the removed shard owned no letters)"));
    }

    #[test]
    fn queries_say_where_they_went() {
        let user = Record {
            id: 17,
            last_name: "Smith",
            letter: 18,
            signup_day: 0,
            region: Region::Apac,
        };
        let lookup = QueryOutcome {
            query: Query::PointLookup(Some(17)),
            strategy: Strategy::Range,
            shards: vec![2],
            records: 1,
            user: Some(user),
            failed: false,
        };
        let q = |result: &QueryOutcome| {
            narrate(&ShardingOutcome::Queried {
                result: result.clone(),
                shards: 4,
                users: 1_000,
            })
        };
        assert_eq!(
            q(&lookup),
            "Point lookup of Smith #17 (APAC): the router sends it to Shard 3 only."
        );
        let failed = QueryOutcome {
            shards: vec![],
            failed: true,
            ..lookup.clone()
        };
        assert_eq!(q(&failed), "Point lookup of Smith #17 fails: the directory is down, so the router cannot find its shard.");
        let missing = QueryOutcome {
            query: Query::PointLookup(Some(5_000)),
            user: None,
            ..failed.clone()
        };
        assert_eq!(
            q(&missing),
            "There is no user #5000; ids run from 1 to 1000."
        );
        let scan = QueryOutcome {
            query: Query::RangeScan {
                range: ScanRange::Names(LetterRange::new(2, 5)),
                region: None,
            },
            strategy: Strategy::Range,
            shards: vec![0],
            records: 1_203,
            user: None,
            failed: false,
        };
        assert_eq!(q(&scan), "Range scan of surnames C–F under range-based sharding visits 1 of 4 shards (Shard 1) and returns 1,203 records.");
        let eu = QueryOutcome {
            query: Query::RangeScan {
                range: ScanRange::signup_year(2020),
                region: Some(Region::EuWest),
            },
            strategy: Strategy::Hash,
            shards: vec![0, 1, 2, 3],
            ..scan.clone()
        };
        assert_eq!(q(&eu), "Range scan of signups 2020-01-01 to 2020-12-31 in EU-West under hash-based sharding visits all 4 shards and returns 1,203 records.");
        let down = QueryOutcome {
            shards: vec![],
            failed: true,
            ..scan
        };
        assert_eq!(q(&down), "Range scan of surnames C–F fails: the directory is down, so the router cannot tell which shards hold them.");
    }

    #[test]
    fn requests_and_resets_read_as_before() {
        let mut sim = ShardingSim::new(
            ShardingConfig::new(1_000, 4, Strategy::Range, DEFAULT_RATE),
            42,
        );
        let r = sim.step();
        let text = request(&r);
        assert!(
            text.starts_with(&format!("Request #1: {} #{} (", r.last_name, r.user_id)),
            "{text}"
        );
        assert!(text.ends_with(&format!("goes to Shard {}.", r.target.unwrap_or(9) + 1)));
        sim.apply(ShardingEvent::FailDirectory);
        sim.apply(ShardingEvent::SetStrategy(Strategy::Directory));
        let r = sim.step();
        assert_eq!(
            request(&r),
            format!("Request #2: {} #{} fails: the directory is down, so the router cannot find its shard.", r.last_name, r.user_id)
        );
        assert_eq!(
            narrate(&sim.apply(ShardingEvent::Reset)),
            "Reset: 1,000 users on 4 shards, directory-based sharding, clock at zero."
        );
        assert!(playing(150, Workload::Uniform)
            .starts_with("Playing: 150 requests per second, each a lookup"));
    }
}
