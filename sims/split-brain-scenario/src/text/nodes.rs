//! The nodes in words: roles and generations, badges, timers, log rows, and each node's
//! summary for screen readers.

use dsim_core::split_brain::{
    Entry, EntrySource, FailoverMode, Role, SplitBrainSim, MAJORITY, NODE_COUNT,
};

use dsim_ui::format::{plural_s, when_any, Toggle};

use super::{entry_label, money, node_name, secs, term_word, write_letter};

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

/// A node's role and generation: "Leader · epoch 2", "Follower · term 3", "Powered off".
pub fn role_line(sim: &SplitBrainSim, n: usize) -> String {
    role_with(sim, n, " · ")
}

/// The role line without its dot, for narrow canvases: "Leader epoch 2".
pub fn role_line_short(sim: &SplitBrainSim, n: usize) -> String {
    role_with(sim, n, " ")
}

fn role_with(sim: &SplitBrainSim, n: usize, sep: &str) -> String {
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
    format!("{role}{sep}{} {}", term_word(mode), node.term)
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

/// The badge of a running failover timer: "timeout 6.2/10.0 s" or "election 3.1/7.4 s".
pub fn timer_badge(mode: FailoverMode, elapsed_ms: f64, timeout_ms: f64) -> String {
    let word = if mode == FailoverMode::Raft {
        "election"
    } else {
        "timeout"
    };
    format!(
        "{word} {:.1}/{:.1} s",
        elapsed_ms / 1000.0,
        timeout_ms / 1000.0
    )
}

/// The cells of one log row: write, balance, generation; and whether it is committed.
pub fn entry_cells(e: &Entry) -> [String; 3] {
    let label = match e.source {
        EntrySource::Initial => "start".to_string(),
        EntrySource::Write(i) => write_letter(i),
        EntrySource::Resolution => "manual".to_string(),
    };
    [label, money(e.value), e.term.to_string()]
}

/// The row standing for the `hidden` oldest entries of a log table that is too long.
pub fn earlier_rows(hidden: usize) -> String {
    format!("+{hidden} earlier")
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
            let mut s = format!("{} {} ({word} {}", entry_label(e), money(e.value), e.term);
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
    let extra = when_any(&badges, |b| format!(" ({})", b.join(", ")));
    format!(
        "{}: {}{extra}, balance {}. Log: {}.",
        node_name(n),
        role_line(sim, n),
        money(node.value()),
        entries.join("; ")
    )
}

/// The caption of the spec's partition line on the canvas.
pub const PARTITION_CAPTION: &str = "partition";

/// The mark on a link, which is also what clicking it does: "cut" or "heal".
pub const LINK_MARK: Toggle = Toggle::new("cut", "heal");

/// The fencing storage's captions, each longest first, for the widest that fits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StorageCaptions {
    /// Its name: "Shared storage", "Storage".
    pub name: [String; 2],
    /// Its name with the token it requires, once it has refused a write.
    pub name_with_token: [String; 2],
    /// How many stale writes it refused (or, if that does not fit, its token).
    pub refusals: [String; 3],
    /// The token it requires: "needs token ≥ 2", "token ≥ 2".
    pub token: [String; 2],
}

/// The fencing storage's captions for its `highest` token and `rejected` writes.
pub fn storage_captions(highest: u64, rejected: usize) -> StorageCaptions {
    let token = format!("token ≥ {highest}");
    StorageCaptions {
        name: ["Shared storage".to_string(), "Storage".to_string()],
        name_with_token: [
            format!("Shared storage · {token}"),
            format!("Storage · {token}"),
        ],
        refusals: [
            format!("refused {rejected} stale write{}", plural_s(rejected)),
            format!("✗ refused {rejected}"),
            token.clone(),
        ],
        token: [format!("needs {token}"), token],
    }
}
