//! All the sim's English: the narration of every model outcome, the counters, the readouts,
//! the screen summary and the canvases' text alternatives. Pure functions of the models'
//! outcomes and state, so every sentence is tested natively; no code decides anything by
//! reading them.

pub mod gossip;
pub mod phi;

/// "12.3 s" for 12,345 ms.
pub fn seconds(ms: u64) -> String {
    format!("{:.1} s", ms as f64 / 1000.0)
}

/// The note before a setting's sentence when the value asked for was out of range and was
/// clamped; empty otherwise.
fn clamp_note(clamped: bool, note: impl FnOnce() -> String) -> String {
    if clamped {
        note()
    } else {
        String::new()
    }
}

/// The screen summary's fixed part: what the picture shows and what the controls do.
pub const ABOUT: &[&str] = &[
    "Two panels. Gossip spread: a grid of nodes, one of which (Node 4) has crashed. Each node shows whether it knows of the crash: a question mark for unaware, an exclamation mark for just informed this round, a check mark for spreading it. A chart below plots the share of informed nodes per round, beside the expected curve.",
    "Start Gossip begins the spread, Next Round and Play advance it. Sliders set the fanout (peers per round), the message loss and the number of nodes; a choice sets push or push-pull; each node is a button that fails or revives it; Run 200 trials measures the mean rounds to full spread. The Phi accrual detector panel plots a heartbeat's phi and a fixed timeout over time, with sliders for the phi threshold, the heartbeat jitter and the fixed timeout, and a button that stops the heartbeats.",
];

/// The sim's part of the help dialog.
pub const HELP: &[&str] = &[
    "Node 4 has crashed. With no central monitor, the news spreads by gossip: each round every informed node tells a few random peers (the fanout). Gray ? nodes do not know yet, orange ! nodes learned it this round, green ✓ nodes spread it. Large clusters are drawn as small squares: hollow (unaware), orange dot (just informed), solid green (spreading).",
    "Press Start Gossip, then Next Round (or Play). Change the fanout, the message loss, the number of nodes and push or push-pull. Click a node (or Tab to it and press Enter) to fail or revive it. Reset keeps the run as a faint line on the chart; Run 200 trials measures the mean rounds to full spread.",
    "The Phi accrual detector tab shows how a node decides that a peer is down: phi rises with the silence since the last heartbeat, measured against the heartbeats' own jitter.",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seconds_keep_one_decimal() {
        assert_eq!(seconds(12_345), "12.3 s");
        assert_eq!(seconds(0), "0.0 s");
    }
}
