//! A graph.json file: read, round trip, export, draw, query.
#![no_main]

#[path = "../../tests/cli/fuzz/checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        checks::check_graph_json(text);
    }
});
