//! The golden corpus: `tests/corpus/NNN-style.txt` articles written for this project, one or
//! more per wire style, each parsed and compared with the AST saved beside it as
//! `NNN-style.json`.
//!
//! Every article is parsed twice: as stored (LF) and with every line ending turned into CRLF.
//! The LF parse must equal the saved JSON. The CRLF parse must give the same tree: its spans
//! are mapped back to LF offsets and the `\r`s are taken out of its strings before comparing.
//!
//! On a mismatch the test writes `NNN-style.actual.json` beside the expected file and fails.
//! To accept new output after checking it by eye, run
//! `NEWSWIRE_BLESS=1 cargo test --features serde --test golden`, which (re)writes every
//! `.json` except those of the articles listed in [`PENDING`].
#![cfg(feature = "serde")]

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

/// Articles the parser gets wrong today, with the reason. Their JSON is not blessed, so that
/// wrong output never becomes the expectation; `golden_pending` (ignored) shows their state.
/// Remove a row once the parser is fixed, bless, and check the new JSON by eye.
const PENDING: &[(&str, &str)] = &[];

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("corpus")
}

/// The corpus articles, sorted by name.
fn articles() -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = fs::read_dir(corpus_dir())
        .expect("tests/corpus is readable")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    out.sort();
    out
}

fn name_of(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The article as LF text, whatever a checkout did to its line endings.
fn read_lf(path: &Path) -> String {
    fs::read_to_string(path)
        .expect("article is UTF-8")
        .replace("\r\n", "\n")
}

fn to_json(text: &str) -> Value {
    let article = newswire::parse(text).expect("every corpus article parses");
    serde_json::to_value(&article).expect("the AST serialises")
}

/// Rewrites a CRLF parse so that it can be compared with the LF parse: every `Span`
/// (`{"start", "end"}`) gets LF offsets, and every string loses its `\r`s.
fn crlf_to_lf(value: &mut Value, crs: &[usize]) {
    let to_lf = |off: u64| -> u64 {
        let off = usize::try_from(off).unwrap_or(usize::MAX);
        (off - crs.partition_point(|&cr| cr < off)) as u64
    };
    match value {
        Value::Object(map) => {
            let is_span = map.len() == 2
                && map.get("start").is_some_and(Value::is_u64)
                && map.get("end").is_some_and(Value::is_u64);
            if is_span {
                for key in ["start", "end"] {
                    let off = map[key].as_u64().unwrap_or(0);
                    map[key] = Value::from(to_lf(off));
                }
            } else {
                map.values_mut().for_each(|v| crlf_to_lf(v, crs));
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| crlf_to_lf(v, crs)),
        Value::String(s) if s.contains('\r') => *s = s.replace('\r', ""),
        _ => {}
    }
}

fn pretty(value: &Value) -> String {
    let mut s = serde_json::to_string_pretty(value).expect("JSON value prints");
    s.push('\n');
    s
}

/// Compares one article with its golden file; returns a failure message, or `None`.
fn check(path: &Path, bless: bool) -> Option<String> {
    let name = name_of(path);
    let expected_path = path.with_extension("json");
    let actual_path = path.with_extension("actual.json");
    let lf = read_lf(path);
    let got = to_json(&lf);

    let mut failure = None;
    if bless {
        fs::write(&expected_path, pretty(&got)).expect("golden file is writable");
    } else {
        match fs::read_to_string(&expected_path) {
            Ok(s) => {
                let want: Value = serde_json::from_str(&s).expect("golden file is JSON");
                if want != got {
                    failure = Some(format!(
                        "{name}: the AST differs from {}; see {}",
                        name_of(&expected_path),
                        name_of(&actual_path)
                    ));
                }
            }
            Err(_) => {
                failure = Some(format!(
                    "{name}: no {}; check {} by eye and bless it with NEWSWIRE_BLESS=1",
                    name_of(&expected_path),
                    name_of(&actual_path)
                ));
            }
        }
    }

    // The same article with CRLF line endings must give the same tree.
    let crlf = lf.replace('\n', "\r\n");
    let crs: Vec<usize> = crlf.match_indices('\r').map(|(i, _)| i).collect();
    let mut got_crlf = to_json(&crlf);
    crlf_to_lf(&mut got_crlf, &crs);
    let crlf_differs = got_crlf != got;

    if failure.is_some() {
        fs::write(&actual_path, pretty(&got)).expect("actual file is writable");
    } else if crlf_differs {
        fs::write(&actual_path, pretty(&got_crlf)).expect("actual file is writable");
    } else if actual_path.exists() {
        // A stale output of an earlier failing run.
        let _ = fs::remove_file(&actual_path);
    }
    if crlf_differs {
        let crlf_msg = format!("{name}: the CRLF parse differs from the LF parse");
        failure = Some(match failure {
            Some(f) => format!("{f}\n{crlf_msg}"),
            None => format!(
                "{crlf_msg}; see {} (CRLF, mapped to LF)",
                name_of(&actual_path)
            ),
        });
    }
    failure
}

fn is_pending(path: &Path) -> bool {
    let name = name_of(path);
    PENDING.iter().any(|(file, _)| *file == name)
}

#[test]
fn golden_corpus() {
    let bless = std::env::var("NEWSWIRE_BLESS").is_ok_and(|v| v == "1");
    let mut cases = 0;
    let mut failures = Vec::new();
    for path in articles() {
        if is_pending(&path) {
            continue;
        }
        cases += 1;
        failures.extend(check(&path, bless));
    }
    assert!(cases > 0, "no article found in {}", corpus_dir().display());
    assert!(
        failures.is_empty(),
        "{} of {cases} articles failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
#[ignore = "articles in PENDING: the parser is known to get them wrong"]
fn golden_pending() {
    let mut failures = Vec::new();
    for path in articles().iter().filter(|p| is_pending(p)) {
        failures.extend(check(path, false));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn crlf_mapping_is_exact() {
    // The mapping itself must be right, or the CRLF comparison proves nothing.
    let lf = "Head\n\nBody text.\n";
    let crlf = lf.replace('\n', "\r\n");
    let crs: Vec<usize> = crlf.match_indices('\r').map(|(i, _)| i).collect();
    let body = crlf.find("Body").unwrap_or(0);
    let mut v =
        serde_json::json!({ "span": { "start": body, "end": body + 10 }, "text": "a\r\nb" });
    crlf_to_lf(&mut v, &crs);
    assert_eq!(
        v,
        serde_json::json!({ "span": { "start": 6, "end": 16 }, "text": "a\nb" })
    );
}
