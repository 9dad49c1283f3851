#!/usr/bin/env python3
"""Checks `modelmatrix-cli mcda` output against a reference cases file, with the comparison rules of
shared/reference/mcda/README.md (numbers within tolerance + rtol, rankings exact, sets as sets, booleans
exact); with --same OTHER.json also checks two outputs agree (native vs WebAssembly) to 1e-9 relative."""
import json
import math
import sys

SET_KEYS = {"compromise_set", "kernel"}
RANK_KEYS = {"ranking", "ranking_by_Q", "ranking_with_compromise_set"}


def close(got, exp, tol, rtol, path, errors):
    if exp is None:
        if got is not None:
            errors.append(f"{path}: expected null, got {got!r}")
        return
    if isinstance(exp, list):
        if not isinstance(got, list) or len(got) != len(exp):
            errors.append(f"{path}: shape differs (expected {len(exp)} items, got {got!r:.80})")
            return
        for i, (g, e) in enumerate(zip(got, exp)):
            close(g, e, tol, rtol, f"{path}[{i}]", errors)
        return
    if isinstance(exp, bool) or not isinstance(got, (int, float)) or isinstance(got, bool):
        if got != exp:
            errors.append(f"{path}: expected {exp!r}, got {got!r}")
        return
    if not math.isfinite(got) or abs(got - exp) > tol + rtol * abs(exp):
        errors.append(f"{path}: expected {exp} ± {tol + rtol * abs(exp):g}, got {got}")


def check_against_cases(cases, results):
    errors = []
    if len(results) != len(cases):
        return [f"expected {len(cases)} results, got {len(results)}"]
    for c, r in zip(cases, results):
        cid = c["id"]
        if r.get("id") != cid:
            errors.append(f"{cid}: result id is {r.get('id')!r}")
            continue
        if "error" in r:
            errors.append(f"{cid}: engine error: {r['error']}")
            continue
        for key, exp in c["expected"].items():
            if key not in r:
                errors.append(f"{cid}.{key}: missing")
            elif key in SET_KEYS:
                if sorted(r[key]) != sorted(exp) or len(set(r[key])) != len(r[key]):
                    errors.append(f"{cid}.{key}: expected set {exp}, got {r[key]}")
            elif key in RANK_KEYS:
                if r[key] != exp:
                    errors.append(f"{cid}.{key}: expected {exp}, got {r[key]}")
            else:
                close(r[key], exp, c.get("tolerance", 0.0), c.get("rtol", 0.0) or 0.0, f"{cid}.{key}", errors)
    return errors


def same(a, b, path, errors):
    if isinstance(a, dict) and isinstance(b, dict):
        if a.keys() != b.keys():
            errors.append(f"{path}: keys differ")
        for k in a.keys() & b.keys():
            same(a[k], b[k], f"{path}.{k}", errors)
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            same(x, y, f"{path}[{i}]", errors)
    elif isinstance(a, float) or isinstance(b, float):
        if not (isinstance(a, (int, float)) and isinstance(b, (int, float))) or abs(a - b) > 1e-9 * max(1, abs(a), abs(b)):
            errors.append(f"{path}: {a!r} vs {b!r}")
    elif a != b:
        errors.append(f"{path}: {a!r:.60} vs {b!r:.60}")


def main():
    args = sys.argv[1:]
    if len(args) not in (2, 4) or (len(args) == 4 and args[2] != "--same"):
        print("usage: compare_mcda.py CASES.json RESULTS.json [--same OTHER_RESULTS.json]", file=sys.stderr)
        return 2
    cases = json.load(open(args[0]))["cases"]
    results = json.load(open(args[1]))["results"]
    errors = check_against_cases(cases, results)
    ok = len(cases) - len({e.split(":")[0].split(".")[0] for e in errors})
    if len(args) == 4:
        same(results, json.load(open(args[3]))["results"], "results", errors)
    for e in errors:
        print("  " + e)
    print(f"mcda: {ok} of {len(cases)} cases within tolerance; {len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
