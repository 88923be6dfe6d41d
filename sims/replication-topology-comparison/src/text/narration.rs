//! The narration: one sentence (or a few) for each outcome of the student's actions and for
//! each note the panels make as messages arrive.

use dsim_core::replication::{
    Conflict, ConflictPolicy, Dot, FailedOver, LlNote, LlOutcome, MlNote, MlOutcome, NodeFailed,
    Note, NoteKind, Outcome, ReadAnswer, ReadRedirect, ReadVerdict, Rejection, Resolution, SlNote,
    SlOutcome, CLIENT_NAMES, FAILURE_DETECTOR_TIMEOUT_MS, FAR_REGION_FACTOR, MAX_LAG_MS, NODES,
};
use dsim_ui::format::{and_list, count, plural_s, when_any};

use super::{describe, nodes, policy_name, topology_name};

/// What an event did (or why it was refused), in words.
pub fn outcome(o: &Outcome) -> String {
    match o {
        Outcome::Selected(t) => format!("{} selected. {}", topology_name(*t), describe(*t)),
        Outcome::Single(s) => single(s),
        Outcome::Multi(m) => multi(m),
        Outcome::Leaderless(l) => leaderless(l),
        Outcome::ClientFarSet(true) => format!(
            "The client moves to a far region, {FAR_REGION_FACTOR}× the network delay away from the data centre of Single-Leader's leader and of the Leaderless replicas: every write there pays that round trip. Multi-Leader's clients still write to a leader in their own region."
        ),
        Outcome::ClientFarSet(false) => {
            "The client is back next to the leader: one short round trip per write in every panel."
                .to_string()
        }
        Outcome::Reset => {
            "Reset: every node is up and holds the initial value; the clock is back at 0."
                .to_string()
        }
        Outcome::Rejected(r) => rejection(r),
    }
}

/// Why an event was refused.
pub fn rejection(r: &Rejection) -> String {
    match *r {
        Rejection::Busy { in_flight } => format!(
            "Too many messages in flight ({in_flight}); let the simulation run before adding more."
        ),
        Rejection::NoSuchNode { node } => format!("There is no Node {}.", node.saturating_add(1)),
        Rejection::NoSuchReadTarget { node } => format!(
            "There is no Node {}; nothing was read.",
            node.saturating_add(1)
        ),
        Rejection::ReadTargetDown { node } => format!(
            "Node {} is down; pick a live replica.",
            node.saturating_add(1)
        ),
        Rejection::NoReplicaToPromote { leader } => format!(
            "Node {} is the only node up; failing it would leave no replica to promote.",
            leader.saturating_add(1)
        ),
        Rejection::PolicyUnchanged(p) => {
            format!("The conflict policy is already {}.", policy_name(p))
        }
        Rejection::ReplicationInFlight { in_flight } => format!(
            "Wait until replication finishes ({in_flight} messages in flight): every node must settle conflicts by the same rule."
        ),
        Rejection::MultiLeaderNodesStayUp { node } => format!(
            "Node {} stays up: the Multi-Leader panel shows conflicts, not failures; fail nodes in the other panels.",
            node.saturating_add(1)
        ),
    }
}

/// What happened while the clock ran, in words.
pub fn note(n: &Note) -> String {
    match &n.kind {
        NoteKind::Single(s) => single_note(s),
        NoteKind::Multi(m) => multi_note(m),
        NoteKind::Leaderless(l) => leaderless_note(l),
    }
}

fn redirect(r: &ReadRedirect) -> String {
    match r {
        ReadRedirect::PickedTheLeader { node } => format!(
            "Node {} is the leader, so this is a leader read. ",
            node + 1
        ),
        ReadRedirect::NoReplicaUp => "No replica is up, so the leader serves the read. ".into(),
        ReadRedirect::OwnWriteInProgress { value, replica } => format!(
            "Read-after-write: your write {value} is still in progress, so the read goes to the leader instead of Node {}. ",
            replica + 1
        ),
        ReadRedirect::ReplicaLacksOwnWrite { replica, index } => format!(
            "Read-after-write: Node {} has not applied your write #{index} yet, so the read goes to the leader. ",
            replica + 1
        ),
    }
}

fn single(o: &SlOutcome) -> String {
    match o {
        SlOutcome::WriteSent { value, leader, sync } => format!(
            "The client sends {value} to the leader, Node {}; {} replication will follow.",
            leader + 1,
            if *sync { "synchronous" } else { "asynchronous" }
        ),
        SlOutcome::ReadSent {
            node,
            to_leader,
            redirect: why,
        } => format!(
            "{}The client reads the key from {} Node {}.",
            why.as_ref().map(redirect).unwrap_or_default(),
            if *to_leader { "the leader" } else { "replica" },
            node + 1
        ),
        SlOutcome::LagSet {
            lag_ms,
            requested_ms,
        } => {
            let mut s = format!(
                "Replication lag set to {lag_ms} ms: replicas apply each entry about that long after the leader."
            );
            if *requested_ms > MAX_LAG_MS {
                s.push_str(&format!(
                    " ({requested_ms} ms is above the {MAX_LAG_MS} ms maximum.)"
                ));
            }
            s
        }
        SlOutcome::SyncSet(true) => "Synchronous replication: the leader acknowledges a write only after every live replica applied it, so writes are slower but survive a leader failure.".into(),
        SlOutcome::SyncSet(false) => "Asynchronous replication: the leader acknowledges a write as soon as it is in its own log, so writes are fast but can be lost if the leader fails before replicating.".into(),
        SlOutcome::ReadAfterWriteSet(true) => "Read-after-write routing on: while a replica may lack your latest write, your reads go to the leader.".into(),
        SlOutcome::ReadAfterWriteSet(false) => "Read-after-write routing off: reads go to the replica you pick, however far behind it is.".into(),
        SlOutcome::FailedOver(f) => failover(f),
        SlOutcome::ReplicaFailed {
            node,
            held_back_writes,
            detect_at_ms,
        } => {
            let mut s = format!("Replica Node {} crashes.", node + 1);
            match detect_at_ms {
                Some(at) => {
                    s.push_str(&format!(
                        " The leader cannot see a crash: it hears nothing and keeps waiting until its failure detector times out after {:.1} s (at {:.2} s).",
                        FAILURE_DETECTOR_TIMEOUT_MS as f64 / 1000.0,
                        *at as f64 / 1000.0
                    ));
                    if *held_back_writes > 0 {
                        s.push_str(&format!(
                            " Until then {} stay{} unacknowledged.",
                            count(*held_back_writes, "write", "writes"),
                            if *held_back_writes == 1 { "s" } else { "" }
                        ));
                    }
                }
                None => s.push_str(" Asynchronous replication never waits for it."),
            }
            s
        }
        SlOutcome::Rejoined {
            node,
            leader,
            from_index,
            discarded,
        } => {
            let mut s = format!(
                "Node {} comes back as a replica of Node {} and catches up from log index {from_index}.",
                node + 1,
                leader + 1
            );
            s.push_str(&when_any(discarded, |d| {
                format!(" It first discards {}, which the current leader never had.", d.join(", "))
            }));
            s
        }
    }
}

fn failover(f: &FailedOver) -> String {
    let FailedOver {
        old_leader,
        new_leader,
        promoted_index,
        term,
        lost_acknowledged,
        failed_writes,
    } = f;
    let mut s = format!(
        "Leader Node {} fails. Node {}, the most up-to-date replica (log index {promoted_index}), is promoted to leader for term {term}.",
        old_leader + 1,
        new_leader + 1
    );
    s.push_str(&when_any(lost_acknowledged, |l| {
        format!(
            " Acknowledged write {} never reached a replica and is lost.",
            l.join(", ")
        )
    }));
    if *failed_writes > 0 {
        s.push_str(&format!(
            " {failed_writes} write{} not yet acknowledged fail{} with an error.",
            plural_s(*failed_writes),
            if *failed_writes == 1 { "s" } else { "" }
        ));
    }
    s
}

fn client_name(slot: usize) -> &'static str {
    CLIENT_NAMES.get(slot).copied().unwrap_or("?")
}

fn multi(o: &MlOutcome) -> String {
    match o {
        MlOutcome::PolicySet { policy, settled } => {
            let mut s = format!("Conflict policy: {}.", policy_name(*policy));
            if let Some(dot) = settled {
                s.push_str(&format!(
                    " The siblings are settled now: {} has the latest timestamp and is kept.",
                    dot.value()
                ));
            }
            s
        }
        MlOutcome::WriteSent { dot } => format!(
            "Client {} sends {} to its nearest leader, Node {}.",
            client_name(dot.slot),
            dot.value(),
            dot.leader() + 1
        ),
        MlOutcome::ConcurrentWritesSent { a, b } => format!(
            "At the same moment client A sends {} to Node 1 and client B sends {} to Node 3: neither leader knows about the other's write.",
            a.value(),
            b.value()
        ),
    }
}

fn leaderless(o: &LlOutcome) -> String {
    match o {
        LlOutcome::QuorumSet(q) => {
            let head = format!("N = {}, W = {}, R = {}: ", q.n, q.w, q.r);
            if q.consistent() {
                format!(
                    "{head}W + R = {} > N, so every read overlaps the last acknowledged write.",
                    q.sum()
                )
            } else {
                format!(
                    "{head}W + R = {} ≤ N, so a read can miss every replica the last write reached.",
                    q.sum()
                )
            }
        }
        LlOutcome::PolicySet(ConflictPolicy::LastWriteWins) => "Leaderless concurrent writes: last write wins. A replica (and a read) keeps the write with the later coordinator timestamp and silently drops the other, even though it was acknowledged.".into(),
        LlOutcome::PolicySet(ConflictPolicy::KeepSiblings) => "Leaderless concurrent writes: version vectors. A replica sees that neither write has seen the other and keeps both as siblings; a read returns both for the client to merge.".into(),
        LlOutcome::ConcurrentSent {
            version,
            w,
            targets,
            policy,
        } => {
            let [a, b] = targets;
            let then = match policy {
                ConflictPolicy::LastWriteWins => "Last write wins will keep one and silently drop the other.",
                ConflictPolicy::KeepSiblings => "Version vectors will keep both as siblings.",
            };
            format!(
                "Clients A and B write the key at the same moment through two coordinators, each with its own counter: A{version} goes to {}, B{version} to {}, each waiting for W = {w} acknowledgements. Neither write has seen the other, and a quorum does not order them. {then}",
                nodes(a),
                nodes(b)
            )
        }
        LlOutcome::WriteSent { version, w, targets } => format!(
            "The client sends v{version} to W = {w} replica{} at once ({}) and waits for {w} acknowledgement{}.",
            plural_s(*w),
            nodes(targets),
            plural_s(*w)
        ),
        LlOutcome::WriteFailedAtOnce { version, up, w } => {
            format!("Write v{version} fails at once: only {up} replicas are up and W = {w}.")
        }
        LlOutcome::ReadSent { r, targets } => format!(
            "The client asks R = {r} replicas ({}) for the key.",
            nodes(targets)
        ),
        LlOutcome::ReadFailedAtOnce { up, r } => {
            format!("Read fails at once: only {up} replicas are up and R = {r}.")
        }
        LlOutcome::NodeRecovered { node, version, up } => format!(
            "Node {} is back up with v{version}, possibly stale; {up} of {NODES} replicas are up.",
            node + 1
        ),
        LlOutcome::NodeFailed(f) => node_failed(f),
    }
}

fn node_failed(f: &NodeFailed) -> String {
    let NodeFailed {
        node,
        up,
        failed_writes,
        failed_reads,
        quorum,
    } = f;
    let mut s = format!("Node {} fails; {up} of {NODES} replicas are up.", node + 1);
    for w in failed_writes {
        s.push_str(&format!(
            " Write v{} can no longer reach W = {} acknowledgements and fails.",
            w.version, w.needed
        ));
    }
    for r in failed_reads {
        s.push_str(&format!(
            " A read can no longer get R = {} answers and fails.",
            r.needed
        ));
    }
    if *up < quorum.w {
        s.push_str(&format!(" New writes fail: W = {}.", quorum.w));
    }
    if *up < quorum.r {
        s.push_str(&format!(" New reads fail: R = {}.", quorum.r));
    }
    s
}

fn single_note(n: &SlNote) -> String {
    match n {
        SlNote::Appended {
            leader,
            value,
            index,
            replicas,
            waits,
        } => format!(
            "Leader Node {} appends {value} at log index {index} and streams it to {}{}",
            leader + 1,
            nodes(replicas),
            if *waits {
                "; it waits for all of them before acknowledging."
            } else {
                "; it acknowledges the client right away."
            }
        ),
        SlNote::Applied {
            node,
            value,
            index,
            after_ms,
        } => format!(
            "Node {} applies {value} (log index {index}), {after_ms} ms after the leader committed it.",
            node + 1
        ),
        SlNote::DeclaredDown { node, released } => {
            let mut s = format!(
                "The leader's failure detector times out: it declares Node {} down and stops waiting for it.",
                node + 1
            );
            s.push_str(&when_any(released, |r| format!(" It acknowledges {} at last.", and_list(r))));
            s
        }
        SlNote::Confirmed { values } => format!(
            "Every live replica has confirmed {}, so the leader acknowledges it.",
            values.join(", ")
        ),
        SlNote::Acknowledged {
            value,
            latency_ms,
            sync,
        } => format!(
            "The client receives the acknowledgement for {value}: write latency {latency_ms} ms{}.",
            if *sync {
                " (synchronous: it waited for the replicas)"
            } else {
                ""
            }
        ),
        SlNote::ReadAnswered(a) => read_answered(a),
    }
}

fn read_answered(a: &ReadAnswer) -> String {
    let ReadAnswer {
        node,
        value,
        index,
        verdict,
        own_write,
    } = a;
    let who = format!("Node {}", node + 1);
    match *verdict {
        ReadVerdict::Fresh => {
            format!("{who} returns {value} (version {index}), as fresh as the leader.")
        }
        ReadVerdict::Stale { behind } => format!(
            "{who} returns {value} (version {index}), {} behind the leader: stale, though it has your own writes.",
            count(behind as usize, "entry", "entries")
        ),
        ReadVerdict::MissedOwnWrite { behind } => format!(
            "{who} returns {value} (version {index}), {} behind the leader and missing {}: the read-your-writes anomaly.",
            count(behind as usize, "entry", "entries"),
            own_write
                .map(|i| format!("your write #{i}"))
                .unwrap_or_default()
        ),
    }
}

fn labels(dots: &[Dot], sep: &str) -> String {
    dots.iter().map(|d| d.value()).collect::<Vec<_>>().join(sep)
}

fn conflict(c: &Conflict) -> String {
    let mut text = format!(
        "Node {} detects a conflict: {} was written without seeing {}.",
        c.node + 1,
        c.incoming.value(),
        labels(&c.concurrent_with, ", ")
    );
    match &c.resolution {
        Resolution::LastWriteWins { winner, discarded } => text.push_str(&format!(
            " Last-write-wins keeps {} and discards {}.",
            winner.value(),
            labels(discarded, ", ")
        )),
        Resolution::KeptSiblings { siblings } => text.push_str(&format!(
            " It keeps the siblings {}.",
            labels(siblings, " and ")
        )),
    }
    text
}

fn multi_note(n: &MlNote) -> String {
    match n {
        MlNote::Accepted {
            leader,
            dot,
            replaced,
            vv,
        } => format!(
            "Leader Node {} accepts {} (replacing {}), version vector [{}, {}], and replicates it to every other node.",
            leader + 1,
            dot.value(),
            replaced.join(" and "),
            vv[0],
            vv[1]
        ),
        MlNote::Ignored { node, dot } => format!(
            "Node {} ignores {}: it already holds a version that saw it.",
            node + 1,
            dot.value()
        ),
        MlNote::Applied { node, dot } => format!("Node {} applies {}.", node + 1, dot.value()),
        MlNote::ConflictDetected(c) => conflict(c),
        MlNote::Acknowledged {
            client,
            dot,
            latency_ms,
        } => format!(
            "Client {} receives the acknowledgement for {} after {latency_ms} ms.",
            client_name(*client),
            dot.value()
        ),
    }
}

/// A Leaderless write's name: `v3` for the panel's client, `A3` or `B3` for a concurrent one.
fn written_name(version: u32, writer: Option<usize>) -> String {
    match writer.and_then(|k| CLIENT_NAMES.get(k)) {
        Some(name) => format!("{name}{version}"),
        None => format!("v{version}"),
    }
}

fn leaderless_note(n: &LlNote) -> String {
    match n {
        LlNote::Repaired { node, version } => {
            format!("Read repair brings Node {} up to v{version}.", node + 1)
        }
        LlNote::Acknowledged {
            node,
            version,
            acks,
            w,
        } => format!(
            "Node {} acknowledges v{version} ({acks} of W = {w}).",
            node + 1
        ),
        LlNote::WriteSucceeded {
            version,
            writer,
            latency_ms,
            acks,
            w,
        } => format!(
            "Write {} is acknowledged after {latency_ms} ms: {acks} replica{} confirmed it (W = {w}).",
            written_name(*version, *writer),
            plural_s(*acks)
        ),
        LlNote::ReadReturned {
            consulted,
            version,
            values,
            discarded,
            missed,
            repaired,
        } => {
            let mut s = if values.len() > 1 {
                format!(
                    "The read gets answers from {} and returns the siblings {}: the version vectors show neither write saw the other, so the client must merge them (its next write replaces both).",
                    nodes(consulted),
                    dsim_ui::format::and_list(values)
                )
            } else {
                format!(
                    "The read gets answers from {} and returns {}, the newest among them.",
                    nodes(consulted),
                    values.first().cloned().unwrap_or_else(|| format!("v{version}"))
                )
            };
            s.push_str(&when_any(discarded, |d| {
                format!(" Last write wins silently dropped {}, though it was acknowledged: no error, no trace.", and_list(d))
            }));
            if let Some(latest) = missed {
                s.push_str(&format!(
                    " It is stale: v{latest} had been acknowledged, but by none of the replicas consulted."
                ));
            }
            s.push_str(&when_any(repaired, |r| {
                format!(
                    " {} answered with an older version, so read repair sends {} {}.",
                    nodes(r),
                    if r.len() == 1 { "it" } else { "them" },
                    and_list(values)
                )
            }));
            s
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsim_core::quorum::QuorumConfig;
    use dsim_core::replication::{
        ConflictPolicy, ReplicationConfig, ReplicationEvent, ReplicationSim, Topology,
    };

    fn sim(config: ReplicationConfig, seed: u64) -> ReplicationSim {
        ReplicationSim::new(config, seed)
    }

    fn said(s: &mut ReplicationSim, e: ReplicationEvent) -> String {
        outcome(&s.apply(e))
    }

    fn lagged(lag_ms: u64, sync: bool) -> ReplicationConfig {
        ReplicationConfig {
            lag_ms,
            sync,
            ..ReplicationConfig::default()
        }
    }

    fn run_until_acked(s: &mut ReplicationSim) {
        for _ in 0..10_000 {
            let acked = s
                .single_leader()
                .writes()
                .last()
                .and_then(|w| w.acked_at_ms);
            if acked.is_some() {
                return;
            }
            let Some(next) = s.next_arrival_ms() else {
                return;
            };
            s.advance(next - s.now_ms());
        }
    }

    #[test]
    fn writes_selections_and_settings_are_narrated() {
        let mut s = sim(ReplicationConfig::default(), 1);
        assert_eq!(
            said(
                &mut s,
                ReplicationEvent::SimulateWrite(Topology::SingleLeader)
            ),
            "The client sends v1 to the leader, Node 1; asynchronous replication will follow."
        );
        assert!(
            said(&mut s, ReplicationEvent::Select(Topology::MultiLeader))
                .starts_with("Multi-Leader selected. Nodes 1 and 3 both accept writes")
        );
        assert_eq!(
            said(&mut s, ReplicationEvent::SetLagMs(9_000)),
            "Replication lag set to 5000 ms: replicas apply each entry about that long after the leader. (9000 ms is above the 5000 ms maximum.)"
        );
        assert!(said(&mut s, ReplicationEvent::SetSync(true)).starts_with(
            "Synchronous replication: the leader acknowledges a write only after every live replica applied it"
        ));
        assert!(said(&mut s, ReplicationEvent::SetReadAfterWrite(true))
            .starts_with("Read-after-write routing on"));
        let events = [
            ReplicationEvent::SetW(1),
            ReplicationEvent::ConcurrentWrites,
            ReplicationEvent::Reset,
        ];
        assert_eq!(
            events.map(|e| said(&mut s, e)),
            [
                "N = 5, W = 1, R = 3: W + R = 4 ≤ N, so a read can miss every replica the last write reached.",
                "At the same moment client A sends A1 to Node 1 and client B sends B1 to Node 3: neither leader knows about the other's write.",
                "Reset: every node is up and holds the initial value; the clock is back at 0.",
            ]
        );
    }

    #[test]
    fn an_async_failover_names_the_lost_write_and_the_rejoin_discards_it() {
        let mut s = sim(lagged(3_000, false), 9);
        s.apply(ReplicationEvent::SimulateWrite(Topology::SingleLeader));
        s.settle();
        s.apply(ReplicationEvent::SimulateWrite(Topology::SingleLeader));
        run_until_acked(&mut s);
        let text = said(&mut s, ReplicationEvent::FailLeaderNow);
        assert!(text.starts_with("Leader Node 1 fails. Node "), "{text}");
        assert!(
            text.ends_with(", the most up-to-date replica (log index 1), is promoted to leader for term 2. Acknowledged write v2 never reached a replica and is lost."),
            "{text}"
        );
        s.apply(ReplicationEvent::SimulateWrite(Topology::SingleLeader));
        let text = said(
            &mut s,
            ReplicationEvent::ToggleNode(Topology::SingleLeader, 0),
        );
        assert!(
            text.ends_with("catches up from log index 2. It first discards v2, which the current leader never had."),
            "{text}"
        );
    }

    #[test]
    fn a_sync_write_pending_at_failover_fails_with_an_error() {
        let mut s = sim(lagged(3_000, true), 2);
        s.apply(ReplicationEvent::SimulateWrite(Topology::SingleLeader));
        s.advance(1_000);
        let text = said(&mut s, ReplicationEvent::FailLeaderNow);
        assert!(
            text.ends_with(" 1 write not yet acknowledged fails with an error."),
            "{text}"
        );
    }

    #[test]
    fn refusals_say_why() {
        let mut s = sim(ReplicationConfig::default(), 1);
        for i in 1..NODES {
            s.apply(ReplicationEvent::ToggleNode(Topology::SingleLeader, i));
        }
        assert_eq!(
            said(&mut s, ReplicationEvent::FailLeaderNow),
            "Node 1 is the only node up; failing it would leave no replica to promote."
        );
        assert_eq!(
            said(&mut s, ReplicationEvent::ReadFromReplica(None)),
            "No replica is up, so the leader serves the read. The client reads the key from the leader Node 1."
        );
        assert_eq!(
            said(&mut s, ReplicationEvent::ReadFromReplica(Some(9))),
            "There is no Node 10; nothing was read."
        );
        assert_eq!(
            said(&mut s, ReplicationEvent::ReadFromReplica(Some(2))),
            "Node 3 is down; pick a live replica."
        );
        assert_eq!(
            said(&mut s, ReplicationEvent::ToggleNode(Topology::MultiLeader, 1)),
            "Node 2 stays up: the Multi-Leader panel shows conflicts, not failures; fail nodes in the other panels."
        );
        assert_eq!(
            said(
                &mut s,
                ReplicationEvent::ToggleNode(Topology::Leaderless, 7)
            ),
            "There is no Node 8."
        );
        assert_eq!(
            said(
                &mut s,
                ReplicationEvent::ToggleNode(Topology::SingleLeader, usize::MAX)
            ),
            format!("There is no Node {}.", usize::MAX)
        );
        assert_eq!(
            rejection(&Rejection::Busy { in_flight: 200 }),
            "Too many messages in flight (200); let the simulation run before adding more."
        );
    }

    #[test]
    fn policy_changes_wait_for_quiet() {
        let mut s = sim(
            ReplicationConfig {
                conflict_policy: ConflictPolicy::KeepSiblings,
                ..ReplicationConfig::default()
            },
            4,
        );
        s.apply(ReplicationEvent::ConcurrentWrites);
        let text = said(
            &mut s,
            ReplicationEvent::SetConflictPolicy(ConflictPolicy::LastWriteWins),
        );
        assert!(
            text.starts_with("Wait until replication finishes ("),
            "{text}"
        );
        let notes = s.settle();
        assert!(notes.iter().map(note).any(|t| t.contains(
            " detects a conflict: B1 was written without seeing A1. It keeps the siblings A1 and B1."
        )));
        let text = said(
            &mut s,
            ReplicationEvent::SetConflictPolicy(ConflictPolicy::LastWriteWins),
        );
        assert!(
            text.starts_with("Conflict policy: Last write wins. The siblings are settled now: "),
            "{text}"
        );
        assert_eq!(
            said(
                &mut s,
                ReplicationEvent::SetConflictPolicy(ConflictPolicy::LastWriteWins)
            ),
            "The conflict policy is already Last write wins."
        );
    }

    #[test]
    fn quorum_failures_and_read_repair_are_narrated() {
        let mut s = sim(
            ReplicationConfig {
                quorum: QuorumConfig::new(5, 1, 5),
                ..ReplicationConfig::default()
            },
            6,
        );
        s.apply(ReplicationEvent::SimulateWrite(Topology::Leaderless));
        s.settle();
        assert_eq!(
            said(&mut s, ReplicationEvent::QuorumRead),
            "The client asks R = 5 replicas (Nodes 1, 2, 3, 4 and 5) for the key."
        );
        let notes: Vec<String> = s.settle().iter().map(note).collect();
        assert!(
            notes
                .iter()
                .any(|t| t
                    .ends_with("answered with an older version, so read repair sends them v1.")),
            "{notes:?}"
        );
        assert!(notes
            .iter()
            .any(|t| t.starts_with("Read repair brings Node ")));
        s.apply(ReplicationEvent::SetW(3));
        s.apply(ReplicationEvent::ToggleNode(Topology::Leaderless, 0));
        s.apply(ReplicationEvent::ToggleNode(Topology::Leaderless, 1));
        assert_eq!(
            said(
                &mut s,
                ReplicationEvent::ToggleNode(Topology::Leaderless, 2)
            ),
            "Node 3 fails; 2 of 5 replicas are up. New writes fail: W = 3. New reads fail: R = 5."
        );
        assert_eq!(
            said(
                &mut s,
                ReplicationEvent::SimulateWrite(Topology::Leaderless)
            ),
            "Write v2 fails at once: only 2 replicas are up and W = 3."
        );
        assert_eq!(
            said(&mut s, ReplicationEvent::QuorumRead),
            "Read fails at once: only 2 replicas are up and R = 5."
        );
        assert_eq!(
            said(
                &mut s,
                ReplicationEvent::ToggleNode(Topology::Leaderless, 2)
            ),
            "Node 3 is back up with v1, possibly stale; 3 of 5 replicas are up."
        );
    }
}
