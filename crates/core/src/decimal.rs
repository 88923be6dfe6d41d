//! A small parser for the decimal numbers a link carries (`?speed=1.5`, `?skew=-2e-1`).
//!
//! The standard library's `f64::from_str` is exact for every input, which takes an
//! arbitrary-precision fallback and a table of 128-bit powers of five: some 15 KB of
//! WebAssembly for a handful of URL settings that are clamped to small ranges anyway. This
//! parser is exact (the same value as `f64::from_str`) whenever the digits fit in 2^53 and the
//! decimal exponent is within ±22, the classic fast path (Clinger 1990): one exactly
//! representable integer times or divided by one exactly representable power of ten, a single
//! correctly rounded operation. Every setting a person types is of that kind. Beyond it (more
//! than 15–16 significant digits, or huge exponents) the value is within a few units in the
//! last place, which no clamped setting can tell apart.
//!
//! Numbers are written back (into links, and everywhere a page shows one) by the formatter of
//! [`dsim_i18n::number`], re-exported here: [`fixed`] for a set number of decimals and
//! [`short`] for a link's values, which this parser reads back exactly.

use dsim_i18n::number::POW10;
pub use dsim_i18n::number::{fixed, short, write_fixed};

/// The largest integer below which every integer is exact in an `f64`.
const EXACT_INT: u64 = 1 << 53;
/// Exponents beyond this magnitude already overflow or underflow every finite value.
const EXP_CAP: i64 = 100_000;

/// Parses `[+-]digits[.digits][(e|E)[+-]digits]` (at least one digit before the exponent; a
/// leading or trailing dot is allowed, as in `.5` and `5.`). Anything else, including
/// whitespace, `inf` and `NaN`, gives `None`; a value too large for an `f64` gives an infinity.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let mut i = 0;
    let negative = match bytes.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    let mut mantissa: u64 = 0;
    let mut exp10: i64 = 0;
    let mut digits = false;
    let mut dot = false;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'0'..=b'9' => {
                digits = true;
                if mantissa <= (u64::MAX - 9) / 10 {
                    mantissa = mantissa * 10 + u64::from(b - b'0');
                    if dot {
                        exp10 -= 1;
                    }
                } else if !dot {
                    // A digit beyond u64's precision: keep its place value only.
                    exp10 += 1;
                }
            }
            b'.' if !dot => dot = true,
            b'e' | b'E' => break,
            _ => return None,
        }
        i += 1;
    }
    if !digits {
        return None;
    }
    if i < bytes.len() {
        // The exponent: an optional sign, then at least one digit.
        i += 1;
        let exp_negative = match bytes.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        if i >= bytes.len() {
            return None;
        }
        let mut exp: i64 = 0;
        for &b in &bytes[i..] {
            if !b.is_ascii_digit() {
                return None;
            }
            exp = (exp * 10 + i64::from(b - b'0')).min(EXP_CAP);
        }
        exp10 += if exp_negative { -exp } else { exp };
    }
    let magnitude = scale(mantissa, exp10.clamp(-EXP_CAP, EXP_CAP));
    Some(if negative { -magnitude } else { magnitude })
}

/// `mantissa × 10^exp10`, exactly rounded on the fast path, otherwise by repeated scaling.
fn scale(mantissa: u64, exp10: i64) -> f64 {
    if mantissa == 0 {
        return 0.0;
    }
    let m = mantissa as f64;
    let pow = |e: i64| POW10[usize::try_from(e.unsigned_abs()).unwrap_or(0).min(22)];
    if mantissa < EXACT_INT && (-22..=22).contains(&exp10) {
        return if exp10 >= 0 {
            m * pow(exp10)
        } else {
            m / pow(exp10)
        };
    }
    let mut value = m;
    let mut e = exp10;
    while e > 0 && value.is_finite() {
        let step = e.min(22);
        value *= pow(step);
        e -= step;
    }
    while e < 0 && value != 0.0 {
        let step = (-e).min(22);
        value /= pow(step);
        e += step;
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    fn std_parse(text: &str) -> Option<f64> {
        text.parse::<f64>().ok()
    }

    #[test]
    fn reads_what_people_type() {
        for (text, want) in [
            ("1", 1.0),
            ("0.25", 0.25),
            ("+2.5", 2.5),
            ("-0.3", -0.3),
            (".5", 0.5),
            ("5.", 5.0),
            ("007", 7.0),
            ("1e3", 1000.0),
            ("2.5E-1", 0.25),
            ("10", 10.0),
            ("0", 0.0),
        ] {
            assert_eq!(parse_decimal(text), Some(want), "{text}");
        }
        assert!(parse_decimal("-0").is_some_and(|z| z == 0.0 && z.is_sign_negative()));
    }

    #[test]
    fn rejects_what_is_not_a_decimal_number() {
        for text in [
            "", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", "1,5", " 1", "1 ", "0x10", "inf", "NaN",
            "infinity", "1e5x", "--1", "½", "١",
        ] {
            assert_eq!(parse_decimal(text), None, "{text:?}");
        }
    }

    #[test]
    fn huge_and_tiny_values_saturate() {
        assert_eq!(parse_decimal("1e400"), Some(f64::INFINITY));
        assert_eq!(parse_decimal("-1e99999999999"), Some(f64::NEG_INFINITY));
        assert_eq!(parse_decimal("1e-400"), Some(0.0));
        let long = format!("{}.5", "9".repeat(40));
        let v = parse_decimal(&long).unwrap_or(0.0);
        assert!((v / 1e40 - 1.0).abs() < 1e-12, "{v}");
    }

    proptest::proptest! {
        #[test]
        fn exact_on_the_fast_path(m in 0u64..(1 << 53), e in -22i64..=22, neg: bool, dot in 0usize..20) {
            // The same number written as digits with a moved decimal point and an exponent.
            let digits = m.to_string();
            let cut = dot.min(digits.len());
            let (int, frac) = digits.split_at(digits.len() - cut);
            let text = format!("{}{int}.{frac}e{}", if neg { "-" } else { "" }, e + cut as i64);
            let ours = parse_decimal(&text);
            proptest::prop_assert_eq!(ours, std_parse(&text), "{}", text);
        }

        #[test]
        fn close_to_std_everywhere(text in "[-+]?[0-9]{0,30}(\\.[0-9]{0,30})?([eE][-+]?[0-9]{1,4})?") {
            let (ours, theirs) = (parse_decimal(&text), std_parse(&text));
            proptest::prop_assert_eq!(ours.is_some(), theirs.is_some(), "{}", text);
            if let (Some(a), Some(b)) = (ours, theirs) {
                if b.is_finite() && b.abs() > 1e-300 {
                    proptest::prop_assert!(((a - b) / b).abs() < 1e-14, "{} gives {} for {}", text, a, b);
                } else if b.is_infinite() {
                    proptest::prop_assert!(a.is_infinite() || a.abs() > 1e307, "{} gives {}", text, a);
                }
            }
        }

        #[test]
        fn fixed_agrees_with_std_away_from_ties(x in -1e9f64..1e9, d in 0u8..=6) {
            let scaled = x.abs() * POW10[usize::from(d)];
            proptest::prop_assume!((scaled.fract() - 0.5).abs() > 1e-6);
            proptest::prop_assert_eq!(fixed(x, d), format!("{:.*}", usize::from(d), x));
        }

        #[test]
        fn fixed_agrees_with_std_on_small_values(x in -10.0f64..10.0, d in 0u8..=12) {
            let scaled = x.abs() * POW10[usize::from(d)];
            proptest::prop_assume!((scaled.fract() - 0.5).abs() > 1e-4);
            let theirs = format!("{:.*}", usize::from(d), x);
            // The standard library writes a negative value that rounds to zero as "-0.0".
            let unsigned = theirs.trim_start_matches('-');
            let want = if unsigned.bytes().all(|b| b == b'0' || b == b'.') { unsigned } else { &theirs };
            proptest::prop_assert_eq!(fixed(x, d), want);
        }

        #[test]
        fn fixed_writes_whole_numbers_exactly(m in 0u64..(1 << 53), e in 0i32..970, neg: bool) {
            let x = (m as f64) * 2f64.powi(e) * if neg { -1.0 } else { 1.0 };
            proptest::prop_assume!(x.is_finite());
            proptest::prop_assert_eq!(fixed(x, 1), format!("{x:.1}"));
        }

        #[test]
        fn short_reads_back_exactly(m in 0u64..1_000_000_000_000_000, dot in 0u32..=6, neg: bool) {
            // A decimal below 10^9 with at most 6 decimals, as a link would carry it.
            let digits = m.to_string();
            let cut = (dot as usize).min(digits.len());
            let (int, frac) = digits.split_at(digits.len() - cut);
            let text = format!("{}{}.{frac}", if neg { "-" } else { "" }, if int.is_empty() { "0" } else { int });
            let Some(x) = parse_decimal(&text).filter(|x| x.abs() < 1e9) else {
                return Ok(());
            };
            proptest::prop_assert_eq!(parse_decimal(&short(x)), Some(x), "{} written {}", text, short(x));
        }

        #[test]
        fn agrees_with_std_on_what_is_a_number(text in ".{0,12}") {
            let ours = parse_decimal(&text).filter(|x| x.is_finite());
            let theirs = std_parse(&text).filter(|x| x.is_finite());
            proptest::prop_assert_eq!(ours.is_some(), theirs.is_some(), "{:?}", text);
        }
    }
}
