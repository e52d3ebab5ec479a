//! Parse throughput on pathological input (runs of quote marks of every style, of `said `, of
//! blank lines, one endless line, nested openers, `By ` lines, dateline-like lines, appended
//! credits …) from 64 KiB to 4 MiB, each beside a `memchr` line count over the same bytes, the
//! floor no parser of lines can beat. Per-byte time must not grow with size: read the
//! `thrpt` column down each family.
//!
//! `cargo bench --bench pathological`; `-- quotes_curly` runs one family. Set
//! `NEWSWIRE_BENCH_SIZES=65536,4194304` to bench only the smallest and largest sizes.

use criterion::{
    black_box, criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput,
};
use std::time::Duration;

#[path = "../tests/common/families.rs"]
mod families;

use families::FAMILIES;

const SIZES: &[usize] = &[64 << 10, 256 << 10, 1 << 20, 4 << 20];

fn sizes() -> Vec<usize> {
    match std::env::var("NEWSWIRE_BENCH_SIZES") {
        Ok(list) => list
            .split(',')
            .filter_map(|s| s.trim().parse().ok())
            .collect(),
        Err(_) => SIZES.to_vec(),
    }
}

fn pathological(c: &mut Criterion) {
    let sizes = sizes();
    for family in FAMILIES {
        let mut group = c.benchmark_group(format!("pathological/{}", family.name));
        group
            // Flat sampling: a 4 MiB parse can take a good part of a second, and linear
            // sampling would run it 55 times.
            .sampling_mode(SamplingMode::Flat)
            .sample_size(10)
            .warm_up_time(Duration::from_millis(300))
            .measurement_time(Duration::from_secs(1));
        for &len in &sizes {
            let text = family.text(len);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new("parse", len), &text, |b, text| {
                b.iter(|| newswire::parse(black_box(text)).map(|a| a.blocks.len()))
            });
            group.bench_with_input(BenchmarkId::new("memchr_lines", len), &text, |b, text| {
                b.iter(|| memchr::memchr_iter(b'\n', black_box(text.as_bytes())).count())
            });
        }
        group.finish();
    }
}

criterion_group!(benches, pathological);
criterion_main!(benches);
