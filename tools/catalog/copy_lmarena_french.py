#!/usr/bin/env python3
"""Copy LMArena's French-category ratings for the catalog's models into curated/french_lmarena.json.

Usage:
  python3 tools/catalog/copy_lmarena_french.py DUMP.json [--check]

DUMP.json is one publication of LMArena's `text_style_control` subset (the arena.ai default view) as
JSON rows {category, model_name, rating, rating_lower, rating_upper, vote_count, rank}, with
`meta.leaderboard_publish_date`: the daily copies of the Hugging Face dataset
lmarena-ai/leaderboard-dataset in Scarlett9826/arena-ai-leaderboards (data/lmarena/<date>/), see
docs/CATALOG.md. The dump is not in ../shared/data, so the copied rows are the curated input that
build_catalog.py reads.

Which arena key a model takes (curated/models.json): `arena_fr` when set, else its `arena` key, else its
`arena_new` key, so that a model's French figure names the same arena variant as its overall one;
`arena_fr_alt` names the model's other reasoning mode, copied for the note.
--check compares the curated file with what the dump gives and exits 1 on a difference.
Python 3 standard library only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CURATED = os.path.join(HERE, "curated")
OUT = os.path.join(CURATED, "french_lmarena.json")


def row(r):
    return {"key": r["model_name"], "rating": round(r["rating"], 1), "lower": round(r["rating_lower"], 1),
            "upper": round(r["rating_upper"], 1), "votes": int(r["vote_count"]), "rank": int(r["rank"])}


def copy(dump, models):
    french = {r["model_name"]: r for r in dump["rows"] if r["category"] == "french"}
    out = {}
    for c in models:
        key = c.get("arena_fr") or c.get("arena") or c.get("arena_new")
        if not key:
            continue
        if key not in french:
            if c.get("arena_fr"):
                sys.exit("copy_lmarena_french: %s: arena_fr key %s has no French row" % (c["id"], key))
            continue
        e = row(french[key])
        alt = c.get("arena_fr_alt")
        if alt:
            if alt not in french:
                sys.exit("copy_lmarena_french: %s: arena_fr_alt key %s has no French row" % (c["id"], alt))
            e["other"] = {"key": alt, "rating": round(french[alt]["rating"], 1)}
        out[c["id"]] = e
    date = dump["meta"]["leaderboard_publish_date"]
    return {"source": "lmarena-fr-" + date, "publish_date": date, "subset": dump["meta"].get("subset"),
            "models_in_category": len(french), "models": out}


def main(argv):
    if not argv or argv[0].startswith("-"):
        print(__doc__.strip())
        return 2
    try:
        with open(argv[0], encoding="utf-8") as f:
            dump = json.load(f)
    except (OSError, ValueError) as e:
        print("copy_lmarena_french: cannot read %s: %s" % (argv[0], e))
        return 2
    with open(os.path.join(CURATED, "models.json"), encoding="utf-8") as f:
        models = json.load(f)
    text = json.dumps(copy(dump, models), indent=1, ensure_ascii=False) + "\n"
    if "--check" in argv[1:]:
        with open(OUT, encoding="utf-8") as f:
            same = f.read() == text
        print("copy_lmarena_french: %s" % ("french_lmarena.json matches the dump" if same else "french_lmarena.json differs from the dump"))
        return 0 if same else 1
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("copy_lmarena_french: %d models written to %s" % (len(json.loads(text)["models"]), os.path.relpath(OUT)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
