//! Every sentence the production cluster sim shows or speaks.

use dsim_core::cluster::{
    check, Claim, ClaimCheck, ClusterOutcome as O, ClusterSim, NodeRef, Region, Routing, Shard,
    VoterState, LEASE_TTL_MS, MAX_REPORT_LAG_MS, READ_REPLICAS,
};
use dsim_ui::format::{and_list, capitalise, thousands, Toggle};

/// "shard 3" for shard index 2.
pub fn shard_name(shard: usize) -> String {
    format!("shard {}", shard + 1)
}

/// A shard row's title on the canvas, "Shard 3".
pub fn row_title(shard: usize) -> String {
    format!("Shard {}", shard + 1)
}

/// The region's name.
pub fn region(r: Region) -> &'static str {
    match r {
        Region::UsEast => "US-East",
        Region::EuWest => "EU-West",
    }
}

/// A region box's title.
pub fn region_title(r: Region) -> String {
    match r {
        Region::UsEast => "US-East · shards 1–3 · etcd 1, 2".into(),
        Region::EuWest => "EU-West · shards 4–6 · etcd 3".into(),
    }
}

/// A node's name: "node 2A" (voters A–C), "replica 2.1", "etcd 3".
pub fn node_name(n: NodeRef) -> String {
    match n {
        NodeRef::Voter { shard, slot } => {
            let letter = char::from(b'A' + (slot % 26) as u8);
            format!("node {}{letter}", shard + 1)
        }
        NodeRef::Replica { shard, index } => format!("read replica {}.{}", shard + 1, index + 1),
        NodeRef::Etcd(i) => format!("etcd {}", i + 1),
    }
}

/// A node's name at the start of a sentence ("Node 2A", "Read replica 2.1", "etcd 3": etcd
/// keeps its lower case).
fn subject(n: NodeRef) -> String {
    let name = node_name(n);
    match n {
        NodeRef::Etcd(_) => name,
        _ => capitalise(&name),
    }
}

/// The opening sentence.
pub fn start(sim: &ClusterSim) -> String {
    format!(
        "Six healthy shards, {} requests/s from both regions, {}. Every claim holds; now break something.",
        sim.rate(),
        routing(sim.routing())
    )
}

fn routing(r: Routing) -> &'static str {
    match r {
        Routing::GeoThenRing => "each user routed within their home region",
        Routing::GlobalRing => "users hashed over all six shards, ignoring their region",
    }
}

/// The chapter's claims as the panel states them.
pub fn claim_title(c: Claim) -> &'static str {
    match c {
        Claim::NoAckedWriteLost => "No acknowledged write lost",
        Claim::EveryShardWritable => "Every shard writable",
        Claim::EuDataStaysInEu => "EU users' data stays in EU-West",
        Claim::ReadsServedByReplicas => "Reports served by read replicas within 30 s",
    }
}

/// One line of the claim checker.
pub fn claim_line(c: &ClaimCheck) -> String {
    if c.holds() {
        return format!("✓ holds: {}", claim_title(c.claim));
    }
    let shards: Vec<String> = c.broken_on.iter().map(|&s| (s + 1).to_string()).collect();
    let which = if shards.len() == 1 { "shard" } else { "shards" };
    format!(
        "✗ broken on {which} {}: {}",
        and_list(&shards),
        claim_title(c.claim)
    )
}

/// The chapter's count and the real one.
pub const NODE_COUNT_NOTE: &str =
    "The chapter's 18 is the voters; 6 × (1 leader + 2 followers + 3 read \
     replicas) is 36, plus 3 etcd nodes.";

/// What "W = 2" and "R = 2" mean under a single leader.
pub const QUORUM_NOTE: &str =
    "A write waits for the leader and 1 follower (W = 2); the other gets it \
     1 s later. Reads go to the leader; Quorum reads: 2 voters up.";

/// The readout of one shard, as table cells: shard, leader, voters, writes, reads, replica lag,
/// requests/s, errors/s, last failover.
pub fn shard_cells(sim: &ClusterSim, i: usize) -> [String; 9] {
    let s = &sim.shards()[i];
    let now = sim.now_ms();
    [
        format!("{} ({})", i + 1, region(Region::of_shard(i))),
        leader_cell(sim, s),
        format!("{}/3", s.voters_up()),
        yes_no(s.writable()),
        yes_no(s.readable()),
        lag_cell(s, now),
        s.requests_last_second().to_string(),
        s.errors_last_second().to_string(),
        s.last_failover_ms.map_or("–".into(), seconds),
    ]
}

/// The table's column heads, matching [`shard_cells`].
pub const SHARD_HEADS: [&str; 9] = [
    "Shard",
    "Leader",
    "Voters up",
    "Writes (W=2)",
    "Quorum reads (R=2)",
    "Replica lag",
    "Req/s",
    "Errors/s",
    "Failover",
];

fn yes_no(ok: bool) -> String {
    if ok { "yes" } else { "no" }.into()
}

fn leader_cell(sim: &ClusterSim, s: &Shard) -> String {
    if let Some(slot) = s.leader {
        let name = node_name(NodeRef::Voter {
            shard: s.index,
            slot,
        })
        .replace("node ", "");
        return if s.demoted {
            format!("{name}, demoted: read-only (failsafe)")
        } else {
            name
        };
    }
    match s.leader_lost_at {
        Some(t) if !sim.etcd_quorum(Region::of_shard(s.index)) => {
            format!("none for {}, no etcd quorum", seconds(sim.now_ms() - t))
        }
        Some(t) => format!("none for {}", seconds(sim.now_ms() - t)),
        None => "none".into(),
    }
}

fn lag_cell(s: &Shard, now: u64) -> String {
    let lags: Vec<String> = (0..READ_REPLICAS)
        .map(|r| {
            if !s.replicas[r].up {
                "down".into()
            } else {
                let lag = s.replica_lag_ms(r, now);
                let mark = if lag > MAX_REPORT_LAG_MS {
                    " stale"
                } else {
                    ""
                };
                format!("{}{mark}", seconds(lag))
            }
        })
        .collect();
    lags.join(" · ")
}

/// Milliseconds as seconds, "5.0 s".
pub fn seconds(ms: u64) -> String {
    format!("{:.1} s", ms as f64 / 1_000.0)
}

/// The clock and the totals.
pub fn clock(sim: &ClusterSim) -> String {
    let t = sim.totals();
    format!(
        "t = {} · {} answered, {} writes acknowledged, {} stale reports, {} refused",
        seconds(sim.now_ms()),
        thousands(t.ok as usize),
        thousands(t.writes_acked as usize),
        thousands(t.stale as usize),
        thousands(t.failed as usize)
    )
}

/// The cluster-wide state in a line: partition, etcd, hot user.
pub fn cluster_line(sim: &ClusterSim) -> String {
    let etcd = sim.etcd_up().iter().filter(|&&u| u).count();
    let mut parts = vec![format!("etcd: {etcd} of 3 up")];
    if sim.partitioned() {
        parts.push(format!(
            "regions partitioned: US-East reaches {} etcd node(s), EU-West {}",
            sim.etcd_reachable(Region::UsEast),
            sim.etcd_reachable(Region::EuWest)
        ));
    }
    for r in [Region::UsEast, Region::EuWest] {
        if !sim.etcd_quorum(r) {
            parts.push(format!("no failover possible in {}", region(r)));
        }
    }
    if sim.hot_user() {
        parts.push(format!(
            "hot user 7777 flooding {}",
            shard_name(sim.route(dsim_core::cluster::HOT_USER))
        ));
    }
    parts.join(" · ")
}

/// What an event or the clock did, in a sentence, if anything worth saying.
pub fn narrate(said: &[O], sim: &ClusterSim) -> Option<String> {
    let lines: Vec<String> = said.iter().filter_map(|o| outcome(o, sim)).collect();
    if lines.is_empty() {
        None
    } else {
        Some(lines.join(" "))
    }
}

fn outcome(o: &O, sim: &ClusterSim) -> Option<String> {
    Some(match *o {
        O::Killed(n) => killed(n, sim),
        O::Restarted(n) => restarted(n),
        O::AlreadyDown(n) => format!("{} is already down.", subject(n)),
        O::AlreadyUp(n) => format!("{} is already running.", subject(n)),
        O::NoLeader(s) => format!("{} has no leader to kill.", shard_name(s)),
        O::CaughtUp(n) => format!("{} has copied the log and votes again.", subject(n)),
        O::Elected {
            shard,
            slot,
            failover_ms,
        } => format!(
            "{} (newest log) took {}'s leader key in etcd after {}.",
            subject(NodeRef::Voter { shard, slot }),
            shard_name(shard),
            seconds(failover_ms)
        ),
        O::WritesLost { shard, count } => format!(
            "{count} acknowledged write(s) of {} were on no surviving node: lost for good.",
            shard_name(shard)
        ),
        O::Lagged {
            shard,
            index,
            lagged,
        } => lagged_line(shard, index, lagged),
        O::Partitioned(true) => "The regions are cut apart. Each keeps its own shards (only \
            because failsafe mode is on; by default Patroni demotes all three EU leaders and \
            EU-West goes read-only); no EU shard can fail over."
            .into(),
        O::Partitioned(false) => "The link between the regions is back.".into(),
        O::HotUser(on) => hot_line(on, sim),
        O::Routing(r) => format!("The router now has {}.", routing(r)),
        O::Rate(r) => format!("The users now send {r} requests/s."),
        O::Healed => "Everything restarted; replacements copy their logs.".into(),
        O::Served(_) => return None,
    })
}

fn killed(n: NodeRef, sim: &ClusterSim) -> String {
    match n {
        NodeRef::Voter { shard, .. } => {
            let s = &sim.shards()[shard];
            let next = if s.demoted {
                " Its leader reaches neither an etcd majority nor every voter: failsafe mode \
                 demotes it and the shard refuses writes."
                    .into()
            } else if s.leader.is_some() {
                String::new()
            } else if sim.etcd_quorum(Region::of_shard(shard)) {
                format!(
                    " No leader until its lease runs out in {}; then the newest follower \
                     takes the leader key.",
                    seconds(LEASE_TTL_MS)
                )
            } else {
                " No leader, and etcd has no quorum here: no failover until it heals.".into()
            };
            format!("{} killed.{next}", subject(n))
        }
        NodeRef::Etcd(_) => {
            let q = sim.etcd_quorum(Region::UsEast);
            let tail = if q { "" } else { " etcd has lost its quorum." };
            format!("{} killed.{tail}", subject(n))
        }
        NodeRef::Replica { .. } => format!("{} killed.", subject(n)),
    }
}

fn restarted(n: NodeRef) -> String {
    match n {
        NodeRef::Voter { .. } => {
            format!("A replacement for {} starts copying the log.", node_name(n))
        }
        _ => format!("{} restarted.", subject(n)),
    }
}

fn lagged_line(shard: usize, index: usize, lagged: bool) -> String {
    let n = subject(NodeRef::Replica { shard, index });
    if lagged {
        format!("{n} now applies writes 45 s late; in 30 s its reports are stale.")
    } else {
        format!("{n} catches up again.")
    }
}

fn hot_line(on: bool, sim: &ClusterSim) -> String {
    if on {
        format!(
            "User 7777 sends 300 extra requests/s, all to {}: more than its 150/s.",
            shard_name(sim.route(dsim_core::cluster::HOT_USER))
        )
    } else {
        "The hot user calms down.".into()
    }
}

/// Said when the clock starts or stops.
pub const PAUSED: Toggle = Toggle::new("Paused.", "Running.");

/// Said after → when nothing else happened.
pub fn stepped(now_ms: u64) -> String {
    format!("Paused at t = {}, one second later.", seconds(now_ms))
}

/// The canvas's accessible name.
pub fn canvas_label(sim: &ClusterSim) -> String {
    let broken: Vec<&str> = check(sim)
        .iter()
        .filter(|c| !c.holds())
        .map(|c| claim_title(c.claim))
        .collect();
    let verdict = if broken.is_empty() {
        "every claim holds".to_string()
    } else {
        format!("broken: {}", broken.join("; "))
    };
    format!(
        "Two regions, six shards of three voters and three read replicas, three etcd nodes; {}.",
        verdict
    )
}

/// The screen summary's current part.
pub fn state_summary(sim: &ClusterSim, playing: bool) -> String {
    let claims: Vec<String> = check(sim).iter().map(claim_line).collect();
    let shards: Vec<String> = (0..sim.shards().len())
        .map(|i| {
            let c = shard_cells(sim, i);
            format!(
                "Shard {}: leader {}, {} voters up, writes {}, reads {}.",
                c[0], c[1], c[2], c[3], c[4]
            )
        })
        .collect();
    format!(
        "{} {}. {} {} {}",
        PAUSED.pick(!playing),
        clock(sim),
        claims.join(". "),
        cluster_line(sim),
        shards.join(" ")
    )
}

/// A node button's accessible name: what it is, how it is, what Enter does.
pub fn node_button(sim: &ClusterSim, n: NodeRef) -> String {
    let (what, up) = node_state(sim, n);
    let act = if up { "kill it" } else { "start a replacement" };
    format!("{}: {what}. Press to {act}.", node_name(n))
}

fn node_state(sim: &ClusterSim, n: NodeRef) -> (&'static str, bool) {
    match n {
        NodeRef::Voter { shard, slot } => {
            let s = &sim.shards()[shard % sim.shards().len()];
            match s.voters.get(slot).map(|v| v.state) {
                Some(VoterState::Up) if s.leader == Some(slot) => ("leader", true),
                Some(VoterState::Up) => ("follower", true),
                Some(VoterState::CatchingUp { .. }) => ("copying the log", true),
                _ => ("down", false),
            }
        }
        NodeRef::Replica { shard, index } => {
            let s = &sim.shards()[shard % sim.shards().len()];
            match s.replicas.get(index) {
                Some(r) if r.up && r.lagged => ("lagging read replica", true),
                Some(r) if r.up => ("read replica", true),
                _ => ("down", false),
            }
        }
        NodeRef::Etcd(i) if sim.etcd_up().get(i) == Some(&true) => ("etcd member", true),
        NodeRef::Etcd(_) => ("down", false),
    }
}

/// Whether a node runs (its button kills it) or not (its button restarts it).
pub fn node_up(sim: &ClusterSim, n: NodeRef) -> bool {
    node_state(sim, n).1
}

/// The partition button.
pub const PARTITION_LABEL: Toggle = Toggle::new("Heal the partition", "Partition the regions");

/// The etcd button.
pub const ETCD_LABEL: Toggle = Toggle::new("Lose the etcd quorum", "Heal etcd");

/// The hot user button.
pub const HOT_LABEL: Toggle = Toggle::new("Stop the hot user", "Hot user");

/// The lag button.
pub const LAG_LABEL: Toggle = Toggle::new("Catch the replica up", "Lag a read replica");

/// A shard row's short state on the canvas.
pub fn row_tag(s: &Shard) -> &'static str {
    match (s.writable(), s.leader.is_some()) {
        (true, _) if s.errors_last_second() > 0 => "refusing",
        (true, _) => "writable",
        (false, true) if s.demoted => "read-only",
        (false, true) => "no quorum",
        (false, false) => "no leader",
    }
}

/// The requests readout on a shard row: requests and refusals in the last second.
pub fn row_load(s: &Shard) -> String {
    let errors = s.errors_last_second();
    if errors > 0 {
        format!("{}/s, {} ✕", s.requests_last_second(), errors)
    } else {
        format!("{}/s", s.requests_last_second())
    }
}
