// Built-in presets: the JSON of examples/profiles/*.json embedded as literals (generated from those files;
// tests/engine/presets_test.cpp checks they stay identical), parsed once with the strict profile reader.
#include "engine/model/presets.h"

#include <stdexcept>

#include "engine/io/profile_io.h"

namespace mm {

namespace {

struct Embedded {
    const char* id;
    const char* name_en;
    const char* name_fr;
    const char* description_en;
    const char* description_fr;
    const char* json;
};

const Embedded kPresets[] = {
    {"fr-support-chatbot", "French customer-support chatbot (in-house)", "Chatbot de support client en français (interne)",
     "Answers customers in French; data stays in-house on one 24 GB GPU; includes your own FAQ test.",
     "Répond aux clients en français ; les données restent en interne sur un GPU de 24 Go ; inclut votre propre test FAQ.",
     R"json({
  "format": "modelmatrix-profile",
  "version": 1,
  "name": "French customer-support chatbot (in-house, 24 GB GPU)",
  "description": "Answers customers in French; conversations must not leave the company, so an open-weights model runs on one 24 GB GPU. Includes the team's own FAQ test on three models.",
  "workload": {"requests_per_day": 5000, "input_tokens": 1200, "output_tokens": 250, "cached_share": 0.5,
               "hours_per_day": 12, "device": "rtx-4090", "pricing": "rent"},
  "constraints": {
    "deployment": "self_host",
    "open_weights": true,
    "commercial_use": true,
    "vram": {"budget_gb": 24, "quantization": "q4", "context_tokens": 8192, "batch": 4},
    "min_context_tokens": 8000,
    "languages": [{"code": "fr", "min_level": 2}]
  },
  "criteria": [
    {"id": "bench.aa_intelligence", "weight": 35},
    {"id": "bench.euroeval_mmlu_fr", "weight": 15},
    {"id": "bench.lmarena_french", "weight": 10},
    {"id": "vram_gb", "weight": 25},
    {"id": "user.faq_accuracy", "weight": 15}
  ],
  "weighting": {"mode": "direct"},
  "method": {"name": "wsm", "normalization": "reference"},
  "missing": "worst",
  "user_criteria": [
    {"id": "faq_accuracy", "name": "FAQ answers judged correct", "unit": "%", "direction": "benefit",
     "values": {"mistral-small-3.2": 82, "gemma-3-27b-it": 78, "qwen3-14b": 74}}
  ],
  "robustness": {"samples": 1000, "spread": 0.2, "seed": 42, "sampling": "around"},
  "pareto_criteria": ["vram_gb", "bench.aa_intelligence"],
  "reference_model": "gpt-4"
}
)json"},
    {"code-assistant", "Code assistant", "Assistant de code",
     "IDE assistant through an API: long context, tool calling, quick answers, coding benchmarks first.",
     "Assistant d'IDE via une API : long contexte, appel d'outils, réponses rapides, benchmarks de code d'abord.",
     R"json({
  "format": "modelmatrix-profile",
  "version": 1,
  "name": "Code assistant for a development team",
  "description": "An IDE assistant through an API: long files in context, tool calling for edits, answers quick enough to keep the developer in flow.",
  "workload": {"requests_per_day": 2000, "input_tokens": 6000, "output_tokens": 600, "cached_share": 0.6},
  "constraints": {
    "deployment": "api",
    "commercial_use": true,
    "min_context_tokens": 128000,
    "tool_calling": true
  },
  "criteria": [
    {"id": "bench.aa_coding", "weight": 35},
    {"id": "bench.lmarena_code", "weight": 20},
    {"id": "latency", "weight": 20},
    {"id": "monthly_cost", "weight": 25}
  ],
  "weighting": {"mode": "direct"},
  "method": {"name": "wsm", "normalization": "reference"},
  "missing": "worst",
  "robustness": {"samples": 1000, "spread": 0.2, "seed": 7},
  "pareto_criteria": ["monthly_cost", "bench.aa_coding"]
}
)json"},
    {"rag-confidential", "RAG over confidential documents", "RAG sur documents confidentiels",
     "Self-hosted open weights on 80 GB GPUs, long retrieved contexts, cost by number of GPUs (TOPSIS, swing weights).",
     "Poids publiés auto-hébergés sur GPU de 80 Go, longs contextes récupérés, coût selon le nombre de GPU (TOPSIS, pondération swing).",
     R"json({
  "format": "modelmatrix-profile",
  "version": 1,
  "name": "RAG over confidential documents (self-hosted, 80 GB GPUs)",
  "description": "Question answering over internal documents that may not be sent to any API: open weights on rented 80 GB GPUs, long retrieved contexts, cost driven by how many GPUs the model needs.",
  "workload": {"requests_per_day": 20000, "input_tokens": 4000, "output_tokens": 400,
               "hours_per_day": 24, "device": "h100-sxm", "pricing": "rent"},
  "constraints": {
    "deployment": "self_host",
    "open_weights": true,
    "commercial_use": true,
    "vram": {"budget_gb": 160, "quantization": "q8", "context_tokens": 32768, "batch": 2},
    "min_context_tokens": 32000
  },
  "criteria": [
    {"id": "bench.aa_intelligence", "points": 100},
    {"id": "context_tokens", "points": 40},
    {"id": "monthly_cost", "points": 70}
  ],
  "weighting": {"mode": "swing"},
  "method": {"name": "topsis", "normalization": "reference"},
  "missing": "exclude",
  "robustness": {"samples": 1000, "spread": 0.2, "seed": 11},
  "pareto_criteria": ["monthly_cost", "bench.aa_intelligence"]
}
)json"},
    {"batch-classification", "Batch classification", "Classification en lot",
     "200 000 short tickets a day with structured output: cost first (rank-order weights), current models only.",
     "200 000 tickets courts par jour en sortie structurée : le coût d'abord (poids par rang), modèles actuels seulement.",
     R"json({
  "format": "modelmatrix-profile",
  "version": 1,
  "name": "Batch classification of support tickets",
  "description": "200 000 short tickets a day labelled into categories with structured output: cost dominates, quality must be decent, older models excluded.",
  "workload": {"requests_per_day": 200000, "input_tokens": 300, "output_tokens": 5},
  "constraints": {
    "deployment": "api",
    "structured_output": true,
    "include_older": false
  },
  "criteria": [
    {"id": "monthly_cost", "rank": 1},
    {"id": "bench.aa_intelligence", "rank": 2},
    {"id": "output_speed", "rank": 3}
  ],
  "weighting": {"mode": "rank_order"},
  "method": {"name": "wsm", "normalization": "reference"},
  "missing": "worst",
  "robustness": {"samples": 1000, "spread": 0.2, "seed": 3},
  "pareto_criteria": ["monthly_cost", "bench.aa_intelligence"],
  "reference_model": "gpt-4"
}
)json"},
    {"on-device", "On-device assistant (8 GB)", "Assistant embarqué (8 Go)",
     "A small open model that runs offline in 8 GB at 4-bit; weights from an AHP pairwise comparison.",
     "Un petit modèle ouvert qui tourne hors ligne dans 8 Go en 4 bits ; poids issus d'une comparaison par paires AHP.",
     R"json({
  "format": "modelmatrix-profile",
  "version": 1,
  "name": "On-device assistant (8 GB of memory)",
  "description": "A small model that runs offline on a laptop GPU with 8 GB: what fits at 4-bit, and the best of those. Weights from an AHP pairwise comparison.",
  "workload": {"requests_per_day": 50, "input_tokens": 500, "output_tokens": 300},
  "constraints": {
    "deployment": "self_host",
    "open_weights": true,
    "vram": {"budget_gb": 8, "quantization": "q4", "context_tokens": 4096, "batch": 1}
  },
  "criteria": [
    {"id": "bench.aa_intelligence"},
    {"id": "vram_gb"},
    {"id": "bench.gpqa"}
  ],
  "weighting": {"mode": "ahp", "pairwise": [[1, 3, 2], [0.3333, 1, 0.5], [0.5, 2, 1]]},
  "method": {"name": "wsm", "normalization": "reference"},
  "missing": "worst",
  "robustness": {"samples": 1000, "spread": 0.2, "seed": 5},
  "pareto_criteria": ["vram_gb", "bench.aa_intelligence"]
}
)json"},
    {"quick-prototype", "Quick prototype", "Prototype rapide",
     "Any API, a good generalist that is cheap and responsive: the course's 'no jackhammer to hang a picture'.",
     "N'importe quelle API, un bon généraliste économique et réactif : « pas de marteau-piqueur pour accrocher un tableau ».",
     R"json({
  "format": "modelmatrix-profile",
  "version": 1,
  "name": "Quick prototype",
  "description": "A proof of concept through any API: a good generalist, cheap and responsive, no other constraint.",
  "workload": {"requests_per_day": 200, "input_tokens": 1000, "output_tokens": 500},
  "constraints": {"deployment": "api", "commercial_use": true},
  "criteria": [
    {"id": "bench.aa_intelligence", "weight": 40},
    {"id": "monthly_cost", "weight": 30},
    {"id": "latency", "weight": 30}
  ],
  "weighting": {"mode": "direct"},
  "method": {"name": "wsm", "normalization": "reference"},
  "missing": "worst",
  "robustness": {"samples": 1000, "spread": 0.2, "seed": 1},
  "pareto_criteria": ["monthly_cost", "bench.aa_intelligence"],
  "reference_model": "gpt-4"
}
)json"},
};

}  // namespace

const std::vector<Preset>& BuiltinPresets() {
    static const std::vector<Preset> kAll = [] {
        std::vector<Preset> v;
        for (const Embedded& e : kPresets) {
            ProfileLoad load = LoadProfile(e.json);
            if (!load.Ok()) {
                std::string msg = std::string("built-in preset ") + e.id + " is invalid:";
                for (const Issue& i : load.issues) msg += " " + i.ToString();
                throw std::logic_error(msg);
            }
            v.push_back({e.id, {e.name_en, e.name_fr}, {e.description_en, e.description_fr}, std::move(*load.profile)});
        }
        return v;
    }();
    return kAll;
}

const Preset* FindPreset(const std::string& id) {
    for (const Preset& p : BuiltinPresets())
        if (p.id == id) return &p;
    return nullptr;
}

std::string PresetJson(const std::string& id) {
    for (const Embedded& e : kPresets)
        if (id == e.id) return e.json;
    return {};
}

}  // namespace mm
