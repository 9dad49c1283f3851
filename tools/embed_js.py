#!/usr/bin/env python3
"""Writes the site's catalog scripts from catalog.json: catalog.js sets globalThis.MM_CATALOG_JSON, the catalog's JSON
text, and catalog-details.js the models' figure notes and descriptive texts. The page loads both as its own files, so the wasm stays small
and the catalog is never fetched at run time (the CSP allows no fetch).

The models go in by column: every model is cut into its leaves (paths such as pricing.input_per_mtok.source),
each path's values across the models form one array, and a model keeps only the list of its paths (its shape,
shared by the models built alike). Similar values side by side compress better: ~10 KB less once gzipped than
the minified JSON. A few lines of JavaScript put the objects back together and hand LoadCatalog the same JSON
(numbers written by JavaScript: 13.0 becomes 13, the same value). A catalog that does not fit this (not valid
JSON, models that are not objects, a number JavaScript cannot hold exactly) goes in as its minified text.

The details (each figure's note and each model's descriptive text: two thirds of the catalog once gzipped) are not
needed for the first frame: their columns go to catalog-details.js, which the page loads once the first frame is
drawn (web/mm_boot.js), and the app then reads the whole catalog again. Where catalog-details.js ran first (the
single-file copy), catalog.js decodes the whole catalog at once.

With a fourth argument (selfhost.json: devices, quantisations, architectures for the self-hosting estimates), its
minified text goes into catalog-details.js too, as globalThis.MM_SELFHOST_JSON: it is not needed for the first frame
either."""
import json
import sys

# Rebuilds the catalog from the columns (see above) and writes its JSON text.
# Columns still to come (the details before catalog-details.js has run) are null: their leaves are left out.
DECODER = """(function (c, details) {
  const cols = c.cols.map((col, p) => (col === null && details ? details[p] || null : col));
  const next = c.cols.map(() => 0);
  c.root.models = c.rows.map((shape) => {
    const model = {};
    for (const p of c.shapes[shape]) {
      if (cols[p] === null) continue;
      const path = c.paths[p];
      let o = model;
      for (let i = 0; i + 1 < path.length; i++) o = o[path[i]] || (o[path[i]] = {});
      o[path[path.length - 1]] = cols[p][next[p]++];
    }
    return model;
  });
  return JSON.stringify(c.root);
})"""


def leaves(obj, prefix):
    for key, value in obj.items():
        if isinstance(value, dict) and value:
            yield from leaves(value, prefix + (key,))
        else:
            yield prefix + (key,), value


def exact_in_js(value) -> bool:
    """True when JSON.parse then JSON.stringify keeps the value (numbers within 2^53, no __proto__ key)."""
    if isinstance(value, dict):
        return "__proto__" not in value and all(exact_in_js(v) for v in value.values())
    if isinstance(value, list):
        return all(exact_in_js(v) for v in value)
    if isinstance(value, int) and not isinstance(value, bool):
        return abs(value) <= 2 ** 53
    return True


def columns(doc):
    """The column form of doc, or None when doc does not fit it."""
    if not isinstance(doc, dict) or not exact_in_js(doc):
        return None
    models = doc.get("models")
    if not isinstance(models, list) or not all(isinstance(m, dict) and m for m in models):
        return None
    paths, path_ids, cols, shapes, shape_ids, rows = [], {}, [], [], {}, []
    for model in models:
        shape = []
        for path, value in leaves(model, ()):
            if path not in path_ids:
                path_ids[path] = len(paths)
                paths.append(list(path))
                cols.append([])
            shape.append(path_ids[path])
            cols[path_ids[path]].append(value)
        key = tuple(shape)
        if key not in shape_ids:
            shape_ids[key] = len(shapes)
            shapes.append(shape)
        rows.append(shape_ids[key])
    root = {k: (None if k == "models" else v) for k, v in doc.items()}
    return {"root": root, "paths": paths, "shapes": shapes, "rows": rows, "cols": cols}


def js_string(text: str) -> str:
    """A JavaScript literal holding text."""
    if "`" in text or "${" in text or "\r" in text:
        return json.dumps(text, ensure_ascii=False)
    # String.raw keeps the JSON text byte for byte (backslashes included): ~1.5 KB less once gzipped than a
    # quoted string, where every quote of the JSON needs its own backslash.
    return "String.raw`" + text + "`"


def minify(path: str) -> str:
    """The minified JSON text of the file, or the file as it is when it is not JSON (the app names the fault)."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    try:
        return json.dumps(json.loads(text), ensure_ascii=False, separators=(",", ":"))
    except ValueError:
        return text


def main() -> int:
    if len(sys.argv) not in (4, 5):
        print("usage: embed_js.py CATALOG.json OUT_CATALOG.js OUT_DETAILS.js [SELFHOST.json]", file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        text = f.read()
    try:
        doc = json.loads(text)
        minified = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    except ValueError:
        doc, minified = None, text  # an invalid catalog is passed through: the app reports it with the JSON path
    packed = columns(doc)
    details = {}
    if packed is not None:
        for p, path in enumerate(packed["paths"]):
            if path[-1] == "note" or path[0] == "text":
                details[str(p)] = packed["cols"][p]
                packed["cols"][p] = None
    dump = lambda v: json.dumps(v, ensure_ascii=False, separators=(",", ":"))
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write("// Generated from catalog.json by tools/embed_js.py; do not edit.\n")
        if packed is not None:
            f.write("globalThis.MM_CATALOG_COLUMNS = " + dump(packed) + ";\n")
            f.write("globalThis.MM_CATALOG_DECODE = " + DECODER + ";\n")
            f.write("globalThis.MM_CATALOG_JSON = MM_CATALOG_DECODE(MM_CATALOG_COLUMNS, globalThis.MM_CATALOG_DETAILS);\n")
        else:
            f.write("globalThis.MM_CATALOG_JSON = " + js_string(minified) + ";\n")
    with open(sys.argv[3], "w", encoding="utf-8") as f:
        f.write("// Generated from catalog.json by tools/embed_js.py; do not edit.\n")
        f.write("globalThis.MM_CATALOG_DETAILS = " + dump(details) + ";\n")
        if len(sys.argv) == 5:
            f.write("globalThis.MM_SELFHOST_JSON = " + js_string(minify(sys.argv[4])) + ";\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
