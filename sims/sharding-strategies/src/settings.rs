//! The sharding sim's settings from its link: `?strategy=hash&shards=6&records=20000&rate=80`,
//! the live workload (`?workload=uniform|celebrity|zipf|inserts`) and, for geographic sharding, where traffic comes from (`?us=20&eu=70&apac=10`), plus seed,
//! speed and projector.

use dsim_core::params::{ParamReader, ParamWriter};
use dsim_core::sharding::{
    ShardingConfig, Strategy, Workload, DEFAULT_RATE, DEFAULT_RECORDS, DEFAULT_SHARDS, MAX_RATE,
    MAX_RECORDS, MAX_SHARDS, MIN_RATE, MIN_RECORDS, MIN_SHARDS, REGION_SHARES,
};
use dsim_ui::params::{Named, SimParams};

use crate::msg::t;

/// The strategies, by their link names.
const STRATEGIES: Named<Strategy> = Named::new(&Strategy::ALL, Strategy::key);

/// The workloads, by their link names.
const WORKLOADS: Named<Workload> = Named::new(&Workload::ALL, Workload::key);

/// The link's names of the three regions' traffic weights.
const TRAFFIC_KEYS: [&str; 3] = ["us", "eu", "apac"];

dsim_ui::link_params! {
    /// Records, shards, strategy and request rate.
    config: ShardingConfig,
    /// Geographic sharding: the weight of requests from US-East, EU-West and APAC (0–100 each).
    traffic: [u32; 3],
    /// What the live request stream asks for.
    workload: Workload,
}

impl SimParams for Params {
    fn read(reader: &mut ParamReader) -> Self {
        let strategy = STRATEGIES.read(reader, "strategy", Strategy::Range);
        let shards = reader.int(
            "shards",
            MIN_SHARDS as i64..=MAX_SHARDS as i64,
            DEFAULT_SHARDS as i64,
        );
        let records = reader.int(
            "records",
            MIN_RECORDS as i64..=MAX_RECORDS as i64,
            DEFAULT_RECORDS as i64,
        );
        let rate = reader.int(
            "rate",
            MIN_RATE as i64..=MAX_RATE as i64,
            DEFAULT_RATE as i64,
        );
        let workload = WORKLOADS.read(reader, "workload", Workload::Uniform);
        let mut traffic = [0u32; 3];
        for (i, key) in TRAFFIC_KEYS.iter().enumerate() {
            traffic[i] = reader.int(key, 0..=100, i64::from(REGION_SHARES[i])) as u32;
        }
        if traffic == [0, 0, 0] {
            reader.note(t!(
                TRAFFIC_FALLBACK,
                us = REGION_SHARES[0],
                eu = REGION_SHARES[1],
                apac = REGION_SHARES[2]
            ));
            traffic = REGION_SHARES;
        }
        Params {
            config: ShardingConfig::new(records as usize, shards as usize, strategy, rate as u32),
            traffic,
            workload,
        }
    }

    fn write(&self, w: &mut ParamWriter) {
        w.choice("strategy", self.config.strategy.key())
            .int("shards", self.config.shards as i64)
            .int("records", self.config.records as i64)
            .int("rate", i64::from(self.config.rate))
            .choice("workload", self.workload.key());
        for (key, weight) in TRAFFIC_KEYS.iter().zip(self.traffic) {
            w.int(key, i64::from(weight.min(100)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsim_ui::params::{assert_round_trip, read_cleanly, read_noting};

    #[test]
    fn every_setting_survives_its_link() {
        for strategy in Strategy::ALL {
            for (shards, records, rate) in [
                (MIN_SHARDS, MIN_RECORDS, MIN_RATE),
                (5, 20_000, 80),
                (MAX_SHARDS, MAX_RECORDS, MAX_RATE),
            ] {
                for (traffic, workload) in [REGION_SHARES, [20, 70, 10], [0, 0, 100]]
                    .into_iter()
                    .zip(Workload::ALL.into_iter().cycle().skip(strategy.index()))
                {
                    let config = ShardingConfig::new(records, shards, strategy, rate);
                    assert_round_trip(&Params {
                        config,
                        traffic,
                        workload,
                    });
                }
            }
        }
    }

    #[test]
    fn every_workload_survives_its_link_and_a_bad_one_is_named() {
        for w in Workload::ALL {
            let config = ShardingConfig::default();
            let traffic = REGION_SHARES;
            assert_round_trip(&Params {
                config,
                traffic,
                workload: w,
            });
            let s = Settings::from_query(&format!("?workload={}", w.key()));
            assert_eq!(s.workload, w);
        }
        let s: Settings = read_noting(
            "?workload=viral",
            &[
                "workload=viral is not one of uniform, celebrity, zipf, inserts; using workload=uniform.",
            ],
        );
        assert_eq!(s.workload, Workload::Uniform);
    }

    #[test]
    fn traffic_from_nowhere_falls_back_with_a_notice() {
        let s = Settings::from_query("?us=0&eu=0&apac=0");
        assert_eq!(s.traffic, REGION_SHARES);
        assert_eq!(s.notices.len(), 1);
    }

    #[test]
    fn defaults_are_four_range_shards_and_a_thousand_users() {
        let s: Settings = read_cleanly("");
        assert_eq!(
            s.config,
            ShardingConfig::new(1_000, 4, Strategy::Range, DEFAULT_RATE)
        );
        assert_eq!(s.common.seed, 42);
    }

    #[test]
    fn every_setting_is_read() {
        let s: Settings = read_cleanly(
            "?strategy=Geographic&shards=6&records=20000&rate=120&seed=7&speed=2&projector=1",
        );
        assert_eq!(
            s.config,
            ShardingConfig::new(20_000, 6, Strategy::Geographic, 120)
        );
        assert_eq!(s.common.seed, 7);
        assert_eq!(s.common.speed, 2.0);
        assert!(s.common.projector);
    }

    #[test]
    fn out_of_range_values_are_clamped_with_notices() {
        let s: Settings = read_noting(
            "?shards=12&records=5&rate=0&strategy=ring",
            &[
                "strategy=ring is not one of range, hash, directory, geographic; using strategy=range.",
                "shards=12 is outside 2–8; using shards=8.",
                "records=5 is outside 200–100000; using records=200.",
                "rate=0 is outside 1–500; using rate=1.",
            ],
        );
        assert_eq!(s.config.shards, 8);
        assert_eq!(s.config.records, 200);
        assert_eq!(s.config.rate, 1);
        assert_eq!(s.config.strategy, Strategy::Range);
    }

    #[test]
    fn hostile_values_fall_back() {
        let s = Settings::from_query(
            "?shards=%3Cimg%20onerror%3Dx%3E&records=NaN&rate=1e99&seed=-1&speed=0",
        );
        assert_eq!(s.config.shards, 4);
        assert_eq!(s.config.records, 1_000);
        assert_eq!(s.config.rate, 500);
        assert_eq!(s.common.speed, 0.25);
        assert_eq!(s.notices.len(), 5);
    }
}
