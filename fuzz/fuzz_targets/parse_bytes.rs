//! Arbitrary bytes through `parse_bytes`: invalid UTF-8 must name its first bad byte, and
//! every article must keep the invariants of `tests/common` (spans, coverage, CRLF, owned,
//! serde).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/mod.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    common::check_bytes(data);
});
