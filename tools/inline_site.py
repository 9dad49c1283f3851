#!/usr/bin/env python3
"""Writes build/site/modelmatrix.html: the whole app in one file (CSS, scripts, the catalog and the single-file
build of the app, which carries its WebAssembly inside the JS), for opening straight from disk. The CSP keeps
the same rules, with the inline scripts and style allowed by their sha256 hashes instead of 'self', and
connect-src limited to data: (the embedded WebAssembly) since there is no file to fetch."""
import base64
import hashlib
import os
import re
import sys


def sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def main() -> int:
    if len(sys.argv) != 3:
        print("usage: inline_site.py SITE_DIR SINGLE_FILE_APP.js", file=sys.stderr)
        return 2
    site, single = sys.argv[1], sys.argv[2]
    html = open(os.path.join(site, "index.html"), encoding="utf-8").read()
    script_hashes, style_hashes = [], []

    def inline_style(m):
        css = open(os.path.join(site, m.group(1)), encoding="utf-8").read()
        style_hashes.append(sha256(css))
        return "<style>" + css + "</style>"

    def script(path):
        js = open(path, encoding="utf-8").read()
        if "</script" in js:
            js = js.replace("</script", "<\\/script")
        script_hashes.append(sha256(js))
        return "<script>" + js + "</script>"

    def inline_script(m):
        if m.group(1) == "modelmatrix.js":
            return script(single)
        out = script(os.path.join(site, m.group(1)))
        # The catalog's details (loaded after the first frame on the site) go in before the catalog: one decoding.
        details = os.path.join(site, "catalog-details.js")
        if m.group(1) == "catalog.js" and os.path.exists(details):
            out = script(details) + out
        return out

    html = re.sub(r'<link rel="stylesheet" href="([^"]+)">', inline_style, html)
    html = re.sub(r'<script src="([^"]+)"(?: async)?></script>', inline_script, html)
    html = html.replace("script-src 'self'", "script-src " + " ".join(script_hashes))
    html = html.replace("style-src 'self'", "style-src " + " ".join(style_hashes))
    html = html.replace("connect-src 'self'", "connect-src data:")
    if "'self'" in html.split("Content-Security-Policy", 1)[1].split(">", 1)[0]:
        print("inline_site.py: the CSP still refers to 'self'", file=sys.stderr)
        return 1
    with open(os.path.join(site, "modelmatrix.html"), "w", encoding="utf-8") as f:
        f.write(html)
    return 0


if __name__ == "__main__":
    sys.exit(main())
