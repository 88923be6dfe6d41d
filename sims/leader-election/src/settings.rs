//! The leader election sim's settings from its link:
//! `?n=5&min=150&max=300&prevote=0&checkquorum=0` plus seed, speed and projector.

use dsim_core::election::{ElectionConfig, MAX_NODES, MAX_TIMEOUT_MS, MIN_NODES, MIN_TIMEOUT_MS};
use dsim_core::params::{ParamReader, ParamWriter};
use dsim_ui::params::SimParams;

dsim_ui::link_params! {
    /// The model's settings, shared by the Raft and the Bully run.
    config: ElectionConfig,
}

impl SimParams for Params {
    fn read(r: &mut ParamReader) -> Self {
        let d = ElectionConfig::default();
        let n = r.int("n", MIN_NODES as i64..=MAX_NODES as i64, d.nodes as i64);
        let timeouts = MIN_TIMEOUT_MS as i64..=MAX_TIMEOUT_MS as i64;
        let min = r.int("min", timeouts.clone(), d.timeout_min_ms as i64);
        let max = r.int("max", timeouts, d.timeout_max_ms as i64);
        let config = ElectionConfig {
            nodes: n as usize,
            timeout_min_ms: min as u64,
            timeout_max_ms: max as u64,
            pre_vote: r.flag("prevote", false),
            check_quorum: r.flag("checkquorum", false),
        }
        .clamped();
        Params { config }
    }

    fn write(&self, w: &mut ParamWriter) {
        let c = self.config;
        w.int("n", c.nodes as i64)
            .int("min", c.timeout_min_ms as i64)
            .int("max", c.timeout_max_ms as i64)
            .flag("prevote", c.pre_vote)
            .flag("checkquorum", c.check_quorum);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsim_ui::params::{assert_round_trip, read_cleanly};

    #[test]
    fn defaults_are_five_nodes_and_the_papers_timeouts() {
        let c = read_cleanly::<Params>("").params.config;
        assert_eq!((c.nodes, c.timeout_min_ms, c.timeout_max_ms), (5, 150, 300));
        assert!(
            !c.pre_vote && !c.check_quorum,
            "plain Raft as the paper describes it"
        );
    }

    #[test]
    fn every_configuration_survives_its_link() {
        for nodes in MIN_NODES..=MAX_NODES {
            for (min, max) in [(100, 100), (150, 300), (200, 600), (600, 600)] {
                for flags in 0..4 {
                    let config = ElectionConfig {
                        nodes,
                        timeout_min_ms: min,
                        timeout_max_ms: max,
                        pre_vote: flags & 1 == 1,
                        check_quorum: flags & 2 == 2,
                    };
                    assert_round_trip(&Params { config });
                }
            }
        }
    }

    #[test]
    fn hostile_values_fall_back_with_notices() {
        let s = Settings::from_query("?n=99&min=%3Cscript%3E&max=-4&prevote=maybe&checkquorum=2");
        assert_eq!(s.config.nodes, MAX_NODES);
        assert!(s.config.timeout_min_ms <= s.config.timeout_max_ms);
        assert!(s.notices.len() >= 4, "{:?}", s.notices);
    }

    #[test]
    fn a_maximum_below_the_minimum_is_raised_to_it() {
        let s = Settings::from_query("?min=500&max=200");
        assert_eq!(s.config.timeout_min_ms, 500);
        assert_eq!(s.config.timeout_max_ms, 500);
    }
}
