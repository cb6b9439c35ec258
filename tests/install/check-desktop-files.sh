#!/usr/bin/env bash
# Installs the "runtime" component (what the mrauth package holds) into a temporary prefix and
# checks what the desktop sees: the desktop file (desktop-file-validate), the AppStream
# metainfo (appstreamcli validate --no-net), that they name the same id as the icon in every
# hicolor size and the app's setDesktopFileName, and that the programs they name are there.
# The validators run when they are installed (Debian: desktop-file-utils, appstream).
#
# usage: check-desktop-files.sh BUILD_DIR APP_ID
set -euo pipefail
build_dir=$1
app_id=$2

work=$(mktemp -d "${TMPDIR:-/tmp}/mrauth-desktop.XXXXXX")
trap 'rm -rf "$work"' EXIT
prefix="$work/usr"
cmake --install "$build_dir" --component runtime --prefix "$prefix" >/dev/null

status=0
fail() { echo "FAIL: $*"; status=1; }
pass() { echo "PASS: $*"; }

desktop="$prefix/share/applications/$app_id.desktop"
metainfo="$prefix/share/metainfo/$app_id.metainfo.xml"
[ -f "$desktop" ] && pass "desktop file installed" || fail "no $desktop"
[ -f "$metainfo" ] && pass "metainfo installed" || fail "no $metainfo"

if command -v desktop-file-validate >/dev/null; then
    if out=$(desktop-file-validate "$desktop" 2>&1) && [ -z "$out" ]; then
        pass "desktop-file-validate"
    else
        fail "desktop-file-validate: $out"
    fi
else
    echo "SKIP: desktop-file-validate is not installed (desktop-file-utils)"
fi
if command -v appstreamcli >/dev/null; then
    if out=$(appstreamcli validate --no-net --no-color "$metainfo" 2>&1); then
        pass "appstreamcli validate --no-net"
    else
        fail "appstreamcli validate: $out"
    fi
else
    echo "SKIP: appstreamcli is not installed (appstream)"
fi

# One id everywhere: the icon name, the metainfo id and launchable, the desktop file name the
# app sets (QGuiApplication::setDesktopFileName, compiled in).
grep -qx "Icon=$app_id" "$desktop" && pass "Icon=$app_id" || fail "Icon= is not $app_id"
grep -q "<id>$app_id</id>" "$metainfo" && pass "metainfo id" || fail "metainfo id is not $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" &&
    pass "metainfo launchable" || fail "metainfo launchable is not $app_id.desktop"
# QStringLiteral keeps it in UTF-16.
if python3 -c 'import sys; sys.exit(sys.argv[1].encode("utf-16-le") not in open(sys.argv[2], "rb").read())' \
    "$app_id" "$prefix/bin/mrauth-gui"; then
    pass "mrauth-gui sets its desktop file name"
else
    fail "mrauth-gui does not contain $app_id"
fi
[ -f "$prefix/share/icons/hicolor/scalable/apps/$app_id.svg" ] && pass "scalable icon" ||
    fail "no scalable icon"
for size in 16 22 24 32 48 64 128 256; do
    png="$prefix/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    if [ -f "$png" ] && file "$png" | grep -q "PNG image data, $size x $size"; then
        pass "icon ${size}x${size}"
    else
        fail "icon ${size}x${size}: $(file "$png" 2>&1)"
    fi
done
for exec in $(sed -n 's/^\(Try\)\{0,1\}Exec=\([^ ]*\).*/\2/p' "$desktop" | sort -u); do
    [ -x "$prefix/bin/$exec" ] && pass "Exec $exec installed" || fail "Exec $exec is not in bin/"
done
for binary in $(sed -n 's:.*<binary>\(.*\)</binary>.*:\1:p' "$metainfo"); do
    [ -x "$prefix/bin/$binary" ] && pass "provides $binary" || fail "provided $binary is not in bin/"
done
exit $status
