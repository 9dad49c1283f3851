#!/usr/bin/env python3
"""Build catalog.json from raw public data files plus our curated inputs.

Usage:
  python3 tools/catalog/build_catalog.py [--data-dir DIR] [--check] [--out FILE] [FILE ...]

Raw data files (see ../shared/data/PROVENANCE.md) are recognised by their file
name; they can be given on the command line and/or found in --data-dir
(default: ../shared/data relative to the repository, when it exists).
Curated inputs live in tools/catalog/curated/ (see docs/CATALOG.md).

The output is deterministic: same inputs -> byte-identical catalog.json.
Python 3 standard library only.
"""
import argparse
import csv
import glob
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
CURATED = os.path.join(HERE, "curated")

CATALOG_AS_OF = "2026-08-01"          # newest data date used (OpenRouter snapshot)
CATALOG_VERSION = "2026.08.01"
LITELLM_AS_OF = "2026-07-24"          # a newer dated llm-prices.com price wins over LiteLLM        # bump with every refresh (kept stable for --check)

# file-name patterns of the raw data files -> logical name
RAW_FILES = {
    "litellm": "litellm-model-prices.json",
    "litellm_old": "litellm-model-prices-2025-07-19.json",
    "openrouter": "openrouter-models-2026-08-01.json",
    "modelsdev": "models-dev-bundle.json",
    "aa": "artificialanalysis-llms-2026-07-10.json",
    "ollama": "ollama-library.json",
    "rep_open": "reported-benchmarks-open.csv",
    "rep_flag": "reported-benchmarks-flagship.csv",
}
RAW_DIRS = {"simonw": "llm-prices-simonw", "llmstats": "llm-stats"}

SRC = {
    "litellm": "litellm-2026-07-24", "litellm_old": "litellm-2025-07-19", "simonw": "llm-prices",
    "openrouter": "openrouter-2026-08-01", "modelsdev": "models-dev", "aa": "artificial-analysis-2026-07-10",
    "llmstats": "llm-stats",
    "rep": "reported-benchmarks", "ollama": "ollama-library", "euroeval_fr": "euroeval-fr-2026-04-17",
}


def die(msg):
    sys.stderr.write("build_catalog: " + msg + "\n")
    sys.exit(2)


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def num(x, nd=6):
    """Round a float to kill binary noise; ints stay ints."""
    if x is None:
        return None
    if isinstance(x, str):
        x = float(x)
    r = round(float(x), nd)
    if r == int(r) and abs(r) < 1e15:
        return int(r)
    return r


def per_m(per_token):
    """USD per token -> USD per million tokens."""
    if per_token is None:
        return None
    return num(float(per_token) * 1_000_000, 4)


def fig(value, source, basis, note=None, as_of=None):
    f = {"value": value, "source": source, "basis": basis}
    if as_of:
        f["as_of"] = as_of
    if note:
        f["note"] = note
    return f


# ---------------------------------------------------------------- raw data
class Raw:
    def __init__(self, files):
        self.f = files
        self.lite = self._j("litellm", {})
        self.lite_old = self._j("litellm_old", {})
        orr = self._j("openrouter", {"data": []})
        self.orouter = {m["id"]: m for m in (orr["data"] if isinstance(orr, dict) else orr)}
        self.mdev = self._j("modelsdev", {})
        aa = self._j("aa", {"models": []})
        self.aa = {m["slug"]: m for m in aa["models"]}
        self.ollama = {m["name"]: {t["name"]: t for t in m["tags"]} for m in self._j("ollama", [])}
        self.rep = {}
        for key, kind in (("rep_open", "open"), ("rep_flag", "flagship")):
            if key in files:
                with open(files[key], encoding="utf-8") as fh:
                    for row in csv.DictReader(fh):
                        self.rep[(kind, row["model_name"])] = row
        self.simonw = {}
        d = files.get("simonw")
        if d:
            for p in sorted(glob.glob(os.path.join(d, "*.json"))):
                for m in load_json(p)["models"]:
                    self.simonw.setdefault(m["id"], m)   # first occurrence wins (xai.json has a duplicate id)
        self.llmstats = {}
        d = files.get("llmstats")
        if d:
            for p in sorted(glob.glob(os.path.join(d, "models", "*", "*", "model.json"))):
                key = "/".join(p.split(os.sep)[-3:-1])
                self.llmstats[key] = load_json(p)

    def _j(self, key, default):
        p = self.f.get(key)
        return load_json(p) if p else default

    def mdev_get(self, path):
        """models.dev entry with base_model / models/ inheritance resolved."""
        if not path:
            return None
        e = self.mdev.get(path + ".toml")
        if e is None:
            return None
        base = e.get("base_model")
        merged = {}
        if base:
            b = self.mdev.get("models/" + base + ".toml") or {}
            merged.update(b)
        merged.update(e)
        return merged


def find_files(args):
    files = {}
    cands = list(args.files)
    if args.data_dir:
        for n in list(RAW_FILES.values()) + list(RAW_DIRS.values()):
            p = os.path.join(args.data_dir, n)
            if os.path.exists(p):
                cands.append(p)
    for p in cands:
        base = os.path.basename(os.path.normpath(p))
        for k, n in list(RAW_FILES.items()) + list(RAW_DIRS.items()):
            if base == n:
                files.setdefault(k, p)
    return files


# ---------------------------------------------------------------- builders
def simonw_current(entry, as_of=None):
    """Price of an llm-prices entry valid on the catalog date (per million).

    Entries whose from_date is after the catalog's as_of are announced future prices: they are
    never selected (the date rule of docs/CATALOG.md). to_date is exclusive (the next from_date)."""
    if not entry:
        return None
    as_of = as_of or CATALOG_AS_OF
    hist = [h for h in (entry.get("price_history") or []) if (h.get("from_date") or "") <= as_of]
    cur = [h for h in hist if h.get("to_date") is None or h["to_date"] > as_of] or hist
    if not cur:
        return None
    cur = sorted(cur, key=lambda h: h.get("from_date") or "")[-1]
    return cur


def simonw_future(entry, as_of=None):
    """Prices of an llm-prices entry that start after the catalog date (not used, only noted)."""
    as_of = as_of or CATALOG_AS_OF
    return sorted((h for h in ((entry or {}).get("price_history") or []) if (h.get("from_date") or "") > as_of),
                  key=lambda h: h["from_date"])


def build_pricing(c, raw, notes):
    src_order = []
    for h in simonw_future(raw.simonw.get(c.get("simonw"))) if c.get("simonw") else []:
        notes.append("Announced price from %s (after the catalog date %s, not used): %s/%s USD per M (input/output)." % (
            h["from_date"], CATALOG_AS_OF, num(h.get("input")), num(h.get("output"))))
    sw_cur = simonw_current(raw.simonw.get(c.get("simonw"))) if c.get("simonw") else None
    newer = bool(sw_cur and (sw_cur.get("from_date") or "") > LITELLM_AS_OF)
    if c.get("price_from") == "mdev":
        src_order = ["mdev", "lite", "lite_old", "simonw", "orouter"]
    elif c.get("price_from") == "simonw" or newer:
        src_order = ["simonw", "lite", "lite_old", "orouter"]
    else:
        src_order = ["lite", "lite_old", "simonw", "orouter"]
    host_default = c["provider"]
    for s in src_order:
        key = c.get(s)
        if not key:
            continue
        if s in ("lite", "lite_old"):
            table = raw.lite if s == "lite" else raw.lite_old
            e = table.get(key)
            if not e or e.get("input_cost_per_token") is None or e.get("output_cost_per_token") is None:
                continue
            source = SRC["litellm" if s == "lite" else "litellm_old"]
            inp, out = per_m(e["input_cost_per_token"]), per_m(e["output_cost_per_token"])
            if inp == 0 and out == 0:
                continue   # free-tier artefact, not a list price
            basis = "vendor"
            n = "Maker's list price, as recorded by LiteLLM (key %s)." % key
            p = {"input_per_mtok": fig(inp, source, basis, n), "output_per_mtok": fig(out, source, basis, n),
                 "cached_input_per_mtok": None, "long_context": None, "host": host_default}
            if e.get("cache_read_input_token_cost") is not None:
                p["cached_input_per_mtok"] = fig(per_m(e["cache_read_input_token_cost"]), source, basis)
            for thr in ("128k", "200k", "272k"):
                ki, ko = "input_cost_per_token_above_%s_tokens" % thr, "output_cost_per_token_above_%s_tokens" % thr
                if e.get(ki) is not None and e.get(ko) is not None:
                    t = int(thr[:-1]) * 1000
                    p["long_context"] = {"threshold_tokens": t,
                                         "input_per_mtok": fig(per_m(e[ki]), source, basis, "Above %d input tokens." % t),
                                         "output_per_mtok": fig(per_m(e[ko]), source, basis, "Above %d input tokens." % t)}
                    break
            # cross-check with simonw
            sw = simonw_current(raw.simonw.get(c.get("simonw"))) if c.get("simonw") else None
            if sw and (num(sw.get("input")) != inp or num(sw.get("output")) != out):
                notes.append("Price conflict: llm-prices.com lists %s/%s USD per M (input/output); LiteLLM kept." % (
                    num(sw.get("input")), num(sw.get("output"))))
            return p
        if s == "mdev":
            md = raw.mdev_get(key)
            cost = (md or {}).get("cost") or {}
            if cost.get("input") is None or cost.get("output") is None:
                continue
            n = "Maker's list price from models.dev (%s)." % key
            p = {"input_per_mtok": fig(num(cost["input"]), SRC["modelsdev"], "vendor", n),
                 "output_per_mtok": fig(num(cost["output"]), SRC["modelsdev"], "vendor", n),
                 "cached_input_per_mtok": None, "long_context": None, "host": host_default}
            if cost.get("cache_read") is not None:
                p["cached_input_per_mtok"] = fig(num(cost["cache_read"]), SRC["modelsdev"], "vendor")
            le = raw.lite.get(c.get("lite") or "")
            orp = (raw.orouter.get(c.get("orouter") or "") or {}).get("pricing") or {}
            aap = ((raw.aa.get(c.get("aa") or "") or {}).get("pricing") or {})
            agree = " (Artificial Analysis agrees)" if (num(aap.get("price_1m_input_tokens")), num(aap.get("price_1m_output_tokens"))) == (num(cost["input"]), num(cost["output"])) else ""
            for name, pi, po in (("LiteLLM", (le or {}).get("input_cost_per_token"), (le or {}).get("output_cost_per_token")),
                                 ("OpenRouter", orp.get("prompt"), orp.get("completion"))):
                if pi is not None and po is not None and (per_m(pi), per_m(po)) != (num(cost["input"]), num(cost["output"])):
                    notes.append("Price conflict: %s lists %s/%s USD per M (input/output); models.dev kept%s." % (name, per_m(pi), per_m(po), agree))
            return p
        if s == "simonw":
            e = raw.simonw.get(key)
            cur = simonw_current(e)
            if not cur or cur.get("input") is None or cur.get("output") is None:
                continue
            as_of = cur.get("from_date")
            n = "Maker's list price from llm-prices.com (id %s%s)." % (key, ", valid from " + as_of if as_of else "")
            p = {"input_per_mtok": fig(num(cur["input"]), SRC["simonw"], "vendor", n, as_of),
                 "output_per_mtok": fig(num(cur["output"]), SRC["simonw"], "vendor", n, as_of),
                 "cached_input_per_mtok": None, "long_context": None, "host": host_default}
            if cur.get("input_cached") is not None:
                p["cached_input_per_mtok"] = fig(num(cur["input_cached"]), SRC["simonw"], "vendor", None, as_of)
            for suffix, thr in (("-128k", 128000), ("-200k", 200000), ("-272k", 272000), ("-256k", 256000)):
                lc = simonw_current(raw.simonw.get(key + suffix))
                if lc and lc.get("input") is not None and lc.get("output") is not None:
                    p["long_context"] = {"threshold_tokens": thr,
                                         "input_per_mtok": fig(num(lc["input"]), SRC["simonw"], "vendor", "Above %d input tokens." % thr),
                                         "output_per_mtok": fig(num(lc["output"]), SRC["simonw"], "vendor", "Above %d input tokens." % thr)}
                    break
            other = raw.lite_old.get(c.get("lite_old") or "") or raw.lite.get(c.get("lite") or "")
            if other and other.get("input_cost_per_token") is not None:
                li, lo = per_m(other["input_cost_per_token"]), per_m(other.get("output_cost_per_token"))
                if (li, lo) != (num(cur["input"]), num(cur["output"])):
                    notes.append("Price conflict: LiteLLM lists %s/%s USD per M (input/output), an older, promotional or free-tier price; llm-prices.com kept." % (li, lo))
            prev = [h for h in (e.get("price_history") or []) if h is not cur and h.get("to_date") and h.get("to_date") == as_of]
            if prev:
                notes.append("Price changed on %s; before: %s/%s USD per M (input/output)." % (as_of, num(prev[0].get("input")), num(prev[0].get("output"))))
            return p
        if s == "orouter":
            e = raw.orouter.get(key)
            if not e:
                continue
            pr = e.get("pricing") or {}
            if pr.get("prompt") is None or pr.get("completion") is None:
                continue
            inp, out = per_m(pr["prompt"]), per_m(pr["completion"])
            if inp < 0 or out < 0 or (inp == 0 and out == 0):
                continue
            open_w = c["kind"] == "open_weights"
            host = "openrouter" if open_w else host_default
            basis = "third_party" if open_w else "vendor"
            n = ("Price on OpenRouter (id %s), the cheapest or default host on 2026-08-01, not a maker's list price." % key
                 if open_w else "Maker's list price as resold by OpenRouter (id %s)." % key)
            if c.get("host"):
                host = c["host"]
            p = {"input_per_mtok": fig(inp, SRC["openrouter"], basis, n), "output_per_mtok": fig(out, SRC["openrouter"], basis, n),
                 "cached_input_per_mtok": None, "long_context": None, "host": host}
            if pr.get("input_cache_read") not in (None, "0", 0):
                p["cached_input_per_mtok"] = fig(per_m(pr["input_cache_read"]), SRC["openrouter"], basis)
            return p
    return None


def relative_cost(pricing):
    if not pricing:
        return None
    i, o = pricing["input_per_mtok"]["value"], pricing["output_per_mtok"]["value"]
    b = (3 * i + o) / 4
    if b < 0.5:
        return 1
    if b < 2:
        return 2
    if b < 8:
        return 3
    if b < 25:
        return 4
    return 5


def lite_entry(c, raw):
    if c.get("lite") and c["lite"] in raw.lite:
        return raw.lite[c["lite"]], SRC["litellm"]
    if c.get("lite_old") and c["lite_old"] in raw.lite_old:
        return raw.lite_old[c["lite_old"]], SRC["litellm_old"]
    return None, None


def build_limits(c, raw):
    le, lsrc = lite_entry(c, raw)
    md = raw.mdev_get(c.get("mdev"))
    orr = raw.orouter.get(c.get("orouter") or "")
    aa = raw.aa.get(c.get("aa") or "")
    ctx = mo = None
    if c.get("context_fix"):
        ctx = dict(c["context_fix"])
    elif le and le.get("max_input_tokens"):
        ctx = fig(num(le["max_input_tokens"]), lsrc, "third_party")
    elif md and (md.get("limit") or {}).get("context"):
        ctx = fig(num(md["limit"]["context"]), SRC["modelsdev"], "third_party")
    elif orr and orr.get("context_length"):
        ctx = fig(num(orr["context_length"]), SRC["openrouter"], "third_party")
    elif aa and (aa.get("capabilities") or {}).get("context_window_tokens"):
        ctx = fig(num(aa["capabilities"]["context_window_tokens"]), SRC["aa"], "third_party")
    if le and le.get("max_output_tokens"):
        mo = fig(num(le["max_output_tokens"]), lsrc, "third_party")
    elif md and (md.get("limit") or {}).get("output"):
        mo = fig(num(md["limit"]["output"]), SRC["modelsdev"], "third_party")
    elif orr and (orr.get("top_provider") or {}).get("max_completion_tokens"):
        mo = fig(num(orr["top_provider"]["max_completion_tokens"]), SRC["openrouter"], "third_party",
                 "Largest completion allowed by the OpenRouter host.")
    # conflict note for max output gpt-4 style
    if mo and md and (md.get("limit") or {}).get("output") and md["limit"]["output"] != mo["value"] and mo["source"] != SRC["modelsdev"]:
        mo["note"] = "models.dev lists %s." % md["limit"]["output"]
    if ctx and md and (md.get("limit") or {}).get("context") and md["limit"]["context"] != ctx["value"] and ctx["source"] != SRC["modelsdev"] and "note" not in ctx:
        ctx["note"] = "models.dev lists %s." % md["limit"]["context"]
    return ctx, mo


def build_caps(c, raw):
    le, lsrc = lite_entry(c, raw)
    md = raw.mdev_get(c.get("mdev"))
    orr = raw.orouter.get(c.get("orouter") or "")
    aa = raw.aa.get(c.get("aa") or "")
    tool = so = None
    if le and "supports_function_calling" in le:
        tool = fig(bool(le["supports_function_calling"]), lsrc, "third_party")
    elif md and "tool_call" in md:
        tool = fig(bool(md["tool_call"]), SRC["modelsdev"], "third_party")
    elif orr:
        tool = fig("tools" in (orr.get("supported_parameters") or []), SRC["openrouter"], "third_party",
                   "From the parameters accepted by the OpenRouter host.")
    if le and "supports_response_schema" in le:
        so = fig(bool(le["supports_response_schema"]), lsrc, "third_party")
    elif md and "structured_output" in md:
        so = fig(bool(md["structured_output"]), SRC["modelsdev"], "third_party")
    elif orr:
        sp = orr.get("supported_parameters") or []
        so = fig("structured_outputs" in sp or "response_format" in sp, SRC["openrouter"], "third_party",
                 "From the parameters accepted by the OpenRouter host.")
    inp, out = {"text"}, {"text"}
    if md and md.get("modalities"):
        for m in md["modalities"].get("input", []):
            if m in ("image", "audio", "video", "pdf"):
                inp.add(m)
    elif orr and orr.get("architecture"):
        for m in orr["architecture"].get("input_modalities", []):
            m = {"file": "pdf"}.get(m, m)
            if m in ("image", "audio", "video", "pdf"):
                inp.add(m)
    elif le:
        if le.get("supports_vision"):
            inp.add("image")
        if le.get("supports_pdf_input"):
            inp.add("pdf")
        if le.get("supports_audio_input"):
            inp.add("audio")
    elif aa:
        cap = aa.get("capabilities") or {}
        if cap.get("input_modality_image"):
            inp.add("image")
        if cap.get("input_modality_video"):
            inp.add("video")
        if cap.get("input_modality_speech"):
            inp.add("audio")
    if "vision" in c.get("spec", []):
        inp.add("image")
    order = ["text", "image", "audio", "video", "pdf"]
    return tool, so, {"input": [m for m in order if m in inp], "output": [m for m in order if m in out]}


def pct(v):
    return num(float(v) * 100, 1)


REP_RE = re.compile(r"^\s*([0-9]+(?:\.[0-9]+)?)")


AA_REASONING_SUFFIXES = ("-instruct-reasoning", "-reasoning", "-thinking", "-adaptive")


def aa_alt_slug(c, raw):
    """The Artificial Analysis slug of the model's other mode (docs/CATALOG.md, reasoning-variant rule):
    curated `aa_alt` (null = none), else the non-reasoning variant of the `aa` slug, else its minimal-effort variant."""
    if "aa_alt" in c:
        return c["aa_alt"]
    s = c.get("aa")
    if not s or s not in raw.aa:
        return None
    cands = [s + "-non-reasoning"]
    for suf in AA_REASONING_SUFFIXES:
        if s.endswith(suf):
            cands.append(s[: -len(suf)] + ("-instruct" if suf == "-instruct-reasoning" else ""))
            cands.append(s[: -len(suf)] + "-non-reasoning")
            break
    cands.append(s + "-minimal")
    return next((x for x in cands if x != s and x in raw.aa), None)


def aa_fr_of(m):
    return (((m or {}).get("breakdowns") or {}).get("multilingual") or {}).get("language", {}).get("fr")


def aa_french(c, raw):
    """(score 0-1, AA entry) of the French multilingual score: the `aa` variant, else the other mode, else `aa_fr`."""
    for slug in (c.get("aa"), aa_alt_slug(c, raw), c.get("aa_fr")):
        m = raw.aa.get(slug or "")
        if aa_fr_of(m) is not None:
            return aa_fr_of(m), m
    return None, None


def euroeval_fr_figure(e):
    """EuroEval French MMLU-fr accuracy (curated/french_euroeval.json, copied from EuroEval's french_all.csv)."""
    n = ("EuroEval model %s; MMLU-fr accuracy %s ± %s (MCC %s), EuroEval %s. "
         % (e["key"], e["accuracy"], e["accuracy_ci"], e["mcc"], e["euroeval_version"]))
    n += ("API model evaluated zero-shot" if "zero-shot" in e["key"] else "Few-shot evaluation")
    n += ", validation split only." if "val)" in e["key"] else ", test split."
    if e.get("note"):
        n += " " + e["note"]
    return fig(num(e["accuracy"], 2), e.get("source", SRC["euroeval_fr"]), "third_party", n)


ARENA_BENCHMARKS = (("overall", "lmarena_text"), ("french", "lmarena_french"), ("coding", "lmarena_code"))


def lmarena_figures(c, arena):
    """LMArena overall / French / coding (curated/lmarena.json, copied from one publication of LMArena's dataset)."""
    e = arena["models"].get(c["id"]) or {}
    out = {}
    for cat, bid in ARENA_BENCHMARKS:
        r = e.get(cat)
        if not r:
            continue
        n = ("LMArena key %s, style control, published %s; interval %s to %s; %d votes; rank %d of %d."
             % (e["key"], arena["publish_date"], num(r["lower"], 1), num(r["upper"], 1), r["votes"], r["rank"],
                arena["models_in_category"][cat]))
        other = (e.get("other") or {}).get(cat)
        if other is not None:
            n += " Other reasoning setting (%s): %s." % (e["other"]["key"], num(other, 1))
        if c.get("arena_note"):
            n += " " + c["arena_note"]
        out[bid] = fig(num(r["rating"], 1), arena["source"], "third_party", n)
    return out


def build_benchmarks(c, raw, warn, fr_ee, fr_vendor, arena):
    b = {}
    ls = raw.llmstats.get(c.get("lstats") or "")
    placeholder = False
    if ls:
        placeholder = any("example.com" in (q.get("source_link") or "") for q in ls.get("qualitative_metrics", []))
    mapping = {"MMLU": "mmlu", "MMLU-Pro": "mmlu_pro", "HumanEval": "humaneval", "MATH": "math", "MATH (CoT)": "math"}
    if ls and not placeholder:
        for q in sorted(ls.get("qualitative_metrics", []), key=lambda q: (q["dataset_name"], q.get("date_recorded") or "")):
            bid = mapping.get(q["dataset_name"])
            if not bid or bid in b or q.get("score") is None:
                continue
            basis = "vendor" if q.get("is_self_reported") else "third_party"
            note = "%s; %s" % (q["dataset_name"], q.get("analysis_method") or "setting not stated")
            if q.get("source_link"):
                note += "; original: " + q["source_link"]
            b[bid] = fig(pct(q["score"]), SRC["llmstats"], basis, note, q.get("date_recorded") or None)
    rep = raw.rep.get(tuple(c["rep"])) if c.get("rep") else None
    if c.get("rep") and rep is None:
        warn("%s: reported-benchmarks row %s not found" % (c["id"], c["rep"]))
    if rep:
        for col, bid in (("MMLU", "mmlu"), ("MMLU-Pro", "mmlu_pro"), ("HumanEval", "humaneval"), ("MATH", "math"), ("GPQA (Diamond)", "gpqa")):
            if bid in b:
                continue
            m = REP_RE.match(rep.get(col) or "")
            if not m:
                continue
            setting = rep.get(col + "__setting") or "setting not stated"
            note = "Vendor-reported (%s); original: %s" % (setting, rep.get("source_url"))
            b[bid] = fig(num(float(m.group(1)), 1), SRC["rep"], "vendor", note, rep.get("release_date") or None)
    if c.get("mmlu_fix"):
        b["mmlu"] = dict(c["mmlu_fix"])
    aa = raw.aa.get(c.get("aa") or "")
    if aa:
        ev = aa.get("evaluations") or {}
        if ev.get("gpqa") is not None:
            old = b.get("gpqa")
            b["gpqa"] = fig(pct(ev["gpqa"]), SRC["aa"], "third_party",
                            "GPQA Diamond, measured by Artificial Analysis (variant: %s)." % aa["name"]
                            + (" Vendor reports %s." % old["value"] if old else ""))
        if ev.get("artificial_analysis_intelligence_index") is not None:
            est = ev.get("artificial_analysis_intelligence_index_is_estimated")
            b["aa_intelligence"] = fig(num(ev["artificial_analysis_intelligence_index"], 1), SRC["aa"],
                                       "estimate" if est else "third_party",
                                       ("Estimated by Artificial Analysis; " if est else "") + "variant: %s." % aa["name"])
        if ev.get("artificial_analysis_coding_index") is not None:
            b["aa_coding"] = fig(num(ev["artificial_analysis_coding_index"], 1), SRC["aa"], "third_party",
                                 "Variant: %s." % aa["name"])
    alt = raw.aa.get(aa_alt_slug(c, raw) or "")
    if alt:
        ev = alt.get("evaluations") or {}
        if ev.get("artificial_analysis_intelligence_index") is not None:
            est = ev.get("artificial_analysis_intelligence_index_is_estimated")
            b["aa_intelligence_nonreasoning"] = fig(num(ev["artificial_analysis_intelligence_index"], 1), SRC["aa"],
                                                    "estimate" if est else "third_party",
                                                    ("Estimated by Artificial Analysis; " if est else "") + "variant: %s." % alt["name"])
    fr, frv = aa_french(c, raw)
    if fr is not None:
        n = "Variant: %s." % frv["name"]
        if frv is not aa:
            n += " Another mode of the same model: the variant used for the other AA figures has no French score."
        b["aa_multilingual_fr"] = fig(pct(fr), SRC["aa"], "third_party", n)
    if c["id"] in fr_ee:
        b["euroeval_mmlu_fr"] = euroeval_fr_figure(fr_ee[c["id"]])
    b.update(lmarena_figures(c, arena))
    for v in fr_vendor:
        if v["model"] == c["id"]:
            b[v["bench"]] = fig(v["value"], v["source"], "vendor", v.get("note"))
    return dict(sorted(b.items()))


def build_speed(c, raw):
    aa = raw.aa.get(c.get("aa") or "")
    if not aa:
        return None
    s = aa.get("speed") or {}
    tps, ttft = s.get("output_tokens_per_second"), s.get("time_to_first_token_seconds")
    out = {"output_tokens_per_s": None, "ttft_s": None}
    n = "Median measured by Artificial Analysis (variant: %s)." % aa["name"]
    if tps:
        out["output_tokens_per_s"] = fig(num(tps, 1), SRC["aa"], "third_party", n)
    if ttft:
        out["ttft_s"] = fig(num(ttft, 2), SRC["aa"], "third_party",
                            n + (" Includes thinking time." if aa.get("reasoning_model") else ""))
    if out["output_tokens_per_s"] is None and out["ttft_s"] is None:
        return None
    return out


SIZE_RE = re.compile(r"^([0-9.]+)\s*(TB|GB|MB)$")


def size_gb(s):
    m = SIZE_RE.match(s or "")
    if not m:
        return None
    v = float(m.group(1))
    return num({"TB": v * 1000, "GB": v, "MB": v / 1000}[m.group(2)], 3)


def build_downloads(c, raw, warn):
    spec = c.get("ollama")
    if not spec:
        return None
    out = {"q4": None, "q8": None, "fp16": None}
    if isinstance(spec, dict):
        wanted = {k: [v] for k, v in spec.items()}
    else:
        name, _, prefix = spec.partition(":")
        j = (lambda q: prefix + "-" + q) if prefix else (lambda q: q)
        wanted = {"q4": [name + ":" + j("q4_K_M"), name + ":" + j("q4_0")],
                  "q8": [name + ":" + j("q8_0")],
                  "fp16": [name + ":" + j("fp16"), name + ":" + j("bf16")]}
    for q, tags in wanted.items():
        for full in tags:
            name, _, tag = full.partition(":")
            t = raw.ollama.get(name, {}).get(tag or "latest")
            if t and size_gb(t.get("size")) is not None:
                n = "Ollama tag %s:%s" % (name, tag or "latest")
                if t.get("quantization"):
                    n += " (%s)" % t["quantization"]
                out[q] = fig(size_gb(t["size"]), SRC["ollama"], "third_party", n + ".")
                break
    if all(v is None for v in out.values()):
        warn("%s: no ollama size for %s" % (c["id"], spec))
        return None
    return out


def build_release(c, raw):
    r = build_release_raw(c, raw)
    if r and c.get("release_note"):
        r["note"] = ((r.get("note") or "") + " " + c["release_note"]).strip()
    return r


def build_release_raw(c, raw):
    if c.get("release"):
        return dict(c["release"])
    aa = raw.aa.get(c.get("aa") or "")
    if aa and aa.get("release_date"):
        return fig(aa["release_date"], SRC["aa"], "third_party")
    md = raw.mdev_get(c.get("mdev"))
    if md and md.get("release_date"):
        return fig(str(md["release_date"]), SRC["modelsdev"], "third_party")
    ls = raw.llmstats.get(c.get("lstats") or "")
    if ls and ls.get("release_date"):
        return fig(ls["release_date"], SRC["llmstats"], "third_party")
    rep = raw.rep.get(tuple(c["rep"])) if c.get("rep") else None
    if rep and rep.get("release_date"):
        return fig(rep["release_date"], SRC["rep"], "third_party")
    return None


def build_params(c, raw):
    if c["kind"] == "proprietary" and not c.get("params"):
        u = {"undisclosed": True}
        return u, dict(u)
    if c.get("params"):
        p = c["params"]
        t = fig(p["total"], p["source"], p["basis"], p.get("note"))
        a = fig(p["active"], p["source"], p["basis"])
        return t, a
    aa = raw.aa.get(c.get("aa") or "")
    cap = (aa or {}).get("capabilities") or {}
    if cap.get("total_parameters"):
        t = fig(num(cap["total_parameters"], 3), SRC["aa"], "third_party")
        a = fig(num(cap.get("active_parameters") or cap["total_parameters"], 3), SRC["aa"], "third_party")
        return t, a
    ls = raw.llmstats.get(c.get("lstats") or "")
    if ls and ls.get("param_count"):
        v = num(ls["param_count"] / 1e9, 3)
        return fig(v, SRC["llmstats"], "third_party"), fig(v, SRC["llmstats"], "third_party", "Dense model.")
    return None, None


def lite_deprecation(c, raw):
    """(date, key) of the LiteLLM deprecation date for the model's key or one of its dated aliases
    (xai/grok-4 -> xai/grok-4-0709): the earliest date found, or (None, None)."""
    k = c.get("lite")
    if not k:
        return None, None
    found = []
    for kk, v in raw.lite.items():
        if (kk == k or (kk.startswith(k + "-") and re.fullmatch(r"[0-9-]+", kk[len(k) + 1:]))) and \
                isinstance(v, dict) and v.get("deprecation_date"):
            found.append((v["deprecation_date"], kk))
    return min(found) if found else (None, None)


def build_status(c, raw):
    if c.get("status"):
        return dict(c["status"])
    listed = bool(c.get("orouter") and c["orouter"] in raw.orouter)
    d, dk = lite_deprecation(c, raw)
    if d and d <= CATALOG_AS_OF and not listed:
        return {"value": "retired", "date": d, "source": SRC["litellm"], "basis": "third_party",
                "note": "Deprecation date %s recorded by LiteLLM (key %s) has passed, and OpenRouter no longer lists the model on %s." % (d, dk, CATALOG_AS_OF)}
    if d:
        return {"value": "deprecated", "date": d, "source": SRC["litellm"], "basis": "third_party",
                "note": "Deprecation date recorded by LiteLLM (key %s; the maker's announced date; the model may still answer until its shutdown)." % dk}
    exp = (raw.orouter.get(c.get("orouter") or "") or {}).get("expiration_date")
    if exp and exp < "2090":   # OpenRouter writes 2098-12-31 as a "no planned expiry" placeholder
        return {"value": "deprecated", "date": exp, "source": SRC["openrouter"], "basis": "third_party",
                "note": "OpenRouter lists an expiration date for this model (%s)." % exp}
    md = raw.mdev_get(c.get("mdev"))
    if md and md.get("status") == "deprecated":
        return {"value": "deprecated", "date": None, "source": SRC["modelsdev"], "basis": "third_party",
                "note": "Marked deprecated by models.dev (%s)." % c["mdev"]}
    if c["gen"] == "older":
        return {"value": "legacy", "date": None, "source": SRC["aa"], "basis": "estimate",
                "note": "Our classification: superseded by a newer generation of the same family."}
    if listed:
        return {"value": "current", "date": None, "source": SRC["openrouter"], "basis": "third_party",
                "note": "Listed by OpenRouter on 2026-08-01."}
    if c.get("lite") and c["lite"] in raw.lite:
        return {"value": "current", "date": None, "source": SRC["litellm"], "basis": "third_party",
                "note": "Priced in the LiteLLM map of 2026-07-24."}
    if c.get("aa") and c["aa"] in raw.aa:
        return {"value": "current", "date": None, "source": SRC["aa"], "basis": "third_party",
                "note": "Listed by Artificial Analysis on 2026-07-10."}
    if c.get("ollama"):
        return {"value": "current", "date": None, "source": SRC["ollama"], "basis": "third_party",
                "note": "Weights listed in the Ollama library (no API listing in our sources)."}
    return {"value": "legacy", "date": None, "source": SRC["aa"], "basis": "estimate",
            "note": "Our classification: no current listing in any source."}


# Third-party French measurements (check_catalog.FRENCH_BENCHMARKS less meta_mmlu_fr, the maker's own figure).
FRENCH_EVIDENCE = (("lmarena_french", "LMArena French category score"),
                   ("aa_multilingual_fr", "Artificial Analysis multilingual French score"),
                   ("euroeval_mmlu_fr", "EuroEval French MMLU score"))


def build_languages(c, langs, bench, arena):
    fam = langs["families"].get(c["family"]) or langs["providers"].get(c["provider"])
    out = {}
    if fam is None:
        fam = {}
    for code in ("en", "fr"):
        maker = fam.get(code)
        # the first third-party measurement in the language: (its figure's source, what it is)
        if code == "en":
            rated = "english" in (arena["models"].get(c["id"]) or {})
            measured = (arena["source"], "LMArena English category score") if rated else None
        else:
            measured = next(((bench[k]["source"], what) for k, what in FRENCH_EVIDENCE if k in bench), None)
        if maker:
            n = maker.get("note")
            if measured:
                n = ((n + " ") if n else "") + measured[1] + " exists."
            out[code] = fig(3 if measured else 2, maker["source"], "vendor", n)
        elif measured:
            out[code] = fig(1, measured[0], "third_party", "Not listed by the maker; " + measured[1] + " exists.")
    return out


def build(args):
    files = find_files(args)
    missing = [k for k in list(RAW_FILES) + list(RAW_DIRS) if k not in files]
    if missing:
        die("missing raw data files: %s (give them on the command line or with --data-dir)" % ", ".join(missing))
    raw = Raw(files)
    cur = lambda n: load_json(os.path.join(CURATED, n))
    sources = cur("sources.json")
    providers = cur("providers.json")
    benchmarks = cur("benchmarks.json")
    licenses = cur("licenses.json")
    models_in = cur("models.json")
    texts = cur("texts.json")
    archs = cur("architecture.json")
    langs = cur("languages.json")
    fr_ee = cur("french_euroeval.json")      # EuroEval French MMLU-fr, copied from its leaderboard file
    fr_vendor = cur("french_vendor.json")    # French scores from makers' model cards
    arena = cur("lmarena.json")              # LMArena overall / French / coding, copied from its 2026-07-30 publication
    warnings = []
    warn = warnings.append
    known = {c["id"] for c in models_in}
    for c in models_in:     # the copied rows must name the arena keys models.json gives (copy_lmarena.py)
        e = arena["models"].get(c["id"])
        if (e or {}).get("key") != c.get("arena") or ((e or {}).get("other") or {}).get("key") != c.get("arena_alt"):
            die("lmarena.json: %s does not match the arena / arena_alt keys of models.json (re-run copy_lmarena.py)" % c["id"])
    for name, d in (("french_euroeval.json", fr_ee), ("lmarena.json", arena["models"])):
        for k in sorted(set(d) - known):
            warn("%s: %s is not a catalog model" % (name, k))
    bench_ids = {b["id"] for b in benchmarks}
    for v in fr_vendor:
        if v["model"] not in known or v["bench"] not in bench_ids:
            warn("french_vendor.json: %s / %s is not a catalog model / benchmark" % (v["model"], v["bench"]))

    # Architecture facts cite the copy of the config we actually read (a curated source); only entries
    # still citing the Hugging Face page itself ("hf-*", not fetched) get a generated source entry.
    extra_sources = {}
    for a in archs.values():
        sid = a["source_id"]
        if sid.startswith("hf-"):
            extra_sources[sid] = {"id": sid, "title": "%s config.json (Hugging Face model repository; not fetched for this catalog)" % a["repo"],
                                  "url": "https://huggingface.co/%s/blob/main/config.json" % a["repo"],
                                  "publisher": a["repo"].split("/")[0], "license": "facts cited", "as_of": a["as_of"]}

    models = []
    for c in models_in:
        notes = []
        if c.get("note"):
            notes.append(c["note"])
        for key, table in (("lite", raw.lite), ("lite_old", raw.lite_old), ("simonw", raw.simonw), ("orouter", raw.orouter),
                           ("aa", raw.aa), ("aa_alt", raw.aa), ("aa_fr", raw.aa), ("lstats", raw.llmstats)):
            if c.get(key) and c[key] not in table:
                warn("%s: %s key %s not found" % (c["id"], key, c[key]))
        if c.get("mdev") and raw.mdev_get(c["mdev"]) is None:
            warn("%s: models.dev path %s not found" % (c["id"], c["mdev"]))
        pnotes = []
        pricing = build_pricing(c, raw, pnotes)
        if c.get("price_note"):
            pnotes.append(c["price_note"])
        if pricing and pnotes:
            for k in ("input_per_mtok", "output_per_mtok"):
                pricing[k]["note"] = (pricing[k].get("note", "") + " " + " ".join(pnotes)).strip()
        ctx, mo = build_limits(c, raw)
        tool, so, modalities = build_caps(c, raw)
        bench = build_benchmarks(c, raw, warn, fr_ee, fr_vendor, arena)
        total, active = build_params(c, raw)
        lic = dict(licenses[c["lic"]])
        src_lic = lic.pop("source")
        url = next(s["url"] for s in sources if s["id"] == src_lic)
        license_obj = {"name": lic["name"], "class": lic["class"], "commercial_use": lic["commercial_use"],
                       "restrictions": lic["restrictions"], "url": url, "source": src_lic}
        if c.get("lic_note"):
            license_obj["restrictions"] = ((lic["restrictions"] + " ") if lic["restrictions"] else "") + c["lic_note"]
        arch = None
        a = archs.get(c["id"])
        if a:
            def af(k):
                if a.get(k) is None:
                    return None
                fo = (a.get("fields") or {}).get(k) or {}
                n = " ".join(x for x in (a.get("source_note") if "note" not in fo else None, fo.get("note"),
                                         a.get("note") if k == "kv_heads" else None) if x)
                return fig(a[k], fo.get("source", a["source_id"]), fo.get("basis", "vendor"), n or None)
            arch = {"layers": af("layers"), "hidden_size": af("hidden_size"), "attention_heads": af("attention_heads"),
                    "kv_heads": af("kv_heads"), "head_dim": af("head_dim"), "experts": af("experts"),
                    "active_experts": af("active_experts")}
        aa = raw.aa.get(c.get("aa") or "")
        t = texts.get(c["id"]) or texts.get("family:" + c["family"])
        if isinstance(t, list):
            t = {"strengths": {"en": t[0], "fr": t[1]}, "use_cases": {"en": t[2], "fr": t[3]}}
        if not t:
            warn("%s: no text" % c["id"])
            t = {"strengths": {"en": "", "fr": ""}, "use_cases": {"en": "", "fr": ""}}
        m = {
            "id": c["id"], "name": c["name"], "provider": c["provider"], "family": c["family"], "kind": c["kind"],
            "specialties": sorted(c.get("spec", [])), "course_classic": bool(c.get("classic", False)),
            "generation": c["gen"], "status": build_status(c, raw), "release_date": build_release(c, raw),
            "license": license_obj, "params_b": total, "active_params_b": active,
            "context_tokens": ctx, "max_output_tokens": mo, "pricing": pricing,
            "deployment": {"api": pricing is not None, "self_host": c["kind"] == "open_weights"},
            "modalities": modalities, "tool_calling": tool, "structured_output": so,
            "languages": build_languages(c, langs, bench, arena),
            "benchmarks": bench, "speed": build_speed(c, raw), "architecture": arch,
            "downloads_gb": build_downloads(c, raw, warn) if c["kind"] == "open_weights" else None,
            "relative_cost": relative_cost(pricing),
            "text": {"strengths": t["strengths"], "use_cases": t["use_cases"]},
        }
        if notes:
            m["note"] = " ".join(notes)
        models.append(m)

    # sources actually used, plus curated ones
    src_out = {}
    for s in sources:
        s2 = {k: s[k] for k in ("id", "title", "url", "publisher", "license", "as_of")}
        src_out[s2["id"]] = s2
    src_out.update(extra_sources)
    catalog = {
        "format": "modelmatrix-catalog",
        "format_version": 1,
        "catalog_version": CATALOG_VERSION,
        "as_of": CATALOG_AS_OF,
        "sources": [src_out[k] for k in sorted(src_out)],
        "providers": sorted(providers, key=lambda p: p["id"]),
        "benchmarks": benchmarks,
        "models": sorted(models, key=lambda m: m["id"]),
    }
    return catalog, warnings


def later_dated(catalog):
    """Figures dated after the catalog's as_of: (model id, JSON path, date). The date rule forbids them:
    a figure's own `as_of` and a date-valued figure (release date) must not be later. Status dates may be
    announced future dates (a deprecation planned after as_of); sources' as_of say when a page was read."""
    as_of = catalog["as_of"]
    out = []

    def walk(x, path, mid):
        if isinstance(x, dict):
            if "value" in x and "source" in x and "basis" in x:
                if isinstance(x.get("as_of"), str) and x["as_of"] > as_of:
                    out.append((mid, path + ".as_of", x["as_of"]))
                if isinstance(x["value"], str) and re.match(r"^\d{4}-\d{2}-\d{2}$", x["value"]) and x["value"] > as_of:
                    out.append((mid, path + ".value", x["value"]))
            for k, v in x.items():
                walk(v, path + "." + k, mid)
        elif isinstance(x, list):
            for i, v in enumerate(x):
                walk(v, "%s[%d]" % (path, i), mid)

    for m in catalog["models"]:
        walk({k: v for k, v in m.items() if k != "status"}, "models[id=%s]" % m["id"], m["id"])
    for p in catalog["providers"]:
        walk(p, "providers[id=%s]" % p["id"], p["id"])
    return out


def dumps(catalog):
    return json.dumps(catalog, ensure_ascii=False, indent=1) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", help="raw data files or directories (recognised by name)")
    default_dd = os.path.join(os.path.dirname(REPO), "shared", "data")
    ap.add_argument("--data-dir", default=default_dd if os.path.isdir(default_dd) else None,
                    help="directory holding the raw data files (default: ../shared/data if it exists)")
    ap.add_argument("--out", default=os.path.join(REPO, "catalog.json"))
    ap.add_argument("--check", action="store_true", help="do not write; exit 1 if the output would differ from --out")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()
    catalog, warnings = build(args)
    late = later_dated(catalog)
    if late:
        for mid, path, d in late:
            sys.stderr.write("build_catalog: %s: %s is dated %s, after the catalog's as_of %s\n" % (mid, path, d, catalog["as_of"]))
        die("%d figure(s) dated after as_of %s (see above); a later price or fact must not be used" % (len(late), catalog["as_of"]))
    text = dumps(catalog)
    if not args.quiet:
        for w in warnings:
            sys.stderr.write("warning: " + w + "\n")
    if args.check:
        try:
            with open(args.out, encoding="utf-8") as f:
                old = f.read()
        except FileNotFoundError:
            old = None
        if old != text:
            sys.stderr.write("build_catalog: %s is out of date (run build_catalog.py to refresh)\n" % args.out)
            return 1
        print("build_catalog: %s is up to date (%d models)" % (os.path.relpath(args.out), len(catalog["models"])))
        return 0
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("build_catalog: wrote %s (%d models, %d warnings)" % (os.path.relpath(args.out), len(catalog["models"]), len(warnings)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
