//! The three laws the sim is built on, each implemented straight from its formula.
//!
//! - Amdahl's law: if a fraction `s` of the work is serial, `n` cores speed it up by
//!   `1 / (s + (1 − s) / n)`, never more than `1 / s`, however many cores are added.
//! - Gunther's Universal Scalability Law: `n` nodes give a relative capacity
//!   `C(n) = n / (1 + σ(n − 1) + κ n(n − 1))`, where σ is contention (waiting for a shared
//!   resource) and κ is coherency (every pair of nodes keeping each other's data in sync). With
//!   κ > 0 the curve has a peak at `n* = √((1 − σ) / κ)` and falls past it.
//! - The M/M/1 queue: a server with service rate μ receiving λ requests per second answers in
//!   `1 / (μ − λ)` on average, which is the bare service time `1/μ` divided by `1 − ρ`
//!   (ρ = λ/μ, the utilisation): latency doubles at 50 % busy and grows tenfold at 90 %.

use crate::num::Within;

/// Amdahl's speedup of `n` workers when a fraction `serial` (0–1) of the work cannot be split:
/// `1 / (s + (1 − s)/n)`. One worker gives 1; the speedup never exceeds `n` or `1/s`.
pub fn amdahl_speedup(serial: f64, n: f64) -> f64 {
    let s = unit(serial);
    let n = n.max(1.0);
    1.0 / (s + (1.0 - s) / n)
}

/// The most any number of workers can speed up work with serial fraction `serial`: `1/s`.
/// `None` when nothing is serial (the speedup then grows without bound).
pub fn amdahl_limit(serial: f64) -> Option<f64> {
    let s = unit(serial);
    (s > 0.0).then(|| 1.0 / s)
}

/// The Universal Scalability Law's two costs of running on more than one node.
///
/// σ (contention) is the share of work that queues for something shared, like a lock or a
/// single leader: it alone gives Amdahl's law. κ (coherency) is the cost of every pair of
/// nodes exchanging data to agree (cache invalidation, replication, distributed locks): it
/// grows with n² and is what makes throughput fall when nodes are added past the peak.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Usl {
    /// Contention σ, 0–1.
    pub sigma: f64,
    /// Coherency κ, 0–1.
    pub kappa: f64,
}

impl Usl {
    /// A USL with σ and κ clamped to 0–1 (not-a-number reads as 0).
    pub fn new(sigma: f64, kappa: f64) -> Self {
        Usl {
            sigma: unit(sigma),
            kappa: unit(kappa),
        }
    }

    /// The relative capacity of `n` nodes, `C(n) = n / (1 + σ(n − 1) + κ n(n − 1))`: how many
    /// single nodes' worth of work `n` nodes do together. `C(1) = 1`.
    pub fn capacity(&self, n: f64) -> f64 {
        let n = n.max(1.0);
        n / (1.0 + self.sigma * (n - 1.0) + self.kappa * n * (n - 1.0))
    }

    /// The share of each node's capacity left for useful work among `n` nodes: `C(n) / n`.
    pub fn efficiency(&self, n: f64) -> f64 {
        self.capacity(n) / n.max(1.0)
    }

    /// The node count where capacity peaks, `n* = √((1 − σ) / κ)`, as a real number; `None`
    /// when κ = 0 (capacity then rises forever towards `1/σ`).
    pub fn peak(&self) -> Option<f64> {
        (self.kappa > 0.0).then(|| ((1.0 - self.sigma) / self.kappa).sqrt())
    }

    /// The whole number of nodes, 1 to `max`, with the most capacity (the smallest on a tie).
    pub fn best_nodes(&self, max: usize) -> usize {
        let mut best = 1;
        for n in 2..=max.max(1) {
            if self.capacity(n as f64) > self.capacity(best as f64) {
                best = n;
            }
        }
        best
    }
}

/// The M/M/1 mean response time for service rate `mu` and arrival rate `lambda` (both per
/// second): `1 / (μ − λ)` seconds. `None` when λ ≥ μ: the queue grows without bound.
pub fn mm1_response(mu: f64, lambda: f64) -> Option<f64> {
    (mu > 0.0 && lambda >= 0.0 && lambda < mu).then(|| 1.0 / (mu - lambda))
}

/// The same law in the form the sim draws: a bare service time stretched by `1 / (1 − ρ)` at
/// utilisation `rho`. `None` at ρ ≥ 1 (overloaded) or for a negative or non-finite input.
pub fn queueing_delay(service: f64, rho: f64) -> Option<f64> {
    (service.is_finite() && service >= 0.0 && (0.0..1.0).contains(&rho))
        .then(|| service / (1.0 - rho))
}

/// The `p`-th quantile (0–1) of the M/M/1 response time, which is exponential with rate
/// μ − λ: `ln(1 / (1 − p)) / (μ − λ)`. The 99th percentile is about 4.6 times the mean.
pub fn mm1_quantile(mu: f64, lambda: f64, p: f64) -> Option<f64> {
    let mean = mm1_response(mu, lambda)?;
    (0.0..1.0)
        .contains(&p)
        .then(|| mean * (1.0 / (1.0 - p)).ln())
}

/// `x` clamped to 0–1, with not-a-number as 0.
pub(crate) fn unit(x: f64) -> f64 {
    if x.is_nan() {
        0.0
    } else {
        x.within(0.0, 1.0)
    }
}
