#!/usr/bin/env python3
# Writes the committed hostile-input files of tests/inputs/ (deterministic; rerun after a format change).
# Large or deep inputs are not committed: run.sh generates them at test time (see gen_large in run.sh).
# Usage: tests/inputs/make_inputs.py   (from anywhere; reads catalog.json and examples/profiles/)
import copy
import json
import base64
import os
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FILES = os.path.join(HERE, "files")


def write(name, data, mode="w"):
    path = os.path.join(FILES, name)
    if isinstance(data, (dict, list)):
        data = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)


def mini_catalog():
    """Three models of the shipped catalog with only the sources and providers they use."""
    full = json.load(open(os.path.join(ROOT, "catalog.json"), encoding="utf-8"))
    keep = ["gpt-4", "mistral-7b-instruct", "claude-3-haiku"]
    models = [m for m in full["models"] if m["id"] in keep]
    text = json.dumps(models)
    used_sources = {s["id"] for s in full["sources"] if '"' + s["id"] + '"' in text}
    providers = [p for p in full["providers"] if p["id"] in {m["provider"] for m in models}]
    used_sources |= {s["id"] for s in full["sources"] if '"' + s["id"] + '"' in json.dumps(providers)}
    cat = {k: v for k, v in full.items() if k not in ("models", "sources", "providers")}
    cat["sources"] = [s for s in full["sources"] if s["id"] in used_sources]
    cat["providers"] = providers
    cat["models"] = models
    return cat


def fnv1a(data):
    h = 2166136261
    for b in data:
        h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    return h


def permalink(json_text, claimed_size=None):
    """A #p1 fragment as src/app/permalink.cpp lays it out, with an LZ block of literals only (a valid block)."""
    data = json_text.encode("utf-8")
    block = bytearray()
    n = len(data)
    block.append((15 if n >= 15 else n) << 4)
    if n >= 15:
        rest = n - 15
        while rest >= 255:
            block.append(255)
            rest -= 255
        block.append(rest)
    block += data
    size = n if claimed_size is None else claimed_size
    raw = b"MM1" + struct.pack("<II", size, fnv1a(data)) + bytes(block)
    return "p1" + base64.urlsafe_b64encode(raw).decode().rstrip("=")


def profile(name="quick-prototype"):
    return json.load(open(os.path.join(ROOT, "examples", "profiles", name + ".json"), encoding="utf-8"))


def main():
    os.makedirs(FILES, exist_ok=True)
    cat = mini_catalog()
    write("catalog_valid.json", cat)
    text = json.dumps(cat, indent=1)
    write("catalog_truncated.json", text[: len(text) // 2])
    c = copy.deepcopy(cat); c["models"][0]["pricing"]["input_per_mtok"]["value"] = "free"
    write("catalog_price_string.json", c)
    c = copy.deepcopy(cat); c["models"][0]["pricing"]["output_per_mtok"]["value"] = -2.5
    write("catalog_negative_price.json", c)
    c = copy.deepcopy(cat); c["models"][1]["pricing"] = c["models"][0]["pricing"]; c["models"][1]["pricing"]["input_per_mtok"]["value"] = 5e9
    write("catalog_absurd_price.json", c)
    c = copy.deepcopy(cat); c["models"][2]["id"] = c["models"][0]["id"]
    write("catalog_duplicate_id.json", c)
    c = copy.deepcopy(cat); c["models"][1]["colour"] = "blue"
    write("catalog_unknown_field.json", c)
    c = copy.deepcopy(cat); c["models"][1]["kind"] = "closed"
    write("catalog_unknown_enum.json", c)
    c = copy.deepcopy(cat); del c["models"][2]["name"]
    write("catalog_missing_name.json", c)
    c = copy.deepcopy(cat); del c["models"]
    write("catalog_missing_models.json", c)
    c = copy.deepcopy(cat); c["models"][0]["context_tokens"]["value"] = "__NAN__"
    write("catalog_nan.json", json.dumps(c, indent=1).replace('"__NAN__"', "NaN"))
    c = copy.deepcopy(cat); c["models"][0]["context_tokens"]["value"] = "__INF__"
    write("catalog_infinity.json", json.dumps(c, indent=1).replace('"__INF__"', "Infinity"))
    c = copy.deepcopy(cat); c["models"][0]["context_tokens"]["value"] = "__BIG__"
    write("catalog_1e400.json", json.dumps(c, indent=1).replace('"__BIG__"', "1e400"))
    c = copy.deepcopy(cat); c["models"][1]["name"] = "__BAD__"
    write("catalog_invalid_utf8.json", json.dumps(c, indent=1).encode().replace(b"__BAD__", b"Mistral \xff\xfe 7B"))
    write("catalog_bom_crlf.json", b"\xef\xbb\xbf" + json.dumps(cat, indent=1, ensure_ascii=False).replace("\n", "\r\n").encode())
    write("catalog_root_array.json", "[" + json.dumps(cat) + "]\n")
    c = copy.deepcopy(cat); c["models"][0]["provider"] = "nobody"
    write("catalog_unknown_provider.json", c)
    c = copy.deepcopy(cat); c["models"] = []
    write("catalog_no_models.json", c)
    write("catalog_empty.json", "")
    write("catalog_trailing_garbage.json", json.dumps(cat) + "\n}\n")

    # --- profiles (checked against the embedded catalog)
    p = profile("code-assistant")
    write("profile_valid.json", p)
    t = json.dumps(p, indent=2)
    write("profile_truncated.json", t[: t.index('"criteria"') + 30])
    q = copy.deepcopy(p); q["workload"]["requests_per_day"] = "many"
    write("profile_wrong_type.json", q)
    q = copy.deepcopy(p); q["budget"] = 100
    write("profile_unknown_field.json", q)
    q = copy.deepcopy(p); q["constraints"]["deployment"] = "cloud"
    write("profile_unknown_enum.json", q)
    q = copy.deepcopy(p); del q["criteria"]
    write("profile_missing_criteria.json", q)
    q = copy.deepcopy(p); q["criteria"][1]["id"] = "bench.mmlu_x"
    write("profile_unknown_criterion.json", q)
    q = copy.deepcopy(p); q["reference_model"] = "gpt-7-ultra"
    write("profile_unknown_model.json", q)
    q = copy.deepcopy(p); q["user_criteria"] = [{"id": "faq", "name": "FAQ", "unit": "%", "direction": "benefit", "values": {"no-such-model": 80}}]
    q["criteria"].append({"id": "user.faq", "weight": 10})
    write("profile_user_value_unknown_model.json", q)
    q = copy.deepcopy(p)
    for c_ in q["criteria"]:
        c_["weight"] = 0
    write("profile_weights_zero.json", q)
    q = copy.deepcopy(p); q["criteria"][2]["weight"] = -20
    write("profile_weight_negative.json", q)
    q = profile("on-device"); q["weighting"]["pairwise"] = [[1, 3, 2], [3, 1, 0.5], [0.5, 2, 1]]
    write("profile_ahp_not_reciprocal.json", q)
    q = profile("on-device"); q["weighting"]["pairwise"] = [[1, 3], [0.3333, 1]]
    write("profile_ahp_wrong_size.json", q)
    q = copy.deepcopy(p); q["criteria"][0]["weight"] = "__NAN__"
    write("profile_nan.json", json.dumps(q, indent=2).replace('"__NAN__"', "NaN"))
    q = copy.deepcopy(p); q["workload"]["requests_per_day"] = "__BIG__"
    write("profile_1e400.json", json.dumps(q, indent=2).replace('"__BIG__"', "1e400"))
    q = copy.deepcopy(p); q["workload"]["requests_per_day"] = "__BIG__"
    write("profile_minus_infinity.json", json.dumps(q, indent=2).replace('"__BIG__"', "-Infinity"))
    q = copy.deepcopy(p); q["constraints"]["max_monthly_usd"] = -5
    write("profile_negative_budget.json", q)
    q = copy.deepcopy(p); q["robustness"]["samples"] = 1000000000
    write("profile_samples_absurd.json", q)
    q = copy.deepcopy(p); q["version"] = 2
    write("profile_future_version.json", q)
    q = copy.deepcopy(p); q["name"] = "Équipe « dev » — assistant"
    write("profile_bom_crlf.json", b"\xef\xbb\xbf" + json.dumps(q, indent=2, ensure_ascii=False).replace("\n", "\r\n").encode())
    q = copy.deepcopy(p); q["name"] = "__BAD__"
    write("profile_invalid_utf8.json", json.dumps(q, indent=2).encode().replace(b"__BAD__", b"caf\xc3 cr\xe8me"))
    write("profile_empty.json", "")
    write("profile_whitespace.json", "  \r\n\t\n")
    write("profile_is_catalog.json", cat)
    write("profile_duplicate_criterion.json", dict(p, criteria=p["criteria"] + [p["criteria"][0]]))
    write("profile_not_json.json", "name: my profile\ncriteria: [latency]\n")
    write("profile_too_many_criteria.json", dict(p, criteria=[{"id": "latency", "weight": 1}] * 101))

    # --- overlays (JSON and CSV), applied onto the embedded catalog
    write("overlay_fr.csv", b"\xef\xbb\xbfid;name;provider;kind;input_per_mtok;output_per_mtok;context_tokens;\xc3\x89val FAQ interne\r\n"
          b"gpt-4;;;;25,5;50;;71,5\r\nacme-assistant;ACME Assistant;ACME;open_weights;0,2;0,6;32 000;80\r\n")
    write("overlay_multiline.csv", 'id,name,provider,kind,input_per_mtok,output_per_mtok\n'
          'own-1,"Own model\nsecond line, with a comma",me,proprietary,1.5,3\n'
          'own-2,"Say ""hi""",me,open_weights,0.1,0.2\n')
    write("overlay_crlf.csv", "id,input_per_mtok,output_per_mtok\r\ngpt-4,20,40\r\nmistral-7b-instruct,0.1,0.2\r\n")
    write("overlay_bad_number.csv", "id,name,provider,kind,input_per_mtok,output_per_mtok\nown-1,Own,me,proprietary,1.0,2.0\n"
          "own-2,Own 2,me,proprietary,free,2.0\n")
    write("overlay_negative_price.csv", "id,input_per_mtok,output_per_mtok\ngpt-4,-3,40\n")
    write("overlay_ragged.csv", "id,input_per_mtok,output_per_mtok\ngpt-4,20,40,99\n")
    write("overlay_unterminated_quote.csv", 'id,name,provider,kind\nown-1,"Own model,me,proprietary\n')
    write("overlay_no_id_column.csv", "name,input_per_mtok\nOwn,1\n")
    write("overlay_ambiguous_number.csv", "id;input_per_mtok;output_per_mtok\ngpt-4;1,234.5;40\n")
    write("overlay_unknown_kind.csv", "id,name,provider,kind\nown-1,Own,me,closed\n")
    write("overlay_empty.csv", "")
    write("overlay_too_many_columns.csv", ",".join(["id"] + ["eval_%d" % k for k in range(300)]) + "\n" + ",".join(["gpt-4"] + ["1"] * 300) + "\n")
    ov = {"format": "modelmatrix-overlay", "version": 1, "name": "negotiated",
          "models": [{"id": "gpt-4", "input_per_mtok": 20, "output_per_mtok": 40}]}
    write("overlay_valid.json", ov)
    o = copy.deepcopy(ov); o["models"][0]["input_per_mtok"] = 5e6
    write("overlay_absurd_price.json", o)
    o = copy.deepcopy(ov); o["models"].append({"id": "own-x", "input_per_mtok": 1})
    write("overlay_new_model_incomplete.json", o)
    o = copy.deepcopy(ov); o["models"][0]["benchmarks"] = {"no_such_bench": 50}
    write("overlay_unknown_benchmark.json", o)
    o = copy.deepcopy(ov); o["models"].append(copy.deepcopy(ov["models"][0]))
    write("overlay_duplicate_model.json", o)
    o = copy.deepcopy(ov); o["models"][0]["speed"] = 3
    write("overlay_unknown_field.json", o)

    # --- permalinks (files hold a fragment or a whole URL)
    link = permalink(json.dumps(p))
    write("permalink_valid.txt", "https://example.org/modelmatrix/#" + link + "\n")
    write("permalink_cut.txt", "#" + link[: len(link) // 2 - (len(link) // 2) % 4] + "\n")
    cut = link[: len(link) // 2]
    while len(cut[2:]) % 4 != 1:  # a base64 length no encoder produces: reported as a cut link
        cut = cut[:-1]
    write("permalink_cut_odd.txt", "#" + cut + "\n")
    write("permalink_header_only.txt", "#" + link[:8] + "\n")
    write("permalink_bad_chars.txt", "#" + link[:40] + "!*" + link[42:] + "\n")
    flipped = link[:60] + ("A" if link[60] != "A" else "B") + link[61:]
    write("permalink_flipped.txt", "#" + flipped + "\n")
    write("permalink_not_ours.txt", "https://example.org/page#section-2\n")
    write("permalink_empty.txt", "")
    q = copy.deepcopy(p); q["reference_model"] = "gpt-7-ultra"
    write("permalink_unknown_model.txt", "#" + permalink(json.dumps(q)) + "\n")
    q = copy.deepcopy(p); q["workload"]["requests_per_day"] = "many"
    write("permalink_bad_profile.txt", "#" + permalink(json.dumps(q)) + "\n")
    write("permalink_huge_claim.txt", "#" + permalink(json.dumps(p), claimed_size=50_000_000) + "\n")

    # --- saved states
    st = {"format": "modelmatrix-state", "version": 2, "profile": p, "user_presets": [{"name": "mine", "profile": profile("on-device")}],
          "overlay": ov, "prefs": {"lang": "fr", "theme": "dark", "view": "decision"}}
    write("state_valid.json", st)
    write("state_v1.json", {"format": "modelmatrix-state", "version": 1, "profile": p, "lang": "fr"})
    t = json.dumps(st)
    write("state_corrupt.json", t[: len(t) * 2 // 3])
    s2 = copy.deepcopy(st); s2["profile"]["workload"]["output_tokens"] = [600]
    write("state_bad_profile.json", s2)
    s2 = copy.deepcopy(st); s2["version"] = 7
    write("state_newer_version.json", s2)
    s2 = copy.deepcopy(st); s2["prefs"]["lang"] = "de"
    write("state_unknown_lang.json", s2)
    s2 = copy.deepcopy(st); s2["overlay"]["models"][0]["input_per_mtok"] = "cheap"
    write("state_bad_overlay.json", s2)
    write("state_binary.json", bytes(range(256)) * 4)

    # --- mcda cases files
    ref = json.load(open(os.path.join(ROOT, "..", "shared", "reference", "mcda", "cases.json"), encoding="utf-8"))
    by_id = {c_["id"]: c_ for c_ in ref["cases"]}
    ok_cases = [by_id["pymcdm-topsis-1"], by_id["pymcdm-wsm-1"]]
    write("cases_valid.json", {"cases": ok_cases})
    bad = copy.deepcopy(by_id["pymcdm-wsm-1"]); bad["id"] = "bad-weights"; bad["weights"] = bad["weights"][:-1]
    write("cases_bad_case.json", {"cases": [ok_cases[0], bad]})
    write("cases_malformed.json", {"cases": {"id": "not-a-list"}})
    t = json.dumps({"cases": ok_cases})
    write("cases_truncated.json", t[:200])


if __name__ == "__main__":
    sys.exit(main())
