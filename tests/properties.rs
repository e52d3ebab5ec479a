//! Property tests: the invariants of `tests/common` over random text, random news-token text,
//! random options and random bytes, and clear errors for every input that is not an article.
//!
//! Failing cases proptest finds are kept in `tests/proptest-regressions/` and replayed first.

mod common;

use common::tokens::news_text;
use newswire::{CalendarDate, Error, ParseOptions};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

/// Characters that steer the parser: quote marks, dashes, brackets, spaces of every kind.
const NEWS_CHARS: &[char] = &[
    '"',
    '\'',
    '\u{201c}',
    '\u{201d}',
    '\u{2018}',
    '\u{2019}',
    '\u{ab}',
    '\u{bb}',
    '\u{201e}',
    '\u{201a}',
    '\u{300c}',
    '\u{300d}',
    '\u{300e}',
    '\u{300f}',
    '`',
    '-',
    '\u{2014}',
    '\u{2013}',
    '_',
    ':',
    ';',
    ',',
    '.',
    '(',
    ')',
    '/',
    '*',
    '#',
    '\n',
    '\n',
    '\n',
    '\r',
    ' ',
    ' ',
    ' ',
    '\t',
    '\u{a0}',
    '\u{202f}',
    '\u{3000}',
    '\u{2028}',
    '\u{85}',
    '\u{feff}',
    'A',
    'B',
    'y',
    'a',
    's',
    'i',
    'd',
    'L',
    'O',
    'N',
    'D',
    '1',
    '6',
    '\u{e9}',
    '\u{1f4f0}',
];

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 1000,
        // Integration tests have no lib.rs beside them, so name the file proptest keeps.
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "tests/proptest-regressions/properties.txt",
        ))),
        ..ProptestConfig::default()
    }
}

/// Text made of the steering characters and any other character.
fn news_chars() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![3 => prop::sample::select(NEWS_CHARS), 1 => any::<char>()],
        0..160,
    )
    .prop_map(|v| v.into_iter().collect())
}

/// Text in the news-token alphabet, mostly tokens.
fn news_tokens() -> impl Strategy<Value = String> {
    prop::collection::vec(prop_oneof![3 => 0x80u8..=0xff, 1 => any::<u8>()], 0..120)
        .prop_map(|b| news_text(&b))
}

/// Lines that look like the parts of a story, joined by line breaks or blank lines.
fn story_lines() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        Just("Port authority lifts fog curfew".to_string()),
        Just("UPDATE 2-Port authority lifts fog curfew".to_string()),
        Just("By Jane Doe and John Roe, Reuters".to_string()),
        Just("HAMBURG, March 3 (Reuters) - The port lifted its curfew on Monday.".to_string()),
        Just("MOSCOW: The ministry said on Tuesday (Jan 16) it would act.".to_string()),
        Just(
            "\u{201c}Ships are moving again,\u{201d} harbour master Lena Vogt told reporters."
                .to_string()
        ),
        Just("\"We are ready,\" she said. \"The fog is gone.\"".to_string()),
        Just("\u{201c}The first part of a long quote runs on,".to_string()),
        Just("(Reporting by Jan Berg; Editing by Mia Holt)".to_string()),
        Just("Reuter".to_string()),
        Just("Copyright 2024 Acme News. All rights reserved.".to_string()),
        news_tokens(),
    ];
    prop::collection::vec((line, prop_oneof!["\n", "\n\n", "\r\n", "\n    "]), 1..8)
        .prop_map(|v| v.into_iter().map(|(l, sep)| l + &sep).collect())
}

fn options() -> impl Strategy<Value = ParseOptions> {
    (
        any::<[bool; 3]>(),
        prop::option::of((any::<i32>(), any::<u8>(), any::<u8>())),
        prop_oneof![Just(usize::MAX), 0usize..400],
    )
        .prop_map(|([q, r, s], date, max)| {
            // The fields of `CalendarDate` are public, so any values can reach the parser.
            let date = date.map(|(year, month, day)| CalendarDate { year, month, day });
            ParseOptions::new()
                .quotes(q)
                .reported_speech(r)
                .resolve_speakers(s)
                .reference_date(date)
                .max_input_len(max)
        })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_text_keeps_the_invariants(text in news_chars()) {
        common::check_text(&text);
    }

    #[test]
    fn token_text_keeps_the_invariants(text in news_tokens()) {
        common::check_text(&text);
    }

    #[test]
    fn story_like_text_keeps_the_invariants(text in story_lines()) {
        common::check_text(&text);
    }

    #[test]
    fn options_keep_the_invariants(options in options(), text in story_lines()) {
        common::check_text_with(&text, &options);
    }

    #[test]
    fn any_bytes_parse_or_name_the_bad_byte(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        common::check_bytes(&bytes);
    }

    #[test]
    fn invalid_utf8_reports_the_first_bad_byte(
        before in news_chars(),
        bad in prop_oneof![
            Just(vec![0xffu8]),
            Just(vec![0xc3]),            // a lead byte with no continuation
            Just(vec![0xe2, 0x80]),      // a cut-off three-byte mark
            Just(vec![0x80]),            // a stray continuation byte
            Just(vec![0xed, 0xa0, 0x80]) // an encoded surrogate
        ],
        after in news_chars(),
    ) {
        let mut bytes = before.clone().into_bytes();
        bytes.extend_from_slice(&bad);
        bytes.extend_from_slice(after.as_bytes());
        prop_assert_eq!(newswire::parse_bytes(&bytes), Err(Error::InvalidUtf8 { valid_up_to: before.len() }));
    }
}

/// The strings that crashed or hung other quote extractors, and a few edge shapes.
#[test]
fn crash_strings_of_other_tools() {
    for s in [
        "\"\"=",
        "\"Bob.\"\n\n\"What.\"",
        "\u{201c}",
        "\u{201d}",
        "\"",
        "'",
        "``",
        "''",
        "\u{feff}",
        "\u{feff}x",
        "x\r",
        "\r\n\r\nx\r\n",
        "By ",
        "By \n\n(Reuters) -",
        "LONDON, Jan 16 (Reuters) -",
        "(Reuters) -",
        "Reuter",
        "a\u{2028}b\u{85}c",
        "\u{0}",
        // Found by the `options` fuzz target: a one-paragraph article whose dateline runs to
        // the end gave the credit inside it a footer item as well.
        "on Tuesday (Jan 16)  (Reuters) -",
        // Found by `news_tokens`: the headline test took `\r\nMr` for a word of four letters
        // and `\nMr` for one of three, so CRLF and LF copy parsed apart.
        "\u{ab}\u{201d}\nMr. Read more: \nMr. Jan\n    ddABOUT Read more: ,Read more: , ",
    ] {
        common::check_text(s);
        common::check_bytes(s.as_bytes());
    }
}

#[test]
fn invalid_utf8_names_the_byte_offset() {
    let mut bytes = "LONDON (Reuters) - Caf\u{e9} owners said"
        .as_bytes()
        .to_vec();
    let at = bytes.len();
    bytes.push(0xff);
    bytes.extend_from_slice(b" more text.");
    let err = newswire::parse_bytes(&bytes).unwrap_err();
    assert_eq!(err, Error::InvalidUtf8 { valid_up_to: at });
    assert_eq!(
        err.to_string(),
        format!("invalid utf-8 at byte offset {at}")
    );
    // A cut-off multi-byte mark at the very end.
    let cut = "\u{201c}Ships".as_bytes();
    let mut bytes = cut.to_vec();
    bytes.extend_from_slice(&[0xe2, 0x80]);
    assert_eq!(
        newswire::parse_bytes(&bytes),
        Err(Error::InvalidUtf8 {
            valid_up_to: cut.len()
        })
    );
}

#[test]
fn over_limit_input_names_the_limit() {
    let story = "HAMBURG (Reuters) - The port reopened.";
    let options = ParseOptions::new().max_input_len(10);
    let err = newswire::parse_with(story, &options).unwrap_err();
    assert_eq!(
        err,
        Error::TooLarge {
            len: story.len(),
            limit: 10
        }
    );
    let msg = err.to_string();
    assert!(
        msg.contains("limit of 10 bytes") && msg.contains(&story.len().to_string()),
        "{msg}"
    );
    // The byte form checks the limit too, before it reads the bytes.
    let err = newswire::parse_bytes_with(story.as_bytes(), &options).unwrap_err();
    assert_eq!(
        err,
        Error::TooLarge {
            len: story.len(),
            limit: 10
        }
    );
    // At the limit exactly is fine.
    let options = ParseOptions::new().max_input_len(story.len());
    assert!(newswire::parse_with(story, &options).is_ok());
    // A limit past what 32-bit spans hold is capped, and the cap is what the error names.
    let options = ParseOptions::new().max_input_len(usize::MAX);
    assert!(newswire::parse_with(story, &options).is_ok());
}

#[test]
fn blank_input_is_empty() {
    for s in [
        "",
        " ",
        "\n\n",
        "\r\n\t",
        "\u{a0}\u{3000}\u{2028}",
        "\u{85}",
    ] {
        assert_eq!(newswire::parse(s), Err(Error::Empty), "{s:?}");
        assert_eq!(
            newswire::parse_bytes(s.as_bytes()),
            Err(Error::Empty),
            "{s:?}"
        );
    }
    assert_eq!(Error::Empty.to_string(), "empty input: no article text");
}

#[test]
fn extreme_reference_dates_do_not_panic() {
    let story = "LONDON, Jan 16 (Reuters) - Prices rose on Tuesday (Jan 16) in thin trade.";
    for year in [
        i32::MIN,
        i32::MIN + 1,
        -1,
        0,
        1,
        9999,
        i32::MAX - 1,
        i32::MAX,
    ] {
        for (month, day) in [(1, 16), (0, 0), (13, 40), (2, 29), (255, 255)] {
            let options =
                ParseOptions::new().reference_date(Some(CalendarDate { year, month, day }));
            common::check_text_with(story, &options);
        }
    }
}

/// The invariants over the project's own golden articles, in LF and CRLF.
#[test]
fn golden_corpus_keeps_the_invariants() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    let mut ran = 0;
    for entry in entries {
        let path = entry.expect("a readable directory entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path).expect("a UTF-8 golden article");
            common::check_text(&text);
            common::check_bytes(text.as_bytes());
            ran += 1;
        }
    }
    assert!(ran > 0, "no article in {}", dir.display());
}

/// The invariants over real wire copy: the seed article and every document of the shared
/// corpora, read from `NEWSWIRE_SHARED` (skipped when it is unset, failing when it is set and
/// the files are missing). Nothing of them is kept.
#[test]
fn shared_real_copy_keeps_the_invariants() {
    let Some(shared) = std::env::var_os("NEWSWIRE_SHARED") else {
        return;
    };
    let shared = std::path::PathBuf::from(shared);
    let seed = shared.join("seed/000_6fefbc56a1d0a322.txt");
    let text = std::fs::read_to_string(&seed).unwrap_or_else(|e| {
        panic!(
            "NEWSWIRE_SHARED is set but {} is unreadable: {e}",
            seed.display()
        )
    });
    common::check_text(&text);
    let mut docs = 0;
    for corpus in ["reuters21578", "polnear", "tempeval3", "modern_wire"] {
        let path = shared.join("corpora").join(corpus).join("dev.jsonl");
        let jsonl = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!(
                "NEWSWIRE_SHARED is set but {} is unreadable: {e}",
                path.display()
            )
        });
        for line in jsonl.lines().filter(|l| !l.trim().is_empty()) {
            let doc: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            if let Some(text) = doc.get("text").and_then(|t| t.as_str()) {
                common::check_text(text);
                docs += 1;
            }
        }
    }
    assert!(
        docs > 1000,
        "only {docs} documents read from {}",
        shared.display()
    );
}
