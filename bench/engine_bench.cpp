// Engine benchmarks: WSM and TOPSIS on 100 000 x 16 against the streaming-sum floor, Monte-Carlo rank
// acceptability (10 000 samples on 1 000 x 16), and a full Decide() of the shipped catalog per preset.
#include <benchmark/benchmark.h>

#include "assets/embedded.h"
#include "engine/io/catalog_io.h"
#include "engine/io/selfhost_io.h"
#include "engine/selfhost/estimate.h"
#include "engine/decision/decision.h"
#include "engine/mcda/method.h"
#include "engine/model/presets.h"
#include "engine/decision/robustness.h"
#include "engine/decision/scoring.h"
#include "engine/decision/stream_sum.h"

namespace {

// The same seeded matrix as `modelmatrix-cli bench`: values in [1, 100), benefit and cost columns
// alternating.
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

void BM_FloorSum(benchmark::State& state) {
    const auto x = RandomMatrix(state.range(0), state.range(1));
    for (auto _ : state) {
        benchmark::DoNotOptimize(mm::StreamingSum(x.Data(), x.Rows() * x.Cols()));
    }
    state.SetBytesProcessed(state.iterations() * x.Rows() * x.Cols() * sizeof(double));
}

void RunMethod(benchmark::State& state, const char* name) {
    const std::size_t m = state.range(0), n = state.range(1);
    mm::MethodChoice choice;
    choice.name = name;
    mm::MethodSpec spec;
    std::string error;
    mm::ResolveMethod(choice, &spec, &error);
    const mm::mcda::Problem p =
        mm::BuildProblem(spec, choice, RandomMatrix(m, n), Types(n), std::vector<double>(n, 1.0 / n), false);
    for (auto _ : state) {
        mm::mcda::Outcome out = mm::mcda::Evaluate(spec.method, p);
        benchmark::DoNotOptimize(out.score.data());
    }
    state.SetBytesProcessed(state.iterations() * m * n * sizeof(double));
}

void BM_Wsm(benchmark::State& state) {
    RunMethod(state, "wsm");
}
void BM_Topsis(benchmark::State& state) {
    RunMethod(state, "topsis");
}

// Scores only (no ranking): the facade's fused fast path.
void RunScores(benchmark::State& state, const char* name) {
    const std::size_t m = state.range(0), n = state.range(1);
    mm::MethodChoice choice;
    choice.name = name;
    mm::MethodSpec spec;
    std::string error;
    mm::ResolveMethod(choice, &spec, &error);
    const mm::mcda::Problem p =
        mm::BuildProblem(spec, choice, RandomMatrix(m, n), Types(n), std::vector<double>(n, 1.0 / n), false);
    std::vector<double> score;
    for (auto _ : state) {
        mm::mcda::EvaluateScores(spec.method, p, &score);
        benchmark::DoNotOptimize(score.data());
    }
    state.SetBytesProcessed(state.iterations() * m * n * sizeof(double));
}
void BM_WsmScores(benchmark::State& state) {
    RunScores(state, "wsm");
}
void BM_TopsisScores(benchmark::State& state) {
    RunScores(state, "topsis");
}

void BM_MonteCarloWsm(benchmark::State& state) {
    const std::size_t m = state.range(0), n = state.range(1);
    mm::MethodChoice choice;
    mm::MethodSpec spec;
    std::string error;
    mm::ResolveMethod(choice, &spec, &error);
    const mm::Scorer scorer(spec, choice, RandomMatrix(m, n), Types(n));  // normalised once
    std::vector<int> id_order(m);
    for (std::size_t i = 0; i < m; ++i) id_order[i] = static_cast<int>(i);
    mm::RobustnessSettings settings;
    settings.samples = static_cast<int>(state.range(2));
    std::vector<double> w(n, 1.0 / n), p1, p3;
    for (auto _ : state) {
        mm::RankAcceptability(scorer, w, id_order, settings, &p1, &p3);
        benchmark::DoNotOptimize(p1.data());
    }
}

void BM_DecideShippedCatalog(benchmark::State& state, const std::string& preset_id) {
    static const mm::Catalog catalog = *mm::LoadCatalog(mm::assets::catalog()).catalog;
    mm::Profile profile = mm::FindPreset(preset_id)->profile;
    profile.robustness.samples = 1000;
    for (auto _ : state) {
        mm::Result r = mm::Decide(catalog, profile);
        benchmark::DoNotOptimize(r.order.data());
    }
    state.counters["models"] = static_cast<double>(catalog.models.size());
}

}  // namespace

BENCHMARK(BM_FloorSum)->Args({100000, 16})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Wsm)->Args({100000, 16})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Topsis)->Args({100000, 16})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WsmScores)->Args({100000, 16})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TopsisScores)->Args({100000, 16})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MonteCarloWsm)->Args({1000, 16, 10000})->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_DecideShippedCatalog, quick_prototype, std::string("quick-prototype"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_DecideShippedCatalog, code_assistant, std::string("code-assistant"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_DecideShippedCatalog, fr_support_chatbot, std::string("fr-support-chatbot"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_DecideShippedCatalog, rag_confidential, std::string("rag-confidential"))
    ->Unit(benchmark::kMillisecond);

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

BENCHMARK_MAIN();
