//! Four ways to shard one table of users, side by side: range, hash, directory and geographic.
//!
//! Every strategy maps a record's shard key to one of N shards (2–8):
//! - **Range-based**: contiguous ranges of surnames (A–M → shard 1). The ranges' split points
//!   can be moved; a scan of a name range only visits the shards whose ranges overlap it, but
//!   surnames are skewed (S, M, B are common; Q, X are rare), so even letter ranges hold uneven
//!   numbers of users and take uneven load. Adding a shard splits the largest range in two
//!   and moves only the split-off part, as HBase splits a large region and Bigtable a large
//!   tablet.
//! - **Hash-based**: `xxh32(user id) mod N`. The user id is the shard key, as in the chapter's
//!   worked architecture ("sharding on user_id"): hashing a unique key spreads records
//!   evenly, where hashing the surname would put every Smith on one shard. Every range scan
//!   must visit every shard, and changing N remaps about N/(N+1) of all records, the problem
//!   consistent hashing fixes.
//! - **Directory-based**: a lookup table maps each first letter of the surname to a shard. It
//!   starts balanced by record count (largest letters first, each to the emptiest shard) and
//!   any entry can be reassigned, moving only that key range's records. Every request asks
//!   the directory first, so when it is down every request fails: a single point of failure.
//!   Real routers cache the table (MongoDB's `mongos` caches the config servers' chunk map),
//!   which softens the outage; the model has no cache, as in the chapter, so it shows.
//! - **Geographic**: each shard is located in a region (US-East, EU-West, APAC) and holds only
//!   that region's users, spread within the region by `xxh32(user id) mod k`, like
//!   CockroachDB's regional-by-row tables. Regions get shards in proportion to their users,
//!   at least one each (the next shard goes to the region with the most users per shard);
//!   with only two shards EU-West keeps its own and US-East and APAC share the other, the
//!   EU / rest-of-world split of data-residency offerings. EU users never leave EU-West
//!   shards (the residency check); uneven regional traffic makes uneven load.
//!
//! A seeded [`Workload`] flows through the router on a logical clock: uniform point lookups
//! (a region chosen by traffic weight, then a random user of that region, so requests follow
//! the data's skew), one celebrity user taking [`HOT_KEY_PERCENT`] of them, Zipf-skewed
//! lookups, or new sign-ups with increasing user ids (counted per shard as new rows); each shard's load is measured over a sliding window, and a shard serving more than
//! [`HOT_FACTOR`] times the mean load is a hot spot. "Add shard" and "Remove shard" resize all
//! four layouts at once and count, record by record, how many records each strategy moves.

mod data;
mod events;
mod layout;
#[cfg(test)]
mod tests;
mod workload;

use std::collections::VecDeque;

use rand::Rng;

use crate::rng::{seeded, SimRng};
pub use data::{
    calendar_date, letter_char, letter_index, year_days, CalendarDate, Dataset, Record, Region,
    DAYS, DEFAULT_RECORDS, LETTER_WEIGHTS, MAX_RECORDS, MIN_RECORDS, REGION_SHARES, START_YEAR,
    SURNAMES, YEAR_WEIGHTS,
};
pub use events::{Rejection, Resized, ShardingEvent, ShardingOutcome, SplitPoint, StrategyLayout};
use layout::{balanced_directory, even_ranges, Layouts, Resize};
pub use layout::{MAX_SHARDS, MIN_SHARDS};
use workload::{draw_lookup, draw_record, insert_shard, new_user};
pub use workload::{id_range_shard, id_ranges, zipf_rank, IdRange, Workload, HOT_KEY_PERCENT};

/// The number of shards used when none is given.
pub const DEFAULT_SHARDS: usize = 4;
/// A shard whose load exceeds this many times the mean shard load is a hot spot.
pub const HOT_FACTOR: f64 = 1.5;
/// The sliding window over which each shard's load (requests per second) is measured.
pub const WINDOW_MS: u64 = 5_000;
/// The fewest requests in the window before hot spots are called: with only a handful, one
/// unlucky shard would look hot by chance.
pub const MIN_HOT_SAMPLES: usize = 20;
/// The slowest request rate, per second.
pub const MIN_RATE: u32 = 1;
/// The fastest request rate, per second.
pub const MAX_RATE: u32 = 500;
/// The request rate used when none is given, per second.
pub const DEFAULT_RATE: u32 = 40;
/// The longest single [`ShardingSim::advance`]; longer calls are cut to this.
pub const MAX_ADVANCE_MS: u64 = 10_000;
/// How many of the latest requests [`ShardingSim::recent_requests`] keeps.
pub const RECENT_REQUESTS: usize = 64;
/// How many sampled requests the scorecard routes under each strategy to measure load spread.
pub const SCORE_SAMPLE: usize = 4_000;
/// How many new users the scorecard's insert workload signs up, with ever-increasing user ids
/// (an auto-increment key) and today's signup date (a timestamp).
pub const INSERT_SAMPLE: usize = 1_000;
/// The scorecard's name-range scan: surnames starting with C to F.
pub const STANDARD_NAME_SCAN: LetterRange = LetterRange { from: 2, to: 5 };
/// The scorecard's date-range scan: users who signed up in this year.
pub const STANDARD_SCAN_YEAR: u32 = 2020;

const WINDOW_US: u64 = WINDOW_MS * 1_000;
const WORKLOAD_SALT: u64 = 0x5EED_5A4D_0000_0001;
const SCORE_SALT: u64 = 0x5EED_5A4D_0000_0002;

/// A sharding strategy: the rule that decides which shard stores a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Strategy {
    /// Contiguous ranges of the shard key (surnames A–M → shard 1).
    Range,
    /// A hash of the shard key (the user id) modulo the number of shards.
    Hash,
    /// A lookup table from key range (first letter of the surname) to shard.
    Directory,
    /// The user's region decides; each shard is located in one region.
    Geographic,
}

impl Strategy {
    /// Every strategy, in the chapter's table order (arrays per strategy follow it).
    pub const ALL: [Strategy; 4] = [
        Strategy::Range,
        Strategy::Hash,
        Strategy::Directory,
        Strategy::Geographic,
    ];

    /// The strategy's position in [`Strategy::ALL`].
    pub fn index(self) -> usize {
        match self {
            Strategy::Range => 0,
            Strategy::Hash => 1,
            Strategy::Directory => 2,
            Strategy::Geographic => 3,
        }
    }

    /// The short name used in links (`?strategy=`).
    pub fn key(self) -> &'static str {
        match self {
            Strategy::Range => "range",
            Strategy::Hash => "hash",
            Strategy::Directory => "directory",
            Strategy::Geographic => "geographic",
        }
    }

    /// The strategy named by `key` (as [`Strategy::key`], any case), if any.
    pub fn from_key(key: &str) -> Option<Strategy> {
        Strategy::ALL
            .into_iter()
            .find(|s| s.key().eq_ignore_ascii_case(key.trim()))
    }
}

/// An inclusive range of surname first letters (0 = A … 25 = Z), such as C–F.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LetterRange {
    /// The first letter in the range.
    pub from: u8,
    /// The last letter in the range.
    pub to: u8,
}

impl LetterRange {
    /// The range between two letters, in either order, clamped to A–Z.
    pub fn new(a: u8, b: u8) -> Self {
        let (a, b) = (a.min(25), b.min(25));
        LetterRange {
            from: a.min(b),
            to: a.max(b),
        }
    }

    /// Whether `letter` lies in the range.
    pub fn contains(self, letter: u8) -> bool {
        let r = LetterRange::new(self.from, self.to);
        (r.from..=r.to).contains(&letter)
    }
}

/// One shard's key range under range sharding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShardRange {
    /// The letters the shard holds.
    pub letters: LetterRange,
    /// The shard (0-based; drawn as "Shard 1" for 0).
    pub shard: usize,
}

/// The simulation's starting settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShardingConfig {
    /// Users in the dataset, [`MIN_RECORDS`]..=[`MAX_RECORDS`].
    pub records: usize,
    /// Shards, [`MIN_SHARDS`]..=[`MAX_SHARDS`].
    pub shards: usize,
    /// The strategy routing requests.
    pub strategy: Strategy,
    /// Requests per second, [`MIN_RATE`]..=[`MAX_RATE`].
    pub rate: u32,
}

impl ShardingConfig {
    /// A configuration with every number clamped to its range.
    pub fn new(records: usize, shards: usize, strategy: Strategy, rate: u32) -> Self {
        ShardingConfig {
            records: records.clamp(MIN_RECORDS, MAX_RECORDS),
            shards: shards.clamp(MIN_SHARDS, MAX_SHARDS),
            strategy,
            rate: rate.clamp(MIN_RATE, MAX_RATE),
        }
    }
}

impl Default for ShardingConfig {
    fn default() -> Self {
        ShardingConfig::new(
            DEFAULT_RECORDS,
            DEFAULT_SHARDS,
            Strategy::Range,
            DEFAULT_RATE,
        )
    }
}

/// Why the router could not route a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RouteError {
    /// Directory sharding with the directory down: the lookup table is a single point of
    /// failure, so no shard can be found.
    DirectoryDown,
}

/// One request from the workload: a point lookup of one user, or the insert of a new user,
/// routed by the current strategy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Request {
    /// Sequence number, from 1.
    pub id: u64,
    /// When it arrived on the logical clock, in milliseconds.
    pub at_ms: u64,
    /// The user looked up: its position in [`ShardingSim::records`]; `None` for an insert of
    /// a new user (the [`Workload::Inserts`] workload).
    pub record: Option<usize>,
    /// The user's id.
    pub user_id: u32,
    /// The user's surname.
    pub last_name: &'static str,
    /// The user's region, where the request comes from.
    pub region: Region,
    /// The shard the router sent it to, or `None` when routing failed (the directory is down).
    pub target: Option<usize>,
}

/// The key range a range scan asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScanRange {
    /// Users whose surname starts with a letter in the range.
    Names(LetterRange),
    /// Users who signed up between two days (inclusive, days since 2015-01-01).
    Signup {
        /// The first day.
        from_day: u32,
        /// The last day.
        to_day: u32,
    },
}

impl ScanRange {
    /// Users who signed up in calendar `year` (clamped to the dataset's years).
    pub fn signup_year(year: u32) -> Self {
        let last_year = START_YEAR + YEAR_WEIGHTS.len() as u32 - 1;
        let (from_day, to_day) =
            year_days(year.clamp(START_YEAR, last_year)).unwrap_or((0, DAYS - 1));
        ScanRange::Signup { from_day, to_day }
    }

    /// Whether `record` matches.
    pub fn matches(self, record: &Record) -> bool {
        match self {
            ScanRange::Names(r) => r.contains(record.letter),
            ScanRange::Signup { from_day, to_day } => {
                let day = u32::from(record.signup_day);
                from_day.min(to_day) <= day && day <= from_day.max(to_day)
            }
        }
    }
}

/// A query a student sends through the router.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Query {
    /// Fetch one user by id; `None` picks a random user the way the workload does.
    PointLookup(Option<u32>),
    /// Fetch every user in a key range, optionally only users of one region.
    RangeScan {
        /// The range asked for.
        range: ScanRange,
        /// Only users of this region (a region-scoped query), or everyone.
        region: Option<Region>,
    },
}

/// What a query did: which shards it had to visit and how many records came back.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryOutcome {
    /// The query, with a random point lookup resolved to the user chosen.
    pub query: Query,
    /// The strategy that routed it.
    pub strategy: Strategy,
    /// The shards visited, ascending (empty when the query failed or found no user).
    pub shards: Vec<usize>,
    /// The records returned.
    pub records: usize,
    /// For a point lookup, the user found.
    pub user: Option<Record>,
    /// Whether routing failed because the directory is down.
    pub failed: bool,
}

/// Records moving from one shard to another during a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Flow {
    /// The shard they leave.
    pub from: usize,
    /// The shard they join.
    pub to: usize,
    /// How many records.
    pub records: usize,
}

/// The change that moved records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MoveCause {
    /// A shard was added (its number).
    AddShard(usize),
    /// The last shard was removed (its number).
    RemoveShard(usize),
    /// A range split point was moved.
    MoveSplit,
    /// The range split points were reset to even letter ranges.
    EvenSplits,
    /// A directory entry was reassigned.
    Reassign,
    /// The directory was rebalanced by record count.
    RebalanceDirectory,
}

/// How many records a change moved under each strategy, counted record by record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MoveReport {
    /// What changed.
    pub cause: MoveCause,
    /// Records moved under each strategy, in [`Strategy::ALL`] order.
    pub moved: [usize; 4],
    /// Where they moved, per strategy in [`Strategy::ALL`] order.
    pub flows: [Vec<Flow>; 4],
    /// The records in the dataset.
    pub total: usize,
}

impl MoveReport {
    /// Records moved under `strategy`.
    pub fn moved_by(&self, strategy: Strategy) -> usize {
        self.moved[strategy.index()]
    }
}

/// Summary statistics of per-shard counts: how evenly a strategy spreads records or load.
#[derive(Debug, Clone, PartialEq)]
pub struct Spread {
    /// The count on each shard.
    pub counts: Vec<usize>,
    /// The mean count per shard.
    pub mean: f64,
    /// The largest count divided by the mean (1.0 is perfectly even; 0 when all are empty).
    pub max_over_mean: f64,
    /// The smallest count divided by the mean.
    pub min_over_mean: f64,
    /// The population standard deviation of the counts.
    pub stddev: f64,
}

impl Spread {
    /// The spread of `counts`.
    pub fn of(counts: Vec<usize>) -> Self {
        let n = counts.len().max(1) as f64;
        let mean = counts.iter().sum::<usize>() as f64 / n;
        let var = counts
            .iter()
            .map(|&c| (c as f64 - mean).powi(2))
            .sum::<f64>()
            / n;
        let ratio = |c: Option<&usize>| match c {
            Some(&c) if mean > 0.0 => c as f64 / mean,
            _ => 0.0,
        };
        Spread {
            max_over_mean: ratio(counts.iter().max()),
            min_over_mean: ratio(counts.iter().min()),
            stddev: var.sqrt(),
            mean,
            counts,
        }
    }
}

/// One strategy's row of the scorecard: the chapter's text and the numbers measured here.
#[derive(Debug, Clone, PartialEq)]
pub struct Scorecard {
    /// The strategy.
    pub strategy: Strategy,
    /// Records held per shard.
    pub records: Spread,
    /// Requests served per shard, out of [`SCORE_SAMPLE`] sampled requests.
    pub load: Spread,
    /// Sampled requests that failed (all of them under a down directory).
    pub failed_requests: usize,
    /// Shards a scan of [`STANDARD_NAME_SCAN`] visits.
    pub name_scan_shards: usize,
    /// Shards a scan of [`STANDARD_SCAN_YEAR`]'s signups visits.
    pub date_scan_shards: usize,
    /// Records that adding one shard would move (`None` at [`MAX_SHARDS`]).
    pub moved_on_add: Option<usize>,
    /// Records in the dataset.
    pub total_records: usize,
    /// EU users stored on shards outside EU-West.
    pub residency_violations: usize,
    /// The number of shards.
    pub shards: usize,
    /// Requests per shard when one celebrity user takes [`HOT_KEY_PERCENT`] of them: however
    /// evenly keys are spread, that key's shard stays hot.
    pub hot_key_load: Spread,
    /// Where [`INSERT_SAMPLE`] new sign-ups land. Range sharding is measured on a monotonically
    /// increasing key (even ranges of user id), where every new id is past the last range's
    /// start, so every insert goes to the last shard; the other strategies route as usual.
    pub insert_load: Spread,
}

/// The sharded table, its router under every strategy, and the workload flowing through it.
#[derive(Debug, Clone)]
pub struct ShardingSim {
    config: ShardingConfig,
    data: Dataset,
    layouts: Layouts,
    placements: [Vec<u8>; 4],
    counts: [Vec<usize>; 4],
    directory_down: bool,
    traffic: [u32; 3],
    workload: Workload,
    /// New users inserted on each shard under the current strategy, since the workload,
    /// strategy or layout last changed.
    inserted: Vec<usize>,
    /// The id the next inserted user gets.
    next_user_id: u32,
    now_us: u64,
    next_arrival_us: u64,
    next_request_id: u64,
    window: VecDeque<(u64, Option<u8>)>,
    recent: VecDeque<Request>,
    last_query: Option<QueryOutcome>,
    last_moves: Option<MoveReport>,
    seed: u64,
    rng: SimRng,
}

impl ShardingSim {
    /// A fresh simulation: a dataset generated from `seed`, default layouts, clock at zero.
    pub fn new(config: ShardingConfig, seed: u64) -> Self {
        let config =
            ShardingConfig::new(config.records, config.shards, config.strategy, config.rate);
        let data = Dataset::generate(config.records, seed);
        let layouts = Layouts::fresh(config.shards, &data);
        let mut sim = ShardingSim {
            config,
            data,
            layouts,
            placements: Default::default(),
            counts: Default::default(),
            directory_down: false,
            traffic: REGION_SHARES,
            workload: Workload::Uniform,
            inserted: Vec::new(),
            next_user_id: 0,
            now_us: 0,
            next_arrival_us: 0,
            next_request_id: 1,
            window: VecDeque::new(),
            recent: VecDeque::new(),
            last_query: None,
            last_moves: None,
            seed,
            rng: seeded(seed ^ WORKLOAD_SALT),
        };
        sim.place_all();
        sim.clear_meter();
        sim.schedule_next();
        sim
    }

    // ----- read-only accessors -------------------------------------------------------------

    /// The current settings (the shard count follows adds and removes).
    pub fn config(&self) -> ShardingConfig {
        self.config
    }

    /// The seed the run was started from.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// The strategy routing requests now.
    pub fn strategy(&self) -> Strategy {
        self.config.strategy
    }

    /// The number of shards.
    pub fn shard_count(&self) -> usize {
        self.layouts.n
    }

    /// The dataset.
    pub fn dataset(&self) -> &Dataset {
        &self.data
    }

    /// Every user, in id order.
    pub fn records(&self) -> &[Record] {
        self.data.records()
    }

    /// The shard storing each record under `strategy`, in record order.
    pub fn placement(&self, strategy: Strategy) -> &[u8] {
        &self.placements[strategy.index()]
    }

    /// The shard storing record `index` under `strategy`.
    pub fn shard_of(&self, strategy: Strategy, index: usize) -> Option<usize> {
        self.placements[strategy.index()]
            .get(index)
            .map(|&s| usize::from(s))
    }

    /// The positions of the records stored on `shard` under `strategy`.
    pub fn shard_records(&self, strategy: Strategy, shard: usize) -> Vec<usize> {
        self.placements[strategy.index()]
            .iter()
            .enumerate()
            .filter(|(_, &s)| usize::from(s) == shard)
            .map(|(i, _)| i)
            .collect()
    }

    /// Records held by each shard under the current strategy (the fill bars).
    pub fn record_counts(&self) -> &[usize] {
        self.record_counts_for(self.config.strategy)
    }

    /// Records held by each shard under `strategy`.
    pub fn record_counts_for(&self, strategy: Strategy) -> &[usize] {
        &self.counts[strategy.index()]
    }

    /// The router: where `record` lives under `strategy`, computed from the layout (not from
    /// where records were stored); `Err` says why routing failed.
    pub fn route(&self, strategy: Strategy, record: &Record) -> Result<usize, RouteError> {
        if strategy == Strategy::Directory && self.directory_down {
            return Err(RouteError::DirectoryDown);
        }
        Ok(self.assign(&self.layouts, strategy, record))
    }

    /// Whether range sharding is keyed on the user id rather than the surname: with range
    /// sharding routing the new sign-ups workload, the table is range-sharded on its
    /// increasing id, so stored users are placed, looked up and scanned by id range too (see
    /// [`ShardingSim::insert_id_ranges`]). Every other combination keys range sharding on the
    /// surname.
    pub fn range_keyed_on_id(&self) -> bool {
        self.config.strategy == Strategy::Range && self.workload == Workload::Inserts
    }

    /// The shard storing `record` under `strategy` in `layouts`: range sharding on the user
    /// id when [`ShardingSim::range_keyed_on_id`], the layout's rule otherwise.
    fn assign(&self, layouts: &Layouts, strategy: Strategy, record: &Record) -> usize {
        if strategy == Strategy::Range && self.range_keyed_on_id() {
            id_range_shard(record.id, self.data.len(), layouts.n)
        } else {
            layouts.assign(strategy, record)
        }
    }

    /// Range sharding's ranges, in letter order.
    pub fn ranges(&self) -> Vec<ShardRange> {
        (0..self.layouts.ranges.len())
            .filter_map(|i| {
                let (from, to) = self.layouts.range_span(i)?;
                let shard = self.layouts.ranges.get(i)?.shard;
                Some(ShardRange {
                    letters: LetterRange { from, to },
                    shard,
                })
            })
            .collect()
    }

    /// Range sharding's split points: the first letter of every range but the first.
    pub fn split_points(&self) -> Vec<u8> {
        self.layouts
            .ranges
            .iter()
            .skip(1)
            .map(|e| e.start)
            .collect()
    }

    /// The letters split point `index` may move to, keeping every range non-empty.
    pub fn split_bounds(&self, index: usize) -> Option<(u8, u8)> {
        let before = self.layouts.ranges.get(index)?;
        self.layouts.ranges.get(index + 1)?;
        let next = self.layouts.ranges.get(index + 2).map_or(26, |e| e.start);
        Some((before.start + 1, next - 1))
    }

    /// The directory: the shard each first letter (A to Z) maps to.
    pub fn directory(&self) -> &[usize; 26] {
        &self.layouts.directory
    }

    /// The directory as runs of consecutive letters mapped to the same shard, for drawing.
    pub fn directory_groups(&self) -> Vec<ShardRange> {
        let mut groups: Vec<ShardRange> = Vec::new();
        for (letter, &shard) in self.layouts.directory.iter().enumerate() {
            match groups.last_mut() {
                Some(g) if g.shard == shard => g.letters.to = letter as u8,
                _ => groups.push(ShardRange {
                    letters: LetterRange {
                        from: letter as u8,
                        to: letter as u8,
                    },
                    shard,
                }),
            }
        }
        groups
    }

    /// Whether the directory is down (every directory-routed request then fails).
    pub fn directory_down(&self) -> bool {
        self.directory_down
    }

    /// The region each shard is located in (the geographic layout; the same machines serve
    /// every strategy, so the residency check can be run under any of them).
    pub fn shard_homes(&self) -> &[Region] {
        &self.layouts.homes
    }

    /// The shards serving `region`'s users under geographic sharding.
    pub fn region_shards(&self, region: Region) -> &[usize] {
        self.layouts.serving(region)
    }

    /// The regions whose users a shard holds under geographic sharding.
    pub fn shard_regions(&self, shard: usize) -> Vec<Region> {
        Region::ALL
            .into_iter()
            .filter(|&r| self.layouts.serving(r).contains(&shard))
            .collect()
    }

    /// EU users stored on a shard located outside EU-West under `strategy`. Geographic
    /// sharding keeps this at 0; the others ignore where a user lives.
    pub fn residency_violations(&self, strategy: Strategy) -> usize {
        let homes = &self.layouts.homes;
        self.data
            .records()
            .iter()
            .zip(&self.placements[strategy.index()])
            .filter(|(r, &s)| {
                r.region == Region::EuWest && homes.get(usize::from(s)) != Some(&Region::EuWest)
            })
            .count()
    }

    /// The traffic weights per region (US-East, EU-West, APAC).
    pub fn traffic(&self) -> [u32; 3] {
        self.traffic
    }

    /// What the live request stream asks for.
    pub fn workload(&self) -> Workload {
        self.workload
    }

    /// The celebrity user: the one the [`Workload::Celebrity`] workload asks for in
    /// [`HOT_KEY_PERCENT`] of requests, and the most popular under [`Workload::Zipf`].
    pub fn celebrity(&self) -> Option<&Record> {
        self.data.records().first()
    }

    /// New users inserted on each shard by the [`Workload::Inserts`] workload, since the
    /// workload, strategy or layout last changed. They are counted here, not added to the
    /// records the other requests look up.
    pub fn inserted(&self) -> &[usize] {
        &self.inserted
    }

    /// The user-id range each shard takes new sign-ups from under range sharding on the
    /// increasing id (see [`id_ranges`]): the stored ids split evenly, the last range open.
    pub fn insert_id_ranges(&self) -> Vec<IdRange> {
        id_ranges(self.data.len(), self.layouts.n)
    }

    /// Where a new user is inserted under `strategy`: range sharding routes on the increasing
    /// user id (the ids stored so far split into even ranges, so every new id falls in the
    /// last one); the other strategies route as for any user.
    pub fn route_insert(&self, strategy: Strategy, record: &Record) -> Result<usize, RouteError> {
        if strategy == Strategy::Directory && self.directory_down {
            return Err(RouteError::DirectoryDown);
        }
        let n = self.layouts.n;
        Ok(insert_shard(strategy, record, self.data.len(), n, |r| {
            self.layouts.assign(strategy, r)
        }))
    }

    /// The logical clock, in milliseconds.
    pub fn now_ms(&self) -> u64 {
        self.now_us / 1_000
    }

    /// The latest requests, oldest first (at most [`RECENT_REQUESTS`]).
    pub fn recent_requests(&self) -> &VecDeque<Request> {
        &self.recent
    }

    /// Requests in the sliding window, routed or failed.
    pub fn window_requests(&self) -> usize {
        self.in_window().count()
    }

    /// Each shard's load: requests per second over the last [`WINDOW_MS`].
    pub fn loads(&self) -> Vec<f64> {
        let mut hits = vec![0usize; self.layouts.n];
        for (_, target) in self.in_window() {
            if let Some(h) = target.and_then(|s| hits.get_mut(usize::from(s))) {
                *h += 1;
            }
        }
        let secs = WINDOW_MS as f64 / 1_000.0;
        hits.into_iter().map(|h| h as f64 / secs).collect()
    }

    /// Failed requests per second over the last [`WINDOW_MS`].
    pub fn failures_per_sec(&self) -> f64 {
        let failed = self.in_window().filter(|(_, t)| t.is_none()).count();
        failed as f64 * 1_000.0 / WINDOW_MS as f64
    }

    /// The mean shard load, requests per second.
    pub fn mean_load(&self) -> f64 {
        let loads = self.loads();
        loads.iter().sum::<f64>() / loads.len().max(1) as f64
    }

    /// Each shard's load divided by the mean load (0 when nothing was served).
    pub fn load_ratios(&self) -> Vec<f64> {
        let loads = self.loads();
        let mean = loads.iter().sum::<f64>() / loads.len().max(1) as f64;
        loads
            .into_iter()
            .map(|l| if mean > 0.0 { l / mean } else { 0.0 })
            .collect()
    }

    /// The hot spots: shards serving more than [`HOT_FACTOR`] times the mean load, once the
    /// window holds at least [`MIN_HOT_SAMPLES`] routed requests.
    pub fn hot_shards(&self) -> Vec<usize> {
        let routed = self.in_window().filter(|(_, t)| t.is_some()).count();
        if routed < MIN_HOT_SAMPLES {
            return Vec::new();
        }
        self.load_ratios()
            .into_iter()
            .enumerate()
            .filter(|(_, r)| *r > HOT_FACTOR)
            .map(|(i, _)| i)
            .collect()
    }

    /// Whether `shard` is a hot spot.
    pub fn is_hot(&self, shard: usize) -> bool {
        self.hot_shards().contains(&shard)
    }

    /// The last query's outcome, if any since the last layout reset.
    pub fn last_query(&self) -> Option<&QueryOutcome> {
        self.last_query.as_ref()
    }

    /// The last change that moved records, if any since the last layout reset.
    pub fn last_moves(&self) -> Option<&MoveReport> {
        self.last_moves.as_ref()
    }

    // ----- queries -------------------------------------------------------------------------

    /// Runs `query` under `strategy` without changing anything; `PointLookup(None)` finds no
    /// user (use the event to draw a random one).
    pub fn run_query(&self, strategy: Strategy, query: Query) -> QueryOutcome {
        let failed = strategy == Strategy::Directory && self.directory_down;
        let mut outcome = QueryOutcome {
            query,
            strategy,
            shards: Vec::new(),
            records: 0,
            user: None,
            failed,
        };
        match query {
            Query::PointLookup(id) => {
                let Some(record) = id.and_then(|id| self.data.by_id(id)) else {
                    return outcome;
                };
                outcome.user = Some(*record);
                if let Ok(shard) = self.route(strategy, record) {
                    outcome.shards = vec![shard];
                    outcome.records = 1;
                }
            }
            Query::RangeScan { range, region } => {
                if failed {
                    return outcome;
                }
                outcome.shards = self.scan_shards(strategy, range, region);
                outcome.records = self
                    .data
                    .records()
                    .iter()
                    .filter(|r| range.matches(r) && region.is_none_or(|g| r.region == g))
                    .count();
            }
        }
        outcome
    }

    /// The shards a range scan must visit under `strategy`: only those whose key ranges
    /// overlap it when the scan is on the shard key, every shard otherwise.
    fn scan_shards(
        &self,
        strategy: Strategy,
        range: ScanRange,
        region: Option<Region>,
    ) -> Vec<usize> {
        let n = self.layouts.n;
        let mut shards: Vec<usize> = match (strategy, range, region) {
            (Strategy::Geographic, _, Some(region)) => self.layouts.serving(region).to_vec(),
            (Strategy::Range, ScanRange::Names(want), _) if !self.range_keyed_on_id() => {
                let want = LetterRange::new(want.from, want.to);
                self.ranges()
                    .into_iter()
                    .filter(|r| r.letters.from <= want.to && r.letters.to >= want.from)
                    .map(|r| r.shard)
                    .collect()
            }
            (Strategy::Directory, ScanRange::Names(want), _) => {
                let want = LetterRange::new(want.from, want.to);
                (want.from..=want.to)
                    .filter_map(|l| self.layouts.directory.get(l as usize).copied())
                    .collect()
            }
            _ => (0..n).collect(),
        };
        crate::sort::sort_usizes(&mut shards);
        shards.dedup();
        shards
    }

    // ----- scorecard -----------------------------------------------------------------------

    /// The scorecard row for `strategy`, measured on the current data and layouts.
    pub fn scorecard(&self, strategy: Strategy) -> Scorecard {
        let n = self.layouts.n;
        let mut hits = vec![0usize; n];
        let mut failed = 0;
        let mut rng = seeded(self.seed ^ SCORE_SALT);
        for _ in 0..SCORE_SAMPLE {
            let index = draw_record(&mut rng, &self.data, self.traffic);
            let target = self
                .data
                .records()
                .get(index)
                .and_then(|r| self.route(strategy, r).ok());
            match target.and_then(|s| hits.get_mut(s)) {
                Some(h) => *h += 1,
                None => failed += 1,
            }
        }
        let scan = |range| {
            self.run_query(
                strategy,
                Query::RangeScan {
                    range,
                    region: None,
                },
            )
            .shards
            .len()
        };
        let moved_on_add = {
            let mut grown = self.layouts.clone();
            grown.add_shard(&self.data).map(|_| {
                self.data
                    .records()
                    .iter()
                    .zip(&self.placements[strategy.index()])
                    .filter(|(r, &s)| self.assign(&grown, strategy, r) != usize::from(s))
                    .count()
            })
        };
        Scorecard {
            strategy,
            records: Spread::of(self.counts[strategy.index()].clone()),
            load: Spread::of(hits),
            failed_requests: failed,
            name_scan_shards: scan(ScanRange::Names(STANDARD_NAME_SCAN)),
            date_scan_shards: scan(ScanRange::signup_year(STANDARD_SCAN_YEAR)),
            moved_on_add,
            total_records: self.data.len(),
            residency_violations: self.residency_violations(strategy),
            shards: n,
            hot_key_load: self.hot_key_load(strategy),
            insert_load: self.insert_load(strategy),
        }
    }

    /// Requests per shard over [`SCORE_SAMPLE`] requests when the first user takes
    /// [`HOT_KEY_PERCENT`] of them and the rest follow the usual workload.
    pub fn hot_key_load(&self, strategy: Strategy) -> Spread {
        let mut hits = vec![0usize; self.layouts.n];
        let mut rng = seeded(self.seed ^ SCORE_SALT ^ 1);
        for _ in 0..SCORE_SAMPLE {
            let index = draw_lookup(&mut rng, &self.data, self.traffic, Workload::Celebrity);
            let target = self
                .data
                .records()
                .get(index)
                .and_then(|r| self.route(strategy, r).ok());
            if let Some(h) = target.and_then(|s| hits.get_mut(s)) {
                *h += 1;
            }
        }
        Spread::of(hits)
    }

    /// Where [`INSERT_SAMPLE`] new users land: ids after the largest, signed up on the last
    /// day, routed as [`ShardingSim::route_insert`] routes them (range sharding on the user id,
    /// so the new ids all fall in the last range; the others as usual).
    pub fn insert_load(&self, strategy: Strategy) -> Spread {
        let mut hits = vec![0usize; self.layouts.n];
        let mut rng = seeded(self.seed ^ SCORE_SALT ^ 2);
        let hi = self.data.len() as u32;
        for k in 0..INSERT_SAMPLE {
            let template = draw_record(&mut rng, &self.data, self.traffic);
            let Some(base) = self.data.records().get(template) else {
                continue;
            };
            let record = new_user(hi.saturating_add(1 + k as u32), base);
            let target = self.route_insert(strategy, &record).ok();
            if let Some(h) = target.and_then(|s| hits.get_mut(s)) {
                *h += 1;
            }
        }
        Spread::of(hits)
    }

    /// The scorecard rows for all four strategies, in [`Strategy::ALL`] order.
    pub fn scorecards(&self) -> Vec<Scorecard> {
        Strategy::ALL.iter().map(|&s| self.scorecard(s)).collect()
    }

    // ----- the workload --------------------------------------------------------------------

    /// Runs the clock forward `ms` milliseconds (at most [`MAX_ADVANCE_MS`]) and returns the
    /// requests that arrived, each already routed.
    pub fn advance(&mut self, ms: u64) -> Vec<Request> {
        let end = self.now_us.saturating_add(ms.min(MAX_ADVANCE_MS) * 1_000);
        let mut out = Vec::new();
        // At most one request per microsecond, so the loop always ends.
        let cap = (end - self.now_us) as usize + 1;
        while self.next_arrival_us <= end && out.len() < cap {
            self.now_us = self.next_arrival_us;
            out.push(self.emit());
        }
        self.now_us = end;
        self.evict();
        out
    }

    /// Runs the clock to the next request's arrival and returns it, routed.
    pub fn step(&mut self) -> Request {
        self.now_us = self.now_us.max(self.next_arrival_us);
        let request = self.emit();
        self.evict();
        request
    }

    fn emit(&mut self) -> Request {
        let index = draw_lookup(&mut self.rng, &self.data, self.traffic, self.workload);
        let found = self.data.records().get(index).copied().unwrap_or(Record {
            id: 0,
            last_name: "",
            letter: 0,
            signup_day: 0,
            region: Region::UsEast,
        });
        let strategy = self.config.strategy;
        let (record, position, target) = if self.workload == Workload::Inserts {
            let record = new_user(self.next_user_id, &found);
            self.next_user_id = self.next_user_id.saturating_add(1);
            let target = self.route_insert(strategy, &record).ok();
            if let Some(c) = target.and_then(|s| self.inserted.get_mut(s)) {
                *c += 1;
            }
            (record, None, target)
        } else {
            (found, Some(index), self.route(strategy, &found).ok())
        };
        let request = Request {
            id: self.next_request_id,
            at_ms: self.now_us / 1_000,
            record: position,
            user_id: record.id,
            last_name: record.last_name,
            region: record.region,
            target,
        };
        self.next_request_id += 1;
        self.window
            .push_back((self.now_us, target.map(|s| s as u8)));
        if self.recent.len() >= RECENT_REQUESTS {
            self.recent.pop_front();
        }
        self.recent.push_back(request);
        self.schedule_next();
        request
    }

    /// Schedules the next arrival a uniformly random gap (averaging 1/rate) after now.
    fn schedule_next(&mut self) {
        let mean_us = 1_000_000 / u64::from(self.config.rate.clamp(MIN_RATE, MAX_RATE));
        let gap = self.rng.random_range(1..=2 * mean_us - 1);
        self.next_arrival_us = self.now_us.saturating_add(gap);
    }

    fn in_window(&self) -> impl Iterator<Item = &(u64, Option<u8>)> + '_ {
        let now = self.now_us;
        self.window
            .iter()
            .filter(move |(t, _)| t.saturating_add(WINDOW_US) > now)
    }

    fn evict(&mut self) {
        while let Some(&(t, _)) = self.window.front() {
            if t.saturating_add(WINDOW_US) > self.now_us {
                break;
            }
            self.window.pop_front();
        }
    }

    /// Starts the load meter, the recent requests and the insert counts afresh; new users
    /// get ids after the stored ones.
    fn clear_meter(&mut self) {
        self.window.clear();
        self.recent.clear();
        self.inserted = vec![0; self.layouts.n];
        self.next_user_id = (self.data.len() as u32).saturating_add(1);
    }

    // ----- placement -----------------------------------------------------------------------

    /// Stores every record on its shard under every strategy, and recounts the shards.
    /// Re-places every record if range sharding's key changed (surname or user id) since
    /// `was_on_id`; no other placement depends on the strategy or the workload.
    fn rekey(&mut self, was_on_id: bool) {
        if self.range_keyed_on_id() != was_on_id {
            self.place_all();
        }
    }

    fn place_all(&mut self) {
        let n = self.layouts.n;
        for s in Strategy::ALL {
            let placement: Vec<u8> = self
                .data
                .records()
                .iter()
                .map(|r| self.assign(&self.layouts, s, r) as u8)
                .collect();
            let mut counts = vec![0usize; n];
            for &p in &placement {
                if let Some(c) = counts.get_mut(usize::from(p)) {
                    *c += 1;
                }
            }
            self.placements[s.index()] = placement;
            self.counts[s.index()] = counts;
        }
    }

    /// Re-places every record after a layout change and reports, record by record, which
    /// moved where under each strategy.
    fn relocate(&mut self, cause: MoveCause) -> MoveReport {
        let before = std::mem::take(&mut self.placements);
        self.place_all();
        let mut moved = [0usize; 4];
        let mut flows: [Vec<Flow>; 4] = Default::default();
        for s in Strategy::ALL {
            let mut matrix = [[0usize; MAX_SHARDS]; MAX_SHARDS];
            for (&a, &b) in before[s.index()].iter().zip(&self.placements[s.index()]) {
                if a != b {
                    moved[s.index()] += 1;
                    if let Some(cell) = matrix
                        .get_mut(usize::from(a))
                        .and_then(|row| row.get_mut(usize::from(b)))
                    {
                        *cell += 1;
                    }
                }
            }
            for (from, row) in matrix.iter().enumerate() {
                for (to, &records) in row.iter().enumerate() {
                    if records > 0 {
                        flows[s.index()].push(Flow { from, to, records });
                    }
                }
            }
        }
        let report = MoveReport {
            cause,
            moved,
            flows,
            total: self.data.len(),
        };
        self.last_moves = Some(report.clone());
        report
    }

    fn reset_layouts(&mut self, shards: usize) {
        self.layouts = Layouts::fresh(shards, &self.data);
        self.config.shards = self.layouts.n;
        self.place_all();
        self.clear_meter();
        self.last_moves = None;
        self.last_query = None;
    }
}
