#!/usr/bin/python3
# Vectorised numpy baseline of the weighted sum (min-max, costs inverted) and TOPSIS (vector normalisation,
# ideals per direction) on the same shape as `modelmatrix-cli bench`: prints one JSON object like it.
# Run with Debian's /usr/bin/python3 (python3-numpy).
import argparse
import json
import time

import numpy as np


def wsm(x, types, w):
    lo, hi = x.min(axis=0), x.max(axis=0)
    r = np.where(types > 0, (x - lo) / (hi - lo), (hi - x) / (hi - lo))
    return r @ w


def topsis(x, types, w):
    v = x / np.sqrt((x * x).sum(axis=0)) * w
    vmax, vmin = v.max(axis=0), v.min(axis=0)
    pis = np.where(types > 0, vmax, vmin)
    nis = np.where(types > 0, vmin, vmax)
    dp = np.sqrt(((v - pis) ** 2).sum(axis=1))
    dm = np.sqrt(((v - nis) ** 2).sum(axis=1))
    return dm / (dp + dm)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--method", choices=["wsm", "topsis"], required=True)
    ap.add_argument("--alternatives", type=int, required=True)
    ap.add_argument("--criteria", type=int, required=True)
    ap.add_argument("--repeat", type=int, default=11)
    ap.add_argument("--seed", type=int, default=42)
    a = ap.parse_args()
    rng = np.random.default_rng(a.seed)
    x = 1.0 + 99.0 * rng.random((a.alternatives, a.criteria))
    types = np.array([1 if j % 2 == 0 else -1 for j in range(a.criteria)])
    w = np.full(a.criteria, 1.0 / a.criteria)
    fn = wsm if a.method == "wsm" else topsis
    fn(x, types, w)  # warm-up
    times, floor = [], []
    for _ in range(a.repeat):
        t0 = time.perf_counter()
        x.sum()
        floor.append((time.perf_counter() - t0) * 1e3)
        t0 = time.perf_counter()
        fn(x, types, w)
        times.append((time.perf_counter() - t0) * 1e3)
    print(json.dumps({"method": a.method, "alternatives": a.alternatives, "criteria": a.criteria,
                      "median_ms": float(np.median(times)), "floor_ms": float(np.median(floor)),
                      "numpy": np.__version__}))


if __name__ == "__main__":
    main()
