//! `newswire`: parse plain-text news articles and print their structure, for people (an annotated
//! view) and for pipelines (JSON, JSON Lines and labelled spans, in parallel, in input order).

mod batch;
mod render;
mod spans;
mod view;

use std::io::{self, IsTerminal, Read, Write};
use std::num::NonZeroUsize;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, ValueEnum};
use newswire::{CalendarDate, ParseOptions};

use crate::batch::Reporter;
use crate::render::Settings;
use crate::view::ViewStyle;

/// A news article written for this tool, parsed when it is run with no input on a terminal.
const SAMPLE: &str = include_str!("sample.txt");

/// What to write for each article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    /// The article annotated for a person: headline, byline, dateline, paragraphs with their
    /// quotes, speakers and cues, reported speech, footer.
    Text,
    /// The whole AST as pretty JSON, one document per article.
    Json,
    /// One JSON line per article: {"id": …, "article": AST}.
    Jsonl,
    /// One JSON line of labelled spans per article, in Unicode code-point offsets (DESIGN.md).
    Spans,
}

/// How the input is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Input {
    /// Each file (or stdin) is one article.
    Text,
    /// JSON Lines: one record per line with a string field `text` and an optional `id`.
    Jsonl,
}

/// When to colour the text view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Color {
    /// When stdout is a terminal and NO_COLOR is unset or empty.
    Auto,
    /// Always, even into a pipe (for `less -R`).
    Always,
    /// Never.
    Never,
}

/// Parse plain-text news articles (wire copy) into headline, byline, dateline, paragraphs,
/// quotations with their speakers and cues, reported speech and footers.
#[derive(Debug, Parser)]
#[command(
    version,
    about,
    after_help = "Run with --help for examples and the details of each option.",
    after_long_help = AFTER_LONG_HELP,
)]
struct Cli {
    /// Files to parse; `-` or none reads standard input.
    ///
    /// With --input text (the default) each file is one article. With --input jsonl each
    /// file holds JSON Lines records. With no file and stdin a terminal, newswire parses a
    /// built-in sample article, so running it bare shows what it does.
    ///
    /// Example: newswire story.txt other-story.txt
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,

    /// Output format [default: text when stdout is a terminal; otherwise json, or jsonl
    /// with --input jsonl].
    ///
    /// text is the annotated view for a person. json is the whole AST, pretty, one document
    /// per article. jsonl is one line per article: {"id": …, "article": AST}. spans is one
    /// line per article of labelled spans in code-point offsets (see DESIGN.md). A failed
    /// input gives an error record {"id": …, "line": N, "error": "…"} in json, jsonl and
    /// spans, and an error paragraph in text, so no input goes missing from the output.
    ///
    /// Example: newswire --format spans story.txt
    #[arg(short, long, value_enum)]
    format: Option<Format>,

    /// Input layout: text (each file is one article) or jsonl (records with `text`).
    ///
    /// In jsonl each line is a JSON object with a string field `text` and an optional `id`
    /// (any JSON value, copied to the output); other fields are ignored. Records are parsed
    /// on all cores and written in input order, one output line per input line, streaming:
    /// memory stays flat however long the file. A line that is blank, is not JSON, or has no
    /// string `text` gives an error record with its line number and a message on stderr,
    /// and the run goes on.
    ///
    /// Example: newswire --input jsonl --format spans < corpus.jsonl > spans.jsonl
    #[arg(short, long, value_enum, default_value_t = Input::Text)]
    input: Input,

    /// Parse on N threads [default: all cores].
    ///
    /// With --jobs 1 everything runs on one thread, in order.
    ///
    /// Example: newswire --input jsonl --jobs 2 corpus.jsonl
    #[arg(short, long, value_name = "N")]
    jobs: Option<NonZeroUsize>,

    /// Reference date for dateline years and weekdays (the date the copy was filed or
    /// received).
    ///
    /// A dateline such as `Jan 16` gets its year from it, and a weekday such as `on
    /// Tuesday (Jan 16)` is checked against it.
    ///
    /// Example: newswire --reference-date 2024-01-20 story.txt
    #[arg(long, value_name = "YYYY-MM-DD")]
    reference_date: Option<CalendarDate>,

    /// Skip quotations and speakers (and so reported speech and name resolution too).
    ///
    /// For when only the frame is wanted: headline, byline, dateline, paragraphs, footer.
    ///
    /// Example: newswire --no-quotes --format jsonl story.txt
    #[arg(long)]
    no_quotes: bool,

    /// Skip reported speech (`X said that …`, `according to X`).
    ///
    /// Example: newswire --no-reported-speech story.txt
    #[arg(long)]
    no_reported_speech: bool,

    /// Keep speaker mentions as written; do not resolve `she` or `Choe` to a full name.
    ///
    /// Example: newswire --no-resolve story.txt
    #[arg(long)]
    no_resolve: bool,

    /// The longest article accepted, in bytes (suffixes K, M, G: powers of 1024)
    /// [default: 256M].
    ///
    /// A longer article is an error record, not a parse. With --input jsonl a line longer
    /// than six times this (the most JSON escaping can grow a text), plus 1M for the other
    /// fields, is not even read into memory.
    ///
    /// Example: newswire --max-input-len 4M --input jsonl corpus.jsonl
    #[arg(long, value_name = "BYTES", value_parser = parse_size)]
    max_input_len: Option<usize>,

    /// When to colour the text view: auto (a terminal, and NO_COLOR unset or empty),
    /// always, never.
    ///
    /// Example: newswire --color always story.txt | less -R
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = Color::Auto)]
    color: Color,

    /// Wrap the text view at N columns; 0 keeps each paragraph on one line
    /// [default: $COLUMNS, else 80].
    ///
    /// Example: newswire --width 100 story.txt
    #[arg(long, value_name = "N")]
    width: Option<usize>,

    /// Show no progress bar.
    ///
    /// The bar (bytes, MB/s, records/s and, for a file, the time left) is only ever shown with
    /// --input jsonl, on stderr, when stderr is a terminal and stdout is not.
    ///
    /// Example: newswire --input jsonl --no-progress corpus.jsonl > out.jsonl
    #[arg(long)]
    no_progress: bool,
}

const AFTER_LONG_HELP: &str = "\
Examples:
  newswire                                   the annotated view of a built-in sample article
  newswire story.txt                         the annotated view (on a terminal) of one article
  newswire story.txt > story.json            its AST as JSON (stdout is not a terminal)
  cat story.txt | newswire --format jsonl    one JSON line: {\"id\": \"-\", \"article\": …}
  newswire --input jsonl --format spans < corpus.jsonl > spans.jsonl
  newswire --input jsonl --jobs 4 --reference-date 2024-01-20 corpus.jsonl | jq .article.blocks

Exit status: 0 when every input parsed; 1 when any input or record failed (its error record is
in the output, and a message on stderr); 2 for a usage error.";

/// Reads `64M`, `512K`, `1G` or plain bytes.
fn parse_size(s: &str) -> Result<usize, String> {
    let s = s.trim();
    let (digits, shift) = match s.as_bytes().last().map(u8::to_ascii_uppercase) {
        Some(b'K') => (&s[..s.len() - 1], 10),
        Some(b'M') => (&s[..s.len() - 1], 20),
        Some(b'G') => (&s[..s.len() - 1], 30),
        _ => (s, 0),
    };
    let n: usize = digits
        .parse()
        .map_err(|_| format!("not a size in bytes such as 4096, 512K, 64M or 1G: {s:?}"))?;
    n.checked_mul(1 << shift)
        .ok_or_else(|| format!("size too large: {s:?}"))
}

/// One thing to parse with `--input text`.
#[derive(Debug, Clone)]
pub(crate) enum Source {
    /// A file named on the command line.
    Path(PathBuf),
    /// Standard input.
    Stdin,
    /// The built-in sample article.
    Sample,
}

impl Source {
    /// The name used as the record's `id` and in messages.
    pub(crate) fn name(&self) -> String {
        match self {
            Source::Path(p) => p.display().to_string(),
            Source::Stdin => "-".to_owned(),
            Source::Sample => "sample".to_owned(),
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let stdout_terminal = io::stdout().is_terminal();
    let stdin_terminal = io::stdin().is_terminal();

    let format = cli.format.unwrap_or(match (stdout_terminal, cli.input) {
        (true, _) => Format::Text,
        (false, Input::Text) => Format::Json,
        (false, Input::Jsonl) => Format::Jsonl,
    });
    let color = match cli.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            stdout_terminal
                && std::env::var_os("NO_COLOR").map_or(true, |v| v.is_empty())
                && std::env::var_os("TERM").map_or(true, |t| t != "dumb")
        }
    };
    let width = cli.width.unwrap_or_else(|| {
        std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse().ok())
            .unwrap_or(80)
    });
    let mut options = ParseOptions::new()
        .reference_date(cli.reference_date)
        .quotes(!cli.no_quotes)
        .reported_speech(!cli.no_reported_speech)
        .resolve_speakers(!cli.no_resolve);
    if let Some(n) = cli.max_input_len {
        options = options.max_input_len(n);
    }
    let settings = Settings {
        format,
        options,
        view: ViewStyle { color, width },
    };
    let jobs = cli
        .jobs
        .map(NonZeroUsize::get)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, NonZeroUsize::get));

    let mut sources: Vec<Source> = cli
        .files
        .iter()
        .map(|p| {
            if p.as_os_str() == "-" {
                Source::Stdin
            } else {
                Source::Path(p.clone())
            }
        })
        .collect();
    if sources.is_empty() {
        sources.push(match cli.input {
            Input::Text if stdin_terminal => Source::Sample,
            _ => Source::Stdin,
        });
    }
    if cli.input == Input::Jsonl
        && stdin_terminal
        && sources.iter().any(|s| matches!(s, Source::Stdin))
    {
        eprintln!("newswire: reading JSON Lines from the terminal; end with Ctrl-D");
    }

    let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout());
    // Output to the terminal shows the progress itself, and a bar would tear it.
    let progress = cli.input == Input::Jsonl
        && !cli.no_progress
        && io::stderr().is_terminal()
        && !stdout_terminal;
    let mut reporter = Reporter::new(progress);
    let result = match cli.input {
        Input::Text => batch::run_sources(&sources, &settings, jobs, &mut out, &mut reporter),
        Input::Jsonl => run_jsonl(&sources, &settings, jobs, &mut out, &mut reporter),
    };
    let result = result.and_then(|()| out.flush());
    reporter.finish(cli.input == Input::Jsonl);
    match result {
        Ok(()) => {}
        // The reader of our output went away (`| head`): not our failure to report.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
        Err(e) => {
            eprintln!("newswire: {e}");
            return ExitCode::FAILURE;
        }
    }
    if reporter.failed() > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// `--input jsonl`: each source in turn, streamed through the batch pipeline.
fn run_jsonl(
    sources: &[Source],
    settings: &Settings,
    jobs: usize,
    out: &mut (impl Write + Send),
    reporter: &mut Reporter,
) -> io::Result<()> {
    let pool = batch::thread_pool(jobs)?;
    for source in sources {
        let name = source.name();
        let (reader, len): (Box<dyn Read + Send>, Option<u64>) = match source {
            Source::Path(path) => match std::fs::File::open(path) {
                Ok(file) => {
                    let len = file
                        .metadata()
                        .ok()
                        .filter(|m| m.is_file())
                        .map(|m| m.len());
                    (Box::new(file), len)
                }
                Err(e) => {
                    // A file that cannot be opened has no lines to stand for, so it gets one
                    // error record (and its message) in their place.
                    let why = format!("cannot read: {e}");
                    let mut record = Vec::new();
                    render::failure(
                        settings,
                        &serde_json::Value::String(name.clone()),
                        None,
                        &why,
                        &mut record,
                    );
                    out.write_all(&record)?;
                    reporter.fail(&format!("{name}: {why}"));
                    continue;
                }
            },
            Source::Stdin | Source::Sample => (Box::new(io::stdin()), stdin_len()),
        };
        reporter.start_source(len);
        batch::run_jsonl(&name, reader, settings, pool.as_ref(), out, reporter)?;
    }
    Ok(())
}

/// The length of stdin when it is a regular file (`< corpus.jsonl`), for the progress bar.
#[cfg(unix)]
fn stdin_len() -> Option<u64> {
    use std::os::fd::AsFd;
    let fd = io::stdin().as_fd().try_clone_to_owned().ok()?;
    let meta = std::fs::File::from(fd).metadata().ok()?;
    meta.is_file().then_some(meta.len())
}

#[cfg(not(unix))]
fn stdin_len() -> Option<u64> {
    None
}
