//! Every sentence and label the sim shows: narration of the model's outcomes, the readouts,
//! the presets' stories, the screen summary, the canvases' text alternatives and the help.
//! The words are the messages of `locales/<lang>.ftl`; this module picks them and fills in
//! the numbers.

use dsim_core::scaling::{
    clamp_setting, rung, setting_range, Evaluation, Layout, Lever, OpsBurden, Outcome, Preset,
    Refusal, ScalingSim, Setting, FAILOVER_MINUTES, LADDER, MAX_MONTHS, RESIZE_MINUTES,
    RESTORE_MINUTES, TARGET_UTILISATION,
};
use dsim_ui::format::{approx, percent, thousands};
use dsim_ui::i18n::{dec, fixed, grouped, language, needed_decimals, Arg};

use crate::data::Derived;
use crate::msg::{self, t};
use crate::settings::{ChartTab, PanelTab};

// ----- numbers ---------------------------------------------------------------------------------

/// A request rate: "8,000", "1.2 million".
pub fn rate(x: f64) -> String {
    if x >= 1e6 {
        t!(RATE_MILLION, x = dec(x / 1e6, 1))
    } else {
        thousands(x.round().max(0.0) as usize)
    }
}

/// A rate in thousands for chart labels: "19k", "1.2k", "820".
pub fn rate_short(x: f64) -> String {
    if x >= 10_000.0 {
        t!(RATE_K, x = grouped((x / 1_000.0).round() as i64))
    } else if x >= 1_000.0 {
        t!(RATE_K, x = dec(x / 1_000.0, 1))
    } else {
        (x.round().max(0.0) as i64).to_string()
    }
}

/// Dollars per hour: "$4.50/h", "$1,056/h".
pub fn per_hour(x: f64) -> String {
    if x >= 100.0 {
        t!(PER_HOUR, x = grouped(x.round() as i64))
    } else {
        t!(PER_HOUR, x = dec(x, 2))
    }
}

/// Dollars per million requests: "$0.036", "$1.20".
pub fn per_million(x: f64) -> String {
    let decimals = if x < 1.0 { 3 } else { 2 };
    t!(PER_MILLION, x = dec(x, decimals))
}

/// Milliseconds: "2.4 ms", "130 ms", "1,250 ms".
pub fn ms(x: f64) -> String {
    dsim_ui::format::ms(approx(x))
}

/// Gigabytes: "130 GB", "1.5 TB".
pub fn gb(x: f64) -> String {
    if x >= 1_000.0 {
        t!(TERABYTES, x = dec(x / 1_000.0, 1))
    } else {
        t!(GIGABYTES, x = grouped(x.round().max(0.0) as i64))
    }
}

/// A machine: "16 cores, 128 GB".
pub fn machine(r: usize) -> String {
    let m = rung(r);
    t!(MACHINE, cores = m.cores, ram = gb(m.ram_gb))
}

/// A layout's name: "read replicas" or "shards".
pub fn layout(l: Layout) -> String {
    t!((match l {
        Layout::Replicas => msg::LAYOUT_REPLICAS,
        Layout::Sharded => msg::LAYOUT_SHARDS,
    }))
}

/// A layout as a message's selector.
fn layout_key(l: Layout) -> &'static str {
    match l {
        Layout::Replicas => "replicas",
        Layout::Sharded => "shards",
    }
}

/// A cluster: "5 nodes: 1 leader and read replicas of 16 cores", "1 shard of 16 cores".
pub fn cluster(nodes: usize, node_rung: usize, l: Layout) -> String {
    t!(
        CLUSTER,
        layout = layout_key(l),
        nodes = nodes,
        cores = rung(node_rung).cores
    )
}

fn minutes(m: f64) -> String {
    if m < 1.0 {
        t!(SECONDS, n = (m * 60.0).round() as i64)
    } else {
        t!(MINUTES, n = m.round() as i64)
    }
}

/// A month for a message's `$up`/`$out` selector: its number, or `none` when the lever keeps
/// up beyond the timeline.
fn month_of(m: Option<u32>) -> Arg<'static> {
    m.map_or(Arg::from("none"), Arg::from)
}

// ----- settings --------------------------------------------------------------------------------

/// A setting's visible label.
pub fn setting_label(s: Setting) -> String {
    t!((match s {
        Setting::StartRate => msg::SETTING_START_RATE,
        Setting::Growth => msg::SETTING_GROWTH,
        Setting::ReadShare => msg::SETTING_READ_SHARE,
        Setting::WorkingSet => msg::SETTING_WORKING_SET,
        Setting::DataGrowth => msg::SETTING_DATA_GROWTH,
        Setting::Serial => msg::SETTING_SERIAL,
        Setting::Sigma => msg::SETTING_SIGMA,
        Setting::Kappa => msg::SETTING_KAPPA,
        Setting::CrossShard => msg::SETTING_CROSS_SHARD,
        Setting::FailureRate => msg::SETTING_FAILURE_RATE,
        Setting::NodeRung => msg::SETTING_NODE_RUNG,
        Setting::Machine => msg::SETTING_MACHINE,
        Setting::Nodes => msg::SETTING_NODES,
        Setting::Month => msg::SETTING_MONTH,
    }))
}

/// A setting's value as shown beside its slider.
pub fn setting_value(s: Setting, v: f64) -> String {
    match s {
        Setting::StartRate => t!(PER_SECOND, rate = rate(v)),
        Setting::Growth
        | Setting::DataGrowth
        | Setting::FailureRate
        | Setting::ReadShare
        | Setting::Serial
        | Setting::CrossShard => t!(SHARE, x = trim(v * 100.0)),
        Setting::WorkingSet => gb(v),
        Setting::Sigma => language().decimal(v, 3),
        Setting::Kappa => language().decimal(v, 4),
        Setting::NodeRung | Setting::Machine => t!(CORES, n = rung(v as usize).cores),
        Setting::Nodes | Setting::Month => fixed(v, 0),
    }
}

/// A setting's value as a screen reader says it.
pub fn setting_value_text(s: Setting, v: f64) -> String {
    let x = trim(v * 100.0);
    match s {
        Setting::StartRate => t!(SPOKEN_START_RATE, rate = rate(v)),
        Setting::Growth => t!(SPOKEN_GROWTH, x = x),
        Setting::DataGrowth => t!(SPOKEN_DATA_GROWTH, x = x),
        Setting::FailureRate => t!(SPOKEN_FAILURE_RATE, x = x),
        Setting::ReadShare => t!(
            SPOKEN_READ_SHARE,
            reads = x,
            writes = trim(100.0 - v * 100.0)
        ),
        Setting::Serial => t!(SPOKEN_SERIAL, x = x),
        Setting::CrossShard => t!(SPOKEN_CROSS_SHARD, x = x),
        Setting::WorkingSet => t!(SPOKEN_WORKING_SET, size = gb(v)),
        Setting::Sigma => t!(SPOKEN_SIGMA, x = dec(v, 3)),
        Setting::Kappa => t!(SPOKEN_KAPPA, x = dec(v, 4)),
        Setting::NodeRung | Setting::Machine => {
            let m = rung(v as usize);
            t!(
                MACHINE_PRICED,
                machine = machine(v as usize),
                price = per_hour(m.price_per_hour)
            )
        }
        Setting::Nodes => t!(SPOKEN_NODES, n = v as i64),
        Setting::Month => t!(SPOKEN_MONTH, month = v as i64, max = MAX_MONTHS),
    }
}

/// A number without trailing zeros, to at most three decimals: 8, 2.5, 0.25.
fn trim(x: f64) -> Arg<'static> {
    dec(x, needed_decimals(x, 3))
}

/// The notice for a link whose machine is not on the ladder.
pub fn ladder_notice(key: &str, asked: i64, cores: &[i64], used: i64) -> String {
    let list: Vec<String> = cores.iter().map(ToString::to_string).collect();
    t!(
        LADDER_NOTICE,
        key = key,
        asked = asked,
        list = list.join(", "),
        used = used
    )
}

/// The notice for a link that both follows the demand and places the levers.
pub fn follow_ignores_levers() -> String {
    t!(FOLLOW_IGNORES_LEVERS)
}

// ----- presets ---------------------------------------------------------------------------------

/// A preset's button label.
pub fn preset_label(p: Preset) -> String {
    t!((match p {
        Preset::ReadHeavyBlog => msg::PRESET_BLOG,
        Preset::WriteHeavyIngest => msg::PRESET_INGEST,
        Preset::SerialBottleneck => msg::PRESET_SERIAL,
        Preset::CoherencyCliff => msg::PRESET_CLIFF,
    }))
}

/// What a preset shows, with this run's numbers.
pub fn preset_note(p: Preset, sim: &ScalingSim, d: &Derived) -> String {
    let (up, out) = (month_of(d.up.ceiling_month), month_of(d.out.ceiling_month));
    match p {
        Preset::ReadHeavyBlog => t!(PRESET_NOTE_BLOG, up = up, out = out, max = MAX_MONTHS),
        Preset::WriteHeavyIngest => {
            t!(PRESET_NOTE_INGEST, up = up, out = out, max = MAX_MONTHS)
        }
        Preset::SerialBottleneck => t!(
            PRESET_NOTE_SERIAL,
            up = rate(d.up.ceiling),
            out = rate(d.out.ceiling),
            demand = rate(d.demand.total())
        ),
        Preset::CoherencyCliff => t!(
            PRESET_NOTE_CLIFF,
            peak = dec(sim.config().tuning.usl.peak().unwrap_or(0.0), 0),
            nodes = sim.nodes(),
            capacity = rate(d.out.now.capacity),
            best = d.best_nodes,
            best_capacity = rate(d.out.ceiling)
        ),
    }
}

// ----- narration -------------------------------------------------------------------------------

/// The narration of everything an event did.
pub fn outcomes(list: &[Outcome], sim: &ScalingSim, d: &Derived) -> String {
    let parts: Vec<String> = list.iter().filter_map(|o| outcome(o, sim, d)).collect();
    if parts.is_empty() {
        t!(NOTHING_CHANGED)
    } else {
        parts.join(" ")
    }
}

fn outcome(o: &Outcome, sim: &ScalingSim, d: &Derived) -> Option<String> {
    Some(match *o {
        Outcome::Set { setting, value } => set(setting, value, d)?,
        Outcome::Clamped { setting, used, .. } => {
            let (lo, hi, _) = setting_range(setting);
            t!(
                CLAMPED,
                setting = setting_label(setting),
                lo = setting_value(setting, lo),
                hi = setting_value(setting, hi),
                used = setting_value(setting, clamp_setting(setting, used))
            )
        }
        Outcome::LayoutSet(l) => layout_sentence(l),
        Outcome::FollowSet(true) => t!(FOLLOW_ON, target = percent(TARGET_UTILISATION)),
        Outcome::FollowSet(false) => t!(FOLLOW_OFF),
        Outcome::Resized { from, to, .. } if from == to => {
            t!(MACHINE_STAYS, machine = machine(to))
        }
        Outcome::Resized {
            from,
            to,
            downtime_minutes,
        } => t!(
            MACHINE_MOVES,
            from = rung(from).cores,
            to = machine(to),
            time = minutes(downtime_minutes)
        ),
        Outcome::NodesChanged { from, to, .. } if from == to => t!(CLUSTER_STAYS, nodes = to),
        Outcome::NodesChanged { from, to, moved_gb } => nodes_changed(from, to, moved_gb, sim),
        Outcome::Month { month } => month_demand(i64::from(month), d),
        Outcome::MachineFailed { downtime_minutes } => {
            t!(MACHINE_FAILED, time = minutes(downtime_minutes))
        }
        Outcome::NodeFailed {
            node,
            leader,
            failing_share,
            minutes: m,
        } => node_failed(node, leader, failing_share, m, sim),
        Outcome::Repaired { machine, nodes } => repaired(machine, nodes),
        Outcome::CeilingCrossed {
            lever: Lever::Up,
            month,
        } => {
            t!(UP_CEILING_CROSSED, month = month, rate = rate(d.up.ceiling))
        }
        Outcome::CeilingCrossed {
            lever: Lever::Out,
            month,
        } => t!(
            OUT_CEILING_CROSSED,
            month = month,
            nodes = d.best_nodes,
            rate = rate(d.out.ceiling)
        ),
        Outcome::BackUnderCeiling { lever: Lever::Up } => t!(UP_BACK_UNDER),
        Outcome::BackUnderCeiling { lever: Lever::Out } => t!(OUT_BACK_UNDER),
        Outcome::PresetApplied(p) => preset_note(p, sim, d),
        Outcome::Reset => format!("{} {}", t!(BACK_TO_START), start(sim, d)),
        Outcome::Refused(r) => refusal(r),
    })
}

/// "Month 3: 9,331 requests/s, working set 112 GB."
fn month_demand(month: i64, d: &Derived) -> String {
    t!(
        MONTH_DEMAND,
        month = month,
        rate = rate(d.demand.total()),
        size = gb(d.demand.working_set_gb)
    )
}

/// The sentence for a setting's new value; `None` for the lever positions, whose moves have
/// their own sentences.
fn set(setting: Setting, value: f64, d: &Derived) -> Option<String> {
    Some(match setting {
        Setting::Machine | Setting::Nodes => return None,
        Setting::Month => month_demand(value as i64, d),
        Setting::NodeRung => format!(
            "{} {}",
            t!(
                NODE_RUNG_SET,
                machine = machine(value as usize),
                price = per_hour(rung(value as usize).price_per_hour)
            ),
            ceilings(d)
        ),
        _ => format!(
            "{} {}",
            t!(
                SETTING_SET,
                setting = setting_label(setting),
                value = setting_value(setting, value)
            ),
            ceilings(d)
        ),
    })
}

/// When each lever runs out, in a sentence.
pub fn ceilings(d: &Derived) -> String {
    match (d.up.ceiling_month, d.out.ceiling_month) {
        (Some(0), Some(0)) => t!(NEITHER_LEVER),
        (up, out) => t!(
            CEILINGS,
            up = month_of(up),
            out = month_of(out),
            max = MAX_MONTHS
        ),
    }
}

fn layout_sentence(l: Layout) -> String {
    t!((match l {
        Layout::Replicas => msg::LAYOUT_NOW_REPLICAS,
        Layout::Sharded => msg::LAYOUT_NOW_SHARDS,
    }))
}

fn nodes_changed(from: usize, to: usize, moved_gb: f64, sim: &ScalingSim) -> String {
    let dir = if to > from { "grow" } else { "shrink" };
    let data = gb(moved_gb);
    match (sim.config().shape.layout, to > from) {
        (Layout::Replicas, true) => t!(
            NODES_COPIED,
            dir = dir,
            from = from,
            to = to,
            data = data,
            added = to - from
        ),
        (Layout::Replicas, false) => t!(NODES_CHANGED, dir = dir, from = from, to = to),
        (Layout::Sharded, _) => t!(NODES_MOVED, dir = dir, from = from, to = to, data = data),
    }
}

fn node_failed(node: usize, leader: bool, share: f64, m: f64, sim: &ScalingSim) -> String {
    let k = node + 1;
    match (sim.config().shape.layout, leader) {
        (Layout::Replicas, true) => t!(LEADER_FAILED, node = k, time = minutes(m)),
        (Layout::Replicas, false) => t!(REPLICA_FAILED, node = k),
        (Layout::Sharded, _) => t!(
            SHARD_FAILED,
            node = k,
            share = percent(share),
            time = minutes(m)
        ),
    }
}

fn repaired(machine: bool, nodes: usize) -> String {
    match (machine, nodes) {
        (true, 0) => t!(REPAIRED_MACHINE),
        (false, n) => t!(REPAIRED_NODES, n = n),
        (true, n) => t!(REPAIRED_BOTH, n = n),
    }
}

/// Why an action changed nothing (also the reason a button is disabled).
pub fn refusal(r: Refusal) -> String {
    t!((match r {
        Refusal::NoLargerMachine => msg::REFUSAL_NO_LARGER,
        Refusal::NoSmallerMachine => msg::REFUSAL_NO_SMALLER,
        Refusal::NoMoreNodes => msg::REFUSAL_NO_MORE_NODES,
        Refusal::NoFewerNodes => msg::REFUSAL_NO_FEWER_NODES,
        Refusal::EndOfTimeline => msg::REFUSAL_END,
        Refusal::MachineAlreadyDown => msg::REFUSAL_MACHINE_DOWN,
        Refusal::AllNodesDown => msg::REFUSAL_ALL_DOWN,
        Refusal::NothingToRepair => msg::REFUSAL_NOTHING_TO_REPAIR,
    }))
}

/// The opening sentence.
pub fn start(sim: &ScalingSim, d: &Derived) -> String {
    format!(
        "{} {}",
        t!(
            START,
            month = sim.month(),
            rate = rate(d.demand.total()),
            reads = percent(d.demand.read_share()),
            size = gb(d.demand.working_set_gb)
        ),
        ceilings(d)
    )
}

// ----- readouts --------------------------------------------------------------------------------

/// The headline: the month and the demand.
pub fn headline(d: &Derived) -> String {
    t!(
        HEADLINE,
        month = d.month,
        max = MAX_MONTHS,
        rate = rate(d.demand.total()),
        reads = percent(d.demand.read_share()),
        size = gb(d.demand.working_set_gb)
    )
}

/// How busy a plan is, for a message's `$state` (with the utilisation as `$p`).
fn load_state(e: &Evaluation) -> &'static str {
    if e.capacity <= 0.0 {
        "down"
    } else if e.utilisation >= 1.0 {
        "over"
    } else {
        "ok"
    }
}

/// How busy a plan is inside a sentence: "57% busy", "overloaded (126%) busy", "down busy".
fn busy_load(e: &Evaluation) -> String {
    t!(BUSY_LOAD, state = load_state(e), p = percent(e.utilisation))
}

/// The size cell: "16 cores, 128 GB" or "5 × 16 cores, read replicas".
pub fn size(sim: &ScalingSim, lever: Lever) -> String {
    match lever {
        Lever::Up => machine(sim.machine()),
        Lever::Out => t!(
            SIZE_OUT,
            nodes = sim.nodes(),
            cores = rung(sim.config().shape.node_rung).cores,
            layout = layout(sim.config().shape.layout)
        ),
    }
}

/// What a plan serves: "13,913 req/s, 57% busy", with the share of data out of reach.
pub fn serves(e: &Evaluation) -> String {
    if e.capacity <= 0.0 {
        return t!(SERVES_NOTHING);
    }
    let lost = if e.available < 1.0 {
        Arg::from(percent(1.0 - e.available))
    } else {
        Arg::from("none")
    };
    t!(
        SERVES,
        rate = rate(e.capacity),
        state = load_state(e),
        p = percent(e.utilisation),
        lost = lost
    )
}

/// Mean latency, or why there is none; and a note on reads that go to disk.
pub fn latency(e: &Evaluation) -> (String, Option<String>) {
    let note = (e.miss_ratio > 0.0).then(|| t!(READS_FROM_DISK, p = percent(e.miss_ratio)));
    match e.latency_ms {
        Some(l) => (ms(l), note),
        None if e.capacity <= 0.0 => (t!(NO_ANSWERS), None),
        None => (t!(UNBOUNDED), note),
    }
}

/// Cost: "$4.50/h · $0.036/M req" (per million requests answered).
pub fn cost(e: &Evaluation) -> String {
    let hour = per_hour(e.price_per_hour);
    match e.cost_per_million {
        Some(c) => t!(COST, hour = hour, million = per_million(c)),
        None => t!(COST_NOTHING, hour = hour),
    }
}

/// What one failure costs: the cell and its note.
pub fn failure_domain(lever: Lever, sim: &ScalingSim) -> (String, String) {
    let n = sim.nodes();
    let restore = minutes(RESTORE_MINUTES);
    match (lever, sim.config().shape.layout) {
        (Lever::Up, _) => (
            t!(ALL_DOWN, time = restore),
            t!(EACH_RESIZE, time = minutes(RESIZE_MINUTES)),
        ),
        (Lever::Out, _) if n == 1 => (t!(ALL_DOWN, time = restore), t!(ONE_FAILURE_DOMAIN)),
        (Lever::Out, Layout::Replicas) => (
            t!(SHARE_OF_CAPACITY, n = n),
            t!(LEADER_PAUSES_WRITES, time = minutes(FAILOVER_MINUTES)),
        ),
        (Lever::Out, Layout::Sharded) => (
            t!(SHARE_OF_DATA_DOWN, n = n, time = restore),
            t!(NO_REPLICAS_PER_SHARD),
        ),
    }
}

/// The operational burden: a label and what it means.
pub fn ops(b: OpsBurden) -> (String, String) {
    let (label, note) = match b {
        OpsBurden::Low => (msg::OPS_LOW, msg::OPS_LOW_NOTE),
        OpsBurden::Moderate => (msg::OPS_MODERATE, msg::OPS_MODERATE_NOTE),
        OpsBurden::High => (msg::OPS_HIGH, msg::OPS_HIGH_NOTE),
        OpsBurden::VeryHigh => (msg::OPS_VERY_HIGH, msg::OPS_VERY_HIGH_NOTE),
    };
    (t!((label)), t!((note)))
}

/// Downtime for a message's `$time`: `none`, or the minutes.
fn outage(m: f64) -> Arg<'static> {
    if m <= 0.0 {
        Arg::from("none")
    } else {
        Arg::from(minutes(m))
    }
}

/// A downtime tally line: "One machine: …." or "Cluster: …."
pub fn tally(sim: &ScalingSim, lever: Lever) -> String {
    let t = sim.downtime();
    match lever {
        Lever::Up => t!(
            TALLY_UP,
            failures = t.up_failures,
            resizes = t.up_resizes,
            time = outage(t.up_minutes)
        ),
        Lever::Out => t!(
            TALLY_OUT,
            failures = t.out_failures,
            time = outage(t.out_equivalent_minutes)
        ),
    }
}

// ----- summaries and labels --------------------------------------------------------------------

/// The current state in two or three sentences.
pub fn state_summary(sim: &ScalingSim, d: &Derived) -> String {
    let c = sim.config();
    let summary = t!(
        SUMMARY,
        headline = headline(d),
        machine = machine(sim.machine()),
        up_load = busy_load(&d.up.now),
        up_latency = latency(&d.up.now).0,
        up_price = per_hour(d.up.now.price_per_hour),
        cluster = cluster(sim.nodes(), c.shape.node_rung, c.shape.layout),
        out_load = busy_load(&d.out.now),
        out_latency = latency(&d.out.now).0,
        out_price = per_hour(d.out.now.price_per_hour)
    );
    format!("{summary} {}", ceilings(d))
}

/// The picture's text alternative.
pub fn canvas_label(sim: &ScalingSim, d: &Derived) -> String {
    let c = sim.config();
    let mut sentences = vec![t!(
        CANVAS_UP,
        min = LADDER[0].cores,
        max = LADDER[LADDER.len() - 1].cores,
        demand = rate(d.demand.total()),
        machine = machine(sim.machine()),
        load = busy_load(&d.up.now)
    )];
    if sim.machine_down() {
        sentences.push(t!(CANVAS_MACHINE_DOWN));
    }
    sentences.push(t!(
        CANVAS_OUT,
        cluster = cluster(sim.nodes(), c.shape.node_rung, c.shape.layout),
        failed = sim.failed_nodes().len(),
        load = busy_load(&d.out.now)
    ));
    sentences.join(" ")
}

// ----- charts ----------------------------------------------------------------------------------

/// The x axis of the charts over time.
pub fn axis_month() -> String {
    t!(AXIS_MONTH)
}
/// A y axis of request rates (long and short form).
pub fn axis_krate() -> (String, String) {
    (t!(AXIS_KRATE), t!(AXIS_KRATE_SHORT))
}
/// The x axis of capacity against price.
pub fn axis_price() -> String {
    t!(AXIS_PRICE)
}
/// The x axis of latency against load.
pub fn axis_kload() -> String {
    t!(AXIS_KLOAD)
}
/// The y axis of latency against load (long and short form).
pub fn axis_ms() -> (String, String) {
    (t!(AXIS_MS), t!(AXIS_MS_SHORT))
}
/// The y axis of cost over time (long and short form).
pub fn axis_cost() -> (String, String) {
    (t!(AXIS_COST), t!(AXIS_COST_SHORT))
}

/// A line's label on a chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line {
    /// The demand over time.
    Demand,
    /// The demand mark on the latency chart.
    DemandNow,
    /// The largest machine's capacity over time.
    UpCeiling,
    /// The best cluster's capacity over time.
    OutCeiling,
    /// The ladder's curve of capacity against price.
    UpCurve,
    /// The machine's latency curve.
    UpLatency,
    /// The cluster's latency curve.
    OutLatency,
    /// The machine's cost over time.
    UpCost,
    /// The cluster's cost over time.
    OutCost,
}

/// A line's label.
pub fn line(l: Line) -> String {
    t!((match l {
        Line::Demand => msg::LINE_DEMAND,
        Line::DemandNow => msg::LINE_DEMAND_NOW,
        Line::UpCeiling => msg::LINE_UP_CEILING,
        Line::OutCeiling => msg::LINE_OUT_CEILING,
        Line::UpCurve => msg::LINE_UP_CURVE,
        Line::UpLatency => msg::LINE_UP_LATENCY,
        Line::OutLatency => msg::LINE_OUT_LATENCY,
        Line::UpCost => msg::LINE_UP_COST,
        Line::OutCost => msg::LINE_OUT_COST,
    }))
}

/// Where the demand passes a lever's ceiling: "machine outgrown: month 28".
pub fn outgrown_mark(lever: Lever, month: u32) -> String {
    match lever {
        Lever::Up => t!(MARK_UP_OUTGROWN, month = month),
        Lever::Out => t!(MARK_OUT_OUTGROWN, month = month),
    }
}

/// The cluster curve's label, at its peak.
pub fn peak_label(best: usize) -> String {
    t!(PEAK_LABEL, nodes = best)
}

/// A chart's tab label.
pub fn chart_tab(tab: ChartTab) -> String {
    t!((match tab {
        ChartTab::Time => msg::CHART_TIME,
        ChartTab::Throughput => msg::CHART_THROUGHPUT,
        ChartTab::Latency => msg::CHART_LATENCY,
        ChartTab::Cost => msg::CHART_COST,
    }))
}

/// A chart's text alternative, with its main numbers.
pub fn chart_description(tab: ChartTab, d: &Derived) -> String {
    match tab {
        ChartTab::Time => format!(
            "{} {}",
            t!(
                DESCRIBE_TIME,
                max = MAX_MONTHS,
                from = rate(d.timeline[0].demand.total()),
                to = rate(d.timeline[d.timeline.len() - 1].demand.total())
            ),
            ceilings(d)
        ),
        ChartTab::Throughput => t!(
            DESCRIBE_THROUGHPUT,
            up = rate(d.up.ceiling),
            price = per_hour(d.up.curve.last().map_or(0.0, |c| c.price)),
            nodes = d.best_nodes,
            out = rate(d.out.ceiling),
            demand = rate(d.demand.total())
        ),
        ChartTab::Latency => t!(
            DESCRIBE_LATENCY,
            up = rate(d.up.now.capacity),
            out = rate(d.out.now.capacity),
            demand = rate(d.demand.total())
        ),
        ChartTab::Cost => format!(
            "{} {}",
            t!(DESCRIBE_COST, target = percent(TARGET_UTILISATION)),
            ceilings(d)
        ),
    }
}

// ----- transport -------------------------------------------------------------------------------

/// When Play starts.
pub fn playing() -> String {
    t!(PLAYING)
}

/// When the timeline has run out.
pub fn end() -> String {
    t!(END)
}

/// When Play stops.
pub fn paused(month: u32) -> String {
    t!(PAUSED, month = month)
}

// ----- page -----------------------------------------------------------------------------------

/// A word of the page that takes no number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Word {
    /// The status line's accessible name.
    StatusName,
    /// The comparison table's accessible name.
    TableName,
    /// The (hidden) heading of the table's label column.
    TableMeasure,
    /// The row of each lever's size.
    RowSize,
    /// The row of what each lever serves.
    RowServes,
    /// The row of mean latency.
    RowLatency,
    /// The row of cost.
    RowCost,
    /// The row of what one failure costs.
    RowFailure,
    /// The row of the operational burden.
    RowOps,
    /// The chart tabs' accessible name.
    ChartsName,
    /// The controls tabs' accessible name.
    ControlsName,
    /// The transport group's accessible name.
    TimeGroup,
    /// The step button.
    NextMonth,
    /// The reset button.
    Reset,
    /// The switch that keeps both levers sized for the demand.
    Follow,
    /// The button that sizes both levers now.
    Fit,
    /// The presets group's accessible name.
    PresetsName,
    /// The presets group's visible label.
    PresetsLabel,
    /// The layout choice's label.
    Layout,
    /// The failures group's accessible name.
    FailuresName,
    /// Fails the single machine.
    FailMachine,
    /// Fails one node of the cluster.
    FailNode,
    /// Brings every failed machine back.
    Repair,
    /// The badge on a failed machine.
    DownBadge,
    /// The mark on the replicas' leader.
    LeaderMark,
}

/// A word of the page.
pub fn word(w: Word) -> String {
    t!((match w {
        Word::StatusName => msg::STATUS_NAME,
        Word::TableName => msg::TABLE_NAME,
        Word::TableMeasure => msg::TABLE_MEASURE,
        Word::RowSize => msg::ROW_SIZE,
        Word::RowServes => msg::ROW_SERVES,
        Word::RowLatency => msg::ROW_LATENCY,
        Word::RowCost => msg::ROW_COST,
        Word::RowFailure => msg::ROW_FAILURE,
        Word::RowOps => msg::ROW_OPS,
        Word::ChartsName => msg::CHARTS_NAME,
        Word::ControlsName => msg::CONTROLS_NAME,
        Word::TimeGroup => msg::TIME_GROUP,
        Word::NextMonth => msg::NEXT_MONTH,
        Word::Reset => msg::RESET,
        Word::Follow => msg::FOLLOW,
        Word::Fit => msg::FIT,
        Word::PresetsName => msg::PRESETS_NAME,
        Word::PresetsLabel => msg::PRESETS_LABEL,
        Word::Layout => msg::LAYOUT,
        Word::FailuresName => msg::FAILURES_NAME,
        Word::FailMachine => msg::FAIL_MACHINE,
        Word::FailNode => msg::FAIL_NODE,
        Word::Repair => msg::REPAIR,
        Word::DownBadge => msg::DOWN_BADGE,
        Word::LeaderMark => msg::LEADER_MARK,
    }))
}

/// A lever's name, as a column heading and a tab.
pub fn lever_name(l: Lever) -> String {
    t!((match l {
        Lever::Up => msg::LEVER_UP,
        Lever::Out => msg::LEVER_OUT,
    }))
}

/// A tab of controls.
pub fn panel_tab(t: PanelTab) -> String {
    match t {
        PanelTab::Workload => t!(PANEL_WORKLOAD),
        PanelTab::Up => lever_name(Lever::Up),
        PanelTab::Out => lever_name(Lever::Out),
        PanelTab::Failures => t!(PANEL_FAILURES),
    }
}

/// The USL's peak for the current σ and κ, and where this mix's capacity actually peaks
/// (earlier when writes or disks, not the USL, are what runs out).
pub fn usl_peak(sim: &ScalingSim, d: &Derived) -> String {
    let best = d.best_nodes;
    match sim.config().tuning.usl.peak() {
        Some(n) => t!(USL_PEAK, peak = dec(n, 1), best = best),
        None => t!(USL_NO_PEAK, best = best),
    }
}

// ----- picture --------------------------------------------------------------------------------

/// The picture's panel titles, each with its subtitles from longest to shortest.
pub fn picture_titles(sim: &ScalingSim, d: &Derived) -> [(Vec<String>, Vec<String>); 2] {
    let c = sim.config();
    let n = sim.nodes();
    let m = rung(sim.machine());
    let node = rung(c.shape.node_rung);
    let (up_price, out_price) = (
        per_hour(d.up.now.price_per_hour),
        per_hour(d.out.now.price_per_hour),
    );
    [
        (
            vec![t!(PICTURE_TITLE_UP), lever_name(Lever::Up)],
            vec![
                t!(
                    MACHINE_PRICED,
                    machine = machine(sim.machine()),
                    price = &up_price
                ),
                t!(CORES_PRICED, cores = m.cores, price = &up_price),
                t!(CORES, n = m.cores),
            ],
        ),
        (
            vec![t!(PICTURE_TITLE_OUT, nodes = n), lever_name(Lever::Out)],
            vec![
                t!(
                    CORES_EACH_LAYOUT,
                    cores = node.cores,
                    layout = layout(c.shape.layout),
                    price = &out_price
                ),
                t!(CORES_EACH_PRICED, cores = node.cores, price = &out_price),
                t!(CORES_EACH, cores = node.cores),
            ],
        ),
    ]
}

/// A busy meter's label: "57% busy", "overloaded" or "down".
pub fn meter_label(rho: f64) -> String {
    if !rho.is_finite() {
        t!(METER_DOWN)
    } else if rho >= 1.0 {
        t!(METER_OVERLOADED)
    } else {
        t!(METER_BUSY, p = percent(rho))
    }
}

/// The mark on shard `i` (from 0).
pub fn shard_mark(i: usize) -> String {
    t!(SHARD_MARK, n = i + 1)
}

/// The demand line's label on the ladder.
pub fn demand_mark(rate: f64) -> String {
    t!(DEMAND_MARK, rate = rate_short(rate))
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsim_core::scaling::{ScalingConfig, ScalingEvent};

    #[test]
    fn the_usl_peak_is_shown_from_its_formula() {
        // σ = 0.02, κ = 0.0005: √(0.98 / 0.0005) = √1960 ≈ 44.27.
        let mut sim = ScalingSim::new(ScalingConfig::default(), 1);
        let line = usl_peak(&sim, &Derived::new(&sim));
        assert!(line.contains("N* = √((1 − σ)/κ) ≈ 44.3 nodes"), "{line}");
        sim.apply(ScalingEvent::Preset(Preset::CoherencyCliff));
        let line = usl_peak(&sim, &Derived::new(&sim));
        assert!(line.contains("≈ 7.0 nodes"), "{line}");
        sim.apply(ScalingEvent::Set(Setting::Kappa, 0.0));
        let line = usl_peak(&sim, &Derived::new(&sim));
        assert!(line.starts_with("κ = 0: no USL peak"), "{line}");
    }

    #[test]
    fn german_sentences_take_german_plurals_and_decimals() {
        crate::msg::speak("de");
        assert_eq!(repaired(false, 1), "1 ausgefallener Knoten ist wieder da.");
        assert_eq!(repaired(false, 3), "3 ausgefallene Knoten sind wieder da.");
        assert_eq!(per_hour(4.5), "4,50 $/h");
        assert_eq!(gb(1_500.0), "1,5 TB");
        assert_eq!(rate(2_500_000.0), "2,5 Millionen");
        assert_eq!(rate(13_913.0), "13.913");
        assert_eq!(
            setting_value_text(Setting::ReadShare, 0.975),
            "97,5 % Lesevorgänge, 2,5 % Schreibvorgänge"
        );
        let mut sim = ScalingSim::new(ScalingConfig::default(), 1);
        sim.apply(ScalingEvent::Preset(Preset::CoherencyCliff));
        let line = usl_peak(&sim, &Derived::new(&sim));
        assert!(
            line.starts_with("Maximum des USL N* = √((1 − σ)/κ) ≈ 7,0 Knoten"),
            "{line}"
        );
        let d = Derived::new(&sim);
        assert_eq!(
            ceilings(&d),
            "Die Nachfrage übersteigt die größte Maschine in Monat 31 und den besten Cluster in Monat 22."
        );
    }
}
