//! Every sentence and label the sim shows: narration of the model's outcomes, the readouts,
//! the presets' stories, the screen summary, the canvases' text alternatives and the help.

use dsim_core::scaling::{
    clamp_setting, rung, setting_range, Evaluation, Layout, Lever, OpsBurden, Outcome, Preset,
    Refusal, ScalingSim, Setting, FAILOVER_MINUTES, LADDER, MAX_MONTHS, RESIZE_MINUTES,
    RESTORE_MINUTES, TARGET_UTILISATION,
};
use dsim_ui::format::{approx, percent, thousands};

use crate::data::Derived;
use crate::settings::{ChartTab, PanelTab};

// ----- numbers ---------------------------------------------------------------------------------

/// A request rate: "8,000", "1.2 million".
pub fn rate(x: f64) -> String {
    if x >= 1e6 {
        format!("{:.1} million", x / 1e6)
    } else {
        thousands(x.round().max(0.0) as usize)
    }
}

/// A rate in thousands for chart labels: "19k", "1.2k", "820".
pub fn rate_short(x: f64) -> String {
    if x >= 10_000.0 {
        format!("{}k", thousands((x / 1_000.0).round() as usize))
    } else if x >= 1_000.0 {
        format!("{:.1}k", x / 1_000.0)
    } else {
        format!("{}", x.round().max(0.0))
    }
}

/// Dollars per hour: "$4.50/h", "$1,056/h".
pub fn per_hour(x: f64) -> String {
    if x >= 100.0 {
        format!("${}/h", thousands(x.round() as usize))
    } else {
        format!("${x:.2}/h")
    }
}

/// Dollars per million requests: "$0.036", "$1.20".
pub fn per_million(x: f64) -> String {
    let decimals = if x < 1.0 { 3 } else { 2 };
    format!("${x:.decimals$}")
}

/// Milliseconds: "2.4 ms", "130 ms", "1,250 ms".
pub fn ms(x: f64) -> String {
    format!("{} ms", approx(x))
}

/// Gigabytes: "130 GB", "1.5 TB".
pub fn gb(x: f64) -> String {
    if x >= 1_000.0 {
        format!("{:.1} TB", x / 1_000.0)
    } else {
        format!("{} GB", thousands(x.round().max(0.0) as usize))
    }
}

/// A machine: "16 cores, 128 GB".
pub fn machine(r: usize) -> String {
    let m = rung(r);
    format!("{} cores, {}", m.cores, gb(m.ram_gb))
}

/// A layout's name: "read replicas" or "shards".
pub fn layout(l: Layout) -> &'static str {
    match l {
        Layout::Replicas => "read replicas",
        Layout::Sharded => "shards",
    }
}

/// A cluster: "5 read replicas of 16 cores", "1 shard of 16 cores".
pub fn cluster(nodes: usize, node_rung: usize, l: Layout) -> String {
    let noun = match (l, nodes) {
        (Layout::Replicas, 1) => "node, no replicas yet,",
        (Layout::Replicas, _) => "nodes: 1 leader and read replicas",
        (Layout::Sharded, 1) => "shard",
        (Layout::Sharded, _) => "shards",
    };
    format!("{nodes} {noun} of {} cores", rung(node_rung).cores)
}

fn minutes(m: f64) -> String {
    if m < 1.0 {
        format!("{} seconds", (m * 60.0).round())
    } else {
        format!("{} minutes", m.round())
    }
}

fn month_of(m: Option<u32>) -> String {
    m.map_or_else(
        || format!("beyond month {MAX_MONTHS}"),
        |m| format!("month {m}"),
    )
}

// ----- settings --------------------------------------------------------------------------------

/// A setting's visible label.
pub fn setting_label(s: Setting) -> &'static str {
    match s {
        Setting::StartRate => "Requests at month 0",
        Setting::Growth => "Request growth per month",
        Setting::ReadShare => "Reads",
        Setting::WorkingSet => "Working set at month 0",
        Setting::DataGrowth => "Data growth per month",
        Setting::Serial => "Serial fraction (Amdahl)",
        Setting::Sigma => "Contention σ",
        Setting::Kappa => "Coherency κ",
        Setting::CrossShard => "Cross-shard requests",
        Setting::FailureRate => "Failures per machine per month",
        Setting::NodeRung => "Node size",
        Setting::Machine => "Machine size",
        Setting::Nodes => "Nodes",
        Setting::Month => "Month",
    }
}

/// A setting's value as shown beside its slider.
pub fn setting_value(s: Setting, v: f64) -> String {
    match s {
        Setting::StartRate => format!("{}/s", rate(v)),
        Setting::Growth
        | Setting::DataGrowth
        | Setting::FailureRate
        | Setting::ReadShare
        | Setting::Serial
        | Setting::CrossShard => format!("{} %", trim(v * 100.0)),
        Setting::WorkingSet => gb(v),
        Setting::Sigma => format!("{v:.3}"),
        Setting::Kappa => format!("{v:.4}"),
        Setting::NodeRung | Setting::Machine => format!("{} cores", rung(v as usize).cores),
        Setting::Nodes | Setting::Month => format!("{v}"),
    }
}

/// A setting's value as a screen reader says it.
pub fn setting_value_text(s: Setting, v: f64) -> String {
    match s {
        Setting::StartRate => format!("{} requests per second at month 0", rate(v)),
        Setting::Growth => format!("requests grow {} % a month", trim(v * 100.0)),
        Setting::DataGrowth => format!("the working set grows {} % a month", trim(v * 100.0)),
        Setting::FailureRate => format!("each machine fails in {} % of months", trim(v * 100.0)),
        Setting::ReadShare => format!(
            "{} % reads, {} % writes",
            trim(v * 100.0),
            trim(100.0 - v * 100.0)
        ),
        Setting::Serial => format!("{} % of each request's work is serial", trim(v * 100.0)),
        Setting::CrossShard => format!("{} % of requests span two shards", trim(v * 100.0)),
        Setting::WorkingSet => format!("working set {} at month 0", gb(v)),
        Setting::Sigma => format!("sigma = {v:.3}"),
        Setting::Kappa => format!("kappa = {v:.4}"),
        Setting::NodeRung | Setting::Machine => {
            let m = rung(v as usize);
            format!("{}, {}", machine(v as usize), per_hour(m.price_per_hour))
        }
        Setting::Nodes => format!("{v} nodes"),
        Setting::Month => format!("month {v} of {MAX_MONTHS}"),
    }
}

/// A number without trailing zeros: 8, 2.5, 0.25.
fn trim(x: f64) -> String {
    let s = format!("{:.3}", x);
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// The notice for a link whose machine is not on the ladder.
pub fn ladder_notice(key: &str, asked: i64, cores: &[i64], used: i64) -> String {
    let list: Vec<String> = cores.iter().map(ToString::to_string).collect();
    format!(
        "{key}={asked}: machines come with {} cores; using {key}={used}.",
        list.join(", ")
    )
}

/// The notice for a link that both follows the demand and places the levers.
pub const FOLLOW_IGNORES_LEVERS: &str =
    "follow=1 sizes both levers for the demand, so machine and nodes are ignored.";

// ----- presets ---------------------------------------------------------------------------------

/// A preset's button label.
pub fn preset_label(p: Preset) -> &'static str {
    match p {
        Preset::ReadHeavyBlog => "Read-heavy blog",
        Preset::WriteHeavyIngest => "Write-heavy IoT ingest",
        Preset::SerialBottleneck => "A serial bottleneck",
        Preset::CoherencyCliff => "The coherency cliff",
    }
}

/// What a preset shows, with this run's numbers.
pub fn preset_note(p: Preset, sim: &ScalingSim, d: &Derived) -> String {
    let up = month_of(d.up_ceiling_month);
    let out = month_of(d.out_ceiling_month);
    match p {
        Preset::ReadHeavyBlog => format!(
            "Read-heavy blog: 98 % reads, growing 6 % a month. The largest machine is outgrown in {up}; read replicas carry on to {out}, and cost less per request on the way, because reads spread over the replicas and only the few writes are copied to all. Press Play."
        ),
        Preset::WriteHeavyIngest => format!(
            "Write-heavy IoT ingest: 90 % writes, growing 8 % a month. Read replicas cannot help (every replica applies every write); shards split the writes and outlast the largest machine ({up}) to {out}. Switch the layout to read replicas to see them fail at once."
        ),
        Preset::SerialBottleneck => format!(
            "A serial bottleneck: 20 % of each request's work is serial, and nodes contend as much (σ = 0.20). The largest machine tops out at {} requests/s and the best cluster at {}; the demand is {}. Neither lever helps: lower the serial fraction and σ to fix it.",
            rate(d.up_ceiling),
            rate(d.out_best.1),
            rate(d.demand.total())
        ),
        Preset::CoherencyCliff => format!(
            "The coherency cliff: κ = 0.02, so the peak is at N* = √((1 − σ)/κ) ≈ {:.0} nodes. The cluster starts at {} nodes and serves {} requests/s; at {} nodes it would serve {}. Remove nodes and watch the capacity rise.",
            sim.config().tuning.usl.peak().unwrap_or(0.0),
            sim.nodes(),
            rate(d.out.capacity),
            d.out_best.0,
            rate(d.out_best.1)
        ),
    }
}

// ----- narration -------------------------------------------------------------------------------

/// The narration of everything an event did.
pub fn outcomes(list: &[Outcome], sim: &ScalingSim, d: &Derived) -> String {
    let parts: Vec<String> = list.iter().filter_map(|o| outcome(o, sim, d)).collect();
    if parts.is_empty() {
        "Nothing changed.".to_string()
    } else {
        parts.join(" ")
    }
}

fn outcome(o: &Outcome, sim: &ScalingSim, d: &Derived) -> Option<String> {
    Some(match *o {
        Outcome::Set { setting, value } => set(setting, value, d)?,
        Outcome::Clamped { setting, used, .. } => {
            let (lo, hi, _) = setting_range(setting);
            format!(
                "{} can be {} to {}; using {}.",
                setting_label(setting),
                setting_value(setting, lo),
                setting_value(setting, hi),
                setting_value(setting, clamp_setting(setting, used))
            )
        }
        Outcome::LayoutSet(l) => layout_sentence(l),
        Outcome::FollowSet(true) => format!(
            "Both levers now follow the demand: each month they are sized to run at most {} busy.",
            percent(TARGET_UTILISATION)
        ),
        Outcome::FollowSet(false) => "The levers now stay where you put them.".to_string(),
        Outcome::Resized { from, to, .. } if from == to => {
            format!("The machine stays at {}.", machine(to))
        }
        Outcome::Resized { from, to, downtime_minutes } => format!(
            "The machine moves from {} to {}: a restart, so {} with everything down.",
            rung(from).cores,
            machine(to),
            minutes(downtime_minutes)
        ),
        Outcome::NodesChanged { from, to, .. } if from == to => {
            format!("The cluster stays at {to} nodes.")
        }
        Outcome::NodesChanged { from, to, moved_gb } => nodes_changed(from, to, moved_gb, sim),
        Outcome::Month { month } => format!(
            "Month {month}: {} requests/s, working set {}.",
            rate(d.demand.total()),
            gb(d.demand.working_set_gb)
        ),
        Outcome::MachineFailed { downtime_minutes } => format!(
            "The single machine failed: every request fails until it is replaced (about {}).",
            minutes(downtime_minutes)
        ),
        Outcome::NodeFailed { node, leader, failing_share, minutes: m } => {
            node_failed(node, leader, failing_share, m, sim)
        }
        Outcome::Repaired { machine, nodes } => repaired(machine, nodes),
        Outcome::CeilingCrossed { lever: Lever::Up, month } => format!(
            "Month {month}: the demand now exceeds the largest machine that exists ({} requests/s at this mix). Scaling up has hit its ceiling.",
            rate(d.up_ceiling)
        ),
        Outcome::CeilingCrossed { lever: Lever::Out, month } => format!(
            "Month {month}: no cluster size keeps up any more; the best, {} nodes, serves {} requests/s.",
            d.out_best.0,
            rate(d.out_best.1)
        ),
        Outcome::BackUnderCeiling { lever: Lever::Up } => {
            "The largest machine can keep up again.".to_string()
        }
        Outcome::BackUnderCeiling { lever: Lever::Out } => {
            "A cluster can keep up again.".to_string()
        }
        Outcome::PresetApplied(p) => preset_note(p, sim, d),
        Outcome::Reset => format!("Back to month 0. {}", start(sim, d)),
        Outcome::Refused(r) => refusal(r).to_string(),
    })
}

/// The sentence for a setting's new value; `None` for the lever positions, whose moves have
/// their own sentences.
fn set(setting: Setting, value: f64, d: &Derived) -> Option<String> {
    Some(match setting {
        Setting::Machine | Setting::Nodes => return None,
        Setting::Month => format!(
            "Month {value}: {} requests/s, working set {}.",
            rate(d.demand.total()),
            gb(d.demand.working_set_gb)
        ),
        Setting::NodeRung => format!(
            "Each node is now {}, {}. {}",
            machine(value as usize),
            per_hour(rung(value as usize).price_per_hour),
            ceilings(d)
        ),
        _ => format!(
            "{}: {}. {}",
            setting_label(setting),
            setting_value(setting, value),
            ceilings(d)
        ),
    })
}

/// When each lever runs out, in a sentence.
pub fn ceilings(d: &Derived) -> String {
    match (d.up_ceiling_month, d.out_ceiling_month) {
        (Some(0), Some(0)) => "Neither lever can serve this demand.".to_string(),
        (up, out) => format!(
            "The largest machine is outgrown in {}; the best cluster in {}.",
            month_of(up),
            month_of(out)
        ),
    }
}

fn layout_sentence(l: Layout) -> String {
    match l {
        Layout::Replicas => "The cluster now works as read replicas: every node holds all the data and applies every write; reads go to any node.".to_string(),
        Layout::Sharded => "The cluster now works as shards: each node owns its share of the data and takes its reads and writes; cross-shard requests pay a commit protocol.".to_string(),
    }
}

fn nodes_changed(from: usize, to: usize, moved_gb: f64, sim: &ScalingSim) -> String {
    let verb = if to > from { "grows" } else { "shrinks" };
    let data = match (sim.config().shape.layout, to > from) {
        (Layout::Replicas, true) => format!(
            "; {} of data is copied to the new replica{}",
            gb(moved_gb),
            if to - from == 1 { "" } else { "s" }
        ),
        (Layout::Replicas, false) => String::new(),
        (Layout::Sharded, _) => format!("; {} of data moves between shards", gb(moved_gb)),
    };
    format!("The cluster {verb} from {from} to {to} nodes with no downtime{data}.")
}

fn node_failed(node: usize, leader: bool, share: f64, m: f64, sim: &ScalingSim) -> String {
    let k = node + 1;
    match (sim.config().shape.layout, leader) {
        (Layout::Replicas, true) => format!(
            "Node {k}, the leader, failed: writes wait about {} while a replica is promoted; reads carry on.",
            minutes(m)
        ),
        (Layout::Replicas, false) => format!(
            "Node {k}, a read replica, failed: the others take its reads, and no request fails."
        ),
        (Layout::Sharded, _) => format!(
            "Node {k} failed: its shard, {} of the data, is unavailable until it is replaced (about {}); the other shards carry on.",
            percent(share),
            minutes(m)
        ),
    }
}

fn repaired(machine: bool, nodes: usize) -> String {
    match (machine, nodes) {
        (true, 0) => "The machine is back.".to_string(),
        (false, n) => format!(
            "{n} failed node{} back.",
            if n == 1 { " is" } else { "s are" }
        ),
        (true, n) => format!(
            "The machine and {n} node{} are back.",
            if n == 1 { "" } else { "s" }
        ),
    }
}

/// Why an action changed nothing (also the reason a button is disabled).
pub fn refusal(r: Refusal) -> &'static str {
    match r {
        Refusal::NoLargerMachine => {
            "There is no larger machine: 192 cores is the ceiling of scaling up."
        }
        Refusal::NoSmallerMachine => "This is already the smallest machine.",
        Refusal::NoMoreNodes => "The sim stops at 64 nodes.",
        Refusal::NoFewerNodes => "A cluster needs at least one node.",
        Refusal::EndOfTimeline => {
            "The timeline ends at month 60; Reset or move the month back to go on."
        }
        Refusal::MachineAlreadyDown => "The machine is already down.",
        Refusal::AllNodesDown => "Every node is already down.",
        Refusal::NothingToRepair => "Every machine is up; nothing to repair.",
    }
}

/// The opening sentence.
pub fn start(sim: &ScalingSim, d: &Derived) -> String {
    format!(
        "Month {}: {} requests/s with {} reads, working set {}. {}",
        sim.month(),
        rate(d.demand.total()),
        percent(d.demand.read_share()),
        gb(d.demand.working_set_gb),
        ceilings(d)
    )
}

// ----- readouts --------------------------------------------------------------------------------

/// The headline: the month and the demand.
pub fn headline(d: &Derived) -> String {
    format!(
        "Month {} of {MAX_MONTHS}: {} requests/s ({} reads), working set {}",
        d.month,
        rate(d.demand.total()),
        percent(d.demand.read_share()),
        gb(d.demand.working_set_gb)
    )
}

/// How busy a plan is: "57%", "overloaded (126%)", "down".
pub fn busy(e: &Evaluation) -> String {
    if e.capacity <= 0.0 {
        "down".to_string()
    } else if e.utilisation >= 1.0 {
        format!("overloaded ({})", percent(e.utilisation))
    } else {
        percent(e.utilisation)
    }
}

/// The size cell: "16 cores" or "5 × 16 cores".
pub fn size(sim: &ScalingSim, lever: Lever) -> String {
    match lever {
        Lever::Up => format!(
            "{} cores, {}",
            rung(sim.machine()).cores,
            gb(rung(sim.machine()).ram_gb)
        ),
        Lever::Out => format!(
            "{} × {} cores, {}",
            sim.nodes(),
            rung(sim.config().shape.node_rung).cores,
            layout(sim.config().shape.layout)
        ),
    }
}

/// What a plan serves: "13,913 req/s, 57% busy", with the share of data out of reach.
pub fn serves(e: &Evaluation) -> String {
    if e.capacity <= 0.0 {
        return "nothing: down".to_string();
    }
    let load = if e.utilisation >= 1.0 {
        busy(e)
    } else {
        format!("{} busy", busy(e))
    };
    let lost = if e.available < 1.0 {
        format!("; {} of the data out of reach", percent(1.0 - e.available))
    } else {
        String::new()
    };
    format!("{} req/s, {load}{lost}", rate(e.capacity))
}

/// Mean latency, or why there is none; and a note on reads that go to disk.
pub fn latency(e: &Evaluation) -> (String, Option<String>) {
    let note =
        (e.miss_ratio > 0.0).then(|| format!("{} of reads from disk", percent(e.miss_ratio)));
    match e.latency_ms {
        Some(l) => (ms(l), note),
        None if e.capacity <= 0.0 => ("no answers".to_string(), None),
        None => ("unbounded (the queue grows)".to_string(), note),
    }
}

/// Cost: "$4.50/h · $0.036/M req" (per million requests answered).
pub fn cost(e: &Evaluation) -> String {
    match e.cost_per_million {
        Some(c) => format!("{} · {}/M req", per_hour(e.price_per_hour), per_million(c)),
        None => format!("{} · nothing served", per_hour(e.price_per_hour)),
    }
}

/// What one failure costs: the cell and its note.
pub fn failure_domain(lever: Lever, sim: &ScalingSim) -> (String, String) {
    let n = sim.nodes();
    match (lever, sim.config().shape.layout) {
        (Lever::Up, _) => (
            format!("all down ~{}", minutes(RESTORE_MINUTES)),
            format!("and each resize ~{}", minutes(RESIZE_MINUTES)),
        ),
        (Lever::Out, _) if n == 1 => (
            format!("all down ~{}", minutes(RESTORE_MINUTES)),
            "one node is one failure domain".to_string(),
        ),
        (Lever::Out, Layout::Replicas) => (
            format!("1/{n} of capacity"),
            format!("a leader's pauses writes ~{}", minutes(FAILOVER_MINUTES)),
        ),
        (Lever::Out, Layout::Sharded) => (
            format!("1/{n} of data down ~{}", minutes(RESTORE_MINUTES)),
            "no replicas per shard".to_string(),
        ),
    }
}

/// The operational burden: a label and what it means.
pub fn ops(b: OpsBurden) -> (&'static str, &'static str) {
    match b {
        OpsBurden::Low => ("low", "one box to patch and back up"),
        OpsBurden::Moderate => ("moderate", "replication to watch, failover to rehearse"),
        OpsBurden::High => ("high", "routing, rebalancing, per-node failover"),
        OpsBurden::VeryHigh => ("very high", "a team's job: resharding, partial outages"),
    }
}

/// "no downtime", or the minutes and what they mean.
fn outage(m: f64, what: &str) -> String {
    if m <= 0.0 {
        "no downtime".to_string()
    } else {
        format!("{} {what}", minutes(m))
    }
}

/// The downtime tally.
pub fn downtime(sim: &ScalingSim, lever: Lever) -> String {
    let t = sim.downtime();
    match lever {
        Lever::Up => format!(
            "{} failure{}, {} resize{}: {}",
            t.up_failures,
            if t.up_failures == 1 { "" } else { "s" },
            t.up_resizes,
            if t.up_resizes == 1 { "" } else { "s" },
            outage(t.up_minutes, "with everything down")
        ),
        Lever::Out => format!(
            "{} node failure{}: {}",
            t.out_failures,
            if t.out_failures == 1 { "" } else { "s" },
            outage(t.out_equivalent_minutes, "worth of full outage")
        ),
    }
}

// ----- summaries and labels --------------------------------------------------------------------

/// The current state in two or three sentences.
pub fn state_summary(sim: &ScalingSim, d: &Derived) -> String {
    let c = sim.config();
    format!(
        "{}. One machine: {}, {} busy, mean latency {}, {}. Cluster: {}, {} busy, mean latency {}, {}. {}",
        headline(d),
        machine(sim.machine()),
        busy(&d.up),
        latency(&d.up).0,
        per_hour(d.up.price_per_hour),
        cluster(sim.nodes(), c.shape.node_rung, c.shape.layout),
        busy(&d.out),
        latency(&d.out).0,
        per_hour(d.out.price_per_hour),
        ceilings(d)
    )
}

/// The picture's text alternative.
pub fn canvas_label(sim: &ScalingSim, d: &Derived) -> String {
    let c = sim.config();
    let down = if sim.machine_down() {
        " It is down."
    } else {
        ""
    };
    let failed = sim.failed_nodes().len();
    format!(
        "Left, scale up: one bar per machine size from {} to {} cores, each as tall as the requests per second it serves at this month's mix, and the demand ({}) as a dashed line; the machine in use is {} and {} busy.{down} Right, scale out: {} as squares, {} failed, {} busy.",
        LADDER[0].cores,
        LADDER[LADDER.len() - 1].cores,
        rate(d.demand.total()),
        machine(sim.machine()),
        busy(&d.up),
        cluster(sim.nodes(), c.shape.node_rung, c.shape.layout),
        failed,
        busy(&d.out)
    )
}

// ----- charts ----------------------------------------------------------------------------------

/// The x axis of the charts over time.
pub const AXIS_MONTH: &str = "month";
/// A y axis of request rates (long and short form).
pub const AXIS_KRATE: (&str, &str) = ("thousand requests/s", "k req/s");
/// The x axis of capacity against price.
pub const AXIS_PRICE: &str = "US dollars per hour (illustrative)";
/// The x axis of latency against load.
pub const AXIS_KLOAD: &str = "load, thousand requests/s";
/// The y axis of latency against load (long and short form).
pub const AXIS_MS: (&str, &str) = ("mean latency, ms", "ms");
/// The y axis of cost over time (long and short form).
pub const AXIS_COST: (&str, &str) = ("$ per million requests", "$/M req");
/// The demand line.
pub const LINE_DEMAND: &str = "demand";
/// The demand mark on the latency chart.
pub const LINE_DEMAND_NOW: &str = "demand now";
/// The largest machine's capacity over time.
pub const LINE_UP_CEILING: &str = "largest machine";
/// The best cluster's capacity over time.
pub const LINE_OUT_CEILING: &str = "best cluster";
/// Where the demand passes the largest machine.
pub const MARK_UP_OUTGROWN: &str = "machine outgrown: month";
/// Where the demand passes every cluster.
pub const MARK_OUT_OUTGROWN: &str = "cluster outgrown: month";
/// The ladder's curve of capacity against price.
pub const LINE_UP_CURVE: &str = "one machine, 2 to 192 cores";
/// The machine's latency curve.
pub const LINE_UP_LATENCY: &str = "machine in use";
/// The cluster's latency curve.
pub const LINE_OUT_LATENCY: &str = "cluster in use";
/// The machine's cost over time.
pub const LINE_UP_COST: &str = "smallest machine that keeps up";
/// The cluster's cost over time.
pub const LINE_OUT_COST: &str = "fewest nodes that keep up";

/// The cluster curve's label, at its peak.
pub fn peak_label(best: usize) -> String {
    format!("clusters: peak at {best} nodes")
}

/// A chart's tab label.
pub fn chart_tab(tab: ChartTab) -> &'static str {
    match tab {
        ChartTab::Time => "Over time",
        ChartTab::Throughput => "Throughput",
        ChartTab::Latency => "Latency",
        ChartTab::Cost => "Cost",
    }
}

/// A chart's text alternative, with its main numbers.
pub fn chart_description(tab: ChartTab, d: &Derived) -> String {
    match tab {
        ChartTab::Time => format!(
            "Line chart of thousand requests per second against month 0 to {MAX_MONTHS}: the demand, growing from {} to {}, the largest machine's capacity (dashed) and the best cluster's (dashed). {}",
            rate(d.timeline[0].demand.total()),
            rate(d.timeline[d.timeline.len() - 1].demand.total()),
            ceilings(d)
        ),
        ChartTab::Throughput => format!(
            "Line chart of capacity (thousand requests per second) against price per hour: one machine from 2 to 192 cores reaches {} at {}; clusters peak at {} nodes with {}. The demand, {}, is a dashed line.",
            rate(d.up_ceiling),
            per_hour(d.up_curve.last().map_or(0.0, |c| c.price)),
            d.out_best.0,
            rate(d.out_best.1),
            rate(d.demand.total())
        ),
        ChartTab::Latency => format!(
            "Line chart of mean latency in milliseconds against load: each curve starts at the bare service time and rises as 1 / (1 − busy) towards its capacity, {} for the machine and {} for the cluster. The demand now is {}.",
            rate(d.up.capacity),
            rate(d.out.capacity),
            rate(d.demand.total())
        ),
        ChartTab::Cost => format!(
            "Line chart of dollars per million requests against month, each lever sized to keep up at most {} busy; a line stops where no size of that lever keeps up. {}",
            percent(TARGET_UTILISATION),
            ceilings(d)
        ),
    }
}

// ----- transport -------------------------------------------------------------------------------

/// When Play starts.
pub const PLAYING: &str = "Months pass, one every 1.2 seconds at speed 1: the workload grows, machines fail at the failure rate, and the levers follow the demand if they are set to.";
/// When the timeline has run out.
pub const END: &str = "The timeline ends at month 60; Reset or move the month back to play again.";

/// When Play stops.
pub fn paused(month: u32) -> String {
    format!("Paused at month {month}.")
}

// ----- page -----------------------------------------------------------------------------------

/// The status line's accessible name.
pub const STATUS_NAME: &str = "Month and demand";
/// The comparison table's accessible name.
pub const TABLE_NAME: &str = "Scale up and scale out compared";
/// The (hidden) heading of the table's label column.
pub const TABLE_MEASURE: &str = "Measure";
/// A lever's name, as a column heading and a tab.
pub fn lever_name(l: Lever) -> &'static str {
    match l {
        Lever::Up => "Scale up",
        Lever::Out => "Scale out",
    }
}
/// The rows of the comparison table.
pub const ROW_SIZE: &str = "Size";
/// The row of what each lever serves.
pub const ROW_SERVES: &str = "Serves";
/// The row of mean latency.
pub const ROW_LATENCY: &str = "Mean latency";
/// The row of cost.
pub const ROW_COST: &str = "Cost";
/// The row of what one failure costs.
pub const ROW_FAILURE: &str = "One failure";
/// The row of the operational burden.
pub const ROW_OPS: &str = "Operations";
/// The chart tabs' accessible name.
pub const CHARTS_NAME: &str = "Charts";
/// The controls tabs' accessible name.
pub const CONTROLS_NAME: &str = "Controls";
/// The transport group's accessible name.
pub const TIME_GROUP: &str = "Time";
/// The step button.
pub const NEXT_MONTH: &str = "Next month";
/// The reset button.
pub const RESET: &str = "Reset";
/// The switch that keeps both levers sized for the demand.
pub const FOLLOW: &str = "Follow the demand";
/// The button that sizes both levers now.
pub const FIT: &str = "Size both for this month";
/// The presets group's accessible name.
pub const PRESETS_NAME: &str = "Presets";
/// The presets group's visible label.
pub const PRESETS_LABEL: &str = "Presets:";
/// The layout choice's label.
pub const LAYOUT: &str = "Layout";
/// The failures group's accessible name.
pub const FAILURES_NAME: &str = "Failures";
/// Fails the single machine.
pub const FAIL_MACHINE: &str = "Fail the machine";
/// Fails one node of the cluster.
pub const FAIL_NODE: &str = "Fail a node";
/// Brings every failed machine back.
pub const REPAIR: &str = "Repair";

/// A tab of controls.
pub fn panel_tab(t: PanelTab) -> &'static str {
    match t {
        PanelTab::Workload => "Workload",
        PanelTab::Up => lever_name(Lever::Up),
        PanelTab::Out => lever_name(Lever::Out),
        PanelTab::Failures => "Failures",
    }
}

/// A downtime tally line: "One machine: …." or "Cluster: …."
pub fn tally(sim: &ScalingSim, lever: Lever) -> String {
    match lever {
        Lever::Up => format!("One machine: {}.", downtime(sim, lever)),
        Lever::Out => format!("Cluster: {}.", downtime(sim, lever)),
    }
}

/// The USL's peak for the current σ and κ, and where this mix's capacity actually peaks
/// (earlier when writes or disks, not the USL, are what runs out).
pub fn usl_peak(sim: &ScalingSim, d: &Derived) -> String {
    let usl = sim.config().tuning.usl;
    let best = d.out_best.0;
    match usl.peak() {
        Some(n) => format!(
            "USL peak N* = √((1 − σ)/κ) ≈ {n:.1} nodes; this mix serves the most with {best} node{}.",
            if best == 1 { "" } else { "s" }
        ),
        None => format!(
            "κ = 0: no USL peak, capacity rises towards 1/σ; this mix serves the most with {best} node{}.",
            if best == 1 { "" } else { "s" }
        ),
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
        per_hour(d.up.price_per_hour),
        per_hour(d.out.price_per_hour),
    );
    [
        (
            vec![
                "Scale up: one machine".to_string(),
                lever_name(Lever::Up).to_string(),
            ],
            vec![
                format!("{}, {up_price}", machine(sim.machine())),
                format!("{} cores, {up_price}", m.cores),
                format!("{} cores", m.cores),
            ],
        ),
        (
            vec![
                format!("Scale out: {n} node{}", if n == 1 { "" } else { "s" }),
                lever_name(Lever::Out).to_string(),
            ],
            vec![
                format!(
                    "{} cores each, {}, {out_price}",
                    node.cores,
                    layout(c.shape.layout)
                ),
                format!("{} cores each, {out_price}", node.cores),
                format!("{} cores each", node.cores),
            ],
        ),
    ]
}

/// A busy meter's label: "57% busy", "overloaded" or "down".
pub fn meter_label(rho: f64) -> String {
    if !rho.is_finite() {
        "down".to_string()
    } else if rho >= 1.0 {
        "overloaded".to_string()
    } else {
        format!("{} busy", percent(rho))
    }
}

/// The badge on a failed machine.
pub const DOWN_BADGE: &str = "DOWN";
/// The mark on the replicas' leader.
pub const LEADER_MARK: &str = "L";

/// The mark on shard `i` (from 0).
pub fn shard_mark(i: usize) -> String {
    format!("S{}", i + 1)
}

/// The demand line's label on the ladder.
pub fn demand_mark(rate: f64) -> String {
    format!("demand {}/s", rate_short(rate))
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
}
