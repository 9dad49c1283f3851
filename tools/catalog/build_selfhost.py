#!/usr/bin/env python3
"""Build selfhost.json (devices, quantisations, runtimes, model architectures, tokenizers, energy) for the
self-hosting estimates of src/engine/selfhost, from tools/catalog/curated/{devices,arch_configs,tokenizers,
energy}.json and the built catalog.json (parameter counts, real file sizes, families of open-weights models).

Usage: python3 tools/catalog/build_selfhost.py [--check] [--out FILE]
Deterministic: same inputs -> byte-identical output. Every figure keeps its source; unknown stays null.
Python 3 standard library only.
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
CURATED = os.path.join(HERE, "curated")
AS_OF = "2026-12-01"

DEVICE_FIELDS = ["memory_gb", "bandwidth_gbs", "fp16_tflops_dense", "board_power_w", "rent_usd_per_hour",
                 "purchase_usd", "gpu_usable_fraction"]
# Catalog download keys -> quantisation ids (the catalog's q4 note names the Ollama tag's quantisation).
DOWNLOAD_QUANTS = {"q8": "q8_0", "fp16": "f16"}
ARCH_FIELDS = ["layers", "hidden_size", "attention_heads", "kv_heads", "head_dim", "vocab_size",
               "experts_total", "experts_active"]
ATTENTION_FIELDS = ["kind", "sliding_window", "global_layers", "sliding_layers", "global_kv_heads",
                    "global_head_dim", "k_eq_v_global", "num_kv_shared_layers", "kv_lora_rank",
                    "qk_rope_head_dim", "full_layers", "linear_layers", "linear_kind"]
KV_QUANT_BLOCKS = {"f16": (1, 2), "q8_0": (32, 34), "q4_0": (32, 18)}  # elements, bytes per block (ggml-common.h)


def load(name):
    with open(os.path.join(CURATED, name), encoding="utf-8") as f:
        return json.load(f)


def compact_source(src):
    """A source object without bulky notes: repository/path/commit or url, title, as_of."""
    if not src:
        return None
    out = {k: src[k] for k in ("repository", "path", "commit", "url", "title", "as_of", "quote") if src.get(k)}
    return out or None


def field_source(sources, field):
    for key, src in sources.items():
        if field in key.split(","):
            return compact_source(src)
    for key in ("all", "spec_table"):
        if key in sources:
            return compact_source(sources[key])
    return None


def build_devices(devices):
    out = []
    for d in devices["devices"]:
        row = {"id": d["id"], "name": d["name"], "vendor": d["vendor"], "kind": d["kind"]}
        frac = d.get("gpu_usable_fraction_default")
        values = dict(d)
        # Apple: the GPU may allocate ~70% of unified memory at 32 GB and ~78% above (recommendedMaxWorkingSetSize).
        values["gpu_usable_fraction"] = (frac[0] if d["memory_gb"] <= 32 else frac[1]) if frac else None
        sources = {}
        for f in DEVICE_FIELDS:
            row[f] = values.get(f)
            if row[f] is not None:
                sources[f] = field_source(d["sources"], f)
        row["sources"] = sources
        out.append(row)
    return out


def build_quantisations(energy):
    gguf = energy["gguf_bits_per_weight"]
    blocks = {b["type"]: b for b in gguf["block_types"]}
    real = {}
    for r in gguf["effective_on_real_files"]:
        real.setdefault(r["type"], r)  # first row: LLaMA 7B, llama.cpp PR #3084
    def from_real(qid, runtime):
        r = real[qid]
        return {"id": qid, "bits_per_weight": r["effective_bits_per_weight"], "runtime": runtime,
                "basis": "effective bits on a real GGUF file (" + r["model"] + ")", "source": compact_source(r["source"])}
    def from_block(qid, btype, runtime):
        b = blocks[btype]
        return {"id": qid, "bits_per_weight": b["bits_per_weight"], "runtime": runtime,
                "basis": "block layout " + btype, "source": compact_source(b["source"])}
    definition = {"title": "IEEE 754 half precision / bfloat16 / FP8 E4M3: 16, 16 and 8 bits per value by definition"}
    awq = {"url": "https://arxiv.org/abs/2306.00978",
           "title": "AWQ (Lin et al. 2023): 4-bit weights, group size 128 with one FP16 scale and one 4-bit zero per group"}
    return [
        from_real("q4_0", "llama.cpp"), from_real("q4_k_m", "llama.cpp"), from_real("q5_k_m", "llama.cpp"),
        from_real("q6_k", "llama.cpp"), from_real("q8_0", "llama.cpp"),
        from_block("mxfp4", "mxfp4", "llama.cpp"),
        {"id": "f16", "bits_per_weight": 16, "runtime": "vllm", "basis": "definition", "source": definition},
        {"id": "bf16", "bits_per_weight": 16, "runtime": "vllm", "basis": "definition", "source": definition},
        {"id": "fp8", "bits_per_weight": 8, "runtime": "vllm", "basis": "definition (scales ignored)", "source": definition},
        {"id": "awq", "bits_per_weight": 4.16, "runtime": "vllm", "basis": "4 + (16 + 4) / 128", "source": awq},
    ]


def build_kv_quants(energy):
    src = compact_source(energy["gguf_bits_per_weight"]["block_types"][0]["source"])
    return [{"id": k, "bytes_per_element": b / n, "source": src} for k, (n, b) in KV_QUANT_BLOCKS.items()]


def build_runtimes(energy):
    ro = energy["runtime_overheads"]
    vllm = ro["vllm"]["gpu_memory_utilization_default"][0]
    buf = ro["llama_cpp"]["compute_buffer_examples"][1]
    return [
        {"id": "llama.cpp", "overhead_gib": round(buf["cuda0_compute_buffer_mib"] / 1024, 3),
         "basis": "CUDA compute buffer of a llama.cpp run (" + buf["gpu"] + ")", "source": compact_source(buf["source"])},
        {"id": "vllm", "gpu_memory_utilization": vllm["value"],
         "basis": "vLLM reserves (1 - gpu_memory_utilization) of each device's memory", "source": compact_source(vllm["source"])},
    ]


def linear_state_values(at):
    """Fixed recurrent state per linear/SSM layer, in values (kept at fp32 by the runtimes)."""
    k = at.get("linear_kind") or ""
    conv = (at.get("linear_conv_kernel_dim") or at.get("conv_kernel") or 1) - 1
    if k == "gated_deltanet":  # Vh x Dk x Dv + conv (kernel-1) x (2 Kh Dk + Vh Dv)
        kh, vh = at["linear_num_key_heads"], at["linear_num_value_heads"]
        dk, dv = at["linear_key_head_dim"], at["linear_value_head_dim"]
        return vh * dk * dv + conv * (2 * kh * dk + vh * dv)
    if k == "mamba2" and at.get("mamba_n_heads") and at.get("mamba_inner_size"):
        inner, dstate = at["mamba_inner_size"], at["d_state"]
        return inner * dstate + conv * (inner + 2 * (at.get("n_groups") or 1) * dstate)
    if k == "lightning" or k.startswith("kda"):  # H x D x D (+ KDA's q/k/v short convolutions)
        h, d = at["linear_num_heads"], at["linear_head_dim"]
        return h * d * d + conv * 3 * h * d
    return None


def build_architecture(arch):
    if not arch or arch.get("layers") is None or (arch.get("attention") or {}).get("kind") is None:
        return None
    out = {f: arch.get(f) for f in ARCH_FIELDS}
    at = arch["attention"]
    att = {f: at[f] for f in ATTENTION_FIELDS if at.get(f) is not None}
    if at["kind"] == "hybrid":
        att["linear_state_values"] = linear_state_values(at)
    if at["kind"] == "compressed_sparse":
        est = at["kv_cache_per_token_estimate"]
        att["values_per_token"] = est["values_per_token"]
        att["fixed_values_per_sequence"] = est["fixed_window_values_per_sequence"]
    out["attention"] = att
    out["source"] = compact_source(arch["source"])
    return out


def params_source(ps):
    if isinstance(ps, dict):
        return compact_source(ps.get("source") if isinstance(ps.get("source"), dict) else ps)
    return {"title": ps} if ps else None


def catalog_source(catalog_sources, sid):
    s = catalog_sources.get(sid)
    return compact_source(s) if s else {"title": sid}


def model_tokenizer(m, arch, tokenizer_map, tok):
    """The model's tokenizer family: a per-model entry first, else its catalog family's; refused when the config's
    vocab_size lies outside the family's config_vocab range (another family's counts would be used)."""
    override = tok["model_tokenizer"].get(m["id"])
    tid = override.split(" ")[0] if override else tokenizer_map.get(m.get("family"))
    vocab = arch.get("vocab_size")
    family = next((f for f in tok["families"] if f["id"] == tid), None)
    if tid and vocab and family and "config_vocab" in family:
        lo, hi = family["config_vocab"]
        if not lo <= vocab <= hi:
            sys.exit("build_selfhost: %s has vocab_size %d, outside %s's config_vocab %d..%d "
                     "(tools/catalog/curated/tokenizers.json: fix the family mapping or add a model_tokenizer entry)"
                     % (m["id"], vocab, tid, lo, hi))
    return tid


def build_models(catalog, archs, tokenizer_map, tok):
    sources = {s["id"]: s for s in catalog["sources"]}
    models = []
    for m in catalog["models"]:
        if m["kind"] != "open_weights":
            continue
        arch = archs.get(m["id"]) or {}
        row = {"id": m["id"]}
        # Parameters: the maker's figure read from the config notes when present, else the catalog's.
        for key, akey in (("params_b", "params_total_b"), ("active_params_b", "params_active_b")):
            if arch.get(akey) is not None:
                row[key] = {"value": arch[akey], "source": params_source(arch.get("params_source"))}
            elif (m.get(key) or {}).get("value") is not None:
                row[key] = {"value": m[key]["value"], "source": catalog_source(sources, m[key]["source"])}
            else:
                row[key] = None
        files = {}
        for dkey, entry in sorted((m.get("downloads_gb") or {}).items()):
            if not entry or entry.get("value") is None:
                continue
            note = entry.get("note") or ""
            qid = DOWNLOAD_QUANTS.get(dkey)
            if dkey == "q4":
                qid = "q4_k_m" if "(q4_k_m)" in note else "q4_0" if "(q4_0)" in note else None
            if qid:
                files[qid] = {"gb": entry["value"], "source": catalog_source(sources, entry["source"])}
        row["files"] = files
        ctx = (m.get("context_tokens") or {}).get("value")
        row["context_tokens"] = {"value": ctx, "source": catalog_source(sources, m["context_tokens"]["source"])} if ctx else None
        row["architecture"] = build_architecture(arch)
        row["config_published"] = arch.get("config_published")
        row["tokenizer"] = model_tokenizer(m, arch, tokenizer_map, tok)
        models.append(row)
    return models


def tokenizer_for_family(value, ids):
    """'qwen-151k (unverified: ...)' -> ('qwen-151k', False); unknown -> None."""
    head = value.split(" ")[0]
    return (head, "unverified" not in value and "assumed" not in value) if head in ids else None


def build_tokenizers(tok):
    families = []
    for f in tok["families"]:
        row = {"id": f["id"]}
        for lang in ("en", "fr"):
            v = f.get(lang + "_tokens_per_word")
            row[lang + "_tokens_per_word"] = v if isinstance(v, (int, float)) else None
        ratio = f.get("fr_over_en")  # same text: French tokens / English tokens (parallel counts)
        row["fr_over_en"] = ratio if isinstance(ratio, (int, float)) else None
        row["source"] = compact_source(f.get("source")) if row["en_tokens_per_word"] is not None else None
        families.append(row)
    ids = {f["id"] for f in families}
    mapping = {}
    for vendor in sorted(tok["catalog_family_to_tokenizer"]):
        for fam, value in sorted(tok["catalog_family_to_tokenizer"][vendor].items()):
            t = tokenizer_for_family(value, ids)
            if t:
                mapping[fam] = {"id": t[0], "verified": t[1]}
    return families, mapping


def build_energy(energy):
    """EcoLogits' request energy model for API models, the providers' PUE and zone, and grid intensities (g/kWh)."""
    eco = energy["ecologits"]
    a = eco["api_request"]
    keys = ("gpu_energy_alpha", "gpu_energy_beta", "gpu_energy_gamma", "latency_alpha", "latency_beta",
            "latency_gamma", "batch_size", "quantization_bits", "memory_factor", "gpu_memory_gb", "server_power_kw",
            "server_gpus")
    prov = eco["api_providers"]
    grid = eco["grid_carbon_intensity_kgco2eq_per_kwh"]
    return {
        "ecologits": dict({k: a[k] for k in keys}, source=compact_source(a["source"])),
        "hosts": [{"host": h["host"], "zone": h["zone"], "pue": h["pue_max"], "source": compact_source(prov["source"])}
                  for h in prov["hosts"]],
        "unknown_host": {"zone": prov["unknown_host_zone"], "pue": prov["unknown_host_pue"],
                         "source": compact_source(prov["unknown_host_pue_source"])},
        # kgCO2e/kWh in the CSV -> g/kWh, rounded to the CSV's precision.
        "grids": [{"zone": z, "g_co2_per_kwh": round(v * 1000, 2), "source": compact_source(grid["source"])}
                  for z, v in grid.items() if isinstance(v, (int, float))],
        "self_host_default_zone": eco["self_host_default_zone"],
    }


def share_sources(doc):
    """Moves every source object into one table (doc["sources"]) and refers to it by id ("s1", "s2"…)."""
    table, ids = [], {}

    def ref(src):
        key = json.dumps(src, sort_keys=True)
        if key not in ids:
            ids[key] = "s%d" % (len(table) + 1)
            table.append(dict({"id": ids[key]}, **src))
        return ids[key]

    def walk(node):
        if isinstance(node, dict):
            for k, v in node.items():
                if k == "source" and isinstance(v, dict):
                    node[k] = ref(v)
                elif k == "sources" and isinstance(v, dict):
                    node[k] = {f: ref(x) if isinstance(x, dict) else x for f, x in v.items()}
                else:
                    walk(v)
        elif isinstance(node, list):
            for x in node:
                walk(x)

    walk(doc)
    doc["sources"] = table
    return doc


def dump(doc):
    """One line per device, model, quantisation…: small diffs, compact file."""
    lines = ["{"]
    keys = list(doc)
    for i, k in enumerate(keys):
        v = doc[k]
        tail = "," if i + 1 < len(keys) else ""
        if isinstance(v, list):
            lines.append(json.dumps(k) + ":[")
            lines += [json.dumps(x, ensure_ascii=False, separators=(",", ":")) + ("," if j + 1 < len(v) else "")
                      for j, x in enumerate(v)]
            lines.append("]" + tail)
        else:
            lines.append(json.dumps(k) + ":" + json.dumps(v, ensure_ascii=False, separators=(",", ":")) + tail)
    lines.append("}")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(REPO, "selfhost.json"))
    ap.add_argument("--catalog", default=os.path.join(REPO, "catalog.json"))
    ap.add_argument("--check", action="store_true", help="do not write; exit 1 if the output would differ from --out")
    args = ap.parse_args()
    energy = load("energy.json")
    archs = {k: v for k, v in load("arch_configs.json").items() if not k.startswith("_")}
    tok = load("tokenizers.json")
    families, mapping = build_tokenizers(tok)
    with open(args.catalog, encoding="utf-8") as f:
        catalog = json.load(f)
    doc = {
        "format": "modelmatrix-selfhost", "format_version": 1, "as_of": AS_OF,
        "devices": build_devices(load("devices.json")),
        "quantisations": build_quantisations(energy),
        "kv_quants": build_kv_quants(energy),
        "runtimes": build_runtimes(energy),
        "tokenizers": families,
        "family_tokenizers": mapping,
        "energy": build_energy(energy),
        "models": build_models(catalog, archs, {k: v["id"] for k, v in mapping.items()}, tok),
    }
    text = dump(share_sources(doc))
    if args.check:
        try:
            old = open(args.out, encoding="utf-8").read()
        except OSError:
            old = None
        if old != text:
            sys.stderr.write("build_selfhost: %s is out of date; run tools/catalog/build_selfhost.py\n" % args.out)
            return 1
        return 0
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
