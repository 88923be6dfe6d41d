//! Every sentence the split-brain sim shows, rendered from its message catalogue
//! (`locales/<lang>.ftl`) in the page's language: the narration of the model's outcomes, the
//! status line and the next step, node roles and badges, log rows, the client writes, how a
//! conflict was resolved or why a mode has none, and the text alternatives of the canvas. Pure
//! functions of the model's outcomes and state, tested natively.

mod narration;
mod nodes;
mod story;
#[cfg(test)]
mod tests;
mod writes;

use dsim_core::split_brain::{Entry, EntrySource, FailoverMode};

use dsim_ui::format::numbers;
use dsim_ui::i18n::dec;
pub use narration::{
    common_captions, common_text, message_captions, mode_text, narrate, narrate_with, outcome_text,
};
pub use nodes::{
    badges, earlier_rows, elected_new, entry_cells, in_conflict, link_mark, log_header,
    node_summary, partition_caption, role_line, role_line_short, storage_captions, timer_badge,
    timer_of, Badge, StorageCaptions, Tone,
};
pub use story::{
    canvas_label, clock_line, heal_reason, hint, link_button, no_writes_yet, partition_reason,
    pause_text, reset_text, screen_state, skew_texts, skip_reason, start_text, status, timer_texts,
    why_no_conflict, writes_reason, TimerTexts,
};
pub use writes::{
    balance_clamped, balance_error, conflict_sides, lww_rows, rejection_reason,
    resolution_sentence, status_label, unsent_captions, write_captions, write_line, write_short,
    LwwRow,
};

use crate::msg::t;

/// "Node 2" for index 1.
pub fn node_name(n: usize) -> String {
    t!(NODE_NAME, n = n.saturating_add(1))
}

/// "$500", "-$20".
pub fn money(v: i64) -> String {
    let sign = if v < 0 { "minus" } else { "plus" };
    t!(MONEY, sign = sign, v = v.unsigned_abs())
}

/// Milliseconds as seconds with one decimal: "12.0 s". The tenths are rounded half up
/// (towards +∞, for the negative stamps of a clock set back too) from whole hundreds of
/// milliseconds, so two times 5,000 ms apart always read 5.0 s apart ("1.2 s" and "6.2 s"
/// for 1,150 and 6,150 ms, not "1.1 s" and "6.2 s"; "-3.8 s" and "1.2 s" for −3,850 and
/// 1,150 ms).
pub fn secs(ms: f64) -> String {
    let tenths = (ms / 100.0 + 0.5).floor();
    dsim_ui::format::secs(dec(tenths / 10.0, 1))
}

/// "epoch", "term" or "token": what a mode calls a leader's generation number.
pub fn term_word(mode: FailoverMode) -> String {
    t!(TERM_WORD, mode = mode.param())
}

/// A generation number with the mode's word for it: "epoch 2", "term 3", "token 2".
pub fn generation(mode: FailoverMode, n: u64) -> String {
    t!(GENERATION, mode = mode.param(), n = n)
}

/// The "Failover by" choice's label for a mode.
pub fn mode_label(mode: FailoverMode) -> String {
    t!(MODE_LABEL, mode = mode.param())
}

/// "Node 1", "Nodes 2 and 3", "no node".
pub fn nodes_phrase(nodes: &[usize]) -> String {
    t!(NODES, count = nodes.len(), list = numbers(nodes))
}

/// The name of the client write with index `index`: "Write A" … "Write Z", then "Write 27" ….
pub fn write_label(index: usize) -> String {
    t!(WRITE_LABEL, w = write_letter(index))
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
        EntrySource::Initial => t!(ENTRY_INITIAL),
        EntrySource::Write(i) => write_label(i),
        EntrySource::Resolution => t!(ENTRY_RESOLUTION),
    }
}

/// A log entry with its value: "Write A ($500)".
pub fn entry_value(e: &Entry) -> String {
    t!(ENTRY_VALUE, entry = entry_label(e), value = money(e.value))
}

/// Log entries as a list, each named by `name` ([`entry_label`] or [`entry_value`]):
/// "Write A and Write B".
pub fn entries_listed(entries: &[Entry], name: fn(&Entry) -> String) -> String {
    let names: Vec<String> = entries.iter().map(name).collect();
    dsim_ui::format::and_list(&names)
}
