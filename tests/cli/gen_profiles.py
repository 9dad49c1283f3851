#!/usr/bin/env python3
# Seeded random decision profiles for the determinism check (native vs WebAssembly): each starts from an example
# profile and draws weights, weighting mode, method and a few constraints. Usage: gen_profiles.py N SEED OUTDIR
import copy
import glob
import json
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
METHODS = ["wsm", "wpm", "waspas", "topsis", "vikor", "promethee2", "copras", "moora", "moora_refpoint", "moora_fmf",
           "spotis", "electre2"]
MODES = ["direct", "direct", "direct", "rank_order", "swing", "entropy", "critic", "std", "merec"]


def main(argv):
    n, seed, out = int(argv[1]), int(argv[2]), argv[3]
    rng = random.Random(seed)
    bases = [json.load(open(p, encoding="utf-8")) for p in sorted(glob.glob(os.path.join(ROOT, "examples/profiles/*.json")))]
    os.makedirs(out, exist_ok=True)
    for i in range(n):
        p = copy.deepcopy(rng.choice(bases))
        p["name"] = "random %d" % i
        mode = rng.choice(MODES)
        p["weighting"] = {"mode": mode}
        for k, c in enumerate(p["criteria"]):
            for key in ("weight", "rank", "points"):
                c.pop(key, None)
            if mode == "direct":
                c["weight"] = rng.choice([0, rng.randint(1, 100)]) if k else rng.randint(1, 100)
            elif mode == "rank_order":
                c["rank"] = k + 1
            elif mode == "swing":
                c["points"] = rng.randint(1, 100)
        p["method"] = {"name": rng.choice(METHODS)}
        cons = p.setdefault("constraints", {})
        if rng.random() < 0.3:
            cons["min_context_tokens"] = rng.choice([8000, 32000, 128000])
        if rng.random() < 0.3:
            cons["max_monthly_usd"] = rng.choice([50, 500, 5000])
        p["missing"] = rng.choice(["worst", "median", "exclude"]) if "missing" in p or rng.random() < 0.5 else p.get("missing", "worst")
        p["robustness"] = {"samples": 200, "spread": 0.2, "seed": rng.randint(1, 10**6)}
        with open(os.path.join(out, "random-%03d.json" % i), "w", encoding="utf-8") as f:
            json.dump(p, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
