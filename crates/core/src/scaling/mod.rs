//! Scaling up versus scaling out: where each lever stops.
//!
//! Vertical scaling (a bigger machine) needs no change to the application, but its throughput
//! over cores follows Amdahl's law, its prices steepen at the top, and the ladder ends: there
//! is a largest machine. Horizontal scaling (more machines) goes further, but its throughput
//! follows the Universal Scalability Law, which peaks and then falls as coherency costs grow;
//! read replicas scale only reads (every replica applies every write), shards scale writes too
//! but pay for requests that span shards. One big machine is one failure domain; N nodes lose
//! a part of their capacity per failure, more often, and cost more to operate.
//!
//! The model is a month-by-month state machine over a growing workload: events set the
//! workload and the laws' parameters, move the levers, advance time and fail machines, and
//! return typed [`Outcome`]s. The only randomness (which machines fail) comes from a seeded
//! generator.

mod capacity;
mod events;
pub mod laws;
mod machine;
mod presets;
mod sim;
mod workload;

#[cfg(test)]
mod tests;

pub use capacity::{
    ceiling_month, cheapest_out, cheapest_up, evaluate, machine_and_price, miss_ratio, ops_burden,
    out_ceiling, timeline, up_ceiling, Evaluation, Layout, Lever, MonthPoint, OpsBurden, OutShape,
    Plan, Resource, Tuning, CACHE_SHARE, COORD_MS, CPU_MS, CROSS_SHARD_PARTICIPANTS,
    CROSS_SHARD_WORK, IOS_PER_MISS, IOS_PER_WRITE, MAX_KAPPA, MAX_NODES, MAX_SHARE, MISS_MS,
    PER_CORE_RATE, TARGET_UTILISATION, WRITE_MS,
};
pub use events::{Outcome, Preset, Refusal, ScalingEvent, Setting};
pub use laws::Usl;
pub use machine::{rung, Machine, DEFAULT_NODE_RUNG, LADDER, TOP_RUNG};
pub use sim::{
    clamp_setting, setting_range, Downtime, ScalingConfig, ScalingSim, FAILOVER_MINUTES,
    MAX_FAILURE_RATE, RESIZE_MINUTES, RESTORE_MINUTES,
};
pub use workload::{
    Demand, Workload, MAX_GROWTH, MAX_MONTHS, MAX_RATE, MAX_WORKING_SET_GB, MIN_RATE,
    MIN_WORKING_SET_GB,
};
