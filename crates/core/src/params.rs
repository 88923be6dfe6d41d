//! Reading a sim's settings from its URL query string, safely.
//!
//! A course author links to `main.html?n=5&w=3`; a student edits the link by hand. Every value
//! is therefore read as untrusted text: malformed or out-of-range values are replaced by the
//! nearest valid one and a short notice says so, so a bad link never breaks the page.

use std::ops::RangeInclusive;

use crate::rng::DEFAULT_SEED;

/// The longest query string that is read; anything past it is ignored (and noted).
pub const MAX_QUERY_LEN: usize = 16 * 1024;
/// The longest value shown back inside a notice.
const MAX_SHOWN: usize = 24;
/// The most notices kept; a link with hundreds of bad values gets a summary instead.
const MAX_NOTICES: usize = 8;

/// Reads typed, clamped settings from a query string and collects notices about every change.
#[derive(Debug, Clone)]
pub struct ParamReader {
    pairs: Vec<(String, String)>,
    notices: Vec<String>,
    dropped_notices: usize,
}

impl ParamReader {
    /// Parses `query` (with or without its leading `?`); percent-escapes and `+` are decoded.
    pub fn new(query: &str) -> Self {
        let mut reader = ParamReader {
            pairs: Vec::new(),
            notices: Vec::new(),
            dropped_notices: 0,
        };
        let mut query = query.strip_prefix('?').unwrap_or(query);
        if query.len() > MAX_QUERY_LEN {
            let mut cut = MAX_QUERY_LEN;
            while !query.is_char_boundary(cut) {
                cut -= 1;
            }
            query = &query[..cut];
            reader.note("The link is very long; only its first 16 KB were read.".to_string());
        }
        reader.pairs = form_urlencoded::parse(query.as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        reader
    }

    /// Records a notice shown to the user (for example about two settings that conflict).
    pub fn note(&mut self, message: String) {
        if self.notices.len() < MAX_NOTICES {
            self.notices.push(message);
        } else {
            self.dropped_notices += 1;
        }
    }

    /// The notices collected so far, in the order the settings were read.
    pub fn notices(&self) -> Vec<String> {
        let mut all = self.notices.clone();
        if self.dropped_notices > 0 {
            all.push(format!(
                "{} more settings in the link were changed.",
                self.dropped_notices
            ));
        }
        all
    }

    /// The raw text of `key`: its first occurrence, noting when it was repeated.
    pub fn raw(&mut self, key: &str) -> Option<String> {
        let mut values = self
            .pairs
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v.clone());
        let first = values.next()?;
        let extra = values.count();
        if extra > 0 {
            self.note(format!(
                "{key} was given {} times; using the first ({}).",
                extra + 1,
                shown(&first)
            ));
        }
        Some(first)
    }

    /// Whether the link names `key` at all.
    pub fn has(&self, key: &str) -> bool {
        self.pairs.iter().any(|(k, _)| k == key)
    }

    /// A whole number in `range`; rounds fractions and clamps, noting each change.
    pub fn int(&mut self, key: &str, range: RangeInclusive<i64>, default: i64) -> i64 {
        self.int_capped(key, range, default, None)
    }

    /// Like [`ParamReader::int`], but a value above the range is explained by what caps it,
    /// e.g. `cap = Some("N=5")` gives "w=9 is larger than N=5; using w=5."
    pub fn int_capped(
        &mut self,
        key: &str,
        range: RangeInclusive<i64>,
        default: i64,
        cap: Option<&str>,
    ) -> i64 {
        let (lo, hi) = (*range.start(), *range.end());
        let Some(text) = self.raw(key) else {
            return default;
        };
        match parse_number(&text) {
            None => {
                self.note(format!(
                    "{key}={} is not a number; using {key}={default}.",
                    shown(&text)
                ));
                default
            }
            Some(x) => {
                let rounded = x.round();
                let clamped = rounded.clamp(lo as f64, hi as f64) as i64;
                if let (Some(cap), true) = (cap, rounded > hi as f64) {
                    self.note(format!(
                        "{key}={} is larger than {cap}; using {key}={clamped}.",
                        shown(&text)
                    ));
                } else if rounded < lo as f64 || rounded > hi as f64 {
                    self.note(format!(
                        "{key}={} is outside {lo}–{hi}; using {key}={clamped}.",
                        shown(&text)
                    ));
                } else if rounded != x {
                    self.note(format!(
                        "{key}={} is not a whole number; using {key}={clamped}.",
                        shown(&text)
                    ));
                }
                clamped
            }
        }
    }

    /// A number in `range`, clamped, noting each change.
    pub fn float(&mut self, key: &str, range: RangeInclusive<f64>, default: f64) -> f64 {
        let (lo, hi) = (*range.start(), *range.end());
        let Some(text) = self.raw(key) else {
            return default;
        };
        match parse_number(&text) {
            None => {
                self.note(format!(
                    "{key}={} is not a number; using {key}={default}.",
                    shown(&text)
                ));
                default
            }
            Some(x) => {
                let clamped = x.clamp(lo, hi);
                if clamped != x {
                    self.note(format!(
                        "{key}={} is outside {lo}–{hi}; using {key}={clamped}.",
                        shown(&text)
                    ));
                }
                clamped
            }
        }
    }

    /// An on/off setting: `1`, `true`, `yes`, `on` (or the bare key) mean on; `0`, `false`, `no`, `off` mean off.
    pub fn flag(&mut self, key: &str, default: bool) -> bool {
        let Some(text) = self.raw(key) else {
            return default;
        };
        match text.trim().to_ascii_lowercase().as_str() {
            "" | "1" | "true" | "yes" | "on" => true,
            "0" | "false" | "no" | "off" => false,
            _ => {
                self.note(format!(
                    "{key}={} is not on or off; using {key}={}.",
                    shown(&text),
                    u8::from(default)
                ));
                default
            }
        }
    }

    /// One of `options` (matched without regard to case), or `default` with a notice.
    pub fn choice<'a>(&mut self, key: &str, options: &[&'a str], default: &'a str) -> &'a str {
        let Some(text) = self.raw(key) else {
            return default;
        };
        let wanted = text.trim().to_ascii_lowercase();
        if let Some(found) = options.iter().find(|o| o.eq_ignore_ascii_case(&wanted)) {
            return found;
        }
        self.note(format!(
            "{key}={} is not one of {}; using {key}={default}.",
            shown(&text),
            options.join(", ")
        ));
        default
    }

    /// The run's seed (`?seed=`): a whole number from 0 to 2^64 − 1, or [`DEFAULT_SEED`].
    pub fn seed(&mut self) -> u64 {
        let Some(text) = self.raw("seed") else {
            return DEFAULT_SEED;
        };
        match text.trim().parse::<u64>() {
            Ok(seed) => seed,
            Err(_) => {
                self.note(format!(
                    "seed={} is not a whole number from 0 to 18446744073709551615; using seed={DEFAULT_SEED}.",
                    shown(&text)
                ));
                DEFAULT_SEED
            }
        }
    }

    /// The animation speed multiplier (`?speed=`), from 0.25 to 10.
    pub fn speed(&mut self) -> f64 {
        self.float("speed", 0.25..=10.0, 1.0)
    }
}

/// Writes settings back into a query string, the inverse of [`ParamReader`].
///
/// "Copy link to this state" uses it: an instructor prepares a configuration, shares the link,
/// and every student who opens it starts from exactly the same settings and seed, so the same
/// clicks replay the same run.
pub struct ParamWriter {
    out: form_urlencoded::Serializer<'static, String>,
}

impl Default for ParamWriter {
    fn default() -> Self {
        ParamWriter::new()
    }
}

impl ParamWriter {
    /// An empty query.
    pub fn new() -> Self {
        ParamWriter {
            out: form_urlencoded::Serializer::new(String::new()),
        }
    }

    /// Adds `key=value` for a whole number.
    pub fn int(&mut self, key: &str, value: i64) -> &mut Self {
        self.out.append_pair(key, &value.to_string());
        self
    }

    /// Adds `key=value` for a decimal number in its shortest form; every setting's value (at most
    /// 15 significant digits) reads back exactly.
    pub fn float(&mut self, key: &str, value: f64) -> &mut Self {
        self.out.append_pair(key, &value.to_string());
        self
    }

    /// Adds `key=1` or `key=0`.
    pub fn flag(&mut self, key: &str, on: bool) -> &mut Self {
        self.out.append_pair(key, if on { "1" } else { "0" });
        self
    }

    /// Adds `key=value` for one of a setting's named options (escaped as needed).
    pub fn choice(&mut self, key: &str, value: &str) -> &mut Self {
        self.out.append_pair(key, value);
        self
    }

    /// Adds the run's seed.
    pub fn seed(&mut self, seed: u64) -> &mut Self {
        self.out.append_pair("seed", &seed.to_string());
        self
    }

    /// The query string, without a leading `?`.
    pub fn finish(&mut self) -> String {
        self.out.finish()
    }
}

/// Parses a finite decimal number; rejects NaN, infinities and anything that is not a number.
fn parse_number(text: &str) -> Option<f64> {
    let t = text.trim();
    if t.is_empty() || t.len() > 64 {
        // Longer than any sensible number: read it as a huge one if it is all digits.
        let digits = t.strip_prefix('-').unwrap_or(t);
        if !t.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            return Some(if t.starts_with('-') {
                f64::MIN
            } else {
                f64::MAX
            });
        }
        return None;
    }
    let x = crate::decimal::parse_decimal(t)?;
    x.is_finite().then_some(x)
}

/// A value as it may be shown back to the user: control characters dropped, length capped.
fn shown(text: &str) -> String {
    let clean: String = text.chars().filter(|c| !c.is_control()).collect();
    if clean.chars().count() > MAX_SHOWN {
        let head: String = clean.chars().take(MAX_SHOWN).collect();
        format!("{head}…")
    } else if clean.is_empty() {
        "(empty)".to_string()
    } else {
        clean
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_settings_read_back_unchanged() {
        let query = ParamWriter::new()
            .int("n", 5)
            .float("lag", 1.5)
            .flag("sync", true)
            .choice("mode", "push-pull")
            .seed(u64::MAX)
            .finish();
        assert_eq!(
            query,
            "n=5&lag=1.5&sync=1&mode=push-pull&seed=18446744073709551615"
        );
        let mut r = ParamReader::new(&query);
        assert_eq!(r.int("n", 3..=7, 3), 5);
        assert_eq!(r.float("lag", 0.0..=5.0, 1.0), 1.5);
        assert!(r.flag("sync", false));
        assert_eq!(
            r.choice("mode", &["push", "push-pull"], "push"),
            "push-pull"
        );
        assert_eq!(r.seed(), u64::MAX);
        assert!(r.notices().is_empty());
    }

    #[test]
    fn reads_valid_values_without_notices() {
        let mut p = ParamReader::new("?n=5&w=3&speed=2.5&projector=1&mode=raft");
        assert_eq!(p.int("n", 3..=7, 3), 5);
        assert_eq!(p.int("w", 1..=5, 1), 3);
        assert_eq!(p.speed(), 2.5);
        assert!(p.flag("projector", false));
        assert_eq!(p.choice("mode", &["naive", "raft"], "naive"), "raft");
        assert!(p.notices().is_empty());
    }

    #[test]
    fn missing_values_use_defaults_silently() {
        let mut p = ParamReader::new("");
        assert_eq!(p.int("n", 3..=7, 5), 5);
        assert_eq!(p.seed(), DEFAULT_SEED);
        assert!(p.notices().is_empty());
    }

    #[test]
    fn clamps_and_explains() {
        let mut p = ParamReader::new("n=99&w=-4&r=abc&speed=NaN&seed=-1");
        assert_eq!(p.int("n", 3..=7, 5), 7);
        assert_eq!(p.int("w", 1..=7, 3), 1);
        assert_eq!(p.int("r", 1..=7, 3), 3);
        assert_eq!(p.speed(), 1.0);
        assert_eq!(p.seed(), DEFAULT_SEED);
        let notes = p.notices();
        assert_eq!(notes.len(), 5, "{notes:?}");
        assert_eq!(notes[0], "n=99 is outside 3–7; using n=7.");
        assert!(notes[2].contains("not a number"));
    }

    #[test]
    fn huge_numbers_clamp_instead_of_failing() {
        let long = "9".repeat(5000);
        let mut p = ParamReader::new(&format!("n={long}&m=-{long}"));
        assert_eq!(p.int("n", 3..=7, 5), 7);
        assert_eq!(p.int("m", 3..=7, 5), 3);
        assert!(p.notices()[0].contains('…'));
    }

    #[test]
    fn a_cap_explains_itself() {
        let mut p = ParamReader::new("w=9");
        assert_eq!(p.int_capped("w", 1..=5, 3, Some("N=5")), 5);
        assert_eq!(
            p.notices(),
            vec!["w=9 is larger than N=5; using w=5.".to_string()]
        );
    }

    #[test]
    fn repeated_keys_use_the_first() {
        let mut p = ParamReader::new("n=4&n=6");
        assert_eq!(p.int("n", 3..=7, 5), 4);
        assert_eq!(
            p.notices(),
            vec!["n was given 2 times; using the first (4).".to_string()]
        );
    }

    #[test]
    fn markup_in_values_is_only_text() {
        let mut p = ParamReader::new("mode=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assert_eq!(p.choice("mode", &["naive"], "naive"), "naive");
        assert!(p.notices()[0].starts_with("mode=<script>alert(1)</script…"));
    }

    #[test]
    fn very_long_queries_are_cut_at_a_char_boundary() {
        let q = format!("x={}", "é".repeat(MAX_QUERY_LEN));
        let p = ParamReader::new(&q);
        assert!(p.notices()[0].contains("16 KB"));
    }

    proptest::proptest! {
        #[test]
        fn never_panics_and_always_in_range(q in ".{0,200}", lo in -50i64..50, span in 0i64..100) {
            let mut p = ParamReader::new(&q);
            let hi = lo + span;
            let v = p.int("n", lo..=hi, lo);
            proptest::prop_assert!((lo..=hi).contains(&v));
            let f = p.float("speed", 0.25..=10.0, 1.0);
            proptest::prop_assert!((0.25..=10.0).contains(&f));
            let _ = p.seed();
            let _ = p.flag("projector", false);
            proptest::prop_assert!(p.notices().len() <= MAX_NOTICES + 1);
        }

        #[test]
        fn any_written_value_reads_back_exactly(
            n in -1_000_000i64..1_000_000,
            milli in -1_000_000_000i64..1_000_000_000,
            on in proptest::bool::ANY,
            word in "[a-z<>&=%+ \"'-]{0,12}",
            seed in proptest::num::u64::ANY,
        ) {
            let x = milli as f64 / 1000.0;
            let q = ParamWriter::new().int("n", n).float("x", x).flag("on", on)
                .choice("w", &word).seed(seed).finish();
            let mut r = ParamReader::new(&q);
            proptest::prop_assert_eq!(r.int("n", i64::MIN..=i64::MAX, 0), n);
            proptest::prop_assert_eq!(r.float("x", -1.0e7..=1.0e7, 0.0), x);
            proptest::prop_assert_eq!(r.flag("on", !on), on);
            proptest::prop_assert_eq!(r.raw("w"), Some(word.clone()));
            proptest::prop_assert_eq!(r.seed(), seed);
        }
    }
}
