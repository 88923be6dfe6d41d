//! The client writes in words: their status badges and lines, a conflict's sides, and how a
//! conflict was resolved.

use dsim_core::split_brain::{ClientWrite, Conflict, Entry, Rejection, Resolution, WriteStatus};

use crate::settings::{BalanceError, MAX_MERGED};

use super::{entry_label, money, node_name, nodes_verb, secs, write_label, write_letter, Tone};

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
            "? timed out: outcome unknown".to_string(),
            "? timed out",
            Tone::Busy,
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

/// A write's caption in its box on the canvas, longest first, for the widest that fits:
/// "Write A: user balance = $500", "Write A: $500", "A $500".
pub fn write_captions(index: usize, value: i64) -> [String; 3] {
    let (label, value) = (write_label(index), money(value));
    [
        format!("{label}: user balance = {value}"),
        format!("{label}: {value}"),
        format!("{} {value}", write_letter(index)),
    ]
}

/// The status line of a client's box before it sent anything (client `slot`: 0 is Client A),
/// long and short.
pub fn unsent_captions(slot: usize) -> (String, String) {
    (
        format!("Client {}: not sent yet", write_letter(slot)),
        "not sent yet".to_string(),
    )
}

/// A write's full line for the page: "Write A: user balance = $500 → Node 1: acknowledged".
pub fn write_line(w: &ClientWrite) -> String {
    let via = match w.accepted_by {
        Some(l) if l != w.target => format!(" (redirected to {})", node_name(l)),
        _ => String::new(),
    };
    format!(
        "{}: user balance = {} → {}{via}: {}",
        write_label(w.index),
        money(w.value),
        node_name(w.target),
        status_label(w.status)
    )
}

/// A write's status as its line on the page ends, e.g. "acknowledged" or
/// "rejected: stale token 1 < 2".
pub fn status_label(status: WriteStatus) -> String {
    match status {
        WriteStatus::Scheduled => "on its way".to_string(),
        WriteStatus::Pending => "waiting for a majority".to_string(),
        WriteStatus::Acknowledged => "acknowledged".to_string(),
        WriteStatus::Committed => "committed".to_string(),
        WriteStatus::Rejected(r) => format!("rejected: {}", rejection_reason(r)),
        WriteStatus::TimedOut => "timed out (outcome unknown to the client)".to_string(),
        WriteStatus::CommittedLate => "committed after the client timed out".to_string(),
        WriteStatus::Lost => "acknowledged, then silently lost".to_string(),
    }
}

/// Why a node refused a write, briefly: "stale token 1 < 2".
pub fn rejection_reason(r: Rejection) -> String {
    match r {
        Rejection::PoweredOff => "node powered off".to_string(),
        Rejection::NoLeader => "no leader known".to_string(),
        Rejection::StaleToken { token, highest } => format!("stale token {token} < {highest}"),
        Rejection::Frozen => "waiting for conflict resolution".to_string(),
    }
}

/// The two (or more) divergent values of a conflict: "Node 1 holds $500 (Write A)".
pub fn conflict_sides(c: &Conflict) -> Vec<String> {
    c.sides
        .iter()
        .map(|s| {
            let what = s.last().map(entry_label).unwrap_or_default();
            format!(
                "{} {} ({what})",
                nodes_verb(&s.holders, "holds", "hold"),
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
        write: format!("{} ({})", entry_label(e), money(e.value)),
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
            let lost_names: Vec<String> = lost.iter().map(entry_label).collect();
            let mut s = format!(
                "Last-Write-Wins: {} has the latest timestamp and wins.",
                entry_label(winner)
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
            let names: Vec<String> = kept.iter().map(entry_label).collect();
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

/// Why a typed merged balance was refused, in words a student can act on.
pub fn balance_error(e: BalanceError) -> String {
    match e {
        BalanceError::Empty => "Type a balance in whole dollars, for example 625.".to_string(),
        BalanceError::NotDigit(bad) => {
            let shown: String = bad.escape_default().collect();
            format!("Digits only: “{shown}” is not a digit. Type whole dollars, for example 625.")
        }
    }
}

/// The note when a typed merged balance was larger than allowed.
pub fn balance_clamped() -> String {
    format!("Balances go up to ${MAX_MERGED}; using ${MAX_MERGED}.")
}
