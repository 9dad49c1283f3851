// Method resolution, problem building and repeated scoring over the MCDA facade.
#include "engine/decision/scoring.h"

#include <algorithm>
#include <limits>

#include "engine/mcda/normalize.h"

namespace mm {

namespace {

struct Default {
    const char* name;
    mcda::Normalization normalization;
    mcda::CostHandling cost_handling;
    bool additive;
};
const Default kDefaults[] = {
    {"wsm", mcda::Normalization::MinMax, mcda::CostHandling::Invert, true},
    {"wpm", mcda::Normalization::Linear, mcda::CostHandling::Invert, false},
    {"waspas", mcda::Normalization::Linear, mcda::CostHandling::Invert, false},
    {"topsis", mcda::Normalization::Vector, mcda::CostHandling::Ignore, false},
    {"vikor", mcda::Normalization::None, mcda::CostHandling::Invert, false},
    {"promethee2", mcda::Normalization::None, mcda::CostHandling::Invert, true},
    {"copras", mcda::Normalization::Sum, mcda::CostHandling::Ignore, false},
    {"moora", mcda::Normalization::Vector, mcda::CostHandling::Ignore, true},
    {"moora_refpoint", mcda::Normalization::Vector, mcda::CostHandling::Ignore, false},
    {"moora_fmf", mcda::Normalization::Vector, mcda::CostHandling::Ignore, false},
    {"spotis", mcda::Normalization::None, mcda::CostHandling::Invert, true},
    {"electre2", mcda::Normalization::Vector, mcda::CostHandling::Ignore, false},
};

}  // namespace

const std::vector<std::string>& RankingMethodNames() {
    static const std::vector<std::string> kNames = [] {
        std::vector<std::string> v;
        for (const Default& d : kDefaults) v.push_back(d.name);
        return v;
    }();
    return kNames;
}

bool ResolveMethod(const MethodChoice& choice, MethodSpec* spec, std::string* error) {
    const Default* d = nullptr;
    for (const Default& e : kDefaults)
        if (choice.name == e.name) d = &e;
    if (!d) {
        std::string list;
        for (const Default& e : kDefaults) list += (list.empty() ? "" : ", ") + std::string(e.name);
        *error = "unknown method \"" + choice.name + "\" (expected " + list + ")";
        return false;
    }
    mcda::ParseMethod(d->name, &spec->method);
    spec->normalization = d->normalization;
    spec->cost_handling = d->cost_handling;
    spec->additive = d->additive;
    spec->higher_is_better = mcda::MethodHigherIsBetter(spec->method);
    if (!choice.normalization.empty()) {
        if (!mcda::MethodUsesNormalization(spec->method)) {
            *error = "method " + choice.name + " uses its own normalisation: remove \"normalization\"";
            return false;
        }
        if (choice.normalization == "reference") {
            if (spec->method == mcda::Method::Wpm || spec->method == mcda::Method::Waspas) {
                *error = "normalization \"reference\" maps the worst values to 0, which " + choice.name +
                         " cannot multiply: use it with wsm, topsis, copras or moora";
                return false;
            }
            spec->reference = true;
            spec->normalization = mcda::Normalization::None;
            spec->cost_handling = mcda::CostHandling::Ignore;
            return true;
        }
        if (!mcda::ParseNormalization(choice.normalization, &spec->normalization) ||
            spec->normalization == mcda::Normalization::None) {
            *error =
                "unknown normalization \"" + choice.normalization +
                "\" (expected reference, minmax, max, sum, vector, linear, logarithmic, nonlinear, "
                "enhanced_accuracy or zavadskas_turskis)";
            return false;
        }
    }
    return true;
}

mcda::Problem BuildProblem(const MethodSpec& spec, const MethodChoice& choice, const mcda::Matrix& x,
                           const std::vector<int>& types, const std::vector<double>& weights) {
    mcda::Problem p;
    p.matrix = x;
    p.types = types;
    p.weights = weights;
    p.normalization = spec.normalization;
    p.cost_handling = spec.cost_handling;
    const std::size_t n = x.Cols();
    std::vector<double> lo(n, std::numeric_limits<double>::infinity()),
        hi(n, -std::numeric_limits<double>::infinity());
    for (std::size_t i = 0; i < x.Rows(); ++i)
        for (std::size_t j = 0; j < n; ++j)
            lo[j] = std::min(lo[j], x(i, j)), hi[j] = std::max(hi[j], x(i, j));
    switch (spec.method) {
        case mcda::Method::Waspas:
            p.params.waspas.lambda = choice.lambda;
            break;
        case mcda::Method::Vikor:
            p.params.vikor.v = choice.v;
            break;
        case mcda::Method::Promethee2: {
            mcda::PreferenceFunction f = mcda::PreferenceFunction::VShape;
            mcda::ParsePreferenceFunction(choice.preference_function, &f);
            p.params.promethee.functions.assign(n, f);
            if (f == mcda::PreferenceFunction::VShape) {
                p.params.promethee.p.resize(n);
                // Full preference is reached across the whole observed range of the criterion.
                for (std::size_t j = 0; j < n; ++j) p.params.promethee.p[j] = hi[j] - lo[j];
            }
            break;
        }
        case mcda::Method::Spotis:
            for (std::size_t j = 0; j < n; ++j) p.params.spotis.bounds.push_back({lo[j], hi[j]});
            break;
        default:
            break;
    }
    return p;
}

Scorer::Scorer(const MethodSpec& spec, const MethodChoice& choice, const mcda::Matrix& x,
               const std::vector<int>& types)
    : spec_(spec), choice_(choice), x_(x), types_(types) {
    if (spec_.method == mcda::Method::Wsm || spec_.method == mcda::Method::Topsis) {
        mcda::Normalized nz = mcda::Normalize(x_, types_, spec_.normalization, spec_.cost_handling);
        r_ = std::move(nz.r);
        o_ = std::move(nz.oriented_types);
        if (spec_.method == mcda::Method::Wsm) mcda::RequireBenefitColumns(o_, "wsm");
    }
}

void Scorer::Scores(const std::vector<double>& w, double* out) const {
    if (spec_.method == mcda::Method::Wsm) return mcda::WsmScores(r_, w, out);
    if (spec_.method == mcda::Method::Topsis) return mcda::TopsisScores(r_, o_, w, out);
    mcda::Outcome o = mcda::Evaluate(spec_.method, BuildProblem(spec_, choice_, x_, types_, w));
    std::copy(o.score.begin(), o.score.end(), out);
}

}  // namespace mm
