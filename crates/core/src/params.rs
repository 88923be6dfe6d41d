//! Reading a sim's settings from its URL query string, safely.
//!
//! A course author links to `main.html?n=5&w=3`; a student edits the link by hand. Every value
//! is therefore read as untrusted text: malformed or out-of-range values are replaced by the
//! nearest valid one and a short notice says so, so a bad link never breaks the page.

use crate::num::Within;
use std::ops::RangeInclusive;

use crate::decimal::short;
use crate::rng::DEFAULT_SEED;

/// The longest query string that is read; anything past it is ignored (and noted).
pub const MAX_QUERY_LEN: usize = 16 * 1024;
/// The longest value shown back inside a notice.
const MAX_SHOWN: usize = 24;
/// The most notices kept; a link with hundreds of bad values gets a summary instead.
const MAX_NOTICES: usize = 8;

/// Why a setting the link gave was changed while reading it. The page says it in its own
/// language; `given` is the value as it may be shown back (control characters dropped, long
/// values cut), `using` the value used instead, as a link would write it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The link is longer than [`MAX_QUERY_LEN`]; only its start was read.
    TooLong,
    /// `key` was given `times` times; the first value was used.
    Repeated {
        key: String,
        times: usize,
        used: String,
    },
    /// Not a number.
    NotANumber {
        key: String,
        given: String,
        using: String,
    },
    /// Above what another setting allows (`cap`, such as `N=5`).
    AboveCap {
        key: String,
        given: String,
        cap: String,
        using: String,
    },
    /// Outside the range `lo`–`hi`.
    OutOfRange {
        key: String,
        given: String,
        lo: String,
        hi: String,
        using: String,
    },
    /// A fraction where a whole number is needed.
    NotWhole {
        key: String,
        given: String,
        using: String,
    },
    /// Neither on nor off.
    NotOnOff {
        key: String,
        given: String,
        using: String,
    },
    /// None of the names `options` (comma-separated).
    NotOneOf {
        key: String,
        given: String,
        options: String,
        using: String,
    },
    /// A seed that is not a whole number from 0 to 2^64 − 1.
    BadSeed { given: String, using: String },
    /// A sim's own notice, already in the page's language.
    Said(String),
    /// `n` further settings were changed (beyond the notices kept).
    More(usize),
}

/// Reads typed, clamped settings from a query string and collects notices about every change.
#[derive(Debug, Clone)]
pub struct ParamReader {
    pairs: Vec<(String, String)>,
    notices: Vec<Notice>,
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
            reader.notice(Notice::TooLong);
        }
        reader.pairs = form_urlencoded::parse(query.as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        reader
    }

    /// Records a sim's own notice, in the page's language (for example about two settings
    /// that conflict).
    pub fn note(&mut self, message: String) {
        self.notice(Notice::Said(message));
    }

    /// Records why a setting was changed.
    pub fn notice(&mut self, notice: Notice) {
        if self.notices.len() < MAX_NOTICES {
            self.notices.push(notice);
        } else {
            self.dropped_notices += 1;
        }
    }

    /// The notices collected so far, in the order the settings were read.
    pub fn notices(&self) -> Vec<Notice> {
        let mut all = self.notices.clone();
        if self.dropped_notices > 0 {
            all.push(Notice::More(self.dropped_notices));
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
            self.notice(Notice::Repeated {
                key: key.to_string(),
                times: extra + 1,
                used: shown(&first),
            });
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
                self.notice(Notice::NotANumber {
                    key: key.to_string(),
                    given: shown(&text),
                    using: default.to_string(),
                });
                default
            }
            Some(x) => {
                let rounded = x.round();
                let clamped = rounded.within(lo as f64, hi as f64) as i64;
                let (key, given, using) = (key.to_string(), shown(&text), clamped.to_string());
                if let (Some(cap), true) = (cap, rounded > hi as f64) {
                    let cap = cap.to_string();
                    self.notice(Notice::AboveCap {
                        key,
                        given,
                        cap,
                        using,
                    });
                } else if rounded < lo as f64 || rounded > hi as f64 {
                    let (lo, hi) = (lo.to_string(), hi.to_string());
                    self.notice(Notice::OutOfRange {
                        key,
                        given,
                        lo,
                        hi,
                        using,
                    });
                } else if rounded != x {
                    self.notice(Notice::NotWhole { key, given, using });
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
                self.notice(Notice::NotANumber {
                    key: key.to_string(),
                    given: shown(&text),
                    using: short(default),
                });
                default
            }
            Some(x) => {
                let clamped = x.within(lo, hi);
                if clamped != x {
                    self.notice(Notice::OutOfRange {
                        key: key.to_string(),
                        given: shown(&text),
                        lo: short(lo),
                        hi: short(hi),
                        using: short(clamped),
                    });
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
                self.notice(Notice::NotOnOff {
                    key: key.to_string(),
                    given: shown(&text),
                    using: u8::from(default).to_string(),
                });
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
        self.notice(Notice::NotOneOf {
            key: key.to_string(),
            given: shown(&text),
            options: options.join(", "),
            using: default.to_string(),
        });
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
                self.notice(Notice::BadSeed {
                    given: shown(&text),
                    using: DEFAULT_SEED.to_string(),
                });
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

    /// Adds `key=value` for a decimal number with at most 6 decimals, trailing zeros dropped
    /// ([`crate::decimal::short`]); every setting's value with at most 6 decimals (below 10^9)
    /// reads back exactly.
    pub fn float(&mut self, key: &str, value: f64) -> &mut Self {
        self.out.append_pair(key, &short(value));
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

/// A value as it may be shown back to the user: control characters dropped, length capped
/// (empty when the link gave an empty value: the page says so in its language).
fn shown(text: &str) -> String {
    let clean: String = text.chars().filter(|c| !c.is_control()).collect();
    if clean.chars().count() > MAX_SHOWN {
        let head: String = clean.chars().take(MAX_SHOWN).collect();
        format!("{head}…")
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
        let out_of_range = Notice::OutOfRange {
            key: "n".into(),
            given: "99".into(),
            lo: "3".into(),
            hi: "7".into(),
            using: "7".into(),
        };
        assert_eq!(notes[0], out_of_range);
        assert!(matches!(notes[2], Notice::NotANumber { .. }), "{notes:?}");
    }

    #[test]
    fn huge_numbers_clamp_instead_of_failing() {
        let long = "9".repeat(5000);
        let mut p = ParamReader::new(&format!("n={long}&m=-{long}"));
        assert_eq!(p.int("n", 3..=7, 5), 7);
        assert_eq!(p.int("m", 3..=7, 5), 3);
        assert!(
            matches!(&p.notices()[0], Notice::OutOfRange { given, .. } if given.ends_with('…'))
        );
    }

    #[test]
    fn a_cap_explains_itself() {
        let mut p = ParamReader::new("w=9");
        assert_eq!(p.int_capped("w", 1..=5, 3, Some("N=5")), 5);
        let cap = Notice::AboveCap {
            key: "w".into(),
            given: "9".into(),
            cap: "N=5".into(),
            using: "5".into(),
        };
        assert_eq!(p.notices(), vec![cap]);
    }

    #[test]
    fn repeated_keys_use_the_first() {
        let mut p = ParamReader::new("n=4&n=6");
        assert_eq!(p.int("n", 3..=7, 5), 4);
        let repeated = Notice::Repeated {
            key: "n".into(),
            times: 2,
            used: "4".into(),
        };
        assert_eq!(p.notices(), vec![repeated]);
    }

    #[test]
    fn markup_in_values_is_only_text() {
        let mut p = ParamReader::new("mode=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assert_eq!(p.choice("mode", &["naive"], "naive"), "naive");
        assert!(
            matches!(&p.notices()[0], Notice::NotOneOf { given, .. } if given == "<script>alert(1)</script…"),
            "{:?}",
            p.notices()
        );
    }

    #[test]
    fn very_long_queries_are_cut_at_a_char_boundary() {
        let q = format!("x={}", "é".repeat(MAX_QUERY_LEN));
        let p = ParamReader::new(&q);
        assert_eq!(p.notices()[0], Notice::TooLong);
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
