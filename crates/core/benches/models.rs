//! Native throughput of the models, the work behind every animation frame:
//! - ring lookups: the owner of a key name on a ring of 8 nodes × 50 vnodes (400 positions),
//!   ours (xxh32 + binary search over the sorted vnodes) beside the `hashring` crate
//!   (SipHash-1-3 + binary search), the same 10,000 key names on the same 400 vnode names;
//! - gossip rounds at 1,000 nodes (one trial to full spread, and the sim's "Run 200 trials");
//! - quorum set enumeration: the smallest W/R intersection for every N ≤ 7, W, R.
//!
//! `make bench` runs these and folds the numbers into target/bench/report.json.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use dsim_core::gossip::{run_trials, GossipConfig, Mode, DEFAULT_TRIALS};
use dsim_core::hash_ring::{hash_name, NodeId, RingConfig, RingSim};
use dsim_core::quorum::min_overlap_by_enumeration;
use dsim_core::rng::DEFAULT_SEED;

const NODES: usize = 8;
const VNODES: usize = 50;
const KEYS: usize = 10_000;
const MAX_QUORUM_N: usize = 7;

fn ring_lookups(c: &mut Criterion) {
    let sim = RingSim::new(RingConfig::new(NODES, VNODES, KEYS), DEFAULT_SEED);
    assert_eq!(sim.ring().len(), NODES * VNODES);
    let names: Vec<String> = sim.keys().iter().map(|k| k.name()).collect();
    assert_eq!(names.len(), KEYS);

    let mut theirs: hashring::HashRing<String> = hashring::HashRing::new();
    for node in (0..NODES).filter_map(NodeId::from_index) {
        for i in 0..VNODES {
            theirs.add(node.vnode_name(i));
        }
    }
    assert_eq!(theirs.len(), NODES * VNODES);

    let mut group = c.benchmark_group("ring_lookup");
    group.throughput(Throughput::Elements(KEYS as u64));
    group.bench_function("dsim_core", |b| {
        b.iter(|| {
            let mut found = 0usize;
            for name in &names {
                if let Some(v) = sim.vnode_at(hash_name(black_box(name))) {
                    found += v.node.index();
                }
            }
            found
        })
    });
    group.bench_function("hashring_0_3", |b| {
        b.iter(|| {
            let mut found = 0usize;
            for name in &names {
                if let Some(v) = theirs.get(black_box(name)) {
                    found += v.len();
                }
            }
            found
        })
    });
    group.finish();
}

fn gossip_rounds(c: &mut Criterion) {
    let config = GossipConfig::new(1000, 2, 0, Mode::Push);
    // The rounds one seeded trial takes, so the time per trial becomes rounds per second.
    let one = run_trials(&config, DEFAULT_SEED, 1);
    let rounds = one
        .max_rounds
        .expect("a push trial at 1,000 nodes without loss finishes") as u64;
    let mut group = c.benchmark_group("gossip_1000_nodes");
    group.throughput(Throughput::Elements(rounds));
    group.bench_function("rounds", |b| {
        b.iter(|| run_trials(black_box(&config), DEFAULT_SEED, 1))
    });
    let trials = run_trials(&config, DEFAULT_SEED, DEFAULT_TRIALS);
    let total = trials.mean_rounds.unwrap_or(0.0) * trials.finished as f64;
    group.throughput(Throughput::Elements(total.round() as u64));
    group.bench_function(BenchmarkId::new("run_trials", DEFAULT_TRIALS), |b| {
        b.iter(|| run_trials(black_box(&config), DEFAULT_SEED, DEFAULT_TRIALS))
    });
    group.finish();
}

fn quorum_enumeration(c: &mut Criterion) {
    let configs: Vec<(usize, usize, usize)> = (1..=MAX_QUORUM_N)
        .flat_map(|n| (1..=n).flat_map(move |w| (1..=n).map(move |r| (n, w, r))))
        .collect();
    let mut group = c.benchmark_group("quorum_enumeration");
    group.throughput(Throughput::Elements(configs.len() as u64));
    group.bench_function("all_n_le_7", |b| {
        b.iter(|| {
            configs
                .iter()
                .map(|&(n, w, r)| min_overlap_by_enumeration(black_box(n), w, r))
                .sum::<usize>()
        })
    });
    group.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3))
}

criterion_group! {
    name = models;
    config = config();
    targets = ring_lookups, gossip_rounds, quorum_enumeration
}
criterion_main!(models);
