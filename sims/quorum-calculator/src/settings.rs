//! The quorum calculator's settings from its link: `?n=5&w=3&r=3` plus seed, speed, projector.

use dsim_core::params::{ParamReader, ParamWriter};
use dsim_core::quorum::{QuorumConfig, MAX_N, MIN_N};
use dsim_ui::params::CommonParams;
use dsim_ui::LinkSettings;

/// Everything the link can set, already clamped, with the notices about what was changed.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// N, W and R.
    pub config: QuorumConfig,
    /// Seed, speed and projector mode.
    pub common: CommonParams,
    /// What was changed, for the notice bar.
    pub notices: Vec<String>,
}

impl Settings {
    /// Reads the settings from a query string; never fails.
    pub fn from_query(query: &str) -> Self {
        let mut reader = ParamReader::new(query);
        let common = CommonParams::read(&mut reader);
        let n = reader.int("n", MIN_N as i64..=MAX_N as i64, 5);
        let cap = format!("N={n}");
        let w = reader.int_capped("w", 1..=n, 3.min(n), Some(&cap));
        let r = reader.int_capped("r", 1..=n, 3.min(n), Some(&cap));
        Settings {
            config: QuorumConfig::new(n as usize, w as usize, r as usize),
            common,
            notices: reader.notices(),
        }
    }

    /// The query string that reads back as `config` with `common`'s seed and speed.
    pub fn query(config: QuorumConfig, common: &CommonParams) -> String {
        let mut w = ParamWriter::new();
        w.int("n", config.n as i64)
            .int("w", config.w as i64)
            .int("r", config.r as i64);
        common.write(&mut w);
        w.finish()
    }
}

impl LinkSettings for Settings {
    fn from_query(query: &str) -> Self {
        Settings::from_query(query)
    }
    fn common(&self) -> &CommonParams {
        &self.common
    }
    fn notices(&self) -> &[String] {
        &self.notices
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_n5_w3_r3() {
        let s = Settings::from_query("");
        assert_eq!(s.config, QuorumConfig::new(5, 3, 3));
        assert!(s.notices.is_empty());
    }

    #[test]
    fn w_larger_than_n_is_capped_with_a_notice() {
        let s = Settings::from_query("?n=5&w=9&r=2");
        assert_eq!(s.config, QuorumConfig::new(5, 5, 2));
        assert_eq!(
            s.notices,
            vec!["w=9 is larger than N=5; using w=5.".to_string()]
        );
    }

    #[test]
    fn every_configuration_survives_its_link() {
        for n in MIN_N..=MAX_N {
            for w in 1..=n {
                for r in 1..=n {
                    let config = QuorumConfig::new(n, w, r);
                    let common = CommonParams {
                        seed: (n * 100 + w * 10 + r) as u64,
                        speed: 2.5,
                        projector: false,
                    };
                    let back = Settings::from_query(&Settings::query(config, &common));
                    assert_eq!((back.config, back.common), (config, common));
                    assert!(back.notices.is_empty());
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
