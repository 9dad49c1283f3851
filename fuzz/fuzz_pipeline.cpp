// Structure-aware libFuzzer target: builds a small catalog and profile from the fuzz bytes (FuzzedDataProvider)
// and runs the whole pipeline, Decide: filter -> missing policy -> weights -> method -> rank -> explain ->
// robustness -> pareto. Checks the result's invariants: finite scores, dense ranks 1..k, every model either
// ranked or eliminated, weights summing to 1.
#include <fuzzer/FuzzedDataProvider.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "engine/model/criteria.h"
#include "engine/decision/decision.h"
#include "fuzz_common.h"

namespace {

// A figure that is known (a fuzzed number, sometimes extreme), unknown or undisclosed.
mm::Figure FuzzFigure(FuzzedDataProvider& in, double lo, double hi) {
    mm::Figure f;
    switch (in.ConsumeIntegralInRange<int>(0, 5)) {
    case 0: return f;  // unknown
    case 1: f.state = mm::Figure::State::kUndisclosed; return f;
    case 2: f = mm::Figure::Of(in.PickValueInArray({0.0, lo, hi, 1e-9, 1e9})); break;
    default: f = mm::Figure::Of(in.ConsumeFloatingPointInRange<double>(lo, hi)); break;
    }
    f.source = "s";
    return f;
}

mm::Catalog FuzzCatalog(FuzzedDataProvider& in) {
    mm::Catalog c;
    c.catalog_version = "fuzz";
    c.as_of = "2025-01-01";
    c.sources.push_back({"s", "fuzz source", "https://example.org", "fuzz", "", "2025-01-01"});
    for (const char* p : {"pa", "pb"}) {
        mm::Provider pr;
        pr.id = pr.name = p;
        c.providers.push_back(pr);
    }
    const int benchmarks = in.ConsumeIntegralInRange<int>(0, 3);
    for (int b = 0; b < benchmarks; ++b) {
        mm::BenchmarkInfo info;
        info.id = info.name = "b" + std::to_string(b);
        info.unit = "%";
        info.higher_is_better = in.ConsumeBool();
        c.benchmarks.push_back(info);
    }
    const int models = in.ConsumeIntegralInRange<int>(0, 8);
    for (int i = 0; i < models; ++i) {
        mm::Model m;
        m.id = "m" + std::to_string(i);
        m.name = "Model " + std::to_string(i);
        m.provider = c.providers[in.ConsumeIntegralInRange<std::size_t>(0, 1)].id;
        m.family = "f";
        m.kind = in.ConsumeBool() ? mm::ModelKind::kProprietary : mm::ModelKind::kOpenWeights;
        m.status = mm::Status::kCurrent;
        m.older_generation = in.ConsumeBool();
        m.license.license_class = m.OpenWeights() ? mm::LicenseClass::kPermissive : mm::LicenseClass::kProprietary;
        m.license.commercial_use = in.ConsumeBool();
        m.api = in.ConsumeBool();
        m.self_host = m.OpenWeights() && in.ConsumeBool();
        m.params_b = FuzzFigure(in, 0.1, 2000);
        m.context_tokens = FuzzFigure(in, 1000, 2e6);
        if (m.api) {
            mm::Pricing p;
            p.input_per_mtok = FuzzFigure(in, 0, 200);
            p.output_per_mtok = FuzzFigure(in, 0, 600);
            p.cached_input_per_mtok = FuzzFigure(in, 0, 100);
            m.pricing = p;
        }
        m.output_tokens_per_s = FuzzFigure(in, 1, 5000);
        m.ttft_s = FuzzFigure(in, 0.01, 30);
        m.tool_calling = FuzzFigure(in, 0, 1);
        m.input_modalities = {"text"};
        m.output_modalities = {"text"};
        for (const mm::BenchmarkInfo& b : c.benchmarks) {
            mm::Figure f = FuzzFigure(in, 0, 100);
            if (f.state != mm::Figure::State::kUnknown) m.benchmarks.push_back({b.id, f});
        }
        c.models.push_back(std::move(m));
    }
    return c;
}

mm::Profile FuzzProfile(FuzzedDataProvider& in, const mm::Catalog& catalog) {
    mm::Profile p;
    p.name = "fuzz";
    mm::Workload& w = p.workload;
    w.requests_per_day = in.ConsumeFloatingPointInRange<double>(0, 1e6);
    w.input_tokens = in.ConsumeFloatingPointInRange<double>(0, 1e5);
    w.output_tokens = in.ConsumeFloatingPointInRange<double>(0, 1e5);
    w.cached_share = in.ConsumeProbability<double>();
    w.gpu_usd_per_hour = in.ConsumeBool() ? in.ConsumeFloatingPointInRange<double>(0, 50) : 0;
    w.gpu_vram_gb = in.ConsumeBool() ? in.ConsumeFloatingPointInRange<double>(0, 192) : 0;

    mm::Constraints& k = p.constraints;
    k.deployment = static_cast<mm::Deployment>(in.ConsumeIntegralInRange<int>(0, 2));
    k.open_weights = in.ConsumeBool();
    k.commercial_use = in.ConsumeBool();
    if (in.ConsumeBool()) k.vram_budget_gb = in.ConsumeFloatingPointInRange<double>(0, 200);
    k.quantization = static_cast<mm::Quantization>(in.ConsumeIntegralInRange<int>(0, 2));
    if (in.ConsumeBool()) k.min_context_tokens = in.ConsumeFloatingPointInRange<double>(0, 1e6);
    if (in.ConsumeBool()) k.max_monthly_usd = in.ConsumeFloatingPointInRange<double>(0, 1e5);
    if (in.ConsumeBool()) k.max_latency_s = in.ConsumeFloatingPointInRange<double>(0, 60);
    k.tool_calling = in.ConsumeBool();
    k.include_older = in.ConsumeBool();

    // A user criterion with values for some models, so "user.*" criteria and their gaps are exercised.
    if (in.ConsumeBool()) {
        mm::UserCriterion u;
        u.id = "own";
        u.name = "Own test";
        u.unit = "%";
        u.direction = in.ConsumeBool() ? mm::Direction::kBenefit : mm::Direction::kCost;
        for (const mm::Model& m : catalog.models)
            if (in.ConsumeBool()) u.values.emplace_back(m.id, in.ConsumeFloatingPointInRange<double>(-100, 100));
        p.user_criteria.push_back(u);
    }

    p.weighting.mode = static_cast<mm::WeightMode>(in.ConsumeIntegralInRange<int>(0, 7));
    const std::vector<mm::CriterionInfo> registry = mm::CriterionRegistry(catalog, p);
    const int criteria = in.ConsumeIntegralInRange<int>(0, 5);
    std::set<std::string> chosen;
    for (int i = 0; i < criteria && !registry.empty(); ++i) {
        const std::string& id = registry[in.ConsumeIntegralInRange<std::size_t>(0, registry.size() - 1)].id;
        if (!chosen.insert(id).second) continue;
        mm::CriterionChoice c;
        c.id = id;
        c.weight = in.PickValueInArray({0.0, 1.0, 1e-12, 1e12}) + in.ConsumeFloatingPointInRange<double>(0, 100);
        c.rank = in.ConsumeIntegralInRange<int>(1, 5);
        c.points = in.ConsumeFloatingPointInRange<double>(0, 100);
        p.criteria.push_back(c);
    }
    if (p.weighting.mode == mm::WeightMode::kAhp) {
        const std::size_t n = p.criteria.size();
        p.weighting.pairwise.assign(n, std::vector<double>(n, 1.0));
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = i + 1; j < n; ++j) {
                const double a = in.PickValueInArray({1.0 / 9, 1.0 / 5, 1.0 / 3, 1.0, 3.0, 5.0, 9.0});
                p.weighting.pairwise[i][j] = a;
                p.weighting.pairwise[j][i] = 1 / a;
            }
    }
    p.method.name = in.PickValueInArray({"wsm", "wpm", "waspas", "topsis", "vikor", "promethee2", "copras", "moora"});
    if (in.ConsumeBool())
        p.method.normalization = in.PickValueInArray({"minmax", "max", "sum", "vector", "linear", "logarithmic",
                                                      "nonlinear", "enhanced_accuracy", "zavadskas_turskis", "none"});
    p.method.lambda = in.ConsumeProbability<double>();
    p.method.v = in.ConsumeProbability<double>();
    p.method.preference_function = in.ConsumeBool() ? "usual" : "v-shape";
    p.missing = static_cast<mm::MissingPolicy>(in.ConsumeIntegralInRange<int>(0, 2));
    p.robustness.samples = in.ConsumeIntegralInRange<int>(0, 64);
    p.robustness.spread = in.ConsumeFloatingPointInRange<double>(0, 1);
    p.robustness.seed = in.ConsumeIntegral<unsigned long long>();
    p.robustness.sampling = in.ConsumeBool() ? mm::SamplingMode::kUniform : mm::SamplingMode::kAround;
    if (in.ConsumeBool() && p.criteria.size() >= 2)
        p.pareto_criteria = {p.criteria[0].id, p.criteria[1].id};
    return p;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    FuzzedDataProvider in(data, size);
    const mm::Catalog catalog = FuzzCatalog(in);
    const mm::Profile profile = FuzzProfile(in, catalog);
    const mm::Result r = mm::Decide(catalog, profile);
    if (!r.ok) {
        MM_FUZZ_CHECK(!r.errors.empty());
        return 0;
    }
    const std::size_t k = r.rows.size();
    // Every model is ranked or eliminated, exactly once.
    MM_FUZZ_CHECK(k + r.eliminated.size() == catalog.models.size());
    std::set<std::string> seen;
    for (const mm::ModelRow& row : r.rows) MM_FUZZ_CHECK(seen.insert(row.id).second);
    for (const mm::EliminatedModel& e : r.eliminated) MM_FUZZ_CHECK(seen.insert(e.id).second);
    if (k == 0) return 0;  // ok with nothing to rank: every model eliminated (a note says so)
    // Scores: all finite, or all NaN when nothing could be computed (a single survivor, or every criterion
    // constant: Decide notes it and ties the models); never a mix. Ranks dense 1..max, order sorted by rank.
    const bool scored = std::isfinite(r.rows[0].score);
    int max_rank = 0;
    std::set<int> ranks;
    for (const mm::ModelRow& row : r.rows) {
        MM_FUZZ_CHECK(std::isfinite(row.score) == scored);
        MM_FUZZ_CHECK(row.rank >= 1 && row.rank <= static_cast<int>(k));
        ranks.insert(row.rank);
        max_rank = std::max(max_rank, row.rank);
    }
    if (!scored) MM_FUZZ_CHECK(max_rank == 1 && !r.notes.empty());
    MM_FUZZ_CHECK(static_cast<int>(ranks.size()) == max_rank);
    MM_FUZZ_CHECK(r.order.size() == k);
    for (std::size_t i = 1; i < r.order.size(); ++i)
        MM_FUZZ_CHECK(r.rows[r.order[i - 1]].rank <= r.rows[r.order[i]].rank);
    // Weights: one per criterion, non-negative, summing to 1 (objective weights are all 0 when every
    // criterion is constant: there is no spread to weigh).
    MM_FUZZ_CHECK(r.weights.weights.size() == r.criteria.size());
    if (!r.weights.weights.empty()) {
        double sum = 0;
        for (double w : r.weights.weights) {
            MM_FUZZ_CHECK(std::isfinite(w) && w >= 0);
            sum += w;
        }
        const bool objective = profile.weighting.mode >= mm::WeightMode::kEntropy;
        MM_FUZZ_CHECK(std::fabs(sum - 1) < 1e-9 || (objective && sum == 0));
    }
    if (r.robustness) {
        for (const mm::Acceptability& a : r.robustness->acceptability) {
            MM_FUZZ_CHECK(a.p_first >= 0 && a.p_first <= 1 + 1e-12);
            MM_FUZZ_CHECK(a.p_top3 >= a.p_first - 1e-12 && a.p_top3 <= 1 + 1e-12);
        }
        for (const mm::WeightInterval& w : r.robustness->intervals)
            MM_FUZZ_CHECK(!(w.lower > w.upper + 1e-9));
    }
    if (r.pareto)
        for (int row : r.pareto->non_dominated) MM_FUZZ_CHECK(row >= 0 && static_cast<std::size_t>(row) < k);
    return 0;
}
