#!/usr/bin/env python3
"""Writes web/catalog.js for the site: the catalog, minified, as one JavaScript string
(globalThis.MM_CATALOG_JSON). The page loads it as one of its own files, so the wasm stays small and the
catalog is never fetched at run time (the CSP allows no fetch)."""
import json
import sys


def main() -> int:
    if len(sys.argv) != 3:
        print("usage: embed_js.py CATALOG.json OUT.js", file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        text = f.read()
    try:
        minified = json.dumps(json.loads(text), ensure_ascii=False, separators=(",", ":"))
    except ValueError:
        minified = text  # an invalid catalog is passed through: the app reports it with the JSON path
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write("// Generated from catalog.json by tools/embed_js.py; do not edit.\n")
        if "`" in minified or "${" in minified or "\r" in minified:
            literal = json.dumps(minified, ensure_ascii=False)
        else:
            # String.raw keeps the JSON text byte for byte (backslashes included): ~1.5 KB less once gzipped than
            # a quoted string, where every quote of the JSON needs its own backslash.
            literal = "String.raw`" + minified + "`"
        f.write("globalThis.MM_CATALOG_JSON = " + literal + ";\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
