//! The list of sims the site serves, read from this crate's `Cargo.toml` by `build.rs`: the
//! app mounts them, the fuzz targets read their links, and a test checks their pages.

include!(concat!(env!("OUT_DIR"), "/sims.rs"));
