#!/usr/bin/env bash
# Regenerates every icon file from the SVG sources. The outputs are committed, so a build needs none of
# these tools; run this only after editing app.svg or app-small.svg, then commit the results.
#
#   icons/app.svg        full drawing: PNGs of 48 px and up, and the large .ico/.icns entries
#   icons/app-small.svg  simplified drawing on a 16 px grid: PNGs of 16, 24 and 32 px
#
# Writes:
#   icons/token-refresher-{16,24,32,48,64,128,256,512}.png
#   icons/token-refresher.ico    (Windows: 16..256)
#   icons/token-refresher.icns   (macOS: 16, 32, 48, 128, 256, 512)
#   src/main/resources/io/tokenrefresher/icons/icon-{16,24,32,48,64,128,256}.png  (Stage icons, about box)
#
# Needs (Debian): librsvg2-bin (rsvg-convert), imagemagick (convert), icnsutils (png2icns).
# With --install it installs them itself with apt-get (as root).
set -euo pipefail
cd "$(dirname "$0")"

if [ "${1:-}" = "--install" ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends librsvg2-bin imagemagick icnsutils >/dev/null
fi
for tool in rsvg-convert convert png2icns; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install librsvg2-bin imagemagick icnsutils (or run $0 --install)" >&2; exit 1; }
done

res=../src/main/resources/io/tokenrefresher/icons
mkdir -p "$res"

for size in 16 24 32 48 64 128 256 512; do
  if [ "$size" -le 32 ]; then src=app-small.svg; else src=app.svg; fi
  rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$src" --output "token-refresher-$size.png"
  # drop time stamps and other ancillary chunks so that a re-run gives byte-identical files
  convert "token-refresher-$size.png" -strip -define png:exclude-chunks=date,time "PNG32:token-refresher-$size.png"
  if [ "$size" -le 256 ]; then
    cp "token-refresher-$size.png" "$res/icon-$size.png"
  fi
done

# Windows: one .ico holding 16..256 (ImageMagick stores the 256 px entry as PNG)
convert token-refresher-16.png token-refresher-24.png token-refresher-32.png token-refresher-48.png \
        token-refresher-64.png token-refresher-128.png token-refresher-256.png token-refresher.ico

# macOS: png2icns takes the sizes the format knows (16, 32, 48, 128, 256, 512)
png2icns token-refresher.icns token-refresher-16.png token-refresher-32.png token-refresher-48.png \
         token-refresher-128.png token-refresher-256.png token-refresher-512.png >/dev/null

ls -l token-refresher-*.png token-refresher.ico token-refresher.icns
