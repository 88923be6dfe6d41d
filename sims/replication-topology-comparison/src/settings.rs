//! The replication sim's settings from its link: `?topology=leaderless&lag=2.5` and the
//! panels' switches (`sync`, `raw` for read-after-write, `policy=lww|siblings`, `w`, `r`,
//! `llpolicy=lww|vv` for Leaderless concurrent writes, `far` for a client in a far region),
//! plus seed, speed and projector.

use dsim_core::params::{ParamReader, ParamWriter};
use dsim_core::quorum::QuorumConfig;
use dsim_core::replication::{
    ConflictPolicy, ReplicationConfig, Topology, DEFAULT_LAG_MS, MAX_LAG_MS, NODES,
};
use dsim_ui::params::{Named, SimParams};

/// The topologies, by their link names.
const TOPOLOGIES: Named<Topology> = Named::new(&Topology::ALL, Topology::slug);

dsim_ui::link_params! {
    /// The panels' settings: the highlighted topology and the replication lag come from the
    /// link, the rest are the model's defaults.
    config: ReplicationConfig,
}

impl SimParams for Params {
    fn read(reader: &mut ParamReader) -> Self {
        let selected = TOPOLOGIES.read(reader, "topology", Topology::SingleLeader);
        let max_s = MAX_LAG_MS as f64 / 1000.0;
        let lag_s = reader.float("lag", 0.0..=max_s, DEFAULT_LAG_MS as f64 / 1000.0);
        let lag_ms = ((lag_s * 1000.0).round().max(0.0) as u64).min(MAX_LAG_MS);
        let defaults = ReplicationConfig::default();
        let sync = reader.flag("sync", defaults.sync);
        let read_after_write = reader.flag("raw", defaults.read_after_write);
        let conflict_policy = match reader.choice("policy", &["lww", "siblings"], "lww") {
            "siblings" => ConflictPolicy::KeepSiblings,
            _ => ConflictPolicy::LastWriteWins,
        };
        let n = NODES as i64;
        let w = reader.int("w", 1..=n, defaults.quorum.w as i64);
        let r = reader.int("r", 1..=n, defaults.quorum.r as i64);
        let leaderless_policy = match reader.choice("llpolicy", &["lww", "vv"], "lww") {
            "vv" => ConflictPolicy::KeepSiblings,
            _ => ConflictPolicy::LastWriteWins,
        };
        let client_far = reader.flag("far", defaults.client_far);
        Params {
            config: ReplicationConfig {
                selected,
                lag_ms,
                sync,
                read_after_write,
                conflict_policy,
                quorum: QuorumConfig::new(NODES, w as usize, r as usize),
                leaderless_policy,
                client_far,
                ..defaults
            },
        }
    }

    fn write(&self, w: &mut ParamWriter) {
        w.choice("topology", self.config.selected.slug())
            .float("lag", self.config.lag_ms as f64 / 1000.0)
            .flag("sync", self.config.sync)
            .flag("raw", self.config.read_after_write)
            .choice(
                "policy",
                match self.config.conflict_policy {
                    ConflictPolicy::LastWriteWins => "lww",
                    ConflictPolicy::KeepSiblings => "siblings",
                },
            )
            .int("w", self.config.quorum.w as i64)
            .int("r", self.config.quorum.r as i64)
            .choice(
                "llpolicy",
                match self.config.leaderless_policy {
                    ConflictPolicy::LastWriteWins => "lww",
                    ConflictPolicy::KeepSiblings => "vv",
                },
            )
            .flag("far", self.config.client_far);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsim_ui::params::{assert_round_trip, read_cleanly, read_noting};

    #[test]
    fn topology_lag_and_speed_are_read_with_one_second_of_lag_by_default() {
        for (link, topology, lag_ms, speed) in [
            ("", Topology::SingleLeader, 1_000, 1.0),
            (
                "?topology=Leaderless&lag=2.5&speed=10",
                Topology::Leaderless,
                2_500,
                10.0,
            ),
            (
                "?topology=multi-leader&lag=0",
                Topology::MultiLeader,
                0,
                1.0,
            ),
        ] {
            let s: Settings = read_cleanly(link);
            assert_eq!(s.config.selected, topology, "{link}");
            assert_eq!(s.config.lag_ms, lag_ms, "{link}");
            assert_eq!(s.common.speed, speed, "{link}");
        }
        let s: Settings = read_cleanly("?seed=7");
        assert_eq!(s.common.seed, 7);
    }

    #[test]
    fn out_of_range_values_are_clamped_with_notices() {
        let s: Settings = read_noting(
            "?topology=ring&lag=9",
            &[
                "topology=ring is not one of single-leader, multi-leader, leaderless; using topology=single-leader.",
                "lag=9 is outside 0–5; using lag=5.",
            ],
        );
        assert_eq!(s.config.selected, Topology::SingleLeader);
        assert_eq!(s.config.lag_ms, 5_000);
        let s: Settings = read_noting("?lag=-1", &["lag=-1 is outside 0–5; using lag=0."]);
        assert_eq!(s.config.lag_ms, 0);
    }

    #[test]
    fn every_setting_survives_its_link() {
        for selected in Topology::ALL {
            for (lag_ms, sync, raw) in [
                (0, false, true),
                (1_000, true, false),
                (MAX_LAG_MS, true, true),
            ] {
                for policy in [ConflictPolicy::LastWriteWins, ConflictPolicy::KeepSiblings] {
                    for (w, r) in [(1, 1), (3, 3), (5, 2)] {
                        let config = ReplicationConfig {
                            selected,
                            lag_ms,
                            sync,
                            read_after_write: raw,
                            conflict_policy: policy,
                            quorum: QuorumConfig::new(NODES, w, r),
                            leaderless_policy: policy,
                            client_far: raw,
                            ..ReplicationConfig::default()
                        };
                        assert_round_trip(&Params { config });
                    }
                }
            }
        }
    }

    #[test]
    fn leaderless_policy_and_far_client_are_read() {
        let s: Settings = read_cleanly("?llpolicy=vv&far=1");
        assert_eq!(s.config.leaderless_policy, ConflictPolicy::KeepSiblings);
        assert!(s.config.client_far);
        let s = Settings::from_query("");
        assert_eq!(s.config.leaderless_policy, ConflictPolicy::LastWriteWins);
        assert!(!s.config.client_far);
    }

    #[test]
    fn hostile_values_fall_back() {
        let s =
            Settings::from_query("?topology=%3Cscript%3E&lag=NaN&seed=x&speed=1e9&projector=maybe");
        assert_eq!(s.config.selected, Topology::SingleLeader);
        assert_eq!(s.config.lag_ms, 1_000);
        assert_eq!(s.common.speed, 10.0);
        assert!(!s.common.projector);
        assert_eq!(s.notices.len(), 5, "{:?}", s.notices);
    }
}
