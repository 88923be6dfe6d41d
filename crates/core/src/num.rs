//! Small numeric operations shared by the models, the drawings and the pages.

/// Clamping an `f64` into a range, without `f64::clamp`'s panic when the range is empty or has
/// a NaN end: that check's message writes both ends with the standard library's float
/// formatting, which then ships in the WebAssembly of every page. For `lo <= hi` the result is
/// the same as `f64::clamp` (a NaN stays NaN); for `lo > hi` a value below `lo` gives `lo`
/// and any other value above `hi` gives `hi`.
pub trait Within {
    /// `self` limited to `lo..=hi`.
    fn within(self, lo: f64, hi: f64) -> f64;
}

impl Within for f64 {
    #[inline]
    fn within(self, lo: f64, hi: f64) -> f64 {
        if self < lo {
            lo
        } else if self > hi {
            hi
        } else {
            self
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    // The comparison is the point of this test.
    #[allow(clippy::disallowed_methods)]
    fn agrees_with_clamp_on_every_valid_range() {
        for x in [
            -2.0,
            -0.0,
            0.0,
            0.5,
            1.0,
            3.0,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ] {
            for (lo, hi) in [
                (0.0, 1.0),
                (-1.0, -1.0),
                (-0.0, 0.0),
                (f64::NEG_INFINITY, 2.0),
            ] {
                assert_eq!(
                    x.within(lo, hi).to_bits(),
                    x.clamp(lo, hi).to_bits(),
                    "{x} {lo} {hi}"
                );
            }
        }
        assert!(f64::NAN.within(0.0, 1.0).is_nan());
        assert_eq!(5.0.within(2.0, 1.0), 1.0);
    }
}
