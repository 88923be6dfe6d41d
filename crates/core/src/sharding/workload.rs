//! The live workload: which keys the request stream asks for. Uniform lookups follow the data
//! (a region by traffic weight, then one of its users); a celebrity takes a fixed share of all
//! requests; Zipf-skewed lookups make a few users far more popular than the rest; new sign-ups
//! insert users with ever-increasing ids. Hashing spreads keys, not requests: the first two
//! show a hot key that no placement can spread, the last a hot *range* that range sharding on
//! an increasing key cannot avoid.

use crate::num::Within;
use rand::Rng;

use super::data::{self, Dataset, Record, Region, DAYS};
use super::Strategy;
use crate::rng::SimRng;

/// The share of requests, in percent, that the celebrity workload (and the scorecard's skewed
/// workload) sends to one celebrity user, the dataset's first: a hot key no placement of keys
/// can spread.
pub const HOT_KEY_PERCENT: u32 = 30;

/// What the live request stream asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Workload {
    /// Point lookups of users drawn the way the data is spread: keys follow the data's skew.
    #[default]
    Uniform,
    /// [`HOT_KEY_PERCENT`] % of lookups ask for one celebrity user (user #1); the rest are
    /// uniform. One hot key: its shard is hot under every strategy.
    Celebrity,
    /// Lookups with Zipf-skewed popularity (exponent 1): user #k is asked for with probability
    /// ln((k + 1)/k) / ln(n + 1), so user #1 takes about 10 % of 1,000 users' requests and the
    /// top 10 a third, as a few accounts draw most of the traffic on a social network.
    Zipf,
    /// Inserts of new users with the next user id (an auto-increment key) and today's signup
    /// date (a timestamp), surname and region drawn like the existing users'. Range sharding
    /// on such a key sends every insert to the last range.
    Inserts,
}

impl Workload {
    /// Every workload, in menu order.
    pub const ALL: [Workload; 4] = [
        Workload::Uniform,
        Workload::Celebrity,
        Workload::Zipf,
        Workload::Inserts,
    ];

    /// The short name used in links (`?workload=`).
    pub fn key(self) -> &'static str {
        match self {
            Workload::Uniform => "uniform",
            Workload::Celebrity => "celebrity",
            Workload::Zipf => "zipf",
            Workload::Inserts => "inserts",
        }
    }

    /// The workload named by `key` (as [`Workload::key`], any case), if any.
    pub fn from_key(key: &str) -> Option<Workload> {
        Workload::ALL
            .into_iter()
            .find(|w| w.key().eq_ignore_ascii_case(key.trim()))
    }
}

/// Where range sharding on an increasing key sends user `id`: the ids stored now (1 to
/// `stored`) are split into `shards` even ranges, and every id past them falls in the last.
pub fn id_range_shard(id: u32, stored: usize, shards: usize) -> usize {
    let shards = shards.max(1);
    let offset = u64::from(id.saturating_sub(1));
    let width = (stored.max(1)) as u64;
    ((offset * shards as u64 / width) as usize).min(shards - 1)
}

/// One shard's range of user ids under range sharding on the increasing id: ids `first` to
/// `last`, or, for the last shard, `first` and every id after it (`last` is `None`). That open
/// end is why every new sign-up lands on the last shard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IdRange {
    /// The shard holding the range.
    pub shard: usize,
    /// The first id in the range.
    pub first: u32,
    /// The last id in the range, or `None` for the open-ended last range.
    pub last: Option<u32>,
}

/// The id ranges [`id_range_shard`] gives `shards` shards when `stored` users are stored:
/// shard `i` starts at id ⌈i × stored / shards⌉ + 1 and ends just before the next one; the
/// last is open-ended.
pub fn id_ranges(stored: usize, shards: usize) -> Vec<IdRange> {
    let shards = shards.max(1);
    let width = stored.max(1) as u64;
    let first = |i: usize| -> u32 {
        let start = (i as u64 * width).div_ceil(shards as u64) + 1;
        u32::try_from(start).unwrap_or(u32::MAX)
    };
    (0..shards)
        .map(|i| IdRange {
            shard: i,
            first: first(i),
            last: (i + 1 < shards).then(|| first(i + 1).saturating_sub(1)),
        })
        .collect()
}

/// How an inserted user is routed: range sharding on the increasing user id (see
/// [`id_range_shard`]); every other strategy by its usual rule, given as `route`.
pub fn insert_shard(
    strategy: Strategy,
    record: &Record,
    stored: usize,
    shards: usize,
    route: impl FnOnce(&Record) -> usize,
) -> usize {
    match strategy {
        Strategy::Range => id_range_shard(record.id, stored, shards),
        _ => route(record),
    }
}

/// A record drawn the way uniform lookups draw them: a region by traffic weight, then one of
/// that region's users at random, so keys follow the data's own skew.
pub fn draw_record(rng: &mut SimRng, data: &Dataset, traffic: [u32; 3]) -> usize {
    let cumulative: Vec<u32> = traffic
        .iter()
        .scan(0u32, |acc, &w| {
            *acc += w;
            Some(*acc)
        })
        .collect();
    let region = Region::ALL
        .get(data::draw(rng, &cumulative))
        .copied()
        .unwrap_or(Region::UsEast);
    let members = data.region_members(region);
    if members.is_empty() {
        rng.random_range(0..data.len().max(1))
    } else {
        members
            .get(rng.random_range(0..members.len()))
            .map_or(0, |&i| i as usize)
    }
}

/// The position of the user a lookup asks for under `workload` (inserts draw the user whose
/// surname and region the new user shares).
pub fn draw_lookup(
    rng: &mut SimRng,
    data: &Dataset,
    traffic: [u32; 3],
    workload: Workload,
) -> usize {
    match workload {
        Workload::Celebrity if rng.random_range(0..100) < HOT_KEY_PERCENT => 0,
        Workload::Zipf => zipf_rank(rng.random::<f64>(), data.len()),
        _ => draw_record(rng, data, traffic),
    }
}

/// The 0-based popularity rank for a uniform `u` in [0, 1) among `n` users: rank k + 1 is
/// drawn when (n + 1)^u falls in [k + 1, k + 2), so P(k) = ln((k + 2)/(k + 1)) / ln(n + 1).
pub fn zipf_rank(u: f64, n: usize) -> usize {
    let n = n.max(1);
    let x = ((n + 1) as f64).powf(u.within(0.0, 1.0));
    (x.floor() as usize).saturating_sub(1).min(n - 1)
}

/// A new user signing up now: id `id`, the last signup day, surname and region copied from
/// `like` (so new names and regions follow the data's skew).
pub fn new_user(id: u32, like: &Record) -> Record {
    Record {
        id,
        signup_day: (DAYS - 1) as u16,
        ..*like
    }
}
