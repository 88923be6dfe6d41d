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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seconds_keep_one_decimal() {
        assert_eq!(seconds(12_345), "12.3 s");
        assert_eq!(seconds(0), "0.0 s");
    }
}
