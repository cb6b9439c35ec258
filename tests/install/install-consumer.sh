#!/usr/bin/env bash
# Installs the built tree into a temporary prefix, builds samples/ as a separate CMake project
# against it with find_package(MrAuth), and another program through pkg-config, then gets a
# token with each from a local HTTPS STS (mrauth-sts-emulator).
#
# usage: install-consumer.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build_dir=$1
source_dir=$2

work=$(mktemp -d "${TMPDIR:-/tmp}/mrauth-install.XXXXXX")
emulator_pid=""
cleanup() {
    [ -z "$emulator_pid" ] || kill "$emulator_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

prefix="$work/prefix"
cmake --install "$build_dir" --prefix "$prefix" >/dev/null

echo "-- find_package(MrAuth) consumer"
cmake -S "$source_dir/samples" -B "$work/consumer" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_PREFIX_PATH="$prefix" >/dev/null
cmake --build "$work/consumer" >/dev/null

echo "-- pkg-config consumer"
libdir=$(find "$prefix" -name mrauth.pc -printf '%h\n' | head -n 1)
# shellcheck disable=SC2046
g++ -std=c++17 -fPIC -o "$work/pkgconfig_sample" "$source_dir/samples/client_sample.cpp" \
    $(PKG_CONFIG_PATH="$libdir" pkg-config --cflags --libs mrauth)

account_id=3d8b5a4e-2f4c-4b8e-9a51-6f0c2d7e1a90
account_key=install-test-key-$RANDOM$RANDOM
cat >"$work/accounts.json" <<JSON
{"accounts": [{"name": "install-test", "accountId": "$account_id",
  "accountDomain": "westeurope.mixedreality.azure.com", "service": "spatial-anchors",
  "region": "westeurope", "primaryKey": "$account_key", "secondaryKey": "unused-$RANDOM"}]}
JSON
"$prefix/bin/mrauth-sts-emulator" --port 0 --tls-dir "$work/tls" --accounts "$work/accounts.json" \
    --log "$work/emulator.log" >"$work/emulator.out" &
emulator_pid=$!
url="" ca=""
for _ in $(seq 150); do
    url=$(sed -n 's/^listening on //p' "$work/emulator.out")
    ca=$(sed -n 's/^ca certificate //p' "$work/emulator.out")
    [ -n "$url" ] && [ -n "$ca" ] && break
    sleep 0.1
done
[ -n "$url" ] && [ -n "$ca" ] || { echo "emulator did not start"; cat "$work/emulator.out"; exit 1; }

export MIXEDREALITY_ACCOUNT_ID=$account_id
export MIXEDREALITY_ACCOUNT_DOMAIN=westeurope.mixedreality.azure.com
export MIXEDREALITY_ACCOUNT_KEY=$account_key
export MIXEDREALITY_STS_ENDPOINT=$url
export MIXEDREALITY_CA_FILE=$ca
export LD_LIBRARY_PATH="$(dirname "$libdir")${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"

status=0
for program in "$work/consumer/client_sample" "$work/consumer/client_sample_async" \
               "$work/pkgconfig_sample"; do
    if output=$("$program" 2>&1) && grep -q '^token .* expires on 20' <<<"$output"; then
        echo "PASS $(basename "$program"): $output"
    else
        echo "FAIL $(basename "$program"): $output"
        status=1
    fi
done
# The programs must have used the installed library, not the build tree's.
ldd "$work/consumer/client_sample" | grep -q "$prefix" || { echo "FAIL: not linked to the installed library"; status=1; }
exit $status
