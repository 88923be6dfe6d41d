//! The ring's settings from its link: `?nodes=5&keys=12&vnodes=1&rf=3&compare=1` plus seed,
//! speed and projector.

use dsim_core::hash_ring::{
    RingConfig, DEFAULT_KEYS, DEFAULT_NODES, DEFAULT_REPLICAS, DEFAULT_VNODES, MAX_KEYS, MAX_NODES,
    MAX_REPLICAS, MAX_VNODES, MIN_KEYS, MIN_NODES, MIN_REPLICAS, MIN_VNODES,
};
use dsim_core::params::{ParamReader, ParamWriter};
use dsim_ui::params::SimParams;

dsim_ui::link_params! {
    /// Physical nodes at the start, virtual nodes per node, keys.
    config: RingConfig,
    /// Whether the "Compare with hash mod N" view starts switched on.
    compare: bool,
    /// The replication factor: how many distinct physical nodes hold each key.
    replicas: usize,
}

impl SimParams for Params {
    fn read(reader: &mut ParamReader) -> Self {
        let range = |lo: usize, hi: usize| lo as i64..=hi as i64;
        let nodes = reader.int("nodes", range(MIN_NODES, MAX_NODES), DEFAULT_NODES as i64);
        let keys = reader.int("keys", range(MIN_KEYS, MAX_KEYS), DEFAULT_KEYS as i64);
        let vnodes = reader.int(
            "vnodes",
            range(MIN_VNODES, MAX_VNODES),
            DEFAULT_VNODES as i64,
        );
        let replicas = reader.int(
            "rf",
            range(MIN_REPLICAS, MAX_REPLICAS),
            DEFAULT_REPLICAS as i64,
        );
        let compare = reader.flag("compare", false);
        Params {
            config: RingConfig::new(nodes as usize, vnodes as usize, keys as usize),
            compare,
            replicas: replicas as usize,
        }
    }

    fn write(&self, w: &mut ParamWriter) {
        w.int("nodes", self.config.nodes as i64)
            .int("vnodes", self.config.vnodes as i64)
            .int("keys", self.config.keys as i64)
            .int("rf", self.replicas as i64)
            .flag("compare", self.compare);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsim_ui::params::{assert_round_trip, read_cleanly, read_noting};

    #[test]
    fn every_setting_survives_its_link() {
        for nodes in MIN_NODES..=MAX_NODES {
            for (vnodes, keys) in [(MIN_VNODES, MIN_KEYS), (7, 1234), (MAX_VNODES, MAX_KEYS)] {
                assert_round_trip(&Params {
                    config: RingConfig::new(nodes, vnodes, keys),
                    compare: nodes % 2 == 0,
                    replicas: MIN_REPLICAS + nodes % MAX_REPLICAS,
                });
            }
        }
    }

    #[test]
    fn defaults_are_five_nodes_one_vnode_twelve_keys() {
        let s: Settings = read_cleanly("");
        assert_eq!(s.config, RingConfig::new(5, 1, 12));
        assert!(!s.compare);
        assert_eq!(s.replicas, 3);
        assert_eq!(s.common.seed, 42);
    }

    #[test]
    fn the_stress_configuration_is_accepted_as_is() {
        let s: Settings = read_cleanly("?nodes=8&vnodes=50&keys=10000&compare=1&seed=7&speed=2");
        assert_eq!(s.config, RingConfig::new(8, 50, 10_000));
        assert!(s.compare);
        assert_eq!((s.common.seed, s.common.speed), (7, 2.0));
    }

    #[test]
    fn out_of_range_values_are_clamped_with_a_notice() {
        let s: Settings = read_noting(
            "?nodes=12&keys=5&vnodes=500",
            &[
                "nodes=12 is outside 4–8; using nodes=8.",
                "keys=5 is outside 12–10000; using keys=12.",
                "vnodes=500 is outside 1–50; using vnodes=50.",
            ],
        );
        assert_eq!(s.config, RingConfig::new(8, 50, 12));
    }

    #[test]
    fn the_replication_factor_is_clamped_with_a_notice() {
        let s: Settings = read_noting("?rf=9", &["rf=9 is outside 1–4; using rf=4."]);
        assert_eq!(s.replicas, MAX_REPLICAS);
        assert_eq!(Settings::from_query("?rf=0").replicas, 1);
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
