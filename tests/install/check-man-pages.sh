#!/usr/bin/env bash
# Installs the "runtime" component into a temporary prefix and checks the manual pages: one
# for each program in bin/ (gzipped or not), each rendered by groff with every warning on
# (-ww) and by man -l without a message, and mrauth(1) listing every command and option that 'mrauth --help'
# and 'mrauth COMMAND --help' show (it is generated from the same command table).
#
# usage: check-man-pages.sh BUILD_DIR
set -euo pipefail
build_dir=$1

work=$(mktemp -d "${TMPDIR:-/tmp}/mrauth-man.XXXXXX")
trap 'rm -rf "$work"' EXIT
prefix="$work/usr"
cmake --install "$build_dir" --component runtime --prefix "$prefix" >/dev/null
export LC_ALL=C.UTF-8 MANWIDTH=80

status=0
fail() { echo "FAIL: $*"; status=1; }
pass() { echo "PASS: $*"; }

for program in "$prefix"/bin/*; do
    name=$(basename "$program")
    page="$prefix/share/man/man1/$name.1.gz"
    [ -f "$page" ] || page="${page%.gz}"
    [ -f "$page" ] || { fail "no manual page for $name"; continue; }
    if warnings=$(gzip -dcf "$page" | groff -man -Tutf8 -ww -z 2>&1) && [ -z "$warnings" ]; then
        pass "groff -man -ww $name.1"
    else
        fail "groff -man -ww $name.1: $warnings"
    fi
    if command -v man >/dev/null; then
        man -l "$page" >"$work/$name.txt" 2>"$work/$name.err" || fail "man -l $name.1 failed"
        if [ -s "$work/$name.err" ]; then
            fail "man -l $name.1: $(cat "$work/$name.err")"
        fi
        grep -q "^NAME" "$work/$name.txt" && pass "man -l $name.1" || fail "man -l $name.1: no NAME"
    else
        gzip -dcf "$page" | groff -man -Tutf8 >"$work/$name.txt" 2>/dev/null
    fi
done

# mrauth(1) against the program's own help.
# The build tree's mrauth, which finds its library (the installed one has no RPATH).
mrauth="$build_dir/app/cli/mrauth"
rendered="$work/mrauth.txt"
commands=$("$mrauth" --help | sed -n '/^Commands:/,/^$/p' | sed -n 's/^  \([a-z][a-z ]*[a-z]\)  .*/\1/p')
[ -n "$commands" ] || fail "no commands in 'mrauth --help'"
while IFS= read -r command; do
    grep -q "mrauth $command" "$rendered" || fail "mrauth(1) lacks 'mrauth $command'"
    # shellcheck disable=SC2086
    for option in $("$mrauth" $command --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
        grep -q -- "$option" "$rendered" || fail "mrauth(1) lacks $option of 'mrauth $command'"
    done
done <<<"$commands"
[ $status -eq 0 ] && pass "mrauth(1) has every command and option of --help"
exit $status
