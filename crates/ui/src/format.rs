//! Numbers, lists and counts as the sims write them in the chosen language: thousands
//! separators, percentages, short statistics and "1, 2 and 3". One place, so every sim says
//! "1,000 keys" (or "1.000 Schlüssel") the same way.

use crate::i18n::{dec, language};
use crate::msg::t;

/// `n` with the language's thousands separators: `12345` → `"12,345"` (`"12.345"` in German).
pub fn thousands(n: usize) -> String {
    language().group(i64::try_from(n).unwrap_or(i64::MAX))
}

/// `""` for one, `"s"` otherwise: `format!("{n} node{}", plural_s(n))`.
pub fn plural_s(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The count and the right form of its noun, the count grouped: `count(1, "key", "keys")` →
/// `"1 key"`, `count(1200, "key", "keys")` → `"1,200 keys"`.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", thousands(n), if n == 1 { one } else { many })
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

/// `phrase` about `items` when there are any, nothing when there are none:
/// `when_any(&badges, |b| format!(" ({})", b.join(", ")))`.
pub fn when_any<T>(items: &[T], phrase: impl FnOnce(&[T]) -> String) -> String {
    if items.is_empty() {
        String::new()
    } else {
        phrase(items)
    }
}

/// Things numbered from 1 on screen, by their 0-based indices: `numbered(["Node", "Nodes"],
/// "no node", &[0, 1, 4])` → `"Nodes 1, 2 and 5"`; `"Node 2"` for `&[1]`; `none` for none.
pub fn numbered(nouns: [&str; 2], none: &str, list: &[usize]) -> String {
    let names: Vec<String> = list
        .iter()
        .map(|i| i.saturating_add(1).to_string())
        .collect();
    match names.as_slice() {
        [] => none.to_string(),
        [one] => format!("{} {one}", nouns[0]),
        _ => format!("{} {}", nouns[1], and_list(&names)),
    }
}

/// `text` with its first letter in capitals: `capitalise("node 2 fails")` → `"Node 2 fails"`.
pub fn capitalise(text: &str) -> String {
    first_letter(text, char::to_ascii_uppercase)
}

/// `text` with its first letter in lower case: `lower_first("Shard 2")` → `"shard 2"`.
pub fn lower_first(text: &str) -> String {
    first_letter(text, char::to_ascii_lowercase)
}

/// `text` with `case` applied to its first letter. ASCII only: the sentences are English, and
/// Unicode case tables cost 10 KB of wasm.
fn first_letter(text: &str, case: fn(&char) -> char) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => std::iter::once(case(&c)).chain(chars).collect(),
        None => String::new(),
    }
}

/// A slider's value spoken in milliseconds: `milliseconds(150)` → `"150 milliseconds"`.
pub fn milliseconds(ms: u64) -> String {
    t!(MILLISECONDS, ms = ms)
}

/// A rate spoken in full: `requests_per_second(40)` → `"40 requests per second"`.
pub fn requests_per_second(rate: u64) -> String {
    t!(REQUESTS_PER_SECOND, rate = rate)
}

/// The two words of a two-state button or mark, kept together as data: the first while the
/// state is on (`const LINK: Toggle = Toggle::new("Mend link", "Cut link");` and
/// `LINK.pick(cut)`), so the pair can be read, reworded or translated in one place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Toggle {
    /// The words while the state is on.
    pub on: &'static str,
    /// The words while it is off.
    pub off: &'static str,
}

impl Toggle {
    /// `on`'s words and `off`'s.
    pub const fn new(on: &'static str, off: &'static str) -> Self {
        Toggle { on, off }
    }
    /// The words for the state `on`.
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

    #[test]
    fn thousands_are_grouped_in_threes() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000), "1,000");
        assert_eq!(thousands(12_345), "12,345");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn counts_take_the_right_noun() {
        assert_eq!(count(1, "key", "keys"), "1 key");
        assert_eq!(count(0, "key", "keys"), "0 keys");
        assert_eq!(count(1_200, "key", "keys"), "1,200 keys");
        assert_eq!(format!("2 node{}", plural_s(2)), "2 nodes");
        assert_eq!(format!("1 node{}", plural_s(1)), "1 node");
    }

    #[test]
    fn percentages_round_to_whole_numbers() {
        assert_eq!(percent_of(81, 100), "81%");
        assert_eq!(percent_of(1, 3), "33%");
        assert_eq!(percent_of(5, 0), "0%");
        assert_eq!(percent(0.374), "37%");
    }

    #[test]
    fn statistics_keep_one_decimal_below_one_hundred() {
        assert_eq!(approx(12.345), "12.3");
        assert_eq!(approx(1_428.6), "1,429");
    }

    #[test]
    fn numbered_things_read_as_english() {
        assert_eq!(numbered(["Node", "Nodes"], "no node", &[]), "no node");
        assert_eq!(numbered(["Node", "Nodes"], "no node", &[1]), "Node 2");
        assert_eq!(
            numbered(["Shard", "Shards"], "-", &[0, 1, 4]),
            "Shards 1, 2 and 5"
        );
    }

    #[test]
    fn a_phrase_about_nothing_is_empty() {
        let say = |b: &[&str]| format!(" ({})", b.join(", "));
        assert_eq!(when_any(&["leader", "stale"], say), " (leader, stale)");
        assert_eq!(when_any(&[], say), "");
    }

    #[test]
    fn first_letters_change_case() {
        assert_eq!(capitalise("node 2 fails"), "Node 2 fails");
        assert_eq!(lower_first("Shard 2"), "shard 2");
        assert_eq!(
            (capitalise(""), lower_first("")),
            (String::new(), String::new())
        );
        assert_eq!(milliseconds(150), "150 milliseconds");
        assert_eq!(requests_per_second(40), "40 requests per second");
    }

    #[test]
    fn a_toggle_picks_its_words_by_state() {
        const LINK: Toggle = Toggle::new("Mend link", "Cut link");
        assert_eq!(
            (LINK.pick(true), LINK.pick(false)),
            ("Mend link", "Cut link")
        );
    }

    #[test]
    fn lists_read_as_english() {
        assert_eq!(and_list::<&str>(&[]), "");
        assert_eq!(and_list(&["Node 1"]), "Node 1");
        assert_eq!(and_list(&["1", "2"]), "1 and 2");
        assert_eq!(and_list(&["1", "2", "5"]), "1, 2 and 5");
    }
}
