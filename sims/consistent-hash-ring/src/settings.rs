//! The ring's settings from its link: `?nodes=5&keys=12&vnodes=1&compare=1` plus seed, speed and
//! projector.

use dsim_core::hash_ring::{
    RingConfig, DEFAULT_KEYS, DEFAULT_NODES, DEFAULT_VNODES, MAX_KEYS, MAX_NODES, MAX_VNODES,
    MIN_KEYS, MIN_NODES, MIN_VNODES,
};
use dsim_core::params::{ParamReader, ParamWriter};
use dsim_ui::params::CommonParams;
use dsim_ui::LinkSettings;

/// Everything the link can set, already clamped, with the notices about what was changed.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// Physical nodes at the start, virtual nodes per node, keys.
    pub config: RingConfig,
    /// Whether the "Compare with hash mod N" view starts switched on.
    pub compare: bool,
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
        let range = |lo: usize, hi: usize| lo as i64..=hi as i64;
        let nodes = reader.int("nodes", range(MIN_NODES, MAX_NODES), DEFAULT_NODES as i64);
        let keys = reader.int("keys", range(MIN_KEYS, MAX_KEYS), DEFAULT_KEYS as i64);
        let vnodes = reader.int(
            "vnodes",
            range(MIN_VNODES, MAX_VNODES),
            DEFAULT_VNODES as i64,
        );
        let compare = reader.flag("compare", false);
        Settings {
            config: RingConfig::new(nodes as usize, vnodes as usize, keys as usize),
            compare,
            common,
            notices: reader.notices(),
        }
    }

    /// The query string that reads back as `config` and `compare`, with `common`'s seed and speed.
    pub fn query(config: RingConfig, compare: bool, common: &CommonParams) -> String {
        let mut w = ParamWriter::new();
        w.int("nodes", config.nodes as i64)
            .int("vnodes", config.vnodes as i64)
            .int("keys", config.keys as i64)
            .flag("compare", compare);
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
    fn every_setting_survives_its_link() {
        for nodes in MIN_NODES..=MAX_NODES {
            for (vnodes, keys) in [(MIN_VNODES, MIN_KEYS), (7, 1234), (MAX_VNODES, MAX_KEYS)] {
                let config = RingConfig::new(nodes, vnodes, keys);
                let common = CommonParams {
                    seed: 9_007_199_254_740_993,
                    speed: 0.25,
                    projector: false,
                };
                let back = Settings::from_query(&Settings::query(config, nodes % 2 == 0, &common));
                assert_eq!(
                    (back.config, back.compare, back.common),
                    (config, nodes % 2 == 0, common)
                );
                assert!(back.notices.is_empty());
            }
        }
    }

    #[test]
    fn defaults_are_five_nodes_one_vnode_twelve_keys() {
        let s = Settings::from_query("");
        assert_eq!(s.config, RingConfig::new(5, 1, 12));
        assert!(!s.compare);
        assert_eq!(s.common.seed, 42);
        assert!(s.notices.is_empty());
    }

    #[test]
    fn the_stress_configuration_is_accepted_as_is() {
        let s = Settings::from_query("?nodes=8&vnodes=50&keys=10000&compare=1&seed=7&speed=2");
        assert_eq!(s.config, RingConfig::new(8, 50, 10_000));
        assert!(s.compare);
        assert_eq!((s.common.seed, s.common.speed), (7, 2.0));
        assert!(s.notices.is_empty());
    }

    #[test]
    fn out_of_range_values_are_clamped_with_a_notice() {
        let s = Settings::from_query("?nodes=12&keys=5&vnodes=500");
        assert_eq!(s.config, RingConfig::new(8, 50, 12));
        assert_eq!(
            s.notices,
            vec![
                "nodes=12 is outside 4–8; using nodes=8.".to_string(),
                "keys=5 is outside 12–10000; using keys=12.".to_string(),
                "vnodes=500 is outside 1–50; using vnodes=50.".to_string(),
            ]
        );
    }

    #[test]
    fn hostile_values_fall_back() {
        let s = Settings::from_query(
            "?nodes=%3Cimg%20onerror%3Dx%3E&keys=NaN&vnodes=-3&seed=x&speed=1e9&compare=maybe&keys=9",
        );
        assert_eq!(s.config, RingConfig::new(5, 1, 12));
        assert_eq!(s.common.speed, 10.0);
        assert!(!s.compare);
        assert_eq!(s.notices.len(), 7, "{:?}", s.notices);
        assert!(s
            .notices
            .iter()
            .any(|n| n.contains("keys was given 2 times")));
    }

    #[test]
    fn fractions_round_to_whole_numbers() {
        let s = Settings::from_query("?nodes=6.4&keys=99.5&vnodes=2.5");
        assert_eq!(s.config, RingConfig::new(6, 3, 100));
        assert_eq!(s.notices.len(), 3);
    }
}
