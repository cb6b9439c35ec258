#!/usr/bin/env bash
# Keeps translations/*.ts in step with the sources.
#
#   scripts/translations.sh update   run lupdate: new texts appear as unfinished entries
#   scripts/translations.sh check    fail when a .ts file is stale (update would change it) or
#                                    has unfinished entries; CI and the test suite run it
#
# Environment: LUPDATE and LRELEASE override the tools (default: Qt 6's from qt6-l10n-tools).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
LRELEASE=${LRELEASE:-/usr/lib/qt6/bin/lrelease}
# What people see: the app, the CLI and libmrauth's messages. The emulator answers like the
# English-only service it stands in for, so its texts are not translated.
SOURCES=(app/core app/widgets app/cli app/gui libmrauth)

languages() {
    sed -n 's/^set(MRAUTH_LANGUAGES \(.*\))$/\1/p' "$ROOT/translations/languages.cmake"
}

# Runs lupdate for every language into the .ts files under $1.
update_into() {
    local target=$1 language options
    for language in $(languages); do
        options=(-locations none -no-obsolete -silent -target-language "$language")
        # English is the source language: only the plural forms need a translation.
        [ "$language" = en ] && options+=(-pluralonly)
        (cd "$ROOT" && "$LUPDATE" "${options[@]}" -extensions cpp,h -recursive "${SOURCES[@]}" \
            -ts "$target/mrauth_$language.ts") 2> >(grep -v 'lacks Q_OBJECT macro' >&2)
    done
}

check() {
    local work status=0 file name report
    work=$(mktemp -d)
    # shellcheck disable=SC2064
    trap "rm -rf '$work'" EXIT
    cp "$ROOT"/translations/*.ts "$work/"
    update_into "$work"
    for file in "$ROOT"/translations/*.ts; do
        name=$(basename "$file")
        if ! diff -u "$file" "$work/$name" >"$work/$name.diff"; then
            echo "$name is stale: run scripts/translations.sh update and translate what is new:"
            head -40 "$work/$name.diff"
            status=1
        fi
        report=$("$LRELEASE" "$file" -qm "$work/${name%.ts}.qm" 2>&1)
        if ! grep -q ' 0 unfinished' <<<"$report" || grep -q 'type="unfinished"' "$file"; then
            echo "$name has unfinished entries: $report"
            status=1
        fi
    done
    [ $status -eq 0 ] && echo "translations: $(languages | wc -w) languages up to date and complete"
    return $status
}

case "${1:-}" in
    update) update_into "$ROOT/translations" ;;
    check) check ;;
    *) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
