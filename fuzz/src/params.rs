//! The URL query reader: any text, read with every typed reader, gives values in range and a
//! bounded list of notices.

use dsim_core::params::{Notice, ParamReader};
use libfuzzer_sys::arbitrary::{Result, Unstructured};

const KEYS: [&str; 8] = ["n", "w", "r", "seed", "speed", "projector", "mode", "x"];
const OPTIONS: [&str; 3] = ["naive", "raft", "fencing"];

/// One read of the query, with ranges taken from the input (always valid: lo ≤ hi).
fn read(u: &mut Unstructured, p: &mut ParamReader) -> Result<()> {
    let key = *u.choose(&KEYS)?;
    match u.int_in_range(0..=7u8)? {
        0 | 1 => {
            let lo: i64 = u.int_in_range(-1_000_000..=1_000_000)?;
            let hi = lo + u.int_in_range(0..=1_000_000i64)?;
            let default = u.int_in_range(lo..=hi)?;
            let cap = if u.arbitrary()? { Some("N=5") } else { None };
            let v = p.int_capped(key, lo..=hi, default, cap);
            assert!((lo..=hi).contains(&v), "{key}: {v} outside {lo}..={hi}");
        }
        2 => {
            let lo = f64::from(u.int_in_range(-1000..=1000i32)?) / 8.0;
            let hi = lo + f64::from(u.int_in_range(0..=1000u16)?) / 8.0;
            let v = p.float(key, lo..=hi, lo);
            assert!(v.is_finite() && (lo..=hi).contains(&v), "{key}: {v}");
        }
        3 => {
            let _ = p.flag(key, u.arbitrary()?);
        }
        4 => {
            let v = p.choice(key, &OPTIONS, "naive");
            assert!(OPTIONS.contains(&v));
        }
        5 => {
            let _ = p.seed();
        }
        6 => {
            let v = p.speed();
            assert!((0.25..=10.0).contains(&v), "speed {v}");
        }
        _ => {
            let has = p.has(key);
            assert_eq!(p.raw(key).is_some(), has);
        }
    }
    Ok(())
}

/// Splits the input into a query string and a list of reads, and checks every result.
pub fn run(data: &[u8]) {
    let split = data.iter().position(|&b| b == 0).unwrap_or(data.len());
    let query = String::from_utf8_lossy(&data[..split]);
    let mut p = ParamReader::new(&query);
    let mut u = Unstructured::new(data.get(split + 1..).unwrap_or_default());
    while !u.is_empty() {
        if read(&mut u, &mut p).is_err() {
            break;
        }
    }
    // Every typed reader once more with the sims' own ranges.
    let n = p.int("n", 3..=9, 5);
    assert!((3..=9).contains(&n));
    let w = p.int_capped("w", 1..=n, 3.min(n), Some("N"));
    assert!((1..=n).contains(&w));
    let speed = p.speed();
    assert!((0.25..=10.0).contains(&speed));
    let _ = (p.seed(), p.flag("projector", false));
    let notices = p.notices();
    assert!(notices.len() <= 9, "{} notices", notices.len());
    // Every notice names the setting it is about (the reader is only ever asked by name).
    assert!(notices.iter().all(|n| match n {
        Notice::Repeated { key, .. }
        | Notice::NotANumber { key, .. }
        | Notice::AboveCap { key, .. }
        | Notice::OutOfRange { key, .. }
        | Notice::NotWhole { key, .. }
        | Notice::NotOnOff { key, .. }
        | Notice::NotOneOf { key, .. } => !key.is_empty(),
        Notice::Said(text) => !text.is_empty(),
        Notice::TooLong | Notice::BadSeed { .. } | Notice::More(_) => true,
    }));
}
