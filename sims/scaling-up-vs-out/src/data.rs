//! What the charts, the readouts and the sentences need from the model, computed once after
//! every change: the timeline with both ceilings, each lever's curve of capacity against
//! price, and latency against load for the current machine and cluster.

use dsim_core::scaling::{
    ceiling_month, evaluate, out_ceiling, timeline, up_ceiling, Demand, Evaluation, Lever,
    MonthPoint, Plan, ScalingSim, LADDER, MAX_NODES,
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

/// Everything derived from the model that the page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Derived {
    /// The month shown.
    pub month: u32,
    /// This month's demand.
    pub demand: Demand,
    /// Month by month: demand, ceilings, sized levers and their costs.
    pub timeline: Vec<MonthPoint>,
    /// The first month the demand exceeds the largest machine.
    pub up_ceiling_month: Option<u32>,
    /// The first month the demand exceeds every cluster size.
    pub out_ceiling_month: Option<u32>,
    /// The largest machine's capacity this month.
    pub up_ceiling: f64,
    /// The best cluster this month: its node count and capacity.
    pub out_best: (usize, f64),
    /// Capacity against price, rung by rung (index = rung).
    pub up_curve: Vec<CostPoint>,
    /// Capacity against price, one node to the most (index = nodes − 1).
    pub out_curve: Vec<CostPoint>,
    /// The machine now (failures included).
    pub up: Evaluation,
    /// The cluster now (failures included).
    pub out: Evaluation,
    /// Latency (ms) against load (requests/s) for the machine now, healthy.
    pub up_latency: Vec<(f64, f64)>,
    /// The same for the cluster now.
    pub out_latency: Vec<(f64, f64)>,
}

impl Derived {
    /// Computes everything from the model's current state.
    pub fn new(sim: &ScalingSim) -> Self {
        let c = sim.config();
        let demand = sim.demand();
        let t = &c.tuning;
        let up_curve = (0..LADDER.len())
            .map(|rung| point(Plan::Up { rung }, &demand, sim))
            .collect();
        let out_curve = (1..=MAX_NODES)
            .map(|nodes| {
                point(
                    Plan::Out {
                        nodes,
                        shape: c.shape,
                    },
                    &demand,
                    sim,
                )
            })
            .collect();
        let timeline = timeline(&c.workload, t, c.shape);
        Derived {
            month: sim.month(),
            demand,
            up_ceiling_month: ceiling_month(&timeline, Lever::Up),
            out_ceiling_month: ceiling_month(&timeline, Lever::Out),
            timeline,
            up_ceiling: up_ceiling(&demand, t),
            out_best: out_ceiling(&demand, t, c.shape),
            up_curve,
            out_curve,
            up: sim.up_eval(),
            out: sim.out_eval(),
            up_latency: latency_curve(sim.up_plan(), &demand, sim),
            out_latency: latency_curve(sim.out_plan(), &demand, sim),
        }
    }

    /// The month the lever's ceiling is crossed.
    pub fn ceiling_month(&self, lever: Lever) -> Option<u32> {
        match lever {
            Lever::Up => self.up_ceiling_month,
            Lever::Out => self.out_ceiling_month,
        }
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
