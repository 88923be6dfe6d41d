//! Where every record goes under each of the four strategies, and how each strategy's layout
//! changes when a shard is added or removed.
//!
//! Shards are numbered 0..n; adding a shard appends number n and removing one drops the last,
//! so a shard keeps its number (and its data) across resizes and moves can be counted by
//! comparing a record's shard before and after.

use xxhash_rust::xxh32::xxh32;

use super::data::{Dataset, Record, Region};
use super::Strategy;

/// The fewest shards.
pub const MIN_SHARDS: usize = 2;
/// The most shards.
pub const MAX_SHARDS: usize = 8;

/// One key range of range sharding: surnames from `start` up to the next range's start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct RangeEntry {
    pub(super) start: u8,
    pub(super) shard: usize,
}

/// The four strategies' routing state for `n` shards.
#[derive(Debug, Clone)]
pub(super) struct Layouts {
    pub(super) n: usize,
    /// Range sharding: ranges in letter order; the first starts at A, each is non-empty.
    pub(super) ranges: Vec<RangeEntry>,
    /// Range sharding's ranges flattened to letter → shard.
    pub(super) range_map: [usize; 26],
    /// Directory sharding: the lookup table, first letter → shard.
    pub(super) directory: [usize; 26],
    /// Geographic sharding: the region each shard is located in.
    pub(super) homes: Vec<Region>,
    /// Geographic sharding: the shards serving each region's users.
    pub(super) region_shards: [Vec<usize>; 3],
}

/// What [`Layouts::add_shard`] or [`Layouts::remove_shard`] changed, for narration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Resize {
    /// Range sharding: the letters split off to the new shard, or merged into a neighbour.
    pub(super) range: (u8, u8),
    /// Range sharding: the shard the range came from (add) or went to (remove).
    pub(super) range_other: usize,
    /// Directory sharding: the letters whose table entry changed.
    pub(super) letters: Vec<u8>,
    /// Geographic sharding: the region that gained or lost a shard.
    pub(super) region: Region,
}

/// xxh32 of the user id: the hash both hash and geographic sharding spread records with.
pub(super) fn id_hash(id: u32) -> usize {
    xxh32(&id.to_le_bytes(), 0) as usize
}

/// Even letter ranges for `n` shards: 26 letters split as evenly as possible, longer first.
pub(super) fn even_ranges(n: usize) -> Vec<RangeEntry> {
    let n = n.clamp(1, 26);
    let (base, extra) = (26 / n, 26 % n);
    let mut start = 0u8;
    (0..n)
        .map(|shard| {
            let entry = RangeEntry { start, shard };
            start += (base + usize::from(shard < extra)) as u8;
            entry
        })
        .collect()
}

impl Layouts {
    /// The starting layouts for `n` shards (clamped to [`MIN_SHARDS`]..=[`MAX_SHARDS`]).
    pub(super) fn fresh(n: usize, data: &Dataset) -> Self {
        let n = n.clamp(MIN_SHARDS, MAX_SHARDS);
        let mut layouts = Layouts {
            n: MIN_SHARDS,
            ranges: even_ranges(n),
            range_map: [0; 26],
            directory: [0; 26],
            homes: vec![Region::UsEast, Region::EuWest],
            region_shards: Default::default(),
        };
        while layouts.homes.len() < n {
            let region = layouts.next_region(data);
            layouts.homes.push(region);
        }
        layouts.n = n;
        layouts.directory = balanced_directory(n, data.letter_counts());
        layouts.sync();
        layouts
    }

    /// Recomputes the derived tables after a change.
    pub(super) fn sync(&mut self) {
        for (i, entry) in self.ranges.iter().enumerate() {
            let end = self.ranges.get(i + 1).map_or(26, |next| next.start);
            for letter in entry.start..end {
                if let Some(slot) = self.range_map.get_mut(letter as usize) {
                    *slot = entry.shard;
                }
            }
        }
        for region in Region::ALL {
            self.region_shards[region.index()] = self
                .homes
                .iter()
                .enumerate()
                .filter(|(_, home)| **home == region)
                .map(|(i, _)| i)
                .collect();
        }
    }

    /// The shards serving `region`: its own, or US-East's when it has none (APAC with two
    /// shards: EU-West keeps its own shard and the rest of the world shares the other).
    pub(super) fn serving(&self, region: Region) -> &[usize] {
        let own = &self.region_shards[region.index()];
        if own.is_empty() {
            &self.region_shards[Region::UsEast.index()]
        } else {
            own
        }
    }

    /// The shard that stores `record` under `strategy`.
    pub(super) fn assign(&self, strategy: Strategy, record: &Record) -> usize {
        let letter = record.letter as usize;
        let shard = match strategy {
            Strategy::Range => self.range_map.get(letter).copied().unwrap_or(0),
            Strategy::Hash => id_hash(record.id) % self.n,
            Strategy::Directory => self.directory.get(letter).copied().unwrap_or(0),
            Strategy::Geographic => {
                let shards = self.serving(record.region);
                match shards.len() {
                    0 => 0,
                    k => shards.get(id_hash(record.id) % k).copied().unwrap_or(0),
                }
            }
        };
        shard.min(self.n - 1)
    }

    /// The inclusive letter span of the range at position `i` in letter order.
    pub(super) fn range_span(&self, i: usize) -> Option<(u8, u8)> {
        let entry = self.ranges.get(i)?;
        let end = self.ranges.get(i + 1).map_or(26, |next| next.start);
        Some((entry.start, end.saturating_sub(1)))
    }

    /// The region that gets the next shard: the one with the most users per shard (a region
    /// with no shard of its own first).
    fn next_region(&self, data: &Dataset) -> Region {
        let counts = data.region_counts();
        let shards = |r: Region| self.homes.iter().filter(|h| **h == r).count() as u64;
        let mut best = Region::UsEast;
        for r in Region::ALL {
            let (a, sa) = (counts[r.index()] as u64, shards(r));
            let (b, sb) = (counts[best.index()] as u64, shards(best));
            // a / sa > b / sb, with a region that has no shard counting as infinitely loaded.
            let better = match (sa, sb) {
                (0, 0) => false,
                (0, _) => true,
                (_, 0) => false,
                _ => a * sb > b * sa,
            };
            if better {
                best = r;
            }
        }
        best
    }

    /// Adds shard number `n`. Range sharding splits its largest range in two and gives the
    /// upper part to the new shard; the directory hands the new shard letters from the
    /// busiest shards until it holds about a fair share; geographic sharding gives the new
    /// shard to the region with the most users per shard; hash sharding just changes its
    /// modulus (which is what moves most records).
    pub(super) fn add_shard(&mut self, data: &Dataset) -> Option<Resize> {
        if self.n >= MAX_SHARDS {
            return None;
        }
        let (range, range_other) = self.split_largest_range(data);
        let letters = self.directory_hand_over(data);
        // Geographic: one more shard for the region with the most users per shard.
        let region = self.next_region(data);
        self.homes.push(region);

        self.n += 1;
        self.sync();
        Some(Resize {
            range,
            range_other,
            letters,
            region,
        })
    }

    /// Range sharding's part of adding shard `n`: splits the largest range spanning at least
    /// two letters where it halves the range's records most evenly, and gives the upper part
    /// to the new shard. Returns the letters split off and the shard they came from.
    fn split_largest_range(&mut self, data: &Dataset) -> ((u8, u8), usize) {
        let counts = data.letter_counts();
        let span_count = |(a, b): (u8, u8)| -> usize {
            counts
                .get(a as usize..=b as usize)
                .map_or(0, |s| s.iter().sum())
        };
        let mut best: Option<(usize, usize)> = None;
        for i in 0..self.ranges.len() {
            let Some(span) = self.range_span(i) else {
                continue;
            };
            if span.1 > span.0 {
                let size = span_count(span);
                if best.is_none_or(|(_, s)| size > s) {
                    best = Some((i, size));
                }
            }
        }
        let Some((i, _)) = best else {
            return ((0, 0), 0);
        };
        let (Some((a, b)), Some(entry)) = (self.range_span(i), self.ranges.get(i).copied()) else {
            return ((0, 0), 0);
        };
        let total = span_count((a, b));
        let mut split = a + 1;
        let mut best_gap = usize::MAX;
        for s in a + 1..=b {
            let lower = span_count((a, s - 1));
            let gap = lower.abs_diff(total - lower);
            if gap < best_gap {
                best_gap = gap;
                split = s;
            }
        }
        let new = RangeEntry {
            start: split,
            shard: self.n,
        };
        self.ranges.insert(i + 1, new);
        ((split, b), entry.shard)
    }

    /// Directory sharding's part of adding shard `n`: the new shard takes letters from the
    /// busiest shards up to a fair share of records (at least one letter). Returns the letters
    /// it took, ascending.
    fn directory_hand_over(&mut self, data: &Dataset) -> Vec<u8> {
        let new = self.n;
        let counts = data.letter_counts();
        let target = data.len() / (self.n + 1);
        let mut taken: Vec<u8> = Vec::new();
        let mut held = 0usize;
        loop {
            let loads = table_loads(&self.directory, counts, self.n);
            let mut order: Vec<usize> = (0..self.n).collect();
            // Most loaded first (`!` reverses the order).
            crate::sort::sort_by_u64_key(&mut order, |&s| {
                !(loads.get(s).copied().unwrap_or(0) as u64)
            });
            let pick = order.iter().find_map(|&donor| {
                let letters: Vec<usize> = (0..26).filter(|&l| self.directory[l] == donor).collect();
                if letters.len() < 2 {
                    return None;
                }
                letters
                    .into_iter()
                    .filter(|&l| counts[l] > 0 && held + counts[l] <= target)
                    .max_by_key(|&l| (counts[l], std::cmp::Reverse(l)))
            });
            let Some(letter) = pick else { break };
            self.directory[letter] = new;
            held += counts[letter];
            taken.push(letter as u8);
        }
        if taken.is_empty() {
            if let Some(letter) = self.smallest_spare_letter(counts) {
                self.directory[letter] = new;
                taken.push(letter as u8);
            }
        }
        crate::sort::sort_ints(&mut taken);
        taken
    }

    /// When every candidate letter is too big for a fair share: the smallest letter of the
    /// busiest shard that has more than one, so the new shard owns at least one key range.
    fn smallest_spare_letter(&self, counts: &[usize; 26]) -> Option<usize> {
        let loads = table_loads(&self.directory, counts, self.n);
        (0..26)
            .filter(|&l| {
                (0..26)
                    .filter(|&m| self.directory[m] == self.directory[l])
                    .count()
                    > 1
            })
            .min_by_key(|&l| {
                let donor = self.directory[l];
                (
                    std::cmp::Reverse(loads.get(donor).copied().unwrap_or(0)),
                    counts[l],
                    l,
                )
            })
    }

    /// Removes the last shard. Range sharding merges its range into the smaller neighbour;
    /// the directory hands its letters to the least-loaded shards; geographic sharding takes
    /// the shard from its region; hash sharding changes its modulus.
    pub(super) fn remove_shard(&mut self, data: &Dataset) -> Option<Resize> {
        if self.n <= MIN_SHARDS {
            return None;
        }
        let gone = self.n - 1;
        let counts = data.letter_counts();
        let span_count = |span: Option<(u8, u8)>| -> usize {
            span.and_then(|(a, b)| counts.get(a as usize..=b as usize))
                .map_or(0, |s| s.iter().sum())
        };

        // Range: merge into the neighbour holding fewer records.
        let (mut range, mut range_other) = ((0, 0), 0);
        if let Some(p) = self.ranges.iter().position(|e| e.shard == gone) {
            let span = self.range_span(p).unwrap_or((0, 0));
            let prev = p
                .checked_sub(1)
                .map(|q| (q, span_count(self.range_span(q))));
            let next =
                (p + 1 < self.ranges.len()).then(|| (p + 1, span_count(self.range_span(p + 1))));
            let into_next = match (prev, next) {
                (Some((_, a)), Some((_, b))) => b < a,
                (None, _) => true,
                (_, None) => false,
            };
            if into_next {
                if let Some(next) = self.ranges.get_mut(p + 1) {
                    next.start = span.0;
                    range_other = next.shard;
                }
            } else if let Some(prev) = p.checked_sub(1).and_then(|q| self.ranges.get(q)) {
                range_other = prev.shard;
            }
            self.ranges.remove(p);
            range = span;
        }

        // Directory: the removed shard's letters, largest first, go to the least-loaded shard.
        let mut letters: Vec<usize> = (0..26).filter(|&l| self.directory[l] == gone).collect();
        crate::sort::sort_by_u64_keys(&mut letters, |&l| (!(counts[l] as u64), l as u64));
        for &l in &letters {
            let loads = table_loads(&self.directory, counts, gone);
            let target = (0..gone)
                .min_by_key(|&s| (loads.get(s).copied().unwrap_or(0), s))
                .unwrap_or(0);
            self.directory[l] = target;
        }
        crate::sort::sort_usizes(&mut letters);

        let region = self.homes.pop().unwrap_or(Region::UsEast);
        self.n -= 1;
        self.sync();
        Some(Resize {
            range,
            range_other,
            letters: letters.into_iter().map(|l| l as u8).collect(),
            region,
        })
    }
}

/// Records per shard implied by a letter → shard table, over shards 0..n.
pub(super) fn table_loads(table: &[usize; 26], counts: &[usize; 26], n: usize) -> Vec<usize> {
    let mut loads = vec![0usize; n];
    for (letter, &shard) in table.iter().enumerate() {
        if let Some(load) = loads.get_mut(shard) {
            *load += counts[letter];
        }
    }
    loads
}

/// A directory table balancing records across `n` shards: letters from largest to smallest,
/// each to the shard holding the fewest records so far (longest-processing-time-first).
pub(super) fn balanced_directory(n: usize, counts: &[usize; 26]) -> [usize; 26] {
    let n = n.max(1);
    let mut table = [0usize; 26];
    let mut loads = vec![0usize; n];
    let mut letters: Vec<usize> = (0..26).collect();
    crate::sort::sort_by_u64_keys(&mut letters, |&l| (!(counts[l] as u64), l as u64));
    for l in letters {
        let shard = (0..n)
            .min_by_key(|&s| (loads.get(s).copied().unwrap_or(0), s))
            .unwrap_or(0);
        table[l] = shard;
        if let Some(load) = loads.get_mut(shard) {
            *load += counts[l];
        }
    }
    table
}
