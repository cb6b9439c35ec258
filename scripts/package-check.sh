#!/usr/bin/env bash
# Builds the DEB and TGZ packages from a configured and built tree (CI: build/ci, configured
# with the ci preset: RelWithDebInfo, prefix /usr), installs the three DEBs on this machine
# with apt-get, checks the programs, the manual pages and a consumer project built against
# libmrauth-dev (find_package and pkg-config), then purges the packages and checks that no
# file they installed remains.
#
# usage: scripts/package-check.sh [BUILD_DIR]      (default build/ci; needs root or sudo)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=$(cd "${1:-$ROOT/build/ci}" && pwd)
packages_dir="$build_dir/packages"
names=(mrauth libmrauth1 libmrauth-dev)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
fail() { printf '\033[1;31mFAIL: %s\033[0m\n' "$*" >&2; exit 1; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_get() { as_root env DEBIAN_FRONTEND=noninteractive apt-get "$@"; }

for name in "${names[@]}"; do
    if dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q 'installed'; then
        fail "$name is already installed; remove it first (apt-get remove --purge ${names[*]})"
    fi
done

log "Packaging $build_dir (cpack: DEB, TGZ)"
rm -rf "$packages_dir"
(cd "$build_dir" && cpack -G "DEB;TGZ" -B "$packages_dir" >"$packages_dir.log" 2>&1) ||
    { cat "$packages_dir.log"; fail "cpack"; }
debs=()
for name in "${names[@]}"; do
    deb=$(find "$packages_dir" -maxdepth 1 -name "${name}_*.deb" | head -n 1)
    [ -n "$deb" ] || fail "no ${name}_*.deb in $packages_dir"
    debs+=("$deb")
    log "$(basename "$deb")"
    dpkg-deb --field "$deb" Package Version Depends Recommends | sed 's/^/    /'
done
tgz=$(find "$packages_dir" -maxdepth 1 -name 'mrauth-*.tar.gz' | head -n 1)
[ -n "$tgz" ] || fail "no mrauth-*.tar.gz in $packages_dir"
log "$(basename "$tgz"): $(tar -tzf "$tgz" | grep -c -v '/$') files"

log "Nothing test-only in the packages"
contents=$(for deb in "${debs[@]}"; do dpkg-deb --contents "$deb"; done; tar -tzvf "$tgz")
if grep -E 'tst_|bench|screenshots|manpage|_sample|emulatorsupport|testsupport' <<<"$contents" |
    grep -v -E 'share/man/man1/'; then
    fail "test, benchmark, sample or build-only files are packaged (above)"
fi
for expected in usr/bin/mrauth usr/bin/mrauth-gui usr/bin/mrauth-sts-emulator \
    usr/share/man/man1/mrauth.1.gz usr/share/applications/io.github.mrauth.MrAuth.desktop \
    usr/share/metainfo/io.github.mrauth.MrAuth.metainfo.xml \
    usr/share/bash-completion/completions/mrauth include/mrauth/mixedrealitystsclient.h \
    usr/share/doc/mrauth/copyright usr/share/doc/libmrauth1/copyright \
    cmake/MrAuth/MrAuthConfig.cmake pkgconfig/mrauth.pc libmrauth.so.1; do
    grep -q -- "$expected" <<<"$contents" || fail "$expected is not packaged"
done

purge() {
    log "Removing the packages"
    apt_get remove --purge -y "${names[@]}" >/dev/null
}
installed=0
work=$(mktemp -d "${TMPDIR:-/tmp}/mrauth-package-check.XXXXXX")
emulator_pid=""
cleanup() {
    [ -z "$emulator_pid" ] || kill "$emulator_pid" 2>/dev/null || true
    [ "$installed" -eq 0 ] || purge || true
    rm -rf "$work"
}
trap cleanup EXIT

log "Installing with apt-get"
apt_get install -y "${debs[@]}" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get install"; }
installed=1
for name in "${names[@]}"; do
    dpkg-query -L "$name" >>"$work/files"
done

log "The installed programs"
export QT_QPA_PLATFORM=offscreen
(cd / && mrauth --version) || fail "mrauth --version"
(cd / && mrauth-gui --version) || fail "mrauth-gui --version"
(cd / && mrauth-sts-emulator --version) || fail "mrauth-sts-emulator --version"
for page in mrauth mrauth-gui mrauth-sts-emulator; do
    man -w "$page" || fail "man -w $page"
done
for executable in mrauth mrauth-gui mrauth-sts-emulator; do
    [ "$(command -v "$executable")" = "/usr/bin/$executable" ] || fail "$executable is not /usr/bin's"
done

log "A consumer of libmrauth-dev (samples/, find_package(MrAuth); pkg-config)"
cmake -S "$ROOT/samples" -B "$work/consumer" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null ||
    fail "configuring samples/ against the installed MrAuth"
cmake --build "$work/consumer" >/dev/null || fail "building samples/"
grep -q "MrAuth_DIR:PATH=/usr/lib/.*/cmake/MrAuth" "$work/consumer/CMakeCache.txt" ||
    fail "samples/ did not find the installed MrAuth"
ldd "$work/consumer/client_sample" | grep -E -q "libmrauth.so.1 => (/usr)?/lib/x86_64-linux-gnu/libmrauth.so.1" ||
    fail "client_sample does not use the installed libmrauth"
[ "$(pkg-config --modversion mrauth)" = "$(dpkg-query -W -f='${Version}' libmrauth-dev)" ] ||
    fail "pkg-config --modversion mrauth"
# shellcheck disable=SC2046
g++ -std=c++17 -fPIC -o "$work/pkgconfig_sample" "$ROOT/samples/client_sample.cpp" \
    $(pkg-config --cflags --libs mrauth) || fail "building with pkg-config"

log "The consumers get a token from the installed emulator"
account_id=3d8b5a4e-2f4c-4b8e-9a51-6f0c2d7e1a90
account_key=package-check-key-$RANDOM$RANDOM
cat >"$work/accounts.json" <<JSON
{"accounts": [{"name": "package-check", "accountId": "$account_id",
  "accountDomain": "westeurope.mixedreality.azure.com", "service": "spatial-anchors",
  "region": "westeurope", "primaryKey": "$account_key", "secondaryKey": "unused-$RANDOM"}]}
JSON
mrauth-sts-emulator --port 0 --tls-dir "$work/tls" --accounts "$work/accounts.json" \
    --log "$work/emulator.log" >"$work/emulator.out" &
emulator_pid=$!
url="" ca=""
for _ in $(seq 150); do
    url=$(sed -n 's/^listening on //p' "$work/emulator.out")
    ca=$(sed -n 's/^ca certificate //p' "$work/emulator.out")
    [ -n "$url" ] && [ -n "$ca" ] && break
    sleep 0.1
done
[ -n "$url" ] && [ -n "$ca" ] || { cat "$work/emulator.out"; fail "the emulator did not start"; }
for program in "$work/consumer/client_sample" "$work/pkgconfig_sample"; do
    output=$(MIXEDREALITY_ACCOUNT_ID=$account_id \
        MIXEDREALITY_ACCOUNT_DOMAIN=westeurope.mixedreality.azure.com \
        MIXEDREALITY_ACCOUNT_KEY=$account_key MIXEDREALITY_STS_ENDPOINT=$url \
        MIXEDREALITY_CA_FILE=$ca "$program" 2>&1) || fail "$(basename "$program"): $output"
    grep -q '^token .* expires on 20' <<<"$output" || fail "$(basename "$program"): $output"
    echo "$(basename "$program"): ${output:0:40}…"
done
token=$(MIXEDREALITY_ACCOUNT_KEY=$account_key mrauth token --account-id "$account_id" \
    --account-domain westeurope.mixedreality.azure.com --endpoint "$url" --ca-file "$ca") ||
    fail "mrauth token"
mrauth decode --check - <<<"$token" >/dev/null || fail "mrauth decode --check"
echo "mrauth token: ${token:0:24}…"
kill "$emulator_pid"
wait "$emulator_pid" 2>/dev/null || true
emulator_pid=""

if command -v lintian >/dev/null; then
    log "lintian (advisory)"
    lintian --tag-display-limit 0 "${debs[@]}" || true
fi

purge
installed=0
log "Nothing left behind"
left=0
while IFS= read -r path; do
    [ -n "$path" ] || continue
    # Directories shared with the system (/usr, /usr/share/man, …) stay; our own go.
    if [ -d "$path" ] && [ ! -L "$path" ] && ! grep -qi mrauth <<<"$path"; then
        continue
    fi
    if [ -e "$path" ] || [ -L "$path" ]; then
        echo "left behind: $path"
        left=1
    fi
done <"$work/files"
[ "$left" -eq 0 ] || fail "files of the purged packages remain"
for name in "${names[@]}"; do
    if dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q 'installed'; then
        fail "$name is still installed"
    fi
done
log "Package check passed: $(wc -l <"$work/files") paths installed and removed"
