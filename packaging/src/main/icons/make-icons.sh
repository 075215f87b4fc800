#!/usr/bin/env bash
# Makes the installers' icons from backchannel.svg: PNG (Linux), ICO (Windows), ICNS (macOS), and the window's.
# Needs ImageMagick (Debian: apt-get install imagemagick) and python3. The results are committed.
set -euo pipefail
cd "$(dirname "$0")"
convert -background none -density 192 backchannel.svg -resize 256x256 -depth 8 backchannel.png
# The window's own icon (app/WindowIcon).
convert -background none -density 192 backchannel.svg -resize 64x64 -depth 8 ../../../../app/src/main/resources/org/backchannel/app/backchannel-64.png
convert -background none -density 192 backchannel.svg -define icon:auto-resize=256,128,64,48,32,16 backchannel.ico
for size in 128 256 512; do
    convert -background none -density 192 backchannel.svg -resize ${size}x${size} -depth 8 "/tmp/backchannel-$size.png"
done
# ICNS: a header, then one PNG per size under its OSType (ic07 128 px, ic08 256 px, ic09 512 px).
python3 - <<'PY'
import struct
chunks = b"".join(
    kind + struct.pack(">I", 8 + len(data)) + data
    for kind, data in ((k, open(f"/tmp/backchannel-{s}.png", "rb").read())
                       for k, s in ((b"ic07", 128), (b"ic08", 256), (b"ic09", 512))))
open("backchannel.icns", "wb").write(b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks)
PY
rm -f /tmp/backchannel-128.png /tmp/backchannel-256.png /tmp/backchannel-512.png
