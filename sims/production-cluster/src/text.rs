//! Every sentence the production cluster sim shows or speaks, rendered from its message
//! catalogue.

use dsim_core::cluster::{
    check, Claim, ClaimCheck, ClusterOutcome as O, ClusterSim, NodeRef, Region, Routing, Shard,
    VoterState, LEASE_TTL_MS, MAX_REPORT_LAG_MS, READ_REPLICAS,
};
use dsim_ui::format::{and_list, Toggle};
use dsim_ui::i18n::{dec, grouped, yes_no};

use crate::msg::{self, t};

/// A shard row's title on the canvas, "Shard 3".
pub fn row_title(shard: usize) -> String {
    t!(ROW_TITLE, n = shard + 1)
}

/// A region as a selector key.
fn region_key(r: Region) -> &'static str {
    match r {
        Region::UsEast => "us",
        Region::EuWest => "eu",
    }
}

/// The region's name.
pub fn region(r: Region) -> String {
    t!(REGION, region = region_key(r))
}

/// A region box's title.
pub fn region_title(r: Region) -> String {
    t!(REGION_TITLE, region = region_key(r))
}

/// A voter's letter, A–C.
fn letter(slot: usize) -> String {
    char::from(b'A' + (slot % 26) as u8).to_string()
}

/// A node's name as the message `id` words it: "node 2A" (voters A–C), "read replica 2.1",
/// "etcd 3".
fn name_in(id: &'static str, n: NodeRef) -> String {
    match n {
        NodeRef::Voter { shard, slot } => {
            t!(
                (id),
                kind = "voter",
                shard = shard + 1,
                letter = letter(slot),
                index = 0
            )
        }
        NodeRef::Replica { shard, index } => {
            t!(
                (id),
                kind = "replica",
                shard = shard + 1,
                letter = "",
                index = index + 1
            )
        }
        NodeRef::Etcd(i) => t!((id), kind = "etcd", shard = 0, letter = "", index = i + 1),
    }
}

/// A node's name: "node 2A" (voters A–C), "read replica 2.1", "etcd 3".
pub fn node_name(n: NodeRef) -> String {
    name_in(msg::NODE_NAME, n)
}

/// A node's name at the start of a sentence ("Node 2A", "Read replica 2.1", "etcd 3": etcd
/// keeps its lower case).
fn subject(n: NodeRef) -> String {
    name_in(msg::NODE_SUBJECT, n)
}

/// The router as a selector key.
fn routing_key(r: Routing) -> &'static str {
    match r {
        Routing::GeoThenRing => "geo",
        Routing::GlobalRing => "global",
    }
}

/// The opening sentence.
pub fn start(sim: &ClusterSim) -> String {
    t!(
        START,
        rate = sim.rate(),
        routing = routing_key(sim.routing())
    )
}

/// The narration after Reset: "Reset." and the opening sentence.
pub fn reset(sim: &ClusterSim) -> String {
    format!("{} {}", t!(RESET), start(sim))
}

/// The chapter's claims as the panel states them.
pub fn claim_title(c: Claim) -> String {
    t!((match c {
        Claim::NoAckedWriteLost => msg::CLAIM_NO_WRITE_LOST,
        Claim::EveryShardWritable => msg::CLAIM_EVERY_SHARD_WRITABLE,
        Claim::EuDataStaysInEu => msg::CLAIM_EU_DATA_IN_EU,
        Claim::ReadsServedByReplicas => msg::CLAIM_REPORTS_BY_REPLICAS,
    }))
}

/// One line of the claim checker.
pub fn claim_line(c: &ClaimCheck) -> String {
    let claim = claim_title(c.claim);
    if c.holds() {
        return t!(CLAIM_HOLDS, claim = claim);
    }
    let shards: Vec<String> = c.broken_on.iter().map(|&s| (s + 1).to_string()).collect();
    t!(
        CLAIM_BROKEN,
        count = shards.len(),
        list = and_list(&shards),
        claim = claim
    )
}

/// The chapter's count and the real one.
pub fn node_count_note() -> String {
    t!(NODE_COUNT_NOTE)
}

/// What "W = 2" and "R = 2" mean under a single leader.
pub fn quorum_note() -> String {
    t!(QUORUM_NOTE)
}

/// The readout of one shard, as table cells: shard, leader, voters, writes, reads, replica lag,
/// requests/s, errors/s, last failover.
pub fn shard_cells(sim: &ClusterSim, i: usize) -> [String; 9] {
    let s = &sim.shards()[i];
    let now = sim.now_ms();
    [
        t!(SHARD_CELL, n = i + 1, region = region(Region::of_shard(i))),
        leader_cell(sim, s),
        format!("{}/3", s.voters_up()),
        answer(s.writable()),
        answer(s.readable()),
        lag_cell(s, now),
        s.requests_last_second().to_string(),
        s.errors_last_second().to_string(),
        s.last_failover_ms.map_or("–".into(), seconds),
    ]
}

/// The table's column heads, matching [`shard_cells`].
pub fn shard_heads() -> [String; 9] {
    [
        msg::HEAD_SHARD,
        msg::HEAD_LEADER,
        msg::HEAD_VOTERS,
        msg::HEAD_WRITES,
        msg::HEAD_READS,
        msg::HEAD_LAG,
        msg::HEAD_REQUESTS,
        msg::HEAD_ERRORS,
        msg::HEAD_FAILOVER,
    ]
    .map(|id| t!((id)))
}

/// A yes-or-no cell in the table's words: "yes" or "no".
fn answer(ok: bool) -> String {
    t!((if ok { msg::YES } else { msg::NO }))
}

fn leader_cell(sim: &ClusterSim, s: &Shard) -> String {
    if let Some(slot) = s.leader {
        let name = format!("{}{}", s.index + 1, letter(slot));
        let state = if s.demoted { "demoted" } else { "leading" };
        return t!(LEADER_CELL, state = state, name = name, time = "");
    }
    let (state, time) = match s.leader_lost_at {
        Some(at) if !sim.etcd_quorum(Region::of_shard(s.index)) => {
            ("stuck", seconds(sim.now_ms() - at))
        }
        Some(at) => ("waiting", seconds(sim.now_ms() - at)),
        None => ("none", String::new()),
    };
    t!(LEADER_CELL, state = state, name = "", time = time)
}

fn lag_cell(s: &Shard, now: u64) -> String {
    let lags: Vec<String> = (0..READ_REPLICAS)
        .map(|r| {
            if !s.replicas[r].up {
                t!(REPLICA_DOWN)
            } else {
                let lag = s.replica_lag_ms(r, now);
                let stale = yes_no(lag > MAX_REPORT_LAG_MS);
                t!(REPLICA_LAG, lag = seconds(lag), stale = stale)
            }
        })
        .collect();
    lags.join(" · ")
}

/// Milliseconds as seconds, "5.0 s".
pub fn seconds(ms: u64) -> String {
    dsim_ui::format::secs(dec(ms as f64 / 1_000.0, 1))
}

/// The clock and the totals.
pub fn clock(sim: &ClusterSim) -> String {
    let totals = sim.totals();
    t!(
        CLOCK,
        time = seconds(sim.now_ms()),
        ok = grouped(totals.ok),
        acked = grouped(totals.writes_acked),
        stale = grouped(totals.stale),
        failed = grouped(totals.failed)
    )
}

/// The cluster-wide state in a line: partition, etcd, hot user.
pub fn cluster_line(sim: &ClusterSim) -> String {
    let etcd = sim.etcd_up().iter().filter(|&&u| u).count();
    let mut parts = vec![t!(ETCD_UP, up = etcd)];
    if sim.partitioned() {
        parts.push(t!(
            REGIONS_PARTITIONED,
            us = sim.etcd_reachable(Region::UsEast),
            eu = sim.etcd_reachable(Region::EuWest)
        ));
    }
    for r in [Region::UsEast, Region::EuWest] {
        if !sim.etcd_quorum(r) {
            parts.push(t!(NO_FAILOVER_IN, region = region(r)));
        }
    }
    if sim.hot_user() {
        let shard = sim.route(dsim_core::cluster::HOT_USER) + 1;
        parts.push(t!(HOT_USER_FLOODING, shard = shard));
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
        O::AlreadyDown(n) => t!(ALREADY_DOWN, name = subject(n)),
        O::AlreadyUp(n) => t!(ALREADY_UP, name = subject(n)),
        O::NoLeader(s) => t!(NO_LEADER_TO_KILL, shard = s + 1),
        O::CaughtUp(n) => t!(CAUGHT_UP, name = subject(n)),
        O::Elected {
            shard,
            slot,
            failover_ms,
        } => t!(
            ELECTED,
            name = subject(NodeRef::Voter { shard, slot }),
            shard = shard + 1,
            time = seconds(failover_ms)
        ),
        O::WritesLost { shard, count } => t!(WRITES_LOST, count = count, shard = shard + 1),
        O::Lagged {
            shard,
            index,
            lagged,
        } => {
            let name = subject(NodeRef::Replica { shard, index });
            t!((LAGGED.pick(lagged)), name = name)
        }
        O::Partitioned(cut) => t!((PARTITIONED.pick(cut))),
        O::HotUser(on) => {
            let shard = sim.route(dsim_core::cluster::HOT_USER) + 1;
            t!((HOT.pick(on)), shard = shard)
        }
        O::Routing(r) => t!(ROUTING_NOW, routing = routing_key(r)),
        O::Rate(r) => t!(RATE_NOW, rate = r),
        O::Healed => t!(HEALED),
        O::Served(_) => return None,
    })
}

/// A read replica falls behind, or catches up.
const LAGGED: Toggle = Toggle::new(msg::REPLICA_LAGS, msg::REPLICA_CATCHES_UP);

/// The regions are cut apart, or joined again.
const PARTITIONED: Toggle = Toggle::new(msg::PARTITION_CUT, msg::PARTITION_HEALED);

/// The hot user starts, or calms down.
const HOT: Toggle = Toggle::new(msg::HOT_USER_STARTS, msg::HOT_USER_CALMS);

fn killed(n: NodeRef, sim: &ClusterSim) -> String {
    let first = t!(NODE_KILLED, name = subject(n));
    let next = match n {
        NodeRef::Voter { shard, .. } => {
            let s = &sim.shards()[shard];
            if s.demoted {
                Some(t!(KILLED_DEMOTED))
            } else if s.leader.is_some() {
                None
            } else if sim.etcd_quorum(Region::of_shard(shard)) {
                Some(t!(KILLED_WAIT, ttl = seconds(LEASE_TTL_MS)))
            } else {
                Some(t!(KILLED_NO_ETCD))
            }
        }
        NodeRef::Etcd(_) if !sim.etcd_quorum(Region::UsEast) => Some(t!(ETCD_LOST_QUORUM)),
        _ => None,
    };
    match next {
        Some(next) => format!("{first} {next}"),
        None => first,
    }
}

fn restarted(n: NodeRef) -> String {
    match n {
        NodeRef::Voter { .. } => t!(REPLACEMENT_STARTS, name = node_name(n)),
        _ => t!(NODE_RESTARTED, name = subject(n)),
    }
}

/// Said when the clock starts or stops.
pub const PAUSED: Toggle = Toggle::new(msg::PAUSED, msg::RUNNING);

/// Said after → when nothing else happened.
pub fn stepped(now_ms: u64) -> String {
    t!(STEPPED, time = seconds(now_ms))
}

/// The canvas's accessible name.
pub fn canvas_label(sim: &ClusterSim) -> String {
    let broken: Vec<String> = check(sim)
        .iter()
        .filter(|c| !c.holds())
        .map(|c| claim_title(c.claim))
        .collect();
    t!(
        CANVAS_LABEL,
        broken = broken.len(),
        list = broken.join("; ")
    )
}

/// The screen summary's current part.
pub fn state_summary(sim: &ClusterSim, playing: bool) -> String {
    let claims: Vec<String> = check(sim).iter().map(claim_line).collect();
    let shards: Vec<String> = (0..sim.shards().len())
        .map(|i| {
            let [shard, leader, voters, writes, reads, ..] = shard_cells(sim, i);
            t!(
                SUMMARY_SHARD,
                shard = shard,
                leader = leader,
                voters = voters,
                writes = writes,
                reads = reads
            )
        })
        .collect();
    format!(
        "{} {}. {} {} {}",
        t!((PAUSED.pick(!playing))),
        clock(sim),
        claims.join(". "),
        cluster_line(sim),
        shards.join(" ")
    )
}

/// A node button's accessible name: what it is, how it is, what Enter does.
pub fn node_button(sim: &ClusterSim, n: NodeRef) -> String {
    let (state, up) = node_state(sim, n);
    let up = if up { "up" } else { "down" };
    t!(NODE_BUTTON, name = node_name(n), state = state, up = up)
}

/// A node's state as a selector key, and whether it runs.
fn node_state(sim: &ClusterSim, n: NodeRef) -> (&'static str, bool) {
    match n {
        NodeRef::Voter { shard, slot } => {
            let s = &sim.shards()[shard % sim.shards().len()];
            match s.voters.get(slot).map(|v| v.state) {
                Some(VoterState::Up) if s.leader == Some(slot) => ("leader", true),
                Some(VoterState::Up) => ("follower", true),
                Some(VoterState::CatchingUp { .. }) => ("copying", true),
                _ => ("down", false),
            }
        }
        NodeRef::Replica { shard, index } => {
            let s = &sim.shards()[shard % sim.shards().len()];
            match s.replicas.get(index) {
                Some(r) if r.up && r.lagged => ("lagging", true),
                Some(r) if r.up => ("replica", true),
                _ => ("down", false),
            }
        }
        NodeRef::Etcd(i) if sim.etcd_up().get(i) == Some(&true) => ("etcd", true),
        NodeRef::Etcd(_) => ("down", false),
    }
}

/// Whether a node runs (its button kills it) or not (its button restarts it).
pub fn node_up(sim: &ClusterSim, n: NodeRef) -> bool {
    node_state(sim, n).1
}

/// The partition button.
pub const PARTITION_LABEL: Toggle = Toggle::new(msg::HEAL_PARTITION, msg::PARTITION_REGIONS);

/// The etcd button.
pub const ETCD_LABEL: Toggle = Toggle::new(msg::LOSE_ETCD_QUORUM, msg::HEAL_ETCD);

/// The hot user button.
pub const HOT_LABEL: Toggle = Toggle::new(msg::STOP_HOT_USER, msg::HOT_USER);

/// The lag button.
pub const LAG_LABEL: Toggle = Toggle::new(msg::CATCH_REPLICA_UP, msg::LAG_REPLICA);

/// A shard row's short state on the canvas.
pub fn row_tag(s: &Shard) -> String {
    let tag = match (s.writable(), s.leader.is_some()) {
        (true, _) if s.errors_last_second() > 0 => "refusing",
        (true, _) => "writable",
        (false, true) if s.demoted => "read-only",
        (false, true) => "no-quorum",
        (false, false) => "no-leader",
    };
    t!(ROW_TAG, tag = tag)
}

/// The requests readout on a shard row: requests and refusals in the last second.
pub fn row_load(s: &Shard) -> String {
    t!(
        ROW_LOAD,
        requests = s.requests_last_second(),
        errors = s.errors_last_second()
    )
}

/// A node's letter on the canvas, the mark its legend entry shows (`id` one of the `mark-`
/// messages).
pub fn mark(id: &'static str) -> String {
    t!((id))
}

/// The users' label beside each region's source of requests on the canvas.
pub fn users() -> String {
    t!(USERS)
}

/// The etcd label in each region on the canvas.
pub fn etcd() -> String {
    t!(ETCD)
}

/// The warning beside the etcd nodes of a region without an etcd majority.
pub fn no_etcd_quorum() -> String {
    t!(NO_ETCD_QUORUM)
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsim_core::cluster::{ClusterEvent, ClusterSim, DEFAULT_RATE};

    fn sim() -> ClusterSim {
        let mut s = ClusterSim::new(Routing::GeoThenRing, DEFAULT_RATE, 42);
        s.advance(2_000);
        s
    }

    #[test]
    fn english_reads_as_before() {
        let s = sim();
        assert_eq!(
            start(&s),
            "Six healthy shards, 60 requests/s from both regions, each user routed within their home region. Every claim holds; now break something."
        );
        assert_eq!(seconds(5_000), "5.0 s");
        assert_eq!(
            node_button(&s, NodeRef::Replica { shard: 1, index: 0 }),
            "read replica 2.1: read replica. Press to kill it."
        );
        let mut s = s;
        let said = s.apply(ClusterEvent::KillTwo(1));
        let line = narrate(&said, &s).unwrap_or_default();
        assert!(line.starts_with("Node 2A killed."), "{line}");
        assert!(state_summary(&s, false).starts_with("Paused. t = 2.0 s · "));
    }

    #[test]
    fn german_renders_plurals_and_decimals() {
        crate::msg::speak("de");
        let mut s = sim();
        assert_eq!(seconds(5_000), "5,0 s");
        assert_eq!(
            start(&s),
            "Sechs gesunde Shards, 60 Anfragen/s aus beiden Regionen, jeder Benutzer innerhalb seiner Heimatregion geroutet. Alle Aussagen gelten; jetzt machen Sie etwas kaputt."
        );
        let said = s.apply(ClusterEvent::KillLeader(0));
        assert_eq!(
            narrate(&said, &s).as_deref(),
            Some("Knoten 1A wurde beendet. Kein Leader, bis sein Lease in 5,0 s abläuft; dann übernimmt der aktuellste Follower den Leader-Schlüssel.")
        );
        let broken = ClaimCheck {
            claim: Claim::EveryShardWritable,
            broken_on: vec![0, 3],
        };
        assert_eq!(
            claim_line(&broken),
            "✗ verletzt auf den Shards 1 und 4: Jeder Shard beschreibbar"
        );
        let one = ClaimCheck {
            claim: Claim::EveryShardWritable,
            broken_on: vec![0],
        };
        assert_eq!(
            claim_line(&one),
            "✗ verletzt auf Shard 1: Jeder Shard beschreibbar"
        );
    }
}
