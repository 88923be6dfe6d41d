//! The workload: requests per second with a read/write mix and a working set, growing month
//! by month. Growth compounds, so a workload that grows 10 % a month doubles in about seven
//! months, and every fixed ceiling is eventually crossed.

use super::laws::unit;
use crate::num::Within;

/// The fewest requests per second a workload starts with.
pub const MIN_RATE: f64 = 500.0;
/// The most requests per second a workload starts with.
pub const MAX_RATE: f64 = 100_000.0;
/// The most a workload (requests or data) grows per month, as a fraction (20 %).
pub const MAX_GROWTH: f64 = 0.20;
/// The smallest working set, in GB.
pub const MIN_WORKING_SET_GB: f64 = 10.0;
/// The largest working set at the start, in GB.
pub const MAX_WORKING_SET_GB: f64 = 2_000.0;
/// The months the timeline covers (five years).
pub const MAX_MONTHS: u32 = 60;

/// How the load on the database starts and grows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Workload {
    /// Requests per second at month 0.
    pub start_rate: f64,
    /// Growth of the request rate per month, as a fraction (0.08 is 8 % a month).
    pub growth: f64,
    /// The share of requests that are reads, 0–1; the rest are writes.
    pub read_share: f64,
    /// The working set at month 0 in GB: the data requests actually touch, which must be in
    /// RAM for reads to avoid the disk.
    pub working_set_gb: f64,
    /// Growth of the working set per month, as a fraction.
    pub data_growth: f64,
}

impl Workload {
    /// The same workload with every field clamped to its range (not-a-number reads as the
    /// minimum).
    pub fn clamped(self) -> Self {
        Workload {
            start_rate: clamp(self.start_rate, MIN_RATE, MAX_RATE),
            growth: clamp(self.growth, 0.0, MAX_GROWTH),
            read_share: unit(self.read_share),
            working_set_gb: clamp(self.working_set_gb, MIN_WORKING_SET_GB, MAX_WORKING_SET_GB),
            data_growth: clamp(self.data_growth, 0.0, MAX_GROWTH),
        }
    }

    /// The demand in month `month` (capped at [`MAX_MONTHS`]): both the request rate and the
    /// working set compound monthly.
    pub fn at(&self, month: u32) -> Demand {
        let m = month.min(MAX_MONTHS) as i32;
        let rate = self.start_rate * (1.0 + self.growth).powi(m);
        Demand {
            reads: rate * self.read_share,
            writes: rate * (1.0 - self.read_share),
            working_set_gb: self.working_set_gb * (1.0 + self.data_growth).powi(m),
        }
    }
}

impl Default for Workload {
    fn default() -> Self {
        Workload {
            start_rate: 8_000.0,
            growth: 0.08,
            read_share: 0.90,
            working_set_gb: 100.0,
            data_growth: 0.03,
        }
    }
}

/// The load at one moment: reads and writes per second, and the working set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Demand {
    /// Reads per second.
    pub reads: f64,
    /// Writes per second.
    pub writes: f64,
    /// The working set, in GB.
    pub working_set_gb: f64,
}

impl Demand {
    /// All requests per second.
    pub fn total(&self) -> f64 {
        self.reads + self.writes
    }

    /// The share of requests that are reads (1 when there are no requests).
    pub fn read_share(&self) -> f64 {
        let total = self.total();
        if total > 0.0 {
            self.reads / total
        } else {
            1.0
        }
    }

    /// The same mix and working set at a total of `rate` requests per second (for drawing
    /// latency against load).
    pub fn at_rate(&self, rate: f64) -> Demand {
        let rate = rate.max(0.0);
        let share = self.read_share();
        Demand {
            reads: rate * share,
            writes: rate * (1.0 - share),
            working_set_gb: self.working_set_gb,
        }
    }
}

/// `x` clamped to `lo..=hi`, with not-a-number as `lo`.
pub(crate) fn clamp(x: f64, lo: f64, hi: f64) -> f64 {
    if x.is_nan() {
        lo
    } else {
        x.within(lo, hi)
    }
}
