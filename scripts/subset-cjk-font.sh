#!/bin/sh
# Regenerates assets/fonts/NotoSansSC-Strata.otf, the CJK font the PNG, SVG and PDF exports draw
# Chinese with (docs/publishing.md, "Fonts"): Noto Sans CJK SC Regular (SIL OFL 1.1) cut down to
# ASCII, Latin-1, general punctuation, arrows and the few math signs the figures print, CJK symbols
# and punctuation, fullwidth forms and every GB2312 character (its 6,763 hanzi and its symbols).
#
# Source: Debian's fonts-noto-cjk (1:20220127, NotoSansCJK-Regular.ttc, face 2 = "Noto Sans CJK
# SC"); tool: fontTools' subsetter (Debian python3-fonttools). Run once by hand after
# `apt-get install -y python3-fonttools fonts-noto-cjk`; CI never runs it (the result is committed).
set -eu

SOURCE=${SOURCE:-/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc}
FACE=${FACE:-2}
PYTHON=${PYTHON:-/usr/bin/python3}
OUT_DIR=$(dirname "$0")/../assets/fonts
OUT="$OUT_DIR/NotoSansSC-Strata.otf"
UNICODES=$(mktemp)
trap 'rm -f "$UNICODES"' EXIT

# Every character GB2312 encodes (rows 1-9 symbols, rows 16-87 hanzi), as U+XXXX, one a line.
"$PYTHON" - > "$UNICODES" <<'PY'
seen = set()
for row in range(0xA1, 0xF8):
    for cell in range(0xA1, 0xFF):
        try:
            ch = bytes([row, cell]).decode('gb2312')
        except UnicodeDecodeError:
            continue
        seen.add(ord(ch))
for code in sorted(seen):
    print('U+%04X' % code)
PY

RANGES='U+0020-007E,U+00A0-00FF,U+2000-206F,U+2190-2199,U+2212,U+221E,U+2264-2265,U+3000-303F,U+FF00-FFEF'

mkdir -p "$OUT_DIR"
"$PYTHON" -m fontTools.subset "$SOURCE" \
  --font-number="$FACE" \
  --unicodes="$RANGES" \
  --unicodes-file="$UNICODES" \
  --layout-features='*' \
  --no-hinting \
  --name-IDs='*' \
  --output-file="$OUT"

"$PYTHON" - "$OUT" <<'PY'
import sys
from fontTools.ttLib import TTFont
font = TTFont(sys.argv[1])
cmap = font.getBestCmap()
hanzi = sum(1 for c in cmap if 0x4E00 <= c <= 0x9FFF)
print('%s: %d characters (%d hanzi), family "%s"' % (sys.argv[1], len(cmap), hanzi, font['name'].getDebugName(1)))
PY
ls -l "$OUT"
