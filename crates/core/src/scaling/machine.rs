//! The machine-size ladder: what scaling up buys, rung by rung, and where it stops.
//!
//! The sizes are shaped like a cloud provider's memory-optimised family (8 GB of RAM per
//! core, disk operations per second growing with size) and the prices are illustrative: about
//! 6.5 cents per core-hour at the bottom, rising faster than linearly at the top, where the
//! biggest boxes carry a premium. The top rung is the ceiling: there is no larger machine to
//! buy, and a 192-core machine for over $13 an hour is the chapter's example of that limit.

/// One machine size: what it has and what it costs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Machine {
    /// CPU cores (vCPUs).
    pub cores: u32,
    /// Memory in GB; most of it caches the working set.
    pub ram_gb: f64,
    /// Disk operations per second the machine's storage sustains.
    pub iops: f64,
    /// Illustrative on-demand price, US dollars per hour.
    pub price_per_hour: f64,
}

impl Machine {
    /// The price of one core for an hour: flat on the lower rungs, rising at the top.
    pub fn price_per_core(&self) -> f64 {
        self.price_per_hour / f64::from(self.cores)
    }
}

/// The ladder, smallest first. Illustrative prices; the shape (linear, then steeper at the
/// top, then nothing) is the lesson, not the cents.
pub const LADDER: [Machine; 9] = [
    machine(2, 16.0, 3_000.0, 0.13),
    machine(4, 32.0, 6_000.0, 0.26),
    machine(8, 64.0, 12_000.0, 0.52),
    machine(16, 128.0, 20_000.0, 1.05),
    machine(32, 256.0, 40_000.0, 2.15),
    machine(64, 512.0, 80_000.0, 4.50),
    machine(96, 768.0, 100_000.0, 7.20),
    machine(128, 1_024.0, 120_000.0, 10.40),
    machine(192, 1_536.0, 160_000.0, 16.50),
];

/// The index of the largest machine that exists: the vertical ceiling.
pub const TOP_RUNG: usize = LADDER.len() - 1;

/// The rung scale-out nodes use by default: a 16-core commodity server.
pub const DEFAULT_NODE_RUNG: usize = 3;

const fn machine(cores: u32, ram_gb: f64, iops: f64, price_per_hour: f64) -> Machine {
    Machine {
        cores,
        ram_gb,
        iops,
        price_per_hour,
    }
}

/// The machine on rung `rung`, clamped to the ladder.
pub fn rung(rung: usize) -> Machine {
    LADDER[rung.min(TOP_RUNG)]
}
