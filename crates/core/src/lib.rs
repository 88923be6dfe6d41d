//! Pure, deterministic models of the mechanisms taught in "Distributed Scaling and Replication".
//!
//! Every model is a state machine advanced by explicit events (`apply`) or steps (`step`).
//! There is no clock, no DOM and no global randomness: all random choices come from a
//! [`rng::SimRng`] seeded by the caller, so the same seed and the same events always give the
//! same run, natively and in the browser.

pub mod cluster;
pub mod coordination;
pub mod decimal;
pub mod election;
pub mod gossip;
pub mod hash_ring;
pub mod num;
pub mod params;
pub mod quorum;
pub mod replication;
pub mod rng;
pub mod scaling;
pub mod sharding;
pub mod sort;
pub mod split_brain;
