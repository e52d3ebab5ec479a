//! Parse throughput, the `memchr` floor, heap allocations per article and peak heap.
//!
//! ```text
//! cargo run --release --example throughput -- [--json] [--jsonl] [--rounds N] [--peak-16mib]
//!     [--stages] FILE…
//! ```
//!
//! Each FILE is one article, or JSON Lines with a `text` field when it ends in `.jsonl` or
//! `--jsonl` is given. Every text is parsed once per round (5 rounds unless told); the median
//! round gives parse MB/s (10^6 bytes per second). The floor is one `memchr3` pass over the
//! same texts (line breaks, `"`, the lead byte of curly quotes), timed the same way. A counting
//! global allocator gives the heap allocations per article (calls to `alloc` and `realloc`
//! during one round). `--peak-16mib` also parses one generated 16 MiB article and reports the
//! peak heap the parse took on top of its input. `--stages` also times the pipeline cut short
//! after each pass (the frame alone; then quotes and attribution; then reported speech; then
//! speaker resolution, the whole parse), all four in every round, and gives each pass's share of
//! the whole parse's time. `--json` prints one JSON object instead of text.

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering::Relaxed};
use std::time::{Duration, Instant};

#[path = "../benches/support/mod.rs"]
mod support;

/// Wraps the system allocator to count calls and track the live and peak heap.
struct Counting;

static CALLS: AtomicU64 = AtomicU64::new(0);
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(by: usize) {
    let now = LIVE.fetch_add(by, Relaxed) + by;
    PEAK.fetch_max(now, Relaxed);
}

// SAFETY: every method forwards to `System` with the caller's arguments unchanged, so the
// `GlobalAlloc` contract holds exactly as it does for `System`; the counters are atomics.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as received.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            CALLS.fetch_add(1, Relaxed);
            grew(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as received.
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            CALLS.fetch_add(1, Relaxed);
            grew(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded as received.
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded as received.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            CALLS.fetch_add(1, Relaxed);
            if new_size >= layout.size() {
                grew(new_size - layout.size());
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

struct Args {
    json: bool,
    jsonl: bool,
    rounds: usize,
    peak: bool,
    stages: bool,
    files: Vec<String>,
}

fn args() -> Result<Args, String> {
    let mut a = Args {
        json: false,
        jsonl: false,
        rounds: 5,
        peak: false,
        stages: false,
        files: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--json" => a.json = true,
            "--jsonl" => a.jsonl = true,
            "--peak-16mib" => a.peak = true,
            "--stages" => a.stages = true,
            "--rounds" => {
                let n = it.next().ok_or("--rounds needs a number")?;
                a.rounds = n
                    .parse()
                    .map_err(|_| format!("--rounds: not a number: {n}"))?;
                a.rounds = a.rounds.max(1);
            }
            "-h" | "--help" => return Err(
                "usage: throughput [--json] [--jsonl] [--rounds N] [--peak-16mib] [--stages] FILE…"
                    .into(),
            ),
            _ if arg.starts_with("--") => return Err(format!("unknown option {arg}")),
            _ => a.files.push(arg),
        }
    }
    if a.files.is_empty() && !a.peak {
        return Err("no input: give article files or .jsonl files (or --peak-16mib)".into());
    }
    Ok(a)
}

/// The texts of `path`: the whole file, or the `text` field of every JSON line.
fn load(path: &str, jsonl: bool, out: &mut Vec<String>) -> Result<(), String> {
    let raw = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    if !(jsonl || path.ends_with(".jsonl")) {
        out.push(raw);
        return Ok(());
    }
    for (n, line) in raw.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        match v.get("text").and_then(|t| t.as_str()) {
            Some(t) => out.push(t.to_owned()),
            None => return Err(format!("{path}:{}: no string field `text`", n + 1)),
        }
    }
    Ok(())
}

fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort();
    xs[xs.len() / 2]
}

fn mb_s(bytes: usize, t: Duration) -> f64 {
    bytes as f64 / t.as_secs_f64().max(1e-9) / 1e6
}

/// The pipeline cut short after each pass, in order, named by the pass that ends it.
fn stage_options() -> [(&'static str, newswire::ParseOptions); 4] {
    use newswire::ParseOptions as O;
    [
        ("frame", O::new().quotes(false)),
        (
            "quotes_attribution",
            O::new().reported_speech(false).resolve_speakers(false),
        ),
        ("reported_speech", O::new().resolve_speakers(false)),
        ("resolution", O::new()),
    ]
}

/// Median time of one pass over `texts` with each of [`stage_options`], the four interleaved
/// in every round so that they see the same machine.
fn stage_times(texts: &[String], rounds: usize) -> [Duration; 4] {
    let stages = stage_options();
    let mut times: [Vec<Duration>; 4] = Default::default();
    for _ in 0..rounds {
        for ((_, options), t) in stages.iter().zip(times.iter_mut()) {
            let start = Instant::now();
            for text in texts {
                if let Ok(article) = newswire::parse_with(black_box(text), options) {
                    drop(black_box(article));
                }
            }
            t.push(start.elapsed());
        }
    }
    times.map(median)
}

/// Peak heap above the input while one generated 16 MiB article is parsed and held.
fn peak_16mib() -> (usize, usize) {
    let input = support::long_article(16 << 20);
    let base = LIVE.load(Relaxed);
    PEAK.store(base, Relaxed);
    let article = newswire::parse(black_box(&input));
    let peak = PEAK.load(Relaxed) - base;
    drop(black_box(article));
    (input.len(), peak)
}

fn main() -> ExitCode {
    let a = match args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let mut texts = Vec::new();
    for f in &a.files {
        if let Err(e) = load(f, a.jsonl, &mut texts) {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    }
    let articles = texts.len();
    let bytes: usize = texts.iter().map(String::len).sum();

    let mut out = serde_json::Map::new();
    if articles > 0 {
        let mut parse_times = Vec::with_capacity(a.rounds);
        let mut floor_times = Vec::with_capacity(a.rounds);
        let mut calls = 0;
        let mut errors = 0;
        for round in 0..a.rounds {
            let before = CALLS.load(Relaxed);
            let t = Instant::now();
            for text in &texts {
                match newswire::parse(black_box(text)) {
                    Ok(article) => drop(black_box(article)),
                    Err(_) => errors += usize::from(round == 0),
                }
            }
            parse_times.push(t.elapsed());
            if round == 0 {
                calls = CALLS.load(Relaxed) - before;
            }
            let t = Instant::now();
            let mut n = 0;
            for text in &texts {
                n += support::floor(black_box(text.as_bytes()));
            }
            black_box(n);
            floor_times.push(t.elapsed());
        }
        let parse = mb_s(bytes, median(parse_times));
        let floor = mb_s(bytes, median(floor_times));
        out.insert("parse_mb_s".into(), round2(parse));
        out.insert("floor_mb_s".into(), round2(floor));
        out.insert("ratio".into(), round4(parse / floor));
        out.insert(
            "allocations_per_article".into(),
            round2(calls as f64 / articles as f64),
        );
        out.insert("articles".into(), articles.into());
        out.insert("bytes".into(), bytes.into());
        out.insert("errors".into(), errors.into());
        if a.stages {
            let times = stage_times(&texts, a.rounds);
            let whole = times[3].as_secs_f64().max(1e-9);
            let mut prev = 0.0;
            let mut list = Vec::new();
            for ((name, _), t) in stage_options().iter().zip(times) {
                // What the pass adds to the time of the pipeline cut short before it.
                let secs = t.as_secs_f64();
                let mut stage = serde_json::Map::new();
                stage.insert("pass".into(), (*name).into());
                stage.insert("mb_s_up_to_here".into(), round2(mb_s(bytes, t)));
                stage.insert("share".into(), round4((secs - prev) / whole));
                list.push(serde_json::Value::Object(stage));
                prev = secs;
            }
            out.insert("stages".into(), list.into());
        }
    }
    if a.peak {
        let (len, peak) = peak_16mib();
        out.insert("peak_16mib_input_bytes".into(), len.into());
        out.insert("peak_16mib_heap_bytes".into(), peak.into());
        out.insert("peak_16mib_ratio".into(), round4(peak as f64 / len as f64));
    }

    if a.json {
        println!("{}", serde_json::Value::Object(out));
        return ExitCode::SUCCESS;
    }
    let f = |k: &str| {
        out.get(k)
            .and_then(serde_json::Value::as_f64)
            .unwrap_or(0.0)
    };
    if articles > 0 {
        println!(
            "articles            {articles} ({bytes} bytes, {} errors)",
            f("errors")
        );
        println!("parse               {:.1} MB/s", f("parse_mb_s"));
        println!("floor (memchr3)     {:.1} MB/s", f("floor_mb_s"));
        println!(
            "parse / floor       {:.4} (1/{:.1})",
            f("ratio"),
            1.0 / f("ratio")
        );
        println!("allocations/article {:.1}", f("allocations_per_article"));
        if let Some(serde_json::Value::Array(stages)) = out.get("stages") {
            println!("stages              MB/s up to here  share of the parse");
            for st in stages {
                let g = |k: &str| st.get(k).and_then(serde_json::Value::as_f64).unwrap_or(0.0);
                println!(
                    "  {:<18}{:>10.1}{:>14.1}%",
                    st.get("pass")
                        .and_then(serde_json::Value::as_str)
                        .unwrap_or(""),
                    g("mb_s_up_to_here"),
                    100.0 * g("share")
                );
            }
        }
    }
    if a.peak {
        println!(
            "peak heap, 16 MiB   {} bytes above a {}-byte input ({:.2}x)",
            f("peak_16mib_heap_bytes"),
            f("peak_16mib_input_bytes"),
            f("peak_16mib_ratio")
        );
    }
    ExitCode::SUCCESS
}

fn round2(x: f64) -> serde_json::Value {
    ((x * 100.0).round() / 100.0).into()
}

fn round4(x: f64) -> serde_json::Value {
    ((x * 10_000.0).round() / 10_000.0).into()
}
