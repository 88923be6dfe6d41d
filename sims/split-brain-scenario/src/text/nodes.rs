//! The nodes in words: roles and generations, badges, timers, log rows, and each node's
//! summary for screen readers.

use dsim_core::num::Within;
use dsim_core::split_brain::{
    Entry, EntrySource, FailoverMode, Role, SplitBrainSim, MAJORITY, NODE_COUNT,
};

use dsim_ui::i18n::{dec, yes_no};

use crate::msg::{self, t};

use super::{entry_label, generation, money, node_name, secs, term_word, write_letter};

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

fn badge(text: String, tone: Tone) -> Badge {
    Badge { text, tone }
}

/// A node's role and generation: "Leader · epoch 2", "Follower · term 3", "Powered off".
pub fn role_line(sim: &SplitBrainSim, n: usize) -> String {
    role_with(sim, n, false)
}

/// The role line without its dot, for narrow canvases: "Leader epoch 2".
pub fn role_line_short(sim: &SplitBrainSim, n: usize) -> String {
    role_with(sim, n, true)
}

fn role_with(sim: &SplitBrainSim, n: usize, short: bool) -> String {
    let Some(node) = sim.node(n) else {
        return String::new();
    };
    if !node.powered_on {
        return t!(ROLE_POWERED_OFF);
    }
    let mode = sim.mode();
    let role = match (node.role, mode) {
        (Role::Leader, _) => "leader",
        (Role::Candidate, _) => "candidate",
        (Role::Follower, FailoverMode::Raft) => "follower",
        (Role::Follower, _) => "replica",
    };
    let line = if short {
        msg::ROLE_LINE_SHORT
    } else {
        msg::ROLE_LINE
    };
    t!(
        (line),
        role = t!(ROLE, role = role),
        generation = generation(mode, node.term)
    )
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
        out.push(badge(t!(BADGE_OFF), Tone::Bad));
        return out;
    }
    if elected_new(sim) == Some(n) {
        out.push(badge(t!(BADGE_ELECTED), Tone::Leader));
    }
    match sim.mode() {
        FailoverMode::Raft => {
            if node.role == Role::Candidate {
                let votes = node.vote_count();
                let text = t!(BADGE_VOTES, votes = votes, total = NODE_COUNT);
                out.push(badge(text, Tone::Busy));
            } else if node.role == Role::Leader && reachable(sim, n) + 1 < MAJORITY {
                out.push(badge(t!(BADGE_NO_MAJORITY), Tone::Bad));
            } else if node.role == Role::Follower {
                if let Some(v) = node.voted_for.filter(|&v| v != n) {
                    out.push(badge(t!(BADGE_VOTED_FOR, node = node_name(v)), Tone::Plain));
                }
            }
        }
        FailoverMode::Fencing => {
            if node.fenced {
                out.push(badge(t!(BADGE_FENCED), Tone::Bad));
            } else if node.role == Role::Leader {
                let highest = sim.storage().map_or(node.term, |s| s.highest_token);
                if node.term < highest {
                    out.push(badge(t!(BADGE_STALE_TOKEN, token = node.term), Tone::Bad));
                } else {
                    out.push(badge(t!(BADGE_TOKEN, token = node.term), Tone::Leader));
                }
            }
        }
        FailoverMode::Naive => {}
    }
    let skew = sim.config().clock_skew_ms;
    if n == 0 && skew != 0 && sim.mode() == FailoverMode::Naive {
        let sign = if skew > 0 { "+" } else { "-" };
        let time = secs(skew.unsigned_abs() as f64);
        out.push(badge(t!(BADGE_CLOCK, sign = sign, time = time), Tone::Busy));
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
    let elapsed = (at_ms - start).within(0.0, timeout);
    Some((elapsed, timeout))
}

/// The badge of a running failover timer: "timeout 6.2/10.0 s" or "election 3.1/7.4 s".
pub fn timer_badge(mode: FailoverMode, elapsed_ms: f64, timeout_ms: f64) -> String {
    t!(
        TIMER_BADGE,
        raft = yes_no(mode == FailoverMode::Raft),
        elapsed = dec(elapsed_ms / 1000.0, 1),
        timeout = dec(timeout_ms / 1000.0, 1)
    )
}

/// The cells of one log row: write, balance, generation; and whether it is committed.
pub fn entry_cells(e: &Entry) -> [String; 3] {
    let label = match e.source {
        EntrySource::Initial => t!(CELL_START),
        EntrySource::Write(i) => write_letter(i),
        EntrySource::Resolution => t!(CELL_MANUAL),
    };
    [label, money(e.value), e.term.to_string()]
}

/// The row standing for the `hidden` oldest entries of a log table that is too long.
pub fn earlier_rows(hidden: usize) -> String {
    t!(EARLIER_ROWS, hidden = hidden)
}

/// The column headings of a node's log table.
pub fn log_header(mode: FailoverMode) -> [String; 3] {
    [t!(LOG_WRITE), t!(LOG_BALANCE), term_word(mode)]
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
    let mode = sim.mode();
    let entries: Vec<String> = node
        .log
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let stamped = mode == FailoverMode::Naive && e.source != EntrySource::Initial;
            t!(
                SUMMARY_ENTRY,
                entry = entry_label(e),
                value = money(e.value),
                generation = generation(mode, e.term),
                stamped = yes_no(stamped),
                time = secs(e.stamped_ms as f64),
                committed = yes_no(node.is_committed(i))
            )
        })
        .collect();
    let badges: Vec<String> = badges(sim, n).into_iter().map(|b| b.text).collect();
    t!(
        NODE_SUMMARY,
        node = node_name(n),
        role = role_line(sim, n),
        count = badges.len(),
        badges = badges.join(", "),
        value = money(node.value()),
        log = entries.join("; ")
    )
}

/// The caption of the spec's partition line on the canvas.
pub fn partition_caption() -> String {
    t!(PARTITION_CAPTION)
}

/// The mark on a link, which is also what clicking it does: "cut" (while it is up) or "heal".
pub fn link_mark(up: bool) -> String {
    if up {
        t!(LINK_MARK_CUT)
    } else {
        t!(LINK_MARK_HEAL)
    }
}

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
    let token = t!(STORAGE_TOKEN, highest = highest);
    StorageCaptions {
        name: [t!(STORAGE_NAME), t!(STORAGE_NAME_SHORT)],
        name_with_token: [
            t!(STORAGE_NAME_TOKEN, highest = highest),
            t!(STORAGE_NAME_TOKEN_SHORT, highest = highest),
        ],
        refusals: [
            t!(STORAGE_REFUSED, rejected = rejected),
            t!(STORAGE_REFUSED_SHORT, rejected = rejected),
            token.clone(),
        ],
        token: [t!(STORAGE_NEEDS_TOKEN, highest = highest), token],
    }
}
