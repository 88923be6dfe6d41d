//! Each panel's status lines, the client boxes' captions, the nodes' accessible names and the
//! canvases' descriptions. Pure functions of the model, tested natively.

use std::collections::BTreeSet;

use dsim_core::replication::{
    Dot, Leaderless, LlRead, LlWrite, NodeVersion, QuorumStatus, ReadRoute, ReadVerdict,
    ReplicationSim, Resolution, Role, SingleLeader, SlWriteStatus, Topology,
};
use dsim_ui::format::{and_list, count};

use super::{nodes as node_list, topology_name, version};

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
        plain("Read: waits for your write's acknowledgement, then goes out")
    } else {
        read_line_sl(sl)
    };
    let mut out = vec![write_line_sl(sl), read];
    out.extend(failover_line(sl));
    out
}

/// The latest write on its way, or the latency of the last acknowledged one.
fn write_line_sl(sl: &SingleLeader) -> Line {
    let mode = if sl.sync() { "sync" } else { "async" };
    let latency = || match sl.last_latency_ms() {
        Some(ms) => plain(format!("Write latency: {ms} ms ({mode})")),
        None => plain(format!("Write latency: no write acknowledged yet ({mode})")),
    };
    let Some(w) = sl.writes().last() else {
        return latency();
    };
    match w.status {
        SlWriteStatus::Sent => plain(format!(
            "Write {}: on its way to the leader ({mode})",
            w.value
        )),
        SlWriteStatus::WaitingForReplicas => plain(format!(
            "Write {}: the leader waits for {} ({mode})",
            w.value,
            count(w.waiting_for.len(), "replica", "replicas")
        )),
        SlWriteStatus::AckInFlight => plain(format!(
            "Write {}: acknowledgement on its way ({mode})",
            w.value
        )),
        SlWriteStatus::Failed => bad(format!(
            "Write {} failed: the leader went down before acknowledging it ✗",
            w.value
        )),
        SlWriteStatus::Acknowledged | SlWriteStatus::Lost => latency(),
    }
}

/// The last read: where it went and whether it was fresh, stale or missed the client's write.
fn read_line_sl(sl: &SingleLeader) -> Line {
    let r = match sl.reads().last() {
        None => return plain("Read: none yet"),
        Some(r) if r.failed => {
            return bad(format!(
                "Read failed: Node {} went down before answering",
                r.node + 1
            ))
        }
        Some(r) => r,
    };
    let via = match r.route {
        ReadRoute::LeaderForReadAfterWrite => " (routed to the leader)",
        ReadRoute::Leader => " (the leader)",
        ReadRoute::Replica => "",
    };
    let (Some(s), Some(_)) = (&r.served, r.answered_at_ms) else {
        return plain(format!("Read: waiting for Node {}{via}", r.node + 1));
    };
    let head = format!("Read: {} from Node {}{via}", s.value, r.node + 1);
    match s.verdict {
        ReadVerdict::Fresh => good(format!("{head}: fresh ✓")),
        ReadVerdict::Stale { behind } => plain(format!(
            "{head}: stale by {}, but it has your writes",
            count(behind as usize, "entry", "entries")
        )),
        ReadVerdict::MissedOwnWrite { .. } => {
            let own = r
                .own_write
                .map(|p| own_value(sl, p.index))
                .unwrap_or_default();
            bad(format!(
                "{head}: missed your write {own} ✗ (read-your-writes anomaly)"
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
    let head = format!(
        "Leader Node {} failed; Node {} leads (term {})",
        f.old_leader + 1,
        f.new_leader + 1,
        f.term
    );
    Some(if lost.is_empty() {
        plain(format!("{head}; no acknowledged write lost"))
    } else {
        bad(format!(
            "{head}; acknowledged write {} LOST ✗",
            lost.join(", ")
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
    let distinct: BTreeSet<Vec<Dot>> = ml
        .conflicts()
        .iter()
        .map(|c| {
            let mut set: Vec<Dot> = c.concurrent_with.clone();
            set.push(c.incoming);
            dsim_core::sort::sort_by_u64_keys(&mut set, |d| d.sort_key());
            set.dedup();
            set
        })
        .collect();
    match ml.conflicts().last() {
        None => out.push(plain("Conflicts detected: 0")),
        Some(c) => {
            let mut set = c.concurrent_with.clone();
            set.push(c.incoming);
            dsim_core::sort::sort_by_u64_keys(&mut set, |d| d.sort_key());
            set.dedup();
            let names: Vec<String> = set.iter().map(|d| d.value()).collect();
            out.push(bad(format!(
                "Conflicts detected: {} (latest: {} at Node {})",
                distinct.len(),
                names.join(" vs "),
                c.node + 1
            )));
            let resolved = match &c.resolution {
                Resolution::LastWriteWins { winner, discarded } => format!(
                    "Last write wins: kept {}, discarded {}",
                    winner.value(),
                    dots(discarded)
                ),
                Resolution::KeptSiblings { siblings } => {
                    format!("Siblings kept: {}", dots(siblings))
                }
            };
            out.push(plain(resolved));
        }
    }
    let in_flight = sim.messages(Topology::MultiLeader).len();
    if in_flight > 0 {
        out.push(plain(format!(
            "Replicating: {} in flight",
            count(in_flight, "message", "messages")
        )));
    } else if ml.converged() {
        let values = ml
            .nodes()
            .first()
            .map(|n| n.values().join(" and "))
            .unwrap_or_default();
        out.push(good(format!("Converged: every node holds {values}")));
    } else {
        out.push(bad("Not converged"));
    }
    out
}

fn write_line(w: Option<&LlWrite>) -> Line {
    let Some(w) = w else {
        return plain("Write: none yet");
    };
    if w.writer.is_some() {
        return concurrent_write_line(w);
    }
    match w.status {
        QuorumStatus::Pending => plain(format!(
            "Write v{}: {} of W = {} acks",
            w.version,
            w.acks.len(),
            w.needed
        )),
        QuorumStatus::Succeeded => good(format!(
            "Write v{}: {} of W = {} acks in {} ms ✓",
            w.version,
            w.acks.len().min(w.needed),
            w.needed,
            w.acked_at_ms.map_or(0, |a| a.saturating_sub(w.sent_at_ms))
        )),
        QuorumStatus::Failed if w.targets.is_empty() => bad(format!(
            "Write v{} failed: fewer than W = {} replicas up ✗",
            w.version, w.needed
        )),
        QuorumStatus::Failed => bad(format!(
            "Write v{} failed: a replica went down before W = {} acks ✗",
            w.version, w.needed
        )),
    }
}

/// The latest of two clients' concurrent writes (client B's, sent with client A's).
fn concurrent_write_line(w: &LlWrite) -> Line {
    match w.status {
        QuorumStatus::Pending => plain(format!(
            "Writes A{0} and B{0} at once: in flight",
            w.version
        )),
        QuorumStatus::Succeeded => plain(format!(
            "Writes A{0} and B{0} at once: both reached W = {1}; now Quorum read",
            w.version, w.needed
        )),
        QuorumStatus::Failed => bad(format!(
            "Writes A{0} and B{0} at once: B{0} failed before W = {1} acks ✗",
            w.version, w.needed
        )),
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
        return Some(good(format!(
            "Read: siblings {} (version vectors): the client merges them ✓",
            and_list(&names(&r.values))
        )));
    }
    if r.discarded.is_empty() {
        return None;
    }
    Some(bad(format!(
        "Read: {} (last write wins): acknowledged write {} silently lost ✗",
        and_list(&names(&r.values)),
        and_list(&names(&r.discarded))
    )))
}

fn read_line(r: Option<&LlRead>) -> Line {
    let Some(r) = r else {
        return plain("Read: none yet");
    };
    match r.status {
        QuorumStatus::Pending => plain(format!(
            "Read: {} of R = {} replies",
            r.replies.len(),
            r.needed
        )),
        QuorumStatus::Failed if r.targets.is_empty() => bad(format!(
            "Read failed: fewer than R = {} replicas up ✗",
            r.needed
        )),
        QuorumStatus::Failed => bad(format!(
            "Read failed: a replica went down before R = {} replies ✗",
            r.needed
        )),
        QuorumStatus::Succeeded => {
            if let Some(l) = conflict_read_line(r) {
                return l;
            }
            let returned = r.returned.unwrap_or(0);
            let mut consulted: Vec<usize> = r.replies.iter().map(|&(n, _)| n).collect();
            dsim_core::sort::sort_usizes(&mut consulted);
            consulted.dedup();
            let mut s = format!("Read: v{returned} from {}", node_list(&consulted));
            let stale = returned < r.latest_at_issue;
            if stale {
                s.push_str(&format!(
                    " (stale: v{} was acknowledged)",
                    r.latest_at_issue
                ));
            }
            if r.repaired.is_empty() {
                s.push_str(if stale { " ✗" } else { " ✓" });
            } else {
                s.push_str(&format!("; read repair: {}", node_list(&r.repaired)));
            }
            line(s, if stale { Tone::Bad } else { Tone::Good })
        }
    }
}

/// The Leaderless panel's status: the quorum arithmetic, the last write's acknowledgements
/// and the last read's answer and read repair.
pub fn leaderless_status(sim: &ReplicationSim) -> Vec<Line> {
    let ll = sim.leaderless();
    let q = ll.quorum();
    let first = if q.consistent() {
        good(format!(
            "W + R = {} > N = {}: reads see the latest write",
            q.sum(),
            q.n
        ))
    } else {
        bad(format!(
            "W + R = {} ≤ N = {}: reads can be stale",
            q.sum(),
            q.n
        ))
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
            (_, _, true) => ("Client: read failed".into(), Tone::Bad),
            (Some(s), Some(_), _) => match s.verdict {
                ReadVerdict::MissedOwnWrite { .. } => {
                    (format!("Client read {} ✗ stale", s.value), Tone::Bad)
                }
                ReadVerdict::Stale { .. } => {
                    (format!("Client read {} (stale)", s.value), Tone::Plain)
                }
                ReadVerdict::Fresh => (format!("Client read {} ✓", s.value), Tone::Good),
            },
            _ => ("Client: reading…".into(), Tone::Plain),
        };
    }
    let Some(w) = w else {
        return ("Client".into(), Tone::Plain);
    };
    match w.status {
        SlWriteStatus::Acknowledged => (
            format!(
                "Client: {} acked, {} ms",
                w.value,
                w.latency_ms().unwrap_or(0)
            ),
            Tone::Good,
        ),
        SlWriteStatus::Failed => (format!("Client: {} failed", w.value), Tone::Bad),
        SlWriteStatus::Lost => (format!("Client: {} LOST", w.value), Tone::Bad),
        _ => (format!("Client: writing {}…", w.value), Tone::Plain),
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
    match last {
        Some(w) if w.acked_at_ms.is_some() => {
            (format!("Client {name}: {} ✓", w.dot.value()), Tone::Plain)
        }
        Some(w) => (format!("Client {name}: {}…", w.dot.value()), Tone::Plain),
        None => (format!("Client {name}"), Tone::Plain),
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
        return match r.status {
            QuorumStatus::Pending => (
                format!("Client: {}/{} replies", r.replies.len(), r.needed),
                Tone::Plain,
            ),
            QuorumStatus::Failed => ("Client: read failed".into(), Tone::Bad),
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
                    (format!("Client read {shown} ✗ stale"), Tone::Bad)
                } else if !r.discarded.is_empty() {
                    (format!("Client read {shown} ✗ lost one"), Tone::Bad)
                } else {
                    (format!("Client read {shown} ✓"), Tone::Good)
                }
            }
        };
    }
    let Some(w) = w else {
        return ("Client".into(), Tone::Plain);
    };
    match w.status {
        QuorumStatus::Pending => (
            format!("Client: acks {}/{}", w.acks.len(), w.needed),
            Tone::Plain,
        ),
        QuorumStatus::Succeeded => (
            format!("Client: v{} acks {}/{} ✓", w.version, w.needed, w.needed),
            Tone::Good,
        ),
        QuorumStatus::Failed => (format!("Client: v{} failed", w.version), Tone::Bad),
    }
}

fn role_name(role: Role) -> &'static str {
    match role {
        Role::Leader => " (leader)",
        Role::Replica => " (replica)",
        Role::Peer => "",
    }
}

/// The accessible name of a node's overlay button.
pub fn node_label(sim: &ReplicationSim, topology: Topology, i: usize) -> String {
    let nodes = sim.nodes(topology);
    let Some(n) = nodes.get(i) else {
        return format!("Node {}", i + 1);
    };
    let holds = match n.version {
        NodeVersion::LogIndex(index) => {
            format!("holds {} at log index {index}", n.values.join(", "))
        }
        NodeVersion::Vector(_) => format!(
            "holds {}, version vector {}",
            n.values.join(" and "),
            version(n.version)
        ),
        NodeVersion::Quorum(_) => format!("holds {}", n.values.join(" and ")),
    };
    let action = match (topology, n.up, n.role) {
        (_, false, _) => "Press to bring it back",
        (Topology::SingleLeader, true, Role::Leader) => "Press to fail it (failover)",
        _ => "Press to fail it",
    };
    format!(
        "{} Node {}{}: {}, {holds}. {action}.",
        topology_name(topology),
        i + 1,
        role_name(n.role),
        if n.up { "up" } else { "down" }
    )
}

/// What a panel's canvas shows, as text (its accessible description).
pub fn canvas_label(sim: &ReplicationSim, topology: Topology) -> String {
    let nodes = sim.nodes(topology);
    let list: Vec<String> = nodes
        .iter()
        .map(|n| {
            format!(
                "Node {}{}{} {}",
                n.index + 1,
                role_name(n.role),
                if n.up { "" } else { " down," },
                n.values.join("/")
            )
        })
        .collect();
    let head = match topology {
        Topology::SingleLeader => "Single-Leader: the client writes to the leader, which streams its log to the replicas.",
        Topology::MultiLeader => "Multi-Leader: clients A and B write at leaders Node 1 and Node 3, which replicate to each other and to Nodes 2, 4 and 5.",
        Topology::Leaderless => "Leaderless: the client writes to W of the 5 replicas at once and reads from R.",
    };
    let flying = sim.messages(topology).len();
    format!(
        "{head} {}. {} in flight.",
        list.join("; "),
        count(flying, "message", "messages")
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
        run_until(&mut s, |s| s.single_leader().last_latency_ms().is_some());
        s.apply(ReplicationEvent::ReadFromReplica(Some(2)));
        run_until(&mut s, |s| {
            s.single_leader()
                .reads()
                .last()
                .is_some_and(|r| r.answered_at_ms.is_some())
        });
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
        run_until(&mut s, |s| s.single_leader().last_latency_ms().is_some());
        s.apply(ReplicationEvent::ReadFromReplica(Some(2)));
        run_until(&mut s, |s| {
            s.single_leader()
                .reads()
                .last()
                .is_some_and(|r| r.answered_at_ms.is_some())
        });
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
