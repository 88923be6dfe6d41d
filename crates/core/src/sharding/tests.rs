use std::collections::BTreeSet;

use proptest::prelude::{any, prop_oneof, proptest, Just, ProptestConfig};
use proptest::strategy::Strategy as _;

use super::*;

fn sim(records: usize, shards: usize, strategy: Strategy, seed: u64) -> ShardingSim {
    ShardingSim::new(
        ShardingConfig::new(records, shards, strategy, DEFAULT_RATE),
        seed,
    )
}

/// A stand-in record with first letter `letter`, for asking the router about a letter.
fn probe(letter: u8) -> Record {
    Record {
        id: 1,
        last_name: "Probe",
        letter,
        signup_day: 0,
        region: Region::UsEast,
    }
}

/// Where every record is, found from the layouts (brute force): range sharding on new
/// sign-ups by the id range holding the user, everything else by the layout's rule.
fn routed(sim: &ShardingSim, strategy: Strategy) -> Vec<usize> {
    let ranges = sim.insert_id_ranges();
    sim.records()
        .iter()
        .map(|r| {
            match ranges
                .iter()
                .find(|g| r.id >= g.first && g.last.is_none_or(|l| r.id <= l))
            {
                Some(g) if strategy == Strategy::Range && sim.range_keyed_on_id() => g.shard,
                _ => sim.layouts.assign(strategy, r),
            }
        })
        .collect()
}

/// The model's invariants, checked from the outside after any event.
fn check_invariants(sim: &ShardingSim) {
    let n = sim.shard_count();
    assert!((MIN_SHARDS..=MAX_SHARDS).contains(&n));
    assert_eq!(sim.config().shards, n);
    assert_eq!(sim.inserted().len(), n);
    if sim.workload() != Workload::Inserts {
        assert_eq!(sim.inserted().iter().sum::<usize>(), 0);
    }
    let total = sim.records().len();
    assert!((MIN_RECORDS..=MAX_RECORDS).contains(&total));

    for s in Strategy::ALL {
        // Every record is stored on exactly one shard, and the shards together hold them all.
        let mut seen = vec![0u8; total];
        for shard in 0..n {
            let held = sim.shard_records(s, shard);
            assert_eq!(
                held.len(),
                sim.record_counts_for(s)[shard],
                "{s:?} shard {shard}"
            );
            for i in held {
                seen[i] += 1;
            }
        }
        assert!(
            seen.iter().all(|&k| k == 1),
            "{s:?}: a record is not on exactly one shard"
        );
        assert_eq!(sim.record_counts_for(s).len(), n);
        // The router finds every record where it is stored.
        for (i, r) in sim.records().iter().enumerate() {
            let stored = sim.shard_of(s, i);
            match sim.route(s, r) {
                Ok(shard) => assert_eq!(Some(shard), stored, "{s:?} record {i}"),
                Err(_) => assert!(s == Strategy::Directory && sim.directory_down()),
            }
        }
    }

    // Range sharding: ordered, contiguous, non-empty ranges covering A–Z, one per shard.
    let ranges = sim.ranges();
    assert_eq!(ranges.len(), n);
    assert_eq!(ranges.first().map(|r| r.letters.from), Some(0));
    assert_eq!(ranges.last().map(|r| r.letters.to), Some(25));
    for pair in ranges.windows(2) {
        assert_eq!(pair[0].letters.to + 1, pair[1].letters.from);
    }
    assert!(ranges.iter().all(|r| r.letters.from <= r.letters.to));
    let owners: BTreeSet<usize> = ranges.iter().map(|r| r.shard).collect();
    assert_eq!(owners, (0..n).collect());
    assert_eq!(sim.split_points().len(), n - 1);

    // Directory sharding: every entry names an existing shard.
    assert!(sim.directory().iter().all(|&s| s < n));

    // Geographic sharding: every shard has a home, EU users stay in EU-West.
    assert_eq!(sim.shard_homes().len(), n);
    assert_eq!(sim.residency_violations(Strategy::Geographic), 0);
    for (i, r) in sim.records().iter().enumerate() {
        let shard = sim.shard_of(Strategy::Geographic, i).unwrap_or(usize::MAX);
        if r.region == Region::EuWest {
            assert_eq!(sim.shard_homes().get(shard), Some(&Region::EuWest));
        }
    }
    if n >= 3 {
        for region in Region::ALL {
            assert!(
                sim.shard_homes().contains(&region),
                "{region:?} has no shard"
            );
        }
    }

    // Load meter.
    let loads = sim.loads();
    assert_eq!(loads.len(), n);
    assert!(loads.iter().all(|l| l.is_finite() && *l >= 0.0));
    let ratios = sim.load_ratios();
    for h in sim.hot_shards() {
        assert!(ratios[h] > HOT_FACTOR);
    }
}

/// Checks a query's outcome against a brute-force scan of the data.
fn check_query(sim: &ShardingSim, outcome: &QueryOutcome) {
    let s = outcome.strategy;
    let n = sim.shard_count();
    if outcome.failed {
        assert!(s == Strategy::Directory && sim.directory_down());
        assert!(outcome.shards.is_empty());
        return;
    }
    match outcome.query {
        Query::PointLookup(id) => match outcome.user {
            Some(user) => {
                let i = user.id as usize - 1;
                assert_eq!(Some(user.id), id);
                assert_eq!(
                    outcome.shards,
                    vec![sim.shard_of(s, i).unwrap_or(usize::MAX)]
                );
                assert_eq!(outcome.records, 1);
            }
            None => assert!(outcome.shards.is_empty()),
        },
        Query::RangeScan { range, region } => {
            let matching: Vec<usize> = sim
                .records()
                .iter()
                .enumerate()
                .filter(|(_, r)| range.matches(r) && region.is_none_or(|g| r.region == g))
                .map(|(i, _)| i)
                .collect();
            assert_eq!(outcome.records, matching.len());
            // Complete: every matching record lives on a visited shard.
            for i in matching {
                let shard = sim.shard_of(s, i).unwrap_or(usize::MAX);
                assert!(outcome.shards.contains(&shard), "{s:?} missed record {i}");
            }
            // Tight: exactly the shards the strategy's key ranges send the scan to.
            let expected: BTreeSet<usize> = match (s, range, region) {
                (Strategy::Geographic, _, Some(g)) => {
                    sim.region_shards(g).iter().copied().collect()
                }
                // Range sharding on new sign-ups is keyed on the id: a surname scan visits all.
                (Strategy::Range, ScanRange::Names(_), _) if sim.range_keyed_on_id() => {
                    (0..n).collect()
                }
                (Strategy::Range | Strategy::Directory, ScanRange::Names(want), _) => {
                    let want = LetterRange::new(want.from, want.to);
                    (want.from..=want.to)
                        .map(|l| sim.layouts.assign(s, &probe(l)))
                        .collect()
                }
                _ => (0..n).collect(),
            };
            assert_eq!(
                outcome.shards,
                expected.into_iter().collect::<Vec<_>>(),
                "{s:?} {range:?}"
            );
        }
    }
}

#[test]
fn dataset_is_seeded_skewed_and_growing() {
    let n = 100_000;
    let data = Dataset::generate(n, 7);
    assert_eq!(data.len(), n);
    assert_eq!(Dataset::generate(n, 7).records(), data.records());
    assert_ne!(Dataset::generate(n, 8).records(), data.records());
    assert_eq!(Dataset::generate(5, 1).len(), MIN_RECORDS);
    assert_eq!(Dataset::generate(usize::MAX, 1).len(), MAX_RECORDS);

    let mut per_year = [0usize; 10];
    let mut last_day = 0;
    for (i, r) in data.records().iter().enumerate() {
        assert_eq!(r.id as usize, i + 1, "ids are assigned in signup order");
        assert!(u32::from(r.signup_day) < DAYS);
        assert!(r.signup_day >= last_day, "later ids signed up later");
        last_day = r.signup_day;
        assert!(SURNAMES[r.letter as usize].contains(&r.last_name));
        assert_eq!(r.last_name.chars().next(), Some(letter_char(r.letter)));
        let year = (START_YEAR..START_YEAR + 10)
            .find(|&y| {
                year_days(y).is_some_and(|(a, b)| (a..=b).contains(&u32::from(r.signup_day)))
            })
            .unwrap_or(0);
        per_year[(year - START_YEAR) as usize] += 1;
    }
    assert_eq!(data.by_id(1).map(|r| r.id), Some(1));
    assert!(data.by_id(0).is_none() && data.by_id(n as u32 + 1).is_none());

    // Each share is a binomial proportion: count ~ Binomial(n, p) with σ = √(n p (1 − p)).
    // Five σ is a bound a correct generator breaks with probability below 10⁻⁶ per cell.
    let within = |count: usize, p: f64| {
        let sd = (n as f64 * p * (1.0 - p)).sqrt();
        (count as f64 - n as f64 * p).abs() <= 5.0 * sd
    };
    for (l, &w) in LETTER_WEIGHTS.iter().enumerate() {
        let p = f64::from(w) / 10_000.0;
        assert!(
            within(data.letter_counts()[l], p),
            "letter {}",
            letter_char(l as u8)
        );
    }
    for r in Region::ALL {
        let p = f64::from(REGION_SHARES[r.index()]) / 100.0;
        assert!(within(data.region_counts()[r.index()], p), "{r:?}");
    }
    // Signups grow: adjacent years' expected counts differ by at least n / 91 ≈ 1,100, over
    // six σ of the difference of two such binomial counts (σ ≤ 180).
    assert!(per_year.windows(2).all(|w| w[0] < w[1]), "{per_year:?}");
    // The skew the chapter warns about: most surnames start with A–M.
    let a_to_m: usize = data.letter_counts()[..13].iter().sum();
    assert!(a_to_m * 100 > 60 * n, "{a_to_m}");
    assert_eq!(LETTER_WEIGHTS.iter().sum::<u32>(), 10_000);
}

#[test]
fn dates_letters_and_keys_convert() {
    let date = |year, month, day| CalendarDate { year, month, day };
    assert_eq!(calendar_date(0), date(2015, 1, 1));
    assert_eq!(calendar_date(58), date(2015, 2, 28));
    assert_eq!(calendar_date(365 + 59), date(2016, 2, 29));
    assert_eq!(calendar_date(DAYS - 1), date(2024, 12, 31));
    assert_eq!(calendar_date(146_097), date(2415, 1, 1));
    // Far-off days are computed in 400-year cycles, not a year at a time.
    assert_eq!(calendar_date(u32::MAX), date(11_761_236, 1, 20));
    assert_eq!(year_days(2016), Some((365, 730)));
    assert_eq!(year_days(2030), None);
    assert_eq!(LetterRange::new(5, 2), LetterRange { from: 2, to: 5 });
    assert_eq!(letter_index('q'), Some(16));
    assert_eq!(letter_index('é'), None);
    assert_eq!(Strategy::from_key(" Hash "), Some(Strategy::Hash));
    assert_eq!(Strategy::from_key("ring"), None);
    for s in Strategy::ALL {
        assert_eq!(Strategy::ALL[s.index()], s);
        assert_eq!(Strategy::from_key(s.key()), Some(s));
    }
}

#[test]
fn default_layouts_follow_the_chapter() {
    let letters = |s: &ShardingSim| -> Vec<(u8, u8)> {
        s.ranges()
            .iter()
            .map(|r| (r.letters.from, r.letters.to))
            .collect()
    };
    let two = sim(1_000, 2, Strategy::Range, 1);
    assert_eq!(letters(&two), [(0, 12), (13, 25)], "A–M, N–Z");
    assert_eq!(two.shard_homes(), [Region::UsEast, Region::EuWest]);
    assert_eq!(two.region_shards(Region::Apac), [0]);
    assert_eq!(two.shard_regions(0), [Region::UsEast, Region::Apac]);

    let four = sim(1_000, 4, Strategy::Range, 1);
    assert_eq!(
        letters(&four),
        [(0, 6), (7, 13), (14, 19), (20, 25)],
        "A–G, H–N, O–T, U–Z"
    );
    assert_eq!(
        four.shard_homes(),
        [Region::UsEast, Region::EuWest, Region::Apac, Region::UsEast]
    );
    let eight = sim(1_000, 8, Strategy::Range, 1);
    let per_region: Vec<usize> = Region::ALL
        .iter()
        .map(|&r| eight.region_shards(r).len())
        .collect();
    assert_eq!(per_region, [4, 2, 2], "8 shards shared 50/30/20");
}

#[test]
fn every_strategy_stores_each_record_once_and_routes_to_it() {
    for n in MIN_SHARDS..=MAX_SHARDS {
        let s = sim(3_000, n, Strategy::Range, n as u64);
        check_invariants(&s);
    }
}

/// Hash sharding on user id: each record's shard behaves like an independent uniform draw,
/// so a shard's count is Binomial(n, 1/N) with σ = √(n (1/N)(1 − 1/N)). Every shard within
/// five σ of n/N (a bound a uniform assignment breaks with probability below 10⁻⁶ per shard)
/// means max/mean ≤ 1 + 5σN/n: about 1.03 for 100,000 records on 4 shards. Range sharding
/// on the skewed surnames is far outside that bound.
#[test]
fn hash_spreads_records_and_load_within_binomial_bounds() {
    let n = 100_000;
    for shards in MIN_SHARDS..=MAX_SHARDS {
        let sim = sim(n, shards, Strategy::Hash, 3);
        let p = 1.0 / shards as f64;
        let sd = (n as f64 * p * (1.0 - p)).sqrt();
        for &c in sim.record_counts_for(Strategy::Hash) {
            assert!(
                (c as f64 - n as f64 * p).abs() <= 5.0 * sd,
                "{shards} shards: {c}"
            );
        }
        // Load: SCORE_SAMPLE requests, each landing on a uniform shard.
        let card = sim.scorecard(Strategy::Hash);
        let m = SCORE_SAMPLE as f64;
        let load_sd = (m * p * (1.0 - p)).sqrt();
        for &c in &card.load.counts {
            assert!(
                (c as f64 - m * p).abs() <= 5.0 * load_sd,
                "{shards} shards: load {c}"
            );
        }
        // The same tolerance rejects range sharding's skew.
        let range = sim.scorecard(Strategy::Range);
        assert!(range.records.max_over_mean > 1.0 + 5.0 * sd / (n as f64 * p));
    }
}

#[test]
fn range_scans_visit_only_overlapping_shards() {
    let mut s = sim(2_000, 4, Strategy::Range, 5);
    let out = s.run_query(
        Strategy::Range,
        Query::RangeScan {
            range: ScanRange::Names(STANDARD_NAME_SCAN),
            region: None,
        },
    );
    assert_eq!(out.shards, [0], "C–F lies inside A–G");
    let hash = s.run_query(Strategy::Hash, out.query);
    assert_eq!(hash.shards, [0, 1, 2, 3]);
    assert_eq!(hash.records, out.records);

    // Every letter range, under even and moved split points, for every strategy.
    for (index, letter) in [(9, 9), (0, 3), (1, 12), (2, 24)] {
        s.apply(ShardingEvent::SetSplit { index, letter });
        for from in 0..26u8 {
            for to in from..26u8 {
                for s_ in Strategy::ALL {
                    let q = Query::RangeScan {
                        range: ScanRange::Names(LetterRange::new(from, to)),
                        region: None,
                    };
                    check_query(&s, &s.run_query(s_, q));
                }
            }
        }
    }
    let year = s.run_query(
        Strategy::Range,
        Query::RangeScan {
            range: ScanRange::signup_year(2020),
            region: None,
        },
    );
    assert_eq!(year.shards.len(), 4, "a date scan hits every name range");
    let eu = Query::RangeScan {
        range: ScanRange::signup_year(2020),
        region: Some(Region::EuWest),
    };
    assert_eq!(s.run_query(Strategy::Geographic, eu).shards, [1]);
    assert_eq!(s.run_query(Strategy::Hash, eu).shards.len(), 4);
}

#[test]
fn geographic_keeps_eu_users_in_the_eu() {
    for n in MIN_SHARDS..=MAX_SHARDS {
        let s = sim(5_000, n, Strategy::Geographic, 11);
        assert_eq!(s.residency_violations(Strategy::Geographic), 0);
        for (i, r) in s.records().iter().enumerate() {
            let shard = s.shard_of(Strategy::Geographic, i).unwrap_or(usize::MAX);
            let home = s.shard_homes()[shard];
            if r.region == Region::EuWest {
                assert_eq!(home, Region::EuWest);
            }
            if n >= 3 {
                assert_eq!(home, r.region, "every region has its own shards");
            }
        }
        // The check is not vacuous: strategies that ignore regions break residency.
        assert!(s.residency_violations(Strategy::Hash) > 0);
        assert!(s.residency_violations(Strategy::Range) > 0);
    }
}

/// Snapshots where every record is under every strategy, by asking the router.
fn snapshot(sim: &ShardingSim) -> Vec<Vec<usize>> {
    Strategy::ALL.iter().map(|&s| routed(sim, s)).collect()
}

fn recount(before: &[Vec<usize>], sim: &ShardingSim) -> [usize; 4] {
    let after = snapshot(sim);
    let mut moved = [0; 4];
    for s in 0..4 {
        moved[s] = before[s]
            .iter()
            .zip(&after[s])
            .filter(|(a, b)| a != b)
            .count();
    }
    moved
}

#[test]
fn resize_move_counts_match_a_brute_force_recount() {
    let n = 20_000;
    let mut s = sim(n, MIN_SHARDS, Strategy::Range, 13);
    for shards in MIN_SHARDS..MAX_SHARDS {
        let before = snapshot(&s);
        let ShardingOutcome::ShardAdded(resized) = s.apply(ShardingEvent::AddShard) else {
            panic!("no shard added at {shards}");
        };
        assert_eq!(s.shard_count(), shards + 1);
        assert_eq!(resized.shard, shards);
        let report = resized.moves.clone();
        assert_eq!(s.last_moves(), Some(&report));
        assert_eq!(report.cause, MoveCause::AddShard(shards));
        assert_eq!(report.moved, recount(&before, &s));
        let after = snapshot(&s);
        let (before_ref, after_ref) = (&before, &after);
        let moved = |k: usize| (0..n).filter(move |&i| before_ref[k][i] != after_ref[k][i]);

        // Range and directory: everything that moves goes to the new shard, and for range
        // exactly the split-off letters move.
        for k in [0, 2] {
            assert!(moved(k).all(|i| after[k][i] == shards));
        }
        let split = resized.range;
        let in_split = (0..n)
            .filter(|&i| split.contains(s.records()[i].letter))
            .count();
        assert_eq!(report.moved[0], in_split);
        // Geographic: only users of the region that gained a shard move, within the region.
        let region = resized.region;
        assert!(moved(3).all(|i| s.records()[i].region == region));
        assert!(resized
            .letters
            .iter()
            .all(|&l| s.directory()[l as usize] == shards));
        // Hash mod N: a record stays only if h mod N = h mod (N+1), which holds for N of
        // every N(N+1) residues, so a fraction N/(N+1) moves; binomial 5σ tolerance.
        let p = shards as f64 / (shards + 1) as f64;
        let sd = (n as f64 * p * (1.0 - p)).sqrt();
        assert!((report.moved[1] as f64 - n as f64 * p).abs() <= 5.0 * sd);
        assert!(report.moved[1] > report.moved[0] && report.moved[1] > report.moved[2]);
        check_invariants(&s);
    }
    assert_eq!(
        s.apply(ShardingEvent::AddShard),
        ShardingOutcome::Rejected(Rejection::MostShards)
    );

    for shards in (MIN_SHARDS + 1..=MAX_SHARDS).rev() {
        let before = snapshot(&s);
        let ShardingOutcome::ShardRemoved(resized) = s.apply(ShardingEvent::RemoveShard) else {
            panic!("no shard removed at {shards}");
        };
        assert_eq!(resized.shard, shards - 1);
        let report = resized.moves.clone();
        assert_eq!(s.last_moves(), Some(&report));
        assert_eq!(report.cause, MoveCause::RemoveShard(shards - 1));
        assert_eq!(report.moved, recount(&before, &s));
        // Range and directory move only the removed shard's records.
        for k in [0, 2] {
            let held = before[k].iter().filter(|&&b| b == shards - 1).count();
            assert_eq!(report.moved[k], held);
        }
        check_invariants(&s);
    }
    assert_eq!(
        s.apply(ShardingEvent::RemoveShard),
        ShardingOutcome::Rejected(Rejection::FewestShards)
    );
}

#[test]
fn directory_reassignment_moves_only_those_keys() {
    let mut s = sim(3_000, 4, Strategy::Directory, 17);
    let before = snapshot(&s);
    let range = LetterRange::new(2, 5);
    let out = s.apply(ShardingEvent::Reassign { range, shard: 3 });
    let ShardingOutcome::Reassigned { moves: report, .. } = out else {
        panic!("{out:?}");
    };
    assert_eq!(s.last_moves(), Some(&report));
    assert_eq!(report.moved, recount(&before, &s));
    let expected = s
        .records()
        .iter()
        .enumerate()
        .filter(|(i, r)| range.contains(r.letter) && before[2][*i] != 3)
        .count();
    assert_eq!(report.moved_by(Strategy::Directory), expected);
    assert_eq!(report.moved_by(Strategy::Hash), 0);
    assert!((2..=5).all(|l| s.directory()[l] == 3));
    assert_eq!(
        s.apply(ShardingEvent::Reassign { range, shard: 4 }),
        ShardingOutcome::Rejected(Rejection::NoShard {
            shard: 4,
            shards: 4
        })
    );
}

#[test]
fn a_down_directory_fails_every_request() {
    let mut s = sim(1_000, 4, Strategy::Directory, 19);
    s.apply(ShardingEvent::FailDirectory);
    assert!(s.directory_down());
    let requests = s.advance(MAX_ADVANCE_MS);
    assert!(requests.len() > 100);
    assert!(requests.iter().all(|r| r.target.is_none()));
    assert!(s.loads().iter().all(|&l| l == 0.0));
    assert!(s.failures_per_sec() > 0.0);
    assert!(s.step().target.is_none());
    s.apply(ShardingEvent::Query(Query::PointLookup(None)));
    assert!(s
        .last_query()
        .is_some_and(|q| q.failed && q.shards.is_empty()));
    s.apply(ShardingEvent::Query(Query::RangeScan {
        range: ScanRange::Names(STANDARD_NAME_SCAN),
        region: None,
    }));
    assert!(s.last_query().is_some_and(|q| q.failed));
    assert!(s.scorecard(Strategy::Directory).failed_requests == SCORE_SAMPLE);
    let table = *s.directory();
    assert_eq!(
        s.apply(ShardingEvent::RebalanceDirectory),
        ShardingOutcome::Rejected(Rejection::DirectoryDown)
    );
    assert_eq!(*s.directory(), table);

    // Other strategies do not depend on the directory.
    s.apply(ShardingEvent::SetStrategy(Strategy::Hash));
    assert!(s.advance(2_000).iter().all(|r| r.target.is_some()));
    s.apply(ShardingEvent::SetStrategy(Strategy::Directory));
    s.apply(ShardingEvent::FailDirectory);
    assert!(s.advance(2_000).iter().all(|r| r.target.is_some()));
}

#[test]
fn requests_go_where_their_records_live_at_the_configured_rate() {
    for strategy in Strategy::ALL {
        let mut s = sim(1_000, 5, strategy, 23);
        let requests = s.advance(MAX_ADVANCE_MS);
        // Gaps are uniform on (0, 2/rate): 400 expected in 10 s at 40/s, σ ≈ √400 · (1/√3)
        // ≈ 12; allow five σ.
        assert!((340..=460).contains(&requests.len()), "{}", requests.len());
        for r in &requests {
            let index = r.record.expect("uniform lookups ask for stored users");
            assert_eq!(r.target, s.shard_of(strategy, index));
            assert_eq!(s.records()[index].id, r.user_id);
        }
        assert!(requests
            .windows(2)
            .all(|w| w[0].id + 1 == w[1].id && w[0].at_ms <= w[1].at_ms));
        assert_eq!(s.now_ms(), MAX_ADVANCE_MS);
        assert_eq!(s.recent_requests().len(), RECENT_REQUESTS);
    }
    // A huge advance is cut to MAX_ADVANCE_MS.
    let mut s = sim(1_000, 4, Strategy::Hash, 1);
    s.apply(ShardingEvent::SetRate(MAX_RATE));
    let n = s.advance(u64::MAX).len();
    assert!(n <= 2 * MAX_RATE as usize * (MAX_ADVANCE_MS / 1_000) as usize);
}

/// At 100 requests per second a 5 s window holds about 500 requests. Under hash sharding a
/// shard's share is Binomial(500, 1/4): 125 ± 9.7, so 1.5 × the mean (187.5) is over six σ
/// away and no shard is ever hot. A directory sending every key to one shard is always hot,
/// and so is range sharding's A–D shard at 8 shards: about 24% of surnames, 1.95× the mean;
/// with 1,000 requests in the window its count is 244 ± 14, over four σ above 1.5 × 125.
#[test]
fn hot_spots_are_found_where_load_piles_up() {
    let mut s = sim(2_000, 4, Strategy::Hash, 29);
    s.apply(ShardingEvent::SetRate(100));
    for _ in 0..60 {
        s.advance(1_000);
        assert!(s.hot_shards().is_empty(), "{:?}", s.loads());
    }
    s.apply(ShardingEvent::SetStrategy(Strategy::Directory));
    s.apply(ShardingEvent::Reassign {
        range: LetterRange::new(0, 25),
        shard: 0,
    });
    s.advance(WINDOW_MS);
    assert_eq!(s.hot_shards(), [0]);
    assert!(s.is_hot(0) && !s.is_hot(1));

    let mut r = sim(2_000, 8, Strategy::Range, 29);
    r.apply(ShardingEvent::SetRate(200));
    for _ in 0..20 {
        r.advance(1_000);
        if r.window_requests() >= 800 {
            assert!(r.hot_shards().contains(&0), "{:?}", r.load_ratios());
        }
    }
    // Too few requests to call a hot spot.
    let mut quiet = sim(1_000, 4, Strategy::Directory, 29);
    quiet.apply(ShardingEvent::Reassign {
        range: LetterRange::new(0, 25),
        shard: 0,
    });
    quiet.step();
    assert!(quiet.hot_shards().is_empty());
}

#[test]
fn uneven_regional_traffic_loads_geographic_shards_unevenly() {
    let mut s = sim(2_000, 4, Strategy::Geographic, 31);
    s.apply(ShardingEvent::SetRate(100));
    s.apply(ShardingEvent::SetTraffic([20, 70, 10]));
    s.advance(WINDOW_MS);
    // EU-West's single shard gets 70% of the traffic against a 25% mean.
    assert_eq!(s.hot_shards(), [1]);
    assert_eq!(
        s.apply(ShardingEvent::SetTraffic([0, 0, 0])),
        ShardingOutcome::Rejected(Rejection::NoTraffic)
    );
    assert_eq!(s.traffic(), [20, 70, 10]);
}

#[test]
fn split_points_are_clamped_so_every_range_keeps_a_letter() {
    let mut s = sim(1_000, 4, Strategy::Range, 37);
    assert_eq!(s.split_bounds(0), Some((1, 13)));
    let out = s.apply(ShardingEvent::SetSplit {
        index: 0,
        letter: 200,
    });
    let ShardingOutcome::SplitMoved { split, .. } = out else {
        panic!("{out:?}");
    };
    assert!(split.clamped() && split.letter == 13 && split.highest == 13);
    assert_eq!(s.split_points()[0], 13);
    assert_eq!(
        s.apply(ShardingEvent::SetSplit {
            index: 3,
            letter: 5,
        }),
        ShardingOutcome::Rejected(Rejection::NoSplitPoint {
            index: 3,
            shards: 4
        })
    );
    // Split 2 may not pass split 1 (now at N): it stays at O, where it already is.
    let out = s.apply(ShardingEvent::SetSplit {
        index: 1,
        letter: 13,
    });
    assert_eq!(
        out,
        ShardingOutcome::SplitKept(SplitPoint {
            index: 1,
            requested: 13,
            lowest: 14,
            highest: 19,
            letter: 14
        })
    );
    check_invariants(&s);
    s.apply(ShardingEvent::EvenSplits);
    assert_eq!(s.split_points(), [7, 14, 20]);
}

#[test]
fn point_lookups_hit_exactly_one_shard() {
    let mut s = sim(1_000, 6, Strategy::Range, 41);
    for strategy in Strategy::ALL {
        s.apply(ShardingEvent::SetStrategy(strategy));
        for _ in 0..50 {
            let outcome = s.apply(ShardingEvent::Query(Query::PointLookup(None)));
            let ShardingOutcome::Queried { result: out, .. } = outcome else {
                panic!("{outcome:?}");
            };
            assert_eq!(s.last_query(), Some(&out));
            assert_eq!(out.shards.len(), 1);
            check_query(&s, &out);
        }
    }
    let out = s.apply(ShardingEvent::Query(Query::PointLookup(Some(5_000))));
    let ShardingOutcome::Queried { result, users, .. } = out else {
        panic!("{out:?}");
    };
    assert_eq!(result.query, Query::PointLookup(Some(5_000)));
    assert_eq!((result.user, users), (None, 1_000));
    assert!(result.shards.is_empty());
}

#[test]
fn same_seed_same_run() {
    let run = |seed| {
        let mut s = sim(1_000, 4, Strategy::Hash, seed);
        let mut log = Vec::new();
        for e in [
            ShardingEvent::Query(Query::PointLookup(None)),
            ShardingEvent::AddShard,
            ShardingEvent::SetStrategy(Strategy::Geographic),
        ] {
            log.push(format!("{:?}", s.apply(e)));
            log.extend(s.advance(500).iter().map(|r| format!("{r:?}")));
        }
        log
    };
    assert_eq!(run(3), run(3));
    assert_ne!(run(3), run(4));
}

#[test]
fn scorecards_back_the_chapter_table() {
    let s = sim(20_000, 4, Strategy::Range, 43);
    let cards = s.scorecards();
    let [range, hash, directory, geo] = [&cards[0], &cards[1], &cards[2], &cards[3]];
    assert!(
        range.records.max_over_mean > 1.3,
        "range runs hot on skewed names"
    );
    assert!(hash.records.max_over_mean < 1.05 && hash.load.max_over_mean < 1.1);
    assert_eq!(range.name_scan_shards, 1);
    assert_eq!(hash.name_scan_shards, 4);
    assert_eq!(hash.date_scan_shards, 4);
    let (moved_hash, moved_range) = (
        hash.moved_on_add.unwrap_or(0),
        range.moved_on_add.unwrap_or(0),
    );
    assert!(moved_hash > 3 * moved_range, "mod N moves most records");
    assert!(
        directory.records.max_over_mean < 1.05,
        "the directory is balanced by count"
    );
    assert_eq!(geo.residency_violations, 0);
    assert!(geo.records.max_over_mean > 1.1, "regions differ in size");
    for (c, s) in cards.iter().zip(Strategy::ALL) {
        assert_eq!(c.strategy, s);
    }
    let full = sim(1_000, MAX_SHARDS, Strategy::Range, 1);
    assert_eq!(full.scorecard(Strategy::Hash).moved_on_add, None);
}

/// Checks that an event's outcome is one that event can have and agrees with the model after
/// it; `before` is the shard count and whether the directory was down before the event.
fn check_outcome(e: ShardingEvent, out: &ShardingOutcome, s: &ShardingSim, before: (usize, bool)) {
    use ShardingEvent as E;
    use ShardingOutcome as O;
    let (shards, down) = before;
    let n = s.shard_count();
    match (e, out) {
        (E::SetStrategy(a), O::StrategySet { strategy: b, .. } | O::StrategyKept(b)) => {
            assert!(a == *b && s.strategy() == a)
        }
        (
            E::SetShards(a),
            O::ShardsSet {
                requested,
                shards: b,
                ranges,
            },
        ) => {
            assert!(a == *requested && *b == n && ranges.len() == n)
        }
        (
            E::SetRecords(a),
            O::RecordsSet {
                requested,
                records,
                a_to_m,
            },
        ) => {
            assert!(a == *requested && *records == s.records().len());
            assert_eq!(
                *a_to_m,
                s.records().iter().filter(|r| r.letter < 13).count()
            );
        }
        (E::SetRate(a), O::RateSet { requested, rate }) => {
            assert!(a == *requested && *rate == s.config().rate)
        }
        (E::SetTraffic(_), O::TrafficSet(w)) => assert_eq!(*w, s.traffic()),
        (E::SetTraffic(w), O::Rejected(Rejection::NoTraffic)) => {
            assert!(w.iter().all(|&x| x == 0))
        }
        (E::SetSplit { index, letter }, O::SplitKept(p) | O::SplitMoved { split: p, .. }) => {
            assert!(p.index == index && p.requested == letter);
            assert!((p.lowest..=p.highest).contains(&p.letter));
            assert_eq!(p.clamped(), !(p.lowest..=p.highest).contains(&letter));
            assert_eq!(s.split_points().get(index), Some(&p.letter));
        }
        (E::SetSplit { index, .. }, O::Rejected(Rejection::NoSplitPoint { .. })) => {
            assert!(index + 1 >= n)
        }
        (E::EvenSplits, O::EvenSplits { moves, .. })
        | (E::Reassign { .. }, O::Reassigned { moves, .. })
        | (E::RebalanceDirectory, O::DirectoryRebalanced { moves }) => {
            assert_eq!(s.last_moves(), Some(moves))
        }
        (E::Reassign { .. } | E::RebalanceDirectory, O::Rejected(Rejection::DirectoryDown)) => {
            assert!(down)
        }
        (E::Reassign { shard, .. }, O::Rejected(Rejection::NoShard { .. })) => assert!(shard >= n),
        (E::FailDirectory, O::DirectoryToggled { down: now, .. }) => {
            assert!(*now != down && *now == s.directory_down())
        }
        (E::AddShard, O::ShardAdded(r)) => assert!(r.shard == shards && n == shards + 1),
        (E::AddShard, O::Rejected(Rejection::MostShards)) => assert_eq!(n, MAX_SHARDS),
        (E::RemoveShard, O::ShardRemoved(r)) => assert!(r.shard == n && n + 1 == shards),
        (E::RemoveShard, O::Rejected(Rejection::FewestShards)) => assert_eq!(n, MIN_SHARDS),
        (
            E::Query(_),
            O::Queried {
                result,
                shards: b,
                users,
            },
        ) => {
            assert!(*b == n && *users == s.records().len());
            assert_eq!(s.last_query(), Some(result));
        }
        (E::Reset, O::Reset { shards: b, .. }) => assert_eq!(*b, n),
        (
            E::SetWorkload(a),
            O::WorkloadSet {
                workload,
                celebrity_shard,
                shards: b,
                ..
            },
        ) => {
            assert!(a == *workload && s.workload() == a && *b == n);
            assert_eq!(s.window_requests(), 0, "the meter starts afresh");
            let hot = s.celebrity().and_then(|c| s.route(s.strategy(), c).ok());
            assert_eq!(*celebrity_shard, hot);
        }
        (E::SetWorkload(a), O::WorkloadKept(b)) => assert!(a == *b && s.workload() == a),
        _ => panic!("{e:?} cannot give {out:?}"),
    }
    if let O::ShardAdded(r) | O::ShardRemoved(r) = out {
        assert_eq!(s.last_moves(), Some(&r.moves));
        assert_eq!(r.range_on_id, s.range_keyed_on_id());
    }
}

/// Where a request from the workload must have gone: a lookup to where its user is stored, an
/// insert to where [`ShardingSim::route_insert`] sends a new user with its id.
fn expected_target(s: &ShardingSim, r: &Request) -> Option<usize> {
    let strategy = s.strategy();
    match r.record {
        Some(index) => s.shard_of(strategy, index),
        None => {
            let user = s.records().iter().find(|u| u.last_name == r.last_name)?;
            let new = Record {
                id: r.user_id,
                region: r.region,
                ..*user
            };
            s.route_insert(strategy, &new).ok()
        }
    }
}

/// One thing a student (or a test) can do: an event, or time passing.
#[derive(Debug, Clone, Copy)]
enum Op {
    Event(ShardingEvent),
    Advance(u64),
    Step,
}

fn strategy_choice() -> impl proptest::strategy::Strategy<Value = Strategy> {
    proptest::sample::select(Strategy::ALL.to_vec())
}

fn op() -> impl proptest::strategy::Strategy<Value = Op> {
    let region = proptest::option::of(proptest::sample::select(Region::ALL.to_vec()));
    let scan = prop_oneof![
        (0u8..30, 0u8..30).prop_map(|(a, b)| ScanRange::Names(LetterRange { from: a, to: b })),
        (0u32..4_000, 0u32..4_000).prop_map(|(a, b)| ScanRange::Signup {
            from_day: a,
            to_day: b
        }),
    ];
    let query = prop_oneof![
        proptest::option::of(0u32..3_500).prop_map(Query::PointLookup),
        (scan, region).prop_map(|(range, region)| Query::RangeScan { range, region }),
    ];
    let event = prop_oneof![
        strategy_choice().prop_map(ShardingEvent::SetStrategy),
        (0usize..12).prop_map(ShardingEvent::SetShards),
        (0usize..3_000).prop_map(ShardingEvent::SetRecords),
        (0u32..800).prop_map(ShardingEvent::SetRate),
        (any::<[u8; 3]>()).prop_map(|w| ShardingEvent::SetTraffic(w.map(u32::from))),
        (0usize..10, 0u8..30).prop_map(|(index, letter)| ShardingEvent::SetSplit { index, letter }),
        Just(ShardingEvent::EvenSplits),
        (0u8..30, 0u8..30, 0usize..10).prop_map(|(a, b, shard)| ShardingEvent::Reassign {
            range: LetterRange { from: a, to: b },
            shard
        }),
        Just(ShardingEvent::RebalanceDirectory),
        Just(ShardingEvent::FailDirectory),
        Just(ShardingEvent::AddShard),
        Just(ShardingEvent::AddShard),
        Just(ShardingEvent::RemoveShard),
        query.prop_map(ShardingEvent::Query),
        Just(ShardingEvent::Reset),
        proptest::sample::select(Workload::ALL.to_vec()).prop_map(ShardingEvent::SetWorkload),
    ];
    prop_oneof![
        6 => event.prop_map(Op::Event),
        2 => (0u64..3_000).prop_map(Op::Advance),
        1 => Just(Op::Step),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// Any sequence of events, including ones a UI would prevent, never panics and keeps
    /// every invariant; resizes move exactly the records a brute-force recount finds, and
    /// every query visits exactly the right shards.
    #[test]
    fn invariants_hold_under_any_events(
        seed in any::<u64>(),
        ops in proptest::collection::vec(op(), 1..100),
    ) {
        let mut s = sim(DEFAULT_RECORDS, DEFAULT_SHARDS, Strategy::Range, seed);
        for op in ops {
            match op {
                Op::Event(e) => {
                    let before = snapshot(&s);
                    let shards = s.shard_count();
                    let down = s.directory_down();
                    let out = s.apply(e);
                    check_outcome(e, &out, &s, (shards, down));
                    match &out {
                        ShardingOutcome::ShardAdded(r) | ShardingOutcome::ShardRemoved(r) => {
                            assert_eq!(r.moves.moved, recount(&before, &s), "{e:?}");
                        }
                        ShardingOutcome::Queried { result, .. } => check_query(&s, result),
                        _ => {}
                    }
                }
                Op::Advance(ms) => {
                    for r in s.advance(ms) {
                        let strategy = s.strategy();
                        if strategy == Strategy::Directory && s.directory_down() {
                            assert_eq!(r.target, None);
                        } else {
                            assert_eq!(r.target, expected_target(&s, &r));
                        }
                    }
                }
                Op::Step => {
                    let r = s.step();
                    let down = s.strategy() == Strategy::Directory && s.directory_down();
                    assert_eq!(r.target.is_none(), down);
                }
            }
            check_invariants(&s);
        }
    }
}

/// Hash sharding spreads keys, not requests: with one celebrity user taking 30 % of the
/// requests its shard is hot under hash sharding too. A monotonically increasing key sends
/// every insert to range sharding's last shard, while hashing the id spreads them. A scan on
/// the shard key stays on one range shard; a scan on another column (signup date) hits all.
#[test]
fn a_hot_key_and_increasing_inserts_defeat_even_key_spread() {
    let sim = ShardingSim::new(ShardingConfig::default(), 42);
    let n = sim.shard_count();
    let hash = sim.scorecard(Strategy::Hash);
    assert!(hash.load.max_over_mean < 1.15, "{:?}", hash.load);
    assert!(
        hash.hot_key_load.max_over_mean > HOT_FACTOR,
        "{:?}",
        hash.hot_key_load
    );
    let range = sim.scorecard(Strategy::Range);
    assert_eq!(range.insert_load.counts[n - 1], INSERT_SAMPLE);
    assert!((range.insert_load.max_over_mean - n as f64).abs() < 1e-9);
    assert!(
        hash.insert_load.max_over_mean < 1.3,
        "{:?}",
        hash.insert_load
    );
    assert_eq!(hash.insert_load.counts.iter().sum::<usize>(), INSERT_SAMPLE);
    assert_eq!(range.name_scan_shards, 1);
    assert_eq!(range.date_scan_shards, n);
    assert_eq!(hash.date_scan_shards, n);
}

#[test]
fn zipf_ranks_and_id_ranges_have_worked_numbers() {
    // (n + 1)^u: for 1,000 users rank 1 covers u < ln 2 / ln 1001 = 0.1003, about 10 %.
    assert_eq!(zipf_rank(0.0, 1_000), 0);
    assert_eq!(zipf_rank(0.1, 1_000), 0);
    // 1001^0.11 = e^0.760 = 2.14: rank 2.
    assert_eq!(zipf_rank(0.11, 1_000), 1);
    // 1001^0.5 = 31.6: rank 31.
    assert_eq!(zipf_rank(0.5, 1_000), 30);
    assert_eq!(zipf_rank(0.999_999, 1_000), 999);
    assert_eq!(zipf_rank(2.0, 1_000), 999);
    // 1,000 stored ids in 4 even ranges: 1–250, 251–500, 501–750, 751–1,000; every new id
    // is past the last split, so it lands on the last shard.
    assert_eq!(id_range_shard(1, 1_000, 4), 0);
    assert_eq!(id_range_shard(250, 1_000, 4), 0);
    assert_eq!(id_range_shard(251, 1_000, 4), 1);
    assert_eq!(id_range_shard(1_000, 1_000, 4), 3);
    assert_eq!(id_range_shard(1_001, 1_000, 4), 3);
    assert_eq!(id_range_shard(u32::MAX, 1_000, 4), 3);
    assert_eq!(Workload::from_key(" ZIPF "), Some(Workload::Zipf));
    assert_eq!(Workload::from_key("hot"), None);
    for w in Workload::ALL {
        assert_eq!(Workload::from_key(w.key()), Some(w));
    }
}

/// The id ranges are what [`id_range_shard`] routes by: 1,000 stored ids on 4 shards are
/// 1–250, 251–500, 501–750 and 751 on (open-ended); on 3 shards 1–334, 335–667, 668 on. Every
/// range's first and last id route to its shard, the id after it to a later one.
#[test]
fn id_ranges_are_the_ranges_inserts_are_routed_by() {
    let four: Vec<(u32, Option<u32>)> = id_ranges(1_000, 4)
        .iter()
        .map(|r| (r.first, r.last))
        .collect();
    assert_eq!(
        four,
        [
            (1, Some(250)),
            (251, Some(500)),
            (501, Some(750)),
            (751, None)
        ]
    );
    let three: Vec<(u32, Option<u32>)> = id_ranges(1_000, 3)
        .iter()
        .map(|r| (r.first, r.last))
        .collect();
    assert_eq!(three, [(1, Some(334)), (335, Some(667)), (668, None)]);
    for stored in [1, 7, 100, 999, 1_000, 5_000] {
        for shards in 1..=8 {
            let ranges = id_ranges(stored, shards);
            assert_eq!(ranges.len(), shards);
            for r in &ranges {
                let at = |id| id_range_shard(id, stored, shards);
                match r.last {
                    // Fewer stored ids than shards leaves some ranges empty.
                    Some(last) if last < r.first => {}
                    Some(last) => {
                        assert_eq!((at(r.first), at(last)), (r.shard, r.shard), "{r:?}");
                        assert!(at(last + 1) > r.shard, "{r:?}");
                    }
                    None => assert_eq!((r.shard, at(r.first)), (shards - 1, shards - 1)),
                }
            }
        }
    }
    assert_eq!(
        sim(1_000, 4, Strategy::Range, 1).insert_id_ranges(),
        id_ranges(1_000, 4)
    );
}

/// Under hash sharding on 4 shards the celebrity's shard gets 30 % of requests plus a quarter
/// of the other 70 %: 47.5 %, 1.9× the 25 % mean, so it is HOT (over 1.5×) while uniform
/// lookups leave no shard hot. Zipf with exponent 1 over 1,000 users gives user #1
/// ln 2 / ln 1001 = 10.0 % of the requests.
#[test]
fn a_celebrity_makes_one_hash_shard_hot_in_the_live_stream() {
    let mut s = sim(1_000, 4, Strategy::Hash, 42);
    s.apply(ShardingEvent::SetRate(200));
    s.advance(WINDOW_MS);
    assert!(s.hot_shards().is_empty(), "{:?}", s.load_ratios());
    let out = s.apply(ShardingEvent::SetWorkload(Workload::Celebrity));
    let ShardingOutcome::WorkloadSet {
        celebrity_shard: Some(hot),
        celebrity: Some(celebrity),
        ..
    } = out
    else {
        panic!("{out:?}");
    };
    assert_eq!(celebrity.id, 1);
    s.advance(WINDOW_MS);
    assert_eq!(s.hot_shards(), [hot]);
    let ratio = s.load_ratios()[hot];
    assert!((1.7..2.1).contains(&ratio), "{ratio}");
    assert_eq!(
        s.apply(ShardingEvent::SetWorkload(Workload::Celebrity)),
        ShardingOutcome::WorkloadKept(Workload::Celebrity)
    );

    s.apply(ShardingEvent::SetWorkload(Workload::Zipf));
    s.apply(ShardingEvent::SetRate(MAX_RATE));
    let requests = s.advance(MAX_ADVANCE_MS);
    let first = requests.iter().filter(|r| r.user_id == 1).count();
    let share = first as f64 / requests.len() as f64;
    assert!((0.085..0.115).contains(&share), "{share}");
    assert!(requests.iter().all(|r| r.record.is_some()));
}

/// New sign-ups get ids 1,001, 1,002, … after the 1,000 stored. Range sharding on the id
/// sends all of them to the last shard; hashing the id spreads them about evenly (2,000
/// inserts over 4 shards: 500 ± 19 each); the records looked up are unchanged.
#[test]
fn increasing_ids_pile_inserts_onto_the_last_range_shard() {
    let mut s = sim(1_000, 4, Strategy::Range, 42);
    s.apply(ShardingEvent::SetRate(200));
    s.apply(ShardingEvent::SetWorkload(Workload::Inserts));
    let requests = s.advance(MAX_ADVANCE_MS);
    assert!(requests
        .iter()
        .all(|r| r.record.is_none() && r.target == Some(3)));
    let ids: Vec<u32> = requests.iter().map(|r| r.user_id).collect();
    assert_eq!(ids.first(), Some(&1_001));
    assert!(ids.windows(2).all(|w| w[1] == w[0] + 1));
    assert_eq!(s.inserted(), [0, 0, 0, requests.len()]);
    assert_eq!(s.hot_shards(), [3]);
    assert_eq!(s.records().len(), 1_000);

    s.apply(ShardingEvent::SetStrategy(Strategy::Hash));
    assert_eq!(s.inserted(), [0, 0, 0, 0]);
    let requests = s.advance(MAX_ADVANCE_MS);
    assert!(requests.len() > 1_800, "{}", requests.len());
    let spread = Spread::of(s.inserted().to_vec());
    assert_eq!(spread.counts.iter().sum::<usize>(), requests.len());
    assert!(spread.max_over_mean < 1.2, "{spread:?}");
    assert!(s.hot_shards().is_empty());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Whatever the strategy and shard count, a celebrity's requests all go to one shard, so
    /// the busiest shard serves at least the celebrity's share (30 %, measured within five σ).
    /// Under increasing ids, range sharding sends every insert to the last shard while hash
    /// sharding keeps every shard under 1.5× its even share (never hot).
    #[test]
    fn no_strategy_spreads_a_hot_key_and_range_piles_up_inserts(
        seed in any::<u64>(),
        shards in MIN_SHARDS..=MAX_SHARDS,
        strategy in strategy_choice(),
    ) {
        let mut s = sim(DEFAULT_RECORDS, shards, strategy, seed);
        s.apply(ShardingEvent::SetRate(300));
        s.apply(ShardingEvent::SetWorkload(Workload::Celebrity));
        let requests = s.advance(MAX_ADVANCE_MS);
        let mut hits = vec![0usize; shards];
        for r in &requests {
            if let Some(h) = r.target.and_then(|t| hits.get_mut(t)) {
                *h += 1;
            }
        }
        let celebrity = requests.iter().filter(|r| r.user_id == 1).count();
        let busiest = hits.iter().copied().max().unwrap_or(0);
        assert!(busiest >= celebrity);
        // 3,000 requests: the celebrity's count is 900 ± 25; five σ is 775.
        assert!(celebrity * 1_000 >= requests.len() * 258, "{celebrity} of {}", requests.len());

        s.apply(ShardingEvent::SetWorkload(Workload::Inserts));
        let inserts = s.advance(MAX_ADVANCE_MS).len();
        let inserted = s.inserted().to_vec();
        assert_eq!(inserted.iter().sum::<usize>(), inserts);
        for (k, &c) in inserted.iter().enumerate() {
            match strategy {
                Strategy::Range => assert_eq!(c, if k == shards - 1 { inserts } else { 0 }),
                Strategy::Hash => assert!(c * shards * 2 < inserts * 3, "{inserted:?}"),
                _ => {}
            }
        }
    }
}

/// With range sharding routing new sign-ups, the table is range-sharded on the user id: the
/// 1,000 stored users sit 250 to a shard by id range (ids 1–250 on shard 0, …, 751+ on shard
/// 3), every stored user's lookup goes to the shard whose id range holds it, a surname scan
/// then visits every shard, and leaving that combination puts the surnames back.
#[test]
fn range_on_new_signups_places_and_routes_stored_users_by_id_range() {
    let mut s = sim(1_000, 4, Strategy::Range, 42);
    let by_surname = s.record_counts().to_vec();
    assert!(!s.range_keyed_on_id());
    assert_ne!(by_surname, [250, 250, 250, 250]);
    s.apply(ShardingEvent::SetWorkload(Workload::Inserts));
    assert!(s.range_keyed_on_id());
    assert_eq!(s.record_counts(), [250, 250, 250, 250]);
    assert_eq!(s.record_counts_for(Strategy::Range), [250, 250, 250, 250]);
    let ranges = s.insert_id_ranges();
    for (i, r) in s.records().iter().enumerate() {
        let range = ranges
            .iter()
            .find(|g| r.id >= g.first && g.last.is_none_or(|l| r.id <= l))
            .map(|g| g.shard);
        assert_eq!(s.route(Strategy::Range, r).ok(), range, "user #{}", r.id);
        assert_eq!(s.shard_of(Strategy::Range, i), range, "user #{}", r.id);
        let lookup = s.run_query(Strategy::Range, Query::PointLookup(Some(r.id)));
        assert_eq!(lookup.shards, range.into_iter().collect::<Vec<_>>());
    }
    assert_eq!(s.route(Strategy::Range, &s.records()[249]).ok(), Some(0));
    assert_eq!(s.route(Strategy::Range, &s.records()[250]).ok(), Some(1));
    assert_eq!(s.route(Strategy::Range, &s.records()[999]).ok(), Some(3));
    assert_eq!(s.scorecard(Strategy::Range).name_scan_shards, 4);
    // Inserts are still counted on top, all on the last shard.
    let requests = s.advance(1_000);
    assert_eq!(s.inserted()[3], requests.len());
    assert_eq!(s.record_counts(), [250, 250, 250, 250]);
    check_invariants(&s);

    // Any other combination keys range sharding on the surname again.
    s.apply(ShardingEvent::SetStrategy(Strategy::Hash));
    assert!(!s.range_keyed_on_id());
    assert_eq!(s.record_counts_for(Strategy::Range), by_surname.as_slice());
    // Back to range sharding under new sign-ups: the outcome names the id ranges, not letters.
    assert_eq!(
        s.apply(ShardingEvent::SetStrategy(Strategy::Range)),
        ShardingOutcome::StrategySet {
            strategy: Strategy::Range,
            layout: StrategyLayout::IdRanges(s.insert_id_ranges()),
        }
    );
    assert_eq!(s.record_counts(), [250, 250, 250, 250]);
    s.apply(ShardingEvent::SetWorkload(Workload::Uniform));
    assert_eq!(s.record_counts(), by_surname.as_slice());
    assert!(s.scorecard(Strategy::Range).name_scan_shards < 4);
}
