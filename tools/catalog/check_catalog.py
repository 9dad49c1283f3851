#!/usr/bin/env python3
"""Validate catalog.json against docs/CATALOG_FORMAT.md (loader rules) and extra catalog rules.

Usage: python3 tools/catalog/check_catalog.py [catalog.json] [--today YYYY-MM-DD] [--data-dir DIR | --no-data]
                                             [--min-french-coverage FRACTION]
Prints one line per problem (with its JSON path) and exits 1 if any.
With --min-french-coverage it also counts the `current` models that have a French-quality figure (any of
FRENCH_BENCHMARKS) and reports a problem when their share is below FRACTION (issue 13 asks for 0.75).

Besides the loader rules, it checks the catalog's own consistency rules (docs/CATALOG.md, "Checks"):
no figure dated after the catalog's as_of; a `current` status has no past date and cites a listing that
exists; a release date is not the snapshot date embedded in one of the model's source keys unless its note
says why. With the raw data (--data-dir, default ../shared/data when it exists) it also cross-checks each
model against the sources through its curated keys (tools/catalog/curated/models.json): a `current` model
must not have a passed deprecation date in LiteLLM, a models.dev `deprecated` flag or a missing OpenRouter
listing; a first-party price must agree within 25% with models.dev and Artificial Analysis or say why in its
note; the Artificial Analysis variant must follow the reasoning-variant rule.
Python 3 standard library only (the jsonschema package is not available here).
"""
import datetime
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CURATED_MODELS = os.path.join(HERE, "curated", "models.json")
REPO = os.path.dirname(os.path.dirname(HERE))
# The folder that holds this checkout: its path must never be written into committed files.
LOCAL_PREFIX = os.path.dirname(REPO) + os.sep
# Benchmarks that measure French specifically (docs/CATALOG.md, "French quality").
FRENCH_BENCHMARKS = ("lmarena_french", "aa_multilingual_fr", "euroeval_mmlu_fr", "meta_mmlu_fr")


def french_coverage(cat):
    """(ids of current models with a French-quality figure, ids of current models without one)."""
    have, lack = [], []
    for m in cat.get("models") or []:
        if ((m.get("status") or {}).get("value")) != "current":
            continue
        b = m.get("benchmarks") or {}
        (have if any(b.get(k) for k in FRENCH_BENCHMARKS) else lack).append(m.get("id"))
    return have, lack

COURSE_CLASSICS = {
    # id -> must be course_classic (the course's overview table)
    "gpt-4": True, "claude-3-opus": True, "llama-2-70b-chat": True, "mistral-7b-instruct": True,
    "codellama-34b-instruct": True,
    # other classics kept as older generations
    "gpt-3.5-turbo": False, "gpt-4-32k": False, "gpt-4-turbo": False, "claude-3-sonnet": False,
    "claude-3-haiku": False, "llama-2-7b-chat": False, "llama-2-13b-chat": False, "mixtral-8x7b-instruct": False,
    "codellama-7b-instruct": False, "codellama-13b-instruct": False, "codellama-70b-instruct": False,
    "gemini-1.0-pro": False, "gemini-1.5-pro": False, "gemini-1.5-flash": False, "gemma-7b-it": False,
    "phi-3-mini": False,
}

TOP_KEYS = {"format", "format_version", "catalog_version", "as_of", "sources", "providers", "benchmarks", "models"}
SOURCE_KEYS = {"id", "title", "url", "publisher", "license", "as_of"}
PROVIDER_KEYS = {"id", "name", "country", "privacy"}
PRIVACY_KEYS = {"trains_on_api_data", "retention_days", "zero_retention_option", "eu_data_residency"}
BENCH_KEYS = {"id", "name", "unit", "scale_max", "higher_is_better", "description"}
MODEL_REQ = {"id", "name", "provider", "family", "kind", "specialties", "course_classic", "generation", "status",
             "release_date", "license", "params_b", "active_params_b", "context_tokens", "max_output_tokens", "pricing",
             "deployment", "modalities", "tool_calling", "structured_output", "languages", "benchmarks", "speed",
             "architecture", "downloads_gb", "relative_cost", "text"}
MODEL_OPT = {"note"}
SPECIALTIES = {"code", "math", "reasoning", "vision", "embedding", "multilingual", "small", "long_context"}
MODALITIES = {"text", "image", "audio", "video", "pdf"}
FIG_KEYS = {"value", "source", "basis", "as_of", "note"}
BASES = {"vendor", "third_party", "estimate"}
ID_RE = re.compile(r"^[a-z0-9._-]+$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


SNAP_RE = re.compile(r"(?<![0-9])(20[0-9]{2})-?([01][0-9])-?([0-3][0-9])(?![0-9])")


def snapshot_dates(key):
    """YYYY-MM-DD dates embedded in a source key (claude-3-opus-20240229, gpt-4o-2024-08-06)."""
    return ["%s-%s-%s" % g for g in SNAP_RE.findall(key)]


def load_raw(data_dir):
    """The raw files the data rules need (None when absent)."""
    if not data_dir:
        return None
    names = {"lite": "litellm-model-prices.json", "mdev": "models-dev-bundle.json",
             "orouter": "openrouter-models-2026-08-01.json", "aa": "artificialanalysis-llms-2026-07-10.json"}
    raw = {}
    for k, n in names.items():
        path = os.path.join(data_dir, n)
        if not os.path.exists(path):
            return None
        with open(path, encoding="utf-8") as f:
            raw[k] = json.load(f)
    o = raw["orouter"]
    raw["orouter"] = {x["id"]: x for x in (o["data"] if isinstance(o, dict) else o)}
    raw["aa"] = {x["slug"]: x for x in raw["aa"]["models"]}
    return raw


class Checker:
    def __init__(self, cat, today, raw=None, curated=None):
        self.cat = cat
        self.today = today
        self.raw = raw
        self.curated = curated or {}
        self.errors = []
        self.figures = 0

    def err(self, path, msg):
        self.errors.append("%s: %s" % (path, msg))

    def keys(self, obj, path, req, opt=frozenset()):
        if not isinstance(obj, dict):
            self.err(path, "expected an object")
            return False
        for k in req:
            if k not in obj:
                self.err(path, "missing key '%s'" % k)
        for k in obj:
            if k not in req and k not in opt:
                self.err(path, "unknown key '%s'" % k)
        return True

    def date(self, v, path, allow_null=False):
        if v is None and allow_null:
            return
        if not isinstance(v, str) or not DATE_RE.match(v):
            self.err(path, "invalid date %r (want YYYY-MM-DD)" % (v,))
            return
        try:
            d = datetime.date.fromisoformat(v)
        except ValueError:
            self.err(path, "invalid date %r" % v)
            return
        if d > self.today:
            self.err(path, "date %s is after today (%s)" % (v, self.today))

    def number(self, v, path):
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
            self.err(path, "expected a finite number, got %r" % (v,))
            return False
        return True

    def figure(self, f, path, kind="number", nullable=True, undisclosed=False):
        """kind: number | bool | date | string. Returns the value or None."""
        if f is None:
            if not nullable:
                self.err(path, "must not be null")
            return None
        if isinstance(f, dict) and "undisclosed" in f:
            if not undisclosed:
                self.err(path, "'undisclosed' not allowed here")
            elif f.get("undisclosed") is not True or set(f) - {"undisclosed", "note"}:
                self.err(path, "undisclosed marker must be {\"undisclosed\": true, \"note\"?}")
            return None
        if not self.keys(f, path, {"value", "source", "basis"}, {"as_of", "note"}):
            return None
        self.figures += 1
        v = f.get("value")
        if kind == "number":
            self.number(v, path + ".value")
        elif kind == "bool":
            if not isinstance(v, bool):
                self.err(path + ".value", "expected a boolean")
        elif kind == "date":
            self.date(v, path + ".value")
        if v is None:
            self.err(path + ".value", "unknown must be null figure, not a figure with null value")
        if f.get("source") not in self.source_ids:
            self.err(path + ".source", "unknown source %r" % (f.get("source"),))
        if f.get("basis") not in BASES:
            self.err(path + ".basis", "basis must be one of %s" % sorted(BASES))
        if "as_of" in f:
            self.date(f["as_of"], path + ".as_of")
        if "note" in f and not isinstance(f["note"], str):
            self.err(path + ".note", "note must be a string")
        if f.get("basis") == "estimate" and not f.get("note"):
            self.err(path, "an estimate needs a note saying how it was made")
        return v

    def run(self):
        c = self.cat
        self.keys(c, "$", TOP_KEYS)
        if c.get("format") != "modelmatrix-catalog":
            self.err("$.format", "must be 'modelmatrix-catalog'")
        if c.get("format_version") != 1:
            self.err("$.format_version", "must be 1")
        if not isinstance(c.get("catalog_version"), str):
            self.err("$.catalog_version", "must be a string")
        self.date(c.get("as_of"), "$.as_of")
        # sources
        self.source_ids = set()
        for i, s in enumerate(c.get("sources", [])):
            p = "$.sources[%d]" % i
            self.keys(s, p, SOURCE_KEYS)
            sid = s.get("id")
            if not isinstance(sid, str) or not ID_RE.match(sid):
                self.err(p + ".id", "invalid id %r" % (sid,))
            if sid in self.source_ids:
                self.err(p + ".id", "duplicate source id %r" % sid)
            self.source_ids.add(sid)
            if not str(s.get("url", "")).startswith("https://"):
                self.err(p + ".url", "url must start with https://")
            self.date(s.get("as_of"), p + ".as_of")
            for k in ("title", "publisher", "license"):
                if not isinstance(s.get(k), str) or not s.get(k):
                    self.err(p + "." + k, "must be a non-empty string")
            if LOCAL_PREFIX in json.dumps(s):
                self.err(p, "absolute local path in a committed file")
        # providers
        self.provider_ids = set()
        for i, pr in enumerate(c.get("providers", [])):
            p = "$.providers[%d]" % i
            self.keys(pr, p, PROVIDER_KEYS)
            pid = pr.get("id")
            if pid in self.provider_ids:
                self.err(p + ".id", "duplicate provider id %r" % pid)
            if not isinstance(pid, str) or not ID_RE.match(pid):
                self.err(p + ".id", "invalid id %r" % (pid,))
            self.provider_ids.add(pid)
            pv = pr.get("privacy")
            if pv is not None and self.keys(pv, p + ".privacy", PRIVACY_KEYS):
                self.figure(pv.get("trains_on_api_data"), p + ".privacy.trains_on_api_data", "bool")
                v = self.figure(pv.get("retention_days"), p + ".privacy.retention_days")
                if isinstance(v, (int, float)) and v < 0:
                    self.err(p + ".privacy.retention_days", "must be >= 0")
                self.figure(pv.get("zero_retention_option"), p + ".privacy.zero_retention_option", "bool")
                self.figure(pv.get("eu_data_residency"), p + ".privacy.eu_data_residency", "bool")
        # benchmarks
        self.bench_ids = set()
        for i, b in enumerate(c.get("benchmarks", [])):
            p = "$.benchmarks[%d]" % i
            self.keys(b, p, BENCH_KEYS)
            if b.get("id") in self.bench_ids:
                self.err(p + ".id", "duplicate benchmark id")
            self.bench_ids.add(b.get("id"))
            d = b.get("description") or {}
            if not (isinstance(d, dict) and d.get("en") and d.get("fr")):
                self.err(p + ".description", "needs en and fr")
            if not isinstance(b.get("higher_is_better"), bool):
                self.err(p + ".higher_is_better", "must be a boolean")
            if b.get("scale_max") is not None:
                self.number(b["scale_max"], p + ".scale_max")
        # models
        ids = set()
        for i, m in enumerate(c.get("models", [])):
            self.model(m, "$.models[%d]" % i, ids)
        for mid, must in COURSE_CLASSICS.items():
            m = next((x for x in c.get("models", []) if x.get("id") == mid), None)
            if m is None:
                self.err("$.models", "course classic %r missing" % mid)
                continue
            if m.get("generation") != "older":
                self.err("$.models[id=%s].generation" % mid, "course classic must be 'older'")
            if bool(m.get("course_classic")) != must:
                self.err("$.models[id=%s].course_classic" % mid, "must be %s" % must)
        n_cc = sum(1 for m in c.get("models", []) if m.get("course_classic"))
        if n_cc != 5:
            self.err("$.models", "exactly the 5 overview models must be course_classic (found %d)" % n_cc)
        if len(c.get("models", [])) < 100:
            self.err("$.models", "fewer than 100 models")

    def model(self, m, p, ids):
        if not self.keys(m, p, MODEL_REQ, MODEL_OPT):
            return
        mid = m.get("id")
        if not isinstance(mid, str) or not ID_RE.match(mid):
            self.err(p + ".id", "invalid id %r" % (mid,))
        if mid in ids:
            self.err(p + ".id", "duplicate model id %r" % mid)
        ids.add(mid)
        p = "%s(id=%s)" % (p, mid)
        if m.get("provider") not in self.provider_ids:
            self.err(p + ".provider", "unknown provider %r" % m.get("provider"))
        if m.get("kind") not in ("proprietary", "open_weights"):
            self.err(p + ".kind", "must be proprietary or open_weights")
        sp = m.get("specialties")
        if not isinstance(sp, list) or any(s not in SPECIALTIES for s in sp):
            self.err(p + ".specialties", "values must be from %s" % sorted(SPECIALTIES))
        if not isinstance(m.get("course_classic"), bool):
            self.err(p + ".course_classic", "must be a boolean")
        if m.get("generation") not in ("older", "current"):
            self.err(p + ".generation", "must be older or current")
        st = m.get("status")
        if self.keys(st, p + ".status", {"value", "date", "source", "basis"}, {"note", "as_of"}):
            if st.get("value") not in ("current", "legacy", "deprecated", "retired"):
                self.err(p + ".status.value", "invalid status")
            self.date(st.get("date"), p + ".status.date", allow_null=True) if st.get("value") != "deprecated" else \
                (st.get("date") is None or DATE_RE.match(st["date"]) or self.err(p + ".status.date", "invalid date"))
            if st.get("source") not in self.source_ids:
                self.err(p + ".status.source", "unknown source")
            if st.get("basis") not in BASES:
                self.err(p + ".status.basis", "invalid basis")
        self.figure(m.get("release_date"), p + ".release_date", "date")
        self.catalog_rules(m, p)
        lic = m.get("license")
        if self.keys(lic, p + ".license", {"name", "class", "commercial_use", "restrictions", "url", "source"}):
            if lic.get("class") not in ("permissive", "open_restricted", "proprietary"):
                self.err(p + ".license.class", "invalid class")
            if not isinstance(lic.get("commercial_use"), bool):
                self.err(p + ".license.commercial_use", "must be a boolean")
            if lic.get("source") not in self.source_ids:
                self.err(p + ".license.source", "unknown source")
            if (lic.get("class") == "proprietary") != (m.get("kind") == "proprietary"):
                self.err(p + ".license.class", "proprietary licence iff kind proprietary")
        tot = self.figure(m.get("params_b"), p + ".params_b", undisclosed=True)
        act = self.figure(m.get("active_params_b"), p + ".active_params_b", undisclosed=True)
        if isinstance(tot, (int, float)) and tot <= 0:
            self.err(p + ".params_b", "must be > 0")
        if isinstance(tot, (int, float)) and isinstance(act, (int, float)) and act > tot:
            self.err(p + ".active_params_b", "active (%s) > total (%s)" % (act, tot))
        ctx = self.figure(m.get("context_tokens"), p + ".context_tokens")
        if isinstance(ctx, (int, float)) and ctx < 1000:
            self.err(p + ".context_tokens", "must be >= 1000")
        mo = self.figure(m.get("max_output_tokens"), p + ".max_output_tokens")
        if isinstance(mo, (int, float)) and mo <= 0:
            self.err(p + ".max_output_tokens", "must be > 0")
        pr = m.get("pricing")
        if pr is not None and self.keys(pr, p + ".pricing", {"input_per_mtok", "output_per_mtok", "cached_input_per_mtok", "long_context", "host"}):
            for k in ("input_per_mtok", "output_per_mtok", "cached_input_per_mtok"):
                v = self.figure(pr.get(k), p + ".pricing." + k, nullable=(k == "cached_input_per_mtok"))
                self.price(v, p + ".pricing." + k)
            lc = pr.get("long_context")
            if lc is not None and self.keys(lc, p + ".pricing.long_context", {"threshold_tokens", "input_per_mtok", "output_per_mtok"}):
                self.number(lc.get("threshold_tokens"), p + ".pricing.long_context.threshold_tokens")
                for k in ("input_per_mtok", "output_per_mtok"):
                    self.price(self.figure(lc.get(k), p + ".pricing.long_context." + k, nullable=False), p + ".pricing.long_context." + k)
            if not isinstance(pr.get("host"), str) or not pr.get("host"):
                self.err(p + ".pricing.host", "must be a non-empty string")
        dep = m.get("deployment")
        if self.keys(dep, p + ".deployment", {"api", "self_host"}):
            if dep.get("api") != (pr is not None):
                self.err(p + ".deployment.api", "api must be true exactly when there is a price")
            if dep.get("self_host") != (m.get("kind") == "open_weights"):
                self.err(p + ".deployment.self_host", "self_host must be true exactly for open weights")
        mod = m.get("modalities")
        if self.keys(mod, p + ".modalities", {"input", "output"}):
            for k in ("input", "output"):
                if not isinstance(mod.get(k), list) or not mod[k] or any(x not in MODALITIES for x in mod[k]):
                    self.err(p + ".modalities." + k, "non-empty list from %s" % sorted(MODALITIES))
        self.figure(m.get("tool_calling"), p + ".tool_calling", "bool")
        self.figure(m.get("structured_output"), p + ".structured_output", "bool")
        langs = m.get("languages")
        if not isinstance(langs, dict):
            self.err(p + ".languages", "must be an object")
        else:
            for code, f in langs.items():
                if not re.match(r"^[a-z]{2,3}$", code):
                    self.err(p + ".languages." + code, "invalid language code")
                v = self.figure(f, p + ".languages." + code, nullable=False)
                if v not in (1, 2, 3):
                    self.err(p + ".languages." + code, "evidence level must be 1..3")
        bm = m.get("benchmarks")
        if not isinstance(bm, dict):
            self.err(p + ".benchmarks", "must be an object")
        else:
            for bid, f in bm.items():
                if bid not in self.bench_ids:
                    self.err(p + ".benchmarks." + bid, "unknown benchmark id")
                self.figure(f, p + ".benchmarks." + bid, nullable=False)
        spd = m.get("speed")
        if spd is not None and self.keys(spd, p + ".speed", {"output_tokens_per_s", "ttft_s"}):
            for k in ("output_tokens_per_s", "ttft_s"):
                v = self.figure(spd.get(k), p + ".speed." + k)
                if isinstance(v, (int, float)) and v <= 0:
                    self.err(p + ".speed." + k, "must be > 0 (unknown is null, not 0)")
        ar = m.get("architecture")
        if ar is not None and self.keys(ar, p + ".architecture", {"layers", "hidden_size", "attention_heads", "kv_heads", "head_dim", "experts", "active_experts"}):
            for k in ("layers", "hidden_size", "attention_heads", "kv_heads", "head_dim", "experts", "active_experts"):
                v = self.figure(ar.get(k), p + ".architecture." + k, nullable=k in ("experts", "active_experts"))
                if isinstance(v, (int, float)) and v <= 0:
                    self.err(p + ".architecture." + k, "must be > 0")
            h, kv = (ar.get("attention_heads") or {}).get("value"), (ar.get("kv_heads") or {}).get("value")
            if isinstance(h, int) and isinstance(kv, int) and kv > h:
                self.err(p + ".architecture.kv_heads", "more KV heads than attention heads")
            if m.get("kind") != "open_weights":
                self.err(p + ".architecture", "only for open-weights models")
        dl = m.get("downloads_gb")
        if dl is not None and self.keys(dl, p + ".downloads_gb", {"q4", "q8", "fp16"}):
            for k in ("q4", "q8", "fp16"):
                v = self.figure(dl.get(k), p + ".downloads_gb." + k)
                if isinstance(v, (int, float)) and v <= 0:
                    self.err(p + ".downloads_gb." + k, "must be > 0")
        rc = m.get("relative_cost")
        want = None
        if pr is not None:
            try:
                b = (3 * pr["input_per_mtok"]["value"] + pr["output_per_mtok"]["value"]) / 4
                want = 1 if b < 0.5 else 2 if b < 2 else 3 if b < 8 else 4 if b < 25 else 5
            except (TypeError, KeyError):
                want = "?"
        if rc != want:
            self.err(p + ".relative_cost", "is %r, rule gives %r" % (rc, want))
        t = m.get("text")
        if self.keys(t, p + ".text", {"strengths", "use_cases"}):
            for k in ("strengths", "use_cases"):
                d = t.get(k) or {}
                for lang in ("en", "fr"):
                    if not isinstance(d.get(lang), str) or not d.get(lang).strip():
                        self.err(p + ".text.%s.%s" % (k, lang), "missing text")

    # ------------------------------------------------------------ catalog rules (not loader rules)
    def later_dated(self, x, path):
        """Date rule: no figure dated after the catalog's as_of (its own as_of, or a date value)."""
        as_of = self.cat.get("as_of") or ""
        if isinstance(x, dict):
            if "value" in x and "source" in x and "basis" in x:
                if isinstance(x.get("as_of"), str) and x["as_of"] > as_of:
                    self.err(path + ".as_of", "figure dated %s, after the catalog's as_of %s (a later price or fact must not be used)" % (x["as_of"], as_of))
                v = x.get("value")
                if isinstance(v, str) and DATE_RE.match(v) and v > as_of:
                    self.err(path + ".value", "date %s is after the catalog's as_of %s" % (v, as_of))
            for k, v in x.items():
                self.later_dated(v, path + "." + k)
        elif isinstance(x, list):
            for i, v in enumerate(x):
                self.later_dated(v, "%s[%d]" % (path, i))

    def catalog_rules(self, m, p):
        as_of = self.cat.get("as_of") or ""
        for k, v in m.items():
            if k != "status":
                self.later_dated(v, p + "." + k)
        st = m.get("status") or {}
        if st.get("value") == "current" and isinstance(st.get("date"), str) and st["date"] <= as_of:
            self.err(p + ".status", "status current but dated %s (<= as_of %s): deprecated or retired?" % (st["date"], as_of))
        if st.get("value") == "current" and st.get("source") in self.cited_only_if_used:
            src = st["source"]
            if not any(f.get("source") == src for f in self.model_figures(m)):
                self.err(p + ".status.source", "status current cites %s, but the model has no figure from that source (no entry there?)" % src)
        if m.get("generation") == "current" and m.get("release_date") is None:
            self.err(p + ".release_date", "a current model needs a release date (sourced, or an estimate with a note)")
        rel = (m.get("release_date") or {}).get("value") if isinstance(m.get("release_date"), dict) else None
        c = self.curated.get(m.get("id")) or {}
        explained = any(w in ((m.get("release_date") or {}).get("note") or "").lower() for w in ("snapshot", "launch", "announce"))
        if isinstance(rel, str) and not explained:
            dates = sorted({d for key in self.source_keys(c) for d in snapshot_dates(key)})
            if rel in dates and dates[0] < rel:
                self.err(p + ".release_date", "release date %s is the date of a later snapshot (an earlier key carries %s): use the launch date or say why in the note" % (rel, dates[0]))
            if self.raw:
                cands = []
                aa = self.raw["aa"].get(c.get("aa") or "")
                if aa and aa.get("release_date"):
                    cands.append((aa["release_date"], "Artificial Analysis"))
                md = self.raw["mdev"].get((c.get("mdev") or "") + ".toml") or {}
                if not md.get("release_date") and md.get("base_model"):
                    md = self.raw["mdev"].get("models/%s.toml" % md["base_model"]) or {}
                if md.get("release_date"):
                    cands.append((str(md["release_date"]), "models.dev"))
                cands = [x for x in cands if DATE_RE.match(x[0])]
                early = [x for x in cands if x[0] < rel and (datetime.date.fromisoformat(rel) - datetime.date.fromisoformat(x[0])).days > 30]
                if early:
                    self.err(p + ".release_date", "release date %s but %s gives %s: a snapshot date instead of the launch? (fix, or say why in the note)" % (rel, early[0][1], early[0][0]))
        if self.raw:
            self.data_rules(m, p, c)

    def model_figures(self, m):
        out = []

        def walk(x):
            if isinstance(x, dict):
                if "value" in x and "source" in x:
                    out.append(x)
                for v in x.values():
                    walk(v)
            elif isinstance(x, list):
                for v in x:
                    walk(v)
        walk({k: v for k, v in m.items() if k != "status"})
        return out

    @staticmethod
    def source_keys(c):
        keys = [c.get(k) for k in ("lite", "lite_old", "simonw", "orouter", "mdev", "aa", "arena", "lstats")]
        return [k for k in keys if isinstance(k, str)]

    def data_rules(self, m, p, c):
        raw, as_of = self.raw, self.cat.get("as_of") or ""
        st = m.get("status") or {}
        if not c:
            self.err(p, "model not in tools/catalog/curated/models.json")
            return
        if st.get("value") == "current":
            k = c.get("lite")
            if k:
                for kk, v in raw["lite"].items():
                    if (kk == k or (kk.startswith(k + "-") and re.fullmatch(r"[0-9-]+", kk[len(k) + 1:]))) and \
                            isinstance(v, dict) and v.get("deprecation_date") and v["deprecation_date"] <= as_of:
                        self.err(p + ".status", "status current but LiteLLM key %s has deprecation date %s (<= as_of)" % (kk, v["deprecation_date"]))
            md = raw["mdev"].get((c.get("mdev") or "") + ".toml") or {}
            if md.get("status") == "deprecated":
                self.err(p + ".status", "status current but models.dev marks %s deprecated" % c["mdev"])
            if c.get("orouter") and c["orouter"] not in raw["orouter"]:
                self.err(p + ".status", "status current but OpenRouter does not list %s on its snapshot" % c["orouter"])
        aa = raw["aa"].get(c.get("aa") or "")
        s = c.get("aa") or ""
        if s.endswith("-non-reasoning") and s[: -len("-non-reasoning")] in raw["aa"]:
            self.err(p, "Artificial Analysis variant %s is the non-reasoning one; the rule takes the highest-effort reasoning variant (%s)" % (s, s[: -len("-non-reasoning")]))
        pr = m.get("pricing")
        if pr and pr.get("host") == m.get("provider"):
            i, o = pr["input_per_mtok"]["value"], pr["output_per_mtok"]["value"]
            note = " ".join((pr[k].get("note") or "") for k in ("input_per_mtok", "output_per_mtok"))
            refs = []
            md = raw["mdev"].get((c.get("mdev") or "") + ".toml") or {}
            cost = md.get("cost") or (raw["mdev"].get("models/%s.toml" % md["base_model"], {}).get("cost") if md.get("base_model") else None)
            if cost and cost.get("input") is not None and cost.get("output") is not None:
                refs.append(("models.dev", cost["input"], cost["output"]))
            ap = (aa or {}).get("pricing") or {}
            if ap.get("price_1m_input_tokens") and ap.get("price_1m_output_tokens"):
                refs.append(("Artificial Analysis", ap["price_1m_input_tokens"], ap["price_1m_output_tokens"]))
            explained = any(w in note for w in ("conflict", "changed", "Price changed"))
            for name, ri, ro in refs:
                off = lambda a, b: b > 0 and abs(a - b) / b > 0.25
                if (off(i, ri) or off(o, ro)) and not explained:
                    self.err(p + ".pricing", "price %s/%s differs by more than 25%% from %s (%s/%s) and the note does not say why" % (i, o, name, ri, ro))

    cited_only_if_used = {"artificial-analysis-2026-07-10"}

    def price(self, v, path):
        if isinstance(v, (int, float)) and not (0 <= v <= 1000):
            self.err(path, "price %s outside 0..1000 USD per million tokens (per-token value?)" % v)


def main(argv):
    import argparse
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("catalog", nargs="?", default=os.path.join(REPO, "catalog.json"))
    ap.add_argument("--today", default=None, help="override today's date (YYYY-MM-DD)")
    default_dd = os.path.join(os.path.dirname(REPO), "shared", "data")
    ap.add_argument("--data-dir", default=default_dd if os.path.isdir(default_dd) else None,
                    help="raw data for the cross-source rules (default: ../shared/data if it exists)")
    ap.add_argument("--no-data", action="store_true", help="skip the cross-source rules")
    ap.add_argument("--min-french-coverage", type=float, default=None, metavar="FRACTION",
                    help="require this share of current models to have a French-quality figure (%s)" % ", ".join(FRENCH_BENCHMARKS))
    a = ap.parse_args(argv)
    today = datetime.date.fromisoformat(a.today) if a.today else datetime.date.today()
    try:
        with open(a.catalog, encoding="utf-8") as f:
            text = f.read()
        cat = json.loads(text)
    except OSError as e:
        print("check_catalog: cannot read %s: %s" % (a.catalog, e.strerror))
        return 2
    except ValueError as e:
        print("check_catalog: %s is not JSON: %s" % (a.catalog, e))
        return 2
    curated = {}
    if os.path.exists(CURATED_MODELS):
        with open(CURATED_MODELS, encoding="utf-8") as f:
            curated = {c["id"]: c for c in json.load(f)}
    raw = None if a.no_data else load_raw(a.data_dir)
    ch = Checker(cat, today, raw, curated)
    if LOCAL_PREFIX in text:
        ch.err("$", "contains an absolute local path (" + LOCAL_PREFIX + "...)")
    ch.run()
    if a.min_french_coverage is not None:
        have, lack = french_coverage(cat)
        n = len(have) + len(lack)
        share = len(have) / n if n else 0.0
        print("check_catalog: French-quality figure for %d of %d current models (%.1f%%)" % (len(have), n, 100 * share))
        if share < a.min_french_coverage:
            ch.err("$.models", "only %d of %d current models (%.1f%%) have a French-quality figure (%s), below %.0f%%; without one: %s"
                   % (len(have), n, 100 * share, ", ".join(FRENCH_BENCHMARKS), 100 * a.min_french_coverage, ", ".join(lack)))
    for e in ch.errors:
        print(e)
    print("check_catalog: %d models, %d figures, %d problems%s" % (len(cat.get("models", [])), ch.figures, len(ch.errors),
                                                                 "" if raw else " (cross-source rules skipped: no raw data)"))
    return 1 if ch.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
