#!/usr/bin/env bash
# Runs clang-tidy (the root .clang-tidy) over every C++ source of the project that a build
# compiles, in parallel, and exits non-zero on any finding.
#
#   scripts/clang-tidy.sh [BUILD_DIR] [FILE_REGEX...]
#
# BUILD_DIR (default build/ci) must be configured and built: clang-tidy reads its
# compile_commands.json and needs the generated moc, export and version headers. FILE_REGEX
# limits the run to matching sources (default: all of them). Generated sources under build/
# are never checked. Environment: TIDY_JOBS (default nproc), CLANG_TIDY_VERSION (default 14).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

build_dir=$(realpath -m "${1:-build/ci}")
shift || true
version=${CLANG_TIDY_VERSION:-14}
runner=run-clang-tidy-$version
tidy=clang-tidy-$version

for tool in "$runner" "$tidy"; do
    command -v "$tool" >/dev/null || { echo "$tool is not installed (apt-get install clang-tidy)" >&2; exit 2; }
done
if [ ! -f "$build_dir/compile_commands.json" ]; then
    echo "no $build_dir/compile_commands.json: configure and build first" >&2
    exit 2
fi
# The generated headers exist only after a build; without them every file fails to parse.
if [ ! -f "$build_dir/libmrauth/include/mrauth/mrauth_export.h" ] ||
    ! compgen -G "$build_dir/libmrauth/MrAuth_autogen/mocs_compilation.cpp" >/dev/null; then
    echo "$build_dir has no generated headers yet: build it first" >&2
    exit 2
fi

# Project sources only: anything under the source tree except build directories.
if [ $# -eq 0 ]; then
    set -- '.*'
fi
root_re=$(printf '%s' "$ROOT" | sed 's/[][\.*^$+?(){}|]/\\&/g')
filters=()
for filter in "$@"; do
    filters+=("^$root_re/(?!build)(?=.*$filter)")
done

jobs=${TIDY_JOBS:-$(nproc)}
files=$(python3 - "$build_dir/compile_commands.json" "${filters[@]}" <<'EOF'
import json, re, sys
entries = json.load(open(sys.argv[1]))
pattern = re.compile('|'.join(sys.argv[2:]))
print(len({e['file'] for e in entries if pattern.search(e['file'])}))
EOF
)
echo "clang-tidy: $files files from $build_dir with $jobs jobs" >&2
start=$(date +%s)
# Only the findings: drop the per-file "N warnings generated" chatter.
set +e
"$runner" -clang-tidy-binary "$(command -v "$tidy")" -p "$build_dir" -j "$jobs" -quiet \
    "${filters[@]}" 2>&1 |
    grep --line-buffered -Ev 'warnings? generated\.$|^Suppressed [0-9]+ warnings|^Use -header-filter=|^Running clang-tidy|clang-tidy-[0-9]+ .*-p='
status=${PIPESTATUS[0]}
set -e
echo "clang-tidy: finished in $(( $(date +%s) - start ))s, exit $status" >&2
exit "$status"
