//! Every word the sim shows: names of topologies, policies and scorecard ratings, the
//! narration of each outcome and note ([`narration`]), the panels' status lines, captions and
//! accessible labels ([`status`]), and the page's own sentences (start, pause, help). Pure
//! functions of the model's typed outcomes and state, tested natively.

pub mod narration;
pub mod status;

use dsim_core::replication::{
    Cargo, ConflictPolicy, Criterion, MessageKind, NodeVersion, Rating, ReplicationSim, Topology,
};
use dsim_ui::i18n::dec;

use crate::msg::{self, t};

pub use status::{Line, Tone};

/// A panel's title.
pub fn topology_name(t: Topology) -> String {
    t!((match t {
        Topology::SingleLeader => msg::TOPOLOGY_SINGLE_LEADER,
        Topology::MultiLeader => msg::TOPOLOGY_MULTI_LEADER,
        Topology::Leaderless => msg::TOPOLOGY_LEADERLESS,
    }))
}

/// One sentence on how a topology works, for the selector's narration.
pub fn describe(topology: Topology) -> String {
    t!((match topology {
        Topology::SingleLeader => msg::DESCRIBE_SINGLE_LEADER,
        Topology::MultiLeader => msg::DESCRIBE_MULTI_LEADER,
        Topology::Leaderless => msg::DESCRIBE_LEADERLESS,
    }))
}

/// A conflict policy's name, as on the selector.
pub fn policy_name(p: ConflictPolicy) -> String {
    t!((match p {
        ConflictPolicy::LastWriteWins => msg::POLICY_LWW,
        ConflictPolicy::KeepSiblings => msg::POLICY_SIBLINGS,
    }))
}

/// A conflict policy as a selector's key in the catalogue: `lww` or `siblings`.
pub fn policy_key(p: ConflictPolicy) -> &'static str {
    match p {
        ConflictPolicy::LastWriteWins => "lww",
        ConflictPolicy::KeepSiblings => "siblings",
    }
}

/// Replication's mode as a selector's key in the catalogue: `sync` or `async`.
pub fn mode_key(sync: bool) -> &'static str {
    if sync {
        "sync"
    } else {
        "async"
    }
}

/// The title of the scorecard's first row, whose value is measured.
pub fn write_latency() -> String {
    t!(WRITE_LATENCY)
}

/// The write latency the panel's client last saw, for the scorecard: measured, not rated.
pub fn measured_latency(sim: &ReplicationSim, t: Topology) -> String {
    match sim.last_write_latency_ms(t) {
        Some(ms) => t!(LATENCY_MEASURED, ms = ms),
        None => t!(LATENCY_NOT_MEASURED),
    }
}

/// A Leaderless conflict resolution's name, as on its selector.
pub fn leaderless_policy_name(p: ConflictPolicy) -> String {
    t!((match p {
        ConflictPolicy::LastWriteWins => msg::LEADERLESS_POLICY_LWW,
        ConflictPolicy::KeepSiblings => msg::LEADERLESS_POLICY_SIBLINGS,
    }))
}

/// A scorecard row's title.
pub fn criterion_name(c: Criterion) -> String {
    t!((match c {
        Criterion::ReadScalability => msg::CRITERION_READ_SCALABILITY,
        Criterion::ConflictHandling => msg::CRITERION_CONFLICT_HANDLING,
        Criterion::GeographicDistribution => msg::CRITERION_GEOGRAPHIC_DISTRIBUTION,
    }))
}

/// A scorecard rating in words: the chapter's, corrected where it was wrong.
pub fn rating_name(r: Rating) -> String {
    t!((match r {
        Rating::Medium => msg::RATING_MEDIUM,
        Rating::High => msg::RATING_HIGH,
        Rating::NoneNeeded => msg::RATING_NONE_NEEDED,
        Rating::Required => msg::RATING_REQUIRED,
        Rating::RequiredLwwOrVersionVectors => msg::RATING_REQUIRED_LWW_OR_VV,
        Rating::Limited => msg::RATING_LIMITED,
        Rating::Excellent => msg::RATING_EXCELLENT,
    }))
}

/// Nodes by their on-screen numbers: `Node 2`, `Nodes 1, 2 and 5`, or `no node`.
pub fn nodes(list: &[usize]) -> String {
    t!(
        NODES,
        count = list.len(),
        list = dsim_ui::format::numbers(list)
    )
}

/// Values joined one by one with the language's "and": `A1 and B1` (siblings, replaced values).
pub fn joined<S: AsRef<str>>(items: &[S]) -> String {
    join_with(items, msg::JOIN_AND)
}

/// The writes of one conflict: `A1 vs B1`.
pub fn versus<S: AsRef<str>>(items: &[S]) -> String {
    join_with(items, msg::JOIN_VERSUS)
}

/// Items joined pairwise by message `id` (which reads `$first` and `$next`).
fn join_with<S: AsRef<str>>(items: &[S], id: &'static str) -> String {
    let mut rest = items.iter();
    let Some(first) = rest.next() else {
        return String::new();
    };
    rest.fold(first.as_ref().to_string(), |acc, next| {
        t!((id), first = acc, next = next.as_ref())
    })
}

/// A node's version as drawn under it: log index `#3`, version vector `[1, 2]` or `v4`.
pub fn version(v: NodeVersion) -> String {
    match v {
        NodeVersion::LogIndex(i) => format!("#{i}"),
        NodeVersion::Vector(vv) => format!("[{}, {}]", vv[0], vv[1]),
        NodeVersion::Quorum(n) => format!("v{n}"),
    }
}

/// What a message carries, as its pulse's caption names it: `v3`, `#2–#4`, `A1`.
pub fn cargo(c: &Cargo) -> String {
    match c {
        Cargo::Nothing => String::new(),
        Cargo::Value(v) => v.clone(),
        Cargo::Entries { first, last } if first == last => format!("#{first}"),
        Cargo::Entries { first, last } => format!("#{first}–#{last}"),
        Cargo::AppliedIndex(i) => format!("#{i}"),
        Cargo::Write(dot) => dot.value(),
        Cargo::Version(v) => format!("v{v}"),
    }
}

/// The caption on a message's pulse: what it carries, or what it is.
pub fn pulse_caption(kind: MessageKind, carried: &Cargo) -> String {
    match kind {
        MessageKind::ReplicaAck | MessageKind::WriteAck => t!(CAPTION_ACK),
        MessageKind::Read => t!(CAPTION_READ),
        MessageKind::ReadRepair => t!(CAPTION_REPAIR, cargo = cargo(carried)),
        _ => cargo(carried),
    }
}

/// The narration on a fresh page.
pub fn start_text(sim: &ReplicationSim) -> String {
    let t = sim.selected();
    t!(START, name = topology_name(t), describe = describe(t))
}

/// The current state in a sentence or two, for the screen summary; `read_queued` says a
/// Single-Leader read waits for a write's acknowledgement.
pub fn state_summary(sim: &ReplicationSim, read_queued: bool) -> String {
    let config = sim.config();
    let selected = sim.selected();
    let mut text = t!(
        STATE_SUMMARY,
        name = topology_name(selected),
        lag = dec(config.lag_ms as f64 / 1000.0, 1),
        mode = mode_key(config.sync),
        raw = if config.read_after_write { "on" } else { "off" },
        policy = policy_key(config.conflict_policy),
        w = config.quorum.w,
        r = config.quorum.r,
    );
    if let Some(first) = status::status(sim, selected, read_queued).first() {
        text.push(' ');
        text.push_str(&first.text);
    }
    text
}

/// The narration when a read waits for the acknowledgement of the write `value`.
pub fn read_queued(value: &str) -> String {
    t!(READ_QUEUED, value = value)
}

/// The narration when the student pauses the clock.
pub fn paused() -> String {
    t!(PAUSED)
}
/// The narration when the student resumes the clock.
pub fn resumed() -> String {
    t!(RESUMED)
}
/// The narration for Step when nothing is in flight.
pub fn nothing_in_flight() -> String {
    t!(NOTHING_IN_FLIGHT)
}
/// Said of a step that delivered a message nobody narrates.
pub fn message_arrived() -> String {
    t!(MESSAGE_ARRIVED)
}
/// Why Step is disabled.
pub fn step_disabled() -> String {
    t!(STEP_DISABLED)
}
/// Why "Fail leader now" is disabled.
pub fn no_replica_to_promote() -> String {
    t!(NO_REPLICA_TO_PROMOTE)
}

/// The narration after Step delivered a message: the model time and what happened.
pub fn stepped(now_ms: u64, what: &str) -> String {
    let at = t!(STEPPED, seconds = dec(now_ms as f64 / 1000.0, 2));
    format!("{at} {what}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsim_core::replication::{Dot, ReplicationConfig};

    #[test]
    fn scorecards_read_as_corrected_and_latency_is_measured() {
        let ratings = |t: Topology| {
            t.scorecard()
                .rows()
                .iter()
                .map(|&(c, r)| (criterion_name(c), rating_name(r)))
                .collect::<Vec<_>>()
        };
        let expected: Vec<(String, String)> = [
            ("Read scalability", "Medium"),
            (
                "Conflict handling",
                "None needed; async failover can lose acknowledged writes",
            ),
            ("Geographic distribution", "Limited"),
        ]
        .map(|(c, r)| (c.to_string(), r.to_string()))
        .to_vec();
        assert_eq!(ratings(Topology::SingleLeader), expected);

        assert_eq!(
            ratings(Topology::Leaderless)[1].1,
            "Required (last-write-wins or version vectors)"
        );
        let mut sim = ReplicationSim::new(ReplicationConfig::default(), 42);
        assert_eq!(
            measured_latency(&sim, Topology::MultiLeader),
            "not measured yet"
        );
        sim.apply(dsim_core::replication::ReplicationEvent::SimulateWrite(
            Topology::MultiLeader,
        ));
        sim.settle();
        let ms = sim
            .last_write_latency_ms(Topology::MultiLeader)
            .unwrap_or(0);
        assert!(ms > 0);
        assert_eq!(
            measured_latency(&sim, Topology::MultiLeader),
            format!("{ms} ms (measured)")
        );
    }

    #[test]
    fn node_lists_versions_and_cargo_read_naturally() {
        assert_eq!(nodes(&[]), "no node");
        assert_eq!(nodes(&[0]), "Node 1");
        assert_eq!(nodes(&[0, 2]), "Nodes 1 and 3");
        assert_eq!(nodes(&[0, 1, 4]), "Nodes 1, 2 and 5");
        assert_eq!(version(NodeVersion::LogIndex(3)), "#3");
        assert_eq!(version(NodeVersion::Vector([1, 2])), "[1, 2]");
        assert_eq!(version(NodeVersion::Quorum(4)), "v4");
        let entries = Cargo::Entries { first: 2, last: 4 };
        assert_eq!(pulse_caption(MessageKind::Replicate, &entries), "#2–#4");
        let one = Cargo::Entries { first: 2, last: 2 };
        assert_eq!(pulse_caption(MessageKind::Replicate, &one), "#2");
        let dot = Cargo::Write(Dot {
            slot: 1,
            counter: 2,
        });
        assert_eq!(pulse_caption(MessageKind::Write, &dot), "B2");
        let v = Cargo::Version(3);
        assert_eq!(pulse_caption(MessageKind::ReadRepair, &v), "repair v3");
        assert_eq!(pulse_caption(MessageKind::WriteAck, &v), "ack");
    }

    #[test]
    fn the_page_opens_and_summarises_in_words() {
        let sim = ReplicationSim::new(ReplicationConfig::default(), 42);
        assert_eq!(
            start_text(&sim),
            "Single-Leader is highlighted: Every write goes to the leader, Node 1, which streams its log to replicas 2 to 5; they apply it in the same order, a little late. Press Simulate Write."
        );
        assert_eq!(
            state_summary(&sim, false),
            "Single-Leader is highlighted. Single-Leader: lag 1.0 s, asynchronous replication, read-after-write off; Multi-Leader: last write wins; Leaderless: W = 3, R = 3 of 5. Write latency: no write acknowledged yet (async)"
        );
        assert_eq!(
            stepped(1234, "A message arrived."),
            "Paused at 1.23 s. A message arrived."
        );
    }

    #[test]
    fn german_sentences_choose_plurals_and_write_decimal_commas() {
        use dsim_core::replication::{Outcome, Rejection, SlOutcome};
        crate::msg::speak("de");
        let sim = ReplicationSim::new(ReplicationConfig::default(), 42);
        assert_eq!(
            state_summary(&sim, false),
            "Single-Leader ist hervorgehoben. Single-Leader: Verzögerung 1,0 s, asynchrone Replikation, Read-after-Write aus; Multi-Leader: Last-Write-Wins; Leaderless: W = 3, R = 3 von 5. Schreiblatenz: noch kein Schreibvorgang bestätigt (asynchron)"
        );
        assert_eq!(
            stepped(1234, &message_arrived()),
            "Angehalten bei 1,23 s. Eine Nachricht ist angekommen."
        );
        let crashed = |held: usize| {
            narration::outcome(&Outcome::Single(SlOutcome::ReplicaFailed {
                node: 1,
                held_back_writes: held,
                detect_at_ms: Some(4_500),
            }))
        };
        assert_eq!(
            crashed(1),
            "Replikat Knoten 2 stürzt ab. Der Leader kann einen Absturz nicht sehen: Er hört nichts und wartet weiter, bis sein Ausfalldetektor nach 3,0 s abläuft (bei 4,50 s). Bis dahin bleibt 1 Schreibvorgang unbestätigt."
        );
        assert!(crashed(2).ends_with(" Bis dahin bleiben 2 Schreibvorgänge unbestätigt."));
        let busy = |in_flight| narration::rejection(&Rejection::ReplicationInFlight { in_flight });
        assert!(busy(1).contains("(1 Nachricht unterwegs)"), "{}", busy(1));
        assert!(busy(3).contains("(3 Nachrichten unterwegs)"), "{}", busy(3));
        assert_eq!(nodes(&[]), "keinen Knoten");
        assert_eq!(nodes(&[1]), "Knoten 2");
        assert_eq!(
            status::node_label(&sim, Topology::SingleLeader, 0),
            "Single-Leader Knoten 1 (Leader): aktiv, hält v0 bei Log-Index 0. Drücken, um ihn ausfallen zu lassen (Failover)."
        );
        assert_eq!(
            rating_name(Rating::NoneNeeded),
            "Nicht nötig; asynchrones Failover kann Daten verlieren"
        );
    }
}
