//! Placeholder; the full benchmark suite replaces it.
fn main() {}
