//! Article bytes: load, split, extract, graph, JSON round trip.
#![no_main]

#[path = "../../tests/cli/fuzz/checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::check_document(data));
