//! Bytes mapped onto the news-token alphabet of `tests/common/tokens.rs` (quote marks of every
//! style, `said`, `(Reuters) -`, `By `, datelines, credits, blank lines), so that the fuzzer
//! reaches datelines, quotes and footers instead of stopping at plain text.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/mod.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let text = common::tokens::news_text(data);
    common::check_text(&text);
});
