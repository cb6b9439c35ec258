#!/usr/bin/env bash
# Builds the fuzz preset (clang 14, libFuzzer, ASan + UBSan), replays every seed corpus and crash
# regression (ctest --preset fuzz), then fuzzes each target for a bounded time. Fails on any
# crash, leak, timeout, out-of-memory or broken invariant, and prints the input that did it.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]    SECONDS per target (default 60); all targets
#                                            unless named (tests/fuzz/fuzz_*.cpp)
#
# New inputs found go to build/fuzz/corpus/<target> (kept between runs, not committed: copy the
# interesting ones to tests/fuzz/corpus/<target>); crashes to build/fuzz/artifacts/<target>/.
# A crash input belongs in tests/fuzz/regressions/<target>/ once the bug is fixed.
# Environment: FUZZ_JOBS, targets fuzzed at once (default nproc; each uses one core).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

seconds=${1:-60}
[ $# -gt 0 ] && shift
case "$seconds" in '' | *[!0-9]*) echo "usage: $0 [SECONDS] [TARGET...]" >&2; exit 2 ;; esac
if [ $# -gt 0 ]; then
    targets=("$@")
else
    targets=()
    for source in tests/fuzz/fuzz_*.cpp; do targets+=("$(basename "$source" .cpp)"); done
fi

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

log "Building the fuzz targets (preset fuzz)"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(nproc)"

log "Replaying the seed corpora and crash regressions"
ctest --preset fuzz -j "$(nproc)" --no-tests=error

# Inputs larger than a real response or file teach little and slow every run down.
max_len() {
    case "$1" in
        fuzz_accountlist) echo 16384 ;;
        *) echo 4096 ;;
    esac
}

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
build=$ROOT/build/fuzz

# Fuzzes one target; writes its summary to $build/$target.summary and "ok" or "failed" to
# $build/$target.status.
fuzz_one() {
    local target=$1
    local binary=$build/tests/fuzz/$target
    local corpus=$build/corpus/$target
    local artifacts=$build/artifacts/$target
    local output=$build/$target.log
    mkdir -p "$corpus" "$artifacts"
    local inputs=("$ROOT/tests/fuzz/corpus/$target")
    [ -d "$ROOT/tests/fuzz/regressions/$target" ] && inputs+=("$ROOT/tests/fuzz/regressions/$target")
    local options=(-max_total_time="$seconds" -max_len="$(max_len "$target")" -timeout=10
                   -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/")
    [ -f "$ROOT/tests/fuzz/dictionaries/$target.dict" ] &&
        options+=(-dict="$ROOT/tests/fuzz/dictionaries/$target.dict")
    if "$binary" "${options[@]}" "$corpus" "${inputs[@]}" >"$output" 2>&1; then
        local runs speed
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$output")
        speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$output")
        echo "$target: ${runs:-?} runs, ${speed:-?}/s, corpus $(find "$corpus" -type f | wc -l)" \
            "files, no crash" >"$build/$target.summary"
        echo ok >"$build/$target.status"
        return
    fi
    {
        tail -n 60 "$output"
        echo "$target FAILED; the input is in $artifacts/ (log: $output)"
    } >"$build/$target.summary"
    echo failed >"$build/$target.status"
}

for target in "${targets[@]}"; do
    [ -x "$build/tests/fuzz/$target" ] || { echo "no fuzz target $target" >&2; exit 2; }
done
# One target per core: each libFuzzer process is single-threaded.
jobs=${FUZZ_JOBS:-$(nproc)}
log "Fuzzing ${#targets[@]} targets for ${seconds} s each, $jobs at a time"
for target in "${targets[@]}"; do
    rm -f "$build/$target.status"
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
    fuzz_one "$target" &
done
wait
failed=()
for target in "${targets[@]}"; do
    cat "$build/$target.summary"
    [ "$(cat "$build/$target.status" 2>/dev/null)" = ok ] || failed+=("$target")
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzzing found problems in: ${failed[*]}" >&2
    exit 1
fi
log "Fuzzing done: ${#targets[@]} targets, ${seconds} s each, no crash"
