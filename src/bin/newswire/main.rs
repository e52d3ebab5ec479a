//! `newswire`: parse plain-text news articles and print their structure.

use std::io::{self, BufRead, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, ValueEnum};
use newswire::{AgencySource, Article, CalendarDate, ParseOptions, QuoteKind};
use serde_json::{json, Value};

/// A news article written for this tool, parsed when it is run with no input on a terminal.
const SAMPLE: &str = include_str!("sample.txt");

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// The whole AST as pretty JSON (one document per article).
    Json,
    /// The whole AST as one JSON line per article.
    Jsonl,
    /// Labelled spans in Unicode code-point offsets, one JSON line per article (for scoring).
    Spans,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Input {
    /// Each file (or stdin) is one article.
    Text,
    /// JSON Lines: one record per line with a `text` field and an optional `id`.
    Jsonl,
}

/// Parse plain-text news articles (wire copy) into headline, byline, dateline, paragraphs,
/// quotations with speakers, reported speech and footers.
///
/// Examples:
///   newswire story.txt
///   newswire --format spans --input jsonl < corpus.jsonl > spans.jsonl
///   newswire                      (on a terminal: parses a built-in sample article)
#[derive(Debug, Parser)]
#[command(version, verbatim_doc_comment)]
struct Cli {
    /// Files to parse; with none, standard input.
    files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
    /// Input format.
    #[arg(long, value_enum, default_value_t = Input::Text)]
    input: Input,
    /// Reference date (YYYY-MM-DD) for dateline years and weekdays.
    #[arg(long, value_name = "YYYY-MM-DD")]
    reference_date: Option<CalendarDate>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let options = ParseOptions::new().reference_date(cli.reference_date);
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut failed = false;
    let result = match cli.input {
        Input::Jsonl => run_jsonl(&cli, &options, &mut out, &mut failed),
        Input::Text => run_text(&cli, &options, &mut out, &mut failed),
    };
    if let Err(e) = result.and_then(|_| out.flush()) {
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("newswire: {e}");
            return ExitCode::FAILURE;
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn run_text(
    cli: &Cli,
    options: &ParseOptions,
    out: &mut impl Write,
    failed: &mut bool,
) -> io::Result<()> {
    let mut inputs: Vec<(String, Vec<u8>)> = Vec::new();
    if cli.files.is_empty() {
        if io::stdin().is_terminal() {
            inputs.push(("sample".to_owned(), SAMPLE.as_bytes().to_vec()));
        } else {
            let mut buf = Vec::new();
            io::stdin().read_to_end(&mut buf)?;
            inputs.push(("-".to_owned(), buf));
        }
    } else {
        for path in &cli.files {
            match std::fs::read(path) {
                Ok(bytes) => inputs.push((path.display().to_string(), bytes)),
                Err(e) => {
                    eprintln!("newswire: {}: {e}", path.display());
                    *failed = true;
                }
            }
        }
    }
    for (id, bytes) in &inputs {
        match newswire::parse_bytes_with(bytes, options) {
            Ok(article) => emit(
                cli.format,
                Some(id),
                std::str::from_utf8(bytes).unwrap_or(""),
                &article,
                out,
            )?,
            Err(e) => {
                eprintln!("newswire: {id}: {e}");
                *failed = true;
                if cli.format == Format::Spans || cli.format == Format::Jsonl {
                    writeln!(out, "{}", json!({"id": id, "error": e.to_string()}))?;
                }
            }
        }
    }
    Ok(())
}

fn run_jsonl(
    cli: &Cli,
    options: &ParseOptions,
    out: &mut impl Write,
    failed: &mut bool,
) -> io::Result<()> {
    let readers: Vec<(String, Box<dyn BufRead>)> = if cli.files.is_empty() {
        vec![("-".to_owned(), Box::new(io::BufReader::new(io::stdin())))]
    } else {
        let mut v: Vec<(String, Box<dyn BufRead>)> = Vec::new();
        for path in &cli.files {
            match std::fs::File::open(path) {
                Ok(f) => v.push((path.display().to_string(), Box::new(io::BufReader::new(f)))),
                Err(e) => {
                    eprintln!("newswire: {}: {e}", path.display());
                    *failed = true;
                }
            }
        }
        v
    };
    for (name, reader) in readers {
        for (n, line) in reader.lines().enumerate() {
            let line = line?;
            let lineno = n + 1;
            let record: Result<Value, String> =
                serde_json::from_str(&line).map_err(|e| e.to_string());
            let (id, text) = match &record {
                Ok(v) => (
                    v.get("id").cloned().unwrap_or(Value::Null),
                    v.get("text").and_then(Value::as_str),
                ),
                Err(_) => (Value::Null, None),
            };
            let Some(text) = text else {
                let why = match record {
                    Err(e) => format!("line {lineno}: not JSON: {e}"),
                    Ok(_) => format!("line {lineno}: no string field \"text\""),
                };
                eprintln!("newswire: {name}: {why}");
                *failed = true;
                writeln!(out, "{}", json!({"id": id, "line": lineno, "error": why}))?;
                continue;
            };
            match newswire::parse_with(text, options) {
                Ok(article) => emit_value(cli.format, id, text, &article, out)?,
                Err(e) => {
                    // An empty article is still a record: say so, and go on.
                    writeln!(
                        out,
                        "{}",
                        json!({"id": id, "line": lineno, "error": e.to_string()})
                    )?;
                    if !matches!(e, newswire::Error::Empty) {
                        eprintln!("newswire: {name}: line {lineno}: {e}");
                        *failed = true;
                    }
                }
            }
        }
    }
    Ok(())
}

fn emit(
    format: Format,
    id: Option<&str>,
    text: &str,
    article: &Article<'_>,
    out: &mut impl Write,
) -> io::Result<()> {
    emit_value(
        format,
        id.map_or(Value::Null, |s| Value::String(s.to_owned())),
        text,
        article,
        out,
    )
}

fn emit_value(
    format: Format,
    id: Value,
    text: &str,
    article: &Article<'_>,
    out: &mut impl Write,
) -> io::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, article)?;
            writeln!(out)
        }
        Format::Jsonl => {
            serde_json::to_writer(&mut *out, &json!({"id": id, "article": article}))?;
            writeln!(out)
        }
        Format::Spans => {
            serde_json::to_writer(&mut *out, &spans(id, text, article))?;
            writeln!(out)
        }
    }
}

/// Byte offsets to Unicode code-point offsets.
struct CodePoints {
    table: Option<Vec<u32>>,
}

impl CodePoints {
    fn new(text: &str) -> Self {
        if text.is_ascii() {
            return CodePoints { table: None };
        }
        let mut table = vec![0u32; text.len() + 1];
        let mut n = 0u32;
        for (i, c) in text.char_indices() {
            for k in 0..c.len_utf8() {
                table[i + k] = n;
            }
            n += 1;
        }
        table[text.len()] = n;
        CodePoints { table: Some(table) }
    }

    fn at(&self, byte: u32) -> u32 {
        match &self.table {
            None => byte,
            Some(t) => t.get(byte as usize).copied().unwrap_or(0),
        }
    }

    fn span(&self, s: newswire::Span) -> Value {
        json!([self.at(s.start), self.at(s.end)])
    }
}

/// The `--format spans` record of DESIGN.md.
fn spans(id: Value, text: &str, article: &Article<'_>) -> Value {
    let cp = CodePoints::new(text);
    let headline = article.headline().map(|h| cp.span(h.span));
    let byline = article.bylines().next().map(|b| cp.span(b.span));
    let dateline = match article.dateline() {
        Some(d) => json!({
            "span": cp.span(d.span),
            "place": d.place(),
            "date": d.date.as_ref().map(|x| x.iso().unwrap_or_else(|| x.text.to_string())),
            "agency": d.agencies.first().map(|a| a.text.to_string())
                .or_else(|| article.agency.as_ref().map(|a| a.name.to_string())),
        }),
        // No dateline is written, but the byline or a credit line names the agency.
        None => match &article.agency {
            Some(a) if matches!(a.source, AgencySource::Byline | AgencySource::Credit) => {
                json!({"span": null, "place": null, "date": null, "agency": a.name})
            }
            _ => Value::Null,
        },
    };
    let quotes: Vec<Value> = article
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Direct)
        .map(|q| {
            let content: Vec<Value> = q.pieces.iter().map(|p| cp.span(p.content.span)).collect();
            let content = if content.len() == 1 {
                content[0].clone()
            } else {
                Value::Array(content)
            };
            let speaker = q.speaker.as_ref();
            json!({
                "content": content,
                "speaker": speaker.map(|s| cp.span(s.mention.span)),
                "cue": q.cue.as_ref().map(|c| cp.span(c.span)),
                "speaker_name": speaker.and_then(|s| s.name.as_ref()).map(|n| cp.span(n.span)),
            })
        })
        .collect();
    let footer: Vec<Value> = article.footer().map(|f| cp.span(f.span)).collect();
    json!({
        "id": id,
        "headline": headline,
        "byline": byline,
        "dateline": dateline,
        "quotes": quotes,
        "footer": footer,
    })
}
