//! The words the sim shows beside the model's own narration: node roles and badges, log
//! rows, the client writes, the next step, why a mode has no conflict, and the text
//! alternatives of the canvas. Pure functions of the model, tested natively.

use dsim_core::split_brain::{
    ClientWrite, Conflict, Entry, EntrySource, FailoverMode, Phase, Rejection, Resolution, Role,
    SplitBrainSim, WriteStatus, MAJORITY, NODE_COUNT,
};

/// The meaning a badge or status carries (drawn with a colour and always with words).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Leadership (yellow, with a crown).
    Leader,
    /// Success.
    Good,
    /// Failure, danger, loss.
    Bad,
    /// Something under way (a timer, an election, a write in flight).
    Busy,
    /// Neutral information.
    Plain,
}

/// A short label drawn beside a node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Badge {
    /// The words.
    pub text: String,
    /// What it means.
    pub tone: Tone,
}

fn badge(text: impl Into<String>, tone: Tone) -> Badge {
    Badge {
        text: text.into(),
        tone,
    }
}

/// "Node 2" for index 1.
pub fn node_name(n: usize) -> String {
    format!("Node {}", n.saturating_add(1))
}

/// "$500", "-$20".
pub fn money(v: i64) -> String {
    if v < 0 {
        format!("-${}", v.unsigned_abs())
    } else {
        format!("${v}")
    }
}

/// Milliseconds as seconds with one decimal: "12.0 s".
pub fn secs(ms: f64) -> String {
    format!("{:.1} s", ms / 1000.0)
}

/// "epoch", "term" or "token": what a mode calls a leader's generation number.
pub fn term_word(mode: FailoverMode) -> &'static str {
    match mode {
        FailoverMode::Naive => "epoch",
        FailoverMode::Raft => "term",
        FailoverMode::Fencing => "token",
    }
}

/// "Node 1", "Nodes 2 and 3".
pub fn nodes_phrase(nodes: &[usize]) -> String {
    let names: Vec<String> = nodes.iter().map(|&n| (n + 1).to_string()).collect();
    match names.as_slice() {
        [] => "no node".to_string(),
        [one] => format!("Node {one}"),
        [init @ .., last] => format!("Nodes {} and {last}", init.join(", ")),
    }
}

/// A node's role and generation: "Leader · epoch 2", "Follower · term 3", "Powered off".
pub fn role_line(sim: &SplitBrainSim, n: usize) -> String {
    let Some(node) = sim.node(n) else {
        return String::new();
    };
    if !node.powered_on {
        return "Powered off (STONITH)".to_string();
    }
    let mode = sim.mode();
    let role = match (node.role, mode) {
        (Role::Leader, _) => "Leader",
        (Role::Candidate, _) => "Candidate",
        (Role::Follower, FailoverMode::Raft) => "Follower",
        (Role::Follower, _) => "Replica",
    };
    format!("{role} · {} {}", term_word(mode), node.term)
}

/// The node most recently made leader, if it is not the starting leader and still leads: the
/// spec's "Elected new leader".
pub fn elected_new(sim: &SplitBrainSim) -> Option<usize> {
    let elections = sim.elections();
    if elections.len() < 2 {
        return None;
    }
    let last = elections.last()?;
    let node = sim.node(last.node)?;
    (node.powered_on && node.role == Role::Leader && node.term == last.term).then_some(last.node)
}

/// How many other nodes `n` can reach over live links (powered-on ones).
fn reachable(sim: &SplitBrainSim, n: usize) -> usize {
    (0..NODE_COUNT)
        .filter(|&p| p != n && sim.link_up(n, p) && sim.node(p).is_some_and(|x| x.powered_on))
        .count()
}

/// The badges beside node `n` (the timer is drawn separately, as it moves).
pub fn badges(sim: &SplitBrainSim, n: usize) -> Vec<Badge> {
    let Some(node) = sim.node(n) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if !node.powered_on {
        out.push(badge("OFF", Tone::Bad));
        return out;
    }
    if elected_new(sim) == Some(n) {
        out.push(badge("Elected new leader", Tone::Leader));
    }
    match sim.mode() {
        FailoverMode::Raft => {
            if node.role == Role::Candidate {
                out.push(badge(
                    format!("votes {}/{NODE_COUNT}", node.vote_count()),
                    Tone::Busy,
                ));
            } else if node.role == Role::Leader && reachable(sim, n) + 1 < MAJORITY {
                out.push(badge("no majority: cannot commit", Tone::Bad));
            } else if node.role == Role::Follower {
                if let Some(v) = node.voted_for.filter(|&v| v != n) {
                    out.push(badge(format!("voted for {}", node_name(v)), Tone::Plain));
                }
            }
        }
        FailoverMode::Fencing => {
            if node.fenced {
                out.push(badge("fenced: stale token", Tone::Bad));
            } else if node.role == Role::Leader {
                let highest = sim.storage().map_or(node.term, |s| s.highest_token);
                if node.term < highest {
                    out.push(badge(format!("stale token {}", node.term), Tone::Bad));
                } else {
                    out.push(badge(format!("token {}", node.term), Tone::Leader));
                }
            }
        }
        FailoverMode::Naive => {}
    }
    let skew = sim.config().clock_skew_ms;
    if n == 0 && skew != 0 && sim.mode() == FailoverMode::Naive {
        let sign = if skew > 0 { "+" } else { "-" };
        out.push(badge(
            format!("clock {sign}{}", secs(skew.unsigned_abs() as f64)),
            Tone::Busy,
        ));
    }
    out
}

/// The timer node `n` is running and how far it is, at logical time `at_ms` (which may lie
/// a little before the model's time, while the canvas replays a tick): (elapsed, timeout).
pub fn timer_of(sim: &SplitBrainSim, n: usize, at_ms: f64) -> Option<(f64, f64)> {
    let node = sim.node(n)?;
    if !node.powered_on || node.role == Role::Leader {
        return None;
    }
    let deadline = node.timer_deadline_ms?;
    // A follower that hears its leader has its timer reset constantly: not worth showing.
    let hears = node.leader.is_some_and(|l| {
        l != n
            && sim.link_up(n, l)
            && sim
                .node(l)
                .is_some_and(|x| x.powered_on && x.role == Role::Leader && x.term == node.term)
    });
    if hears && node.role == Role::Follower {
        return None;
    }
    let start = node.timer_start_ms as f64;
    let timeout = deadline.saturating_sub(node.timer_start_ms) as f64;
    let elapsed = (at_ms - start).clamp(0.0, timeout);
    Some((elapsed, timeout))
}

/// The cells of one log row: write, balance, generation; and whether it is committed.
pub fn entry_cells(e: &Entry) -> [String; 3] {
    let label = match e.source {
        EntrySource::Initial => "start".to_string(),
        EntrySource::Write(_) => e.label().trim_start_matches("Write ").to_string(),
        EntrySource::Resolution => "manual".to_string(),
    };
    [label, money(e.value), e.term.to_string()]
}

/// The column headings of a node's log table.
pub fn log_header(mode: FailoverMode) -> [String; 3] {
    [
        "write".to_string(),
        "balance".to_string(),
        term_word(mode).to_string(),
    ]
}

/// Whether entry `id` is one of the divergent writes of the waiting conflict.
pub fn in_conflict(sim: &SplitBrainSim, id: u32) -> bool {
    sim.conflict()
        .is_some_and(|c| c.sides.iter().any(|s| s.entries.iter().any(|e| e.id == id)))
}

/// A write's status for its box on the canvas, long and short, and its tone.
pub fn write_short(w: &ClientWrite) -> (String, String, Tone) {
    let (long, short, tone) = match w.status {
        WriteStatus::Scheduled => ("on its way…".to_string(), "on its way…", Tone::Busy),
        WriteStatus::Pending => (
            "waiting for a majority…".to_string(),
            "waiting…",
            Tone::Busy,
        ),
        WriteStatus::Acknowledged => ("✓ acknowledged".to_string(), "✓ acked", Tone::Good),
        WriteStatus::Committed => ("✓ committed".to_string(), "✓ committed", Tone::Good),
        WriteStatus::Rejected(Rejection::StaleToken { token, highest }) => (
            format!("✗ rejected: token {token} < {highest}"),
            "✗ rejected",
            Tone::Bad,
        ),
        WriteStatus::Rejected(Rejection::PoweredOff) => (
            "✗ no answer: powered off".to_string(),
            "✗ no answer",
            Tone::Bad,
        ),
        WriteStatus::Rejected(Rejection::NoLeader) => {
            ("✗ refused: no leader".to_string(), "✗ refused", Tone::Bad)
        }
        WriteStatus::Rejected(Rejection::Frozen) => (
            "✗ refused: conflict waiting".to_string(),
            "✗ refused",
            Tone::Bad,
        ),
        WriteStatus::TimedOut => (
            "✗ timed out: never committed".to_string(),
            "✗ timed out",
            Tone::Bad,
        ),
        WriteStatus::CommittedLate => (
            "committed after the timeout".to_string(),
            "late commit",
            Tone::Busy,
        ),
        WriteStatus::Lost => ("✗ acknowledged, then lost".to_string(), "✗ lost", Tone::Bad),
    };
    (long, short.to_string(), tone)
}

/// A write's full line for the page: "Write A: user balance = $500 → Node 1: acknowledged".
pub fn write_line(w: &ClientWrite) -> String {
    let via = match w.accepted_by {
        Some(l) if l != w.target => format!(" (redirected to {})", node_name(l)),
        _ => String::new(),
    };
    format!(
        "{}: user balance = {} → {}{via}: {}",
        w.label,
        money(w.value),
        node_name(w.target),
        w.status.label()
    )
}

/// The two (or more) divergent values of a conflict: "Node 1 holds $500 (Write A)".
pub fn conflict_sides(c: &Conflict) -> Vec<String> {
    c.sides
        .iter()
        .map(|s| {
            let verb = if s.holders.len() == 1 {
                "holds"
            } else {
                "hold"
            };
            let what = s.last().map(Entry::label).unwrap_or_default();
            format!(
                "{} {verb} {} ({what})",
                nodes_phrase(&s.holders),
                money(s.value)
            )
        })
        .collect()
}

/// One row of the last-write-wins explanation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LwwRow {
    /// "Write A ($500)".
    pub write: String,
    /// When it really happened: "12.0 s".
    pub happened: String,
    /// The timestamp its node stamped: "17.0 s".
    pub stamped: String,
    /// "wins" or "lost".
    pub outcome: String,
    /// Whether this write won.
    pub won: bool,
}

/// The rows of a last-write-wins resolution, winner first.
pub fn lww_rows(res: &Resolution) -> Vec<LwwRow> {
    let Resolution::LastWriteWins { winner, lost, .. } = res else {
        return Vec::new();
    };
    let row = |e: &Entry, won: bool| LwwRow {
        write: format!("{} ({})", e.label(), money(e.value)),
        happened: secs(e.real_ms as f64),
        stamped: secs(e.stamped_ms as f64),
        outcome: if won { "wins" } else { "lost" }.to_string(),
        won,
    };
    std::iter::once(row(winner, true))
        .chain(lost.iter().map(|e| row(e, false)))
        .collect()
}

/// One or two sentences on how the last conflict was resolved.
pub fn resolution_sentence(res: &Resolution, skew_ms: i64) -> String {
    match res {
        Resolution::LastWriteWins {
            winner,
            lost,
            older_won,
        } => {
            let lost_names: Vec<String> = lost.iter().map(Entry::label).collect();
            let mut s = format!(
                "Last-Write-Wins: {} has the latest timestamp and wins.",
                winner.label()
            );
            if !lost_names.is_empty() {
                s.push_str(&format!(
                    " {} was acknowledged to its client, then silently lost.",
                    lost_names.join(" and ")
                ));
            }
            if *older_won {
                s.push_str(&format!(
                    " The older write won: Node 1's clock runs {} {}.",
                    secs(skew_ms.unsigned_abs() as f64),
                    if skew_ms >= 0 { "fast" } else { "slow" }
                ));
            }
            s
        }
        Resolution::Manual { value, kept } => {
            let names: Vec<String> = kept.iter().map(Entry::label).collect();
            format!(
                "Manual Resolution: every node holds {}; {} stay in every log as history.",
                money(*value),
                if names.is_empty() {
                    "the divergent writes".to_string()
                } else {
                    names.join(" and ")
                }
            )
        }
    }
}

/// Why the Raft and fencing modes end without a conflict, once their story has played out.
pub fn why_no_conflict(sim: &SplitBrainSim) -> Option<String> {
    if sim.mode() == FailoverMode::Naive || sim.elections().len() < 2 || sim.writes().is_empty() {
        return None;
    }
    let timed_out: Vec<&str> = sim
        .writes()
        .iter()
        .filter(|w| matches!(w.status, WriteStatus::TimedOut))
        .map(|w| w.label.as_str())
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
                    "No conflict to resolve: Raft commits a write only when a majority ({MAJORITY} of {NODE_COUNT} nodes) stores it. The stale leader could not reach a majority, so {} {were} never committed and {their} timed out instead of hearing “done”.",
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
                    Some((w.label.clone(), token, highest))
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
                        w.label
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
            w.label,
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
            pending.map_or(String::new(), |w| w.label.clone())
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

/// A node in words, for screen readers: role, balance and its whole log.
pub fn node_summary(sim: &SplitBrainSim, n: usize) -> String {
    let Some(node) = sim.node(n) else {
        return String::new();
    };
    let word = term_word(sim.mode());
    let entries: Vec<String> = node
        .log
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let mut s = format!("{} {} ({word} {}", e.label(), money(e.value), e.term);
            if sim.mode() == FailoverMode::Naive && e.source != EntrySource::Initial {
                s.push_str(&format!(", stamped {}", secs(e.stamped_ms as f64)));
            }
            if !node.is_committed(i) {
                s.push_str(", not committed");
            }
            s.push(')');
            s
        })
        .collect();
    let badges: Vec<String> = badges(sim, n).into_iter().map(|b| b.text).collect();
    let extra = if badges.is_empty() {
        String::new()
    } else {
        format!(" ({})", badges.join(", "))
    };
    format!(
        "{}: {}{extra}, balance {}. Log: {}.",
        node_name(n),
        role_line(sim, n),
        money(node.value()),
        entries.join("; ")
    )
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
        c.mode.label(),
        if c.stonith { " with STONITH" } else { "" },
        sim.status(),
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

#[cfg(test)]
mod tests {
    use super::*;
    use dsim_core::split_brain::{SplitBrainConfig, SplitBrainEvent};

    fn sim(mode: FailoverMode, stonith: bool, skew: i64) -> SplitBrainSim {
        SplitBrainSim::new(SplitBrainConfig::new(mode, stonith, skew), 42)
    }

    fn story(s: &mut SplitBrainSim) {
        s.apply(SplitBrainEvent::PartitionNetwork);
        s.apply(SplitBrainEvent::SkipAhead);
        s.apply(SplitBrainEvent::SpecWrites);
        s.advance(8_000);
        s.apply(SplitBrainEvent::Heal);
        s.advance(5_000);
    }

    #[test]
    fn the_start_state_reads_like_the_spec() {
        let s = sim(FailoverMode::Naive, false, 0);
        assert_eq!(role_line(&s, 0), "Leader · epoch 1");
        assert_eq!(role_line(&s, 1), "Replica · epoch 1");
        assert_eq!(elected_new(&s), None);
        assert!(badges(&s, 1).is_empty());
        assert_eq!(
            hint(&s, false),
            "Press Partition Network to cut Node 1 off from Nodes 2 and 3."
        );
        assert!(canvas_label(&s).contains("Node 1: Leader · epoch 1, balance $100"));
        assert!(canvas_label(&s).contains("1–2 up, 1–3 up, 2–3 up"));
        assert_eq!(
            node_summary(&s, 2),
            "Node 3: Replica · epoch 1, balance $100. Log: initial balance $100 (epoch 1)."
        );
        assert_eq!(log_header(FailoverMode::Raft)[2], "term");
    }

    #[test]
    fn naive_story_two_crowns_both_writes_and_the_conflict() {
        let mut s = sim(FailoverMode::Naive, false, 0);
        s.apply(SplitBrainEvent::PartitionNetwork);
        s.advance(4_000);
        let (elapsed, timeout) = timer_of(&s, 1, 4_000.0).unwrap();
        assert_eq!((elapsed, timeout), (4_000.0, 10_000.0));
        assert_eq!(timer_of(&s, 0, 4_000.0), None, "the leader runs no timer");
        assert!(hint(&s, false).contains("10 s heartbeat timeout"));
        assert!(hint(&s, true).contains("paused"));
        s.apply(SplitBrainEvent::SkipAhead);
        assert_eq!(elected_new(&s), Some(1));
        assert_eq!(badges(&s, 1)[0].text, "Elected new leader");
        assert_eq!(role_line(&s, 1), "Leader · epoch 2");
        assert_eq!(hint(&s, false), "Now send Write A and Write B.");
        s.apply(SplitBrainEvent::SpecWrites);
        assert!(hint(&s, false).starts_with("Write B is on its way to Node 2."));
        s.advance(3_000);
        let lines: Vec<String> = s.writes().iter().map(write_line).collect();
        assert_eq!(
            lines,
            vec![
                "Write A: user balance = $500 → Node 1: acknowledged".to_string(),
                "Write B: user balance = $750 → Node 2: acknowledged".to_string(),
            ]
        );
        assert_eq!(
            entry_cells(&s.nodes()[0].log[1]),
            ["A".to_string(), "$500".to_string(), "1".to_string()]
        );
        s.apply(SplitBrainEvent::Heal);
        s.advance(3_000);
        let c = s.conflict().unwrap();
        assert_eq!(
            conflict_sides(c),
            vec![
                "Node 1 holds $500 (Write A)".to_string(),
                "Nodes 2 and 3 hold $750 (Write B)".to_string(),
            ]
        );
        let a = s.nodes()[0].log[1].id;
        assert!(in_conflict(&s, a) && !in_conflict(&s, 0));
        assert!(hint(&s, false).starts_with("Which write wins?"));
        assert!(node_summary(&s, 0).contains("Write A $500 (epoch 1, stamped"));
        assert!(why_no_conflict(&s).is_none());
    }

    #[test]
    fn last_write_wins_rows_and_the_skewed_clock() {
        let mut s = sim(FailoverMode::Naive, false, 5_000);
        assert_eq!(badges(&s, 0)[0].text, "clock +5.0 s");
        story(&mut s);
        s.apply(SplitBrainEvent::ResolveLastWriteWins);
        let res = s.resolution().unwrap();
        let rows = lww_rows(res);
        assert_eq!(rows.len(), 2);
        assert!(rows[0].won && rows[0].write == "Write A ($500)");
        assert_eq!(rows[1].outcome, "lost");
        let sentence = resolution_sentence(res, 5_000);
        assert!(
            sentence.contains("Write B was acknowledged to its client, then silently lost"),
            "{sentence}"
        );
        assert!(
            sentence.contains("The older write won: Node 1's clock runs 5.0 s fast"),
            "{sentence}"
        );
        assert!(hint(&s, false).starts_with("Done."));
    }

    #[test]
    fn manual_resolution_sentence() {
        let mut s = sim(FailoverMode::Naive, false, 0);
        story(&mut s);
        s.apply(SplitBrainEvent::ResolveManual(625));
        let text = resolution_sentence(s.resolution().unwrap(), 0);
        assert!(
            text.contains("every node holds $625; Write A and Write B stay in every log"),
            "{text}"
        );
        assert!(lww_rows(s.resolution().unwrap()).is_empty());
        assert_eq!(entry_cells(s.nodes()[2].log.last().unwrap())[0], "manual");
    }

    #[test]
    fn raft_explains_the_missing_conflict() {
        let mut s = sim(FailoverMode::Raft, false, 0);
        s.apply(SplitBrainEvent::PartitionNetwork);
        for _ in 0..6 {
            if elected_new(&s).is_some() {
                break;
            }
            s.apply(SplitBrainEvent::SkipAhead);
        }
        let new = elected_new(&s).unwrap();
        assert!(badges(&s, 0)
            .iter()
            .any(|b| b.text == "no majority: cannot commit"));
        assert_eq!(role_line(&s, new), "Leader · term 2");
        let other = 3 - new;
        assert_eq!(
            badges(&s, other)[0].text,
            format!("voted for {}", node_name(new))
        );
        s.apply(SplitBrainEvent::SpecWrites);
        assert_eq!(why_no_conflict(&s), None, "not before the outcome");
        s.advance(8_000);
        assert!(write_short(&s.writes()[0]).0.contains("timed out"));
        assert_eq!(write_short(&s.writes()[0]).1, "✗ timed out");
        let why = why_no_conflict(&s).unwrap();
        assert!(why.contains("Write A was never committed"), "{why}");
        s.apply(SplitBrainEvent::Heal);
        s.advance(5_000);
        let why = why_no_conflict(&s).unwrap();
        assert!(why.contains("saw term 2, stepped down"), "{why}");
        assert_eq!(role_line(&s, 0), "Follower · term 2");
    }

    #[test]
    fn fencing_and_stonith_explain_the_missing_conflict() {
        let mut s = sim(FailoverMode::Fencing, false, 0);
        story(&mut s);
        let why = why_no_conflict(&s).unwrap();
        assert!(
            why.contains("refused Write A, which carried the stale token 1"),
            "{why}"
        );
        assert_eq!(write_short(&s.writes()[0]).0, "✗ rejected: token 1 < 2");
        let mut s = sim(FailoverMode::Fencing, true, 0);
        s.apply(SplitBrainEvent::PartitionNetwork);
        s.apply(SplitBrainEvent::SkipAhead);
        assert_eq!(role_line(&s, 0), "Powered off (STONITH)");
        assert_eq!(badges(&s, 0)[0].text, "OFF");
        assert_eq!(badges(&s, 1)[1].text, "token 2");
        s.apply(SplitBrainEvent::SpecWrites);
        s.advance(3_000);
        let why = why_no_conflict(&s).unwrap();
        assert!(why.contains("STONITH powered Node 1 off"), "{why}");
    }

    #[test]
    fn words_for_edge_cases() {
        assert_eq!(money(-20), "-$20");
        assert_eq!(nodes_phrase(&[]), "no node");
        assert_eq!(nodes_phrase(&[0, 1, 2]), "Nodes 1, 2 and 3");
        let s = sim(FailoverMode::Naive, false, 0);
        assert_eq!(role_line(&s, 9), "");
        assert!(badges(&s, 9).is_empty());
        assert_eq!(node_summary(&s, 9), "");
        assert_eq!(timer_of(&s, 9, 0.0), None);
    }
}
