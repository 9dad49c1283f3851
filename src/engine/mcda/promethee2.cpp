// PROMETHEE II net flows, O(m² n).
#include "engine/mcda/promethee2.h"

#include <cmath>
#include <string>

namespace mm::mcda {

namespace {
struct FunctionEntry {
    PreferenceFunction value;
    const char* name;
    bool needs_p;
    bool needs_q;
};
constexpr FunctionEntry kFunctions[] = {
    {PreferenceFunction::Usual, "usual", false, false},
    {PreferenceFunction::UShape, "u-shape", false, true},
    {PreferenceFunction::VShape, "v-shape", true, false},
    {PreferenceFunction::Level, "level", true, true},
    {PreferenceFunction::Linear, "linear", true, true},
};
const FunctionEntry& Entry(PreferenceFunction f) {
    for (const auto& e : kFunctions)
        if (e.value == f) return e;
    return kFunctions[0];
}
}  // namespace

bool ParsePreferenceFunction(std::string_view name, PreferenceFunction* out) {
    for (const auto& e : kFunctions)
        if (name == e.name) {
            *out = e.value;
            return true;
        }
    return false;
}

const char* PreferenceFunctionName(PreferenceFunction f) { return Entry(f).name; }

double PreferenceValue(PreferenceFunction f, double d, double p, double q) {
    switch (f) {
        case PreferenceFunction::Usual: return d <= 0.0 ? 0.0 : 1.0;
        case PreferenceFunction::UShape: return d <= q ? 0.0 : 1.0;
        case PreferenceFunction::VShape: return d <= 0.0 ? 0.0 : (d <= p ? d / p : 1.0);
        case PreferenceFunction::Level: return d <= q ? 0.0 : (d <= p ? 0.5 : 1.0);
        case PreferenceFunction::Linear: return d <= q ? 0.0 : (d <= p ? (d - q) / (p - q) : 1.0);
    }
    return 0.0;
}

PrometheeResult Promethee2(const Matrix& x, const std::vector<int>& types, const std::vector<double>& w,
                           const PrometheeParams& params) {
    const std::size_t m = x.Rows(), n = x.Cols();
    if (m < 2) throw Error("promethee2: needs at least 2 alternatives");
    CheckTypes(types, n);
    CheckWeights(w, n);
    CheckFinite(x, "matrix");
    if (params.functions.size() != n)
        throw Error("promethee2: preference_functions: expected " + std::to_string(n) + " names, got " +
                    std::to_string(params.functions.size()));
    if (!params.p.empty() && params.p.size() != n)
        throw Error("promethee2: p: expected " + std::to_string(n) + " thresholds, got " + std::to_string(params.p.size()));
    if (!params.q.empty() && params.q.size() != n)
        throw Error("promethee2: q: expected " + std::to_string(n) + " thresholds, got " + std::to_string(params.q.size()));
    std::vector<double> p(n, 0.0), q(n, 0.0);
    for (std::size_t j = 0; j < n; ++j) {
        const FunctionEntry& e = Entry(params.functions[j]);
        const std::string where = "promethee2: criterion " + std::to_string(j) + " (" + e.name + "): ";
        const bool has_p = !params.p.empty() && std::isfinite(params.p[j]);
        const bool has_q = !params.q.empty() && std::isfinite(params.q[j]);
        if (e.needs_p && !has_p) throw Error(where + "needs a preference threshold p");
        if (e.needs_q && !has_q) throw Error(where + "needs an indifference threshold q");
        if (e.needs_p) p[j] = params.p[j];
        if (e.needs_q) q[j] = params.q[j];
        if (e.needs_q && q[j] < 0.0) throw Error(where + "q must be >= 0, got " + std::to_string(q[j]));
        if (e.value == PreferenceFunction::VShape && !(p[j] > 0.0)) throw Error(where + "p must be > 0, got " + std::to_string(p[j]));
        if (e.needs_p && e.needs_q && p[j] < q[j])
            throw Error(where + "p must be >= q (p = " + std::to_string(p[j]) + ", q = " + std::to_string(q[j]) + ")");
    }

    PrometheeResult out;
    out.positive_flow.assign(m, 0.0);
    out.negative_flow.assign(m, 0.0);
    out.scores.assign(m, 0.0);
    out.contribution = Matrix(m, n);
    const double scale = 1.0 / static_cast<double>(m - 1);
    for (std::size_t a = 0; a < m; ++a) {
        for (std::size_t b = a + 1; b < m; ++b) {
            for (std::size_t j = 0; j < n; ++j) {
                const double d = types[j] == 1 ? x(a, j) - x(b, j) : x(b, j) - x(a, j);
                const double pab = w[j] * PreferenceValue(params.functions[j], d, p[j], q[j]);
                const double pba = w[j] * PreferenceValue(params.functions[j], -d, p[j], q[j]);
                out.positive_flow[a] += pab;
                out.negative_flow[b] += pab;
                out.positive_flow[b] += pba;
                out.negative_flow[a] += pba;
                out.contribution(a, j) += (pab - pba) * scale;
                out.contribution(b, j) += (pba - pab) * scale;
            }
        }
    }
    for (std::size_t a = 0; a < m; ++a) {
        out.positive_flow[a] *= scale;
        out.negative_flow[a] *= scale;
        out.scores[a] = out.positive_flow[a] - out.negative_flow[a];
    }
    return out;
}

}  // namespace mm::mcda
