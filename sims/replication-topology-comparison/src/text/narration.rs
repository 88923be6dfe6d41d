//! The narration: one sentence (or a few) for each outcome of the student's actions and for
//! each note the panels make as messages arrive.

use dsim_core::replication::{
    Conflict, Dot, FailedOver, LlNote, LlOutcome, MlNote, MlOutcome, NodeFailed, Note, NoteKind,
    Outcome, ReadAnswer, ReadRedirect, ReadVerdict, Rejection, Resolution, SlNote, SlOutcome,
    CLIENT_NAMES, FAILURE_DETECTOR_TIMEOUT_MS, FAR_REGION_FACTOR, MAX_LAG_MS, NODES,
};
use dsim_ui::format::and_list;
use dsim_ui::i18n::{dec, yes_no};

use super::{describe, joined, mode_key, nodes, policy_key, policy_name, topology_name};
use crate::msg::{self, t};

/// Sentences joined by a space, the empty ones left out.
fn sentences(parts: &[String]) -> String {
    parts
        .iter()
        .filter(|p| !p.is_empty())
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A node's on-screen number from its index, written out whole (an index from the student
/// may be any `usize`).
fn number(node: usize) -> String {
    node.saturating_add(1).to_string()
}

/// What an event did (or why it was refused), in words.
pub fn outcome(o: &Outcome) -> String {
    match o {
        Outcome::Selected(t) => format!(
            "{} {}",
            t!(SELECTED, name = topology_name(*t)),
            describe(*t)
        ),
        Outcome::Single(s) => single(s),
        Outcome::Multi(m) => multi(m),
        Outcome::Leaderless(l) => leaderless(l),
        Outcome::ClientFarSet(true) => t!(CLIENT_FAR_ON, factor = FAR_REGION_FACTOR),
        Outcome::ClientFarSet(false) => t!(CLIENT_FAR_OFF),
        Outcome::Reset => t!(RESET_DONE),
        Outcome::Rejected(r) => rejection(r),
    }
}

/// Why an event was refused.
pub fn rejection(r: &Rejection) -> String {
    match *r {
        Rejection::Busy { in_flight } => t!(REJECTED_BUSY, count = in_flight),
        Rejection::NoSuchNode { node } => t!(REJECTED_NO_NODE, node = number(node)),
        Rejection::NoSuchReadTarget { node } => {
            t!(REJECTED_NO_READ_TARGET, node = number(node))
        }
        Rejection::ReadTargetDown { node } => t!(REJECTED_READ_TARGET_DOWN, node = number(node)),
        Rejection::NoReplicaToPromote { leader } => {
            t!(REJECTED_NO_REPLICA_TO_PROMOTE, node = number(leader))
        }
        Rejection::PolicyUnchanged(p) => t!(REJECTED_POLICY_UNCHANGED, policy = policy_name(p)),
        Rejection::ReplicationInFlight { in_flight } => {
            t!(REJECTED_REPLICATION_IN_FLIGHT, count = in_flight)
        }
        Rejection::MultiLeaderNodesStayUp { node } => {
            t!(REJECTED_MULTI_LEADER_STAYS_UP, node = number(node))
        }
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
        ReadRedirect::PickedTheLeader { node } => t!(REDIRECT_PICKED_LEADER, node = node + 1),
        ReadRedirect::NoReplicaUp => t!(REDIRECT_NO_REPLICA),
        ReadRedirect::OwnWriteInProgress { value, replica } => t!(
            REDIRECT_OWN_WRITE_IN_PROGRESS,
            value = value,
            replica = replica + 1
        ),
        ReadRedirect::ReplicaLacksOwnWrite { replica, index } => t!(
            REDIRECT_REPLICA_LACKS_OWN_WRITE,
            replica = replica + 1,
            index = *index
        ),
    }
}

fn single(o: &SlOutcome) -> String {
    match o {
        SlOutcome::WriteSent {
            value,
            leader,
            sync,
        } => t!(
            SL_WRITE_SENT,
            value = value,
            leader = leader + 1,
            mode = mode_key(*sync)
        ),
        SlOutcome::ReadSent {
            node,
            to_leader,
            redirect: why,
        } => sentences(&[
            why.as_ref().map(redirect).unwrap_or_default(),
            t!(
                SL_READ_SENT,
                to = if *to_leader { "leader" } else { "replica" },
                node = node + 1
            ),
        ]),
        SlOutcome::LagSet {
            lag_ms,
            requested_ms,
        } => {
            let above = (*requested_ms > MAX_LAG_MS)
                .then(|| t!(LAG_ABOVE_MAX, requested = *requested_ms, max = MAX_LAG_MS));
            sentences(&[t!(LAG_SET, lag = *lag_ms), above.unwrap_or_default()])
        }
        SlOutcome::SyncSet(true) => t!(SYNC_ON),
        SlOutcome::SyncSet(false) => t!(SYNC_OFF),
        SlOutcome::ReadAfterWriteSet(true) => t!(RAW_ON),
        SlOutcome::ReadAfterWriteSet(false) => t!(RAW_OFF),
        SlOutcome::FailedOver(f) => failover(f),
        SlOutcome::ReplicaFailed {
            node,
            held_back_writes,
            detect_at_ms,
        } => {
            let mut parts = vec![t!(REPLICA_CRASHES, node = node + 1)];
            match detect_at_ms {
                Some(at) => {
                    parts.push(t!(
                        REPLICA_CRASH_WAITS,
                        timeout = dec(FAILURE_DETECTOR_TIMEOUT_MS as f64 / 1000.0, 1),
                        at = dec(*at as f64 / 1000.0, 2)
                    ));
                    if *held_back_writes > 0 {
                        parts.push(t!(REPLICA_CRASH_HELD, count = *held_back_writes));
                    }
                }
                None => parts.push(t!(REPLICA_CRASH_ASYNC)),
            }
            sentences(&parts)
        }
        SlOutcome::Rejoined {
            node,
            leader,
            from_index,
            discarded,
        } => {
            let discards = (!discarded.is_empty())
                .then(|| t!(REJOINED_DISCARDS, values = discarded.join(", ")));
            sentences(&[
                t!(
                    REJOINED,
                    node = node + 1,
                    leader = leader + 1,
                    from = *from_index
                ),
                discards.unwrap_or_default(),
            ])
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
    let mut parts = vec![t!(
        FAILOVER,
        old = old_leader + 1,
        new = new_leader + 1,
        index = *promoted_index,
        term = *term
    )];
    if !lost_acknowledged.is_empty() {
        parts.push(t!(FAILOVER_LOST, values = lost_acknowledged.join(", ")));
    }
    if *failed_writes > 0 {
        parts.push(t!(FAILOVER_FAILED_WRITES, count = *failed_writes));
    }
    sentences(&parts)
}

fn client_name(slot: usize) -> &'static str {
    CLIENT_NAMES.get(slot).copied().unwrap_or("?")
}

fn multi(o: &MlOutcome) -> String {
    match o {
        MlOutcome::PolicySet { policy, settled } => {
            let settled = settled.map(|dot| t!(ML_SIBLINGS_SETTLED, value = dot.value()));
            sentences(&[
                t!(ML_POLICY_SET, policy = policy_name(*policy)),
                settled.unwrap_or_default(),
            ])
        }
        MlOutcome::WriteSent { dot } => t!(
            ML_WRITE_SENT,
            client = client_name(dot.slot),
            value = dot.value(),
            leader = dot.leader() + 1
        ),
        MlOutcome::ConcurrentWritesSent { a, b } => {
            t!(ML_CONCURRENT_SENT, a = a.value(), b = b.value())
        }
    }
}

fn leaderless(o: &LlOutcome) -> String {
    match o {
        LlOutcome::QuorumSet(q) => t!(
            (if q.consistent() {
                msg::QUORUM_SET_CONSISTENT
            } else {
                msg::QUORUM_SET_STALE
            }),
            n = q.n,
            w = q.w,
            r = q.r,
            sum = q.sum()
        ),
        LlOutcome::PolicySet(p) => t!(LL_POLICY_SET, policy = policy_key(*p)),
        LlOutcome::ConcurrentSent {
            version,
            w,
            targets,
            policy,
        } => {
            let [a, b] = targets;
            t!(
                LL_CONCURRENT_SENT,
                version = *version,
                a = nodes(a),
                b = nodes(b),
                w = *w,
                policy = policy_key(*policy)
            )
        }
        LlOutcome::WriteSent {
            version,
            w,
            targets,
        } => t!(
            LL_WRITE_SENT,
            version = *version,
            w = *w,
            nodes = nodes(targets)
        ),
        LlOutcome::WriteFailedAtOnce { version, up, w } => t!(
            LL_WRITE_FAILED_AT_ONCE,
            version = *version,
            up = *up,
            w = *w
        ),
        LlOutcome::ReadSent { r, targets } => t!(LL_READ_SENT, r = *r, nodes = nodes(targets)),
        LlOutcome::ReadFailedAtOnce { up, r } => t!(LL_READ_FAILED_AT_ONCE, up = *up, r = *r),
        LlOutcome::NodeRecovered { node, version, up } => t!(
            LL_NODE_RECOVERED,
            node = node + 1,
            version = *version,
            up = *up,
            total = NODES
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
    let mut parts = vec![t!(LL_NODE_FAILED, node = node + 1, up = *up, total = NODES)];
    for w in failed_writes {
        parts.push(t!(LL_WRITE_NOW_FAILS, version = w.version, w = w.needed));
    }
    for r in failed_reads {
        parts.push(t!(LL_READ_NOW_FAILS, r = r.needed));
    }
    if *up < quorum.w {
        parts.push(t!(LL_NEW_WRITES_FAIL, w = quorum.w));
    }
    if *up < quorum.r {
        parts.push(t!(LL_NEW_READS_FAIL, r = quorum.r));
    }
    sentences(&parts)
}

fn single_note(n: &SlNote) -> String {
    match n {
        SlNote::Appended {
            leader,
            value,
            index,
            replicas,
            waits,
        } => t!(
            SL_APPENDED,
            leader = leader + 1,
            value = value,
            index = *index,
            nodes = nodes(replicas),
            waits = yes_no(*waits)
        ),
        SlNote::Applied {
            node,
            value,
            index,
            after_ms,
        } => t!(
            SL_APPLIED,
            node = node + 1,
            value = value,
            index = *index,
            after = *after_ms
        ),
        SlNote::DeclaredDown { node, released } => {
            let released =
                (!released.is_empty()).then(|| t!(SL_RELEASED, values = and_list(released)));
            sentences(&[
                t!(SL_DECLARED_DOWN, node = node + 1),
                released.unwrap_or_default(),
            ])
        }
        SlNote::Confirmed { values } => t!(SL_CONFIRMED, values = values.join(", ")),
        SlNote::Acknowledged {
            value,
            latency_ms,
            sync,
        } => t!(
            SL_ACKNOWLEDGED,
            value = value,
            ms = *latency_ms,
            mode = mode_key(*sync)
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
    let (node, index) = (node + 1, *index);
    match *verdict {
        ReadVerdict::Fresh => t!(SL_READ_FRESH, node = node, value = value, index = index),
        ReadVerdict::Stale { behind } => t!(
            SL_READ_STALE,
            node = node,
            value = value,
            index = index,
            behind = behind
        ),
        // A read misses only a write of its own client's, so `own_write` is there.
        ReadVerdict::MissedOwnWrite { behind } => t!(
            SL_READ_MISSED,
            node = node,
            value = value,
            index = index,
            behind = behind,
            own = own_write.unwrap_or_default()
        ),
    }
}

fn labels(dots: &[Dot]) -> Vec<String> {
    dots.iter().map(|d| d.value()).collect()
}

fn conflict(c: &Conflict) -> String {
    let detected = t!(
        CONFLICT_DETECTED,
        node = c.node + 1,
        incoming = c.incoming.value(),
        others = labels(&c.concurrent_with).join(", ")
    );
    let resolved = match &c.resolution {
        Resolution::LastWriteWins { winner, discarded } => t!(
            CONFLICT_LWW,
            winner = winner.value(),
            discarded = labels(discarded).join(", ")
        ),
        Resolution::KeptSiblings { siblings } => {
            t!(CONFLICT_SIBLINGS, siblings = joined(&labels(siblings)))
        }
    };
    sentences(&[detected, resolved])
}

fn multi_note(n: &MlNote) -> String {
    match n {
        MlNote::Accepted {
            leader,
            dot,
            replaced,
            vv,
        } => t!(
            ML_ACCEPTED,
            leader = leader + 1,
            value = dot.value(),
            replaced = joined(replaced),
            a = vv[0],
            b = vv[1]
        ),
        MlNote::Ignored { node, dot } => t!(ML_IGNORED, node = node + 1, value = dot.value()),
        MlNote::Applied { node, dot } => t!(ML_APPLIED, node = node + 1, value = dot.value()),
        MlNote::ConflictDetected(c) => conflict(c),
        MlNote::Acknowledged {
            client,
            dot,
            latency_ms,
        } => t!(
            ML_ACKNOWLEDGED,
            client = client_name(*client),
            value = dot.value(),
            ms = *latency_ms
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
            t!(LL_REPAIRED, node = node + 1, version = *version)
        }
        LlNote::Acknowledged {
            node,
            version,
            acks,
            w,
        } => t!(
            LL_ACKNOWLEDGED,
            node = node + 1,
            version = *version,
            acks = *acks,
            w = *w
        ),
        LlNote::WriteSucceeded {
            version,
            writer,
            latency_ms,
            acks,
            w,
        } => t!(
            LL_WRITE_SUCCEEDED,
            name = written_name(*version, *writer),
            ms = *latency_ms,
            acks = *acks,
            w = *w
        ),
        LlNote::ReadReturned {
            consulted,
            version,
            values,
            discarded,
            missed,
            repaired,
        } => {
            let answer = if values.len() > 1 {
                t!(
                    LL_READ_SIBLINGS,
                    nodes = nodes(consulted),
                    values = and_list(values)
                )
            } else {
                let value = values.first().cloned();
                t!(
                    LL_READ_RETURNED,
                    nodes = nodes(consulted),
                    value = value.unwrap_or_else(|| format!("v{version}"))
                )
            };
            let dropped =
                (!discarded.is_empty()).then(|| t!(LL_READ_DROPPED, values = and_list(discarded)));
            let stale = missed.map(|latest| t!(LL_READ_MISSED, latest = latest));
            let repair = (!repaired.is_empty()).then(|| {
                t!(
                    LL_READ_REPAIR,
                    nodes = nodes(repaired),
                    count = repaired.len(),
                    values = and_list(values)
                )
            });
            sentences(&[
                answer,
                dropped.unwrap_or_default(),
                stale.unwrap_or_default(),
                repair.unwrap_or_default(),
            ])
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
    fn leaderless_policy_changes_are_narrated() {
        let mut s = sim(ReplicationConfig::default(), 3);
        assert_eq!(
            said(
                &mut s,
                ReplicationEvent::SetLeaderlessPolicy(ConflictPolicy::KeepSiblings)
            ),
            "Leaderless concurrent writes: version vectors. A replica sees that neither write has seen the other and keeps both as siblings; a read returns both for the client to merge."
        );
        assert_eq!(
            said(
                &mut s,
                ReplicationEvent::SetLeaderlessPolicy(ConflictPolicy::LastWriteWins)
            ),
            "Leaderless concurrent writes: last write wins. A replica (and a read) keeps the write with the later coordinator timestamp and silently drops the other, even though it was acknowledged."
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
