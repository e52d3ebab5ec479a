//! One article (or one failure) written in the chosen `--format`.

use std::io::Write;

use newswire::{Article, ParseOptions};
use serde::Serialize;
use serde_json::{json, Value};

use crate::view::ViewStyle;
use crate::Format;

/// What every worker needs to turn an input into output bytes.
#[derive(Debug, Clone)]
pub(crate) struct Settings {
    /// The output format.
    pub format: Format,
    /// How to parse.
    pub options: ParseOptions,
    /// Colour and width of the text view.
    pub view: ViewStyle,
}

/// The `--format jsonl` record, serialized straight from the borrowed article: building a
/// `serde_json::Value` first would copy the whole tree.
#[derive(Serialize)]
struct JsonlRecord<'r, 'a> {
    id: &'r Value,
    article: &'r Article<'a>,
}

/// Appends the output for one parsed article to `out`; `line` is its line in JSON Lines input.
pub(crate) fn article(
    settings: &Settings,
    id: &Value,
    line: Option<u64>,
    source: &str,
    article: &Article<'_>,
    out: &mut Vec<u8>,
) {
    // Writing into a Vec cannot fail, and every type here serializes without error (all map
    // keys are strings), so the results below are always Ok.
    match settings.format {
        Format::Text => crate::view::render(out, &title(id, line), source, article, &settings.view),
        Format::Json => {
            let _ = serde_json::to_writer_pretty(&mut *out, article);
            out.push(b'\n');
        }
        Format::Jsonl => {
            let _ = serde_json::to_writer(&mut *out, &JsonlRecord { id, article });
            out.push(b'\n');
        }
        Format::Spans => {
            let _ =
                serde_json::to_writer(&mut *out, &crate::spans::spans(id.clone(), source, article));
            out.push(b'\n');
        }
    }
}

/// Appends the error record for an input that gave no article: `{"id", "line", "error"}` in the
/// JSON formats (`line` only for JSON Lines input), an error paragraph in the text view.
pub(crate) fn failure(
    settings: &Settings,
    id: &Value,
    line: Option<u64>,
    why: &str,
    out: &mut Vec<u8>,
) {
    match settings.format {
        Format::Text => crate::view::render_error(out, &title(id, line), why, &settings.view),
        Format::Json | Format::Jsonl | Format::Spans => {
            let record = match line {
                Some(n) => json!({"id": id, "line": n, "error": why}),
                None => json!({"id": id, "error": why}),
            };
            let _ = if settings.format == Format::Json {
                serde_json::to_writer_pretty(&mut *out, &record)
            } else {
                serde_json::to_writer(&mut *out, &record)
            };
            let _ = writeln!(out);
        }
    }
}

/// The title of an article in the text view: its id as a person reads it (a string without its
/// quotes, anything else as JSON), with its line in JSON Lines input.
fn title(id: &Value, line: Option<u64>) -> String {
    let id = match id {
        Value::Null => None,
        // Standard input's id is `-` in the JSON formats.
        Value::String(s) if s == "-" => Some("standard input".to_owned()),
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    };
    match (id, line) {
        (Some(id), Some(n)) => format!("{id} (line {n})"),
        (Some(id), None) => id,
        (None, Some(n)) => format!("line {n}"),
        (None, None) => String::new(),
    }
}
