//! Writing an `f64` as decimal text with integer arithmetic only.
//!
//! The standard library's float formatting (`{}`, `{:.2}`, `to_string()`) is exact for every
//! value: shortest round-trip digits (Grisu with a Dragon4 fallback) and exact fixed digits over
//! a 1280-bit integer, some 16 KB of WebAssembly on every page for numbers shown with one to
//! three decimals. Here the value is scaled by a power of ten, rounded once to a whole number
//! and that integer is written out, with the decimal point put in place.
//!
//! Rounding is half away from zero on the scaled value as an `f64`: `1.15` with one decimal is
//! `1.2` (`1.15 × 10` is `11.5` in an `f64`), `0.25` is `0.3`, `12.5` with none is `13`, the
//! way a person rounds what is shown, where the standard library (which looks at the exact
//! binary value, 1.149999…) gives `1.1`. Every other value gets the standard library's digits.
//! A value that rounds to zero is written without a sign (never `-0.0`); NaN and the infinities
//! are written `NaN`, `inf` and `-inf`, as the standard library writes them.

/// Powers of ten that are exact in an `f64` (10^22 is the largest).
pub const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];
/// 2^53: below it every whole `f64` is exact and every integer is an `f64`.
const EXACT: f64 = 9_007_199_254_740_992.0;
/// 2^64: below it the whole part of an `f64` fits a `u64`.
const U64_LIMIT: f64 = 18_446_744_073_709_551_616.0;
/// The most decimals computed (their digits fit a `u64`); further places are written as `0`,
/// beyond what an `f64` holds for any value that has a whole part.
const MAX_COMPUTED: u8 = 19;
/// The decimals [`short`] writes before trimming.
const SHORT_DECIMALS: u8 = 6;

/// `x` with exactly `decimals` digits after a `.`, rounded half away from zero:
/// `fixed(1.15, 1) == "1.2"`, `fixed(-0.04, 1) == "0.0"`, `fixed(2.0, 2) == "2.00"`.
pub fn fixed(x: f64, decimals: u8) -> String {
    let mut out = String::new();
    write_fixed(&mut out, x, decimals);
    out
}

/// [`fixed`], appended to `out`.
pub fn write_fixed(out: &mut String, x: f64, decimals: u8) {
    if x.is_nan() {
        out.push_str("NaN");
        return;
    }
    if x.is_infinite() {
        out.push_str(if x < 0.0 { "-inf" } else { "inf" });
        return;
    }
    let computed = decimals.min(MAX_COMPUTED);
    let pow = 10u64.pow(u32::from(computed));
    let scaled = x.abs() * POW10[usize::from(computed)];
    let start = out.len();
    let zero = if scaled < EXACT {
        let n = scaled.round() as u64;
        write_parts(out, n / pow, n % pow, computed);
        n == 0
    } else if x.abs() < U64_LIMIT {
        // Fewer than `decimals` digits are meaningful: the whole part is exact, and the
        // fraction (exact too, `x − trunc(x)`) is scaled on its own.
        let whole = x.abs().trunc();
        let frac = ((x.abs() - whole) * POW10[usize::from(computed)]).round() as u64;
        let whole = whole as u64;
        let (whole, frac) = if frac >= pow {
            (whole + 1, frac - pow)
        } else {
            (whole, frac)
        };
        write_parts(out, whole, frac, computed);
        whole == 0 && frac == 0
    } else {
        // A whole number beyond 2^64, written exactly.
        write_huge(out, x.abs());
        if computed > 0 {
            out.push('.');
            push_zeros(out, computed);
        }
        false
    };
    if decimals > computed {
        push_zeros(out, decimals - computed);
    }
    if x < 0.0 && !zero {
        out.insert(start, '-');
    }
}

/// `x` with at most 6 decimals and no trailing zeros (nor a trailing `.`), for values written
/// into a link: `short(0.25) == "0.25"`, `short(2.0) == "2"`. Every value read from a decimal
/// with at most 6 decimals and below 10^9 in magnitude reads back as the same `f64`.
pub fn short(x: f64) -> String {
    let mut out = fixed(x, SHORT_DECIMALS);
    if x.is_finite() && out.contains('.') {
        let kept = out.trim_end_matches('0').trim_end_matches('.').len();
        out.truncate(kept);
    }
    out
}

/// How many of `max` decimals `x` needs: those [`fixed`] writes before its trailing zeros
/// (`needed_decimals(8.0, 3) == 0`, `needed_decimals(2.5, 3) == 1`,
/// `needed_decimals(0.1 + 0.2, 6) == 1`), for a number shown as short as it reads.
pub fn needed_decimals(x: f64, max: u8) -> u8 {
    let text = fixed(x, max);
    let frac = text
        .split_once('.')
        .map_or("", |(_, f)| f.trim_end_matches('0'));
    u8::try_from(frac.len()).unwrap_or(max)
}

/// Writes `whole`, then `.` and `frac` padded to `decimals` digits (nothing for none).
fn write_parts(out: &mut String, whole: u64, frac: u64, decimals: u8) {
    write_digits(out, whole, 1);
    if decimals > 0 {
        out.push('.');
        write_digits(out, frac, decimals);
    }
}

/// Writes `n` in decimal with at least `width` digits (zeros in front).
fn write_digits(out: &mut String, mut n: u64, width: u8) {
    let mut buf = [b'0'; 20];
    let mut i = buf.len();
    while n > 0 {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
    }
    i = i.min(buf.len() - usize::from(width.max(1)));
    for &b in &buf[i..] {
        out.push(char::from(b));
    }
}

/// Appends `n` zeros.
fn push_zeros(out: &mut String, n: u8) {
    for _ in 0..n {
        out.push('0');
    }
}

/// Writes a finite whole `x` ≥ 2^64 exactly: its 53-bit significand times a power of two,
/// multiplied out in base 10^9.
fn write_huge(out: &mut String, x: f64) {
    const BASE: u64 = 1_000_000_000;
    let bits = x.to_bits();
    let mut exp = ((bits >> 52) & 0x7ff) as i32 - 1075;
    let mut significand = (bits & ((1 << 52) - 1)) | (1 << 52);
    let mut limbs = Vec::new();
    while significand > 0 {
        limbs.push(significand % BASE);
        significand /= BASE;
    }
    while exp > 0 {
        let step = exp.min(29);
        let mut carry = 0u64;
        for limb in &mut limbs {
            let v = (*limb << step) + carry;
            *limb = v % BASE;
            carry = v / BASE;
        }
        while carry > 0 {
            limbs.push(carry % BASE);
            carry /= BASE;
        }
        exp -= step;
    }
    let mut rest = limbs.iter().rev();
    if let Some(&top) = rest.next() {
        write_digits(out, top, 1);
    }
    for &limb in rest {
        write_digits(out, limb, 9);
    }
}

// The property tests (against the standard library's digits, and reading `short` back) are
// with the parser, in dsim-core's `decimal` module.
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn needed_decimals_are_those_before_the_trailing_zeros() {
        assert_eq!(needed_decimals(8.0, 3), 0);
        assert_eq!(needed_decimals(2.5, 3), 1);
        assert_eq!(needed_decimals(0.25, 3), 2);
        assert_eq!(needed_decimals(0.1 + 0.2, 6), 1);
        assert_eq!(needed_decimals(1.0 / 3.0, 3), 3);
        assert_eq!(needed_decimals(f64::NAN, 3), 0);
    }

    #[test]
    fn ties_round_away_from_zero() {
        assert_eq!(fixed(1.15, 1), "1.2");
        assert_eq!(fixed(0.25, 1), "0.3");
        assert_eq!(fixed(12.5, 0), "13");
        assert_eq!(fixed(-12.5, 0), "-13");
        assert_eq!(fixed(0.5, 0), "1");
        assert_eq!(fixed(2.675, 2), "2.68");
        assert_eq!(fixed(-0.125, 2), "-0.13");
    }

    #[test]
    fn writes_what_the_standard_library_writes_elsewhere() {
        for (x, d, want) in [
            (0.0, 0, "0"),
            (0.0, 2, "0.00"),
            (3.0, 1, "3.0"),
            (1234.5678, 2, "1234.57"),
            (-1234.5678, 3, "-1234.568"),
            (0.001, 3, "0.001"),
            (0.0049, 2, "0.00"),
            (99.96, 1, "100.0"),
            (1e-7, 6, "0.000000"),
            (123_456_789.123_456_79, 10, "123456789.1234567910"),
        ] {
            assert_eq!(fixed(x, d), want, "{x} with {d}");
        }
    }

    #[test]
    fn no_negative_zero() {
        assert_eq!(fixed(-0.0, 1), "0.0");
        assert_eq!(fixed(-0.04, 1), "0.0");
        assert_eq!(fixed(-0.4, 0), "0");
        assert_eq!(short(-0.0000001), "0");
        assert_eq!(fixed(-0.05, 1), "-0.1");
    }

    #[test]
    fn not_numbers_and_infinities() {
        assert_eq!(fixed(f64::NAN, 2), "NaN");
        assert_eq!(fixed(f64::INFINITY, 1), "inf");
        assert_eq!(fixed(f64::NEG_INFINITY, 0), "-inf");
        assert_eq!(short(f64::NAN), "NaN");
    }

    #[test]
    fn huge_values_are_exact_whole_numbers() {
        for x in [
            1e16,
            9_007_199_254_740_993.0,
            1.8e19,
            1e20,
            1e22,
            1e23,
            -3.5e40,
            1e300,
            f64::MAX,
        ] {
            for d in [0, 2] {
                assert_eq!(fixed(x, d), format!("{x:.*}", usize::from(d)), "{x}");
            }
        }
        assert_eq!(fixed(1e17, 3), "100000000000000000.000");
        // Digits past an f64's 17 significant ones are not computed from the exact binary value.
        assert_eq!(fixed(0.1, 25), "0.1000000000000000000000000");
        let third = fixed(1.0 / 3.0, 20);
        let back: f64 = third.parse().unwrap_or(0.0);
        assert!(
            third.len() == 22 && (back - 1.0 / 3.0).abs() < 1e-16,
            "{third}"
        );
    }

    #[test]
    fn short_trims_zeros_and_the_point() {
        assert_eq!(short(2.0), "2");
        assert_eq!(short(0.25), "0.25");
        assert_eq!(short(-1.5), "-1.5");
        assert_eq!(short(0.1 + 0.2), "0.3");
        assert_eq!(short(1e-7), "0");
        assert_eq!(short(1234567.0000004), "1234567");
        assert_eq!(short(10.0), "10");
        assert_eq!(short(f64::INFINITY), "inf");
    }
}
