//! The names the sim gives the model's things: strategies (with the chapter's table columns),
//! regions, letter ranges, lists of shards, scan ranges and dates.

use dsim_core::sharding::{calendar_date, letter_char, LetterRange, Region, ScanRange, Strategy};
use dsim_ui::format::{and_list, numbers};

use crate::msg::{self, t};

/// The strategy's words in a message that selects on `$strategy`: its name
/// (`msg::STRATEGY_LABEL`, `msg::STRATEGY_SHORT`) or a column of the chapter's table
/// (`msg::HOW_IT_WORKS`, `msg::HOW_IT_WORKS_INLINE`, `msg::STRENGTHS`, `msg::WEAKNESSES`).
pub fn strategy_text(s: Strategy, id: &'static str) -> String {
    t!((id), strategy = s.key())
}

/// The strategy's name as in the chapter's table.
pub fn strategy_label(s: Strategy) -> String {
    strategy_text(s, msg::STRATEGY_LABEL)
}

/// The field the model shards on under the strategy (`id` for the user id whatever the
/// strategy, as range sharding uses with new sign-ups).
pub fn shard_key_field(s: Strategy, on_id: bool) -> String {
    let field = match s {
        _ if on_id => "user-id",
        Strategy::Range => "last-name",
        Strategy::Hash => "user-id",
        Strategy::Directory => "first-letter",
        Strategy::Geographic => "region",
    };
    t!(SHARD_KEY_FIELD, field = field)
}

/// The region's display name (the name of a data centre, the same in every language).
pub fn region_label(r: Region) -> &'static str {
    match r {
        Region::UsEast => "US-East",
        Region::EuWest => "EU-West",
        Region::Apac => "APAC",
    }
}

/// A letter range such as `C–F` (or `C` for a single letter).
pub fn range_label(r: LetterRange) -> String {
    let r = LetterRange::new(r.from, r.to);
    if r.from == r.to {
        letter_char(r.from).to_string()
    } else {
        format!("{}–{}", letter_char(r.from), letter_char(r.to))
    }
}

/// Letter ranges in order: `A–G, H–N, O–T, U–Z`.
pub fn ranges_label(ranges: &[LetterRange]) -> String {
    let parts: Vec<String> = ranges.iter().map(|&r| range_label(r)).collect();
    parts.join(", ")
}

/// Consecutive letters as ranges: `B, M, S–T`.
pub fn letters_text(letters: &[u8]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < letters.len() {
        let start = letters[i];
        let mut end = start;
        while i + 1 < letters.len() && letters[i + 1] == end + 1 {
            i += 1;
            end = letters[i];
        }
        parts.push(range_label(LetterRange::new(start, end)));
        i += 1;
    }
    parts.join(", ")
}

/// Letters one by one as a list: `B, M and S`.
pub fn letters_list(letters: &[u8]) -> String {
    let parts: Vec<String> = letters
        .iter()
        .map(|&l| letter_char(l).to_string())
        .collect();
    and_list(&parts)
}

/// Shards (0-based) by their numbers: `Shard 2`, `Shards 1, 2 and 4` or `no shard`.
pub fn shard_list(shards: &[usize]) -> String {
    t!(SHARD_LIST, count = shards.len(), list = numbers(shards))
}

/// Signup day `day` as a date, `YYYY-MM-DD`.
pub fn date_label(day: u32) -> String {
    let d = calendar_date(day);
    format!("{}-{:02}-{:02}", d.year, d.month, d.day)
}

/// A scan's key range: `surnames C–F` or `signups 2020-01-01 to 2020-12-31`.
pub fn scan_label(range: ScanRange) -> String {
    match range {
        ScanRange::Names(r) => t!(SCAN_NAMES, range = range_label(r)),
        ScanRange::Signup { from_day, to_day } => t!(
            SCAN_SIGNUPS,
            from = date_label(from_day.min(to_day)),
            to = date_label(from_day.max(to_day))
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_naturally() {
        assert_eq!(range_label(LetterRange::new(5, 2)), "C–F");
        assert_eq!(range_label(LetterRange::new(18, 18)), "S");
        assert_eq!(
            strategy_text(Strategy::Hash, msg::WEAKNESSES),
            "Range scans require hitting all shards"
        );
        assert_eq!(letters_text(&[1, 12, 18, 19, 20]), "B, M, S–U");
        assert_eq!(letters_text(&[]), "");
        assert_eq!(letters_list(&[1, 12, 18]), "B, M and S");
        assert_eq!(shard_list(&[]), "no shard");
        assert_eq!(shard_list(&[1]), "Shard 2");
        assert_eq!(shard_list(&[0, 1, 3]), "Shards 1, 2 and 4");
    }

    #[test]
    fn dates_read_as_iso_dates() {
        assert_eq!(date_label(0), "2015-01-01");
        assert_eq!(date_label(58), "2015-02-28");
        assert_eq!(date_label(365 + 59), "2016-02-29");
        assert_eq!(date_label(u32::MAX), "11761236-01-20");
        assert_eq!(
            scan_label(ScanRange::signup_year(2020)),
            "signups 2020-01-01 to 2020-12-31"
        );
        assert_eq!(
            scan_label(ScanRange::Names(LetterRange::new(2, 5))),
            "surnames C–F"
        );
    }
}
