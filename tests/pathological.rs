//! Parse time per byte must not grow with the input on pathological text (see
//! `tests/common/families.rs`): a cheap guard against superlinear rules. The full growth table
//! is the `pathological` criterion bench.
//!
//! Each family is timed at a small size, at 4 times it and at 16 times it; per-byte time at
//! the larger sizes must stay under `MAX_GROWTH` times the small size's. Families that make a
//! node every few bytes are timed at smaller sizes (`NODE_BUDGET`). Quadratic growth over
//! 16x the size is 16x per byte, far past the margin; the margin is wide because the machine
//! may be shared and noisy and larger inputs fall out of the caches. Time is the thread's CPU
//! time where Linux gives it (so a neighbour holding the core does not count), measured over
//! windows of many parses, since that clock only moves at scheduler ticks.

mod common;

use std::time::{Duration, Instant};

use common::families::{Family, FAMILIES};

const MAX_GROWTH: f64 = 4.0;

/// The largest size; the smallest is a sixteenth of it. `cargo test` optimises the parser
/// (see `[profile.test.package.newswire]` in Cargo.toml); `cargo test --release` goes to 4 MiB.
const LARGEST: usize = if cfg!(debug_assertions) {
    512 << 10
} else {
    4 << 20
};

/// The most nodes (blocks, quotes, reported speech, warnings) the largest input of a family
/// may make. A run of `"` makes a quote per two bytes, and hundreds of bytes of AST per input
/// byte: past a few tens of megabytes, fresh pages from the allocator make per-byte time grow
/// with no superlinear rule at all, so such families are timed at smaller sizes.
const NODE_BUDGET: usize = 10_000;

/// How long one measurement parses over and over: several scheduler ticks.
const WINDOW: Duration = Duration::from_millis(20);

/// The CPU time this thread has run, from Linux's `/proc/thread-self/schedstat`; `None`
/// elsewhere.
fn thread_cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}

/// The time of one parse of `text`: the best of `runs` windows, each parsing for `WINDOW`.
fn best_of(text: &str, runs: usize) -> Duration {
    (0..runs)
        .map(|_| {
            let (cpu, wall) = (thread_cpu_time(), Instant::now());
            let mut reps = 0u32;
            while reps == 0 || wall.elapsed() < WINDOW {
                let article =
                    newswire::parse(text).expect("a pathological input is still an article");
                drop(std::hint::black_box(article));
                reps += 1;
            }
            let took = match (cpu, thread_cpu_time()) {
                (Some(a), Some(b)) if b > a => b - a,
                _ => wall.elapsed(),
            };
            took / reps
        })
        .min()
        .unwrap_or_default()
}

/// Seconds per byte.
fn per_byte(family: &Family, len: usize, runs: usize) -> f64 {
    let text = family.text(len);
    best_of(&text, runs).as_secs_f64() / text.len() as f64
}

/// The nodes an article is made of, counted at the top level.
fn nodes(text: &str) -> usize {
    let a = newswire::parse(text).expect("a pathological input is still an article");
    a.blocks.len() + a.quotes.len() + a.reported_speech.len() + a.warnings.len()
}

#[test]
fn parse_time_per_byte_does_not_grow() {
    let verbose = std::env::var_os("NEWSWIRE_PATHOLOGICAL_VERBOSE").is_some();
    let mut failures = Vec::new();
    for family in FAMILIES {
        // The small input keeps every invariant, too.
        let probe = family.text(4 << 10);
        common::check_text(&probe);

        let per_node = probe.len() / nodes(&probe).max(1);
        let largest = (NODE_BUDGET * per_node).clamp(32 << 10, LARGEST);
        let small = largest / 16;
        let base = per_byte(family, small, 3);
        // 4x first, so that a quadratic rule fails before the 16x input takes long.
        for (len, runs) in [(small * 4, 1), (largest, 2)] {
            let mut ratio = per_byte(family, len, runs) / base;
            if ratio > MAX_GROWTH {
                // A second look before failing, in case a neighbour upset the first.
                let again = per_byte(family, small, 3);
                ratio = per_byte(family, len, 3) / again.max(base);
            }
            if verbose {
                eprintln!(
                    "{:28} {:6} KiB {:9.2} ns/B  x{ratio:.2}",
                    family.name,
                    len >> 10,
                    base * 1e9
                );
            }
            if ratio > MAX_GROWTH {
                failures.push(format!(
                    "{}: per-byte time at {} KiB is {ratio:.1}x that at {} KiB",
                    family.name,
                    len >> 10,
                    small >> 10
                ));
                break;
            }
        }
    }
    assert!(
        failures.is_empty(),
        "superlinear parse time:\n{}",
        failures.join("\n")
    );
}
