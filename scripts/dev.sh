#!/usr/bin/env bash
# MrAuth's one entry point for setting up, building, running and testing on Debian bookworm.
#
#   ./scripts/dev.sh run     install dependencies, build, and run the desktop app (demo mode
#                            when no accounts are configured; the CLI demo without a display)
#   ./scripts/dev.sh test    install dependencies, build, and run the whole test suite
#   ./scripts/dev.sh asan    the same test suite in an AddressSanitizer + UBSan build
#   ./scripts/dev.sh deps    only install the Debian packages (idempotent)
#   ./scripts/dev.sh build [PRESET]   only configure and build (default preset: dev)
#   ./scripts/dev.sh fuzz [SECONDS]   build the libFuzzer targets (clang), replay their corpora,
#                            and fuzz each for SECONDS (default 60); fails on any crash
#   ./scripts/dev.sh tidy [REGEX...]  clang-tidy (.clang-tidy) over the tree, using the ci build
#   ./scripts/dev.sh package  build the ci preset and its DEB and TGZ packages (build/ci/packages)
#   ./scripts/dev.sh bench [--quick] run every benchmark (libmrauth against curl and the Python
#                            SDK, the CLI, the app, the emulator) into bench/results/latest.*
#
# Environment: MRAUTH_PRESET overrides the preset of `run` (dev) and `test` (ci).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

PACKAGES=(
    g++ cmake ninja-build pkg-config git ca-certificates openssl libssl-dev
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qt6-translations-l10n libqt6svg6 libqt6svg6-dev
    qt6-qpa-plugins libgl-dev qtkeychain-qt6-dev libsecret-1-0
    gnome-keyring libsecret-tools dbus dbus-x11 xvfb xauth jq python3 python3-msal zsh fish
    desktop-file-utils appstream groff-base man-db dpkg-dev file
)

# Only for `fuzz`: clang 14 and its libFuzzer and sanitizer runtimes.
FUZZ_PACKAGES=(clang libclang-rt-14-dev)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

deps() {
    local missing=()
    for package in "${PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' ||
            missing+=("$package")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        log "Debian packages: all ${#PACKAGES[@]} installed"
        return
    fi
    log "Installing ${#missing[@]} Debian packages: ${missing[*]}"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

build() {
    local preset=${1:-dev}
    log "Configuring and building (preset $preset)"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$(nproc)"
}

build_dir() { echo "$ROOT/build/$1"; }

# Runs "$@" inside a private D-Bus session with an unlocked gnome-keyring and a throw-away HOME,
# so keychain tests use the real Secret Service without touching the user's keyring.
with_private_keyring() {
    local home
    home=$(mktemp -d "${TMPDIR:-/tmp}/mrauth-test-home.XXXXXX")
    # shellcheck disable=SC2064
    trap "rm -rf '$home'" RETURN
    mkdir -p "$home/.local/share/keyrings" "$home/.config" "$home/.cache"
    HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
        XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home" \
        dbus-run-session -- sh -c '
            printf "mrauth-test" | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
            exec "$@"' sh "$@"
}

run_tests() {
    local preset=$1
    log "Running the test suite (preset $preset)"
    # English texts whatever the machine's locale: tests compare messages.
    with_private_keyring env QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANGUAGE= \
        ctest --preset "$preset" -j "$(nproc)" --no-tests=error
}

# Runs the desktop app; it starts the emulator with demo accounts when you have no accounts yet.
# Without a display, says so and shows the same demo through the CLI.
run_app() {
    local dir
    dir=$(build_dir "${MRAUTH_PRESET:-dev}")
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        log "Starting mrauth-gui (demo mode when no accounts are configured yet)"
        exec "$dir/app/gui/mrauth-gui" --demo-when-empty
    fi
    log "No display (DISPLAY and WAYLAND_DISPLAY are unset): showing the demo through the mrauth CLI"
    run_cli_demo "$dir"
}

run_cli_demo() {
    local dir=$1 work
    work=$(mktemp -d "${TMPDIR:-/tmp}/mrauth-demo.XXXXXX")
    "$dir/app/emulator/mrauth-sts-emulator" --port 0 --demo --demo-dir "$work" \
        --tls-dir "$work/tls" --log "$work/emulator.log" >"$work/emulator.out" &
    local emulator_pid=$!
    # shellcheck disable=SC2064
    trap "kill $emulator_pid 2>/dev/null; rm -rf '$work'" EXIT
    local url="" ca=""
    for _ in $(seq 100); do
        url=$(sed -n 's/^listening on //p' "$work/emulator.out")
        ca=$(sed -n 's/^ca certificate //p' "$work/emulator.out")
        [ -n "$url" ] && [ -n "$ca" ] && break
        sleep 0.1
    done
    [ -n "$url" ] || { echo "the emulator did not start" >&2; exit 1; }
    log "STS emulator at $url; a token for each demo account:"
    jq -r '.accounts[] | [.name, .accountId, .accountDomain, .primaryKey] | @tsv' \
        "$work/demo-accounts.json" | while IFS=$'\t' read -r name id domain key; do
        printf '\n%s\n' "$name"
        # The key travels in the environment, never in argv.
        MIXEDREALITY_ACCOUNT_KEY="$key" "$dir/app/cli/mrauth" token --account-id "$id" \
            --account-domain "$domain" --endpoint "$url" --ca-file "$ca" --format json |
            jq '{accountId, endpoint, expiresOn, requestCorrelationVector,
                 responseCorrelationVector, accessToken: (.accessToken[0:24] + "…")}'
    done
}

# The DEB packages (mrauth, libmrauth1, libmrauth-dev) and a .tar.gz, from a built preset.
package() {
    local dir
    dir=$(build_dir "$1")
    log "Packaging $dir into $dir/packages (DEB, TGZ)"
    (cd "$dir" && cpack -G "DEB;TGZ" -B "$dir/packages" >/dev/null)
    ls -1 "$dir"/packages/*.deb "$dir"/packages/*.tar.gz
}

command=${1:-}
case "$command" in
    deps) deps ;;
    build) deps; build "${2:-dev}" ;;
    run) deps; build "${MRAUTH_PRESET:-dev}"; run_app ;;
    test) deps; build "${MRAUTH_PRESET:-ci}"; run_tests "${MRAUTH_PRESET:-ci}" ;;
    asan) deps; build asan; run_tests asan ;;
    fuzz) deps "${FUZZ_PACKAGES[@]}"; "$ROOT/scripts/fuzz.sh" "${2:-60}" ;;
    tidy) deps clang-tidy; build ci; "$ROOT/scripts/clang-tidy.sh" "$(build_dir ci)" "${@:2}" ;;
    package) deps; build ci; package ci ;;
    bench) deps; with_private_keyring "$ROOT/scripts/bench.sh" "${@:2}" ;;
    *)
        sed -n '2,/^set -euo/p' "$0" | sed -n 's/^# \{0,1\}//p'
        [ -z "$command" ] || exit 2
        ;;
esac
