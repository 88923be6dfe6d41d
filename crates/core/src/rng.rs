//! The one source of randomness for every model.

use rand::SeedableRng;

/// The seeded generator every model draws from.
///
/// ChaCha8 gives the same stream on every platform (native tests and wasm32 alike), which is
/// what makes a run reproducible from its `?seed=`; `SmallRng` would not, as its algorithm
/// differs between 32- and 64-bit targets.
pub type SimRng = rand_chacha::ChaCha8Rng;

/// The seed used when a page is opened without `?seed=`, so first loads are reproducible.
pub const DEFAULT_SEED: u64 = 42;

/// A generator seeded from `seed`; equal seeds give equal streams.
pub fn seeded(seed: u64) -> SimRng {
    SimRng::seed_from_u64(seed)
}
