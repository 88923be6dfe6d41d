//! The quorum calculator's settings from its link: `?n=5&w=3&r=3` plus seed, speed, projector.

use dsim_core::params::{ParamReader, ParamWriter};
use dsim_core::quorum::{QuorumConfig, MAX_N, MIN_N};
use dsim_ui::params::SimParams;

dsim_ui::link_params! {
    /// N, W and R.
    config: QuorumConfig,
}

impl SimParams for Params {
    fn read(reader: &mut ParamReader) -> Self {
        let n = reader.int("n", MIN_N as i64..=MAX_N as i64, 5);
        let cap = format!("N={n}");
        let w = reader.int_capped("w", 1..=n, 3.min(n), Some(&cap));
        let r = reader.int_capped("r", 1..=n, 3.min(n), Some(&cap));
        Params {
            config: QuorumConfig::new(n as usize, w as usize, r as usize),
        }
    }

    fn write(&self, w: &mut ParamWriter) {
        w.int("n", self.config.n as i64)
            .int("w", self.config.w as i64)
            .int("r", self.config.r as i64);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsim_ui::params::{assert_round_trip, read_cleanly, read_noting};

    #[test]
    fn defaults_are_n5_w3_r3() {
        let s: Settings = read_cleanly("");
        assert_eq!(s.config, QuorumConfig::new(5, 3, 3));
    }

    #[test]
    fn w_larger_than_n_is_capped_with_a_notice() {
        let s: Settings = read_noting("?n=5&w=9&r=2", &["w=9 is larger than N=5; using w=5."]);
        assert_eq!(s.config, QuorumConfig::new(5, 5, 2));
    }

    #[test]
    fn every_configuration_survives_its_link() {
        for n in MIN_N..=MAX_N {
            for w in 1..=n {
                for r in 1..=n {
                    assert_round_trip(&Params {
                        config: QuorumConfig::new(n, w, r),
                    });
                }
            }
        }
    }

    #[test]
    fn hostile_values_fall_back() {
        let s = Settings::from_query("?n=%3Cimg%20onerror%3Dx%3E&w=NaN&r=-3&seed=x&speed=1e9");
        assert_eq!(s.config, QuorumConfig::new(5, 3, 1));
        assert_eq!(s.common.speed, 10.0);
        assert_eq!(s.notices.len(), 5);
    }
}
