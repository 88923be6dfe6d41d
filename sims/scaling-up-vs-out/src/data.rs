//! What the charts, the readouts and the sentences need from the model, computed once after
//! every change: the timeline with both ceilings, each lever's curve of capacity against
//! price, and latency against load for the current machine and cluster.

use dsim_core::scaling::{
    ceiling_month, evaluate, out_ceiling, timeline, up_ceiling, Demand, Evaluation, Lever,
    MonthPoint, OutShape, Plan, ScalingSim, LADDER, MAX_NODES,
};

/// Points on each latency curve.
const LATENCY_POINTS: usize = 60;
/// The highest utilisation the latency curves reach (the curve is unbounded at 100 %).
const LATENCY_MAX_RHO: f64 = 0.97;

/// One point of a lever's capacity-against-price curve.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CostPoint {
    /// US dollars per hour.
    pub price: f64,
    /// Requests per second at this month's mix.
    pub capacity: f64,
}

/// What the page shows of one lever: the plan in use, its ceiling and its curves.
#[derive(Debug, Clone, PartialEq)]
pub struct LeverData {
    /// The plan now: the machine on its rung, or the cluster of its node count.
    pub plan: Plan,
    /// The plan now, evaluated (failures included).
    pub now: Evaluation,
    /// The most the lever can serve this month: the largest machine, or the best cluster.
    pub ceiling: f64,
    /// The first month the demand exceeds every size of the lever.
    pub ceiling_month: Option<u32>,
    /// Capacity against price, size by size: rung by rung for the machine (index = rung),
    /// one node to the most for the cluster (index = nodes − 1).
    pub curve: Vec<CostPoint>,
    /// Latency (ms) against load (requests/s) for the plan now, healthy.
    pub latency: Vec<(f64, f64)>,
}

impl LeverData {
    /// Computes the lever's part from the model's current state, given its ceiling this month.
    fn new(lever: Lever, sim: &ScalingSim, timeline: &[MonthPoint], ceiling: f64) -> Self {
        let demand = sim.demand();
        let (plan, now) = match lever {
            Lever::Up => (sim.up_plan(), sim.up_eval()),
            Lever::Out => (sim.out_plan(), sim.out_eval()),
        };
        LeverData {
            plan,
            now,
            ceiling,
            ceiling_month: ceiling_month(timeline, lever),
            curve: sizes(lever, sim.config().shape)
                .into_iter()
                .map(|size| point(size, &demand, sim))
                .collect(),
            latency: latency_curve(plan, &demand, sim),
        }
    }
}

/// Everything derived from the model that the page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Derived {
    /// The month shown.
    pub month: u32,
    /// This month's demand.
    pub demand: Demand,
    /// Month by month: demand, ceilings, sized levers and their costs.
    pub timeline: Vec<MonthPoint>,
    /// The node count of the best cluster this month (its capacity is `out.ceiling`).
    pub best_nodes: usize,
    /// The single machine.
    pub up: LeverData,
    /// The cluster.
    pub out: LeverData,
}

impl Derived {
    /// Computes everything from the model's current state.
    pub fn new(sim: &ScalingSim) -> Self {
        let c = sim.config();
        let demand = sim.demand();
        let timeline = timeline(&c.workload, &c.tuning, c.shape);
        let (best_nodes, best) = out_ceiling(&demand, &c.tuning, c.shape);
        Derived {
            month: sim.month(),
            demand,
            best_nodes,
            up: LeverData::new(Lever::Up, sim, &timeline, up_ceiling(&demand, &c.tuning)),
            out: LeverData::new(Lever::Out, sim, &timeline, best),
            timeline,
        }
    }

    /// The lever's part.
    pub fn lever(&self, lever: Lever) -> &LeverData {
        match lever {
            Lever::Up => &self.up,
            Lever::Out => &self.out,
        }
    }
}

/// Every size the lever comes in: each rung of the ladder, or one node to the most.
fn sizes(lever: Lever, shape: OutShape) -> Vec<Plan> {
    match lever {
        Lever::Up => (0..LADDER.len()).map(|rung| Plan::Up { rung }).collect(),
        Lever::Out => (1..=MAX_NODES)
            .map(|nodes| Plan::Out { nodes, shape })
            .collect(),
    }
}

fn point(plan: Plan, demand: &Demand, sim: &ScalingSim) -> CostPoint {
    let e = evaluate(plan, demand, &sim.config().tuning, 0);
    CostPoint {
        price: e.price_per_hour,
        capacity: e.capacity,
    }
}

/// Mean latency from no load to 97 % of the plan's capacity, at this month's mix.
fn latency_curve(plan: Plan, demand: &Demand, sim: &ScalingSim) -> Vec<(f64, f64)> {
    let t = &sim.config().tuning;
    let capacity = evaluate(plan, demand, t, 0).capacity;
    (0..=LATENCY_POINTS)
        .filter_map(|i| {
            let load = capacity * LATENCY_MAX_RHO * i as f64 / LATENCY_POINTS as f64;
            let e = evaluate(plan, &demand.at_rate(load), t, 0);
            e.latency_ms.map(|ms| (load, ms))
        })
        .collect()
}
