//! The coordination sim's settings from its link:
//! `?flavour=etcd&scenario=election&recipe=sequential&servers=5&clients=4&ttl=6&fencing=1&pause=10`
//! plus seed, speed and projector.

use dsim_core::coordination::{
    CoordConfig, Flavour, Recipe, Scenario, MAX_CLIENTS, MAX_TTL_MS, MIN_CLIENTS, MIN_TTL_MS,
};
use dsim_core::params::{ParamReader, ParamWriter};
use dsim_ui::params::CommonParams;
use dsim_ui::LinkSettings;

/// The ensemble sizes offered: 3, 5 or 7 servers (odd: an even ensemble tolerates no more
/// failures than the odd one below it).
pub const SERVER_CHOICES: [&str; 3] = ["3", "5", "7"];
/// The shortest GC pause the slider offers, in seconds.
pub const MIN_PAUSE_S: u64 = 1;
/// The longest GC pause the slider offers, in seconds.
pub const MAX_PAUSE_S: u64 = 30;
/// The GC pause the slider starts at, in seconds: longer than the default session timeout.
pub const DEFAULT_PAUSE_S: u64 = 10;

/// Everything the link can set, already clamped, with the notices about what was changed.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// The model's settings.
    pub config: CoordConfig,
    /// The GC pause slider, in seconds.
    pub pause_s: u64,
    /// Seed, speed and projector mode.
    pub common: CommonParams,
    /// What was changed, for the notice bar.
    pub notices: Vec<String>,
}

impl Settings {
    /// Reads the settings from a query string; never fails.
    pub fn from_query(query: &str) -> Self {
        let mut r = ParamReader::new(query);
        let common = CommonParams::read(&mut r);
        let flavour = r.choice("flavour", &["zookeeper", "etcd"], "zookeeper");
        let scenario = r.choice("scenario", &["election", "discovery"], "election");
        let recipe = r.choice("recipe", &["herd", "sequential"], "herd");
        let servers = r.choice("servers", &SERVER_CHOICES, "3");
        let clients = r.int("clients", MIN_CLIENTS as i64..=MAX_CLIENTS as i64, 5);
        let ttl_range = (MIN_TTL_MS / 1000) as i64..=(MAX_TTL_MS / 1000) as i64;
        let ttl = r.int("ttl", ttl_range, 6);
        let fencing = r.flag("fencing", true);
        let pause = r.int(
            "pause",
            MIN_PAUSE_S as i64..=MAX_PAUSE_S as i64,
            DEFAULT_PAUSE_S as i64,
        );
        let config = CoordConfig {
            flavour: Flavour::from_param(flavour).unwrap_or(Flavour::ZooKeeper),
            scenario: Scenario::from_param(scenario).unwrap_or(Scenario::Election),
            recipe: Recipe::from_param(recipe).unwrap_or(Recipe::Herd),
            servers: servers.parse().unwrap_or(3),
            clients: clients as usize,
            ttl_ms: ttl as u64 * 1000,
            fencing,
        }
        .clamped();
        Settings {
            config,
            pause_s: pause as u64,
            common,
            notices: r.notices(),
        }
    }

    /// The query string that reads back as these settings with `common`'s seed and speed.
    pub fn query(config: CoordConfig, pause_s: u64, common: &CommonParams) -> String {
        let mut w = ParamWriter::new();
        w.choice("flavour", config.flavour.param())
            .choice("scenario", config.scenario.param())
            .choice("recipe", config.recipe.param())
            .int("servers", config.servers as i64)
            .int("clients", config.clients as i64)
            .int("ttl", (config.ttl_ms / 1000) as i64)
            .flag("fencing", config.fencing)
            .int("pause", pause_s as i64);
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
    fn defaults_are_zookeeper_election_herd_three_servers() {
        let s = Settings::from_query("");
        assert_eq!(s.config, CoordConfig::default());
        assert_eq!(s.pause_s, DEFAULT_PAUSE_S);
        assert!(s.notices.is_empty());
    }

    #[test]
    fn every_configuration_survives_its_link() {
        for flavour in Flavour::ALL {
            for scenario in Scenario::ALL {
                for recipe in Recipe::ALL {
                    for servers in [3, 5, 7] {
                        for clients in MIN_CLIENTS..=MAX_CLIENTS {
                            let config = CoordConfig {
                                flavour,
                                scenario,
                                recipe,
                                servers,
                                clients,
                                ttl_ms: 4_000 + clients as u64 * 1000,
                                fencing: clients % 2 == 0,
                            };
                            let common = CommonParams {
                                seed: servers as u64 * 10 + clients as u64,
                                speed: 2.5,
                                projector: false,
                            };
                            let q = Settings::query(config, 7, &common);
                            let back = Settings::from_query(&q);
                            assert_eq!((back.config, back.pause_s), (config, 7), "{q}");
                            assert_eq!(back.common, common);
                            assert!(back.notices.is_empty(), "{q}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn hostile_values_fall_back_with_notices() {
        let s = Settings::from_query(
            "?flavour=%3Cscript%3E&scenario=x&recipe=&servers=4&clients=99&ttl=-5&fencing=maybe&pause=1e9",
        );
        assert_eq!(s.config.flavour, Flavour::ZooKeeper);
        assert_eq!(s.config.servers, 3);
        assert_eq!(s.config.clients, MAX_CLIENTS);
        assert_eq!(s.config.ttl_ms, MIN_TTL_MS);
        assert_eq!(s.pause_s, MAX_PAUSE_S);
        assert!(s.notices.len() >= 7, "{:?}", s.notices);
    }
}
