//! The split-brain sim's settings from its link (`?mode=raft&stonith=1&skew=5` plus seed,
//! speed and projector), and the check of the merged balance a student types in.

use dsim_core::num::Within;
use dsim_core::params::{ParamReader, ParamWriter};
use dsim_core::split_brain::{FailoverMode, SplitBrainConfig};
use dsim_ui::i18n::{dec, short};
use dsim_ui::params::{Named, SimParams};

use crate::msg::t;

/// The failover modes, by their link names.
const MODES: Named<FailoverMode> = Named::new(&FailoverMode::ALL, FailoverMode::param);

/// The largest clock skew the slider and `?skew=` offer, in seconds either way.
pub const MAX_SKEW_S: f64 = 10.0;
/// The clock-skew slider's step, in seconds.
pub const SKEW_STEP_S: f64 = 0.5;
/// The largest balance a student can type as the merged value, in dollars.
pub const MAX_MERGED: i64 = 1_000_000;

dsim_ui::link_params! {
    /// Failover mode, STONITH and Node 1's clock skew.
    config: SplitBrainConfig,
}

impl SimParams for Params {
    fn read(reader: &mut ParamReader) -> Self {
        let mode = MODES.read(reader, "mode", FailoverMode::Naive);
        let stonith = reader.flag("stonith", false);
        if stonith && mode != FailoverMode::Fencing {
            reader.note(t!(NOTE_STONITH));
        }
        let raw_skew = reader.float("skew", -MAX_SKEW_S..=MAX_SKEW_S, 0.0);
        let skew = snap_skew(raw_skew);
        if (skew - raw_skew).abs() > 1e-9 {
            reader.note(t!(
                NOTE_SKEW,
                raw = short(raw_skew),
                step = dec(SKEW_STEP_S, 1),
                skew = short(skew)
            ));
        }
        Params {
            config: SplitBrainConfig::new(mode, stonith, skew_ms(skew)),
        }
    }

    fn write(&self, w: &mut ParamWriter) {
        w.choice("mode", self.config.mode.param())
            .flag("stonith", self.config.stonith)
            .float("skew", self.config.clock_skew_ms as f64 / 1000.0);
    }
}

/// Why a typed merged balance was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BalanceError {
    /// Nothing was typed (or only a dollar sign).
    Empty,
    /// This character is not a digit.
    NotDigit(char),
}

/// A merged balance the student typed, as the operator's resolution will use it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Balance {
    /// The balance in whole dollars, at most [`MAX_MERGED`].
    pub value: i64,
    /// Whether the typed value was larger and was cut to [`MAX_MERGED`].
    pub clamped: bool,
}

/// A skew in seconds rounded to the slider's step and kept within ±[`MAX_SKEW_S`].
pub fn snap_skew(seconds: f64) -> f64 {
    if !seconds.is_finite() {
        return 0.0;
    }
    let snapped = (seconds / SKEW_STEP_S).round() * SKEW_STEP_S;
    snapped.within(-MAX_SKEW_S, MAX_SKEW_S) + 0.0
}

/// Seconds of skew as the model's milliseconds.
pub fn skew_ms(seconds: f64) -> i64 {
    (snap_skew(seconds) * 1000.0).round() as i64
}

/// A balance typed as the merged value: whole dollars, an optional leading "$", clamped to
/// [`MAX_MERGED`]; anything else is refused with the reason.
pub fn parse_balance(text: &str) -> Result<Balance, BalanceError> {
    let t = text.trim();
    let t = t.strip_prefix('$').unwrap_or(t).trim_start();
    if t.is_empty() {
        return Err(BalanceError::Empty);
    }
    if let Some(bad) = t.chars().find(|c| !c.is_ascii_digit()) {
        return Err(BalanceError::NotDigit(bad));
    }
    let digits = t.trim_start_matches('0');
    let value = if digits.len() > 12 {
        None
    } else {
        digits.parse::<i64>().ok().or(Some(0))
    };
    Ok(match value {
        Some(v) if v <= MAX_MERGED => Balance {
            value: v,
            clamped: false,
        },
        _ => Balance {
            value: MAX_MERGED,
            clamped: true,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsim_ui::params::CommonParams;
    use dsim_ui::params::{read_cleanly, read_noting};

    #[test]
    fn defaults_are_the_naive_story() {
        let s: Settings = read_cleanly("");
        assert_eq!(
            s.config,
            SplitBrainConfig::new(FailoverMode::Naive, false, 0)
        );
        assert_eq!(s.common.speed, 1.0);
    }

    #[test]
    fn mode_stonith_and_skew_are_read() {
        let s: Settings = read_cleanly("?mode=Fencing&stonith=1&skew=-2.5&speed=10");
        assert_eq!(
            s.config,
            SplitBrainConfig::new(FailoverMode::Fencing, true, -2_500)
        );
        assert_eq!(s.common.speed, 10.0);
        let s = Settings::from_query("?mode=raft");
        assert_eq!(s.config.mode, FailoverMode::Raft);
    }

    #[test]
    fn bad_values_are_clamped_with_notices() {
        let s: Settings = read_noting(
            "?mode=paxos&skew=99&stonith=maybe&speed=0",
            &[
                "speed=0 is outside 0.25–10; using speed=0.25.",
                "mode=paxos is not one of naive, raft, fencing; using mode=naive.",
                "stonith=maybe is not on or off; using stonith=0.",
                "skew=99 is outside -10–10; using skew=10.",
            ],
        );
        assert_eq!(
            s.config,
            SplitBrainConfig::new(FailoverMode::Naive, false, 10_000)
        );
        assert_eq!(s.common.speed, 0.25);
        let s = Settings::from_query("?skew=1.3&stonith=1");
        assert_eq!(s.config.clock_skew_ms, 1_500);
        assert_eq!(s.notices.len(), 2, "{:?}", s.notices);
    }

    #[test]
    fn markup_in_values_stays_text() {
        let s = Settings::from_query("?mode=%3Cscript%3E&skew=%3Cb%3E");
        assert_eq!(s.config.mode, FailoverMode::Naive);
        assert!(s.notices[0].contains("<script>"));
        assert_eq!(s.config.clock_skew_ms, 0);
    }

    #[test]
    fn merged_balances_are_digits_only_and_clamped() {
        let ok = |value| {
            Ok(Balance {
                value,
                clamped: false,
            })
        };
        assert_eq!(parse_balance("625"), ok(625));
        assert_eq!(parse_balance(" $ 0625 "), ok(625));
        assert_eq!(parse_balance("0"), ok(0));
        assert_eq!(parse_balance("000"), ok(0));
        let cut = Ok(Balance {
            value: MAX_MERGED,
            clamped: true,
        });
        assert_eq!(parse_balance("99999999999999999999999"), cut);
        assert_eq!(parse_balance("1000001"), cut);
        assert_eq!(parse_balance("1000000"), ok(MAX_MERGED));
        for (bad, why) in [
            ("", BalanceError::Empty),
            ("  ", BalanceError::Empty),
            ("$", BalanceError::Empty),
            ("12a", BalanceError::NotDigit('a')),
            ("-5", BalanceError::NotDigit('-')),
            ("6.25", BalanceError::NotDigit('.')),
            ("1e3", BalanceError::NotDigit('e')),
            ("5 0", BalanceError::NotDigit(' ')),
            ("٣", BalanceError::NotDigit('٣')),
        ] {
            assert_eq!(parse_balance(bad), Err(why), "{bad}");
        }
    }

    #[test]
    fn every_setting_survives_its_link() {
        let common = CommonParams {
            seed: 1,
            speed: 3.0,
            projector: false,
        };
        for mode in FailoverMode::ALL {
            for stonith in [false, true] {
                for skew in [-10.0, -0.5, 0.0, 2.5, 10.0] {
                    let config = SplitBrainConfig::new(mode, stonith, skew_ms(skew));
                    let back = Settings::from_query(&Settings::query(&Params { config }, &common));
                    assert_eq!((back.config, back.common), (config, common));
                    let expected = usize::from(stonith && mode != FailoverMode::Fencing);
                    assert_eq!(back.notices.len(), expected, "{:?}", back.notices);
                }
            }
        }
    }

    #[test]
    fn skew_snaps_to_the_slider_step() {
        assert_eq!(snap_skew(1.26), 1.5);
        assert_eq!(snap_skew(-0.2), 0.0);
        assert_eq!(snap_skew(f64::NAN), 0.0);
        assert_eq!(snap_skew(50.0), 10.0);
        assert_eq!(skew_ms(-3.0), -3_000);
    }
}
