//! Where the story stands in words: the status line, the next step, why a mode ends without a
//! conflict, the start and pause narration, the buttons' reasons, and the screen summary.

use dsim_core::split_brain::{
    FailoverMode, Phase, Rejection, SplitBrainSim, WriteStatus, MAJORITY, MAX_WRITES, NODE_COUNT,
    SKIP_HORIZON_MS,
};
use dsim_ui::format::{and_list, plural_s, Toggle};

use super::{
    conflict_sides, mode_label, money, node_name, nodes_verb, role_line, secs, term_word,
    write_label,
};

/// One sentence on where the story stands, e.g. "Heartbeat timeout: Node 2 has heard
/// nothing from its leader for 6.2 s of 10.0 s."
pub fn status(sim: &SplitBrainSim) -> String {
    match sim.phase() {
        Phase::Conflict => match sim.conflict() {
            Some(c) => format!(
                "CONFLICT DETECTED: {}. Which write wins?",
                conflict_sides(c).join(", ")
            ),
            None => "CONFLICT DETECTED.".to_string(),
        },
        Phase::MultipleLeaders { leaders } => leaders_status(sim, &leaders),
        Phase::Electing { term, candidates } => format!(
            "Election for term {term}: {} asking for votes.",
            nodes_verb(&candidates, "is", "are")
        ),
        Phase::TimerRunning {
            node,
            elapsed_ms,
            timeout_ms,
        } => {
            let (name, elapsed, timeout) = (
                node_name(node),
                secs(elapsed_ms as f64),
                secs(timeout_ms as f64),
            );
            if sim.mode() == FailoverMode::Raft {
                format!("Election timer: {name} has heard no leader for {elapsed} of its {timeout} timeout.")
            } else {
                format!("Heartbeat timeout: {name} has heard nothing from its leader for {elapsed} of {timeout}.")
            }
        }
        Phase::Partitioned => {
            let cut: Vec<String> = sim
                .links()
                .into_iter()
                .filter(|l| !l.2)
                .map(|(a, b, _)| format!("{}–{}", a + 1, b + 1))
                .collect();
            let who = match sim.leaders().first() {
                Some(&l) => format!("{} and no timer is running out", leads(sim, l)),
                None => "no node leads".to_string(),
            };
            format!("Link{} {} cut; {who}.", plural_s(cut.len()), cut.join(", "))
        }
        Phase::Stable => match sim.leaders().first() {
            Some(&l) => format!(
                "{} and reaches every node; all links are up.",
                leads(sim, l)
            ),
            None => "No node is leading; all links are up.".to_string(),
        },
    }
}

/// "Node 1 leads (epoch 1)".
fn leads(sim: &SplitBrainSim, n: usize) -> String {
    format!("{} leads ({})", node_name(n), generation(sim, n))
}

/// "epoch 2", "term 3", "token 2": node `n`'s generation in the mode's word.
fn generation(sim: &SplitBrainSim, n: usize) -> String {
    let term = sim.node(n).map_or(0, |x| x.term);
    format!("{} {term}", term_word(sim.mode()))
}

/// The status while more than one node believes it leads.
fn leaders_status(sim: &SplitBrainSim, leaders: &[usize]) -> String {
    let named: Vec<String> = leaders
        .iter()
        .map(|&n| format!("{} ({})", node_name(n), generation(sim, n)))
        .collect();
    let list = and_list(&named);
    let all = if leaders.len() == 2 { "both" } else { "all" };
    let term = |n: usize| sim.node(n).map_or(0, |x| x.term);
    match sim.mode() {
        FailoverMode::Naive => format!(
            "Split brain: {list} {all} believe they are leader and {all} accept writes."
        ),
        FailoverMode::Raft => match leaders.iter().copied().max_by_key(|&n| term(n)) {
            Some(top) => format!(
                "{list} {all} act as leader, but a majority has already moved to term {}: only {} can commit, and a stale leader can never gather a majority again.",
                term(top),
                node_name(top)
            ),
            None => format!("{list} act as leader."),
        },
        FailoverMode::Fencing => format!(
            "{list} {all} act as leader, but the storage accepts only token {}.",
            sim.storage().map_or(0, |s| s.highest_token)
        ),
    }
}

/// The narration a run starts with.
pub fn start_text(sim: &SplitBrainSim) -> String {
    format!(
        "Failover by {}. {} Every node holds a balance of $100. Press Partition Network to begin.",
        mode_label(sim.mode()),
        status(sim)
    )
}

/// The narration after Play or Pause.
pub const PAUSE_TEXT: Toggle = Toggle::new(
    "Paused: the clock stands still until you press Play (Skip ahead still works).",
    "Playing: the clock runs whenever something is pending.",
);

/// Why Skip ahead has nothing to do.
pub fn skip_reason() -> String {
    format!(
        "Nothing notable happens in the next {} s; the cluster stays as it is.",
        SKIP_HORIZON_MS / 1000
    )
}

/// Why "Partition Network" is disabled, if it is.
pub fn partition_reason(sim: &SplitBrainSim) -> Option<&'static str> {
    (!sim.can_partition()).then_some("Node 1 is already cut off from Nodes 2 and 3.")
}

/// Why "Heal Partition" is disabled, if it is.
pub fn heal_reason(sim: &SplitBrainSim) -> Option<&'static str> {
    (!sim.can_heal()).then_some("Every link is up: there is nothing to heal.")
}

/// Why "Send Write A and Write B" is disabled, if it is.
pub fn writes_reason(sim: &SplitBrainSim) -> Option<String> {
    if sim.can_spec_writes() {
        return None;
    }
    Some(if sim.conflict().is_some() {
        "The cluster refuses writes until the conflict is resolved.".to_string()
    } else if sim.writes().len() + 2 > MAX_WRITES {
        format!("This run already has {MAX_WRITES} writes; press Reset.")
    } else {
        match sim
            .writes()
            .iter()
            .find(|w| w.status == WriteStatus::Scheduled)
        {
            Some(w) => format!(
                "{} is still on its way to {}.",
                write_label(w.index),
                node_name(w.target)
            ),
            None => "The two writes cannot be sent now.".to_string(),
        }
    })
}

/// The clock-skew slider's shown value ("+5.0 s") and its spoken value text.
pub fn skew_texts(skew_ms: i64) -> (String, String) {
    let skew_s = skew_ms as f64 / 1000.0;
    let display = if skew_s > 0.0 {
        format!("+{skew_s:.1} s")
    } else {
        format!("{skew_s:.1} s")
    };
    let clock = match skew_ms.cmp(&0) {
        std::cmp::Ordering::Greater => format!("Node 1's clock runs {skew_s:.1} seconds fast"),
        std::cmp::Ordering::Less => format!("Node 1's clock runs {:.1} seconds slow", -skew_s),
        std::cmp::Ordering::Equal => "Node 1's clock is exact".to_string(),
    };
    (
        display,
        format!("{clock}; it stamps new writes with its own time"),
    )
}

/// Why the Raft and fencing modes end without a conflict, once their story has played out.
pub fn why_no_conflict(sim: &SplitBrainSim) -> Option<String> {
    if sim.mode() == FailoverMode::Naive || sim.elections().len() < 2 || sim.writes().is_empty() {
        return None;
    }
    let timed_out: Vec<String> = sim
        .writes()
        .iter()
        .filter(|w| matches!(w.status, WriteStatus::TimedOut))
        .map(|w| write_label(w.index))
        .collect();
    match sim.mode() {
        FailoverMode::Raft => {
            // Once the story has played out: a client timed out, or the partition healed
            // with every write settled.
            let settled = sim
                .writes()
                .iter()
                .all(|w| !matches!(w.status, WriteStatus::Scheduled | WriteStatus::Pending));
            let healed_and_settled = settled && !sim.can_heal();
            if timed_out.is_empty() && !healed_and_settled {
                return None;
            }
            let lead = sim.elections().last().map_or(2, |e| e.term);
            let first = if timed_out.is_empty() {
                format!(
                    "No conflict to resolve: Raft commits a write only when a majority ({MAJORITY} of {NODE_COUNT} nodes) stores it, so a leader cut off alone commits nothing and the two sides never both succeed."
                )
            } else {
                let (were, their) = if timed_out.len() == 1 {
                    ("was", "its client")
                } else {
                    ("were", "their clients")
                };
                format!(
                    "No conflict to resolve: Raft commits a write only when a majority ({MAJORITY} of {NODE_COUNT} nodes) stores it. The stale leader could not reach a majority, so {} {were} never committed and {their} timed out instead of hearing “done”; the outcome is unknown to the client, which must retry idempotently or read the value back.",
                    timed_out.join(" and ")
                )
            };
            let healed = !sim.can_heal();
            if healed {
                Some(format!(
                    "{first} After the heal the old leader saw term {lead}, stepped down and took the new leader's log: one history, nothing to merge."
                ))
            } else {
                Some(first)
            }
        }
        FailoverMode::Fencing => {
            let stale = sim.writes().iter().find_map(|w| match w.status {
                WriteStatus::Rejected(Rejection::StaleToken { token, highest }) => {
                    Some((write_label(w.index), token, highest))
                }
                _ => None,
            });
            let off = sim
                .writes()
                .iter()
                .find(|w| matches!(w.status, WriteStatus::Rejected(Rejection::PoweredOff)));
            if let Some((label, token, highest)) = stale {
                Some(format!(
                    "No conflict to resolve: the promotion took token {highest} from the storage, so the storage refused {label}, which carried the stale token {token}. Only one history was ever stored."
                ))
            } else {
                off.map(|w| {
                    format!(
                        "No conflict to resolve: STONITH powered {} off before the new leader was promoted, so {} found nobody to accept it. Only one leader ever wrote.",
                        node_name(w.target),
                        write_label(w.index)
                    )
                })
            }
        }
        FailoverMode::Naive => None,
    }
}

/// What to do next, as one short sentence.
pub fn hint(sim: &SplitBrainSim, paused: bool) -> String {
    let wait = if paused {
        "The clock is paused: press Play, or Skip ahead."
    } else {
        "Wait, or press Skip ahead."
    };
    let on_way = sim
        .writes()
        .iter()
        .find(|w| w.status == WriteStatus::Scheduled);
    if let Some(w) = on_way {
        return format!(
            "{} is on its way to {}. {wait}",
            write_label(w.index),
            node_name(w.target)
        );
    }
    let pending = sim
        .writes()
        .iter()
        .find(|w| w.status == WriteStatus::Pending);
    match sim.phase() {
        Phase::Conflict => {
            "Which write wins? Choose Last-Write-Wins or Manual Resolution.".to_string()
        }
        Phase::TimerRunning { .. } => {
            let what = if sim.mode() == FailoverMode::Raft {
                "an election timeout"
            } else {
                "the 10 s heartbeat timeout"
            };
            format!("Replicas are waiting for {what}. {wait}")
        }
        Phase::Electing { .. } => format!("An election is under way: watch the votes. {wait}"),
        _ if pending.is_some() => format!(
            "{} waits for a majority. {wait}",
            pending.map_or(String::new(), |w| write_label(w.index))
        ),
        Phase::MultipleLeaders { .. } | Phase::Partitioned if sim.writes().is_empty() => {
            if sim.elections().len() > 1 {
                "Now send Write A and Write B.".to_string()
            } else {
                "Cut links change who hears whom. Press Heal Partition to reconnect.".to_string()
            }
        }
        Phase::MultipleLeaders { .. } | Phase::Partitioned => {
            "Press Heal Partition to reconnect the nodes.".to_string()
        }
        Phase::Stable => {
            if sim.elections().len() > 1 || sim.resolution().is_some() || !sim.writes().is_empty() {
                "Done. Press Reset to run it again, or pick another Failover by mode.".to_string()
            } else {
                "Press Partition Network to cut Node 1 off from Nodes 2 and 3.".to_string()
            }
        }
    }
}

/// The screen summary's current state: the failover settings and where the story stands.
pub fn screen_state(sim: &SplitBrainSim, playing: bool) -> String {
    let c = sim.config();
    let skew = c.clock_skew_ms as f64 / 1000.0;
    let clock = if c.clock_skew_ms == 0 {
        "is exact".to_string()
    } else if skew > 0.0 {
        format!("runs {skew:.1} s fast")
    } else {
        format!("runs {:.1} s slow", -skew)
    };
    format!(
        "Failover by {}{}; Node 1's clock {clock}. {} The clock is {}.",
        mode_label(c.mode),
        if c.stonith { " with STONITH" } else { "" },
        status(sim),
        if playing { "running" } else { "paused" }
    )
}

/// The canvas's text alternative.
pub fn canvas_label(sim: &SplitBrainSim) -> String {
    let nodes: Vec<String> = (0..NODE_COUNT)
        .map(|n| {
            let value = sim.node(n).map_or(0, |x| x.value());
            format!(
                "{}: {}, balance {}",
                node_name(n),
                role_line(sim, n),
                money(value)
            )
        })
        .collect();
    let links: Vec<String> = sim
        .links()
        .into_iter()
        .map(|(a, b, up)| format!("{}–{} {}", a + 1, b + 1, if up { "up" } else { "cut" }))
        .collect();
    format!(
        "Three-node cluster. {}. Links: {}.",
        nodes.join(". "),
        links.join(", ")
    )
}

/// The logical time and what the clock is doing: "Time 12.3 s · clock running".
pub fn clock_line(now_ms: u64, paused: bool, running: bool) -> String {
    let state = if paused {
        "clock paused"
    } else if running {
        "clock running"
    } else {
        "clock stopped: nothing pending"
    };
    format!("Time {:.1} s · {state}", now_ms as f64 / 1000.0)
}

/// The words of a running failover timer's progress bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimerTexts {
    /// The bar's name: "Heartbeat timeout of Node 2".
    pub label: String,
    /// Its maximum, in seconds: "10.0".
    pub max: String,
    /// Its value, in seconds: "6.2".
    pub now: String,
    /// Its value in words: "6.2 s of 10.0 s".
    pub value_text: String,
    /// The caption beside it: "Heartbeat timeout: 6.2 s / 10.0 s".
    pub caption: String,
}

/// The words of node `node`'s timer bar: the monitor's heartbeat timeout, or Raft's election
/// timeout.
pub fn timer_texts(
    mode: FailoverMode,
    node: usize,
    elapsed_ms: u64,
    timeout_ms: u64,
) -> TimerTexts {
    let name = if mode == FailoverMode::Raft {
        "Election timeout"
    } else {
        "Heartbeat timeout"
    };
    let (e, t) = (elapsed_ms as f64 / 1000.0, timeout_ms as f64 / 1000.0);
    TimerTexts {
        label: format!("{name} of {}", node_name(node)),
        max: format!("{t:.1}"),
        now: format!("{e:.1}"),
        value_text: format!("{e:.1} s of {t:.1} s"),
        caption: format!("{name}: {e:.1} s / {t:.1} s"),
    }
}

/// The writes list before any write: what the spec's two writes will do.
pub fn no_writes_yet(a: i64, b: i64) -> String {
    format!(
        "No client writes yet. Write A: user balance = {} will go to Node 1, Write B: user balance = {} to Node 2.",
        money(a),
        money(b)
    )
}

/// The name of the button on a link: "Cut link 1–2" or "Heal link 1–2".
pub fn link_button(a: usize, b: usize, up: bool) -> String {
    format!(
        "{} link {}–{}",
        if up { "Cut" } else { "Heal" },
        a + 1,
        b + 1
    )
}
