//! Parsing many inputs on a pool of threads, writing their output in input order.
//!
//! JSON Lines input is streamed: a reader thread fills bounded batches of lines (4096 lines or
//! 4 MiB), the pool decodes, parses and encodes chunks of them (every record's JSON is decoded
//! and encoded in the workers, since with a parser this fast JSON is much of the work), and a
//! writer thread puts the chunks back in input order. At most a few batches are in flight at
//! once, so memory stays flat however long the input. `--jobs 1` does it all on one thread.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;
use std::sync::Arc;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
use rayon::prelude::*;
use rayon::ThreadPool;
use serde::Deserialize;
use serde_json::Value;

use crate::render::{self, Settings};
use crate::{Source, SAMPLE};

/// A batch holds at most this many lines …
const BATCH_LINES: usize = 4096;
/// … and stops taking lines once it holds this many bytes.
const BATCH_BYTES: usize = 4 << 20;
/// Messages about failed records shown on stderr before the rest go to the output only.
const MAX_MESSAGES: u64 = 20;

/// Counts records and failures, shows the progress bar, and prints messages without tearing it.
#[derive(Debug)]
pub(crate) struct Reporter {
    progress: bool,
    bar: Option<ProgressBar>,
    /// Shared with the progress bar's records/s key.
    records: Arc<AtomicU64>,
    bytes: u64,
    failed: u64,
    said: u64,
    started: Instant,
}

impl Reporter {
    /// A reporter; `progress` asks for a bar on stderr for each JSON Lines source.
    pub(crate) fn new(progress: bool) -> Self {
        Reporter {
            progress,
            bar: None,
            records: Arc::new(AtomicU64::new(0)),
            bytes: 0,
            failed: 0,
            said: 0,
            started: Instant::now(),
        }
    }

    /// How many inputs or records failed.
    pub(crate) fn failed(&self) -> u64 {
        self.failed
    }

    /// Starts the bar for a new source of `len` bytes, when known.
    pub(crate) fn start_source(&mut self, len: Option<u64>) {
        if !self.progress {
            return;
        }
        if let Some(old) = self.bar.take() {
            old.finish_and_clear();
        }
        let records = Arc::clone(&self.records);
        let first = records.load(Ordering::Relaxed);
        let template = match len {
            Some(_) => "{spinner} {elapsed_precise} [{wide_bar}] {decimal_bytes}/{decimal_total_bytes} {mbps} {rps} ETA {eta}",
            None => "{spinner} {elapsed_precise} {decimal_bytes} {mbps} {rps}",
        };
        let style = ProgressStyle::with_template(template)
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> ")
            .with_key(
                "mbps",
                |state: &ProgressState, w: &mut dyn std::fmt::Write| {
                    let secs = state.elapsed().as_secs_f64().max(1e-3);
                    let _ = write!(w, "{:.1} MB/s", state.pos() as f64 / secs / 1e6);
                },
            )
            .with_key(
                "rps",
                move |state: &ProgressState, w: &mut dyn std::fmt::Write| {
                    let n = records.load(Ordering::Relaxed) - first;
                    let secs = state.elapsed().as_secs_f64().max(1e-3);
                    let _ = write!(w, "{n} records, {:.0} records/s", n as f64 / secs);
                },
            );
        let bar =
            ProgressBar::with_draw_target(len, ProgressDrawTarget::stderr()).with_style(style);
        self.bar = Some(bar);
    }

    /// Counts records read and bytes consumed.
    fn advance(&mut self, records: u64, bytes: u64) {
        self.records.fetch_add(records, Ordering::Relaxed);
        self.bytes += bytes;
        if let Some(bar) = &self.bar {
            bar.inc(bytes);
        }
    }

    /// Counts a record that failed, and says why.
    pub(crate) fn fail(&mut self, message: &str) {
        self.records.fetch_add(1, Ordering::Relaxed);
        self.failed += 1;
        self.say(message);
    }

    /// Prints a message on stderr, up to [`MAX_MESSAGES`] of them.
    fn say(&mut self, message: &str) {
        self.said += 1;
        let line = match self.said {
            n if n <= MAX_MESSAGES => format!("newswire: {message}"),
            n if n == MAX_MESSAGES + 1 => {
                "newswire: more records failed; their error records are in the output".to_owned()
            }
            _ => return,
        };
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }

    /// Clears the bar and sums up: on a terminal always, elsewhere only when records failed.
    pub(crate) fn finish(&mut self, jsonl: bool) {
        let shown = self.bar.take().map(|bar| bar.finish_and_clear()).is_some();
        let records = self.records.load(Ordering::Relaxed);
        if shown {
            let secs = self.started.elapsed().as_secs_f64().max(1e-3);
            eprintln!(
                "newswire: {records} records ({} failed), {:.1} MB in {secs:.1} s: {:.0} records/s, {:.1} MB/s",
                self.failed,
                self.bytes as f64 / 1e6,
                records as f64 / secs,
                self.bytes as f64 / 1e6 / secs,
            );
        } else if jsonl && self.failed > 0 {
            eprintln!("newswire: {} of {records} records failed", self.failed);
        }
    }
}

/// The output of part of a batch, in input order.
#[derive(Debug, Default)]
struct Part {
    out: Vec<u8>,
    messages: Vec<String>,
    records: u64,
    failed: u64,
}

/// The output of a batch.
#[derive(Debug)]
struct Done {
    parts: Vec<Part>,
    /// Input bytes the batch stood for.
    bytes: u64,
}

fn write_done(done: Done, out: &mut impl Write, reporter: &mut Reporter) -> io::Result<()> {
    let mut records = 0;
    for part in done.parts {
        out.write_all(&part.out)?;
        reporter.failed += part.failed;
        records += part.records;
        for message in &part.messages {
            reporter.say(message);
        }
    }
    reporter.advance(records, done.bytes);
    Ok(())
}

/// Runs `work` over `items`, on the pool in chunks when there is one, returning the parts in
/// order.
fn map_parts<T: Sync>(
    pool: Option<&ThreadPool>,
    items: &[T],
    work: impl Fn(&[T]) -> Part + Sync,
) -> Vec<Part> {
    match pool {
        // Several chunks per thread even out records of very different sizes.
        Some(pool) => {
            let chunk = (items.len() / (pool.current_num_threads() * 4)).max(1);
            pool.install(|| items.par_chunks(chunk).map(&work).collect())
        }
        None => vec![work(items)],
    }
}

/// A pool of `jobs` threads, or none for one job (the work then runs on the calling thread).
pub(crate) fn thread_pool(jobs: usize) -> io::Result<Option<ThreadPool>> {
    if jobs <= 1 {
        return Ok(None);
    }
    rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .map(Some)
        .map_err(io::Error::other)
}

/// `--input text`: each source is one article. Sources are parsed in parallel, a batch at a time,
/// and written in order.
pub(crate) fn run_sources(
    sources: &[Source],
    settings: &Settings,
    jobs: usize,
    out: &mut impl Write,
    reporter: &mut Reporter,
) -> io::Result<()> {
    let pool = thread_pool(if sources.len() > 1 { jobs } else { 1 })?;
    for batch in sources.chunks(jobs.saturating_mul(16).max(1)) {
        let parts = map_parts(pool.as_ref(), batch, |chunk| {
            let mut part = Part::default();
            for source in chunk {
                one_source(source, settings, &mut part);
            }
            part
        });
        write_done(Done { parts, bytes: 0 }, out, reporter)?;
    }
    Ok(())
}

fn one_source(source: &Source, settings: &Settings, part: &mut Part) {
    part.records += 1;
    let name = source.name();
    let id = Value::String(name.clone());
    let limit = settings.options.max_input_len;
    let read: io::Result<Cow<'_, [u8]>> = match source {
        Source::Sample => Ok(Cow::Borrowed(SAMPLE.as_bytes())),
        Source::Stdin => read_limited(io::stdin().lock(), limit).map(Cow::Owned),
        Source::Path(path) => std::fs::File::open(path)
            .and_then(|f| read_limited(f, limit))
            .map(Cow::Owned),
    };
    let bytes = match read {
        Ok(b) => b,
        Err(e) => {
            return fail(
                settings,
                part,
                &id,
                None,
                &name,
                &format!("cannot read: {e}"),
            )
        }
    };
    let text = match std::str::from_utf8(&bytes) {
        Ok(text) => text,
        Err(e) => {
            let at = e.valid_up_to();
            let line = memchr::memchr_iter(b'\n', &bytes[..at]).count() + 1;
            let why = format!(
                "{} (line {line})",
                newswire::Error::InvalidUtf8 { valid_up_to: at }
            );
            return fail(settings, part, &id, None, &name, &why);
        }
    };
    match newswire::parse_with(text, &settings.options) {
        Ok(article) => render::article(settings, &id, None, text, &article, &mut part.out),
        Err(e) => fail(settings, part, &id, None, &name, &e.to_string()),
    }
}

/// Reads to the end, but never more than one byte past `limit`: enough to tell the parser the
/// input is too large without holding all of it (or reading `/dev/zero` forever).
fn read_limited(reader: impl Read, limit: usize) -> io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    reader
        .take(u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1))
        .read_to_end(&mut buf)?;
    Ok(buf)
}

/// Writes an error record and keeps the message for stderr.
fn fail(
    settings: &Settings,
    part: &mut Part,
    id: &Value,
    line: Option<u64>,
    name: &str,
    why: &str,
) {
    render::failure(settings, id, line, why, &mut part.out);
    part.failed += 1;
    part.messages.push(match line {
        Some(n) => format!("{name}: line {n}: {why}"),
        None => format!("{name}: {why}"),
    });
}

/// A batch of JSON Lines: the lines' bytes back to back, and where each one is.
#[derive(Debug)]
struct Batch {
    bytes: Vec<u8>,
    lines: Vec<Line>,
    /// Input bytes consumed, newlines included.
    consumed: u64,
}

/// One line of a [`Batch`].
#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
    /// 1-based line number in its source.
    number: u64,
    /// Byte offset of the line in its source.
    offset: u64,
    /// The line was longer than the limit and its bytes were not kept.
    too_long: bool,
}

/// Splits a reader into lines, a bounded batch at a time.
struct Lines<R> {
    reader: R,
    number: u64,
    offset: u64,
    max_line: usize,
    done: bool,
}

impl Batch {
    /// An empty batch with room for a full one, so that filling it does not reallocate.
    fn new() -> Self {
        Batch {
            bytes: Vec::with_capacity(BATCH_BYTES + (64 << 10)),
            lines: Vec::with_capacity(BATCH_LINES),
            consumed: 0,
        }
    }
}

impl<R: BufRead> Lines<R> {
    /// Refills `batch`; false when the input is exhausted.
    fn fill(&mut self, batch: &mut Batch) -> io::Result<bool> {
        batch.bytes.clear();
        batch.lines.clear();
        batch.consumed = 0;
        while !self.done && batch.lines.len() < BATCH_LINES && batch.bytes.len() < BATCH_BYTES {
            self.read_line(batch)?;
        }
        Ok(!batch.lines.is_empty())
    }

    /// Appends the next line to `batch`, or only counts it when it is longer than `max_line`.
    /// The last line need not end with a newline; a final newline starts no line.
    fn read_line(&mut self, batch: &mut Batch) -> io::Result<()> {
        let start = batch.bytes.len();
        let offset = self.offset;
        let mut len = 0usize;
        let mut too_long = false;
        let mut ended = false;
        while !ended {
            let available = match self.reader.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if available.is_empty() {
                self.done = true;
                break;
            }
            let (take, newline) = match memchr::memchr(b'\n', available) {
                Some(i) => (i, true),
                None => (available.len(), false),
            };
            if !too_long {
                if len + take > self.max_line {
                    too_long = true;
                    batch.bytes.truncate(start);
                } else {
                    batch.bytes.extend_from_slice(&available[..take]);
                }
            }
            len += take;
            let used = take + usize::from(newline);
            self.reader.consume(used);
            self.offset += used as u64;
            batch.consumed += used as u64;
            ended = newline;
        }
        if ended || len > 0 {
            self.number += 1;
            let end = batch.bytes.len();
            batch.lines.push(Line {
                start,
                end,
                number: self.number,
                offset,
                too_long,
            });
        }
        Ok(())
    }
}

/// A JSON Lines record: only `id` and `text` are read; other fields are skipped unparsed.
#[derive(Deserialize)]
struct Record<'a> {
    id: Option<Value>,
    /// Borrowed from the line when it has no escapes, decoded once otherwise.
    #[serde(borrow)]
    text: Option<Cow<'a, str>>,
}

/// What the workers share.
struct Context<'c> {
    name: &'c str,
    settings: &'c Settings,
    max_line: usize,
}

/// `--input jsonl` over one source: bounded batches, parsed on `pool` (or on this thread),
/// written in order.
pub(crate) fn run_jsonl(
    name: &str,
    reader: Box<dyn Read + Send>,
    settings: &Settings,
    pool: Option<&ThreadPool>,
    out: &mut (impl Write + Send),
    reporter: &mut Reporter,
) -> io::Result<()> {
    // Escaping grows a text at most sixfold (`\u0041` for `A`); the other fields get 1 MiB.
    let max_line = settings
        .options
        .max_input_len
        .saturating_mul(6)
        .saturating_add(1 << 20);
    let lines = Lines {
        reader: BufReader::with_capacity(1 << 20, reader),
        number: 0,
        offset: 0,
        max_line,
        done: false,
    };
    let context = Context {
        name,
        settings,
        max_line,
    };
    let read = match pool {
        None => run_in_turn(&context, lines, out, reporter)?,
        Some(pool) => run_pipelined(&context, lines, pool, out, reporter)?,
    };
    if let Err((e, after)) = read {
        // The rest of the source cannot be read: one error record stands for it. When nothing
        // could be read it stands for the whole file, as for a file that cannot be opened.
        let mut part = Part {
            records: 1,
            ..Part::default()
        };
        let (id, line, why) = match after {
            0 => (
                Value::String(name.to_owned()),
                None,
                format!("cannot read: {e}"),
            ),
            n => (
                Value::Null,
                Some(n + 1),
                format!("cannot read past line {n}: {e}"),
            ),
        };
        fail(settings, &mut part, &id, line, name, &why);
        write_done(
            Done {
                parts: vec![part],
                bytes: 0,
            },
            out,
            reporter,
        )?;
    }
    Ok(())
}

/// The outcome of reading: Ok, or the read error and the number of the last line read.
type ReadOutcome = Result<(), (io::Error, u64)>;

fn run_in_turn<R: BufRead>(
    context: &Context<'_>,
    mut lines: Lines<R>,
    out: &mut impl Write,
    reporter: &mut Reporter,
) -> io::Result<ReadOutcome> {
    let mut batch = Batch::new();
    loop {
        match lines.fill(&mut batch) {
            Ok(true) => {}
            Ok(false) => return Ok(Ok(())),
            Err(e) => return Ok(Err((e, lines.number))),
        }
        let parts = map_parts(None, &batch.lines, |chunk| {
            work(context, &batch.bytes, chunk)
        });
        write_done(
            Done {
                parts,
                bytes: batch.consumed,
            },
            out,
            reporter,
        )?;
    }
}

/// What the workers and the reader tell the writer.
enum ToWriter {
    /// Batch `seq` was cut into `chunks` chunks; the writer hands it back to the reader once
    /// written, to be refilled without a new allocation.
    Batch {
        seq: u64,
        chunks: usize,
        batch: Arc<Batch>,
    },
    /// Chunk `index` of batch `seq` is done.
    Chunk { seq: u64, index: usize, part: Part },
}

/// Batches in flight at once (read, parsed or waiting to be written): this bounds the memory.
const IN_FLIGHT: usize = 4;

fn run_pipelined<R: BufRead + Send>(
    context: &Context<'_>,
    mut lines: Lines<R>,
    pool: &ThreadPool,
    out: &mut (impl Write + Send),
    reporter: &mut Reporter,
) -> io::Result<ReadOutcome> {
    // The reader fills batches ahead; the workers take chunks of any batch in flight, so no
    // thread waits for the slowest chunk of a batch before starting on the next; the writer
    // puts the chunks back in order. A batch's slot is given back once it is written.
    let (full_tx, full_rx) = mpsc::sync_channel::<Batch>(1);
    let (slot_tx, slot_rx) = mpsc::sync_channel::<()>(IN_FLIGHT);
    for _ in 0..IN_FLIGHT {
        let _ = slot_tx.send(());
    }
    let (to_writer, from_workers) = mpsc::channel::<ToWriter>();
    let (empty_tx, empty_rx) = mpsc::channel::<Batch>();
    let threads = pool.current_num_threads();
    std::thread::scope(|scope| {
        let reader = scope.spawn(move || -> ReadOutcome {
            loop {
                let mut batch = empty_rx.try_recv().unwrap_or_else(|_| Batch::new());
                match lines.fill(&mut batch) {
                    Ok(true) => {}
                    Ok(false) => return Ok(()),
                    Err(e) => return Err((e, lines.number)),
                }
                if full_tx.send(batch).is_err() {
                    // The writer failed and the run is stopping.
                    return Ok(());
                }
            }
        });
        let writer =
            scope.spawn(move || write_in_order(from_workers, slot_tx, empty_tx, out, reporter));
        pool.in_place_scope(|tasks| {
            for (seq, batch) in (0u64..).zip(full_rx) {
                // No slot comes back once the writer has stopped on an error.
                if slot_rx.recv().is_err() {
                    break;
                }
                let batch = Arc::new(batch);
                let size = batch.lines.len().div_ceil(threads * 2).max(1);
                let chunks = batch.lines.len().div_ceil(size);
                for index in 0..chunks {
                    let (batch, to_writer) = (Arc::clone(&batch), to_writer.clone());
                    tasks.spawn(move |_| {
                        let end = ((index + 1) * size).min(batch.lines.len());
                        let part = work(context, &batch.bytes, &batch.lines[index * size..end]);
                        // Let go of the batch before the writer can see the last chunk, so
                        // that the writer then holds it alone.
                        drop(batch);
                        let _ = to_writer.send(ToWriter::Chunk { seq, index, part });
                    });
                }
                if to_writer
                    .send(ToWriter::Batch { seq, chunks, batch })
                    .is_err()
                {
                    break;
                }
            }
        });
        drop(to_writer);
        let written = writer
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        let read = reader
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        written.map(|()| read)
    })
}

/// Writes the chunks in order as they come, frees a batch's slot once it is written, and hands
/// the batch back to the reader.
fn write_in_order(
    from_workers: mpsc::Receiver<ToWriter>,
    slots: mpsc::SyncSender<()>,
    empty: mpsc::Sender<Batch>,
    out: &mut impl Write,
    reporter: &mut Reporter,
) -> io::Result<()> {
    let mut batches: BTreeMap<u64, (usize, Arc<Batch>)> = BTreeMap::new();
    let mut waiting: BTreeMap<(u64, usize), Part> = BTreeMap::new();
    let (mut seq, mut index) = (0u64, 0usize);
    for message in from_workers {
        match message {
            ToWriter::Batch { seq, chunks, batch } => {
                batches.insert(seq, (chunks, batch));
            }
            ToWriter::Chunk { seq, index, part } => {
                waiting.insert((seq, index), part);
            }
        }
        while let Some(&(chunks, _)) = batches.get(&seq) {
            if index < chunks {
                let Some(part) = waiting.remove(&(seq, index)) else {
                    break;
                };
                write_done(
                    Done {
                        parts: vec![part],
                        bytes: 0,
                    },
                    out,
                    reporter,
                )?;
                index += 1;
                continue;
            }
            if let Some((_, batch)) = batches.remove(&seq) {
                reporter.advance(0, batch.consumed);
                if let Ok(batch) = Arc::try_unwrap(batch) {
                    let _ = empty.send(batch);
                }
            }
            let _ = slots.send(());
            (seq, index) = (seq + 1, 0);
        }
    }
    Ok(())
}

/// Decodes, parses and encodes the records of `lines`, in order.
fn work(context: &Context<'_>, bytes: &[u8], lines: &[Line]) -> Part {
    let mut part = Part::default();
    for line in lines {
        part.records += 1;
        let raw = bytes.get(line.start..line.end).unwrap_or_default();
        record(context, line, raw, &mut part);
    }
    part
}

fn record(context: &Context<'_>, line: &Line, raw: &[u8], part: &mut Part) {
    let (settings, name) = (context.settings, context.name);
    let number = Some(line.number);
    if line.too_long {
        let why = format!(
            "line longer than {} bytes (see --max-input-len); not read",
            context.max_line
        );
        return fail(settings, part, &Value::Null, number, name, &why);
    }
    if raw.trim_ascii().is_empty() {
        return fail(
            settings,
            part,
            &Value::Null,
            number,
            name,
            "blank line: not a record",
        );
    }
    match serde_json::from_slice::<Record<'_>>(raw) {
        Ok(Record {
            id,
            text: Some(text),
        }) => {
            let id = id.unwrap_or(Value::Null);
            match newswire::parse_with(&text, &settings.options) {
                Ok(article) => {
                    render::article(settings, &id, number, &text, &article, &mut part.out)
                }
                Err(e) => fail(settings, part, &id, number, name, &e.to_string()),
            }
        }
        Ok(Record { id, text: None }) => fail(
            settings,
            part,
            &id.unwrap_or(Value::Null),
            number,
            name,
            NO_TEXT,
        ),
        Err(e) => {
            let (id, why) = diagnose(raw, line.offset, &e);
            fail(settings, part, &id, number, name, &why);
        }
    }
}

const NO_TEXT: &str = "no string field \"text\"";

/// Says why a line is not a record, and finds its `id` when it has one.
fn diagnose(raw: &[u8], offset: u64, error: &serde_json::Error) -> (Value, String) {
    match serde_json::from_slice::<Value>(raw) {
        Ok(Value::Object(map)) => {
            let id = map.get("id").cloned().unwrap_or(Value::Null);
            let why = match map.get("text") {
                Some(Value::String(_)) => format!("not a record: {}", without_position(error)),
                _ => NO_TEXT.to_owned(),
            };
            (id, why)
        }
        Ok(_) => (Value::Null, "not a JSON object".to_owned()),
        Err(_) => match std::str::from_utf8(raw) {
            Err(e) => {
                let at = e.valid_up_to();
                let why = format!(
                    "invalid utf-8 at byte offset {at} of the line ({} of the input)",
                    offset + at as u64
                );
                (Value::Null, why)
            }
            Ok(_) => {
                let why = format!(
                    "not JSON: {} at column {}",
                    without_position(error),
                    error.column()
                );
                (Value::Null, why)
            }
        },
    }
}

/// serde_json's message without its ` at line 1 column N`: in JSON Lines every record is on
/// line 1 of itself, and the input's line number is given beside it.
fn without_position(error: &serde_json::Error) -> String {
    let message = error.to_string();
    match message.rsplit_once(" at line ") {
        Some((head, _)) => head.to_owned(),
        None => message,
    }
}
