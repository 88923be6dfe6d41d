//! Numbers, lists and counts as the sims write them in the chosen language: thousands
//! separators, percentages, short statistics and "1, 2 and 3". One place, so every sim says
//! "1,000 keys" (or "1.000 Schlüssel") the same way.

use crate::i18n::{dec, language, Arg};
use crate::msg::t;

/// `n` with the language's thousands separators: `12345` → `"12,345"` (`"12.345"` in German).
pub fn thousands(n: usize) -> String {
    language().group(i64::try_from(n).unwrap_or(i64::MAX))
}

/// `part` as a whole percentage of `whole`: `percent_of(81, 100)` → `"81%"`; `"0%"` of nothing.
pub fn percent_of(part: usize, whole: usize) -> String {
    if whole == 0 {
        return "0%".to_string();
    }
    percent(part as f64 / whole as f64)
}

/// A share (0–1) as a whole percentage: `percent(0.374)` → `"37%"`.
pub fn percent(share: f64) -> String {
    t!(PERCENT, p = dec(share * 100.0, 0))
}

/// A statistic as shown: one decimal below 100, whole and grouped from 100 on (`"1,429"`).
pub fn approx(x: f64) -> String {
    if x.abs() >= 100.0 {
        thousands(x.round().max(0.0) as usize)
    } else {
        language().decimal(x, 1)
    }
}

/// Joins names as the language lists them: `["1"]` → `"1"`, `["1", "2", "3"]` → `"1, 2 and
/// 3"` (`"1, 2 und 3"`).
pub fn and_list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [first, middle @ .., last] => {
            let init = middle.iter().fold(first.as_ref().to_string(), |acc, next| {
                t!(LIST_COMMA, first = acc, next = next.as_ref())
            });
            t!(LIST_AND, init = init, last = last.as_ref())
        }
    }
}

/// Things numbered from 1 on screen, by their 0-based indices, as a list: `&[0, 1, 4]` →
/// `"1, 2 and 5"` (the sentence around it picks the noun's plural from the count).
pub fn numbers(list: &[usize]) -> String {
    let names: Vec<String> = list
        .iter()
        .map(|i| i.saturating_add(1).to_string())
        .collect();
    and_list(&names)
}

/// Milliseconds as a slider or a label shows them: `ms(150)` → `"150 ms"`.
pub fn ms<'a>(ms: impl Into<Arg<'a>>) -> String {
    t!(UNIT_MS, ms = ms.into())
}

/// Seconds as a slider or a label shows them: `secs(10)` → `"10 s"`, `secs(dec(1.5, 1))` →
/// `"1.5 s"`.
pub fn secs<'a>(s: impl Into<Arg<'a>>) -> String {
    t!(UNIT_S, s = s.into())
}

/// A slider's value spoken in whole seconds: `seconds(10)` → `"10 seconds"`, `"1 second"`.
pub fn seconds(s: u64) -> String {
    t!(SECONDS, s = s)
}

/// A slider's value spoken in milliseconds: `milliseconds(150)` → `"150 milliseconds"`.
pub fn milliseconds(ms: u64) -> String {
    t!(MILLISECONDS, ms = ms)
}

/// A rate spoken in full: `requests_per_second(40)` → `"40 requests per second"`.
pub fn requests_per_second(rate: u64) -> String {
    t!(REQUESTS_PER_SECOND, rate = rate)
}

/// The two messages of a two-state button or mark, kept together as data: the first while the
/// state is on (`const LINK: Toggle = Toggle::new(msg::MEND_LINK, msg::CUT_LINK);` and
/// `t!((LINK.pick(cut)))`), so the pair reads as one thing in the code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Toggle {
    /// The message while the state is on.
    pub on: &'static str,
    /// The message while it is off.
    pub off: &'static str,
}

impl Toggle {
    /// `on`'s message and `off`'s.
    pub const fn new(on: &'static str, off: &'static str) -> Self {
        Toggle { on, off }
    }
    /// The message for the state `on`.
    pub const fn pick(self, on: bool) -> &'static str {
        if on {
            self.on
        } else {
            self.off
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{choose, compile::compile, install};

    /// Renders `f` in German (the shell's catalogue), then goes back to English.
    fn in_german<T>(f: impl FnOnce() -> T) -> T {
        let de = compile("de", include_str!("../locales/de.ftl")).expect("de.ftl compiles");
        choose("de");
        install("ui", de.encode());
        let out = f();
        choose("en");
        out
    }

    #[test]
    fn numbers_lists_and_shares_read_as_english() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(1_234_567), "1,234,567");
        assert_eq!(percent_of(81, 100), "81%");
        assert_eq!(percent_of(1, 3), "33%");
        assert_eq!(percent_of(5, 0), "0%");
        assert_eq!(percent(0.374), "37%");
        assert_eq!(approx(12.345), "12.3");
        assert_eq!(approx(1_428.6), "1,429");
        assert_eq!(and_list::<&str>(&[]), "");
        assert_eq!(and_list(&["Node 1"]), "Node 1");
        assert_eq!(and_list(&["1", "2"]), "1 and 2");
        assert_eq!(numbers(&[0, 1, 4]), "1, 2 and 5");
        assert_eq!(milliseconds(150), "150 milliseconds");
        assert_eq!(requests_per_second(40), "40 requests per second");
        assert_eq!(
            (ms(150), secs(10), secs(dec(1.5, 1))),
            ("150 ms".into(), "10 s".into(), "1.5 s".into())
        );
        assert_eq!(
            (seconds(1), seconds(10)),
            ("1 second".into(), "10 seconds".into())
        );
    }

    #[test]
    fn and_in_german() {
        let said = in_german(|| {
            (
                thousands(12_345),
                percent(0.374),
                approx(12.345),
                numbers(&[0, 1, 4]),
                milliseconds(150),
                (secs(dec(1.5, 1)), seconds(1), seconds(10)),
            )
        });
        let german = (
            "12.345".to_string(),
            "37 %".to_string(),
            "12,3".to_string(),
            "1, 2 und 5".to_string(),
            "150 Millisekunden".to_string(),
            (
                "1,5 s".to_string(),
                "1 Sekunde".to_string(),
                "10 Sekunden".to_string(),
            ),
        );
        assert_eq!(said, german);
        assert_eq!(numbers(&[0, 1]), "1 and 2", "back in English");
    }

    #[test]
    fn a_toggle_picks_its_message_by_state() {
        const LINK: Toggle = Toggle::new("mend-link", "cut-link");
        assert_eq!(
            (LINK.pick(true), LINK.pick(false)),
            ("mend-link", "cut-link")
        );
    }
}
