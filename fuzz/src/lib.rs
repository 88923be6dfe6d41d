//! Fuzzing harnesses: each turns the fuzzer's bytes into input for one part of the models
//! (a URL query, or a sequence of a model's events and clock steps), runs it, and panics when
//! an invariant breaks, so libFuzzer reports the input that broke it.
//!
//! The event decoders reach every variant, including the ones the sims' controls never send
//! (adding past the maximum, healing an unpartitioned network, stepping before the start,
//! absurd node indices), because a hand-edited link or a future UI change could.

pub mod cluster;
pub mod coordination;
pub mod election;
pub mod gossip;
pub mod hash_ring;
pub mod params;
pub mod phi;
pub mod quorum;
pub mod replication;
pub mod scaling;
pub mod settings;
pub mod sharding;
pub mod split_brain;

use libfuzzer_sys::arbitrary::{Result, Unstructured};

/// The most events one input drives; long enough for elections, failovers and re-joins.
pub const MAX_EVENTS: usize = 400;

/// The model's seed: the input's first eight bytes, so the fuzzer explores seeds too.
fn seed(data: &[u8]) -> u64 {
    data.iter()
        .take(8)
        .fold(0u64, |s, &b| s << 8 | u64::from(b))
}

/// A count or index: usually near the interesting range `0..=top`, sometimes anything at all.
fn size(u: &mut Unstructured, top: usize) -> Result<usize> {
    Ok(if u.ratio(1, 16)? {
        u.arbitrary()?
    } else {
        u.int_in_range(0..=top)?
    })
}

/// A clock step in milliseconds: usually up to `top`, sometimes huge.
fn millis(u: &mut Unstructured, top: u64) -> Result<u64> {
    Ok(if u.ratio(1, 32)? {
        u.arbitrary()?
    } else {
        u.int_in_range(0..=top)?
    })
}

/// Decodes events with `next` until the input runs out (or [`MAX_EVENTS`]), calling `apply`
/// on each.
fn drive<T>(
    data: &[u8],
    mut next: impl FnMut(&mut Unstructured) -> Result<T>,
    mut apply: impl FnMut(T),
) {
    let mut u = Unstructured::new(data);
    for _ in 0..MAX_EVENTS {
        if u.is_empty() {
            break;
        }
        match next(&mut u) {
            Ok(e) => apply(e),
            Err(_) => break,
        }
    }
}
