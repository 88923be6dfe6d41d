#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| dsim_fuzz::cluster::run(data));
