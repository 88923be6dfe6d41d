//! The words about the live workload: its menu labels, the status line that says what to look
//! for, the narration when it changes, and the canvas's strip title while it flows.

use dsim_core::sharding::{
    IdRange, Record, ShardingSim, Strategy, Workload, HOT_FACTOR, HOT_KEY_PERCENT,
};
use dsim_ui::format::{percent, percent_of, thousands};

use super::names::strategy_label;
use super::{ratio_text, Meter};

/// The workload's label in the menu.
pub fn label(w: Workload) -> &'static str {
    match w {
        Workload::Uniform => "Uniform lookups",
        Workload::Celebrity => "One celebrity user (30% of requests)",
        Workload::Zipf => "Zipf-skewed users (s = 1)",
        Workload::Inserts => "New sign-ups (increasing ids)",
    }
}

/// The share of lookups the most popular user gets under Zipf with s = 1 among `users`:
/// ln 2 / ln(users + 1).
pub fn zipf_top_share(users: usize) -> f64 {
    2f64.ln() / ((users + 1) as f64).ln()
}

fn user(r: &Record) -> String {
    format!("{} #{}", r.last_name, r.id)
}

/// Where one shard stands on the meter: `HOT at 1.92× mean` or `at 1.10× mean`.
fn standing(meter: &Meter, shard: usize) -> String {
    let ratio = meter.ratios.get(shard).copied().unwrap_or(0.0);
    if !meter.measured() {
        "waiting for enough requests".to_string()
    } else if meter.is_hot(shard) {
        format!("HOT at {}", ratio_text(ratio))
    } else {
        format!(
            "at {}, not hot (over {HOT_FACTOR}× would be)",
            ratio_text(ratio)
        )
    }
}

/// The status line about the workload, when it is not uniform lookups.
pub fn status_line(sim: &ShardingSim, meter: &Meter) -> Option<String> {
    let strategy = sim.strategy();
    let celebrity = sim.celebrity()?;
    let place = match sim.route(strategy, celebrity) {
        Ok(s) => format!("Shard {}, {}", s + 1, standing(meter, s)),
        Err(_) => "unreachable: the directory is down".to_string(),
    };
    Some(match sim.workload() {
        Workload::Uniform => return None,
        Workload::Celebrity => format!(
            "Workload: {} takes {HOT_KEY_PERCENT}% of requests; its shard is {place}.",
            user(celebrity)
        ),
        Workload::Zipf => format!(
            "Workload: Zipf-skewed lookups: the most popular user, {}, takes about {} of requests; its shard is {place}.",
            user(celebrity),
            percent(zipf_top_share(sim.records().len()))
        ),
        Workload::Inserts => inserts_line(sim, strategy),
    })
}

/// Where the new sign-ups went: the shard that took the most of them.
fn inserts_line(sim: &ShardingSim, strategy: Strategy) -> String {
    let inserted = sim.inserted();
    let total: usize = inserted.iter().sum();
    let first = sim.records().len() + 1;
    let head = format!(
        "Workload: new sign-ups with increasing ids from #{}",
        thousands(first)
    );
    let Some((top, &most)) = inserted
        .iter()
        .enumerate()
        .max_by_key(|(i, &c)| (c, usize::MAX - i))
    else {
        return head;
    };
    if total == 0 {
        return format!("{head}: no inserts yet.");
    }
    let why = match strategy {
        Strategy::Range => " (range sharding on the user id: every new id is past the last split)",
        Strategy::Hash => " (hashing the id spreads them)",
        _ => "",
    };
    format!(
        "{head}: Shard {} took {} of {} inserts ({}){why}.",
        top + 1,
        thousands(most),
        thousands(total),
        percent_of(most, total)
    )
}

/// A shard's count of new sign-ups, appended to its readout under the insert workload.
pub fn inserted_suffix(sim: &ShardingSim, shard: usize) -> String {
    if sim.workload() != Workload::Inserts {
        return String::new();
    }
    let n = sim.inserted().get(shard).copied().unwrap_or(0);
    format!(
        ", {} new sign-up{}",
        thousands(n),
        if n == 1 { "" } else { "s" }
    )
}

/// An id range, briefly: `1–250`, `751+` for the open-ended last, `none` when empty.
pub fn id_range_short(r: &IdRange) -> String {
    match r.last {
        None => format!("{}+", thousands(r.first as usize)),
        Some(last) if last < r.first => "none".to_string(),
        Some(last) => format!(
            "{}–{}",
            thousands(r.first as usize),
            thousands(last as usize)
        ),
    }
}

/// A shard row's key under range sharding with new sign-ups: `ids 1–250`, `ids 751+`.
pub fn id_range_label(r: &IdRange) -> String {
    format!("ids {}", id_range_short(r))
}

/// Each shard's id range: `Shard 1 ids 1–250, …, Shard 4 ids 751+`.
fn shard_id_ranges(sim: &ShardingSim) -> String {
    let ranges: Vec<String> = sim
        .insert_id_ranges()
        .iter()
        .map(|r| format!("Shard {} {}", r.shard + 1, id_range_label(r)))
        .collect();
    ranges.join(", ")
}

/// The Splits tab under range sharding with new sign-ups: the table is keyed on the user id,
/// so the letter splits do not route anything until another workload is chosen.
pub fn id_splits(sim: &ShardingSim) -> [String; 2] {
    [
        format!(
            "With new sign-ups the table is range-sharded on the user id, not the surname: {}. The ranges are cut evenly over the {} stored users, and every new id is past the last split.",
            shard_id_ranges(sim),
            thousands(sim.records().len())
        ),
        "The letter splits return when you choose another workload; moving the id splits would not help either: the next id is always the highest.".to_string(),
    ]
}

/// The label at the open end of the id axis, where new ids arrive, longest first.
pub const NEW_IDS: [&str; 3] = ["new ids arrive here →", "new ids →", "new →"];

/// The next id to sign up, at the open end of the id axis: `next #1,482`.
pub fn next_id(id: usize) -> String {
    format!("next #{}", thousands(id))
}

/// The canvas's description under range sharding with new sign-ups: the id axis and its ranges.
pub fn id_axis_label(sim: &ShardingSim) -> String {
    format!(
        "A router on the left sends each request to one of {} shards under range-based sharding. Each shard row shows the records it holds and its load; the strip at the top shows the user-id axis split into ranges ({}), with new ids arriving at its right end, past the last split.",
        sim.shard_count(),
        shard_id_ranges(sim)
    )
}

/// The narration when the workload changes: what it is and what to look for; `users` are the
/// users stored (new ids follow them).
pub fn narrate_set(
    workload: Workload,
    strategy: Strategy,
    celebrity: Option<&Record>,
    celebrity_shard: Option<usize>,
    users: usize,
    shards: usize,
) -> String {
    let name = celebrity.map_or_else(|| "user #1".to_string(), user);
    let watch = celebrity_shard.map_or_else(
        || "its requests fail while the directory is down".to_string(),
        |s| format!("watch Shard {}", s + 1),
    );
    let s = strategy_label(strategy);
    match workload {
        Workload::Uniform => format!(
            "Workload: uniform lookups, users drawn the way the data is spread. {s} sharding's load follows its key skew."
        ),
        Workload::Celebrity => format!(
            "Workload: one celebrity user, {name}, takes {HOT_KEY_PERCENT}% of requests. Every request for one key goes to one shard under any strategy, hash included: {watch} turn HOT."
        ),
        Workload::Zipf => format!(
            "Workload: Zipf-skewed lookups (s = 1): user #k is asked for about 1/k as often as user #1, so {name} takes about {} of requests; {watch}. Hashing spreads the popular users over the shards, but cannot split one user.",
            percent(zipf_top_share(users)),
        ),
        Workload::Inserts => {
            let range = match strategy {
                Strategy::Range => format!(
                    "Range sharding on an increasing key (here the user id) sends every insert past the last split: watch Shard {shards} take them all."
                ),
                _ => "Range sharding on this increasing key would send every one to the last shard; pick Range-based to see it.".to_string(),
            };
            format!(
                "Workload: new sign-ups, each inserting a user with the next id (#{} on) and today's date; they are counted per shard as new sign-ups, not added to the lookups. {range}",
                thousands(users + 1)
            )
        }
    }
}

/// The canvas strip's title while a skewed workload flows, longest first (`None` for uniform
/// lookups: the strategy's own title stays).
pub fn strip_title(workload: Workload, strategy: Strategy) -> Option<[String; 3]> {
    match (workload, strategy) {
        (Workload::Uniform, _) => None,
        (Workload::Celebrity, _) => Some([
            format!("Workload: one celebrity user takes {HOT_KEY_PERCENT}% of requests · one key, one shard"),
            format!("Celebrity user: {HOT_KEY_PERCENT}% of requests"),
            format!("Celebrity {HOT_KEY_PERCENT}%"),
        ]),
        (Workload::Zipf, _) => Some([
            "Workload: Zipf-skewed users · a few popular users take most requests".into(),
            "Zipf-skewed users".into(),
            "Zipf".into(),
        ]),
        (Workload::Inserts, Strategy::Range) => Some([
            "New sign-ups: range sharding on the increasing user id · every new id lands in the last range".into(),
            "Inserts by increasing id → last range".into(),
            "Inserts → last".into(),
        ]),
        (Workload::Inserts, _) => Some([
            "Workload: new sign-ups with increasing ids".into(),
            "New sign-ups".into(),
            "Inserts".into(),
        ]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsim_core::sharding::{ShardingConfig, ShardingEvent, ShardingOutcome, WINDOW_MS};

    fn sim(strategy: Strategy, workload: Workload) -> (ShardingSim, String) {
        let mut s = ShardingSim::new(ShardingConfig::new(1_000, 4, strategy, 150), 42);
        let said = super::super::narrate(&s.apply(ShardingEvent::SetWorkload(workload)));
        s.advance(WINDOW_MS);
        (s, said)
    }

    #[test]
    fn a_celebrity_under_hash_names_its_hot_shard() {
        let (s, said) = sim(Strategy::Hash, Workload::Celebrity);
        let celebrity = s.celebrity().copied().expect("a dataset has users");
        let hot = s
            .route(Strategy::Hash, &celebrity)
            .expect("the directory is not used");
        assert!(
            said.contains(&format!("watch Shard {} turn HOT", hot + 1)),
            "{said}"
        );
        let line = status_line(&s, &Meter::read(&s)).unwrap_or_default();
        let want = format!(
            "Workload: {} #1 takes 30% of requests; its shard is Shard {}, HOT at 1.",
            celebrity.last_name,
            hot + 1
        );
        assert!(line.starts_with(&want), "{line}");
        assert!(status_line(&sim(Strategy::Hash, Workload::Uniform).0, &Meter::read(&s)).is_none());
    }

    #[test]
    fn inserts_under_range_all_land_on_the_last_shard() {
        let (s, said) = sim(Strategy::Range, Workload::Inserts);
        assert!(said.contains("#1,001 on"), "{said}");
        assert!(said.contains("watch Shard 4 take them all"), "{said}");
        let total: usize = s.inserted().iter().sum();
        let line = status_line(&s, &Meter::read(&s)).unwrap_or_default();
        let t = thousands(total);
        assert!(
            line.contains(&format!(
                "Shard 4 took {t} of {t} inserts (100%) (range sharding"
            )),
            "{line}"
        );
        assert_eq!(inserted_suffix(&s, 3), format!(", {t} new sign-ups"));
        assert_eq!(inserted_suffix(&s, 0), ", 0 new sign-ups");
        let keys: Vec<String> = (0..4).map(|i| super::super::shard_key(&s, i)).collect();
        assert_eq!(
            keys,
            ["ids 1–250", "ids 251–500", "ids 501–750", "ids 751+"]
        );
        let label = super::super::canvas_label(&s);
        assert!(label.contains("user-id axis split into ranges (Shard 1 ids 1–250, Shard 2 ids 251–500, Shard 3 ids 501–750, Shard 4 ids 751+)"), "{label}");
        let start = super::super::start_text(&s);
        assert!(
            start.contains("The busiest shard, Shard 4 (ids 751+), serves"),
            "{start}"
        );
        let big = ShardingSim::new(ShardingConfig::new(5_000, 3, Strategy::Range, 150), 1);
        let r = big.insert_id_ranges();
        assert_eq!(id_range_label(&r[1]), "ids 1,668–3,334");
        assert_eq!(id_range_short(&r[2]), "3,335+");
        let zipf = narrate(&ShardingOutcome::WorkloadKept(Workload::Zipf));
        assert_eq!(zipf, "Already the workload: Zipf-skewed users (s = 1).");
    }

    fn narrate(o: &ShardingOutcome) -> String {
        super::super::narrate(o)
    }

    #[test]
    fn zipf_top_share_is_ln2_over_ln_n_plus_1() {
        assert!((zipf_top_share(1_000) - 0.1003).abs() < 1e-4);
        assert_eq!(percent(zipf_top_share(1_000)), "10%");
    }
}
