//! Where the story stands in words: the status line, the next step, why a mode ends without a
//! conflict, the start and pause narration, the buttons' reasons, and the screen summary.

use dsim_core::split_brain::{
    FailoverMode, Phase, Rejection, SplitBrainSim, WriteStatus, MAJORITY, MAX_WRITES, NODE_COUNT,
    SKIP_HORIZON_MS,
};
use dsim_ui::format::and_list;
use dsim_ui::i18n::{dec, fixed, yes_no};

use crate::msg::{self, t};

use super::{
    conflict_sides, generation, mode_label, money, node_name, nodes_phrase, role_line, secs,
    write_label,
};

/// One sentence on where the story stands, e.g. "Heartbeat timeout: Node 2 has heard
/// nothing from its leader for 6.2 s of 10.0 s."
pub fn status(sim: &SplitBrainSim) -> String {
    match sim.phase() {
        Phase::Conflict => match sim.conflict() {
            Some(c) => t!(STATUS_CONFLICT, sides = conflict_sides(c).join(", ")),
            None => t!(STATUS_CONFLICT_BARE),
        },
        Phase::MultipleLeaders { leaders } => leaders_status(sim, &leaders),
        Phase::Electing { term, candidates } => t!(
            STATUS_ELECTING,
            term = term,
            nodes = nodes_phrase(&candidates),
            count = candidates.len()
        ),
        Phase::TimerRunning {
            node,
            elapsed_ms,
            timeout_ms,
        } => {
            let timer = if sim.mode() == FailoverMode::Raft {
                msg::STATUS_TIMER_RAFT
            } else {
                msg::STATUS_TIMER
            };
            t!(
                (timer),
                node = node_name(node),
                elapsed = secs(elapsed_ms as f64),
                timeout = secs(timeout_ms as f64)
            )
        }
        Phase::Partitioned => {
            let cut: Vec<String> = sim
                .links()
                .into_iter()
                .filter(|l| !l.2)
                .map(|(a, b, _)| format!("{}–{}", a + 1, b + 1))
                .collect();
            let leader = sim.leaders().first().copied();
            t!(
                STATUS_PARTITIONED,
                count = cut.len(),
                cut = cut.join(", "),
                known = yes_no(leader.is_some()),
                node = leader.map(node_name).unwrap_or_default(),
                generation = leader.map(|l| node_generation(sim, l)).unwrap_or_default()
            )
        }
        Phase::Stable => match sim.leaders().first() {
            Some(&l) => t!(
                STATUS_STABLE,
                node = node_name(l),
                generation = node_generation(sim, l)
            ),
            None => t!(STATUS_STABLE_NONE),
        },
    }
}

/// "epoch 2", "term 3", "token 2": node `n`'s generation in the mode's word.
fn node_generation(sim: &SplitBrainSim, n: usize) -> String {
    let term = sim.node(n).map_or(0, |x| x.term);
    generation(sim.mode(), term)
}

/// The status while more than one node believes it leads.
fn leaders_status(sim: &SplitBrainSim, leaders: &[usize]) -> String {
    let named: Vec<String> = leaders
        .iter()
        .map(|&n| {
            let (node, generation) = (node_name(n), node_generation(sim, n));
            t!(NODE_GENERATION, node = node, generation = generation)
        })
        .collect();
    let list = and_list(&named);
    let count = leaders.len();
    let term = |n: usize| sim.node(n).map_or(0, |x| x.term);
    match sim.mode() {
        FailoverMode::Naive => t!(SPLIT_NAIVE, list = list, count = count),
        FailoverMode::Raft => match leaders.iter().copied().max_by_key(|&n| term(n)) {
            Some(top) => t!(
                SPLIT_RAFT,
                list = list,
                count = count,
                term = term(top),
                top = node_name(top)
            ),
            None => t!(SPLIT_RAFT_NONE, list = list),
        },
        FailoverMode::Fencing => t!(
            SPLIT_FENCING,
            list = list,
            count = count,
            token = sim.storage().map_or(0, |s| s.highest_token)
        ),
    }
}

/// The narration a run starts with.
pub fn start_text(sim: &SplitBrainSim) -> String {
    t!(START, mode = mode_label(sim.mode()), status = status(sim))
}

/// The narration after Reset: "Reset." and the start.
pub fn reset_text(sim: &SplitBrainSim) -> String {
    format!("{} {}", t!(RESET_DONE), start_text(sim))
}

/// The narration after Play or Pause.
pub fn pause_text(paused: bool) -> String {
    if paused {
        t!(PAUSED)
    } else {
        t!(PLAYING)
    }
}

/// Why Skip ahead has nothing to do.
pub fn skip_reason() -> String {
    t!(NOTHING_NOTABLE, s = SKIP_HORIZON_MS / 1000)
}

/// Why "Partition Network" is disabled, if it is.
pub fn partition_reason(sim: &SplitBrainSim) -> Option<String> {
    (!sim.can_partition()).then(|| t!(REFUSED_PARTITIONED))
}

/// Why "Heal Partition" is disabled, if it is.
pub fn heal_reason(sim: &SplitBrainSim) -> Option<String> {
    (!sim.can_heal()).then(|| t!(HEAL_NOTHING))
}

/// Why "Send Write A and Write B" is disabled, if it is.
pub fn writes_reason(sim: &SplitBrainSim) -> Option<String> {
    if sim.can_spec_writes() {
        return None;
    }
    Some(if sim.conflict().is_some() {
        t!(REFUSED_CONFLICT_WAITING)
    } else if sim.writes().len() + 2 > MAX_WRITES {
        t!(WRITES_TOO_MANY, max = MAX_WRITES)
    } else {
        match sim
            .writes()
            .iter()
            .find(|w| w.status == WriteStatus::Scheduled)
        {
            Some(w) => t!(
                WRITES_ON_WAY,
                write = write_label(w.index),
                node = node_name(w.target)
            ),
            None => t!(WRITES_CANNOT),
        }
    })
}

/// "fast", "slow" or "exact": which way Node 1's clock is off.
fn skew_dir(skew_ms: i64) -> &'static str {
    match skew_ms.cmp(&0) {
        std::cmp::Ordering::Greater => "fast",
        std::cmp::Ordering::Less => "slow",
        std::cmp::Ordering::Equal => "exact",
    }
}

/// The clock-skew slider's shown value ("+5.0 s") and its spoken value text.
pub fn skew_texts(skew_ms: i64) -> (String, String) {
    let skew_s = skew_ms as f64 / 1000.0;
    let shown = secs(skew_ms as f64);
    let display = if skew_s > 0.0 {
        format!("+{shown}")
    } else {
        shown
    };
    let value_text = t!(
        SKEW_VALUE,
        dir = skew_dir(skew_ms),
        s = dec(skew_s.abs(), 1)
    );
    (display, value_text)
}

/// Why the Raft and fencing modes end without a conflict, once their story has played out.
pub fn why_no_conflict(sim: &SplitBrainSim) -> Option<String> {
    if sim.mode() == FailoverMode::Naive || sim.elections().len() < 2 || sim.writes().is_empty() {
        return None;
    }
    match sim.mode() {
        FailoverMode::Raft => why_raft(sim),
        FailoverMode::Fencing => why_fencing(sim),
        FailoverMode::Naive => None,
    }
}

/// Why Raft ends without a conflict.
fn why_raft(sim: &SplitBrainSim) -> Option<String> {
    let timed_out: Vec<String> = sim
        .writes()
        .iter()
        .filter(|w| matches!(w.status, WriteStatus::TimedOut))
        .map(|w| write_label(w.index))
        .collect();
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
        t!(WHY_RAFT, majority = MAJORITY, total = NODE_COUNT)
    } else {
        t!(
            WHY_RAFT_TIMED_OUT,
            majority = MAJORITY,
            total = NODE_COUNT,
            writes = and_list(&timed_out),
            count = timed_out.len()
        )
    };
    let healed = !sim.can_heal();
    Some(if healed {
        format!("{first} {}", t!(WHY_HEALED, term = lead))
    } else {
        first
    })
}

/// Why the fencing mode ends without a conflict.
fn why_fencing(sim: &SplitBrainSim) -> Option<String> {
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
        Some(t!(
            WHY_FENCING_STALE,
            highest = highest,
            write = label,
            token = token
        ))
    } else {
        off.map(|w| {
            t!(
                WHY_STONITH,
                node = node_name(w.target),
                write = write_label(w.index)
            )
        })
    }
}

/// What to do next, as one short sentence.
pub fn hint(sim: &SplitBrainSim, paused: bool) -> String {
    let wait = if paused {
        t!(HINT_WAIT_PAUSED)
    } else {
        t!(HINT_WAIT)
    };
    let on_way = sim
        .writes()
        .iter()
        .find(|w| w.status == WriteStatus::Scheduled);
    if let Some(w) = on_way {
        let (write, node) = (write_label(w.index), node_name(w.target));
        return format!("{} {wait}", t!(HINT_ON_WAY, write = write, node = node));
    }
    let pending = sim
        .writes()
        .iter()
        .find(|w| w.status == WriteStatus::Pending);
    match sim.phase() {
        Phase::Conflict => t!(HINT_CONFLICT),
        Phase::TimerRunning { .. } => {
            let raft = yes_no(sim.mode() == FailoverMode::Raft);
            format!("{} {wait}", t!(HINT_TIMER, raft = raft))
        }
        Phase::Electing { .. } => format!("{} {wait}", t!(HINT_ELECTING)),
        _ if pending.is_some() => {
            let write = pending.map_or(String::new(), |w| write_label(w.index));
            format!("{} {wait}", t!(HINT_PENDING, write = write))
        }
        Phase::MultipleLeaders { .. } | Phase::Partitioned if sim.writes().is_empty() => {
            if sim.elections().len() > 1 {
                t!(HINT_SEND)
            } else {
                t!(HINT_CUT)
            }
        }
        Phase::MultipleLeaders { .. } | Phase::Partitioned => t!(HINT_HEAL),
        Phase::Stable => {
            if sim.elections().len() > 1 || sim.resolution().is_some() || !sim.writes().is_empty() {
                t!(HINT_DONE)
            } else {
                t!(HINT_START)
            }
        }
    }
}

/// The screen summary's current state: the failover settings and where the story stands.
pub fn screen_state(sim: &SplitBrainSim, playing: bool) -> String {
    let c = sim.config();
    let skew = c.clock_skew_ms as f64 / 1000.0;
    t!(
        SCREEN_STATE,
        mode = mode_label(c.mode),
        stonith = yes_no(c.stonith),
        dir = skew_dir(c.clock_skew_ms),
        s = dec(skew.abs(), 1),
        status = status(sim),
        playing = yes_no(playing)
    )
}

/// The canvas's text alternative.
pub fn canvas_label(sim: &SplitBrainSim) -> String {
    let nodes: Vec<String> = (0..NODE_COUNT)
        .map(|n| {
            let value = sim.node(n).map_or(0, |x| x.value());
            t!(
                CANVAS_NODE,
                node = node_name(n),
                role = role_line(sim, n),
                value = money(value)
            )
        })
        .collect();
    let links: Vec<String> = sim
        .links()
        .into_iter()
        .map(|(a, b, up)| t!(CANVAS_LINK, a = a + 1, b = b + 1, up = yes_no(up)))
        .collect();
    t!(
        CANVAS_LABEL,
        nodes = nodes.join(". "),
        links = links.join(", ")
    )
}

/// The logical time and what the clock is doing: "Time 12.3 s · clock running".
pub fn clock_line(now_ms: u64, paused: bool, running: bool) -> String {
    let state = if paused {
        "paused"
    } else if running {
        "running"
    } else {
        "stopped"
    };
    t!(
        CLOCK_LINE,
        s = dec(now_ms as f64 / 1000.0, 1),
        state = state
    )
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
    let raft = yes_no(mode == FailoverMode::Raft);
    let (e, t) = (elapsed_ms as f64 / 1000.0, timeout_ms as f64 / 1000.0);
    TimerTexts {
        label: t!(TIMER_LABEL, raft = raft, node = node_name(node)),
        // The bar's numbers are machine values (a dot, whatever the language).
        max: fixed(t, 1),
        now: fixed(e, 1),
        value_text: t!(TIMER_VALUE, elapsed = dec(e, 1), timeout = dec(t, 1)),
        caption: t!(
            TIMER_CAPTION,
            raft = raft,
            elapsed = dec(e, 1),
            timeout = dec(t, 1)
        ),
    }
}

/// The writes list before any write: what the spec's two writes will do.
pub fn no_writes_yet(a: i64, b: i64) -> String {
    t!(NO_WRITES, a = money(a), b = money(b))
}

/// The name of the button on a link: "Cut link 1–2" or "Heal link 1–2".
pub fn link_button(a: usize, b: usize, up: bool) -> String {
    t!(LINK_BUTTON, up = yes_no(up), a = a + 1, b = b + 1)
}
