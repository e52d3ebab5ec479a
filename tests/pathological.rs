//! Parse time per byte must not grow with the input on pathological text (see
//! `tests/common/families.rs`): a cheap guard against superlinear rules. The full growth table
//! is the `pathological` criterion bench.
//!
//! Each family is timed at a small size, at 4 times it and at 16 times it; per-byte time at
//! the larger sizes must stay under `MAX_GROWTH` times the small size's. Quadratic growth over
//! 16x the size is 16x per byte, far past the margin; the margin is wide because the machine
//! may be shared and noisy and larger inputs fall out of the caches. Time is the thread's CPU
//! time where Linux gives it (so a neighbour holding the core does not count), measured over
//! windows of many parses, since that clock only moves at scheduler ticks.

mod common;

use std::time::{Duration, Instant};

use common::families::{Family, FAMILIES};

const MAX_GROWTH: f64 = 4.0;

/// The smallest size; the largest is 16 times it. Unoptimised builds get smaller inputs so the
/// test stays quick under plain `cargo test`.
const SMALL: usize = if cfg!(debug_assertions) {
    4 << 10
} else {
    256 << 10
};

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

#[test]
fn parse_time_per_byte_does_not_grow() {
    let verbose = std::env::var_os("NEWSWIRE_PATHOLOGICAL_VERBOSE").is_some();
    let mut failures = Vec::new();
    for family in FAMILIES {
        // The small input keeps every invariant, too.
        common::check_text(&family.text(4 << 10));

        let base = per_byte(family, SMALL, 3);
        // 4x first, so that a quadratic rule fails before the 16x input takes long.
        for (len, runs) in [(SMALL * 4, 1), (SMALL * 16, 3)] {
            let mut ratio = per_byte(family, len, runs) / base;
            if ratio > MAX_GROWTH {
                // A second look before failing, in case a neighbour upset the first.
                let again = per_byte(family, SMALL, 3);
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
                    SMALL >> 10
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
