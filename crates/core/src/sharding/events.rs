//! The events a student sends to the sharding model, and the sentences narrating them.

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
    /// Back to the start: the same settings, traffic weights, data and seed; the clock at
    /// zero, default layouts and the directory up.
    Reset,
}

impl ShardingSim {
    // ----- events --------------------------------------------------------------------------

    /// Applies one event and returns a sentence describing what happened.
    pub fn apply(&mut self, event: ShardingEvent) -> String {
        match event {
            ShardingEvent::SetStrategy(s) => self.set_strategy(s),
            ShardingEvent::SetShards(n) => {
                let clamped = n.clamp(MIN_SHARDS, MAX_SHARDS);
                let note = if clamped != n {
                    format!(
                        "There can be {MIN_SHARDS} to {MAX_SHARDS} shards, so {clamped} it is. "
                    )
                } else {
                    String::new()
                };
                self.reset_layouts(clamped);
                format!(
                    "{note}{clamped} shards: every strategy starts from its default layout (even letter ranges {}, a directory balanced by record count, shards spread over regions by user count).",
                    self.ranges_text()
                )
            }
            ShardingEvent::SetRecords(n) => {
                let clamped = n.clamp(MIN_RECORDS, MAX_RECORDS);
                let note = if clamped != n {
                    format!(
                        "A dataset holds {} to {} users, so {} it is. ",
                        thousands(MIN_RECORDS),
                        thousands(MAX_RECORDS),
                        thousands(clamped)
                    )
                } else {
                    String::new()
                };
                self.config.records = clamped;
                self.data = Dataset::generate(clamped, self.seed);
                self.reset_layouts(self.layouts.n);
                let a_to_m: usize = self.data.letter_counts().iter().take(13).sum();
                format!(
                    "{note}A fresh dataset of {} users: {} of surnames start with A–M, and every layout restarts from its default.",
                    thousands(self.data.len()),
                    percent(a_to_m, self.data.len())
                )
            }
            ShardingEvent::SetRate(rate) => {
                let clamped = rate.clamp(MIN_RATE, MAX_RATE);
                self.config.rate = clamped;
                if clamped != rate {
                    format!("The rate can be {MIN_RATE} to {MAX_RATE} requests per second, so {clamped} it is.")
                } else {
                    format!("{clamped} requests per second.")
                }
            }
            ShardingEvent::SetTraffic(weights) => {
                let w = weights.map(|x| x.min(1_000));
                let total: u32 = w.iter().sum();
                if total == 0 {
                    return "Traffic must come from at least one region; the weights are unchanged."
                        .to_string();
                }
                self.traffic = w;
                let parts: Vec<String> = Region::ALL
                    .iter()
                    .map(|r| {
                        format!(
                            "{} {}",
                            r.label(),
                            percent(w[r.index()] as usize, total as usize)
                        )
                    })
                    .collect();
                format!("Traffic now comes from {}.", join_and(&parts))
            }
            ShardingEvent::SetSplit { index, letter } => self.set_split(index, letter),
            ShardingEvent::EvenSplits => {
                self.layouts.ranges = even_ranges(self.layouts.n);
                self.layouts.sync();
                let report = self.relocate(MoveCause::EvenSplits, None);
                format!(
                    "Even letter ranges {}; {}.",
                    self.ranges_text(),
                    moves_text(&report, Strategy::Range)
                )
            }
            ShardingEvent::Reassign { range, shard } => self.reassign(range, shard),
            ShardingEvent::RebalanceDirectory => {
                if self.directory_down {
                    return "The directory is down, so its table cannot be changed; bring it back first.".to_string();
                }
                self.layouts.directory =
                    balanced_directory(self.layouts.n, self.data.letter_counts());
                self.layouts.sync();
                let report = self.relocate(MoveCause::RebalanceDirectory, None);
                format!(
                    "The directory is rebalanced by record count; {}.",
                    moves_text(&report, Strategy::Directory)
                )
            }
            ShardingEvent::FailDirectory => {
                self.directory_down = !self.directory_down;
                let tail = if self.config.strategy == Strategy::Directory {
                    ""
                } else {
                    " (only directory-based routing depends on it)"
                };
                if self.directory_down {
                    format!("The directory is down: every request routed by a directory lookup now fails, because the lookup table is a single point of failure{tail}.")
                } else {
                    format!("The directory is back: lookups route requests again{tail}.")
                }
            }
            ShardingEvent::AddShard => self.add_shard(),
            ShardingEvent::RemoveShard => self.remove_shard(),
            ShardingEvent::Query(query) => self.query(query),
            ShardingEvent::Reset => {
                let config = ShardingConfig {
                    shards: self.layouts.n,
                    ..self.config
                };
                let traffic = self.traffic;
                *self = ShardingSim::new(config, self.seed);
                self.traffic = traffic;
                format!(
                    "Reset: {} users on {} shards, {} sharding, clock at zero.",
                    thousands(self.data.len()),
                    self.layouts.n,
                    self.config.strategy.label().to_ascii_lowercase()
                )
            }
        }
    }

    fn set_strategy(&mut self, s: Strategy) -> String {
        if s == self.config.strategy {
            return format!("Already using {} sharding.", s.label().to_ascii_lowercase());
        }
        self.config.strategy = s;
        self.clear_meter();
        let extra = match s {
            Strategy::Range => format!(" Ranges: {}.", self.ranges_text()),
            Strategy::Hash => String::new(),
            Strategy::Directory if self.directory_down => {
                " The directory is down, so every request fails.".to_string()
            }
            Strategy::Directory => String::new(),
            Strategy::Geographic if self.layouts.n == 2 => {
                " With only 2 shards, EU-West keeps its own shard and US-East and APAC share the other.".to_string()
            }
            Strategy::Geographic => format!(" Shards: {}.", self.homes_text()),
        };
        format!(
            "{} sharding on {}: {}.{extra}",
            s.label(),
            s.shard_key(),
            lower_first(s.how_it_works())
        )
    }

    fn set_split(&mut self, index: usize, letter: u8) -> String {
        let Some((lo, hi)) = self.split_bounds(index) else {
            return format!(
                "There is no split point {}; with {} shards there are {}.",
                index + 1,
                self.layouts.n,
                self.layouts.n - 1
            );
        };
        let clamped = letter.clamp(lo, hi);
        let note = if clamped != letter {
            format!(
                "Split point {} must stay between {} and {} so every range keeps a letter; it goes to {}. ",
                index + 1,
                letter_char(lo),
                letter_char(hi),
                letter_char(clamped)
            )
        } else {
            String::new()
        };
        let Some(entry) = self.layouts.ranges.get_mut(index + 1) else {
            return "That split point does not exist.".to_string();
        };
        if entry.start == clamped {
            return format!(
                "{note}Split point {} is already at {}.",
                index + 1,
                letter_char(clamped)
            );
        }
        entry.start = clamped;
        self.layouts.sync();
        let report = self.relocate(MoveCause::MoveSplit, None);
        format!(
            "{note}Ranges {}; {}.",
            self.ranges_text(),
            moves_text(&report, Strategy::Range)
        )
    }

    fn reassign(&mut self, range: LetterRange, shard: usize) -> String {
        let range = LetterRange::new(range.from, range.to);
        if self.directory_down {
            return "The directory is down, so its table cannot be changed; bring it back first."
                .to_string();
        }
        if shard >= self.layouts.n {
            return format!(
                "There is no Shard {}; there are {}.",
                shard + 1,
                self.layouts.n
            );
        }
        for l in range.from..=range.to {
            if let Some(slot) = self.layouts.directory.get_mut(l as usize) {
                *slot = shard;
            }
        }
        self.layouts.sync();
        let report = self.relocate(MoveCause::Reassign, None);
        let empty: Vec<String> = (0..self.layouts.n)
            .filter(|s| !self.layouts.directory.contains(s))
            .map(|s| format!("Shard {}", s + 1))
            .collect();
        let warn = if empty.is_empty() {
            String::new()
        } else {
            format!(" {} now own no keys.", join_and(&empty))
        };
        format!(
            "The directory now sends {} to Shard {}; {}.{warn}",
            range.label(),
            shard + 1,
            moves_text(&report, Strategy::Directory)
        )
    }

    fn add_shard(&mut self) -> String {
        let Some(resize) = self.layouts.add_shard(&self.data) else {
            return format!("There are already {MAX_SHARDS} shards, the most this sim allows.");
        };
        let new = self.layouts.n - 1;
        self.config.shards = self.layouts.n;
        self.clear_meter();
        let (a, b) = resize.range;
        let range_note = format!(
            "Shard {}'s range split and {} moved to the new shard",
            resize.range_other + 1,
            LetterRange::new(a, b).label()
        );
        let letters = letters_text(&resize.letters);
        let dir_note = format!(
            "the new shard takes over letter{} {letters}",
            plural(resize.letters.len())
        );
        let geo_note = format!("the new shard serves {}", resize.region.label());
        let report = self.relocate(MoveCause::AddShard(new), Some(resize));
        self.resize_text(
            &format!("Added Shard {}", new + 1),
            &report,
            [range_note, dir_note, geo_note],
        )
    }

    fn remove_shard(&mut self) -> String {
        let Some(resize) = self.layouts.remove_shard(&self.data) else {
            return format!("There are only {MIN_SHARDS} shards, the fewest this sim allows.");
        };
        let gone = self.layouts.n;
        self.config.shards = self.layouts.n;
        self.clear_meter();
        let (a, b) = resize.range;
        let range_note = format!(
            "{} merged into Shard {}",
            LetterRange::new(a, b).label(),
            resize.range_other + 1
        );
        let dir_note = if resize.letters.is_empty() {
            "the removed shard owned no letters".to_string()
        } else {
            format!(
                "letter{} {} found new shards",
                plural(resize.letters.len()),
                letters_text(&resize.letters)
            )
        };
        let geo_note = format!("{} lost a shard", resize.region.label());
        let report = self.relocate(MoveCause::RemoveShard(gone), Some(resize));
        self.resize_text(
            &format!("Removed Shard {}", gone + 1),
            &report,
            [range_note, dir_note, geo_note],
        )
    }

    fn resize_text(&self, head: &str, report: &MoveReport, notes: [String; 3]) -> String {
        let total = report.total;
        let [range_note, dir_note, geo_note] = notes;
        let m = |s: Strategy| {
            format!(
                "{} ({})",
                thousands(report.moved_by(s)),
                percent(report.moved_by(s), total)
            )
        };
        format!(
            "{head}; records moved out of {}: hash mod N {}, range {} ({range_note}), directory {} ({dir_note}), geographic {} ({geo_note}).",
            thousands(total),
            m(Strategy::Hash),
            m(Strategy::Range),
            m(Strategy::Directory),
            m(Strategy::Geographic)
        )
    }

    fn query(&mut self, query: Query) -> String {
        let strategy = self.config.strategy;
        let query = match query {
            Query::PointLookup(None) => {
                let index = draw_record(&mut self.rng, &self.data, self.traffic);
                let id = self.data.records().get(index).map_or(1, |r| r.id);
                Query::PointLookup(Some(id))
            }
            q => q,
        };
        let outcome = self.run_query(strategy, query);
        let text = match (query, &outcome) {
            (Query::PointLookup(id), QueryOutcome { user: None, .. }) => format!(
                "There is no user #{}; ids run from 1 to {}.",
                id.unwrap_or(0),
                self.data.len()
            ),
            (Query::PointLookup(_), QueryOutcome { user: Some(u), failed: true, .. }) => format!(
                "Point lookup of {} #{} fails: the directory is down, so the router cannot find its shard.",
                u.last_name, u.id
            ),
            (Query::PointLookup(_), QueryOutcome { user: Some(u), shards, .. }) => format!(
                "Point lookup of {} #{} ({}): the router sends it to {} only.",
                u.last_name,
                u.id,
                u.region.label(),
                shard_list(shards)
            ),
            (Query::RangeScan { range, region }, o) => {
                let scope = region.map_or(String::new(), |r| format!(" in {}", r.label()));
                if o.failed {
                    format!(
                        "Range scan of {}{scope} fails: the directory is down, so the router cannot tell which shards hold them.",
                        range.label()
                    )
                } else {
                    let visited = if o.shards.len() == self.layouts.n {
                        format!("all {} shards", self.layouts.n)
                    } else {
                        format!(
                            "{} of {} shards ({})",
                            o.shards.len(),
                            self.layouts.n,
                            shard_list(&o.shards)
                        )
                    };
                    format!(
                        "Range scan of {}{scope} under {} sharding visits {visited} and returns {} records.",
                        range.label(),
                        strategy.label().to_ascii_lowercase(),
                        thousands(o.records)
                    )
                }
            }
        };
        self.last_query = Some(outcome);
        text
    }

    fn ranges_text(&self) -> String {
        let parts: Vec<String> = self.ranges().iter().map(|r| r.letters.label()).collect();
        parts.join(", ")
    }

    fn homes_text(&self) -> String {
        let parts: Vec<String> = Region::ALL
            .iter()
            .map(|&r| {
                let k = self.layouts.region_shards[r.index()].len();
                format!("{k} in {}", r.label())
            })
            .collect();
        join_and(&parts)
    }
}

fn moves_text(report: &MoveReport, strategy: Strategy) -> String {
    let moved = report.moved_by(strategy);
    if moved == 0 {
        return "no records move".to_string();
    }
    let flows: Vec<String> = report.flows[strategy.index()]
        .iter()
        .map(|f| {
            format!(
                "{} from Shard {} to Shard {}",
                thousands(f.records),
                f.from + 1,
                f.to + 1
            )
        })
        .collect();
    format!(
        "{} record{} move ({})",
        thousands(moved),
        plural(moved),
        join_and(&flows)
    )
}

fn shard_list(shards: &[usize]) -> String {
    let names: Vec<String> = shards.iter().map(|s| (s + 1).to_string()).collect();
    match names.as_slice() {
        [] => "no shard".to_string(),
        [one] => format!("Shard {one}"),
        _ => format!("Shards {}", join_and(&names)),
    }
}

fn letters_text(letters: &[u8]) -> String {
    let parts: Vec<String> = letters
        .iter()
        .map(|&l| letter_char(l).to_string())
        .collect();
    join_and(&parts)
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        // ASCII only: the sentences are English, and Unicode case tables cost 10 KB of wasm.
        Some(c) => std::iter::once(c.to_ascii_lowercase())
            .chain(chars)
            .collect(),
        None => String::new(),
    }
}

fn join_and(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// `n` with thousands separators: 12,345.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `part` as a whole percentage of `whole`, such as `81%`.
pub fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        return "0%".to_string();
    }
    format!("{:.0}%", part as f64 * 100.0 / whole as f64)
}
