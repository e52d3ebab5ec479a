#!/usr/bin/env bash
# Compares the parse throughput of two revisions on this machine: builds
# examples/throughput at each (in a worktree under target/ab/, kept between calls), then runs
# the two builds in turn, ROUNDS times each, over the PolNeAR and Reuters dev sets, and prints
# each run and the ratio of the medians. Alternating runs is what makes the comparison fair on
# a shared machine, whose speed drifts by 10% or more within minutes; instruction counts
# (callgrind) are steady but have misled here: a change with fewer instructions ran slower.
# Not part of CI; nothing here asserts a timing.
#
# Usage: .ci/ab.sh BASE [HEAD] [ROUNDS]    (revisions as git takes them; HEAD defaults to the
#        work tree as it is, uncommitted changes included; ROUNDS to 4)
# Example: NEWSWIRE_SHARED=../shared .ci/ab.sh main~3
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
shared="${NEWSWIRE_SHARED:-$(cd .. && pwd)/shared}"
base="${1:?usage: .ci/ab.sh BASE [HEAD] [ROUNDS]}"
head="${2:-}"
rounds="${3:-4}"
corpora=("$shared/corpora/polnear/dev.jsonl" "$shared/corpora/reuters21578/dev.jsonl")
for c in "${corpora[@]}"; do
    [ -f "$c" ] || { echo "ab.sh: $c is missing (set NEWSWIRE_SHARED)" >&2; exit 1; }
done

# The throughput binary of revision $1, built once in its own worktree and target directory.
build() {
    local rev sha dir
    rev="$1"
    sha="$(git rev-parse --short=12 "$rev^{commit}")"
    dir="$root/target/ab/$sha"
    if [ ! -x "$dir/bin/throughput" ]; then
        rm -rf "$dir/src"
        git worktree add --force --detach "$dir/src" "$sha" >/dev/null 2>&1
        (cd "$dir/src" && cargo build --quiet --release --example throughput --target-dir "$dir/target")
        mkdir -p "$dir/bin"
        cp "$dir/target/release/examples/throughput" "$dir/bin/throughput"
        git worktree remove --force "$dir/src"
    fi
    echo "$dir/bin/throughput"
}

a="$(build "$base")"
if [ -n "$head" ]; then
    b="$(build "$head")"
else
    cargo build --quiet --release --example throughput
    b="$root/target/ab/work-tree-throughput"
    mkdir -p "$(dirname "$b")"
    cp target/release/examples/throughput "$b"
fi

run() { "$1" --json "${corpora[@]}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["parse_mb_s"])'; }
as=()
bs=()
for i in $(seq "$rounds"); do
    as+=("$(run "$a")")
    bs+=("$(run "$b")")
    echo "round $i: base ${as[-1]} MB/s, head ${bs[-1]} MB/s"
done
python3 - "${as[*]}" "${bs[*]}" <<'PY'
import statistics, sys
a = [float(x) for x in sys.argv[1].split()]
b = [float(x) for x in sys.argv[2].split()]
ma, mb = statistics.median(a), statistics.median(b)
print(f"median: base {ma:.1f} MB/s, head {mb:.1f} MB/s, head/base {mb / ma:.3f}")
PY
