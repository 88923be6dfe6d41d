//! The coordination sim's settings from its link:
//! `?flavour=etcd&scenario=election&recipe=sequential&servers=5&clients=4&ttl=6&fencing=1&pause=10`
//! plus seed, speed and projector.

use dsim_core::coordination::{
    CoordConfig, Flavour, Recipe, Scenario, MAX_CLIENTS, MAX_TTL_MS, MIN_CLIENTS, MIN_TTL_MS,
};
use dsim_core::params::{ParamReader, ParamWriter};
use dsim_ui::params::{Named, SimParams};

/// The coordination services, by their link names.
const FLAVOURS: Named<Flavour> = Named::new(&Flavour::ALL, Flavour::param);

/// The scenarios, by their link names.
const SCENARIOS: Named<Scenario> = Named::new(&Scenario::ALL, Scenario::param);

/// The leader-election recipes, by their link names.
const RECIPES: Named<Recipe> = Named::new(&Recipe::ALL, Recipe::param);

/// The ensemble sizes offered: 3, 5 or 7 servers (odd: an even ensemble tolerates no more
/// failures than the odd one below it).
pub const SERVER_CHOICES: [&str; 3] = ["3", "5", "7"];
/// The shortest GC pause the slider offers, in seconds.
pub const MIN_PAUSE_S: u64 = 1;
/// The longest GC pause the slider offers, in seconds.
pub const MAX_PAUSE_S: u64 = 30;
/// The GC pause the slider starts at, in seconds: longer than the default session timeout.
pub const DEFAULT_PAUSE_S: u64 = 10;

dsim_ui::link_params! {
    /// The model's settings.
    config: CoordConfig,
    /// The GC pause slider, in seconds.
    pause_s: u64,
}

impl SimParams for Params {
    fn read(r: &mut ParamReader) -> Self {
        let flavour = FLAVOURS.read(r, "flavour", Flavour::ZooKeeper);
        let scenario = SCENARIOS.read(r, "scenario", Scenario::Election);
        let recipe = RECIPES.read(r, "recipe", Recipe::Herd);
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
            flavour,
            scenario,
            recipe,
            servers: servers.parse().unwrap_or(3),
            clients: clients as usize,
            ttl_ms: ttl as u64 * 1000,
            fencing,
        }
        .clamped();
        Params {
            config,
            pause_s: pause as u64,
        }
    }

    fn write(&self, w: &mut ParamWriter) {
        let c = self.config;
        w.choice("flavour", c.flavour.param())
            .choice("scenario", c.scenario.param())
            .choice("recipe", c.recipe.param())
            .int("servers", c.servers as i64)
            .int("clients", c.clients as i64)
            .int("ttl", (c.ttl_ms / 1000) as i64)
            .flag("fencing", c.fencing)
            .int("pause", self.pause_s as i64);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsim_ui::params::{assert_round_trip, read_cleanly};

    #[test]
    fn defaults_are_zookeeper_election_herd_three_servers() {
        let s: Settings = read_cleanly("");
        let c = &s.config;
        let opens_on = (c.flavour, c.scenario, c.recipe, c.servers);
        assert_eq!(
            opens_on,
            (Flavour::ZooKeeper, Scenario::Election, Recipe::Herd, 3)
        );
        assert_eq!((c.clients, c.fencing, s.pause_s), (5, true, 10));
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
                            assert_round_trip(&Params {
                                config,
                                pause_s: servers as u64 + 1,
                            });
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
