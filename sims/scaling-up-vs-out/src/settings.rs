//! The sim's settings from its link: the workload, the laws' parameters, the levers, the month
//! and the panels shown, e.g. `?rate=8000&growth=8&reads=95&layout=replicas&month=24`.
//! Shares are written as percentages; machines as their cores.

use dsim_core::params::{ParamReader, ParamWriter};
use dsim_core::scaling::{
    Layout, OutShape, ScalingConfig, Tuning, Usl, Workload, DEFAULT_NODE_RUNG, LADDER,
    MAX_FAILURE_RATE, MAX_GROWTH, MAX_KAPPA, MAX_MONTHS, MAX_NODES, MAX_RATE, MAX_SHARE,
    MAX_WORKING_SET_GB, MIN_RATE, MIN_WORKING_SET_GB, TOP_RUNG,
};
use dsim_ui::params::SimParams;

/// A tab the link names by a word: every tab in order, and their names in the same order.
pub trait Keyed: Copy + PartialEq + 'static {
    /// Every tab, in tab order.
    const ALL: [Self; 4];
    /// Their names in the link and their tabs' ids.
    const NAMES: [&'static str; 4];

    /// Its name in the link and its tab's id.
    fn key(self) -> &'static str {
        let i = Self::ALL.iter().position(|t| *t == self).unwrap_or(0);
        Self::NAMES[i]
    }

    /// The tab of a link name (the first one for anything else).
    fn from_key(key: &str) -> Self {
        let i = Self::NAMES.iter().position(|n| *n == key).unwrap_or(0);
        Self::ALL[i]
    }
}

/// An enum of tabs, each variant with its link name beside it (`Time => "time"`), and its
/// [`Keyed`] impl: `ALL` and `NAMES` both come from the one list, in its order.
macro_rules! keyed_tabs {
    ($(#[$doc:meta])* $vis:vis enum $tab:ident {
        $($(#[$variant_doc:meta])* $variant:ident => $key:literal,)*
    }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        $vis enum $tab {
            $($(#[$variant_doc])* $variant,)*
        }

        impl Keyed for $tab {
            const ALL: [$tab; 4] = [$($tab::$variant),*];
            const NAMES: [&'static str; 4] = [$($key),*];
        }
    };
}

keyed_tabs! {
    /// The chart shown under the picture.
    pub enum ChartTab {
        /// Demand and both ceilings, month by month.
        Time => "time",
        /// Capacity against price for every machine and every cluster size.
        Throughput => "throughput",
        /// Mean latency against load for the current machine and cluster.
        Latency => "latency",
        /// Dollars per million requests, month by month, each lever sized for the demand.
        Cost => "cost",
    }
}

keyed_tabs! {
    /// The group of controls shown in the panel.
    pub enum PanelTab {
        /// Requests, mix, working set and their growth.
        Workload => "workload",
        /// The single machine and Amdahl's serial fraction.
        Up => "up",
        /// The cluster: nodes, layout, σ, κ and cross-shard requests.
        Out => "out",
        /// Failures and repairs.
        Failures => "failures",
    }
}

dsim_ui::link_params! {
    /// The workload, the laws' parameters, the cluster's shape, failures and following.
    config: ScalingConfig,
    /// The month shown.
    month: u32,
    /// The machine rung and node count, when the levers do not follow the demand.
    levers: Option<(usize, usize)>,
    /// The chart shown.
    chart: ChartTab,
    /// The controls shown.
    panel: PanelTab,
}

/// The ladder's core counts, as a link names machines.
fn ladder_cores() -> Vec<i64> {
    LADDER.iter().map(|m| i64::from(m.cores)).collect()
}

/// The rung whose core count is `cores`, or the nearest one with a notice.
fn rung_of(reader: &mut ParamReader, key: &str, default_rung: usize) -> usize {
    let cores = ladder_cores();
    let asked = reader.int(key, cores[0]..=cores[cores.len() - 1], cores[default_rung]);
    let rung = (0..cores.len())
        .min_by_key(|&i| (cores[i] - asked).abs())
        .unwrap_or(default_rung);
    if cores[rung] != asked {
        reader.note(crate::text::ladder_notice(key, asked, &cores, cores[rung]));
    }
    rung
}

/// A share read as a percentage, returned as a fraction.
fn percent(reader: &mut ParamReader, key: &str, max: f64, default: f64) -> f64 {
    reader.float(key, 0.0..=max * 100.0, default * 100.0) / 100.0
}

/// A fraction written as a percentage, rounded to a thousandth of a percent.
fn as_percent(x: f64) -> f64 {
    (x * 100_000.0).round() / 1_000.0
}

impl SimParams for Params {
    fn read(r: &mut ParamReader) -> Self {
        let d = ScalingConfig::default();
        let (w, t) = (d.workload, d.tuning);
        let workload = Workload {
            start_rate: r.float("rate", MIN_RATE..=MAX_RATE, w.start_rate),
            growth: percent(r, "growth", MAX_GROWTH, w.growth),
            read_share: percent(r, "reads", 1.0, w.read_share),
            working_set_gb: r.float(
                "ws",
                MIN_WORKING_SET_GB..=MAX_WORKING_SET_GB,
                w.working_set_gb,
            ),
            data_growth: percent(r, "datagrowth", MAX_GROWTH, w.data_growth),
        };
        let tuning = Tuning {
            serial: percent(r, "serial", MAX_SHARE, t.serial),
            usl: Usl::new(
                r.float("sigma", 0.0..=MAX_SHARE, t.usl.sigma),
                r.float("kappa", 0.0..=MAX_KAPPA, t.usl.kappa),
            ),
            cross_shard: percent(r, "cross", MAX_SHARE, t.cross_shard),
        };
        let default_layout = match d.shape.layout {
            Layout::Replicas => "replicas",
            Layout::Sharded => "shards",
        };
        let layout = match r.choice("layout", &["replicas", "shards"], default_layout) {
            "shards" => Layout::Sharded,
            _ => Layout::Replicas,
        };
        let node_rung = rung_of(r, "node", DEFAULT_NODE_RUNG);
        let failure_rate = percent(r, "fail", MAX_FAILURE_RATE, d.failure_rate);
        let follow = r.flag("follow", true);
        let month = r.int("month", 0..=i64::from(MAX_MONTHS), 0) as u32;
        let levers = Self::levers(r, follow);
        let chart = ChartTab::from_key(r.choice("chart", &ChartTab::NAMES, "time"));
        let panel = PanelTab::from_key(r.choice("panel", &PanelTab::NAMES, "workload"));
        Params {
            config: ScalingConfig {
                workload,
                tuning,
                shape: OutShape { node_rung, layout },
                failure_rate,
                follow,
            },
            month,
            levers,
            chart,
            panel,
        }
    }

    /// Writes them so that they read back the same (levers only when they do not follow
    /// the demand).
    fn write(&self, q: &mut ParamWriter) {
        let c = &self.config;
        let (w, t) = (c.workload, c.tuning);
        q.float("rate", w.start_rate)
            .float("growth", as_percent(w.growth))
            .float("reads", as_percent(w.read_share))
            .float("ws", w.working_set_gb)
            .float("datagrowth", as_percent(w.data_growth))
            .float("serial", as_percent(t.serial))
            .float("sigma", t.usl.sigma)
            .float("kappa", t.usl.kappa)
            .float("cross", as_percent(t.cross_shard))
            .choice(
                "layout",
                match c.shape.layout {
                    Layout::Replicas => "replicas",
                    Layout::Sharded => "shards",
                },
            )
            .int(
                "node",
                i64::from(LADDER[c.shape.node_rung.min(TOP_RUNG)].cores),
            )
            .float("fail", as_percent(c.failure_rate))
            .flag("follow", c.follow)
            .int("month", i64::from(self.month));
        if let (false, Some((machine, nodes))) = (c.follow, self.levers) {
            q.int("machine", i64::from(LADDER[machine.min(TOP_RUNG)].cores))
                .int("nodes", nodes as i64);
        }
        q.choice("chart", self.chart.key())
            .choice("panel", self.panel.key());
    }
}

impl Params {
    /// The machine and the node count of a link that does not follow the demand.
    fn levers(r: &mut ParamReader, follow: bool) -> Option<(usize, usize)> {
        if follow {
            if r.has("machine") || r.has("nodes") {
                r.note(crate::text::follow_ignores_levers());
            }
            return None;
        }
        let machine = rung_of(r, "machine", DEFAULT_NODE_RUNG);
        let nodes = r.int("nodes", 1..=MAX_NODES as i64, 3) as usize;
        Some((machine, nodes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsim_core::scaling::Preset;
    use dsim_ui::params::{assert_round_trip, read_cleanly};

    fn params(config: ScalingConfig, month: u32, levers: Option<(usize, usize)>) -> Params {
        Params {
            config,
            month,
            levers,
            chart: ChartTab::Latency,
            panel: PanelTab::Out,
        }
    }

    #[test]
    fn defaults_are_the_models_defaults() {
        let s: Settings = read_cleanly("");
        assert_eq!(s.config, ScalingConfig::default().clamped());
        assert_eq!((s.month, s.levers), (0, None));
        assert_eq!((s.chart, s.panel), (ChartTab::Time, PanelTab::Workload));
    }

    #[test]
    fn every_preset_and_lever_position_survives_its_link() {
        for p in Preset::ALL {
            for follow in [true, false] {
                let mut config = p.config();
                config.follow = follow;
                let levers = (!follow).then_some((7, 23));
                assert_round_trip(&params(config, 17, levers));
            }
        }
    }

    #[test]
    fn slider_values_survive_their_link() {
        for step in 0..=40 {
            let x = f64::from(step);
            let mut config = ScalingConfig::default();
            config.workload.growth = x * 0.5 / 100.0;
            config.workload.read_share = (x * 2.5).min(100.0) / 100.0;
            config.tuning.serial = x * 0.5 / 100.0;
            config.tuning.usl = Usl::new(x * 5.0 / 1_000.0, x * 5.0 / 10_000.0);
            config.tuning.cross_shard = x / 100.0;
            config.failure_rate = x * 0.25 / 100.0;
            assert_round_trip(&params(config, step as u32, None));
        }
    }

    #[test]
    fn machines_snap_to_the_ladder_and_follow_overrides_levers() {
        let s = Settings::from_query("?follow=0&machine=100&nodes=500&node=3");
        assert_eq!(s.levers, Some((6, MAX_NODES)));
        assert_eq!(s.config.shape.node_rung, 0);
        assert_eq!(s.notices.len(), 3, "{:?}", s.notices);
        assert!(s.notices[0].contains("node=3"), "{:?}", s.notices);
        let s = Settings::from_query("?machine=64&nodes=4");
        assert_eq!(s.levers, None);
        assert_eq!(s.notices.len(), 1);
    }

    #[test]
    fn hostile_values_fall_back() {
        let s = Settings::from_query(
            "?rate=%3Cscript%3E&growth=-5&reads=1e9&kappa=NaN&layout=ring&chart=pie&month=-1&seed=x",
        );
        let d = ScalingConfig::default();
        assert_eq!(s.config.workload.start_rate, d.workload.start_rate);
        assert_eq!(s.config.workload.growth, 0.0);
        assert_eq!(s.config.workload.read_share, 1.0);
        assert_eq!(s.config.tuning.usl.kappa, d.tuning.usl.kappa);
        assert_eq!(s.config.shape.layout, d.shape.layout);
        assert_eq!((s.chart, s.month), (ChartTab::Time, 0));
        assert_eq!(s.notices.len(), 8, "{:?}", s.notices);
    }
}
