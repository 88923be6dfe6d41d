//! Every sentence the quorum calculator says: its narration of each outcome, the readouts'
//! words, the screen summary and the help, each from the message catalogue.

use dsim_core::quorum::{
    Limit, LimitBlocked, LimitOutcome, OpKind, Operation, QuorumConfig, QuorumOutcome, QuorumSim,
    StaleReadBlocked,
};
use dsim_ui::format::{numbers, Toggle};
use dsim_ui::i18n::yes_no;

use crate::msg::{self, t};

/// The badge on a replica that is down.
pub fn down() -> String {
    t!(BADGE_DOWN)
}

/// A replica's name on the canvas: "Node 3" for index 2.
pub fn node_name(i: usize) -> String {
    t!(NODE_NAME, n = i + 1)
}

/// "Node 1", "Nodes 1 and 3", "Nodes 1, 2 and 5" for 0-based indices; "no node" for none.
pub fn node_list(nodes: &[usize]) -> String {
    t!(NODE_LIST, count = nodes.len(), list = numbers(nodes))
}

/// One sentence on a configuration's guarantees.
pub fn summary(c: QuorumConfig) -> String {
    t!(
        SUMMARY,
        n = c.n,
        w = c.w,
        r = c.r,
        sum = c.sum(),
        consistent = yes_no(c.consistent()),
        overlap = c.guaranteed_overlap()
    )
}

/// The opening sentence for a fresh cluster.
pub fn start(c: QuorumConfig) -> String {
    format!("{} {}", t!(START, n = c.n), summary(c))
}

/// Why "Simulate Stale Read" cannot run now.
pub fn stale_read_blocked(why: StaleReadBlocked) -> String {
    match why {
        StaleReadBlocked::Overlapping { sum, n } => t!(STALE_IMPOSSIBLE, sum = sum, n = n),
        StaleReadBlocked::TooFewUp { sum, up } => t!(STALE_TOO_FEW, sum = sum, up = up),
    }
}

/// The narration of an event's outcome; `config` is the configuration after it.
pub fn outcome(o: &QuorumOutcome, config: QuorumConfig) -> String {
    match o {
        QuorumOutcome::Resized {
            config: c,
            followed_down,
        } => {
            let mut s = t!(RESIZED, n = c.n);
            if *followed_down {
                s.push(' ');
                s.push_str(&t!(RESIZED_FOLLOWED, w = c.w, r = c.r));
            }
            s
        }
        QuorumOutcome::Configured(c) => summary(*c),
        QuorumOutcome::PresetApplied(p) => format!(
            "{} {}",
            t!(PRESET_APPLIED, preset = p.label()),
            summary(config)
        ),
        QuorumOutcome::Written { .. } | QuorumOutcome::Read { .. } => operation(o, config),
        QuorumOutcome::Unavailable { kind, needed, up } => {
            let op = match kind {
                OpKind::Write => "write",
                OpKind::Read => "read",
            };
            t!(OP_FAILS, op = op, up = *up, needed = *needed)
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
        QuorumOutcome::NoSuchNode(i) => t!(NO_SUCH_NODE, n = i.saturating_add(1)),
        QuorumOutcome::Reset { .. } => format!("{} {}", t!(RESET), start(config)),
    }
}

fn operation(o: &QuorumOutcome, config: QuorumConfig) -> String {
    match o {
        QuorumOutcome::Written {
            version,
            acked,
            missed,
        } => {
            let mut s = t!(
                WRITTEN,
                version = *version,
                w = config.w,
                nodes = node_list(acked)
            );
            if !missed.is_empty() {
                s.push(' ');
                s.push_str(&t!(WRITTEN_MISSED, nodes = node_list(missed)));
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
            let (returned, latest) = (*returned, *latest);
            let then = if !any_write {
                t!(READ_NO_WRITE, returned = returned)
            } else if returned == latest && !overlap.is_empty() {
                t!(READ_OVERLAP, nodes = node_list(overlap), latest = latest)
            } else if returned > latest {
                t!(READ_NEWER, returned = returned, latest = latest)
            } else if returned == latest {
                t!(READ_LUCKY, latest = latest)
            } else {
                t!(READ_STALE, returned = returned, latest = latest)
            };
            let consulted = t!(READ_CONSULTED, r = config.r, nodes = node_list(consulted));
            format!("{consulted} {then}")
        }
        _ => String::new(),
    }
}

fn toggled(node: usize, up: bool, up_count: usize, c: QuorumConfig) -> String {
    let state = if up { "up" } else { "down" };
    let mut s = t!(
        NODE_TOGGLED,
        n = node + 1,
        state = state,
        up_count = up_count,
        total = c.n
    );
    if up_count < c.w {
        s.push(' ');
        s.push_str(&t!(WRITES_FAIL, w = c.w));
    }
    if up_count < c.r {
        s.push(' ');
        s.push_str(&t!(READS_FAIL, r = c.r));
    }
    s
}

/// The current state in a sentence or two, for the screen summary.
pub fn state_summary(sim: &QuorumSim) -> String {
    let c = sim.config();
    let state = t!(
        STATE_SUMMARY,
        up = sim.up_count(),
        n = c.n,
        latest = sim.latest()
    );
    format!("{} {state}", summary(c))
}

/// The canvas's text alternative.
pub fn canvas_label(sim: &QuorumSim) -> String {
    t!(
        CANVAS_LABEL,
        n = sim.config().n,
        up = sim.up_count(),
        latest = sim.latest()
    )
}

/// A replica's button over the canvas: its state and what pressing it does.
pub fn node_button(i: usize, up: bool, version: u32) -> String {
    let state = if up { "up" } else { "down" };
    t!(NODE_BUTTON, state = state, n = i + 1, version = version)
}

/// The client box's caption: what the last operation returned (`returned`: the read's version
/// and the latest, once its answers are in; `written`: the write's acknowledgements are in).
pub fn client_label(
    last: Option<&Operation>,
    returned: Option<(u32, u32)>,
    written: bool,
) -> String {
    match (last, returned) {
        (_, Some((ret, latest))) if ret < latest => t!(CLIENT_READ_STALE, version = ret),
        (_, Some((ret, _))) => t!(CLIENT_READ, version = ret),
        (Some(Operation::Write { version, .. }), _) if written => {
            t!(CLIENT_WROTE, version = *version)
        }
        (
            Some(Operation::Unavailable {
                kind: OpKind::Write,
                ..
            }),
            _,
        ) => t!(CLIENT_WRITE_FAILED),
        (
            Some(Operation::Unavailable {
                kind: OpKind::Read, ..
            }),
            _,
        ) => t!(CLIENT_READ_FAILED),
        _ => t!(CLIENT),
    }
}

/// "Write fault tolerance: can lose 2 nodes".
pub fn write_tolerance(k: usize) -> String {
    t!(WRITE_TOLERANCE, k = k)
}

/// "Read fault tolerance: can lose 2 nodes".
pub fn read_tolerance(k: usize) -> String {
    t!(READ_TOLERANCE, k = k)
}

/// The verdict under the formula, YES or NO (the chapter's words).
pub fn verdict(consistent: bool) -> String {
    t!(VERDICT, answer = yes_no(consistent))
}

/// The verdict's qualifier: what W + R > N does and does not promise.
pub const VERDICT_WHY: Toggle = Toggle::new(msg::VERDICT_OVERLAPS, msg::VERDICT_MISSES);

/// The label over the buttons of the cases W + R > N does not cover.
pub fn limits_label() -> String {
    t!(LIMITS_LABEL)
}

/// A case's button label.
pub fn limit_label(l: Limit) -> String {
    t!((match l {
        Limit::ReadDuringWrite => msg::LIMIT_READ_DURING_WRITE,
        Limit::FailedWrite => msg::LIMIT_FAILED_WRITE,
        Limit::SloppyQuorum => msg::LIMIT_SLOPPY_QUORUM,
        Limit::LastWriteWins => msg::LIMIT_LAST_WRITE_WINS,
    }))
}

/// Why a case cannot run now.
pub fn limit_blocked(why: LimitBlocked) -> String {
    t!((match why {
        LimitBlocked::ReplicaDown => msg::LIMIT_NEEDS_HEALTHY,
        LimitBlocked::NeedsTwoAcks => msg::LIMIT_NEEDS_TWO_ACKS,
        LimitBlocked::ReadsEveryReplica => msg::LIMIT_NEEDS_PARTIAL_READ,
    }))
}

fn limit(o: &LimitOutcome, c: QuorumConfig) -> String {
    match o {
        LimitOutcome::ReadDuringWrite {
            version,
            reached,
            first,
            second,
            acked,
        } => t!(
            READ_DURING_WRITE,
            version = *version,
            reached = node_name(*reached),
            w = c.w,
            first = node_list(&first.0),
            first_version = first.1,
            second = node_list(&second.0),
            second_version = second.1,
            acked = node_list(acked)
        ),
        LimitOutcome::FailedWrite {
            version,
            reached,
            seen,
            missed,
            latest,
        } => {
            let mut s = t!(
                FAILED_WRITE,
                version = *version,
                reached = node_list(reached),
                w = c.w,
                seen = node_list(&seen.0),
                seen_version = seen.1
            );
            if let Some((set, v)) = missed {
                s.push(' ');
                s.push_str(&t!(
                    FAILED_WRITE_MISSED,
                    nodes = node_list(set),
                    version = *v
                ));
            }
            s.push(' ');
            s.push_str(&t!(FAILED_WRITE_LATEST, latest = *latest));
            s
        }
        LimitOutcome::SloppyQuorum {
            version,
            home_acked,
            hinted_for,
            stale,
            after,
        } => {
            let case = t!(
                SLOPPY_QUORUM,
                version = *version,
                w = c.w,
                home_count = home_acked.len(),
                home = node_list(home_acked),
                stand_ins = hinted_for.len(),
                hinted = node_list(hinted_for),
                r = c.r,
                stale = node_list(&stale.0),
                stale_version = stale.1
            );
            format!("{case} {}", outcome(after, c))
        }
        LimitOutcome::LastWriteWins { lost, kept, after } => {
            let case = t!(
                LAST_WRITE_WINS,
                lost = lost.0,
                lost_nodes = node_list(&lost.1),
                kept = kept.0,
                kept_nodes = node_list(&kept.1)
            );
            format!("{case} {}", outcome(after, c))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsim_core::quorum::{QuorumEvent, QuorumSim};

    #[test]
    fn german_counts_nodes_and_replicas_in_its_own_forms() {
        crate::msg::speak("de");
        assert_eq!(
            summary(QuorumConfig::new(3, 2, 2)),
            "N = 3, W = 2, R = 2: W + R = 4 > N; jeder Lesevorgang überlappt den letzten abgeschlossenen Schreibvorgang in mindestens 1 Replikat."
        );
        assert!(
            summary(QuorumConfig::new(5, 4, 3)).ends_with("in mindestens 2 Replikaten."),
            "{}",
            summary(QuorumConfig::new(5, 4, 3))
        );
        assert_eq!(node_list(&[0, 2, 4]), "Knoten 1, 3 und 5");
        assert_eq!(
            write_tolerance(1),
            "Fehlertoleranz beim Schreiben: 1 Knoten darf ausfallen"
        );
        assert_eq!(
            read_tolerance(0),
            "Fehlertoleranz beim Lesen: kein Knoten darf ausfallen"
        );
        let mut sim = QuorumSim::new(QuorumConfig::new(3, 3, 2), 1);
        sim.apply(QuorumEvent::ToggleNode(0));
        let text = outcome(&sim.apply(QuorumEvent::ToggleNode(1)), sim.config());
        assert_eq!(
            text,
            "Knoten 2 ist ausgefallen; 1 von 3 Replikaten ist verfügbar. Schreibvorgänge scheitern jetzt: Jeder braucht 3 Bestätigungen. Lesevorgänge scheitern jetzt: Jeder braucht 2 Replikate."
        );
        assert_eq!(
            outcome(&sim.apply(QuorumEvent::Write), sim.config()),
            "Der Schreibvorgang scheitert: Nur 1 der benötigten 3 Replikate ist verfügbar."
        );
        assert_eq!(down(), "AUS");
    }

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
