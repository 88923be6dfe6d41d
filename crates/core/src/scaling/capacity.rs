//! What a plan (one big machine, or N nodes as read replicas or shards) can serve, how fast it
//! answers, and what it costs.
//!
//! Each machine has two resources: CPU (requests per second per core, scaled by Amdahl's law
//! over its cores) and disk (operations per second). Writes always reach the disk; reads reach
//! it only for the part of the working set that does not fit in RAM. The busiest resource of
//! the busiest machine sets the utilisation ρ, and latency is the bare service time stretched
//! by `1 / (1 − ρ)` (M/M/1-shaped). In a cluster every node's capacity is scaled by the
//! Universal Scalability Law's efficiency `C(N)/N`; on top of that:
//!
//! - read replicas spread reads over N nodes, but every node applies every write, so writes
//!   never scale, and every node must hold the whole working set;
//! - shards spread reads, writes and the working set over N nodes, but a cross-shard request
//!   involves two shards with a commit protocol: extra work on both and a coordination delay.

use super::laws::{amdahl_speedup, queueing_delay, unit, Usl};
use super::machine::{rung, Machine, TOP_RUNG};
use super::workload::{Demand, Workload, MAX_MONTHS};

/// Requests per second one core serves when nothing waits (1 ms of CPU per request).
pub const PER_CORE_RATE: f64 = 1_000.0;
/// The CPU time of one request, in milliseconds (the bare service time).
pub const CPU_MS: f64 = 1_000.0 / PER_CORE_RATE;
/// The share of a machine's RAM that caches the working set (the rest is the OS and the
/// database's own needs).
pub const CACHE_SHARE: f64 = 0.75;
/// Extra time of a read that misses the cache and goes to disk, in milliseconds.
pub const MISS_MS: f64 = 5.0;
/// Disk operations of a read that misses the cache (an index page and a data page).
pub const IOS_PER_MISS: f64 = 2.0;
/// Disk operations of a write (log, data page, index page, amortised).
pub const IOS_PER_WRITE: f64 = 3.0;
/// Extra time of a write waiting for its log to reach the disk, in milliseconds.
pub const WRITE_MS: f64 = 0.5;
/// Extra time of a cross-shard request: the commit protocol's round trips, in milliseconds.
pub const COORD_MS: f64 = 2.0;
/// Shards a cross-shard request involves.
pub const CROSS_SHARD_PARTICIPANTS: f64 = 2.0;
/// Work of each participant in a cross-shard request, relative to a single-shard one
/// (prepare and commit on top of the work itself).
pub const CROSS_SHARD_WORK: f64 = 1.5;
/// The most nodes the scale-out lever adds.
pub const MAX_NODES: usize = 64;
/// The utilisation a plan is sized for, leaving headroom for bursts (70 %).
pub const TARGET_UTILISATION: f64 = 0.7;
/// The largest serial fraction, σ and cross-shard share the sim offers (50 %).
pub const MAX_SHARE: f64 = 0.5;
/// The largest coherency κ the sim offers.
pub const MAX_KAPPA: f64 = 0.05;

/// How the system behaves as it grows: the serial fraction inside one machine (Amdahl), the
/// USL's contention and coherency across nodes, and the share of requests that span shards.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tuning {
    /// The serial fraction of a request's work inside one machine, 0–[`MAX_SHARE`].
    pub serial: f64,
    /// Contention σ and coherency κ across nodes.
    pub usl: Usl,
    /// The share of requests that touch two shards, 0–[`MAX_SHARE`].
    pub cross_shard: f64,
}

impl Tuning {
    /// The same tuning with every value clamped to the sim's ranges.
    pub fn clamped(self) -> Self {
        Tuning {
            serial: unit(self.serial).min(MAX_SHARE),
            usl: Usl::new(
                unit(self.usl.sigma).min(MAX_SHARE),
                unit(self.usl.kappa).min(MAX_KAPPA),
            ),
            cross_shard: unit(self.cross_shard).min(MAX_SHARE),
        }
    }
}

impl Default for Tuning {
    fn default() -> Self {
        Tuning {
            serial: 0.01,
            usl: Usl::new(0.02, 0.0005),
            cross_shard: 0.05,
        }
    }
}

/// How a cluster shares the work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// One leader takes the writes and N − 1 read replicas copy them; reads go to any node.
    Replicas,
    /// Each of N nodes owns 1/N of the data and takes its reads and writes.
    Sharded,
}

/// The cluster's shape: the machine each node is, and how they share the work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutShape {
    /// The ladder rung of every node.
    pub node_rung: usize,
    /// Read replicas or shards.
    pub layout: Layout,
}

impl Default for OutShape {
    fn default() -> Self {
        OutShape {
            node_rung: super::machine::DEFAULT_NODE_RUNG,
            layout: Layout::Replicas,
        }
    }
}

/// One way of serving the workload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plan {
    /// Scale up: one machine, the given ladder rung.
    Up {
        /// The ladder rung.
        rung: usize,
    },
    /// Scale out: `nodes` machines of one shape.
    Out {
        /// How many nodes (1 to [`MAX_NODES`]).
        nodes: usize,
        /// Their size and layout.
        shape: OutShape,
    },
}

/// The resource that saturates first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resource {
    /// The cores (Amdahl-limited, and USL-limited in a cluster).
    Cpu,
    /// The disk's operations per second (writes, and reads that miss the cache).
    Disk,
}

/// How much operational work a plan brings: a label, not a number, because it depends on the
/// team and the tools far more than on the node count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum OpsBurden {
    /// One machine: patch it, back it up, plan its upgrades (each a restart).
    Low,
    /// A few nodes: replication to watch, failover to test.
    Moderate,
    /// Many nodes, or shards: rebalancing, routing, per-shard failover and backups.
    High,
    /// Dozens of shards: a team's job (resharding, cross-shard queries, partial outages).
    VeryHigh,
}

/// What a plan does under a demand.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Evaluation {
    /// The total request rate, at this mix, at which the busiest node saturates (0 when down).
    pub capacity: f64,
    /// ρ: the busiest resource of the busiest node's share of its time (infinite when down).
    pub utilisation: f64,
    /// The resource that saturates first (`None` when down).
    pub bottleneck: Option<Resource>,
    /// The share of reads that miss the cache and go to disk, 0–1.
    pub miss_ratio: f64,
    /// The mean time of a request with no queue, in milliseconds.
    pub service_ms: f64,
    /// The mean response time in milliseconds; `None` when overloaded or down.
    pub latency_ms: Option<f64>,
    /// The share of the data that can be reached (1 unless shards or the machine are down).
    pub available: f64,
    /// Requests per second actually answered: at most the capacity, only for reachable data.
    pub served: f64,
    /// What the plan costs per hour, in US dollars (failed machines are still paid for).
    pub price_per_hour: f64,
    /// Dollars per million requests answered (at these rates a thousand requests cost
    /// thousandths of a cent); `None` when nothing is answered.
    pub cost_per_million: Option<f64>,
}

/// The load one node carries for one request per second of the whole workload.
struct NodeShare {
    reads: f64,
    writes: f64,
    working_set_gb: f64,
    efficiency: f64,
    coordination_ms: f64,
    available: f64,
}

/// The plan's machine, price and the busiest node's share of a unit workload, with `down`
/// of its machines failed; `None` when nothing is left running.
fn share(plan: Plan, demand: &Demand, tuning: &Tuning, down: usize) -> Option<NodeShare> {
    let r = demand.read_share();
    let w = 1.0 - r;
    let ws = demand.working_set_gb;
    match plan {
        Plan::Up { .. } => (down == 0).then_some(NodeShare {
            reads: r,
            writes: w,
            working_set_gb: ws,
            efficiency: 1.0,
            coordination_ms: 0.0,
            available: 1.0,
        }),
        Plan::Out { nodes, shape } => {
            let nodes = nodes.clamp(1, MAX_NODES);
            let live = nodes.saturating_sub(down);
            if live == 0 {
                return None;
            }
            let efficiency = tuning.usl.efficiency(live as f64);
            Some(match shape.layout {
                Layout::Replicas => NodeShare {
                    reads: r / live as f64,
                    writes: w,
                    working_set_gb: ws,
                    efficiency,
                    coordination_ms: 0.0,
                    available: 1.0,
                },
                Layout::Sharded => {
                    let x = if nodes > 1 { tuning.cross_shard } else { 0.0 };
                    let work = 1.0 + x * (CROSS_SHARD_PARTICIPANTS * CROSS_SHARD_WORK - 1.0);
                    let n = nodes as f64;
                    NodeShare {
                        reads: r * work / n,
                        writes: w * work / n,
                        working_set_gb: ws / n,
                        efficiency,
                        coordination_ms: x * COORD_MS,
                        available: live as f64 / n,
                    }
                }
            })
        }
    }
}

/// The machine a plan is built from, and its price per hour.
pub fn machine_and_price(plan: Plan) -> (Machine, f64) {
    match plan {
        Plan::Up { rung: i } => {
            let m = rung(i);
            (m, m.price_per_hour)
        }
        Plan::Out { nodes, shape } => {
            let m = rung(shape.node_rung);
            (m, m.price_per_hour * nodes.clamp(1, MAX_NODES) as f64)
        }
    }
}

/// The share of reads that miss a cache of `cache_gb` over a working set of `working_set_gb`,
/// with every part of the working set equally likely to be read.
pub fn miss_ratio(cache_gb: f64, working_set_gb: f64) -> f64 {
    if working_set_gb <= cache_gb || working_set_gb <= 0.0 {
        0.0
    } else {
        1.0 - cache_gb / working_set_gb
    }
}

/// What `plan` does under `demand`, with `down` of its machines failed.
pub fn evaluate(plan: Plan, demand: &Demand, tuning: &Tuning, down: usize) -> Evaluation {
    let (m, price_per_hour) = machine_and_price(plan);
    let total = demand.total().max(0.0);
    let Some(s) = share(plan, demand, tuning, down) else {
        return Evaluation {
            capacity: 0.0,
            utilisation: f64::INFINITY,
            bottleneck: None,
            miss_ratio: 0.0,
            service_ms: 0.0,
            latency_ms: None,
            available: 0.0,
            served: 0.0,
            price_per_hour,
            cost_per_million: None,
        };
    };
    let miss = miss_ratio(m.ram_gb * CACHE_SHARE, s.working_set_gb);
    let cpu_rate = PER_CORE_RATE * amdahl_speedup(tuning.serial, f64::from(m.cores));
    let cpu = (s.reads + s.writes) / (cpu_rate * s.efficiency);
    let disk = (s.reads * miss * IOS_PER_MISS + s.writes * IOS_PER_WRITE) / (m.iops * s.efficiency);
    let (per_unit, bottleneck) = if disk > cpu {
        (disk, Resource::Disk)
    } else {
        (cpu, Resource::Cpu)
    };
    let capacity = 1.0 / per_unit;
    let utilisation = total * per_unit;
    let r = demand.read_share();
    let service_ms = CPU_MS + r * miss * MISS_MS + (1.0 - r) * WRITE_MS;
    let latency_ms = queueing_delay(service_ms, utilisation).map(|q| q + s.coordination_ms);
    let served = total.min(capacity) * s.available;
    Evaluation {
        capacity,
        utilisation,
        bottleneck: Some(bottleneck),
        miss_ratio: miss,
        service_ms: service_ms + s.coordination_ms,
        latency_ms,
        available: s.available,
        served,
        price_per_hour,
        cost_per_million: (served > 0.0).then(|| price_per_hour / (served * 3_600.0) * 1e6),
    }
}

/// How much operational work a plan brings.
pub fn ops_burden(plan: Plan) -> OpsBurden {
    match plan {
        Plan::Up { .. } => OpsBurden::Low,
        Plan::Out { nodes, shape } => match (shape.layout, nodes) {
            (_, 0..=1) => OpsBurden::Low,
            (Layout::Replicas, 2..=5) => OpsBurden::Moderate,
            (Layout::Replicas, 6..=24) | (Layout::Sharded, 2..=8) => OpsBurden::High,
            _ => OpsBurden::VeryHigh,
        },
    }
}

/// The smallest machine that serves `demand` at or under [`TARGET_UTILISATION`], if any.
pub fn cheapest_up(demand: &Demand, tuning: &Tuning) -> Option<usize> {
    (0..=TOP_RUNG).find(|&r| {
        evaluate(Plan::Up { rung: r }, demand, tuning, 0).utilisation <= TARGET_UTILISATION
    })
}

/// The fewest nodes of `shape` that serve `demand` at or under [`TARGET_UTILISATION`], if any.
pub fn cheapest_out(demand: &Demand, tuning: &Tuning, shape: OutShape) -> Option<usize> {
    (1..=MAX_NODES).find(|&nodes| {
        evaluate(Plan::Out { nodes, shape }, demand, tuning, 0).utilisation <= TARGET_UTILISATION
    })
}

/// The most `demand`'s mix can get from scaling up: the largest machine's capacity.
pub fn up_ceiling(demand: &Demand, tuning: &Tuning) -> f64 {
    evaluate(Plan::Up { rung: TOP_RUNG }, demand, tuning, 0).capacity
}

/// The most `demand`'s mix can get from scaling out with `shape`: the node count (the
/// smallest on a tie) with the largest capacity, and that capacity.
pub fn out_ceiling(demand: &Demand, tuning: &Tuning, shape: OutShape) -> (usize, f64) {
    let mut best = (1, 0.0);
    for nodes in 1..=MAX_NODES {
        let c = evaluate(Plan::Out { nodes, shape }, demand, tuning, 0).capacity;
        if c > best.1 {
            best = (nodes, c);
        }
    }
    best
}

/// One month of the timeline: the demand, each lever's ceiling, and what each lever costs
/// per million requests when sized for the demand.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MonthPoint {
    /// The month, from 0.
    pub month: u32,
    /// The demand that month.
    pub demand: Demand,
    /// The largest machine's capacity for that month's mix and working set.
    pub up_ceiling: f64,
    /// The best cluster's capacity.
    pub out_ceiling: f64,
    /// How many nodes the best cluster has.
    pub out_best_nodes: usize,
    /// The smallest machine sized for the month, if one is big enough.
    pub up_rung: Option<usize>,
    /// The fewest nodes sized for the month, if some count is enough.
    pub out_nodes: Option<usize>,
    /// Dollars per million requests on that machine.
    pub up_cost_per_million: Option<f64>,
    /// Dollars per million requests on that cluster.
    pub out_cost_per_million: Option<f64>,
}

/// Month by month, 0 to [`MAX_MONTHS`]: the demand, both ceilings and both levers' costs.
pub fn timeline(workload: &Workload, tuning: &Tuning, shape: OutShape) -> Vec<MonthPoint> {
    (0..=MAX_MONTHS)
        .map(|month| {
            let demand = workload.at(month);
            let (out_best_nodes, out_ceiling) = out_ceiling(&demand, tuning, shape);
            let up_rung = cheapest_up(&demand, tuning);
            let out_nodes = cheapest_out(&demand, tuning, shape);
            let cost = |plan: Plan| evaluate(plan, &demand, tuning, 0).cost_per_million;
            MonthPoint {
                month,
                demand,
                up_ceiling: up_ceiling(&demand, tuning),
                out_ceiling,
                out_best_nodes,
                up_rung,
                out_nodes,
                up_cost_per_million: up_rung.and_then(|rung| cost(Plan::Up { rung })),
                out_cost_per_million: out_nodes.and_then(|nodes| cost(Plan::Out { nodes, shape })),
            }
        })
        .collect()
}

/// Which way of growing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lever {
    /// A bigger machine.
    Up,
    /// More machines.
    Out,
}

/// The first month whose demand exceeds the lever's ceiling: where the workload line crosses
/// it. `None` if it never does within the timeline.
pub fn ceiling_month(points: &[MonthPoint], lever: Lever) -> Option<u32> {
    points
        .iter()
        .find(|p| {
            let ceiling = match lever {
                Lever::Up => p.up_ceiling,
                Lever::Out => p.out_ceiling,
            };
            p.demand.total() > ceiling
        })
        .map(|p| p.month)
}
