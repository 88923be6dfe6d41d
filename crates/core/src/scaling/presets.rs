//! The four stories: the settings each preset loads.

use super::capacity::{Layout, OutShape, Tuning};
use super::events::Preset;
use super::laws::Usl;
use super::machine::DEFAULT_NODE_RUNG;
use super::sim::ScalingConfig;
use super::workload::Workload;

impl Preset {
    /// The settings the preset loads.
    pub fn config(self) -> ScalingConfig {
        let (workload, tuning, layout) = match self {
            Preset::ReadHeavyBlog => (
                workload(8_000.0, 0.06, 0.98, 100.0, 0.02),
                tuning(0.01, 0.02, 0.0002, 0.30),
                Layout::Replicas,
            ),
            Preset::WriteHeavyIngest => (
                workload(15_000.0, 0.08, 0.10, 200.0, 0.08),
                tuning(0.01, 0.01, 0.0001, 0.02),
                Layout::Sharded,
            ),
            Preset::SerialBottleneck => (
                workload(20_000.0, 0.02, 0.80, 100.0, 0.02),
                tuning(0.20, 0.20, 0.001, 0.05),
                Layout::Replicas,
            ),
            Preset::CoherencyCliff => (
                workload(15_000.0, 0.05, 0.90, 100.0, 0.02),
                tuning(0.01, 0.03, 0.02, 0.05),
                Layout::Sharded,
            ),
        };
        ScalingConfig {
            workload,
            tuning,
            shape: OutShape {
                node_rung: DEFAULT_NODE_RUNG,
                layout,
            },
            ..ScalingConfig::default()
        }
    }

    /// The node count the preset starts with when it is not simply sized for the demand:
    /// the coherency cliff starts well past its peak.
    pub fn start_nodes(self) -> Option<usize> {
        match self {
            Preset::CoherencyCliff => Some(20),
            _ => None,
        }
    }
}

fn workload(start_rate: f64, growth: f64, read_share: f64, ws: f64, data_growth: f64) -> Workload {
    Workload {
        start_rate,
        growth,
        read_share,
        working_set_gb: ws,
        data_growth,
    }
}

fn tuning(serial: f64, sigma: f64, kappa: f64, cross_shard: f64) -> Tuning {
    Tuning {
        serial,
        usl: Usl::new(sigma, kappa),
        cross_shard,
    }
}
