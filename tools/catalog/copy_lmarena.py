#!/usr/bin/env python3
"""Copy LMArena's ratings for the catalog's models into curated/lmarena.json.

Usage:
  python3 tools/catalog/copy_lmarena.py DUMP.json [--check]

DUMP.json is one publication of LMArena's `text_style_control` subset (the arena.ai default view) as
JSON rows {category, model_name, rating, rating_lower, rating_upper, vote_count, rank}, with
`meta.leaderboard_publish_date`: the daily copies of the Hugging Face dataset
lmarena-ai/leaderboard-dataset in Scarlett9826/arena-ai-leaderboards (data/lmarena/<date>/), see
docs/CATALOG.md. The dump is not in ../shared/data, so the copied rows are the curated input that
build_catalog.py reads.

Each model's `arena` key (curated/models.json) is read in the categories the catalog uses; `arena_alt`
names the model's other reasoning setting, whose ratings are copied for the notes. A key with no row in
the overall category is refused (a misspelt key would otherwise pass unseen).
--check compares the curated file with what the dump gives and exits 1 on a difference.
Python 3 standard library only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CURATED = os.path.join(HERE, "curated")
OUT = os.path.join(CURATED, "lmarena.json")
RATED = ("overall", "french", "coding")         # the catalog's three arena benchmarks
CATEGORIES = RATED + ("english",)               # English only as language evidence


def row(r):
    return {"rating": round(r["rating"], 1), "lower": round(r["rating_lower"], 1), "upper": round(r["rating_upper"], 1),
            "votes": int(r["vote_count"]), "rank": int(r["rank"])}


def copy(dump, models):
    cats = {c: {} for c in CATEGORIES}
    for r in dump["rows"]:
        if r["category"] in cats:
            cats[r["category"]][r["model_name"]] = r
    out = {}
    for c in models:
        for field in ("arena", "arena_alt"):
            k = c.get(field)
            if k and k not in cats["overall"]:
                sys.exit("copy_lmarena: %s: %s key %s has no overall row in the dump" % (c["id"], field, k))
        if not c.get("arena"):
            continue
        e = {"key": c["arena"]}
        e.update({cat: row(cats[cat][c["arena"]]) for cat in CATEGORIES if c["arena"] in cats[cat]})
        if c.get("arena_alt"):
            alt = {"key": c["arena_alt"]}
            alt.update({cat: round(cats[cat][c["arena_alt"]]["rating"], 1) for cat in RATED if c["arena_alt"] in cats[cat]})
            e["other"] = alt
        out[c["id"]] = e
    date = dump["meta"]["leaderboard_publish_date"]
    return {"source": "lmarena-" + date, "publish_date": date, "subset": dump["meta"].get("subset"),
            "models_in_category": {cat: len(cats[cat]) for cat in CATEGORIES}, "models": out}


def dumps(d):
    """One line per model, so that a refresh reads as a diff of the models that changed."""
    head = {k: v for k, v in d.items() if k != "models"}
    lines = [" %s: %s" % (json.dumps(k), json.dumps(v, ensure_ascii=False)) for k, v in head.items()]
    body = ",\n".join("  %s: %s" % (json.dumps(k), json.dumps(v, ensure_ascii=False)) for k, v in d["models"].items())
    return "{\n" + ",\n".join(lines) + ',\n "models": {\n' + body + "\n }\n}\n"


def main(argv):
    if not argv or argv[0].startswith("-"):
        print(__doc__.strip())
        return 2
    try:
        with open(argv[0], encoding="utf-8") as f:
            dump = json.load(f)
    except (OSError, ValueError) as e:
        print("copy_lmarena: cannot read %s: %s" % (argv[0], e))
        return 2
    with open(os.path.join(CURATED, "models.json"), encoding="utf-8") as f:
        models = json.load(f)
    text = dumps(copy(dump, models))
    if "--check" in argv[1:]:
        with open(OUT, encoding="utf-8") as f:
            same = f.read() == text
        print("copy_lmarena: lmarena.json %s" % ("matches the dump" if same else "differs from the dump"))
        return 0 if same else 1
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("copy_lmarena: %d models written to %s" % (len(json.loads(text)["models"]), os.path.relpath(OUT)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
