// The pipeline after loading, at 100 000 models: Decide() with and without the robustness analysis and the
// result written as JSON (the CLI's `rank --format json`,
// to a stream that discards it). Catalog: tools/gen_catalog.py 100000 42 build/scale/catalog-100000-42.json
// (BENCHMARKS.md, "Scale"), or the file named by MM_SCALE_CATALOG; the benchmarks are skipped without it.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <ostream>
#include <sstream>
#include <streambuf>

#include "engine/io/catalog_io.h"
#include "engine/decision/decision.h"
#include "engine/model/presets.h"
#include "engine/io/result_io.h"

namespace {

const mm::Catalog* Big() {
    static const std::unique_ptr<mm::Catalog> kCatalog = []() -> std::unique_ptr<mm::Catalog> {
        const char* env = std::getenv("MM_SCALE_CATALOG");
        const std::string path = env ? env : std::string(MM_SOURCE_DIR) + "/build/scale/catalog-100000-42.json";
        std::ifstream in(path, std::ios::binary);
        if (!in) return nullptr;
        std::ostringstream text;
        text << in.rdbuf();
        mm::CatalogLoad load = mm::LoadCatalog(text.str());
        return load.Ok() ? std::make_unique<mm::Catalog>(std::move(*load.catalog)) : nullptr;
    }();
    return kCatalog.get();
}

// Counts the bytes and drops them.
class Discard : public std::streambuf {
protected:
    std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
    int_type overflow(int_type c) override { return c; }
};

const mm::Profile* PresetProfile(benchmark::State& st, const char* preset) {
    const mm::Preset* p = mm::FindPreset(preset);
    if (!Big() || !p) {
        st.SkipWithError("no 100 000-model catalog (tools/gen_catalog.py 100000 42 build/scale/catalog-100000-42.json)");
        return nullptr;
    }
    return &p->profile;
}

void BM_Decide100k(benchmark::State& st, const char* preset, bool robustness) {
    const mm::Profile* profile = PresetProfile(st, preset);
    if (!profile) return;
    mm::DecideOptions options;
    options.robustness = robustness;
    std::size_t ranked = 0;
    for (auto _ : st) {
        mm::Result r = mm::Decide(*Big(), *profile, options);
        ranked = r.rows.size();
        benchmark::DoNotOptimize(r);
    }
    st.counters["ranked"] = static_cast<double>(ranked);
}

void BM_ResultJson100k(benchmark::State& st, const char* preset) {
    const mm::Profile* profile = PresetProfile(st, preset);
    if (!profile) return;
    const mm::Result r = mm::Decide(*Big(), *profile);
    Discard sink;
    std::ostream out(&sink);
    for (auto _ : st) mm::WriteResultJson(out, r, 1);
    st.SetBytesProcessed(static_cast<std::int64_t>(st.iterations()) *
                         static_cast<std::int64_t>(mm::ResultJsonText(r, 1).size()));
}

}  // namespace

BENCHMARK_CAPTURE(BM_Decide100k, code_assistant, "code-assistant", true)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Decide100k, code_assistant_ranking_only, "code-assistant", false)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Decide100k, rag_confidential, "rag-confidential", true)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Decide100k, rag_confidential_ranking_only, "rag-confidential", false)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ResultJson100k, code_assistant, "code-assistant")->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
