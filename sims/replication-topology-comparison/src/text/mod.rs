//! Every word the sim shows: names of topologies, policies and scorecard ratings, the
//! narration of each outcome and note ([`narration`]), the panels' status lines, captions and
//! accessible labels ([`status`]), and the page's own sentences (start, pause, help). Pure
//! functions of the model's typed outcomes and state, tested natively.

pub mod narration;
pub mod status;

use dsim_core::replication::{
    Cargo, ConflictPolicy, Criterion, MessageKind, NodeVersion, Rating, ReplicationSim, Topology,
};
use dsim_ui::format::numbered;

pub use status::{Line, Tone};

/// A panel's title.
pub fn topology_name(t: Topology) -> &'static str {
    match t {
        Topology::SingleLeader => "Single-Leader",
        Topology::MultiLeader => "Multi-Leader",
        Topology::Leaderless => "Leaderless",
    }
}

/// One sentence on how a topology works, for the selector's narration.
pub fn describe(topology: Topology) -> &'static str {
    match topology {
        Topology::SingleLeader => {
            "Every write goes to the leader, Node 1, which streams its log to replicas 2 to 5; they apply it in the same order, a little late."
        }
        Topology::MultiLeader => {
            "Nodes 1 and 3 both accept writes and replicate to each other and to the other nodes; concurrent writes conflict."
        }
        Topology::Leaderless => {
            "Any replica accepts writes: the client writes to W of the 5 and reads from R, and W + R > N keeps reads fresh."
        }
    }
}

/// A conflict policy's name, as on the selector.
pub fn policy_name(p: ConflictPolicy) -> &'static str {
    match p {
        ConflictPolicy::LastWriteWins => "Last write wins",
        ConflictPolicy::KeepSiblings => "Keep siblings",
    }
}

/// The title of the scorecard's first row, whose value is measured.
pub const WRITE_LATENCY: &str = "Write latency";

/// The write latency the panel's client last saw, for the scorecard: measured, not rated.
pub fn measured_latency(sim: &ReplicationSim, t: Topology) -> String {
    match sim.last_write_latency_ms(t) {
        Some(ms) => format!("{ms} ms (measured)"),
        None => "not measured yet".to_string(),
    }
}

/// A Leaderless conflict resolution's name, as on its selector.
pub fn leaderless_policy_name(p: ConflictPolicy) -> &'static str {
    match p {
        ConflictPolicy::LastWriteWins => "Last write wins",
        ConflictPolicy::KeepSiblings => "Version vectors (siblings)",
    }
}

/// A scorecard row's title.
pub fn criterion_name(c: Criterion) -> &'static str {
    match c {
        Criterion::ReadScalability => "Read scalability",
        Criterion::ConflictHandling => "Conflict handling",
        Criterion::GeographicDistribution => "Geographic distribution",
    }
}

/// A scorecard rating in words: the chapter's, corrected where it was wrong.
pub fn rating_name(r: Rating) -> &'static str {
    match r {
        Rating::Medium => "Medium",
        Rating::High => "High",
        Rating::NoneNeeded => "None needed; async failover can lose acknowledged writes",
        Rating::Required => "Required",
        Rating::RequiredLwwOrVersionVectors => "Required (last-write-wins or version vectors)",
        Rating::Limited => "Limited",
        Rating::Excellent => "Excellent",
    }
}

/// Nodes by their on-screen numbers: `Node 2`, `Nodes 1, 2 and 5`, or `no node`.
pub fn nodes(list: &[usize]) -> String {
    numbered(["Node", "Nodes"], "no node", list)
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
        MessageKind::ReplicaAck | MessageKind::WriteAck => "ack".to_string(),
        MessageKind::Read => "read".to_string(),
        MessageKind::ReadRepair => format!("repair {}", cargo(carried)),
        _ => cargo(carried),
    }
}

/// The narration on a fresh page.
pub fn start_text(sim: &ReplicationSim) -> String {
    let t = sim.selected();
    format!(
        "{} is highlighted: {} Press Simulate Write.",
        topology_name(t),
        describe(t)
    )
}

/// The current state in a sentence or two, for the screen summary; `read_queued` says a
/// Single-Leader read waits for a write's acknowledgement.
pub fn state_summary(sim: &ReplicationSim, read_queued: bool) -> String {
    let config = sim.config();
    let selected = sim.selected();
    let mut text = format!(
        "{} is highlighted. Single-Leader: lag {:.1} s, {} replication, read-after-write {}; Multi-Leader: {}; Leaderless: W = {}, R = {} of 5.",
        topology_name(selected),
        config.lag_ms as f64 / 1000.0,
        if config.sync { "synchronous" } else { "asynchronous" },
        if config.read_after_write { "on" } else { "off" },
        policy_name(config.conflict_policy).to_ascii_lowercase(),
        config.quorum.w,
        config.quorum.r
    );
    if let Some(first) = status::status(sim, selected, read_queued).first() {
        text.push(' ');
        text.push_str(&first.text);
    }
    text
}

/// The narration when a read waits for the acknowledgement of the write `value`.
pub fn read_queued(value: &str) -> String {
    format!(
        "The read goes out the moment the client gets the acknowledgement for {value}, as an app reads right after its write returns."
    )
}

/// The narration when the student pauses the clock.
pub const PAUSED: &str =
    "Paused: messages wait where they are. Press Space to resume or → to deliver the next one.";
/// The narration when the student resumes the clock.
pub const RESUMED: &str = "Resumed.";
/// The narration for Step when nothing is in flight.
pub const NOTHING_IN_FLIGHT: &str =
    "Paused. Nothing is in flight: press Simulate Write, or Space to resume.";
/// Said of a step that delivered a message nobody narrates.
pub const MESSAGE_ARRIVED: &str = "A message arrived.";
/// Why Step is disabled.
pub const STEP_DISABLED: &str = "Nothing is in flight: press Simulate Write first.";
/// Why "Fail leader now" is disabled.
pub const NO_REPLICA_TO_PROMOTE: &str = "No replica is up to take over; bring one back first.";

/// The narration after Step delivered a message: the model time and what happened.
pub fn stepped(now_ms: u64, what: &str) -> String {
    format!("Paused at {:.2} s. {what}", now_ms as f64 / 1000.0)
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
        assert_eq!(
            ratings(Topology::SingleLeader),
            [
                ("Read scalability", "Medium"),
                (
                    "Conflict handling",
                    "None needed; async failover can lose acknowledged writes"
                ),
                ("Geographic distribution", "Limited"),
            ]
        );
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
}
