//! The words about the live workload: its menu labels, the status line that says what to look
//! for, the narration when it changes, and the canvas's strip title while it flows.

use dsim_core::sharding::{
    IdRange, Record, ShardingSim, Strategy, Workload, HOT_FACTOR, HOT_KEY_PERCENT,
};
use dsim_ui::format::{percent, percent_of, thousands};
use dsim_ui::i18n::{dec, grouped, Arg};

use super::{ratio_text, Meter};
use crate::msg::{self, t};

/// The workload's label in the menu.
pub fn label(w: Workload) -> String {
    t!(WORKLOAD_LABEL, workload = w.key())
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
        t!(STANDING_WAITING)
    } else if meter.is_hot(shard) {
        t!(STANDING_HOT, ratio = ratio_text(ratio))
    } else {
        t!(
            STANDING_NOT_HOT,
            ratio = ratio_text(ratio),
            factor = dec(HOT_FACTOR, 1)
        )
    }
}

/// The status line about the workload, when it is not uniform lookups.
pub fn status_line(sim: &ShardingSim, meter: &Meter) -> Option<String> {
    let strategy = sim.strategy();
    let celebrity = sim.celebrity()?;
    let place = match sim.route(strategy, celebrity) {
        Ok(s) => t!(STATUS_PLACE, shard = s + 1, standing = standing(meter, s)),
        Err(_) => t!(STATUS_UNREACHABLE),
    };
    Some(match sim.workload() {
        Workload::Uniform => return None,
        Workload::Celebrity => t!(
            STATUS_CELEBRITY,
            user = user(celebrity),
            percent = HOT_KEY_PERCENT,
            place = place
        ),
        Workload::Zipf => t!(
            STATUS_ZIPF,
            user = user(celebrity),
            share = percent(zipf_top_share(sim.records().len())),
            place = place
        ),
        Workload::Inserts => inserts_line(sim, strategy),
    })
}

/// Where the new sign-ups went: the shard that took the most of them.
fn inserts_line(sim: &ShardingSim, strategy: Strategy) -> String {
    let inserted = sim.inserted();
    let total: usize = inserted.iter().sum();
    let first = grouped(sim.records().len() + 1);
    let Some((top, &most)) = inserted
        .iter()
        .enumerate()
        .max_by_key(|(i, &c)| (c, usize::MAX - i))
    else {
        return t!(INSERTS_HEAD, first = first);
    };
    if total == 0 {
        return t!(INSERTS_NONE, first = first);
    }
    t!(
        INSERTS_TOP,
        first = first,
        shard = top + 1,
        most = grouped(most),
        total = grouped(total),
        share = percent_of(most, total),
        strategy = strategy.key()
    )
}

/// A shard's count of new sign-ups, appended to its readout under the insert workload.
pub fn inserted_suffix(sim: &ShardingSim, shard: usize) -> String {
    if sim.workload() != Workload::Inserts {
        return String::new();
    }
    let n = sim.inserted().get(shard).copied().unwrap_or(0);
    t!(INSERTED_SUFFIX, count = grouped(n))
}

/// An id range, briefly: `1–250`, `751+` for the open-ended last, `none` when empty.
pub fn id_range_short(r: &IdRange) -> String {
    match r.last {
        None => format!("{}+", thousands(r.first as usize)),
        Some(last) if last < r.first => t!(ID_RANGE_EMPTY),
        Some(last) => format!(
            "{}–{}",
            thousands(r.first as usize),
            thousands(last as usize)
        ),
    }
}

/// A shard row's key under range sharding with new sign-ups: `ids 1–250`, `ids 751+`.
pub fn id_range_label(r: &IdRange) -> String {
    t!(ID_RANGE_LABEL, range = id_range_short(r))
}

/// Each shard's id range: `Shard 1 ids 1–250, …, Shard 4 ids 751+`.
fn shard_id_ranges(sim: &ShardingSim) -> String {
    let ranges: Vec<String> = sim
        .insert_id_ranges()
        .iter()
        .map(|r| {
            t!(
                SHARD_ID_RANGE,
                shard = r.shard + 1,
                range = id_range_label(r)
            )
        })
        .collect();
    ranges.join(", ")
}

/// The Splits tab under range sharding with new sign-ups: the table is keyed on the user id,
/// so the letter splits do not route anything until another workload is chosen.
pub fn id_splits(sim: &ShardingSim) -> [String; 2] {
    [
        t!(
            ID_SPLITS_NOW,
            ranges = shard_id_ranges(sim),
            users = grouped(sim.records().len())
        ),
        t!(ID_SPLITS_LATER),
    ]
}

/// The label at the open end of the id axis, where new ids arrive, longest first.
pub fn new_ids() -> [String; 3] {
    [t!(NEW_IDS_LONG), t!(NEW_IDS_MEDIUM), t!(NEW_IDS_SHORT)]
}

/// The next id to sign up, at the open end of the id axis: `next #1,482`.
pub fn next_id(id: usize) -> String {
    t!(NEXT_ID, id = grouped(id))
}

/// The canvas's description under range sharding with new sign-ups: the id axis and its ranges.
pub fn id_axis_label(sim: &ShardingSim) -> String {
    t!(
        ID_AXIS_LABEL,
        shards = sim.shard_count(),
        ranges = shard_id_ranges(sim)
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
    let name = celebrity.map_or_else(|| t!(USER_FIRST), user);
    let watch: Arg = celebrity_shard.map_or("none".into(), |s| (s + 1).into());
    match workload {
        Workload::Uniform => t!(WORKLOAD_SET_UNIFORM, strategy = strategy.key()),
        Workload::Celebrity => t!(
            WORKLOAD_SET_CELEBRITY,
            name = name,
            percent = HOT_KEY_PERCENT,
            watch = watch
        ),
        Workload::Zipf => t!(
            WORKLOAD_SET_ZIPF,
            name = name,
            share = percent(zipf_top_share(users)),
            watch = watch
        ),
        Workload::Inserts => {
            let range = match strategy {
                Strategy::Range => t!(WORKLOAD_SET_INSERTS_RANGE, shard = shards),
                _ => t!(WORKLOAD_SET_INSERTS_OTHER),
            };
            format!(
                "{} {range}",
                t!(WORKLOAD_SET_INSERTS, next = grouped(users + 1))
            )
        }
    }
}

/// The canvas strip's title while a skewed workload flows, longest first (`None` for uniform
/// lookups: the strategy's own title stays).
pub fn strip_title(workload: Workload, strategy: Strategy) -> Option<[String; 3]> {
    let key = match (workload, strategy) {
        (Workload::Uniform, _) => return None,
        (Workload::Inserts, Strategy::Range) => "inserts-range",
        (w, _) => w.key(),
    };
    let ids = [
        msg::STRIP_WORKLOAD_LONG,
        msg::STRIP_WORKLOAD_MEDIUM,
        msg::STRIP_WORKLOAD_SHORT,
    ];
    Some(ids.map(|id| t!((id), workload = key, percent = HOT_KEY_PERCENT)))
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
