//! Every sentence the quorum calculator says: its narration of each outcome, the readouts'
//! words, the screen summary and the help.

use dsim_core::quorum::{
    Limit, LimitBlocked, LimitOutcome, OpKind, Operation, QuorumConfig, QuorumOutcome, QuorumSim,
    StaleReadBlocked,
};
use dsim_ui::format::{numbered, plural_s, Toggle};

/// The badge on a replica that is down.
pub const DOWN: &str = "DOWN";

/// A replica's name on the canvas: "Node 3" for index 2.
pub fn node_name(i: usize) -> String {
    format!("Node {}", i + 1)
}

/// "Node 1", "Nodes 1 and 3", "Nodes 1, 2 and 5" for 0-based indices; "no node" for none.
pub fn node_list(nodes: &[usize]) -> String {
    numbered(["Node", "Nodes"], "no node", nodes)
}

/// One sentence on a configuration's guarantees.
pub fn summary(c: QuorumConfig) -> String {
    let verdict = if c.consistent() {
        let k = c.guaranteed_overlap();
        format!(
            "every read overlaps the latest completed write in at least {k} replica{}",
            plural_s(k)
        )
    } else {
        "a read can miss every replica the write reached, so reads may be stale".to_string()
    };
    format!(
        "N = {}, W = {}, R = {}: W + R = {} {} N; {verdict}.",
        c.n,
        c.w,
        c.r,
        c.sum(),
        if c.consistent() { ">" } else { "≤" }
    )
}

/// The opening sentence for a fresh cluster.
pub fn start(c: QuorumConfig) -> String {
    format!("{} replicas, all holding v1. {}", c.n, summary(c))
}

/// Why "Simulate Stale Read" cannot run now.
pub fn stale_read_blocked(why: StaleReadBlocked) -> String {
    match why {
        StaleReadBlocked::Overlapping { sum, n } => format!(
            "A stale read is impossible: W + R = {sum} > N = {n}, so every read overlaps the last write."
        ),
        StaleReadBlocked::TooFewUp { sum, up } => {
            format!("A stale read needs W + R = {sum} replicas up; only {up} are up.")
        }
    }
}

/// The narration of an event's outcome; `config` is the configuration after it.
pub fn outcome(o: &QuorumOutcome, config: QuorumConfig) -> String {
    match o {
        QuorumOutcome::Resized {
            config: c,
            followed_down,
        } => {
            let mut s = format!(
                "N = {}: a fresh cluster of {} replicas, all holding v1.",
                c.n, c.n
            );
            if *followed_down {
                s.push_str(&format!(
                    " W and R follow N down: W = {}, R = {}.",
                    c.w, c.r
                ));
            }
            s
        }
        QuorumOutcome::Configured(c) => summary(*c),
        QuorumOutcome::PresetApplied(p) => format!("Preset {}. {}", p.label(), summary(config)),
        QuorumOutcome::Written { .. } | QuorumOutcome::Read { .. } => operation(o, config),
        QuorumOutcome::Unavailable { kind, needed, up } => {
            let op = match kind {
                OpKind::Write => "Write",
                OpKind::Read => "Read",
            };
            format!("{op} fails: only {up} of the needed {needed} replicas are up.")
        }
        QuorumOutcome::StaleRead { write, read } => {
            format!("{} {}", outcome(write, config), outcome(read, config))
        }
        QuorumOutcome::StaleReadBlocked(why) => stale_read_blocked(*why),
        QuorumOutcome::Limit(o) => limit(o, config),
        QuorumOutcome::LimitBlocked(_, why) => limit_blocked(*why),
        QuorumOutcome::NodeToggled {
            node,
            up,
            up_count,
            config: c,
        } => toggled(*node, *up, *up_count, *c),
        QuorumOutcome::NoSuchNode(i) => format!("There is no Node {}.", i.saturating_add(1)),
        QuorumOutcome::Reset { .. } => format!("Reset. {}", start(config)),
    }
}

fn operation(o: &QuorumOutcome, config: QuorumConfig) -> String {
    match o {
        QuorumOutcome::Written {
            version,
            acked,
            missed,
        } => {
            let mut s = format!(
                "Write v{version} acknowledged by W = {}: {}.",
                config.w,
                node_list(acked)
            );
            if !missed.is_empty() {
                s.push_str(&format!(
                    " {} did not get it before the write returned.",
                    node_list(missed)
                ));
            }
            s
        }
        QuorumOutcome::Read {
            consulted,
            overlap,
            returned,
            latest,
            any_write,
        } => {
            let mut s = format!("Read consulted R = {}: {}.", config.r, node_list(consulted));
            s.push_str(&if !any_write {
                format!(" No write yet, so it returns v{returned}.")
            } else if returned == latest && !overlap.is_empty() {
                format!(" {} also acknowledged the last write, so the read returns v{latest}, the latest.", node_list(overlap))
            } else if returned > latest {
                format!(" It returns v{returned}, newer than the latest acknowledged v{latest}: a write that has not completed, or that failed.")
            } else if returned == latest {
                format!(" It returns v{latest}, the latest, by luck: an earlier write had reached it.")
            } else {
                format!(" None of them got the last write: the read returns v{returned} although v{latest} was acknowledged (stale read).")
            });
            s
        }
        _ => String::new(),
    }
}

fn toggled(node: usize, up: bool, up_count: usize, c: QuorumConfig) -> String {
    let state = if up { "back up" } else { "down" };
    let mut s = format!(
        "Node {} is {state}; {up_count} of {} replicas are up.",
        node + 1,
        c.n
    );
    if up_count < c.w {
        s.push_str(&format!(
            " Writes now fail: they need {} acknowledgements.",
            c.w
        ));
    }
    if up_count < c.r {
        s.push_str(&format!(" Reads now fail: they need {} replicas.", c.r));
    }
    s
}

/// The current state in a sentence or two, for the screen summary.
pub fn state_summary(sim: &QuorumSim) -> String {
    let c = sim.config();
    format!(
        "{} {} of {} replicas up; the latest acknowledged version is v{}.",
        summary(c),
        sim.up_count(),
        c.n,
        sim.latest()
    )
}

/// The canvas's text alternative.
pub fn canvas_label(sim: &QuorumSim) -> String {
    format!(
        "{} replicas in a row under a client box. {} up. Latest acknowledged version v{}.",
        sim.config().n,
        sim.up_count(),
        sim.latest()
    )
}

/// A replica's button over the canvas: its state and what pressing it does.
pub fn node_button(i: usize, up: bool, version: u32) -> String {
    format!(
        "Node {}: {}, holds v{version}. Press to {}.",
        i + 1,
        if up { "up" } else { "down" },
        if up {
            "take it down"
        } else {
            "bring it back up"
        }
    )
}

/// The client box's caption: what the last operation returned (`returned`: the read's version
/// and the latest, once its answers are in; `written`: the write's acknowledgements are in).
pub fn client_label(
    last: Option<&Operation>,
    returned: Option<(u32, u32)>,
    written: bool,
) -> String {
    match (last, returned) {
        (_, Some((ret, latest))) if ret < latest => format!("Client: read v{ret} (stale!)"),
        (_, Some((ret, _))) => format!("Client: read v{ret}"),
        (Some(Operation::Write { version, .. }), _) if written => {
            format!("Client: wrote v{version}")
        }
        (
            Some(Operation::Unavailable {
                kind: OpKind::Write,
                ..
            }),
            _,
        ) => "Client: write failed".to_string(),
        (
            Some(Operation::Unavailable {
                kind: OpKind::Read, ..
            }),
            _,
        ) => "Client: read failed".to_string(),
        _ => "Client".to_string(),
    }
}

/// "can lose 2 nodes".
pub fn can_lose(k: usize) -> String {
    format!("can lose {k} node{}", plural_s(k))
}

/// The verdict under the formula, before its YES or NO (the chapter's words).
pub const VERDICT: &str = "Consistency guaranteed: ";

/// The verdict's qualifier: what W + R > N does and does not promise.
pub const VERDICT_WHY: Toggle = Toggle::new(
    "(every read overlaps the latest completed write)",
    "(a read can miss the latest completed write)",
);

/// The label over the buttons of the cases W + R > N does not cover.
pub const LIMITS_LABEL: &str = "Not covered by W + R > N:";

/// A case's button label.
pub fn limit_label(l: Limit) -> &'static str {
    match l {
        Limit::ReadDuringWrite => "Read during a write",
        Limit::FailedWrite => "Failed write",
        Limit::SloppyQuorum => "Sloppy quorum",
        Limit::LastWriteWins => "Concurrent writes (LWW)",
    }
}

/// Why a case cannot run now.
pub fn limit_blocked(why: LimitBlocked) -> String {
    match why {
        LimitBlocked::ReplicaDown => "This case runs on a healthy cluster: bring every node back up first.",
        LimitBlocked::NeedsTwoAcks => "This case needs W of at least 2: a write that has reached one replica must still be short of its quorum.",
        LimitBlocked::ReadsEveryReplica => "This case needs R below N: with R = N every read asks the replica that already has the new value.",
    }
    .to_string()
}

fn limit(o: &LimitOutcome, c: QuorumConfig) -> String {
    match o {
        LimitOutcome::ReadDuringWrite { version, reached, first, second, acked } => format!(
            "A write of v{version} is in flight: so far only {} has it, fewer than W = {}. A read of {} returns v{} (the new value); a second read, started after the first returned, asks {} and gets v{} (the old value). Then {} acknowledge v{version}. W + R > N only covers reads that start after a write completes: quorums alone are not linearizable.",
            node_name(*reached), c.w, node_list(&first.0), first.1, node_list(&second.0), second.1, node_list(acked)
        ),
        LimitOutcome::FailedWrite { version, reached, seen, missed, latest } => {
            let mut s = format!(
                "A write of v{version} reached {} and then failed before W = {} acknowledged it. The client is told it failed, but nothing rolls it back: a read of {} returns v{}, the failed write.",
                node_list(reached), c.w, node_list(&seen.0), seen.1
            );
            if let Some((set, v)) = missed {
                s.push_str(&format!(" A read of {} returns v{v}.", node_list(set)));
            }
            s.push_str(&format!(" The latest acknowledged version is still v{latest}."));
            s
        }
        LimitOutcome::SloppyQuorum { version, home_acked, hinted_for, stale, after } => format!(
            "A partition cuts the writer off from some of the key's home replicas. With a sloppy quorum the write of v{version} is acknowledged by W = {}: {} and {} stand-in node{} holding hints for {}. A client on the other side reads R = {} home replicas, {}, and gets v{} (stale although W + R > N). The partition heals and hinted handoff delivers v{version} to {}. {}",
            c.w,
            if home_acked.is_empty() { "no home replica".to_string() } else { node_list(home_acked) },
            hinted_for.len(), plural_s(hinted_for.len()), node_list(hinted_for),
            c.r, node_list(&stale.0), stale.1, node_list(hinted_for), outcome(after, c)
        ),
        LimitOutcome::LastWriteWins { lost, kept, after } => format!(
            "Two clients write at the same moment: v{} is acknowledged by {}, v{} by {}. Last-write-wins keeps the later timestamp, so v{} is discarded wherever v{} arrives and no quorum read will return it: an acknowledged write is silently lost. Version vectors would keep both as siblings for the reader to merge. {}",
            lost.0, node_list(&lost.1), kept.0, node_list(&kept.1), lost.0, kept.0, outcome(after, c)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsim_core::quorum::{QuorumEvent, QuorumSim};

    #[test]
    fn node_lists_read_naturally() {
        assert_eq!(node_list(&[0]), "Node 1");
        assert_eq!(node_list(&[0, 2]), "Nodes 1 and 3");
        assert_eq!(node_list(&[0, 1, 4]), "Nodes 1, 2 and 5");
        assert_eq!(node_list(&[]), "no node");
    }

    #[test]
    fn a_failed_write_says_how_many_replicas_are_up() {
        let mut sim = QuorumSim::new(QuorumConfig::new(3, 3, 1), 7);
        sim.apply(QuorumEvent::ToggleNode(0));
        let o = sim.apply(QuorumEvent::Write);
        assert_eq!(
            outcome(&o, sim.config()),
            "Write fails: only 2 of the needed 3 replicas are up."
        );
        let o = sim.apply(QuorumEvent::Read);
        assert!(outcome(&o, sim.config()).starts_with("Read consulted R = 1: Node "));
    }

    #[test]
    fn a_stale_read_is_named_as_one() {
        let mut sim = QuorumSim::new(QuorumConfig::new(5, 2, 2), 7);
        let text = outcome(&sim.apply(QuorumEvent::StaleRead), sim.config());
        assert!(
            text.starts_with("Write v2 acknowledged by W = 2: Nodes "),
            "{text}"
        );
        assert!(
            text.ends_with("the read returns v1 although v2 was acknowledged (stale read)."),
            "{text}"
        );
    }

    #[test]
    fn refusals_say_why() {
        let mut sim = QuorumSim::new(QuorumConfig::new(5, 3, 3), 7);
        let text = outcome(&sim.apply(QuorumEvent::StaleRead), sim.config());
        assert_eq!(
            text,
            "A stale read is impossible: W + R = 6 > N = 5, so every read overlaps the last write."
        );
        let o = sim.apply(QuorumEvent::ToggleNode(9));
        assert_eq!(outcome(&o, sim.config()), "There is no Node 10.");
    }

    #[test]
    fn summaries_state_the_guarantee() {
        assert_eq!(
            summary(QuorumConfig::new(3, 2, 2)),
            "N = 3, W = 2, R = 2: W + R = 4 > N; every read overlaps the latest completed write in at least 1 replica."
        );
        assert_eq!(
            summary(QuorumConfig::new(5, 2, 2)),
            "N = 5, W = 2, R = 2: W + R = 4 ≤ N; a read can miss every replica the write reached, so reads may be stale."
        );
    }

    #[test]
    fn taking_nodes_down_warns_when_quorums_fail() {
        let mut sim = QuorumSim::new(QuorumConfig::new(3, 3, 3), 1);
        let text = outcome(&sim.apply(QuorumEvent::ToggleNode(1)), sim.config());
        assert_eq!(
            text,
            "Node 2 is down; 2 of 3 replicas are up. Writes now fail: they need 3 acknowledgements. Reads now fail: they need 3 replicas."
        );
    }

    #[test]
    fn each_case_is_narrated_and_refusals_say_why() {
        use dsim_core::quorum::Limit;
        /// Plays one limit case on `sim` and narrates it.
        fn case(sim: &mut QuorumSim, limit: Limit) -> String {
            let o = sim.apply(QuorumEvent::Limit(limit));
            outcome(&o, sim.config())
        }
        let mut sim = QuorumSim::new(QuorumConfig::new(5, 3, 3), 7);
        let text = case(&mut sim, Limit::ReadDuringWrite);
        assert!(text.contains("returns v2 (the new value)"), "{text}");
        assert!(text.contains("gets v1 (the old value)"), "{text}");
        let text = case(&mut sim, Limit::LastWriteWins);
        assert!(
            text.contains("v3 is discarded wherever v4 arrives"),
            "{text}"
        );
        assert!(
            text.ends_with("so the read returns v4, the latest."),
            "{text}"
        );
        let mut sim = QuorumSim::new(QuorumConfig::new(3, 1, 3), 7);
        let text = case(&mut sim, Limit::FailedWrite);
        assert!(
            text.starts_with("This case needs W of at least 2"),
            "{text}"
        );
    }
}
