#!/usr/bin/env bash
# Renders the application icon (resources/icons/mrauth.svg, the source) into the hicolor PNG
# sizes that resources/CMakeLists.txt installs. Run after changing the SVG, and commit the PNGs.
# Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
id=io.github.mrauth.MrAuth
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "$here/${size}x${size}"
    rsvg-convert --width "$size" --height "$size" --format png \
        --output "$here/${size}x${size}/$id.png" "$here/../mrauth.svg"
done
