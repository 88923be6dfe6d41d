//! Each panel's status lines, the client boxes' captions, the nodes' accessible names and the
//! canvases' descriptions. Pure functions of the model, tested natively.

use std::collections::BTreeSet;

use dsim_core::replication::{
    Dot, Leaderless, LlRead, LlWrite, NodeVersion, QuorumStatus, ReadRoute, ReadVerdict,
    ReplicationSim, Resolution, Role, SingleLeader, SlWriteStatus, Topology,
};
use dsim_ui::format::and_list;
use dsim_ui::i18n::yes_no;

use super::{joined, mode_key, nodes as node_list, topology_name, version, versus};
use crate::msg::{self, t};

/// How a caption or a line should be coloured (always with words that say the same).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Nothing to flag.
    Plain,
    /// A good outcome (fresh read, acknowledged write).
    Good,
    /// A bad outcome (anomaly, lost write, failure, conflict).
    Bad,
}

/// One status line and its tone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// The text.
    pub text: String,
    /// Its colour.
    pub tone: Tone,
}

fn line(text: impl Into<String>, tone: Tone) -> Line {
    Line {
        text: text.into(),
        tone,
    }
}

/// A line with nothing to flag.
fn plain(text: impl Into<String>) -> Line {
    line(text, Tone::Plain)
}

/// A line with a good outcome.
fn good(text: impl Into<String>) -> Line {
    line(text, Tone::Good)
}

/// A line with a bad outcome.
fn bad(text: impl Into<String>) -> Line {
    line(text, Tone::Bad)
}

/// The value of the client's write at log position `index`, e.g. `"v2"`.
fn own_value(single: &SingleLeader, index: u64) -> String {
    single
        .writes()
        .iter()
        .find(|w| w.pos.is_some_and(|p| p.index == index))
        .map_or_else(|| format!("#{index}"), |w| w.value.clone())
}

/// The Single-Leader panel's status: the measured write latency, the last read's verdict and
/// what the last failover cost. `read_queued` says a read waits for a write's acknowledgement.
pub fn single_status(sim: &ReplicationSim, read_queued: bool) -> Vec<Line> {
    let sl = sim.single_leader();
    let read = if read_queued {
        plain(t!(SL_READ_QUEUED_LINE))
    } else {
        read_line_sl(sl)
    };
    let mut out = vec![write_line_sl(sl), read];
    out.extend(failover_line(sl));
    out
}

/// The latest write on its way, or the latency of the last acknowledged one.
fn write_line_sl(sl: &SingleLeader) -> Line {
    let mode = mode_key(sl.sync());
    let latency = || match sl.last_latency_ms() {
        Some(ms) => plain(t!(SL_LATENCY, ms = ms, mode = mode)),
        None => plain(t!(SL_LATENCY_NONE, mode = mode)),
    };
    let Some(w) = sl.writes().last() else {
        return latency();
    };
    let value = &w.value;
    match w.status {
        SlWriteStatus::Sent => plain(t!(SL_WRITE_ON_ITS_WAY, value = value, mode = mode)),
        SlWriteStatus::WaitingForReplicas => plain(t!(
            SL_WRITE_WAITING,
            value = value,
            count = w.waiting_for.len(),
            mode = mode
        )),
        SlWriteStatus::AckInFlight => {
            plain(t!(SL_WRITE_ACK_ON_ITS_WAY, value = value, mode = mode))
        }
        SlWriteStatus::Failed => bad(t!(SL_WRITE_FAILED, value = value)),
        SlWriteStatus::Acknowledged | SlWriteStatus::Lost => latency(),
    }
}

/// The last read: where it went and whether it was fresh, stale or missed the client's write.
fn read_line_sl(sl: &SingleLeader) -> Line {
    let r = match sl.reads().last() {
        None => return plain(t!(READ_NONE)),
        Some(r) if r.failed => return bad(t!(SL_READ_FAILED, node = r.node + 1)),
        Some(r) => r,
    };
    let via = match r.route {
        ReadRoute::LeaderForReadAfterWrite => "routed",
        ReadRoute::Leader => "leader",
        ReadRoute::Replica => "replica",
    };
    let node = r.node + 1;
    let (Some(s), Some(_)) = (&r.served, r.answered_at_ms) else {
        return plain(t!(SL_READ_WAITING, node = node, via = via));
    };
    let value = &s.value;
    match s.verdict {
        ReadVerdict::Fresh => good(t!(
            SL_READ_LINE_FRESH,
            value = value,
            node = node,
            via = via
        )),
        ReadVerdict::Stale { behind } => plain(t!(
            SL_READ_LINE_STALE,
            value = value,
            node = node,
            via = via,
            behind = behind
        )),
        ReadVerdict::MissedOwnWrite { .. } => {
            let own = r
                .own_write
                .map(|p| own_value(sl, p.index))
                .unwrap_or_default();
            bad(t!(
                SL_READ_LINE_MISSED,
                value = value,
                node = node,
                via = via,
                own = own
            ))
        }
    }
}

/// The last failover and whether it lost acknowledged writes.
fn failover_line(sl: &SingleLeader) -> Option<Line> {
    let f = sl.failovers().last()?;
    let lost: Vec<String> = sl
        .writes()
        .iter()
        .filter(|w| f.lost_acknowledged.contains(&w.id))
        .map(|w| w.value.clone())
        .collect();
    let (old, new, term) = (f.old_leader + 1, f.new_leader + 1, f.term);
    Some(if lost.is_empty() {
        plain(t!(FAILOVER_LINE_SAFE, old = old, new = new, term = term))
    } else {
        bad(t!(
            FAILOVER_LINE_LOST,
            old = old,
            new = new,
            term = term,
            values = lost.join(", ")
        ))
    })
}

fn dots(ds: &[Dot]) -> String {
    let names: Vec<String> = ds.iter().map(|d| d.value()).collect();
    and_list(&names)
}

/// The Multi-Leader panel's status: conflicts detected, how the last was resolved, and
/// whether the nodes have converged.
pub fn multi_status(sim: &ReplicationSim) -> Vec<Line> {
    let ml = sim.multi_leader();
    let mut out = Vec::new();
    // Inserted one by one: collecting into a set would sort with a standard sort of its own.
    let mut distinct: BTreeSet<Vec<Dot>> = BTreeSet::new();
    for c in ml.conflicts() {
        let mut set: Vec<Dot> = c.concurrent_with.clone();
        set.push(c.incoming);
        dsim_core::sort::sort_by_u64_keys(&mut set, |d| d.sort_key());
        set.dedup();
        distinct.insert(set);
    }
    match ml.conflicts().last() {
        None => out.push(plain(t!(CONFLICTS_NONE))),
        Some(c) => {
            let mut set = c.concurrent_with.clone();
            set.push(c.incoming);
            dsim_core::sort::sort_by_u64_keys(&mut set, |d| d.sort_key());
            set.dedup();
            let names: Vec<String> = set.iter().map(|d| d.value()).collect();
            out.push(bad(t!(
                CONFLICTS_LATEST,
                count = distinct.len(),
                set = versus(&names),
                node = c.node + 1
            )));
            let resolved = match &c.resolution {
                Resolution::LastWriteWins { winner, discarded } => t!(
                    RESOLVED_LWW,
                    winner = winner.value(),
                    discarded = dots(discarded)
                ),
                Resolution::KeptSiblings { siblings } => {
                    t!(RESOLVED_SIBLINGS, siblings = dots(siblings))
                }
            };
            out.push(plain(resolved));
        }
    }
    let in_flight = sim.messages(Topology::MultiLeader).len();
    if in_flight > 0 {
        out.push(plain(t!(REPLICATING, count = in_flight)));
    } else if ml.converged() {
        let values = ml
            .nodes()
            .first()
            .map(|n| joined(&n.values()))
            .unwrap_or_default();
        out.push(good(t!(CONVERGED, values = values)));
    } else {
        out.push(bad(t!(NOT_CONVERGED)));
    }
    out
}

fn write_line(w: Option<&LlWrite>) -> Line {
    let Some(w) = w else {
        return plain(t!(LL_WRITE_NONE));
    };
    if w.writer.is_some() {
        return concurrent_write_line(w);
    }
    let (version, needed) = (w.version, w.needed);
    match w.status {
        QuorumStatus::Pending => plain(t!(
            LL_WRITE_PENDING,
            version = version,
            acks = w.acks.len(),
            w = needed
        )),
        QuorumStatus::Succeeded => good(t!(
            LL_WRITE_DONE,
            version = version,
            acks = w.acks.len().min(needed),
            w = needed,
            ms = w.acked_at_ms.map_or(0, |a| a.saturating_sub(w.sent_at_ms))
        )),
        QuorumStatus::Failed if w.targets.is_empty() => {
            bad(t!(LL_WRITE_FAILED_FEW, version = version, w = needed))
        }
        QuorumStatus::Failed => bad(t!(LL_WRITE_FAILED_DOWN, version = version, w = needed)),
    }
}

/// The latest of two clients' concurrent writes (client B's, sent with client A's).
fn concurrent_write_line(w: &LlWrite) -> Line {
    let (version, needed) = (w.version, w.needed);
    match w.status {
        QuorumStatus::Pending => plain(t!(LL_CONCURRENT_PENDING, version = version)),
        QuorumStatus::Succeeded => plain(t!(LL_CONCURRENT_DONE, version = version, w = needed)),
        QuorumStatus::Failed => bad(t!(LL_CONCURRENT_FAILED, version = version, w = needed)),
    }
}

/// A succeeded read that found concurrent writes: siblings to merge, or a write dropped.
fn conflict_read_line(r: &LlRead) -> Option<Line> {
    let names = |v: &[dsim_core::replication::LlValue]| {
        v.iter()
            .map(dsim_core::replication::LlValue::name)
            .collect::<Vec<_>>()
    };
    if r.values.len() > 1 {
        return Some(good(t!(
            LL_READ_LINE_SIBLINGS,
            values = and_list(&names(&r.values))
        )));
    }
    if r.discarded.is_empty() {
        return None;
    }
    Some(bad(t!(
        LL_READ_LINE_LOST,
        values = and_list(&names(&r.values)),
        lost = and_list(&names(&r.discarded))
    )))
}

fn read_line(r: Option<&LlRead>) -> Line {
    let Some(r) = r else {
        return plain(t!(READ_NONE));
    };
    match r.status {
        QuorumStatus::Pending => {
            plain(t!(LL_READ_PENDING, replies = r.replies.len(), r = r.needed))
        }
        QuorumStatus::Failed if r.targets.is_empty() => bad(t!(LL_READ_FAILED_FEW, r = r.needed)),
        QuorumStatus::Failed => bad(t!(LL_READ_FAILED_DOWN, r = r.needed)),
        QuorumStatus::Succeeded => {
            if let Some(l) = conflict_read_line(r) {
                return l;
            }
            let returned = r.returned.unwrap_or(0);
            let mut consulted: Vec<usize> = r.replies.iter().map(|&(n, _)| n).collect();
            dsim_core::sort::sort_usizes(&mut consulted);
            consulted.dedup();
            let stale = returned < r.latest_at_issue;
            let end = match (r.repaired.is_empty(), stale) {
                (false, _) => "repair",
                (true, true) => "bad",
                (true, false) => "good",
            };
            let text = t!(
                LL_READ_LINE,
                version = returned,
                nodes = node_list(&consulted),
                stale = yes_no(stale),
                latest = r.latest_at_issue,
                end = end,
                repaired = node_list(&r.repaired)
            );
            line(text, if stale { Tone::Bad } else { Tone::Good })
        }
    }
}

/// The Leaderless panel's status: the quorum arithmetic, the last write's acknowledgements
/// and the last read's answer and read repair.
pub fn leaderless_status(sim: &ReplicationSim) -> Vec<Line> {
    let ll = sim.leaderless();
    let q = ll.quorum();
    let first = if q.consistent() {
        good(t!(QUORUM_LINE_CONSISTENT, sum = q.sum(), n = q.n))
    } else {
        bad(t!(QUORUM_LINE_STALE, sum = q.sum(), n = q.n))
    };
    vec![
        first,
        write_line(ll.writes().last()),
        read_line(ll.reads().last()),
    ]
}

/// A panel's status lines.
pub fn status(sim: &ReplicationSim, topology: Topology, read_queued: bool) -> Vec<Line> {
    match topology {
        Topology::SingleLeader => single_status(sim, read_queued),
        Topology::MultiLeader => multi_status(sim),
        Topology::Leaderless => leaderless_status(sim),
    }
}

/// The caption of client box `k` of a panel, short enough for the box.
pub fn client_caption(sim: &ReplicationSim, topology: Topology, k: usize) -> (String, Tone) {
    match topology {
        Topology::SingleLeader => single_caption(sim.single_leader()),
        Topology::MultiLeader => multi_caption(sim, k),
        Topology::Leaderless => leaderless_caption(sim.leaderless()),
    }
}

/// The Single-Leader client: its latest read's verdict, or its latest write's fate.
fn single_caption(sl: &SingleLeader) -> (String, Tone) {
    let w = sl.writes().last();
    let r = sl.reads().last();
    let read_is_latest = match (w, r) {
        (Some(w), Some(r)) => r.issued_at_ms >= w.sent_at_ms,
        (None, Some(_)) => true,
        _ => false,
    };
    if let (true, Some(r)) = (read_is_latest, r) {
        return match (&r.served, r.answered_at_ms, r.failed) {
            (_, _, true) => (t!(CLIENT_READ_FAILED), Tone::Bad),
            (Some(s), Some(_), _) => match s.verdict {
                ReadVerdict::MissedOwnWrite { .. } => {
                    (t!(CLIENT_READ_MISSED, value = &s.value), Tone::Bad)
                }
                ReadVerdict::Stale { .. } => (t!(CLIENT_READ_STALE, value = &s.value), Tone::Plain),
                ReadVerdict::Fresh => (t!(CLIENT_READ_FRESH, value = &s.value), Tone::Good),
            },
            _ => (t!(CLIENT_READING), Tone::Plain),
        };
    }
    let Some(w) = w else {
        return (t!(CLIENT), Tone::Plain);
    };
    let value = &w.value;
    match w.status {
        SlWriteStatus::Acknowledged => (
            t!(
                CLIENT_ACKED,
                value = value,
                ms = w.latency_ms().unwrap_or(0)
            ),
            Tone::Good,
        ),
        SlWriteStatus::Failed => (t!(CLIENT_WRITE_FAILED, value = value), Tone::Bad),
        SlWriteStatus::Lost => (t!(CLIENT_WRITE_LOST, value = value), Tone::Bad),
        _ => (t!(CLIENT_WRITING, value = value), Tone::Plain),
    }
}

/// Multi-Leader client A (`k` = 0) or B: its latest write, and whether it is acknowledged.
fn multi_caption(sim: &ReplicationSim, k: usize) -> (String, Tone) {
    let name = if k == 0 { "A" } else { "B" };
    let last = sim
        .multi_leader()
        .writes()
        .iter()
        .rev()
        .find(|w| w.client == k);
    let text = match last {
        Some(w) if w.acked_at_ms.is_some() => {
            t!(CLIENT_NAMED_ACKED, name = name, value = w.dot.value())
        }
        Some(w) => t!(CLIENT_NAMED_WRITING, name = name, value = w.dot.value()),
        None => t!(CLIENT_NAMED, name = name),
    };
    (text, Tone::Plain)
}

/// What the Leaderless client's latest quorum read returned, once it is over.
fn leaderless_read_caption(r: &LlRead) -> (String, Tone) {
    match r.status {
        QuorumStatus::Pending => (
            t!(CLIENT_REPLIES, replies = r.replies.len(), r = r.needed),
            Tone::Plain,
        ),
        QuorumStatus::Failed => (t!(CLIENT_READ_FAILED), Tone::Bad),
        QuorumStatus::Succeeded => {
            let v = r.returned.unwrap_or(0);
            let names: Vec<String> = r
                .values
                .iter()
                .map(dsim_core::replication::LlValue::name)
                .collect();
            let shown = if names.is_empty() {
                format!("v{v}")
            } else {
                names.join("+")
            };
            if v < r.latest_at_issue {
                (t!(CLIENT_READ_MISSED, value = shown), Tone::Bad)
            } else if !r.discarded.is_empty() {
                (t!(CLIENT_READ_LOST_ONE, value = shown), Tone::Bad)
            } else {
                (t!(CLIENT_READ_FRESH, value = shown), Tone::Good)
            }
        }
    }
}

/// The Leaderless client: its latest quorum read's answers, or its latest write's acks.
fn leaderless_caption(ll: &Leaderless) -> (String, Tone) {
    let w = ll.writes().last();
    let r = ll.reads().last();
    let read_is_latest = match (w, r) {
        (Some(w), Some(r)) => r.issued_at_ms >= w.sent_at_ms && r.id > w.id,
        (None, Some(_)) => true,
        _ => false,
    };
    if let (true, Some(r)) = (read_is_latest, r) {
        return leaderless_read_caption(r);
    }
    let Some(w) = w else {
        return (t!(CLIENT), Tone::Plain);
    };
    match w.status {
        QuorumStatus::Pending => (
            t!(CLIENT_ACKS, acks = w.acks.len(), w = w.needed),
            Tone::Plain,
        ),
        QuorumStatus::Succeeded => (
            t!(CLIENT_ACKS_DONE, version = w.version, w = w.needed),
            Tone::Good,
        ),
        QuorumStatus::Failed => (
            t!(CLIENT_WRITE_FAILED, value = format!("v{}", w.version)),
            Tone::Bad,
        ),
    }
}

/// A node's role as a selector's key in the catalogue.
fn role_key(role: Role) -> &'static str {
    match role {
        Role::Leader => "leader",
        Role::Replica => "replica",
        Role::Peer => "peer",
    }
}

/// Whether a node is up, as a selector's key in the catalogue.
fn up_key(up: bool) -> &'static str {
    if up {
        "up"
    } else {
        "down"
    }
}

/// The accessible name of a node's overlay button.
pub fn node_label(sim: &ReplicationSim, topology: Topology, i: usize) -> String {
    let nodes = sim.nodes(topology);
    let Some(n) = nodes.get(i) else {
        return t!(NODE_LABEL_BARE, n = i + 1);
    };
    let (holds, values, index) = match n.version {
        NodeVersion::LogIndex(index) => ("log", n.values.join(", "), index),
        NodeVersion::Vector(_) => ("vector", joined(&n.values), 0),
        NodeVersion::Quorum(_) => ("quorum", joined(&n.values), 0),
    };
    let action = match (topology, n.up, n.role) {
        (_, false, _) => "revive",
        (Topology::SingleLeader, true, Role::Leader) => "failover",
        _ => "fail",
    };
    t!(
        NODE_LABEL,
        topology = topology_name(topology),
        n = i + 1,
        role = role_key(n.role),
        up = up_key(n.up),
        holds = holds,
        values = values,
        index = index,
        version = version(n.version),
        action = action
    )
}

/// What a panel's canvas shows, as text (its accessible description).
pub fn canvas_label(sim: &ReplicationSim, topology: Topology) -> String {
    let nodes = sim.nodes(topology);
    let list: Vec<String> = nodes
        .iter()
        .map(|n| {
            t!(
                CANVAS_NODE,
                n = n.index + 1,
                role = role_key(n.role),
                up = up_key(n.up),
                values = n.values.join("/")
            )
        })
        .collect();
    let head = t!((match topology {
        Topology::SingleLeader => msg::CANVAS_SINGLE_LEADER,
        Topology::MultiLeader => msg::CANVAS_MULTI_LEADER,
        Topology::Leaderless => msg::CANVAS_LEADERLESS,
    }));
    t!(
        CANVAS_LABEL,
        head = head,
        nodes = list.join("; "),
        count = sim.messages(topology).len()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsim_core::replication::{ReplicationConfig, ReplicationEvent};

    fn sim(lag_ms: u64) -> ReplicationSim {
        ReplicationSim::new(
            ReplicationConfig {
                lag_ms,
                ..ReplicationConfig::default()
            },
            42,
        )
    }

    fn run_until(s: &mut ReplicationSim, done: impl Fn(&ReplicationSim) -> bool) {
        for _ in 0..10_000 {
            if done(s) {
                return;
            }
            let Some(next) = s.next_arrival_ms() else {
                return;
            };
            s.advance(next - s.now_ms());
        }
    }

    /// Runs until the pending write is acknowledged, then reads from Node 3 and runs until
    /// the read is answered.
    fn read_node_3_once_acknowledged(s: &mut ReplicationSim) {
        run_until(s, |s| s.single_leader().last_latency_ms().is_some());
        s.apply(ReplicationEvent::ReadFromReplica(Some(2)));
        run_until(s, |s| {
            s.single_leader()
                .reads()
                .last()
                .is_some_and(|r| r.answered_at_ms.is_some())
        });
    }

    fn texts(lines: &[Line]) -> Vec<&str> {
        lines.iter().map(|l| l.text.as_str()).collect()
    }

    #[test]
    fn fresh_panels_say_nothing_happened_yet() {
        let s = sim(1_000);
        assert_eq!(
            texts(&single_status(&s, false)),
            [
                "Write latency: no write acknowledged yet (async)",
                "Read: none yet"
            ]
        );
        assert_eq!(
            texts(&multi_status(&s)),
            ["Conflicts detected: 0", "Converged: every node holds v0"]
        );
        assert_eq!(
            texts(&leaderless_status(&s)),
            [
                "W + R = 6 > N = 5: reads see the latest write",
                "Write: none yet",
                "Read: none yet"
            ]
        );
        assert_eq!(client_caption(&s, Topology::MultiLeader, 1).0, "Client B");
    }

    #[test]
    fn a_replica_read_after_a_write_shows_the_anomaly() {
        let mut s = sim(2_000);
        s.apply(ReplicationEvent::SimulateWrite(Topology::SingleLeader));
        let first = &single_status(&s, false)[0].text;
        assert_eq!(first, "Write v1: on its way to the leader (async)");
        read_node_3_once_acknowledged(&mut s);
        let lines = single_status(&s, false);
        assert!(
            lines[0].text.starts_with("Write latency: "),
            "{:?}",
            lines[0]
        );
        assert_eq!(
            lines[1].text,
            "Read: v0 from Node 3: missed your write v1 ✗ (read-your-writes anomaly)"
        );
        assert_eq!(lines[1].tone, Tone::Bad);
        assert_eq!(
            client_caption(&s, Topology::SingleLeader, 0),
            ("Client read v0 ✗ stale".to_string(), Tone::Bad)
        );
    }

    #[test]
    fn read_after_write_routing_reads_fresh_from_the_leader() {
        let mut s = sim(2_000);
        s.apply(ReplicationEvent::SetReadAfterWrite(true));
        s.apply(ReplicationEvent::SimulateWrite(Topology::SingleLeader));
        read_node_3_once_acknowledged(&mut s);
        assert_eq!(
            single_status(&s, false)[1].text,
            "Read: v1 from Node 1 (routed to the leader): fresh ✓"
        );
    }

    #[test]
    fn an_async_failover_reports_the_lost_write() {
        let mut s = sim(3_000);
        s.apply(ReplicationEvent::SimulateWrite(Topology::SingleLeader));
        run_until(&mut s, |s| s.single_leader().last_latency_ms().is_some());
        s.apply(ReplicationEvent::FailLeaderNow);
        let lines = single_status(&s, false);
        let last = lines.last().expect("a failover line");
        assert!(last.text.contains("acknowledged write v1 LOST"), "{last:?}");
        assert_eq!(last.tone, Tone::Bad);
        let label = node_label(&s, Topology::SingleLeader, 0);
        assert!(label.contains("down"), "{label}");
    }

    #[test]
    fn concurrent_writes_report_a_conflict_and_its_resolution() {
        let mut s = sim(0);
        s.apply(ReplicationEvent::ConcurrentWrites);
        s.settle();
        let lines = multi_status(&s);
        assert!(
            lines[0]
                .text
                .starts_with("Conflicts detected: 1 (latest: A1 vs B1"),
            "{lines:?}"
        );
        assert!(
            lines[1].text.starts_with("Last write wins: kept "),
            "{lines:?}"
        );
        assert!(
            lines[2].text.starts_with("Converged: every node holds "),
            "{lines:?}"
        );
    }

    #[test]
    fn leaderless_lines_count_acks_and_name_the_repaired_replicas() {
        let mut s = sim(0);
        s.apply(ReplicationEvent::SimulateWrite(Topology::Leaderless));
        assert_eq!(leaderless_status(&s)[1].text, "Write v1: 0 of W = 3 acks");
        assert_eq!(
            client_caption(&s, Topology::Leaderless, 0).0,
            "Client: acks 0/3"
        );
        s.settle();
        assert!(leaderless_status(&s)[1]
            .text
            .starts_with("Write v1: 3 of W = 3 acks in "));
        // Reads until one consults a replica the write missed, which gets repaired.
        for _ in 0..10 {
            s.apply(ReplicationEvent::QuorumRead);
            s.settle();
            let l = &leaderless_status(&s)[2];
            assert!(l.text.starts_with("Read: v1 from Nodes "), "{l:?}");
            if l.text.contains("read repair") {
                return;
            }
        }
        panic!("no read repair in ten reads");
    }

    #[test]
    fn node_labels_name_role_state_and_action() {
        let s = sim(0);
        assert_eq!(
            node_label(&s, Topology::SingleLeader, 0),
            "Single-Leader Node 1 (leader): up, holds v0 at log index 0. Press to fail it (failover)."
        );
        assert_eq!(
            node_label(&s, Topology::Leaderless, 4),
            "Leaderless Node 5: up, holds v0. Press to fail it."
        );
        assert!(canvas_label(&s, Topology::MultiLeader).contains("Node 3 (leader) v0"));
    }
}
