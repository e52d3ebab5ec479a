//! Throughput of `newswire::parse` in bytes per second, each input beside a floor: one
//! `memchr3` pass over the same bytes (line breaks, `"`, and the lead byte of curly quotes), so
//! that one run shows the ratio of a full parse to the cheapest scan any parser must make.
//!
//! Groups: `family/*` (corpus articles: a brief, a long feature with many quotes, 1980s
//! fixed-width copy, a press release with a long footer) and `generated/*` (one long article
//! of 1 KiB to 16 MiB made from the corpus paragraphs). `cargo bench --bench parse -- family`
//! runs one group; pathological input has its own bench, `benches/pathological.rs`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion, Throughput};

#[path = "support/mod.rs"]
mod support;

fn parse_and_floor(group: &mut BenchmarkGroup<'_, criterion::measurement::WallTime>, input: &str) {
    group.throughput(Throughput::Bytes(input.len() as u64));
    group.bench_function("parse", |b| {
        b.iter(|| newswire::parse(black_box(input)).map(|a| a.blocks.len()))
    });
    group.bench_function("floor-memchr3", |b| {
        b.iter(|| support::floor(black_box(input.as_bytes())))
    });
}

fn families(c: &mut Criterion) {
    for (family, text) in support::families() {
        let mut group = c.benchmark_group(format!("family/{family}"));
        group
            .measurement_time(Duration::from_secs(2))
            .warm_up_time(Duration::from_millis(500));
        parse_and_floor(&mut group, text);
        group.finish();
    }
}

fn generated(c: &mut Criterion) {
    for (label, size) in [
        ("1KiB", 1 << 10),
        ("64KiB", 64 << 10),
        ("1MiB", 1 << 20),
        ("16MiB", 16 << 20),
    ] {
        let input = support::long_article(size);
        let mut group = c.benchmark_group(format!("generated/{label}"));
        group
            .measurement_time(Duration::from_secs(2))
            .warm_up_time(Duration::from_millis(500));
        if size >= 1 << 20 {
            group.sample_size(10);
        }
        parse_and_floor(&mut group, &input);
        group.finish();
    }
}

criterion_group!(benches, families, generated);
criterion_main!(benches);
