//! The production cluster sim's settings from its link: `?rate=60&geo=1&shard=1` plus seed, speed
//! and projector.

use dsim_core::cluster::{Routing, DEFAULT_RATE, MAX_RATE, MIN_RATE, SHARDS};
use dsim_core::params::{ParamReader, ParamWriter};
use dsim_ui::params::SimParams;

dsim_ui::link_params! {
    derive(Copy, Eq);
    /// Requests per second from the users of both regions.
    rate: u32,
    /// How the router picks a shard.
    routing: Routing,
    /// The shard the shard buttons act on (0-based; the link says 1 … 6).
    shard: usize,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            rate: DEFAULT_RATE,
            routing: Routing::GeoThenRing,
            shard: 0,
        }
    }
}

impl SimParams for Params {
    fn read(r: &mut ParamReader) -> Self {
        let rate = r.int(
            "rate",
            i64::from(MIN_RATE)..=i64::from(MAX_RATE),
            i64::from(DEFAULT_RATE),
        );
        let geo = r.flag("geo", true);
        let shard = r.int("shard", 1..=SHARDS as i64, 1);
        Params {
            shard: usize::try_from(shard - 1).unwrap_or(0),
            rate: u32::try_from(rate).unwrap_or(DEFAULT_RATE),
            routing: if geo {
                Routing::GeoThenRing
            } else {
                Routing::GlobalRing
            },
        }
    }

    fn write(&self, w: &mut ParamWriter) {
        w.int("rate", i64::from(self.rate))
            .flag("geo", self.routing == Routing::GeoThenRing)
            .int("shard", self.shard as i64 + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsim_ui::params::{assert_round_trip, read_cleanly};

    #[test]
    fn defaults_are_the_geographic_router_at_60_requests_a_second() {
        let s: Settings = read_cleanly("");
        assert_eq!(s.rate, DEFAULT_RATE);
        assert_eq!(s.routing, Routing::GeoThenRing);
    }

    #[test]
    fn every_setting_survives_its_link() {
        for rate in [MIN_RATE, 60, 250, MAX_RATE] {
            for routing in [Routing::GeoThenRing, Routing::GlobalRing] {
                for shard in 0..SHARDS {
                    assert_round_trip(&Params {
                        rate,
                        routing,
                        shard,
                    });
                }
            }
        }
    }

    #[test]
    fn hostile_values_fall_back_with_notices() {
        let s = Settings::from_query("?rate=99999&geo=%3Cscript%3E&shard=0");
        assert_eq!(s.rate, MAX_RATE);
        assert_eq!(s.routing, Routing::GeoThenRing);
        assert_eq!(s.shard, 0);
        assert_eq!(s.notices.len(), 3, "{:?}", s.notices);
    }
}
