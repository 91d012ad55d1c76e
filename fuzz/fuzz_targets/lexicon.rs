//! A user lexicon file: load, then extract with it.
#![no_main]

#[path = "../../tests/cli/fuzz/checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(src) = std::str::from_utf8(data) {
        checks::check_lexicon(src);
    }
});
