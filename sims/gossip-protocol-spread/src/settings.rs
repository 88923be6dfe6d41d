//! The gossip sim's settings from its link: `?fanout=2&loss=10&nodes=100&mode=push-pull`
//! plus `?tab=phi&threshold=8&jitter=100&timeout=3` (the failure-detector panel), seed, speed
//! and projector.

use dsim_core::gossip::phi::{
    PhiConfig, DEFAULT_JITTER_MS, DEFAULT_THRESHOLD, DEFAULT_TIMEOUT_MS, DEFAULT_WINDOW,
    MAX_JITTER_MS, MAX_THRESHOLD, MAX_TIMEOUT_MS, MIN_THRESHOLD, MIN_TIMEOUT_MS,
};
use dsim_core::gossip::{
    GossipConfig, Mode, DEFAULT_FANOUT, DEFAULT_NODES, MAX_FANOUT, MAX_LOSS_PERCENT, MAX_NODES,
    MIN_FANOUT, MIN_NODES,
};
use dsim_core::params::{ParamReader, ParamWriter};
use dsim_ui::params::SimParams;

/// Which panel is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    /// Rumor spreading on the node grid.
    Gossip,
    /// The phi accrual failure detector beside a fixed timeout.
    Phi,
}

impl Tab {
    /// The tab's id, as in `?tab=` and the element ids.
    pub fn id(self) -> &'static str {
        match self {
            Tab::Gossip => "gossip",
            Tab::Phi => "phi",
        }
    }

    /// The tab with this id.
    pub fn from_id(id: &str) -> Tab {
        if id == "phi" {
            Tab::Phi
        } else {
            Tab::Gossip
        }
    }
}

dsim_ui::link_params! {
    /// Nodes, fanout, loss and push style.
    config: GossipConfig,
    /// The panel shown first.
    tab: Tab,
    /// The failure-detector panel: phi threshold, heartbeat jitter and fixed timeout.
    phi: PhiConfig,
}

impl SimParams for Params {
    fn read(reader: &mut ParamReader) -> Self {
        let fanout = reader.int(
            "fanout",
            MIN_FANOUT as i64..=MAX_FANOUT as i64,
            DEFAULT_FANOUT as i64,
        );
        let loss = reader.int("loss", 0..=i64::from(MAX_LOSS_PERCENT), 0);
        let nodes = reader.int(
            "nodes",
            MIN_NODES as i64..=MAX_NODES as i64,
            DEFAULT_NODES as i64,
        );
        let mode = match reader.choice("mode", &["push", "push-pull"], "push") {
            "push-pull" => Mode::PushPull,
            _ => Mode::Push,
        };
        let tab = Tab::from_id(reader.choice("tab", &["gossip", "phi"], "gossip"));
        let threshold = reader.float(
            "threshold",
            MIN_THRESHOLD..=MAX_THRESHOLD,
            DEFAULT_THRESHOLD,
        );
        let jitter = reader.int(
            "jitter",
            0..=i64::from(MAX_JITTER_MS),
            i64::from(DEFAULT_JITTER_MS),
        );
        let timeout_s = reader.float(
            "timeout",
            MIN_TIMEOUT_MS as f64 / 1000.0..=MAX_TIMEOUT_MS as f64 / 1000.0,
            DEFAULT_TIMEOUT_MS as f64 / 1000.0,
        );
        Params {
            config: GossipConfig::new(nodes as usize, fanout as usize, loss as u32, mode),
            tab,
            phi: PhiConfig::new(
                jitter as u32,
                threshold,
                (timeout_s * 1000.0).round() as u64,
                DEFAULT_WINDOW,
            ),
        }
    }

    fn write(&self, w: &mut ParamWriter) {
        w.int("nodes", self.config.nodes as i64)
            .int("fanout", self.config.fanout as i64)
            .int("loss", i64::from(self.config.loss_percent))
            .choice("mode", crate::runs::mode_value(self.config.mode))
            .choice("tab", self.tab.id())
            .float("threshold", self.phi.threshold)
            .int("jitter", i64::from(self.phi.jitter_ms))
            .float("timeout", self.phi.timeout_ms as f64 / 1000.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsim_ui::params::{assert_round_trip, read_cleanly, read_noting};

    #[test]
    fn defaults_are_the_chapter_cluster() {
        let s: Settings = read_cleanly("");
        assert_eq!(s.config, GossipConfig::new(12, 2, 0, Mode::Push));
        assert_eq!(s.tab, Tab::Gossip);
        assert_eq!(s.common.seed, 42);
    }

    #[test]
    fn reads_every_parameter() {
        let s: Settings =
            read_cleanly("?fanout=3&loss=25&nodes=500&mode=push-pull&tab=phi&seed=7&speed=2");
        assert_eq!(s.config, GossipConfig::new(500, 3, 25, Mode::PushPull));
        assert_eq!(s.tab, Tab::Phi);
        assert_eq!((s.common.seed, s.common.speed), (7, 2.0));
    }

    #[test]
    fn out_of_range_values_are_clamped_with_notices() {
        let s: Settings = read_noting(
            "?fanout=9&loss=80&nodes=5000&mode=pull",
            &[
                "fanout=9 is outside 1–4; using fanout=4.",
                "loss=80 is outside 0–50; using loss=50.",
                "nodes=5000 is outside 12–1000; using nodes=1000.",
                "mode=pull is not one of push, push-pull; using mode=push.",
            ],
        );
        assert_eq!(s.config, GossipConfig::new(1000, 4, 50, Mode::Push));
        let s = Settings::from_query("?fanout=0&nodes=3&loss=-5");
        assert_eq!(s.config, GossipConfig::new(12, 1, 0, Mode::Push));
        assert_eq!(s.notices.len(), 3);
    }

    #[test]
    fn every_setting_survives_its_link() {
        for (nodes, fanout, loss, mode) in [
            (12, 1, 0, Mode::Push),
            (1000, 4, 50, Mode::PushPull),
            (37, 3, 15, Mode::Push),
        ] {
            for tab in [Tab::Gossip, Tab::Phi] {
                for phi in [
                    PhiConfig::default(),
                    PhiConfig::new(0, 16.0, 500, DEFAULT_WINDOW),
                    PhiConfig::new(730, 3.5, 4_200, DEFAULT_WINDOW),
                ] {
                    let config = GossipConfig::new(nodes, fanout, loss, mode);
                    assert_round_trip(&Params { config, tab, phi });
                }
            }
        }
    }

    #[test]
    fn hostile_values_fall_back() {
        let s = Settings::from_query(
            "?nodes=%3Cimg%20onerror%3Dx%3E&fanout=NaN&loss=1e99&speed=0&tab=%3Cb%3E",
        );
        assert_eq!(s.config, GossipConfig::new(12, 2, 50, Mode::Push));
        assert_eq!(s.common.speed, 0.25);
        assert_eq!(s.tab, Tab::Gossip);
        assert_eq!(s.notices.len(), 5);
    }
}
