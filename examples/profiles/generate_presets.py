#!/usr/bin/env python3
# Regenerates src/engine/model/presets.cpp from the example profiles in this folder (the built-in presets embed their
# JSON verbatim; tests/engine/presets_test.cpp fails when the two drift apart). Run from the repository root.
import json

META = [
    ("fr-support-chatbot", "French customer-support chatbot (in-house)", "Chatbot de support client en français (interne)",
     "Answers customers in French; data stays in-house on one 24 GB GPU; includes your own FAQ test.",
     "Répond aux clients en français ; les données restent en interne sur un GPU de 24 Go ; inclut votre propre test FAQ."),
    ("code-assistant", "Code assistant", "Assistant de code",
     "IDE assistant through an API: long context, tool calling, quick answers, coding benchmarks first.",
     "Assistant d'IDE via une API : long contexte, appel d'outils, réponses rapides, benchmarks de code d'abord."),
    ("rag-confidential", "RAG over confidential documents", "RAG sur documents confidentiels",
     "Self-hosted open weights on 80 GB GPUs, long retrieved contexts, cost by number of GPUs (TOPSIS, swing weights).",
     "Poids publiés auto-hébergés sur GPU de 80 Go, longs contextes récupérés, coût selon le nombre de GPU (TOPSIS, pondération swing)."),
    ("batch-classification", "Batch classification", "Classification en lot",
     "200 000 short tickets a day with structured output: cost first (rank-order weights), current models only.",
     "200 000 tickets courts par jour en sortie structurée : le coût d'abord (poids par rang), modèles actuels seulement."),
    ("on-device", "On-device assistant (8 GB)", "Assistant embarqué (8 Go)",
     "A small open model that runs offline in 8 GB at 4-bit; weights from an AHP pairwise comparison.",
     "Un petit modèle ouvert qui tourne hors ligne dans 8 Go en 4 bits ; poids issus d'une comparaison par paires AHP."),
    ("quick-prototype", "Quick prototype", "Prototype rapide",
     "Any API, a good generalist that is cheap and responsive: the course's 'no jackhammer to hang a picture'.",
     "N'importe quelle API, un bon généraliste économique et réactif : « pas de marteau-piqueur pour accrocher un tableau »."),
]

HEAD = '''// Built-in presets: the JSON of examples/profiles/*.json embedded as literals (generated from those files;
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

const Embedded kPresets[] = {'''

TAIL = '''};

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
'''


def c(s):
    return json.dumps(s, ensure_ascii=False)


def main():
    out = [HEAD]
    for pid, ne, nf, de, df in META:
        text = open(f"examples/profiles/{pid}.json", encoding="utf-8").read()
        assert ')json"' not in text
        out.append(f'    {{{c(pid)}, {c(ne)}, {c(nf)},\n     {c(de)},\n     {c(df)},\n     R"json({text})json"}},')
    out.append(TAIL)
    open("src/engine/model/presets.cpp", "w", encoding="utf-8").write("\n".join(out))


if __name__ == "__main__":
    main()
