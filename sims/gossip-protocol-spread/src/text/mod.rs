//! All the sim's sentences, from its message catalogue: the narration of every model outcome,
//! the counters, the readouts, the screen summary and the canvases' text alternatives. Pure
//! functions of the models' outcomes and state, so every sentence is tested natively; no code
//! decides anything by reading them.

pub mod gossip;
pub mod phi;

/// The sentences in German (its tests: `german/tests.rs`).
#[cfg(test)]
#[path = "german/tests.rs"]
mod german;

use dsim_ui::i18n::{dec, language, needed_decimals, Arg};

use crate::msg::t;

/// "12.3 s" for 12,345 ms.
pub fn seconds(ms: u64) -> String {
    dsim_ui::format::secs(secs(ms))
}

/// `ms` in seconds with one decimal, as a message's variable.
fn secs(ms: u64) -> Arg<'static> {
    dec(ms as f64 / 1000.0, 1)
}

/// How many decimals `x` has when written as short as it reads (at most 6): 0 for 8, 1 for
/// 8.5.
fn decimals(x: f64) -> u8 {
    needed_decimals(x, 6)
}

/// A setting such as the phi threshold written as short as possible ("8", "8.5"; "8,5" in
/// German), as a message's variable.
fn number(x: f64) -> Arg<'static> {
    dec(x, decimals(x))
}

/// [`number`] on its own, for a slider's display.
pub fn plain_number(x: f64) -> String {
    language().decimal(x, decimals(x))
}

/// Numbers joined for a text alternative: "1, 3, 8".
fn number_list(items: impl Iterator<Item = String>) -> String {
    items.collect::<Vec<_>>().join(&t!(LIST_SEPARATOR))
}

/// A setting's range and the message that states it ("Fanout must be 1–4."), for narrating a
/// change the model may have clamped to it.
struct Limits {
    note: &'static str,
    min: Arg<'static>,
    max: Arg<'static>,
}

impl Limits {
    /// The range `min`–`max`, stated by the message `note` (with `$min` and `$max`).
    fn new(note: &'static str, min: impl Into<Arg<'static>>, max: impl Into<Arg<'static>>) -> Self {
        Limits {
            note,
            min: min.into(),
            max: max.into(),
        }
    }

    /// The setting's sentence, after the range (a sentence of its own) when the model set a
    /// `value` other than the one `requested` because that was out of range.
    fn narrate<T: PartialEq>(self, value: T, requested: T, sentence: String) -> String {
        if value == requested {
            return sentence;
        }
        let note = t!((self.note), min = self.min, max = self.max);
        format!("{note} {sentence}")
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

    #[test]
    fn numbers_are_as_short_as_they_read() {
        assert_eq!(plain_number(8.0), "8");
        assert_eq!(plain_number(8.5), "8.5");
        // At most 6 decimals: a sum's binary noise is not shown.
        assert_eq!(plain_number(0.1 + 0.2), "0.3");
    }
}
