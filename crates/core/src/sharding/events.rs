//! The events a student sends to the sharding model, and the typed outcomes they return.

use super::*;

/// Something the student does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShardingEvent {
    /// Route by another strategy (the load meter starts afresh).
    SetStrategy(Strategy),
    /// Set the number of shards; every layout restarts from its default.
    SetShards(usize),
    /// Generate a dataset of this many users; every layout restarts from its default.
    SetRecords(usize),
    /// Set the request rate, per second.
    SetRate(u32),
    /// Switch the live request stream to another workload (the load meter starts afresh).
    SetWorkload(Workload),
    /// Set the share of traffic from each region (US-East, EU-West, APAC), as weights.
    SetTraffic([u32; 3]),
    /// Range sharding: move split point `index` (0-based: the start of the range after it)
    /// to `letter`, clamped so every range keeps at least one letter.
    SetSplit {
        /// Which split point, 0 to shards − 2.
        index: usize,
        /// The letter (0 = A) the next range now starts at.
        letter: u8,
    },
    /// Range sharding: back to even letter ranges.
    EvenSplits,
    /// Directory sharding: point every letter of `range` at `shard`.
    Reassign {
        /// The letters to move.
        range: LetterRange,
        /// The shard that takes them (0-based).
        shard: usize,
    },
    /// Directory sharding: rebuild the table balanced by record count.
    RebalanceDirectory,
    /// Take the directory down, or bring it back.
    FailDirectory,
    /// Add a shard under every strategy, counting the records each one moves.
    AddShard,
    /// Remove the last shard under every strategy, counting the records each one moves.
    RemoveShard,
    /// Send a query through the router.
    Query(Query),
    /// Back to the start: the same settings, traffic weights, workload, data and seed; the clock at
    /// zero, default layouts and the directory up.
    Reset,
}

/// Why the model refused an event; nothing changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rejection {
    /// Traffic weights that are all zero: requests must come from somewhere.
    NoTraffic,
    /// Range sharding has no such split point (there are `shards` − 1).
    NoSplitPoint {
        /// The split point asked for (0-based).
        index: usize,
        /// The number of shards.
        shards: usize,
    },
    /// The directory is down, so its lookup table cannot be changed: the single point of
    /// failure blocks rebalancing as well as routing.
    DirectoryDown,
    /// There is no such shard to send keys to.
    NoShard {
        /// The shard asked for (0-based).
        shard: usize,
        /// The number of shards.
        shards: usize,
    },
    /// Already [`MAX_SHARDS`] shards.
    MostShards,
    /// Only [`MIN_SHARDS`] shards left.
    FewestShards,
}

/// What a strategy's layout looks like when routing switches to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StrategyLayout {
    /// Range sharding's letter ranges, in order.
    Ranges(Vec<LetterRange>),
    /// Range sharding on the increasing user id (under new sign-ups): each shard's id range,
    /// the last one open-ended, so every new id lands past the last split.
    IdRanges(Vec<IdRange>),
    /// Nothing to show: hash sharding, or a working directory.
    Plain,
    /// Directory sharding with the directory down: every request will fail.
    DirectoryDown,
    /// Geographic sharding on two shards: EU-West keeps its own and US-East and APAC share
    /// the other.
    SharedShard,
    /// Geographic sharding: how many shards are located in each region (US-East, EU-West,
    /// APAC).
    RegionShards([usize; 3]),
}

/// A range split point as asked for and as set, after clamping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SplitPoint {
    /// Which split point (0-based).
    pub index: usize,
    /// The letter asked for.
    pub requested: u8,
    /// The lowest letter it may take so the range before it keeps a letter.
    pub lowest: u8,
    /// The highest letter it may take so the range after it keeps a letter.
    pub highest: u8,
    /// The letter it is at now.
    pub letter: u8,
}

impl SplitPoint {
    /// Whether the letter asked for was moved into bounds.
    pub fn clamped(&self) -> bool {
        self.letter != self.requested
    }
}

/// What adding or removing a shard did to each strategy's layout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resized {
    /// The shard added or removed (0-based).
    pub shard: usize,
    /// Range sharding: the letters split off to the new shard, or merged into a neighbour.
    pub range: LetterRange,
    /// Range sharding: the shard the letters came from (add) or went to (remove).
    pub neighbour: usize,
    /// Directory sharding: the letters whose table entry changed, ascending.
    pub letters: Vec<u8>,
    /// Geographic sharding: the region that gained or lost a shard.
    pub region: Region,
    /// The records each strategy moved, counted record by record.
    pub moves: MoveReport,
    /// Whether range sharding was keyed on the user id (the new sign-ups workload): then its
    /// id ranges were cut again evenly for the new shard count, and `range` and `neighbour`
    /// (letter ranges) do not apply to it.
    pub range_on_id: bool,
}

/// What an event did: the ids, numbers and verdicts a sim needs to narrate it.
#[derive(Debug, Clone, PartialEq)]
pub enum ShardingOutcome {
    /// The event was refused; nothing changed.
    Rejected(Rejection),
    /// Routing switched to another strategy; the load meter starts afresh.
    StrategySet {
        /// The strategy now routing requests.
        strategy: Strategy,
        /// Its layout, as worth mentioning.
        layout: StrategyLayout,
    },
    /// The strategy asked for was already routing requests.
    StrategyKept(Strategy),
    /// Every layout restarted from its default for a new shard count.
    ShardsSet {
        /// The count asked for.
        requested: usize,
        /// The count set, clamped to [`MIN_SHARDS`]..=[`MAX_SHARDS`].
        shards: usize,
        /// Range sharding's even letter ranges.
        ranges: Vec<LetterRange>,
    },
    /// A fresh dataset was generated and every layout restarted.
    RecordsSet {
        /// The size asked for.
        requested: usize,
        /// The size generated, clamped to [`MIN_RECORDS`]..=[`MAX_RECORDS`].
        records: usize,
        /// Users whose surname starts with A–M: the skew range sharding suffers from.
        a_to_m: usize,
    },
    /// The request rate changed.
    RateSet {
        /// The rate asked for, per second.
        requested: u32,
        /// The rate set, clamped to [`MIN_RATE`]..=[`MAX_RATE`].
        rate: u32,
    },
    /// The live request stream switched to another workload; the load meter starts afresh.
    WorkloadSet {
        /// The workload now flowing.
        workload: Workload,
        /// The strategy routing it.
        strategy: Strategy,
        /// The celebrity user (the most asked-for under the skewed workloads).
        celebrity: Option<Record>,
        /// The shard the celebrity's requests go to under that strategy (`None` when the
        /// directory is down).
        celebrity_shard: Option<usize>,
        /// The users stored: new users get the ids after them.
        users: usize,
        /// The number of shards.
        shards: usize,
    },
    /// The workload asked for was already flowing.
    WorkloadKept(Workload),
    /// The traffic weights per region (US-East, EU-West, APAC) changed.
    TrafficSet([u32; 3]),
    /// A split point was asked to move to where it already is.
    SplitKept(SplitPoint),
    /// A split point moved and range sharding moved the records between the two ranges.
    SplitMoved {
        /// The split point.
        split: SplitPoint,
        /// The letter ranges now.
        ranges: Vec<LetterRange>,
        /// The records moved.
        moves: MoveReport,
    },
    /// Range sharding went back to even letter ranges.
    EvenSplits {
        /// The letter ranges now.
        ranges: Vec<LetterRange>,
        /// The records moved.
        moves: MoveReport,
    },
    /// The directory now sends a key range to another shard; only those records move.
    Reassigned {
        /// The letters reassigned.
        range: LetterRange,
        /// The shard they go to (0-based).
        shard: usize,
        /// The records moved.
        moves: MoveReport,
        /// Shards the table no longer sends any key to.
        keyless: Vec<usize>,
    },
    /// The directory was rebuilt balanced by record count.
    DirectoryRebalanced {
        /// The records moved.
        moves: MoveReport,
    },
    /// The directory went down or came back.
    DirectoryToggled {
        /// Whether it is down now.
        down: bool,
        /// Whether the current strategy routes by it.
        routing: bool,
    },
    /// A shard was added under every strategy.
    ShardAdded(Resized),
    /// The last shard was removed under every strategy.
    ShardRemoved(Resized),
    /// A query went through the router.
    Queried {
        /// Where it went and what it returned.
        result: QueryOutcome,
        /// The number of shards.
        shards: usize,
        /// The number of users in the dataset.
        users: usize,
    },
    /// The run restarted from its settings.
    Reset {
        /// Users in the dataset.
        records: usize,
        /// The number of shards.
        shards: usize,
        /// The strategy routing requests.
        strategy: Strategy,
    },
}

impl ShardingSim {
    // ----- events --------------------------------------------------------------------------

    /// Applies one event and returns what it did.
    pub fn apply(&mut self, event: ShardingEvent) -> ShardingOutcome {
        match event {
            ShardingEvent::SetStrategy(s) => self.set_strategy(s),
            ShardingEvent::SetShards(n) => {
                let shards = n.clamp(MIN_SHARDS, MAX_SHARDS);
                self.reset_layouts(shards);
                ShardingOutcome::ShardsSet {
                    requested: n,
                    shards,
                    ranges: self.range_letters(),
                }
            }
            ShardingEvent::SetRecords(n) => {
                let records = n.clamp(MIN_RECORDS, MAX_RECORDS);
                self.config.records = records;
                self.data = Dataset::generate(records, self.seed);
                self.reset_layouts(self.layouts.n);
                ShardingOutcome::RecordsSet {
                    requested: n,
                    records: self.data.len(),
                    a_to_m: self.data.letter_counts().iter().take(13).sum(),
                }
            }
            ShardingEvent::SetRate(requested) => {
                let rate = requested.clamp(MIN_RATE, MAX_RATE);
                self.config.rate = rate;
                ShardingOutcome::RateSet { requested, rate }
            }
            ShardingEvent::SetWorkload(w) => self.set_workload(w),
            ShardingEvent::SetTraffic(weights) => {
                let w = weights.map(|x| x.min(1_000));
                if w.iter().sum::<u32>() == 0 {
                    return ShardingOutcome::Rejected(Rejection::NoTraffic);
                }
                self.traffic = w;
                ShardingOutcome::TrafficSet(w)
            }
            ShardingEvent::SetSplit { index, letter } => self.set_split(index, letter),
            ShardingEvent::EvenSplits => {
                self.layouts.ranges = even_ranges(self.layouts.n);
                self.layouts.sync();
                let moves = self.relocate(MoveCause::EvenSplits);
                ShardingOutcome::EvenSplits {
                    ranges: self.range_letters(),
                    moves,
                }
            }
            ShardingEvent::Reassign { range, shard } => self.reassign(range, shard),
            ShardingEvent::RebalanceDirectory => self.rebalance_directory(),
            ShardingEvent::FailDirectory => {
                self.directory_down = !self.directory_down;
                ShardingOutcome::DirectoryToggled {
                    down: self.directory_down,
                    routing: self.config.strategy == Strategy::Directory,
                }
            }
            ShardingEvent::AddShard => self.add_shard(),
            ShardingEvent::RemoveShard => self.remove_shard(),
            ShardingEvent::Query(query) => self.query(query),
            ShardingEvent::Reset => self.reset(),
        }
    }

    fn set_strategy(&mut self, s: Strategy) -> ShardingOutcome {
        if s == self.config.strategy {
            return ShardingOutcome::StrategyKept(s);
        }
        let was_on_id = self.range_keyed_on_id();
        self.config.strategy = s;
        self.rekey(was_on_id);
        self.clear_meter();
        let layout = match s {
            Strategy::Range if self.range_keyed_on_id() => {
                StrategyLayout::IdRanges(self.insert_id_ranges())
            }
            Strategy::Range => StrategyLayout::Ranges(self.range_letters()),
            Strategy::Directory if self.directory_down => StrategyLayout::DirectoryDown,
            Strategy::Hash | Strategy::Directory => StrategyLayout::Plain,
            Strategy::Geographic if self.layouts.n == 2 => StrategyLayout::SharedShard,
            Strategy::Geographic => {
                StrategyLayout::RegionShards(self.layouts.region_shards.each_ref().map(Vec::len))
            }
        };
        ShardingOutcome::StrategySet {
            strategy: s,
            layout,
        }
    }

    fn set_workload(&mut self, workload: Workload) -> ShardingOutcome {
        if workload == self.workload {
            return ShardingOutcome::WorkloadKept(workload);
        }
        let was_on_id = self.range_keyed_on_id();
        self.workload = workload;
        self.rekey(was_on_id);
        self.clear_meter();
        let strategy = self.config.strategy;
        let celebrity = self.celebrity().copied();
        ShardingOutcome::WorkloadSet {
            workload,
            strategy,
            celebrity,
            celebrity_shard: celebrity.and_then(|c| self.route(strategy, &c).ok()),
            users: self.data.len(),
            shards: self.layouts.n,
        }
    }

    fn set_split(&mut self, index: usize, letter: u8) -> ShardingOutcome {
        let no_split = ShardingOutcome::Rejected(Rejection::NoSplitPoint {
            index,
            shards: self.layouts.n,
        });
        let Some((lowest, highest)) = self.split_bounds(index) else {
            return no_split;
        };
        let split = SplitPoint {
            index,
            requested: letter,
            lowest,
            highest,
            letter: letter.clamp(lowest, highest),
        };
        let Some(entry) = self.layouts.ranges.get_mut(index + 1) else {
            return no_split;
        };
        if entry.start == split.letter {
            return ShardingOutcome::SplitKept(split);
        }
        entry.start = split.letter;
        self.layouts.sync();
        let moves = self.relocate(MoveCause::MoveSplit);
        ShardingOutcome::SplitMoved {
            split,
            ranges: self.range_letters(),
            moves,
        }
    }

    fn reassign(&mut self, range: LetterRange, shard: usize) -> ShardingOutcome {
        let range = LetterRange::new(range.from, range.to);
        if self.directory_down {
            return ShardingOutcome::Rejected(Rejection::DirectoryDown);
        }
        if shard >= self.layouts.n {
            return ShardingOutcome::Rejected(Rejection::NoShard {
                shard,
                shards: self.layouts.n,
            });
        }
        for l in range.from..=range.to {
            if let Some(slot) = self.layouts.directory.get_mut(l as usize) {
                *slot = shard;
            }
        }
        self.layouts.sync();
        let moves = self.relocate(MoveCause::Reassign);
        let keyless = (0..self.layouts.n)
            .filter(|s| !self.layouts.directory.contains(s))
            .collect();
        ShardingOutcome::Reassigned {
            range,
            shard,
            moves,
            keyless,
        }
    }

    fn rebalance_directory(&mut self) -> ShardingOutcome {
        if self.directory_down {
            return ShardingOutcome::Rejected(Rejection::DirectoryDown);
        }
        self.layouts.directory = balanced_directory(self.layouts.n, self.data.letter_counts());
        self.layouts.sync();
        let moves = self.relocate(MoveCause::RebalanceDirectory);
        ShardingOutcome::DirectoryRebalanced { moves }
    }

    fn add_shard(&mut self) -> ShardingOutcome {
        let Some(resize) = self.layouts.add_shard(&self.data) else {
            return ShardingOutcome::Rejected(Rejection::MostShards);
        };
        let shard = self.layouts.n - 1;
        ShardingOutcome::ShardAdded(self.resized(shard, MoveCause::AddShard(shard), resize))
    }

    fn remove_shard(&mut self) -> ShardingOutcome {
        let Some(resize) = self.layouts.remove_shard(&self.data) else {
            return ShardingOutcome::Rejected(Rejection::FewestShards);
        };
        let shard = self.layouts.n;
        ShardingOutcome::ShardRemoved(self.resized(shard, MoveCause::RemoveShard(shard), resize))
    }

    /// After a resize of the layouts: re-places the records and reports what moved.
    fn resized(&mut self, shard: usize, cause: MoveCause, resize: Resize) -> Resized {
        self.config.shards = self.layouts.n;
        self.clear_meter();
        let moves = self.relocate(cause);
        let (a, b) = resize.range;
        Resized {
            shard,
            range: LetterRange::new(a, b),
            neighbour: resize.range_other,
            letters: resize.letters,
            region: resize.region,
            moves,
            range_on_id: self.range_keyed_on_id(),
        }
    }

    fn query(&mut self, query: Query) -> ShardingOutcome {
        let query = match query {
            Query::PointLookup(None) => {
                let index = draw_record(&mut self.rng, &self.data, self.traffic);
                let id = self.data.records().get(index).map_or(1, |r| r.id);
                Query::PointLookup(Some(id))
            }
            q => q,
        };
        let result = self.run_query(self.config.strategy, query);
        self.last_query = Some(result.clone());
        ShardingOutcome::Queried {
            result,
            shards: self.layouts.n,
            users: self.data.len(),
        }
    }

    fn reset(&mut self) -> ShardingOutcome {
        let config = ShardingConfig {
            shards: self.layouts.n,
            ..self.config
        };
        let (traffic, workload) = (self.traffic, self.workload);
        *self = ShardingSim::new(config, self.seed);
        self.traffic = traffic;
        // `new` placed the records for the uniform workload.
        self.workload = workload;
        self.rekey(false);
        ShardingOutcome::Reset {
            records: self.data.len(),
            shards: self.layouts.n,
            strategy: self.config.strategy,
        }
    }

    /// Range sharding's letter ranges, in order.
    fn range_letters(&self) -> Vec<LetterRange> {
        self.ranges().iter().map(|r| r.letters).collect()
    }
}
