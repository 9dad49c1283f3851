#!/usr/bin/env python3
"""Subsets the UI font to the glyphs French and English need (Latin-1, Latin Extended-A for Œ œ,
quotes, dashes, €, arrows, ≤ ≥, bullets), keeping the embedded font small. Only the outlines, metrics and
character map stay: Dear ImGui applies neither kerning nor ligatures, so the layout tables (GPOS, GSUB, kern)
and the names would be dead weight in the web app's download."""
import os
import sys

from fontTools import subset

RANGES = [
    (0x20, 0x7E), (0xA0, 0xFF), (0x152, 0x153), (0x178, 0x178), (0x2013, 0x2014), (0x2018, 0x201E),
    (0x2022, 0x2026), (0x2030, 0x2030), (0x2039, 0x203A), (0x20AC, 0x20AC), (0x2190, 0x2195),
    (0x2212, 0x2212), (0x2248, 0x2248), (0x2260, 0x2265), (0x25B2, 0x25BC), (0x2713, 0x2717),
    (0x00D7, 0x00D7), (0x2009, 0x200A), (0x202F, 0x202F), (0x2192, 0x2192), (0x25CF, 0x25CF),
]


def main() -> int:
    if len(sys.argv) != 3:
        print("usage: subset_font.py IN.ttf OUT.ttf", file=sys.stderr)
        return 2
    unicodes = sorted({c for lo, hi in RANGES for c in range(lo, hi + 1)})
    options = subset.Options()
    options.layout_features = []
    options.drop_tables += ["GDEF", "GPOS", "GSUB", "kern", "MATH"]
    options.name_IDs = []
    options.glyph_names = False
    options.hinting = False
    options.desubroutinize = True
    font = subset.load_font(sys.argv[1], options)
    sub = subset.Subsetter(options)
    sub.populate(unicodes=unicodes)
    sub.subset(font)
    os.makedirs(os.path.dirname(os.path.abspath(sys.argv[2])), exist_ok=True)
    subset.save_font(font, sys.argv[2], options)
    return 0


if __name__ == "__main__":
    sys.exit(main())
