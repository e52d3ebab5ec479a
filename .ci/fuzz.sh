#!/usr/bin/env bash
# Builds every fuzz target and runs each for FUZZ_SECONDS (60 by default) from the committed
# seeds; a crash, a timeout or an out-of-memory fails the script.
#
# Runs on stable: cargo-fuzz asks for nightly-only flags (-Zsanitizer), which RUSTC_BOOTSTRAP=1
# allows on a stable toolchain. If the address sanitizer cannot be built here, the targets
# are built and run without a sanitizer (the crate has no `unsafe`, so panics, hangs and
# invariant failures are what the fuzzers look for anyway).
#
# Usage: .ci/fuzz.sh [target…]   (FUZZ_SECONDS=600 .ci/fuzz.sh news_tokens)
set -euo pipefail

cd "$(dirname "$0")/../fuzz"
seconds="${FUZZ_SECONDS:-60}"
export RUSTC_BOOTSTRAP=1

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "fuzz.sh: installing cargo-fuzz"
    cargo install cargo-fuzz --locked
fi

sanitizer=()
build_log="$(mktemp)"
if ! cargo fuzz build >"$build_log" 2>&1; then
    tail -n 20 "$build_log"
    echo "fuzz.sh: the address-sanitizer build failed; building with --sanitizer none"
    sanitizer=(--sanitizer none)
    cargo fuzz build "${sanitizer[@]}"
fi
rm -f "$build_log"

if [ $# -gt 0 ]; then
    targets=("$@")
else
    mapfile -t targets < <(cargo fuzz list)
fi

status=0
for target in "${targets[@]}"; do
    corpus="corpus/$target"
    mkdir -p "$corpus"
    seeds=()
    # The golden articles of tests/corpus are seeds too (their .json goldens do no harm).
    for dir in "seeds/common" "../tests/corpus" "seeds/$target"; do
        # The options target reads an 8-byte header first, so plain text seeds are not its.
        if [ "$target" = options ] && [ "$dir" != "seeds/$target" ]; then continue; fi
        [ -d "$dir" ] && seeds+=("$dir")
    done
    echo "fuzz.sh: $target for ${seconds}s from ${seeds[*]}"
    log="$(mktemp)"
    if cargo fuzz run "${sanitizer[@]}" "$target" "$corpus" "${seeds[@]}" -- \
        -dict=newswire.dict -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 >"$log" 2>&1; then
        grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|Done )|DONE' "$log" | tail -n 4
    else
        status=1
        echo "fuzz.sh: $target FAILED"
        tail -n 60 "$log"
    fi
    rm -f "$log"
done
exit "$status"
