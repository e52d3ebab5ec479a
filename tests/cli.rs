//! The `newswire` binary, run as a user or a pipeline would run it: every format, stdin and
//! files, JSON Lines in parallel and in order, and every kind of failure.
#![cfg(feature = "cli")]

use std::fmt::Write as _;
use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

/// An article written for these tests, with a headline, byline, dateline, quotes and credits.
const STORY: &str = "\
Harbour pilots strike over night shifts

By Ada Brenner, Reuters

ROTTERDAM, March 4 (Reuters) - Harbour pilots in Rotterdam walked out on Monday over new night \
shift rules, leaving a dozen tankers waiting at anchor off the Maasvlakte.

\"We cannot bring ships in safely on four hours of sleep,\" union leader Pieter de Wit said.

(Reporting by Ada Brenner; Editing by Tom Hale)
";

/// Non-ASCII before every span, so byte and code-point offsets differ.
const UNICODE_STORY: &str = "\
Café owners in Zürich protest “rent shock”

ZÜRICH, Feb 2 (Reuters) - Café owners marched through Zürich on Friday.

(Reporting by Jörg Müller; Editing by Åsa Berg)
";

fn newswire() -> Command {
    let mut cmd = Command::cargo_bin("newswire").expect("the newswire binary is built for tests");
    // A run under a terminal-less harness must not depend on the developer's environment.
    cmd.env_remove("NO_COLOR").env_remove("COLUMNS");
    cmd
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn stdout_of(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

fn json_lines(text: &str) -> Vec<Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// `[s, e]` code-point offsets of `text` as a string.
fn chars(text: &str, span: &Value) -> String {
    let s = span[0].as_u64().unwrap() as usize;
    let e = span[1].as_u64().unwrap() as usize;
    text.chars().skip(s).take(e - s).collect()
}

#[test]
fn help_explains_every_option_with_an_example() {
    let out = newswire()
        .arg("--help")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let help = String::from_utf8(out).unwrap();
    for option in [
        "--format",
        "--input",
        "--jobs",
        "--reference-date",
        "--no-quotes",
        "--no-reported-speech",
        "--no-resolve",
        "--max-input-len",
        "--color",
        "--width",
        "--no-progress",
        "--version",
    ] {
        assert!(help.contains(option), "--help does not mention {option}");
    }
    // Each option's paragraph ends with an example of its use.
    let examples = help.matches("Example: newswire").count();
    assert!(
        examples >= 11,
        "only {examples} option examples in --help:\n{help}"
    );
    assert!(help.contains("NO_COLOR"));
    assert!(help.contains("Exit status"));
}

#[test]
fn version_is_the_crate_version() {
    newswire()
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn text_view_from_stdin_is_plain_when_piped() {
    let out = newswire()
        .args(["--format", "text"])
        .write_stdin(STORY)
        .assert()
        .success()
        .get_output()
        .clone();
    let view = stdout_of(&out);
    assert!(
        !view.contains('\x1b'),
        "colour escapes in piped output:\n{view}"
    );
    assert!(view.contains("── standard input ──"));
    assert!(view.contains("Headline  Harbour pilots strike over night shifts"));
    assert!(view.contains("writers: Ada Brenner; agency: Reuters"));
    assert!(view.contains("Dateline  ROTTERDAM, March 4 (Reuters) -"));
    assert!(view.contains("place: ROTTERDAM; date: March 4; agency: Reuters"));
    assert!(view.contains("¶1    ROTTERDAM, March 4 (Reuters) - Harbour pilots"));
    assert!(view.contains("¶2 "));
    assert!(view.contains("Footer\n  credit    (Reporting by Ada Brenner; Editing by Tom Hale)"));
    assert!(view.contains("Reporting by: Ada Brenner"));
    assert!(view.contains("Editing by: Tom Hale"));
    // Wrapped at 80 columns by default.
    assert!(
        view.lines().all(|l| l.chars().count() <= 80),
        "a line over 80 columns:\n{view}"
    );
    // Every word of the story is in the view, in order.
    let words: Vec<&str> = view.split_whitespace().collect();
    let body = "Harbour pilots in Rotterdam walked out on Monday over new night shift rules, leaving a dozen \
                tankers waiting at anchor off the Maasvlakte.";
    assert!(words
        .windows(body.split_whitespace().count())
        .any(|w| w.join(" ") == body));
}

#[test]
fn text_view_colours_only_when_asked_or_on_a_terminal() {
    let out = newswire()
        .args(["--format", "text", "--color", "always"])
        .write_stdin(STORY)
        .output()
        .unwrap();
    assert!(
        stdout_of(&out).contains("\x1b[1;36mROTTERDAM"),
        "the dateline is not coloured"
    );
    // NO_COLOR does not override an explicit request, but auto honours it (and a pipe).
    let out = newswire()
        .args(["--format", "text", "--color", "auto"])
        .env("NO_COLOR", "1")
        .write_stdin(STORY)
        .output()
        .unwrap();
    assert!(!stdout_of(&out).contains('\x1b'));
    let out = newswire()
        .args(["--format", "text", "--color", "never"])
        .write_stdin(STORY)
        .output()
        .unwrap();
    assert!(!stdout_of(&out).contains('\x1b'));
}

#[test]
fn text_view_width() {
    let out = newswire()
        .args(["--format", "text", "--width", "40"])
        .write_stdin(STORY)
        .output()
        .unwrap();
    let view = stdout_of(&out);
    assert!(
        view.lines().all(|l| l.chars().count() <= 40),
        "a line over 40 columns:\n{view}"
    );
    let out = newswire()
        .args(["--format", "text", "--width", "0"])
        .write_stdin(STORY)
        .output()
        .unwrap();
    let view = stdout_of(&out);
    let first = view.lines().find(|l| l.starts_with("¶1")).unwrap();
    assert!(
        first.ends_with("off the Maasvlakte."),
        "--width 0 wrapped the paragraph:\n{view}"
    );
}

#[test]
fn the_built_in_sample_parses_and_shows_its_parts() {
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/bin/newswire/sample.txt");
    let out = newswire()
        .args(["--format", "text"])
        .arg(&sample)
        .assert()
        .success()
        .get_output()
        .clone();
    let view = stdout_of(&out);
    for part in [
        "Headline  ",
        "Tag       UPDATE 1-",
        "Byline    By ",
        "Dateline  ",
        "Footer",
        "credit",
    ] {
        assert!(
            view.contains(part),
            "no {part:?} in the sample's view:\n{view}"
        );
    }
}

#[test]
fn json_is_the_default_when_piped_and_holds_the_ast() {
    let out = newswire()
        .write_stdin(STORY)
        .assert()
        .success()
        .get_output()
        .clone();
    let article: Value = serde_json::from_slice(&out.stdout).expect("pretty JSON");
    assert!(
        stdout_of(&out).lines().count() > 10,
        "json is pretty-printed"
    );
    let blocks = article["blocks"].as_array().unwrap();
    let types: Vec<&str> = blocks.iter().map(|b| b["type"].as_str().unwrap()).collect();
    assert_eq!(
        types,
        [
            "headline",
            "byline",
            "dateline",
            "paragraph",
            "paragraph",
            "footer"
        ]
    );
    assert_eq!(blocks[0]["text"], "Harbour pilots strike over night shifts");
}

#[test]
fn jsonl_from_a_file_and_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "story.txt", STORY.as_bytes());
    let out = newswire()
        .args(["--format", "jsonl"])
        .arg(&file)
        .arg("-")
        .write_stdin(UNICODE_STORY)
        .assert()
        .success()
        .get_output()
        .clone();
    let records = json_lines(&stdout_of(&out));
    assert_eq!(records.len(), 2);
    assert_eq!(records[0]["id"], file.display().to_string());
    assert_eq!(
        records[0]["article"]["blocks"][0]["text"],
        "Harbour pilots strike over night shifts"
    );
    assert_eq!(records[1]["id"], "-");
    assert_eq!(
        records[1]["article"]["blocks"][1]["places"][0]["text"],
        "ZÜRICH"
    );
}

#[test]
fn spans_are_code_point_offsets() {
    let out = newswire()
        .args(["--format", "spans"])
        .write_stdin(UNICODE_STORY)
        .assert()
        .success()
        .get_output()
        .clone();
    let records = json_lines(&stdout_of(&out));
    assert_eq!(records.len(), 1);
    let r = &records[0];
    let keys: Vec<&String> = r.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        ["byline", "dateline", "footer", "headline", "id", "quotes"]
    );
    assert_eq!(
        chars(UNICODE_STORY, &r["headline"]),
        "Café owners in Zürich protest “rent shock”"
    );
    assert_eq!(
        chars(UNICODE_STORY, &r["dateline"]["span"]),
        "ZÜRICH, Feb 2 (Reuters) -"
    );
    assert_eq!(r["dateline"]["place"], "ZÜRICH");
    assert_eq!(r["dateline"]["date"], "Feb 2");
    assert_eq!(r["dateline"]["agency"], "Reuters");
    assert_eq!(
        chars(UNICODE_STORY, &r["footer"][0]),
        "(Reporting by Jörg Müller; Editing by Åsa Berg)"
    );
    assert!(r["byline"].is_null());
}

#[test]
fn jsonl_input_in_every_format() {
    let input = format!(
        "{}\n{}\n",
        serde_json::json!({"id": "a", "text": STORY, "extra": {"ignored": [1, 2]}}),
        serde_json::json!({"id": 2, "text": UNICODE_STORY}),
    );
    for format in ["jsonl", "spans"] {
        let out = newswire()
            .args(["--input", "jsonl", "--format", format])
            .write_stdin(input.clone())
            .assert()
            .success()
            .get_output()
            .clone();
        let records = json_lines(&stdout_of(&out));
        assert_eq!(records.len(), 2, "{format}");
        assert_eq!(records[0]["id"], "a");
        assert_eq!(records[1]["id"], 2);
    }
    // jsonl is the default for --input jsonl when piped.
    let out = newswire()
        .args(["--input", "jsonl"])
        .write_stdin(input.clone())
        .assert()
        .success()
        .get_output()
        .clone();
    let records = json_lines(&stdout_of(&out));
    assert_eq!(
        records[1]["article"]["blocks"][0]["text"],
        "Café owners in Zürich protest “rent shock”"
    );
    // json: one pretty document per record.
    let out = newswire()
        .args(["--input", "jsonl", "--format", "json"])
        .write_stdin(input.clone())
        .assert()
        .success()
        .get_output()
        .clone();
    let docs: Vec<Value> = serde_json::Deserializer::from_slice(&out.stdout)
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["blocks"][0]["type"], "headline");
    // text: one view per record, titled by id and line.
    let out = newswire()
        .args(["--input", "jsonl", "--format", "text"])
        .write_stdin(input)
        .assert()
        .success()
        .get_output()
        .clone();
    let view = stdout_of(&out);
    assert!(view.contains("── a (line 1) ──"));
    assert!(view.contains("── 2 (line 2) ──"));
}

#[test]
fn jsonl_without_a_final_newline_and_with_crlf() {
    let input = format!(
        "{}\r\n{}",
        serde_json::json!({"id": "crlf", "text": STORY}),
        serde_json::json!({"id": "last", "text": STORY}),
    );
    let out = newswire()
        .args(["--input", "jsonl", "--format", "spans"])
        .write_stdin(input)
        .assert()
        .success()
        .get_output()
        .clone();
    let ids: Vec<Value> = json_lines(&stdout_of(&out))
        .into_iter()
        .map(|r| r["id"].clone())
        .collect();
    assert_eq!(ids, ["crlf", "last"]);
}

#[test]
fn reference_date_gives_the_year() {
    let out = newswire()
        .args(["--format", "jsonl", "--reference-date", "2024-03-06"])
        .write_stdin(STORY)
        .assert()
        .success()
        .get_output()
        .clone();
    let r = &json_lines(&stdout_of(&out))[0];
    assert_eq!(r["article"]["date"]["date"]["year"], 2024);
    assert_eq!(r["article"]["date"]["date"]["year_inferred"], true);
    let out = newswire()
        .args(["--format", "text", "--reference-date", "2024-03-06"])
        .write_stdin(STORY)
        .output()
        .unwrap();
    assert!(stdout_of(&out).contains("March 4 = 2024-03-04 (year from the reference date)"));
    newswire()
        .args(["--reference-date", "2024-02-30"])
        .write_stdin(STORY)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--reference-date"));
}

#[test]
fn parse_options_are_accepted() {
    let out = newswire()
        .args([
            "--format",
            "spans",
            "--no-quotes",
            "--no-reported-speech",
            "--no-resolve",
        ])
        .write_stdin(STORY)
        .assert()
        .success()
        .get_output()
        .clone();
    assert_eq!(
        json_lines(&stdout_of(&out))[0]["quotes"],
        serde_json::json!([])
    );
}

#[test]
fn max_input_len_turns_long_articles_into_errors() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "long.txt", STORY.as_bytes());
    newswire()
        .args(["--format", "spans", "--max-input-len", "100"])
        .arg(&file)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("over the limit of 100 bytes"))
        .stderr(predicate::str::contains("long.txt"));
    newswire()
        .args(["--format", "spans", "--max-input-len", "1K"])
        .arg(&file)
        .assert()
        .success();
    newswire()
        .args(["--max-input-len", "lots"])
        .arg(&file)
        .assert()
        .code(2);
    // In JSON Lines the limit is per record.
    let input = format!(
        "{}\n{}\n",
        serde_json::json!({"id": 1, "text": "PARIS (AFP) - Short."}),
        serde_json::json!({"id": 2, "text": STORY})
    );
    let out = newswire()
        .args([
            "--input",
            "jsonl",
            "--format",
            "spans",
            "--max-input-len",
            "100",
        ])
        .write_stdin(input)
        .assert()
        .code(1)
        .get_output()
        .clone();
    let records = json_lines(&stdout_of(&out));
    assert!(records[0].get("error").is_none());
    assert_eq!(records[1]["id"], 2);
    assert_eq!(records[1]["line"], 2);
    assert!(records[1]["error"]
        .as_str()
        .unwrap()
        .contains("over the limit"));
}

#[test]
fn a_line_too_long_to_hold_is_skipped_with_an_error_record() {
    // The line limit is six times --max-input-len plus 1 MiB; this line is well over it.
    let long = serde_json::json!({"id": "long", "text": "x".repeat(1_200_000)});
    let short = serde_json::json!({"id": "short", "text": "PARIS (AFP) - Short."});
    let input = format!("{short}\n{long}\n{short}\n");
    for jobs in ["1", "2"] {
        let out = newswire()
            .args([
                "--input",
                "jsonl",
                "--format",
                "spans",
                "--max-input-len",
                "1K",
                "--jobs",
                jobs,
            ])
            .write_stdin(input.clone())
            .assert()
            .code(1)
            .stderr(predicate::str::contains("line 2: line longer than"))
            .get_output()
            .clone();
        let records = json_lines(&stdout_of(&out));
        assert_eq!(records.len(), 3);
        assert_eq!(records[0]["id"], "short");
        assert_eq!(records[1]["line"], 2);
        assert!(records[1]["error"]
            .as_str()
            .unwrap()
            .contains("--max-input-len"));
        assert_eq!(records[2]["id"], "short");
    }
}

#[test]
fn a_missing_or_unreadable_file_is_named_and_the_rest_still_parse() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "good.txt", STORY.as_bytes());
    let missing = dir.path().join("missing.txt");
    let out = newswire()
        .args(["--format", "spans"])
        .arg(&missing)
        .arg(dir.path())
        .arg(&good)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!(
            "{}: cannot read",
            missing.display()
        )))
        .stderr(predicate::str::contains(format!(
            "{}: cannot read",
            dir.path().display()
        )))
        .get_output()
        .clone();
    let records = json_lines(&stdout_of(&out));
    assert_eq!(records.len(), 3, "one record per file");
    assert_eq!(records[0]["id"], missing.display().to_string());
    assert!(records[0]["error"]
        .as_str()
        .unwrap()
        .contains("No such file"));
    assert!(records[1]["error"].is_string());
    assert!(records[2].get("error").is_none());
    // The same for JSON Lines files that cannot be opened or read: one error record each.
    let out = newswire()
        .args(["--input", "jsonl", "--format", "spans"])
        .arg(&missing)
        .arg(dir.path())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("missing.txt: cannot read"))
        .stderr(predicate::str::contains("2 of 2 records failed"))
        .get_output()
        .clone();
    let records = json_lines(&stdout_of(&out));
    assert_eq!(records.len(), 2);
    assert_eq!(records[1]["id"], dir.path().display().to_string());
    assert!(records[1]["error"]
        .as_str()
        .unwrap()
        .starts_with("cannot read"));
}

#[test]
fn invalid_utf8_in_a_file_reports_the_byte_offset() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = STORY.as_bytes().to_vec();
    let at = STORY.find("Harbour pilots in").unwrap();
    bytes[at] = 0xff;
    let bad = write(dir.path(), "bad.txt", &bytes);
    let message = format!("invalid utf-8 at byte offset {at} (line 5)");
    newswire()
        .arg(&bad)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!(
            "{}: {message}",
            bad.display()
        )));
    newswire()
        .args(["--format", "text"])
        .write_stdin(bytes)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(message));
}

#[test]
fn an_empty_article_is_an_error() {
    newswire()
        .args(["--format", "jsonl"])
        .write_stdin("  \n\n")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("empty input"));
}

#[test]
fn bad_json_lines_become_error_records_and_the_run_goes_on() {
    let good = serde_json::json!({"id": "ok", "text": STORY}).to_string();
    let mut input = String::new();
    let _ = writeln!(input, "{good}");
    input.push_str("this is not json\n");
    input.push('\n');
    let _ = writeln!(
        input,
        "{}",
        serde_json::json!({"id": "no-text", "body": STORY})
    );
    let _ = writeln!(input, "{}", serde_json::json!({"id": {"n": 5}, "text": 42}));
    input.push_str("[1, 2, 3]\n");
    let _ = writeln!(input, "{}", serde_json::json!({"id": "empty", "text": " "}));
    let _ = writeln!(input, "{good}");
    let mut bytes = input.into_bytes();
    // A line with a byte that is not UTF-8 inside its text, and a good line after it.
    let latin1: &[u8] = b"{\"id\": \"latin1\", \"text\": \"caf\xe9\"}\n";
    let (offset, in_line) = (bytes.len(), latin1.iter().position(|&b| b == 0xe9).unwrap());
    bytes.extend_from_slice(latin1);
    bytes.extend_from_slice(format!("{good}\n").as_bytes());

    for jobs in ["1", "2"] {
        let out = newswire()
            .args(["--input", "jsonl", "--format", "spans", "--jobs", jobs])
            .write_stdin(bytes.clone())
            .assert()
            .code(1)
            .get_output()
            .clone();
        let records = json_lines(&stdout_of(&out));
        assert_eq!(records.len(), 10, "one output line per input line");
        let errors: Vec<(u64, &str)> = records
            .iter()
            .filter_map(|r| Some((r["line"].as_u64()?, r["error"].as_str()?)))
            .collect();
        assert_eq!(
            errors.iter().map(|e| e.0).collect::<Vec<_>>(),
            [2, 3, 4, 5, 6, 7, 9]
        );
        assert!(errors[0].1.starts_with("not JSON"));
        assert_eq!(errors[1].1, "blank line: not a record");
        assert_eq!(errors[2].1, "no string field \"text\"");
        assert_eq!(errors[3].1, "no string field \"text\"");
        assert_eq!(errors[4].1, "not a JSON object");
        assert!(errors[5].1.starts_with("empty input"));
        assert_eq!(
            errors[6].1,
            format!(
                "invalid utf-8 at byte offset {in_line} of the line ({} of the input)",
                offset + in_line
            )
        );
        // The id is kept where the line has one.
        assert_eq!(records[3]["id"], "no-text");
        assert_eq!(records[4]["id"], serde_json::json!({"n": 5}));
        for i in [0, 7, 9] {
            assert_eq!(records[i]["id"], "ok");
            assert!(records[i].get("error").is_none());
        }
        let stderr = String::from_utf8(out.stderr.clone()).unwrap();
        for line in [2, 3, 4, 5, 6, 7, 9] {
            assert!(
                stderr.contains(&format!("newswire: -: line {line}: ")),
                "no message for line {line}:\n{stderr}"
            );
        }
        assert!(stderr.contains("7 of 10 records failed"));
    }
}

#[test]
fn many_errors_are_not_all_printed_but_all_recorded() {
    let input = "x\n".repeat(100);
    let out = newswire()
        .args(["--input", "jsonl", "--format", "spans"])
        .write_stdin(input)
        .assert()
        .code(1)
        .get_output()
        .clone();
    assert_eq!(json_lines(&stdout_of(&out)).len(), 100);
    let stderr = String::from_utf8(out.stderr.clone()).unwrap();
    assert!(stderr.lines().count() < 30, "{stderr}");
    assert!(stderr.contains("100 of 100 records failed"));
}

/// Records of very different sizes, so that parallel workers finish out of order.
fn generated_records(n: usize) -> String {
    let mut input = String::new();
    for i in 0..n {
        let paragraphs = 1 + (i * 7919) % 40;
        let mut text =
            format!("Record {i} headline\n\nOSLO, May 5 (Reuters) - Story number {i} begins.\n");
        for p in 0..paragraphs {
            let _ = write!(
                text,
                "\nParagraph {p} of story {i} says little, at some length, on purpose.\n"
            );
        }
        let _ = writeln!(
            input,
            "{}",
            serde_json::json!({"id": format!("rec-{i}"), "text": text})
        );
    }
    input
}

#[test]
fn jobs_2_keeps_input_order() {
    let input = generated_records(500);
    let out = newswire()
        .args(["--input", "jsonl", "--format", "spans", "--jobs", "2"])
        .write_stdin(input.clone())
        .assert()
        .success()
        .get_output()
        .clone();
    let records = json_lines(&stdout_of(&out));
    let ids: Vec<String> = records
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_owned())
        .collect();
    let expected: Vec<String> = (0..500).map(|i| format!("rec-{i}")).collect();
    assert_eq!(ids, expected);
    // And it is the same output as on one thread.
    let one = newswire()
        .args(["--input", "jsonl", "--format", "spans", "--jobs", "1"])
        .write_stdin(input)
        .assert()
        .success()
        .get_output()
        .clone();
    assert_eq!(one.stdout, out.stdout);
}

#[test]
fn jobs_2_keeps_order_across_batches_from_a_file() {
    // More lines than one batch holds, blank lines among them.
    let dir = tempfile::tempdir().unwrap();
    let mut input = String::new();
    for i in 0..9000 {
        if i % 1000 == 999 {
            input.push('\n');
        } else {
            let _ = writeln!(
                input,
                "{}",
                serde_json::json!({"id": i, "text": format!("LIMA (Reuters) - Item {i}.")})
            );
        }
    }
    let file = write(dir.path(), "many.jsonl", input.as_bytes());
    let out = newswire()
        .args(["--input", "jsonl", "--format", "spans", "--jobs", "2"])
        .arg(&file)
        .assert()
        .code(1)
        .get_output()
        .clone();
    let records = json_lines(&stdout_of(&out));
    assert_eq!(records.len(), 9000);
    for (i, r) in records.iter().enumerate() {
        if i % 1000 == 999 {
            assert_eq!(r["line"], i as u64 + 1);
            assert_eq!(r["error"], "blank line: not a record");
        } else {
            assert_eq!(r["id"], i as u64);
        }
    }
}

#[test]
fn several_files_keep_their_order_in_parallel() {
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for i in 0..40 {
        let text = STORY.replace("Harbour pilots strike", &format!("Pilots strike {i}"));
        files.push(write(
            dir.path(),
            &format!("story-{i}.txt"),
            text.as_bytes(),
        ));
    }
    let out = newswire()
        .args(["--format", "jsonl", "--jobs", "2"])
        .args(&files)
        .assert()
        .success()
        .get_output()
        .clone();
    let records = json_lines(&stdout_of(&out));
    assert_eq!(records.len(), 40);
    for (i, r) in records.iter().enumerate() {
        assert_eq!(r["id"], files[i].display().to_string());
        assert_eq!(
            r["article"]["blocks"][0]["text"],
            format!("Pilots strike {i} over night shifts")
        );
    }
}

#[test]
fn no_progress_bar_when_stderr_is_not_a_terminal() {
    let input = generated_records(50);
    let out = newswire()
        .args(["--input", "jsonl", "--format", "spans"])
        .write_stdin(input)
        .assert()
        .success()
        .get_output()
        .clone();
    assert!(
        out.stderr.is_empty(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn jobs_must_be_positive() {
    newswire()
        .args(["--jobs", "0"])
        .write_stdin(STORY)
        .assert()
        .code(2);
}

/// With `NEWSWIRE_SHARED` set, the scorer's corpus runs through the CLI with one output line per
/// record and no failures.
#[test]
fn polnear_dev_runs_clean_when_shared_is_given() {
    let Some(shared) = std::env::var_os("NEWSWIRE_SHARED") else {
        return;
    };
    let path = Path::new(&shared).join("corpora/polnear/dev.jsonl");
    assert!(
        path.is_file(),
        "NEWSWIRE_SHARED is set but {} is missing",
        path.display()
    );
    let lines = std::fs::read_to_string(&path).unwrap().lines().count();
    let out = newswire()
        .args(["--input", "jsonl", "--format", "spans", "--jobs", "2"])
        .arg(&path)
        .assert()
        .success()
        .get_output()
        .clone();
    let records = json_lines(&stdout_of(&out));
    assert_eq!(records.len(), lines);
    assert!(records.iter().all(|r| r.get("error").is_none()));
}

#[test]
fn spans_dateline_date_is_iso_with_a_reference_date() {
    let story =
        "Snow\n\nZURICH, Dec 30 (Reuters) - Snow closed three passes on Monday, police said.\n";
    let out = assert_cmd::Command::cargo_bin("newswire")
        .unwrap()
        .args(["--format", "spans", "--reference-date", "2025-01-02"])
        .write_stdin(story)
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["dateline"]["date"], "2024-12-30");
}
