//! The client writes in words: their status badges and lines, a conflict's sides, and how a
//! conflict was resolved.

use dsim_core::split_brain::{ClientWrite, Conflict, Entry, Rejection, Resolution, WriteStatus};

use dsim_ui::i18n::yes_no;

use crate::msg::{self, t};
use crate::settings::{BalanceError, MAX_MERGED};

use super::{
    entries_listed, entry_label, entry_value, money, node_name, nodes_phrase, secs, write_label,
    write_letter, Tone,
};

/// A write's status for its box on the canvas, long and short, and its tone.
pub fn write_short(w: &ClientWrite) -> (String, String, Tone) {
    let (long, short, tone) = match w.status {
        WriteStatus::Scheduled => (msg::WS_ON_WAY, msg::WS_ON_WAY, Tone::Busy),
        WriteStatus::Pending => (msg::WS_PENDING, msg::WS_PENDING_SHORT, Tone::Busy),
        WriteStatus::Acknowledged => (msg::WS_ACKED, msg::WS_ACKED_SHORT, Tone::Good),
        WriteStatus::Committed => (msg::WS_COMMITTED, msg::WS_COMMITTED, Tone::Good),
        WriteStatus::Rejected(Rejection::StaleToken { token, highest }) => {
            let long = t!(WS_STALE, token = token, highest = highest);
            return (long, t!(WS_REJECTED_SHORT), Tone::Bad);
        }
        WriteStatus::Rejected(Rejection::PoweredOff) => {
            (msg::WS_POWERED_OFF, msg::WS_POWERED_OFF_SHORT, Tone::Bad)
        }
        WriteStatus::Rejected(Rejection::NoLeader) => {
            (msg::WS_NO_LEADER, msg::WS_REFUSED_SHORT, Tone::Bad)
        }
        WriteStatus::Rejected(Rejection::Frozen) => {
            (msg::WS_FROZEN, msg::WS_REFUSED_SHORT, Tone::Bad)
        }
        WriteStatus::TimedOut => (msg::WS_TIMED_OUT, msg::WS_TIMED_OUT_SHORT, Tone::Busy),
        WriteStatus::CommittedLate => (msg::WS_LATE, msg::WS_LATE_SHORT, Tone::Busy),
        WriteStatus::Lost => (msg::WS_LOST, msg::WS_LOST_SHORT, Tone::Bad),
    };
    (t!((long)), t!((short)), tone)
}

/// A write's caption in its box on the canvas, longest first, for the widest that fits:
/// "Write A: user balance = $500", "Write A: $500", "A $500".
pub fn write_captions(index: usize, value: i64) -> [String; 3] {
    let (label, value) = (write_label(index), money(value));
    [
        t!(
            WRITE_CAPTION,
            write = label.as_str(),
            value = value.as_str()
        ),
        t!(WRITE_CAPTION_SHORT, write = label, value = value.as_str()),
        format!("{} {value}", write_letter(index)),
    ]
}

/// The status line of a client's box before it sent anything (client `slot`: 0 is Client A),
/// long and short.
pub fn unsent_captions(slot: usize) -> (String, String) {
    (t!(UNSENT, client = write_letter(slot)), t!(UNSENT_SHORT))
}

/// A write's full line for the page: "Write A: user balance = $500 → Node 1: acknowledged".
pub fn write_line(w: &ClientWrite) -> String {
    let via = w.accepted_by.filter(|&l| l != w.target);
    t!(
        WRITE_LINE,
        write = write_label(w.index),
        value = money(w.value),
        node = node_name(w.target),
        redirected = yes_no(via.is_some()),
        leader = via.map(node_name).unwrap_or_default(),
        status = status_label(w.status)
    )
}

/// A write's status as its line on the page ends, e.g. "acknowledged" or
/// "rejected: stale token 1 < 2".
pub fn status_label(status: WriteStatus) -> String {
    match status {
        WriteStatus::Scheduled => t!(STATUS_ON_WAY),
        WriteStatus::Pending => t!(STATUS_PENDING),
        WriteStatus::Acknowledged => t!(STATUS_ACKED),
        WriteStatus::Committed => t!(STATUS_COMMITTED),
        WriteStatus::Rejected(r) => t!(STATUS_REJECTED, reason = rejection_reason(r)),
        WriteStatus::TimedOut => t!(STATUS_TIMED_OUT),
        WriteStatus::CommittedLate => t!(STATUS_LATE),
        WriteStatus::Lost => t!(STATUS_LOST),
    }
}

/// Why a node refused a write, briefly: "stale token 1 < 2".
pub fn rejection_reason(r: Rejection) -> String {
    match r {
        Rejection::PoweredOff => t!(REASON_POWERED_OFF),
        Rejection::NoLeader => t!(REASON_NO_LEADER),
        Rejection::StaleToken { token, highest } => {
            t!(REASON_STALE, token = token, highest = highest)
        }
        Rejection::Frozen => t!(REASON_FROZEN),
    }
}

/// The two (or more) divergent values of a conflict: "Node 1 holds $500 (Write A)".
pub fn conflict_sides(c: &Conflict) -> Vec<String> {
    c.sides
        .iter()
        .map(|s| {
            let what = s.last().map(entry_label).unwrap_or_default();
            t!(
                CONFLICT_SIDE,
                nodes = nodes_phrase(&s.holders),
                count = s.holders.len(),
                value = money(s.value),
                entry = what
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
        write: entry_value(e),
        happened: secs(e.real_ms as f64),
        stamped: secs(e.stamped_ms as f64),
        outcome: if won { t!(LWW_WINS) } else { t!(LWW_LOST_WORD) },
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
            let mut said = vec![t!(RES_LWW, winner = entry_label(winner))];
            if !lost.is_empty() {
                said.push(t!(
                    RES_LWW_LOST,
                    lost = entries_listed(lost, entry_label),
                    count = lost.len()
                ));
            }
            if *older_won {
                said.push(t!(
                    RES_SKEW,
                    time = secs(skew_ms.unsigned_abs() as f64),
                    fast = yes_no(skew_ms >= 0)
                ));
            }
            said.join(" ")
        }
        Resolution::Manual { value, kept } => t!(
            RES_MANUAL,
            value = money(*value),
            count = kept.len(),
            names = entries_listed(kept, entry_label)
        ),
    }
}

/// Why a typed merged balance was refused, in words a student can act on.
pub fn balance_error(e: BalanceError) -> String {
    match e {
        BalanceError::Empty => t!(BALANCE_EMPTY),
        BalanceError::NotDigit(bad) => {
            let shown: String = bad.escape_default().collect();
            t!(BALANCE_NOT_DIGIT, bad = shown)
        }
    }
}

/// The note when a typed merged balance was larger than allowed.
pub fn balance_clamped() -> String {
    t!(BALANCE_CLAMPED, max = MAX_MERGED)
}
