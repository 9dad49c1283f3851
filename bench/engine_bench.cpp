// Engine benchmarks of the code the product runs: mcda::Evaluate as Decide() calls it (WSM, TOPSIS on 100 000 x 16)
// against one plain read of the matrix, and a whole Decide() per preset on the shipped catalog and on 10 000 models
// (the shipped ones repeated, the size of a large private overlay; what the GUI recomputes after an edit).
#include <benchmark/benchmark.h>

#include "assets/embedded.h"
#include "engine/io/selfhost_io.h"
#include "engine/selfhost/estimate.h"
#include "engine/decision/decision.h"
#include "engine/decision/robustness.h"
#include "engine/decision/scoring.h"
#include "engine/io/catalog_io.h"
#include "engine/mcda/method.h"
#include "engine/model/criteria.h"
#include "engine/model/presets.h"

namespace {

// The same seeded matrix as `modelmatrix-cli bench`: values in [1, 100), benefit and cost columns alternating.
mm::mcda::Matrix RandomMatrix(std::size_t m, std::size_t n, std::uint64_t seed = 42) {
    mm::Rng rng(seed);
    mm::mcda::Matrix x(m, n);
    for (std::size_t i = 0; i < m * n; ++i) x.Data()[i] = 1.0 + 99.0 * rng.Uniform();
    return x;
}

std::vector<int> Types(std::size_t n) {
    std::vector<int> t(n);
    for (std::size_t j = 0; j < n; ++j) t[j] = j % 2 ? -1 : 1;
    return t;
}

// Every value read once, in memory order: the least a method reading the whole matrix can take.
void BM_PlainRead(benchmark::State& state) {
    const auto x = RandomMatrix(state.range(0), state.range(1));
    for (auto _ : state) {
        const double* p = x.Data();
        double s[4] = {0, 0, 0, 0};
        for (std::size_t i = 0; i < x.Rows() * x.Cols(); ++i) s[i % 4] += p[i];
        benchmark::DoNotOptimize((s[0] + s[1]) + (s[2] + s[3]));
    }
    state.SetBytesProcessed(state.iterations() * x.Rows() * x.Cols() * sizeof(double));
}

void BM_Evaluate(benchmark::State& state, const char* name) {
    const std::size_t m = state.range(0), n = state.range(1);
    mm::MethodChoice choice;
    choice.name = name;
    mm::MethodSpec spec;
    std::string error;
    mm::ResolveMethod(choice, &spec, &error);
    const mm::mcda::Problem p =
        mm::BuildProblem(spec, choice, RandomMatrix(m, n), Types(n), std::vector<double>(n, 1.0 / n));
    for (auto _ : state) {
        mm::mcda::Outcome out = mm::mcda::Evaluate(spec.method, p);
        benchmark::DoNotOptimize(out.score.data());
    }
    state.SetBytesProcessed(state.iterations() * m * n * sizeof(double));
}

// With its self-hosting data attached, as the CLI and the apps load it (devices, capacity, self-host cost).
const mm::Catalog& Shipped() {
    static const mm::Catalog catalog = [] {
        mm::Catalog c = *mm::LoadCatalog(mm::assets::catalog()).catalog;
        mm::AttachSelfhost(c, mm::assets::selfhost());
        return c;
    }();
    return catalog;
}

// The shipped models repeated under new ids up to `count` (as tests/ui/ui_harness.h's LargeCatalog).
const mm::Catalog& Large() {
    static const mm::Catalog catalog = [] {
        mm::Catalog c = Shipped();
        c.models.clear();
        for (std::size_t i = 0; c.models.size() < 10000; ++i) {
            mm::Model m = Shipped().models[i % Shipped().models.size()];
            if (const std::size_t copy = i / Shipped().models.size()) {
                m.id += "-v" + std::to_string(copy);
                m.name += " v" + std::to_string(copy);
                m.course_classic = false;
            }
            c.models.push_back(std::move(m));
        }
        return c;
    }();
    return catalog;
}

void BM_Decide(benchmark::State& state, const mm::Catalog& (*catalog)(), const std::string& preset_id,
               bool robustness) {
    const mm::Profile& profile = mm::FindPreset(preset_id)->profile;
    mm::DecideOptions options;
    options.robustness = robustness;
    for (auto _ : state) {
        mm::Result r = mm::Decide(catalog(), profile, options);
        benchmark::DoNotOptimize(r.order.data());
    }
    state.counters["models"] = static_cast<double>(catalog().models.size());
}

}  // namespace

BENCHMARK(BM_PlainRead)->Args({100000, 16})->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Evaluate, wsm, "wsm")->Args({100000, 16})->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Evaluate, topsis, "topsis")->Args({100000, 16})->Unit(benchmark::kMillisecond);
#define MM_DECIDE_BENCH(name, id)                                                                                \
    BENCHMARK_CAPTURE(BM_Decide, shipped_##name, Shipped, std::string(id), true)->Unit(benchmark::kMillisecond); \
    BENCHMARK_CAPTURE(BM_Decide, large_##name, Large, std::string(id), true)->Unit(benchmark::kMillisecond);     \
    BENCHMARK_CAPTURE(BM_Decide, large_no_robustness_##name, Large, std::string(id), false)                      \
        ->Unit(benchmark::kMillisecond)
MM_DECIDE_BENCH(quick_prototype, "quick-prototype");
MM_DECIDE_BENCH(code_assistant, "code-assistant");
MM_DECIDE_BENCH(fr_support_chatbot, "fr-support-chatbot");
MM_DECIDE_BENCH(rag_confidential, "rag-confidential");
MM_DECIDE_BENCH(on_device, "on-device");
MM_DECIDE_BENCH(batch_classification, "batch-classification");

// Every open-weights model x every device at q4_k_m, 8k context: the model card's "self-host on…" for the whole
// catalog (docs/SELFHOST.md records the figure).
static void BM_SelfhostAll(benchmark::State& state) {
    const mm::selfhost::Data data = *mm::LoadSelfhost(mm::assets::selfhost()).data;
    for (auto _ : state) {
        double sum = 0;
        for (const auto& m : data.models)
            for (const auto& d : data.devices) {
                auto r = mm::selfhost::EstimateSelfhost(data, {m.id, d.id, "q4_k_m", 8192});
                sum += r.estimate->total_gib.value_or(0) + r.estimate->decode_tokens_per_s.value_or(0);
            }
        benchmark::DoNotOptimize(sum);
    }
    state.counters["estimates"] = double(data.models.size() * data.devices.size());
}
BENCHMARK(BM_SelfhostAll)->Unit(benchmark::kMicrosecond);

// The derive step of Decide() for every shipped model under a self-hosting preset (memory estimate, devices per
// replica, batched capacity, cost on its device), with the self-host data and without it (the fallback).
static void BM_DeriveSelfhost(benchmark::State& state, bool with_data) {
    const mm::Profile& profile = mm::FindPreset("fr-support-chatbot")->profile;
    const mm::selfhost::Data* data = with_data ? Shipped().selfhost.get() : nullptr;
    for (auto _ : state) {
        double sum = 0;
        for (const mm::Model& m : Shipped().models) sum += mm::Derive(m, profile, data).selfhost_monthly_usd.value_or(0);
        benchmark::DoNotOptimize(sum);
    }
    state.counters["models"] = static_cast<double>(Shipped().models.size());
}
BENCHMARK_CAPTURE(BM_DeriveSelfhost, with_selfhost_data, true)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_DeriveSelfhost, without, false)->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
