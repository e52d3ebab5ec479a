//! `ParseOptions` fuzzed together with the text: the first bytes pick the passes, a reference
//! date (any year, month and day, since `CalendarDate`'s fields are public) and a size limit;
//! the rest is the text, raw or in the news-token alphabet.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newswire::{CalendarDate, ParseOptions};

#[path = "../../tests/common/mod.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Some((head, rest)) = data.split_first_chunk::<8>() else {
        return;
    };
    let [flags, y0, y1, y2, y3, month, day, limit] = *head;
    let date = (flags & 8 != 0).then(|| CalendarDate {
        year: i32::from_le_bytes([y0, y1, y2, y3]),
        month,
        day,
    });
    // A small limit now and then, to reach the over-limit answer.
    let max = if flags & 16 != 0 {
        usize::from(limit) * 4
    } else {
        usize::MAX
    };
    let options = ParseOptions::new()
        .quotes(flags & 1 != 0)
        .reported_speech(flags & 2 != 0)
        .resolve_speakers(flags & 4 != 0)
        .reference_date(date)
        .max_input_len(max);
    let text = if flags & 32 != 0 {
        common::tokens::news_text(rest)
    } else {
        match std::str::from_utf8(rest) {
            Ok(s) => s.to_owned(),
            Err(_) => return,
        }
    };
    common::check_text_with(&text, &options);
});
