//! Every word the split-brain sim shows: the narration of the model's outcomes, the status
//! line and the next step, node roles and badges, log rows, the client writes, how a conflict
//! was resolved or why a mode has none, and the text alternatives of the canvas. Pure
//! functions of the model's outcomes and state, tested natively.

mod narration;
mod nodes;
mod story;
#[cfg(test)]
mod tests;
mod writes;

use dsim_core::split_brain::{Entry, EntrySource, FailoverMode};
use dsim_ui::format::and_list;

pub use narration::{message_captions, narrate, outcome_text};
pub use nodes::{
    badges, earlier_rows, elected_new, entry_cells, in_conflict, log_header, node_summary,
    role_line, role_line_short, storage_captions, timer_badge, timer_of, Badge, StorageCaptions,
    Tone, LINK_MARK, PARTITION_CAPTION,
};
pub use story::{
    canvas_label, clock_line, heal_reason, hint, link_button, no_writes_yet, partition_reason,
    screen_state, skew_texts, skip_reason, start_text, status, timer_texts, why_no_conflict,
    writes_reason, TimerTexts, PAUSE_TEXT,
};
pub use writes::{
    balance_clamped, balance_error, conflict_sides, lww_rows, rejection_reason,
    resolution_sentence, status_label, unsent_captions, write_captions, write_line, write_short,
    LwwRow,
};

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

/// The "Failover by" choice's label for a mode.
pub fn mode_label(mode: FailoverMode) -> &'static str {
    match mode {
        FailoverMode::Naive => "Naive monitor",
        FailoverMode::Raft => "Raft majority",
        FailoverMode::Fencing => "Fencing token / STONITH",
    }
}

/// "Node 1", "Nodes 2 and 3", "no node".
pub fn nodes_phrase(nodes: &[usize]) -> String {
    let numbers: Vec<String> = nodes.iter().map(|&n| (n + 1).to_string()).collect();
    match numbers.as_slice() {
        [] => "no node".to_string(),
        [one] => format!("Node {one}"),
        _ => format!("Nodes {}", and_list(&numbers)),
    }
}

/// The nodes with the verb for one or several: "Node 2 has", "Nodes 2 and 3 have".
pub fn nodes_verb(nodes: &[usize], one: &str, many: &str) -> String {
    let verb = if nodes.len() == 1 { one } else { many };
    format!("{} {verb}", nodes_phrase(nodes))
}

/// The name of the client write with index `index`: "Write A" … "Write Z", then "Write 27" ….
pub fn write_label(index: usize) -> String {
    format!("Write {}", write_letter(index))
}

/// A write's short name, for tight captions: "A" … "Z", then "27" ….
pub fn write_letter(index: usize) -> String {
    match u8::try_from(index) {
        Ok(i) if i < 26 => char::from(b'A' + i).to_string(),
        _ => index.saturating_add(1).to_string(),
    }
}

/// A log entry's name: "initial balance", "Write A", … or "manual resolution".
pub fn entry_label(e: &Entry) -> String {
    match e.source {
        EntrySource::Initial => "initial balance".to_string(),
        EntrySource::Write(i) => write_label(i),
        EntrySource::Resolution => "manual resolution".to_string(),
    }
}
