#!/usr/bin/env bash
# Runs every MrAuth benchmark against the emulator (TLS on loopback) and writes
# bench/results/latest.json and bench/results/latest.md. Called by `./scripts/dev.sh bench`
# (which runs it in a private keyring session); never fails on time.
#
#   scripts/bench.sh            the full run (about 15 minutes on a 2-core VM)
#   scripts/bench.sh --quick    every program in its smoke mode; writes bench/results/quick.*
#   scripts/bench.sh --no-build run the programs as they are built in build/bench (no rebuild)
#
# Environment (the defaults are the issue's): MRAUTH_BENCH_ROUNDS (5), MRAUTH_BENCH_REQUESTS
# (2000 sequential requests), MRAUTH_BENCH_ACCOUNTS (200 fan-out accounts), MRAUTH_BENCH_RUNS
# (20 CLI cold starts per peer), MRAUTH_BENCH_IDLE_SECONDS (60). Every table states what it ran.
#
# Installs what the peers need (curl, python3-azure for the official Python SDK, valgrind for
# the instruction counts), builds the `bench` preset (RelWithDebInfo, build/bench) and
# runs the programs one after another. A program that crashes is reported in the table, and
# the run goes on.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
PRESET=bench
BUILD="$ROOT/build/bench"
RESULTS="$ROOT/bench/results"
QUICK=0
BUILD_FIRST=1
for argument in "$@"; do
    case "$argument" in
        --quick) QUICK=1 ;;
        --no-build) BUILD_FIRST=0 ;;
        *) echo "usage: scripts/bench.sh [--quick] [--no-build]" >&2; exit 2 ;;
    esac
done
NAME=$([ "$QUICK" = 1 ] && echo quick || echo latest)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

install_peers() {
    local missing=()
    for package in curl python3-azure valgrind jq; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' ||
            missing+=("$package")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        log "Installing the benchmark peers: ${missing[*]}"
        as_root apt-get update
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
            "${missing[@]}" || log "Could not install ${missing[*]}: those peers are skipped"
    fi
    # Debian's python3-azure (20230112) ships azure.mixedreality.authentication; say so if not.
    # (grep -c reads everything: with pipefail, grep -q would end dpkg early and fail the test.)
    if [ "$(dpkg -L python3-azure 2>/dev/null |
        grep -c 'azure/mixedreality/authentication/__init__.py$')" = 0 ]; then
        log "python3-azure has no azure.mixedreality.authentication: the Python SDK peer is skipped"
    fi
}

build() {
    log "Configuring and building (preset $PRESET, $BUILD)"
    cmake --preset "$PRESET" >/dev/null
    cmake --build --preset "$PRESET" -j "$(nproc)" --target \
        mrauth-sts-emulator mrauth exchange_compare token_cache cli_coldstart client_memory \
        hotpaths emulator_throughput app_startup
}

# Runs one benchmark: its markdown goes to $WORK/NAME.md, its JSON line to $WORK/NAME.json.
run_bench() {
    local name=$1 program=$2
    shift 2
    log "Running $name"
    if [ ! -x "$BUILD/bench/$program/$program" ]; then
        printf '### %s\n\n**Not built** (%s is missing).\n\n' "$name" "build/bench/bench/$program/$program" \
            >"$WORK/$name.md"
        jq -nc --arg name "$name" '{benchmark: $name, error: "not built"}' >"$WORK/$name.json"
        return
    fi
    local status=0
    "$BUILD/bench/$program/$program" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" || status=$?
    local last
    last=$(tail -n 1 "$WORK/$name.out")
    if printf '%s' "$last" | jq -e 'type == "object"' >/dev/null 2>&1; then
        sed '$d' "$WORK/$name.out" >"$WORK/$name.md"
        printf '%s' "$last" | jq -c --argjson status "$status" '. + {exitStatus: $status}' \
            >"$WORK/$name.json"
    else
        printf '### %s\n\n**Did not run to the end** (exit status %s): %s\n\n' "$name" "$status" \
            "$(tail -n 3 "$WORK/$name.err" | tr '\n' ' ')" >"$WORK/$name.md"
        jq -nc --arg name "$name" --argjson status "$status" \
            --arg error "$(tail -n 3 "$WORK/$name.err")" \
            '{benchmark: $name, exitStatus: $status, error: $error}' >"$WORK/$name.json"
    fi
    [ "$status" = 0 ] || log "$name exited with status $status (see the table)"
}

machine_json() {
    jq -nc \
        --arg cpu "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)" \
        --arg cores "$(nproc)" \
        --arg os "$(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)" \
        --arg qt "$(dpkg-query -W -f='${Version}' qt6-base-dev 2>/dev/null | cut -d+ -f1)" \
        --arg compiler "$(c++ --version | head -n 1)" \
        --arg memory "$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo)" \
        '{cpu: $cpu, cores: ($cores | tonumber), os: $os, qt: $qt, compiler: $compiler,
          memory: $memory}'
}

install_peers
[ "$BUILD_FIRST" = 0 ] || build

WORK=$(mktemp -d "${TMPDIR:-/tmp}/mrauth-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
STARTED=$(date -u '+%Y-%m-%d %H:%M UTC')
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
QUICK_ARG=()
[ "$QUICK" = 1 ] && QUICK_ARG=(--quick)

ROUNDS=${MRAUTH_BENCH_ROUNDS:-5}
run_bench exchange_compare exchange_compare "${QUICK_ARG[@]}" --rounds "$ROUNDS" \
    --requests "${MRAUTH_BENCH_REQUESTS:-2000}" --accounts "${MRAUTH_BENCH_ACCOUNTS:-200}"
run_bench token_cache token_cache "${QUICK_ARG[@]}" --rounds "$ROUNDS"
run_bench cli_coldstart cli_coldstart "${QUICK_ARG[@]}" --runs "${MRAUTH_BENCH_RUNS:-20}"
# The app's keys live in the keychain when a Secret Service is there (dev.sh starts a private
# one), in memory otherwise.
APP_ARGS=(--accounts 100 --idle-seconds "${MRAUTH_BENCH_IDLE_SECONDS:-60}")
[ "$QUICK" = 1 ] && APP_ARGS=(--accounts 10 --idle-seconds 2)
if [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then APP_ARGS+=(--keychain); fi
QT_QPA_PLATFORM=offscreen run_bench app_startup app_startup "${APP_ARGS[@]}"
if [ -f "$WORK/app_startup.json" ] && jq -e '.error' "$WORK/app_startup.json" >/dev/null &&
    [[ " ${APP_ARGS[*]} " == *" --keychain "* ]]; then
    log "app_startup failed with the keychain; running it again with the keys in memory"
    unset 'APP_ARGS[${#APP_ARGS[@]}-1]'
    QT_QPA_PLATFORM=offscreen run_bench app_startup app_startup "${APP_ARGS[@]}"
fi
if [ "$QUICK" = 1 ]; then
    run_bench emulator_throughput emulator_throughput --duration 1 --warmup 0
else
    run_bench emulator_throughput emulator_throughput --duration 5 --warmup 1 --connections 16
fi
run_bench client_memory client_memory "${QUICK_ARG[@]}"
if [ "$QUICK" = 1 ]; then
    run_bench hotpaths hotpaths --quick
else
    run_bench hotpaths hotpaths --callgrind
fi
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

ORDER=(exchange_compare token_cache cli_coldstart app_startup emulator_throughput client_memory
    hotpaths)
mkdir -p "$RESULTS"
MACHINE=$(machine_json)
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
COMMAND="./scripts/dev.sh bench"
if [ "$QUICK" = 1 ]; then COMMAND+=" --quick"; fi
if [ "$BUILD_FIRST" = 0 ]; then COMMAND+=" --no-build"; fi
for name in "${ORDER[@]}"; do cat "$WORK/$name.json"; done | jq -s \
    --arg date "$STARTED" --arg commit "$COMMIT" --arg command "$COMMAND" \
    --arg loadBefore "$LOAD_BEFORE" --arg loadAfter "$LOAD_AFTER" --argjson machine "$MACHINE" \
    '{date: $date, commit: $commit, command: $command, machine: $machine,
      loadAverage: {before: $loadBefore, after: $loadAfter}, results: .}' \
    >"$RESULTS/$NAME.json"
{
    printf '## Benchmark results (%s, commit %s)\n\n' "$STARTED" "$COMMIT"
    printf 'Produced by `%s`. Machine: %s\n\n' "$COMMAND" "$(printf '%s' "$MACHINE" | jq -r \
        '"\(.cpu), \(.cores) cores, \(.memory), \(.os), Qt \(.qt), \(.compiler)"')"
    printf 'Load average (1, 5, 15 min) %s before the run and %s after it: the machine is shared, so peers alternate within each round and medians are reported.\n\n' \
        "$LOAD_BEFORE" "$LOAD_AFTER"
    printf '### Summary (medians; details below)\n\n'
    jq -r -f "$ROOT/bench/summary.jq" "$RESULTS/$NAME.json"
    printf '\n'
    for name in "${ORDER[@]}"; do cat "$WORK/$name.md"; done
} >"$RESULTS/$NAME.md"
log "Wrote $RESULTS/$NAME.json and $RESULTS/$NAME.md"
