use proptest::prelude::*;

use super::laws::{amdahl_limit, amdahl_speedup, mm1_quantile, mm1_response, queueing_delay};
use super::*;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn demand(rate: f64, read_share: f64, working_set_gb: f64) -> Demand {
    Demand {
        reads: rate * read_share,
        writes: rate * (1.0 - read_share),
        working_set_gb,
    }
}

fn tuning(serial: f64, sigma: f64, kappa: f64, cross_shard: f64) -> Tuning {
    Tuning {
        serial,
        usl: Usl::new(sigma, kappa),
        cross_shard,
    }
}

fn out(nodes: usize, layout: Layout) -> Plan {
    Plan::Out {
        nodes,
        shape: OutShape {
            node_rung: DEFAULT_NODE_RUNG,
            layout,
        },
    }
}

fn sim_with(preset: Preset) -> ScalingSim {
    let mut s = ScalingSim::new(ScalingConfig::default(), 7);
    s.apply(ScalingEvent::Preset(preset));
    s
}

// ----- the laws against worked values ------------------------------------------------------

/// C(N) = N / (1 + σ(N − 1) + κN(N − 1)) for σ = 0.05, κ = 0.001, each denominator worked by
/// hand: for N = 8 it is 1 + 0.05·7 + 0.001·8·7 = 1.406.
#[test]
fn usl_matches_a_table_worked_from_the_formula() {
    let usl = Usl::new(0.05, 0.001);
    let table = [
        (1.0, 1.0 / 1.0),
        (2.0, 2.0 / 1.052),
        (4.0, 4.0 / 1.162),
        (8.0, 8.0 / 1.406),
        (16.0, 16.0 / 1.99),
        (32.0, 32.0 / 3.542),
        (64.0, 64.0 / 8.182),
        (128.0, 128.0 / 23.606),
    ];
    for (n, expected) in table {
        assert!(
            close(usl.capacity(n), expected),
            "C({n}) = {} not {expected}",
            usl.capacity(n)
        );
    }
    // Rounded to three places, as a published table would print them.
    let printed: Vec<f64> = table
        .iter()
        .map(|&(n, _)| (usl.capacity(n) * 1000.0).round() / 1000.0)
        .collect();
    assert_eq!(
        printed,
        [1.0, 1.901, 3.442, 5.69, 8.04, 9.034, 7.822, 5.422]
    );
}

#[test]
fn usl_peak_is_the_square_root_formula_and_the_best_whole_count_is_beside_it() {
    let usl = Usl::new(0.05, 0.001);
    let peak = usl.peak().unwrap();
    assert!(close(peak, (0.95f64 / 0.001).sqrt()));
    assert!(close(peak, 30.822_070_014_844_88));
    // C(30) = 30 / (1 + 1.45 + 0.87) = 9.03614 and C(31) = 31 / (1 + 1.5 + 0.93) = 9.03790;
    // C(32) = 9.03444 is past the peak.
    assert!(close(usl.capacity(30.0), 30.0 / 3.32));
    assert!(close(usl.capacity(31.0), 31.0 / 3.43));
    assert_eq!(usl.best_nodes(64), 31);
    assert_eq!(usl.best_nodes(20), 20, "still climbing at 20");
    assert_eq!(
        Usl::new(0.05, 0.0).peak(),
        None,
        "no coherency cost: no peak"
    );
    // The coherency cliff preset: N* = √(0.97 / 0.02) ≈ 6.96.
    assert_eq!(Usl::new(0.03, 0.02).best_nodes(64), 7);
}

#[test]
fn usl_without_coherency_is_amdahls_law() {
    let usl = Usl::new(0.02, 0.0);
    for n in [1.0, 2.0, 10.0, 100.0, 1000.0] {
        assert!(close(usl.capacity(n), amdahl_speedup(0.02, n)));
    }
    // 10 nodes: 10 / (1 + 0.02·9) = 10 / 1.18.
    assert!(close(usl.capacity(10.0), 10.0 / 1.18));
    assert!(close(usl.capacity(100.0), 100.0 / 2.98));
}

#[test]
fn amdahl_matches_worked_values_and_its_limit_is_one_over_s() {
    // 5 % serial on 20 cores: 1 / (0.05 + 0.95/20) = 1 / 0.0975.
    assert!(close(amdahl_speedup(0.05, 20.0), 1.0 / 0.0975));
    assert!(close(amdahl_speedup(0.05, 1.0), 1.0));
    assert_eq!(amdahl_limit(0.05), Some(20.0));
    assert_eq!(amdahl_limit(0.25), Some(4.0));
    assert_eq!(amdahl_limit(0.0), None);
    assert!(amdahl_speedup(0.05, 1e12) < 20.0);
    assert!(amdahl_speedup(0.05, 1e12) > 19.999);
    assert!(close(amdahl_speedup(0.0, 64.0), 64.0));
    // The 16-core node at 1 % serial: 1000 / (0.01 + 0.99/16) requests per second.
    assert!(close(
        PER_CORE_RATE * amdahl_speedup(0.01, 16.0),
        1000.0 / 0.071_875
    ));
}

#[test]
fn mm1_mean_response_is_one_over_mu_minus_lambda() {
    // μ = 100 per second.
    assert!(close(mm1_response(100.0, 0.0).unwrap(), 0.01));
    assert!(
        close(mm1_response(100.0, 50.0).unwrap(), 0.02),
        "ρ = 0.5: twice the service time"
    );
    assert!(
        close(mm1_response(100.0, 80.0).unwrap(), 0.05),
        "ρ = 0.8: five times"
    );
    assert!(
        close(mm1_response(100.0, 90.0).unwrap(), 0.1),
        "ρ = 0.9: ten times"
    );
    assert!(
        close(mm1_response(100.0, 99.0).unwrap(), 1.0),
        "ρ = 0.99: a hundred times"
    );
    assert_eq!(
        mm1_response(100.0, 100.0),
        None,
        "ρ = 1: the queue never drains"
    );
    assert_eq!(mm1_response(100.0, 150.0), None);
    assert_eq!(mm1_response(0.0, 0.0), None);
    for (rho, factor) in [
        (0.0, 1.0),
        (0.5, 2.0),
        (0.75, 4.0),
        (0.9, 10.0),
        (0.99, 100.0),
    ] {
        let got = queueing_delay(1.5, rho).unwrap();
        assert!(close(got, 1.5 * factor), "ρ = {rho}: {got}");
        assert!(close(got, mm1_response(1.0 / 1.5, rho / 1.5).unwrap()));
    }
    assert_eq!(queueing_delay(1.0, 1.0), None);
    assert_eq!(queueing_delay(1.0, f64::NAN), None);
    // The 99th percentile of an exponential: ln(100) ≈ 4.605 times the mean.
    let p99 = mm1_quantile(100.0, 50.0, 0.99).unwrap();
    assert!(close(p99, 0.02 * 100f64.ln()));
    assert!(close(
        mm1_quantile(100.0, 50.0, 0.5).unwrap(),
        0.02 * 2f64.ln()
    ));
}

// ----- the ladder ----------------------------------------------------------------------------

#[test]
fn the_ladder_grows_and_its_price_per_core_steepens_at_the_top() {
    for pair in LADDER.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        assert!(b.cores > a.cores && b.ram_gb > a.ram_gb && b.iops > a.iops);
        assert!(b.price_per_hour > a.price_per_hour);
        assert!(b.price_per_core() >= a.price_per_core() - 1e-12);
    }
    let bottom = LADDER[0].price_per_core();
    let top = LADDER[TOP_RUNG].price_per_core();
    assert!(top > 1.25 * bottom, "the largest machines carry a premium");
    assert_eq!(LADDER[TOP_RUNG].cores, 192, "the chapter's largest machine");
    assert!(LADDER[TOP_RUNG].price_per_hour > 13.0, "over $13 an hour");
    assert_eq!(
        rung(1_000),
        LADDER[TOP_RUNG],
        "there is nothing above the top"
    );
}

// ----- capacity, latency and cost ------------------------------------------------------------

#[test]
fn one_machine_worked_example() {
    // 16 cores at 1 % serial, reads only, everything in RAM: 1000 / 0.071875 ≈ 13,913/s.
    let t = tuning(0.01, 0.0, 0.0, 0.0);
    let e = evaluate(Plan::Up { rung: 3 }, &demand(8_000.0, 1.0, 50.0), &t, 0);
    assert!(close(e.capacity, 1000.0 / 0.071_875));
    assert!(close(e.utilisation, 8_000.0 * 0.071_875 / 1000.0));
    assert_eq!(e.bottleneck, Some(Resource::Cpu));
    assert_eq!(e.miss_ratio, 0.0);
    assert!(close(e.service_ms, CPU_MS));
    assert!(close(e.latency_ms.unwrap(), 1.0 / (1.0 - 0.575)));
    assert_eq!(e.served, 8_000.0);
    assert!(close(e.price_per_hour, 1.05));
    // $1.05 an hour for 28.8 million requests an hour.
    assert!(close(e.cost_per_million.unwrap(), 1.05 / 28.8));
}

#[test]
fn latency_jumps_when_the_working_set_spills_out_of_ram() {
    let t = tuning(0.01, 0.0, 0.0, 0.0);
    let plan = Plan::Up { rung: 3 };
    let cache = LADDER[3].ram_gb * CACHE_SHARE; // 96 GB
    let fits = evaluate(plan, &demand(5_000.0, 1.0, cache), &t, 0);
    let spills = evaluate(plan, &demand(5_000.0, 1.0, 2.0 * cache), &t, 0);
    assert_eq!(fits.miss_ratio, 0.0);
    assert!(close(spills.miss_ratio, 0.5));
    assert!(close(spills.service_ms, CPU_MS + 0.5 * MISS_MS));
    assert!(spills.latency_ms.unwrap() > 3.0 * fits.latency_ms.unwrap());
    // Half the reads each cost two disk operations: 20,000 IOPS / 1 = 20,000/s, above the
    // CPU's 13,913/s, so the disk is not yet the bottleneck; at 4× the cache it is close.
    assert_eq!(spills.bottleneck, Some(Resource::Cpu));
    assert!(close(miss_ratio(96.0, 384.0), 0.75));
}

#[test]
fn writes_are_bound_by_the_disk() {
    // 3 disk operations per write: a 20,000 IOPS machine takes 6,667 writes/s.
    let t = tuning(0.01, 0.0, 0.0, 0.0);
    let e = evaluate(Plan::Up { rung: 3 }, &demand(1_000.0, 0.0, 10.0), &t, 0);
    assert_eq!(e.bottleneck, Some(Resource::Disk));
    assert!(close(e.capacity, 20_000.0 / 3.0));
    assert!(close(e.service_ms, CPU_MS + WRITE_MS));
}

#[test]
fn replicas_scale_reads_but_never_writes() {
    let t = tuning(0.01, 0.0, 0.0, 0.0);
    let single = evaluate(out(1, Layout::Replicas), &demand(1.0, 1.0, 10.0), &t, 0).capacity;
    let reads = evaluate(out(8, Layout::Replicas), &demand(1.0, 1.0, 10.0), &t, 0).capacity;
    assert!(
        close(reads, 8.0 * single),
        "with σ = κ = 0 reads scale linearly"
    );
    let w1 = evaluate(out(1, Layout::Replicas), &demand(1.0, 0.0, 10.0), &t, 0).capacity;
    let w8 = evaluate(out(8, Layout::Replicas), &demand(1.0, 0.0, 10.0), &t, 0).capacity;
    assert!(close(w1, w8), "every replica applies every write");
    // 90 % reads on 4 nodes: each node carries 0.9/4 + 0.1 = 0.325 of the workload.
    let mixed = evaluate(out(4, Layout::Replicas), &demand(1.0, 0.9, 10.0), &t, 0).capacity;
    let one = evaluate(out(1, Layout::Replicas), &demand(1.0, 0.9, 10.0), &t, 0).capacity;
    assert!(close(mixed, one / 0.325));
}

#[test]
fn shards_scale_writes_and_pay_for_cross_shard_requests() {
    let t = tuning(0.01, 0.0, 0.0, 0.0);
    let w1 = evaluate(out(1, Layout::Sharded), &demand(1.0, 0.0, 10.0), &t, 0).capacity;
    let w8 = evaluate(out(8, Layout::Sharded), &demand(1.0, 0.0, 10.0), &t, 0).capacity;
    assert!(
        close(w8, 8.0 * w1),
        "with no cross-shard requests writes scale linearly"
    );
    // 10 % cross-shard: each touches 2 shards at 1.5× the work: 1 + 0.1·(3 − 1) = 1.2.
    let t = tuning(0.01, 0.0, 0.0, 0.1);
    let x8 = evaluate(out(8, Layout::Sharded), &demand(1_000.0, 0.0, 10.0), &t, 0);
    assert!(close(x8.capacity, 8.0 * w1 / 1.2));
    assert!(close(x8.service_ms, CPU_MS + WRITE_MS + 0.1 * COORD_MS));
    let x1 = evaluate(out(1, Layout::Sharded), &demand(1.0, 0.0, 10.0), &t, 0);
    assert!(
        close(x1.capacity, w1),
        "one shard has nothing to coordinate"
    );
}

#[test]
fn shards_split_the_working_set_and_replicas_copy_it() {
    let t = Tuning::default();
    let d = demand(5_000.0, 0.95, 400.0); // over a 16-core node's 96 GB cache
    let r = evaluate(out(4, Layout::Replicas), &d, &t, 0);
    let s = evaluate(out(4, Layout::Sharded), &d, &t, 0);
    assert!(close(r.miss_ratio, 1.0 - 96.0 / 400.0));
    assert!(close(s.miss_ratio, 1.0 - 96.0 / 100.0));
    assert!(s.latency_ms.unwrap() < r.latency_ms.unwrap());
}

#[test]
fn the_usl_efficiency_scales_every_node() {
    let t = tuning(0.01, 0.05, 0.001, 0.0);
    let one = evaluate(out(1, Layout::Sharded), &demand(1.0, 0.5, 10.0), &t, 0).capacity;
    for n in [2usize, 8, 31, 64] {
        let c = evaluate(out(n, Layout::Sharded), &demand(1.0, 0.5, 10.0), &t, 0).capacity;
        assert!(close(c, one * t.usl.capacity(n as f64)), "N = {n}");
    }
    let (best, _) = out_ceiling(
        &demand(1.0, 0.5, 10.0),
        &t,
        OutShape {
            node_rung: DEFAULT_NODE_RUNG,
            layout: Layout::Sharded,
        },
    );
    assert_eq!(best, 31, "the peak of the cluster is the USL's peak");
}

#[test]
fn failures_take_a_share_or_everything() {
    let t = Tuning::default();
    let d = demand(4_000.0, 0.9, 50.0);
    let down = evaluate(Plan::Up { rung: 5 }, &d, &t, 1);
    assert_eq!(
        (down.capacity, down.served, down.available),
        (0.0, 0.0, 0.0)
    );
    assert_eq!(down.latency_ms, None);
    assert_eq!(down.cost_per_million, None);
    assert!(
        close(down.price_per_hour, LADDER[5].price_per_hour),
        "still paid for"
    );
    let shards = evaluate(out(4, Layout::Sharded), &d, &t, 1);
    assert!(close(shards.available, 0.75));
    assert!(close(shards.served, 3_000.0));
    let replicas = evaluate(out(4, Layout::Replicas), &d, &t, 1);
    let three = evaluate(out(3, Layout::Replicas), &d, &t, 0);
    assert_eq!(replicas.available, 1.0);
    assert!(
        close(replicas.capacity, three.capacity),
        "three replicas carry on"
    );
    assert!(close(replicas.price_per_hour, 4.0 * 1.05));
}

#[test]
fn ops_burden_is_a_label_that_grows_with_nodes_and_shards() {
    assert_eq!(ops_burden(Plan::Up { rung: TOP_RUNG }), OpsBurden::Low);
    assert_eq!(ops_burden(out(3, Layout::Replicas)), OpsBurden::Moderate);
    assert_eq!(ops_burden(out(3, Layout::Sharded)), OpsBurden::High);
    assert_eq!(ops_burden(out(40, Layout::Sharded)), OpsBurden::VeryHigh);
    assert!(ops_burden(out(10, Layout::Replicas)) <= ops_burden(out(10, Layout::Sharded)));
}

#[test]
fn the_workload_compounds_monthly() {
    let w = Workload::default();
    let d = w.at(12);
    assert!(close(d.total(), 8_000.0 * 1.08f64.powi(12)));
    assert!(close(d.reads, 0.9 * d.total()));
    assert!(close(d.working_set_gb, 100.0 * 1.03f64.powi(12)));
    assert_eq!(w.at(1_000), w.at(MAX_MONTHS));
    let odd = Workload {
        start_rate: f64::NAN,
        growth: 9.0,
        read_share: -1.0,
        working_set_gb: f64::INFINITY,
        data_growth: -0.5,
    }
    .clamped();
    assert_eq!(odd.start_rate, MIN_RATE);
    assert_eq!(odd.growth, MAX_GROWTH);
    assert_eq!(odd.read_share, 0.0);
    assert_eq!(odd.working_set_gb, MAX_WORKING_SET_GB);
    assert_eq!(odd.data_growth, 0.0);
}

// ----- the timeline and the stories ----------------------------------------------------------

#[test]
fn the_workload_line_crosses_the_ceilings_where_the_timeline_says() {
    let c = ScalingConfig::default();
    let points = timeline(&c.workload, &c.tuning, c.shape);
    assert_eq!(points.len(), MAX_MONTHS as usize + 1);
    let up = ceiling_month(&points, Lever::Up).unwrap();
    assert!(points[up as usize].demand.total() > points[up as usize].up_ceiling);
    assert!(points[up as usize - 1].demand.total() <= points[up as usize - 1].up_ceiling);
    assert_eq!(
        points[up as usize].up_rung, None,
        "no machine is big enough"
    );
    assert_eq!(points[up as usize].up_cost_per_million, None);
}

#[test]
fn read_heavy_blog_replicas_outlast_the_largest_machine_and_cost_less() {
    let c = Preset::ReadHeavyBlog.config();
    assert_eq!(c.shape.layout, Layout::Replicas);
    let points = timeline(&c.workload, &c.tuning, c.shape);
    let up = ceiling_month(&points, Lever::Up).unwrap();
    let replicas = ceiling_month(&points, Lever::Out).unwrap_or(MAX_MONTHS + 1);
    assert!(
        replicas >= up + 6,
        "replicas last {replicas}, the machine {up}"
    );
    let p = &points[24];
    assert!(p.out_cost_per_million.unwrap() < p.up_cost_per_million.unwrap());
}

#[test]
fn write_heavy_ingest_needs_shards() {
    let c = Preset::WriteHeavyIngest.config();
    assert_eq!(c.shape.layout, Layout::Sharded);
    let shards = timeline(&c.workload, &c.tuning, c.shape);
    let replicas = OutShape {
        layout: Layout::Replicas,
        ..c.shape
    };
    let replicas = timeline(&c.workload, &c.tuning, replicas);
    assert_eq!(
        ceiling_month(&replicas, Lever::Out),
        Some(0),
        "replicas never keep up"
    );
    let up = ceiling_month(&shards, Lever::Up).unwrap();
    let out = ceiling_month(&shards, Lever::Out).unwrap_or(MAX_MONTHS + 1);
    assert!(out > up + 6, "shards last {out}, the machine {up}");
}

#[test]
fn a_serial_bottleneck_defeats_both_levers_until_it_is_fixed() {
    let mut s = sim_with(Preset::SerialBottleneck);
    assert!(s.is_over(Lever::Up) && s.is_over(Lever::Out));
    s.apply(ScalingEvent::SetLayout(Layout::Sharded));
    assert!(s.is_over(Lever::Out), "shards do not help either");
    s.apply(ScalingEvent::Set(Setting::Nodes, MAX_NODES as f64));
    s.apply(ScalingEvent::Set(Setting::Machine, TOP_RUNG as f64));
    assert!(s.up_eval().utilisation > 1.0 && s.out_eval().utilisation > 1.0);
    let mut outcomes = s.apply(ScalingEvent::Set(Setting::Serial, 0.01));
    outcomes.extend(s.apply(ScalingEvent::Set(Setting::Sigma, 0.01)));
    assert!(!s.is_over(Lever::Up) && !s.is_over(Lever::Out));
    for lever in [Lever::Up, Lever::Out] {
        assert!(outcomes.contains(&Outcome::BackUnderCeiling { lever }));
    }
}

#[test]
fn the_coherency_cliff_starts_past_the_peak() {
    let mut s = sim_with(Preset::CoherencyCliff);
    assert_eq!(s.nodes(), 20);
    assert!(!s.config().follow);
    let at_20 = s.out_eval().capacity;
    let n_star = s.config().tuning.usl.peak().unwrap();
    assert!((6.9..7.0).contains(&n_star));
    s.apply(ScalingEvent::Set(Setting::Nodes, 7.0));
    let at_7 = s.out_eval().capacity;
    assert!(at_7 > 1.5 * at_20, "7 nodes {at_7} vs 20 nodes {at_20}");
    let more = s.apply(ScalingEvent::AddNode);
    assert!(matches!(
        more[0],
        Outcome::NodesChanged { from: 7, to: 8, .. }
    ));
    assert!(
        s.out_eval().capacity < at_7,
        "an eighth node makes it slower"
    );
}

// ----- the state machine -----------------------------------------------------------------------

#[test]
fn following_the_demand_resizes_and_reports_the_ceiling_once() {
    let mut s = ScalingSim::new(ScalingConfig::default(), 3);
    s.apply(ScalingEvent::Set(Setting::FailureRate, 0.0));
    let mut crossings = Vec::new();
    let mut last_rung = s.machine();
    let mut resizes = 0;
    for _ in 0..MAX_MONTHS {
        for o in s.apply(ScalingEvent::AdvanceMonth) {
            match o {
                Outcome::CeilingCrossed { lever, month } => crossings.push((lever, month)),
                Outcome::Resized {
                    downtime_minutes, ..
                } => {
                    assert_eq!(downtime_minutes, RESIZE_MINUTES);
                    resizes += 1;
                }
                _ => {}
            }
        }
        assert!(s.machine() >= last_rung, "demand only grows");
        last_rung = s.machine();
    }
    let points = timeline(&s.config().workload, &s.config().tuning, s.config().shape);
    let expected: Vec<(Lever, u32)> = [Lever::Up, Lever::Out]
        .into_iter()
        .filter_map(|l| ceiling_month(&points, l).map(|m| (l, m)))
        .collect();
    let mut crossings_sorted = crossings.clone();
    crossings_sorted.sort_by_key(|&(l, _)| l == Lever::Out);
    assert_eq!(crossings_sorted, expected);
    assert_eq!(s.downtime().up_resizes, resizes);
    assert!(close(
        s.downtime().up_minutes,
        f64::from(resizes) * RESIZE_MINUTES
    ));
    assert_eq!(
        s.apply(ScalingEvent::AdvanceMonth),
        vec![Outcome::Refused(Refusal::EndOfTimeline)]
    );
}

#[test]
fn moving_a_lever_by_hand_stops_following() {
    let mut s = ScalingSim::new(ScalingConfig::default(), 1);
    let o = s.apply(ScalingEvent::ScaleUp);
    assert!(o.contains(&Outcome::FollowSet(false)));
    assert!(
        matches!(o.last(), Some(Outcome::Resized { downtime_minutes, .. }) if *downtime_minutes == RESIZE_MINUTES)
    );
    let rung = s.machine();
    s.apply(ScalingEvent::AdvanceMonth);
    assert_eq!(s.machine(), rung);
    s.apply(ScalingEvent::Set(Setting::Machine, TOP_RUNG as f64));
    assert_eq!(
        s.apply(ScalingEvent::ScaleUp),
        vec![Outcome::Refused(Refusal::NoLargerMachine)]
    );
    s.apply(ScalingEvent::Set(Setting::Nodes, 1.0));
    assert_eq!(
        s.apply(ScalingEvent::RemoveNode),
        vec![Outcome::Refused(Refusal::NoFewerNodes)]
    );
    s.apply(ScalingEvent::Set(Setting::Nodes, MAX_NODES as f64));
    assert_eq!(
        s.apply(ScalingEvent::AddNode),
        vec![Outcome::Refused(Refusal::NoMoreNodes)]
    );
    let fit = s.apply(ScalingEvent::Fit);
    assert!(fit
        .iter()
        .any(|o| matches!(o, Outcome::NodesChanged { from: 64, .. })));
}

#[test]
fn settings_out_of_range_are_clamped_and_reported() {
    let mut s = ScalingSim::new(ScalingConfig::default(), 1);
    let o = s.apply(ScalingEvent::Set(Setting::Nodes, 1_000.0));
    assert!(o.contains(&Outcome::Clamped {
        setting: Setting::Nodes,
        asked: 1_000.0,
        used: 64.0
    }));
    assert_eq!(s.nodes(), 64);
    let o = s.apply(ScalingEvent::Set(Setting::Kappa, f64::NAN));
    assert!(matches!(o[0], Outcome::Clamped { setting: Setting::Kappa, used, .. } if used == 0.0));
    let o = s.apply(ScalingEvent::Set(Setting::ReadShare, 0.5));
    assert_eq!(
        o[0],
        Outcome::Set {
            setting: Setting::ReadShare,
            value: 0.5
        }
    );
    s.apply(ScalingEvent::Set(Setting::Month, 99.5));
    assert_eq!(s.month(), MAX_MONTHS);
    assert_eq!(clamp_setting(Setting::Machine, 3.9), 3.0);
    assert_eq!(clamp_setting(Setting::Serial, f64::INFINITY), MAX_SHARE);
}

#[test]
fn resizing_the_cluster_copies_or_moves_data() {
    let mut s = ScalingSim::new(ScalingConfig::default(), 1);
    s.apply(ScalingEvent::Set(Setting::Nodes, 2.0));
    let ws = s.demand().working_set_gb;
    let o = s.apply(ScalingEvent::Set(Setting::Nodes, 5.0));
    assert!(o.contains(&Outcome::NodesChanged {
        from: 2,
        to: 5,
        moved_gb: 3.0 * ws
    }));
    s.apply(ScalingEvent::SetLayout(Layout::Sharded));
    let o = s.apply(ScalingEvent::AddNode);
    assert!(
        matches!(o[0], Outcome::NodesChanged { from: 5, to: 6, moved_gb } if close(moved_gb, ws / 6.0))
    );
}

#[test]
fn failures_are_one_domain_or_a_share() {
    let mut s = ScalingSim::new(ScalingConfig::default(), 11);
    s.apply(ScalingEvent::Set(Setting::Nodes, 4.0));
    assert_eq!(
        s.apply(ScalingEvent::FailMachine),
        vec![Outcome::MachineFailed {
            downtime_minutes: RESTORE_MINUTES
        }]
    );
    assert_eq!(s.up_eval().served, 0.0);
    assert_eq!(
        s.apply(ScalingEvent::FailMachine),
        vec![Outcome::Refused(Refusal::MachineAlreadyDown)]
    );
    let mut leaders = 0;
    for _ in 0..4 {
        let o = s.apply(ScalingEvent::FailNode);
        let Outcome::NodeFailed {
            leader,
            failing_share,
            minutes,
            ..
        } = o[0]
        else {
            panic!("{o:?}")
        };
        if leader {
            leaders += 1;
            assert!(close(failing_share, 0.1), "the writes wait");
            assert_eq!(minutes, FAILOVER_MINUTES);
        } else {
            assert_eq!(failing_share, 0.0, "a replica's loss costs only capacity");
        }
    }
    assert!(leaders >= 1, "the last node standing was a leader");
    assert_eq!(s.failed_nodes(), &[0, 1, 2, 3]);
    assert_eq!(
        s.apply(ScalingEvent::FailNode),
        vec![Outcome::Refused(Refusal::AllNodesDown)]
    );
    assert_eq!(s.out_eval().served, 0.0);
    assert_eq!(
        s.apply(ScalingEvent::Repair),
        vec![Outcome::Repaired {
            machine: true,
            nodes: 4
        }]
    );
    assert_eq!(
        s.apply(ScalingEvent::Repair),
        vec![Outcome::Refused(Refusal::NothingToRepair)]
    );
    s.apply(ScalingEvent::SetLayout(Layout::Sharded));
    let o = s.apply(ScalingEvent::FailNode);
    assert!(
        matches!(o[0], Outcome::NodeFailed { leader: false, failing_share, minutes, .. }
        if failing_share == 0.25 && minutes == RESTORE_MINUTES)
    );
    assert!(close(s.out_eval().available, 0.75));
}

#[test]
fn monthly_failures_come_at_the_configured_rate() {
    let mut s = ScalingSim::new(ScalingConfig::default(), 5);
    s.apply(ScalingEvent::Set(Setting::Nodes, 20.0));
    s.apply(ScalingEvent::Set(Setting::FailureRate, 0.05));
    for _ in 0..MAX_MONTHS {
        s.apply(ScalingEvent::AdvanceMonth);
    }
    // 60 months × 20 nodes × 5 % = 60 expected; the machine 3 expected.
    let d = s.downtime();
    assert!((35..=85).contains(&d.out_failures), "{d:?}");
    assert!(d.up_failures <= 10, "{d:?}");
    let mut calm = ScalingSim::new(ScalingConfig::default(), 5);
    calm.apply(ScalingEvent::Set(Setting::FailureRate, 0.0));
    for _ in 0..MAX_MONTHS {
        calm.apply(ScalingEvent::AdvanceMonth);
    }
    assert_eq!(
        (calm.downtime().up_failures, calm.downtime().out_failures),
        (0, 0)
    );
}

#[test]
fn reset_returns_to_month_zero_with_the_same_settings() {
    let mut s = ScalingSim::new(ScalingConfig::default(), 9);
    s.apply(ScalingEvent::Set(Setting::Growth, 0.15));
    for _ in 0..10 {
        s.apply(ScalingEvent::AdvanceMonth);
    }
    s.apply(ScalingEvent::FailMachine);
    assert_eq!(s.apply(ScalingEvent::Reset), vec![Outcome::Reset]);
    assert_eq!(s.month(), 0);
    assert!(!s.machine_down());
    assert_eq!(s.downtime(), Downtime::default());
    assert_eq!(s.config().workload.growth, 0.15);
    let fresh = ScalingSim::new(s.config(), 9);
    assert_eq!((s.machine(), s.nodes()), (fresh.machine(), fresh.nodes()));
}

// ----- properties ------------------------------------------------------------------------------

fn wild() -> impl Strategy<Value = f64> {
    prop_oneof![
        8 => -0.5..1.5f64,
        2 => -1e6..1e6f64,
        1 => Just(f64::NAN),
        1 => Just(f64::INFINITY),
        1 => Just(f64::NEG_INFINITY),
    ]
}

fn setting() -> impl Strategy<Value = Setting> {
    prop::sample::select(vec![
        Setting::StartRate,
        Setting::Growth,
        Setting::ReadShare,
        Setting::WorkingSet,
        Setting::DataGrowth,
        Setting::Serial,
        Setting::Sigma,
        Setting::Kappa,
        Setting::CrossShard,
        Setting::FailureRate,
        Setting::NodeRung,
        Setting::Machine,
        Setting::Nodes,
        Setting::Month,
    ])
}

fn event() -> impl Strategy<Value = ScalingEvent> {
    prop_oneof![
        3 => (setting(), wild()).prop_map(|(s, v)| ScalingEvent::Set(s, v)),
        2 => (setting(), 0.0..100.0f64).prop_map(|(s, v)| ScalingEvent::Set(s, v)),
        1 => prop::sample::select(vec![Layout::Replicas, Layout::Sharded]).prop_map(ScalingEvent::SetLayout),
        1 => any::<bool>().prop_map(ScalingEvent::SetFollow),
        1 => Just(ScalingEvent::ScaleUp),
        1 => Just(ScalingEvent::ScaleDown),
        1 => Just(ScalingEvent::AddNode),
        1 => Just(ScalingEvent::RemoveNode),
        4 => Just(ScalingEvent::AdvanceMonth),
        1 => Just(ScalingEvent::FailMachine),
        2 => Just(ScalingEvent::FailNode),
        1 => Just(ScalingEvent::Repair),
        1 => Just(ScalingEvent::Fit),
        1 => prop::sample::select(Preset::ALL.to_vec()).prop_map(ScalingEvent::Preset),
        1 => Just(ScalingEvent::Reset),
    ]
}

fn plan() -> impl Strategy<Value = Plan> {
    prop_oneof![
        (0..=TOP_RUNG).prop_map(|rung| Plan::Up { rung }),
        (1..=MAX_NODES, 0..=TOP_RUNG, any::<bool>()).prop_map(|(nodes, node_rung, sharded)| {
            Plan::Out {
                nodes,
                shape: OutShape {
                    node_rung,
                    layout: if sharded {
                        Layout::Sharded
                    } else {
                        Layout::Replicas
                    },
                },
            }
        }),
    ]
}

fn any_tuning() -> impl Strategy<Value = Tuning> {
    (
        0.0..=MAX_SHARE,
        0.0..=MAX_SHARE,
        0.0..=MAX_KAPPA,
        0.0..=MAX_SHARE,
    )
        .prop_map(|(s, sigma, kappa, x)| tuning(s, sigma, kappa, x))
}

fn any_demand() -> impl Strategy<Value = Demand> {
    (0.0..2e6f64, 0.0..=1.0f64, 1.0..50_000.0f64).prop_map(|(r, share, ws)| demand(r, share, ws))
}

/// Everything the state must satisfy after any event.
fn check(s: &ScalingSim, outcomes: &[Outcome], before: Downtime) -> Result<(), TestCaseError> {
    prop_assert!(!outcomes.is_empty());
    let c = s.config();
    prop_assert_eq!(c, c.clamped(), "settings stay in range");
    prop_assert!(s.month() <= MAX_MONTHS);
    prop_assert!(s.machine() <= TOP_RUNG);
    prop_assert!((1..=MAX_NODES).contains(&s.nodes()));
    prop_assert!(s.failed_nodes().windows(2).all(|w| w[0] < w[1]));
    prop_assert!(s.failed_nodes().iter().all(|&i| i < s.nodes()));
    let d = s.downtime();
    prop_assert!(d.up_minutes >= before.up_minutes);
    prop_assert!(d.out_equivalent_minutes >= before.out_equivalent_minutes);
    prop_assert!(d.up_failures >= before.up_failures);
    prop_assert!(d.out_failures >= before.out_failures);
    for e in [s.up_eval(), s.out_eval()] {
        prop_assert!(e.served <= s.demand().total() * (1.0 + 1e-12));
        prop_assert!(e.price_per_hour > 0.0);
        prop_assert!((0.0..=1.0).contains(&e.available));
    }
    if c.follow {
        let d = s.demand();
        prop_assert_eq!(s.machine(), cheapest_up(&d, &c.tuning).unwrap_or(TOP_RUNG));
    }
    if s.leader().is_none() {
        prop_assert_eq!(s.failed_nodes().len(), s.nodes());
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// 0 < C(N) ≤ N, C(1) = 1, C rises to the peak and falls after it, the best whole count is
    /// beside N*, and without κ the capacity never passes 1/σ.
    #[test]
    fn usl_shape(sigma in 0.0..=1.0f64, kappa in prop_oneof![Just(0.0), 0.0..=0.1f64], n in 1u32..2_000) {
        let usl = Usl::new(sigma, kappa);
        let n = f64::from(n);
        let c = usl.capacity(n);
        prop_assert!(c > 0.0 && c <= n * (1.0 + 1e-12));
        prop_assert!(close(usl.capacity(1.0), 1.0));
        match usl.peak() {
            Some(peak) => {
                if n + 1.0 <= peak.floor() {
                    prop_assert!(usl.capacity(n + 1.0) >= c * (1.0 - 1e-12));
                }
                if n >= peak.ceil() {
                    prop_assert!(usl.capacity(n + 1.0) <= c * (1.0 + 1e-12));
                }
                if (1.0..500.0).contains(&peak) {
                    let best = usl.best_nodes(1_000) as f64;
                    prop_assert!(best == peak.floor() || best == peak.ceil(), "best {} peak {}", best, peak);
                }
            }
            None => {
                prop_assert!(usl.capacity(n + 1.0) >= c * (1.0 - 1e-12));
                if sigma > 0.0 {
                    prop_assert!(c <= 1.0 / sigma + 1e-9);
                }
            }
        }
    }

    /// 1 ≤ speedup ≤ min(n, 1/s), rising with n.
    #[test]
    fn amdahl_bounds(s in 0.0..=1.0f64, n in 1.0..1e6f64) {
        let x = amdahl_speedup(s, n);
        prop_assert!(x >= 1.0 - 1e-12);
        prop_assert!(x <= n * (1.0 + 1e-12));
        if let Some(limit) = amdahl_limit(s) {
            prop_assert!(x <= limit * (1.0 + 1e-12));
        }
        prop_assert!(amdahl_speedup(s, n + 1.0) >= x);
    }

    /// Queueing delay is at least the service time and rises with utilisation.
    #[test]
    fn queueing_rises_with_load(service in 0.0..100.0f64, rho in 0.0..0.999f64, more in 0.0..0.999f64) {
        let a = queueing_delay(service, rho).unwrap();
        prop_assert!(a >= service);
        let hi = rho.max(more);
        prop_assert!(queueing_delay(service, hi).unwrap() >= a);
    }

    /// Any plan under any demand: answered requests never exceed demand or capacity, latency
    /// exists exactly when ρ < 1 and is at least the bare service time, and the price is paid.
    #[test]
    fn evaluation_is_consistent(p in plan(), d in any_demand(), t in any_tuning(), down in 0usize..3) {
        let e = evaluate(p, &d, &t, down);
        prop_assert!(e.served <= d.total() * (1.0 + 1e-12));
        prop_assert!(e.served <= e.capacity * (1.0 + 1e-12));
        prop_assert!((0.0..=1.0).contains(&e.miss_ratio));
        prop_assert!(e.price_per_hour > 0.0);
        if e.capacity > 0.0 {
            prop_assert_eq!(e.latency_ms.is_some(), e.utilisation < 1.0);
            if let Some(l) = e.latency_ms {
                prop_assert!(l >= e.service_ms - 1e-9);
            }
        } else {
            prop_assert!(e.latency_ms.is_none() && e.served == 0.0);
        }
        // Failures never make data reachable. (They can raise a cluster's capacity past the
        // USL peak, where fewer nodes do more.)
        prop_assert!(e.available <= evaluate(p, &d, &t, 0).available);
    }

    /// A bigger machine never serves less, and replicas never raise write capacity.
    #[test]
    fn monotone_levers(d in any_demand(), t in any_tuning(), nodes in 1..=MAX_NODES, r in 0..TOP_RUNG) {
        let a = evaluate(Plan::Up { rung: r }, &d, &t, 0).capacity;
        let b = evaluate(Plan::Up { rung: r + 1 }, &d, &t, 0).capacity;
        prop_assert!(b >= a * (1.0 - 1e-12));
        let writes = Demand { reads: 0.0, writes: d.total(), working_set_gb: d.working_set_gb };
        let one = evaluate(out(1, Layout::Replicas), &writes, &t, 0).capacity;
        let many = evaluate(out(nodes, Layout::Replicas), &writes, &t, 0).capacity;
        prop_assert!(many <= one * (1.0 + 1e-12));
    }

    /// Any sequence of events, including ones the controls prevent, keeps the model
    /// consistent; the same seed and events give the same outcomes.
    #[test]
    fn invariants_hold_under_any_events(seed in any::<u64>(), events in prop::collection::vec(event(), 1..120)) {
        let mut s = ScalingSim::new(ScalingConfig::default(), seed);
        let mut twin = ScalingSim::new(ScalingConfig::default(), seed);
        for e in events {
            let before = s.downtime();
            let resetting = matches!(e, ScalingEvent::Reset | ScalingEvent::Preset(_));
            let outcomes = s.apply(e);
            let before = if resetting { Downtime::default() } else { before };
            check(&s, &outcomes, before)?;
            // Compared as text: an asked-for NaN is not equal to itself.
            prop_assert_eq!(format!("{:?}", twin.apply(e)), format!("{outcomes:?}"));
            for o in &outcomes {
                if let Outcome::CeilingCrossed { lever, .. } = o {
                    prop_assert!(s.is_over(*lever));
                }
            }
        }
        prop_assert_eq!(s.month(), twin.month());
        prop_assert_eq!(s.failed_nodes(), twin.failed_nodes());
    }
}
