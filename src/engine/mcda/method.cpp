// The facade: validate once, normalise, aggregate, rank.
#include "engine/mcda/method.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "engine/mcda/normalize.h"
#include "engine/mcda/rank.h"

namespace mm::mcda {

namespace {

struct MethodEntry {
    Method value;
    const char* name;
    bool normalised;
    bool higher_is_better;
};
constexpr MethodEntry kMethods[] = {
    {Method::Wsm, "wsm", true, true},
    {Method::Wpm, "wpm", true, true},
    {Method::Waspas, "waspas", true, true},
    {Method::Topsis, "topsis", true, true},
    {Method::Vikor, "vikor", false, false},
    {Method::Promethee2, "promethee2", false, true},
    {Method::Copras, "copras", true, true},
    {Method::Moora, "moora", true, true},
    {Method::MooraRefpoint, "moora_refpoint", true, false},
    {Method::MooraFmf, "moora_fmf", true, true},
    {Method::Spotis, "spotis", false, false},
    {Method::Electre1, "electre1", true, false},
    {Method::Electre2, "electre2", true, false},
};
const MethodEntry& Entry(Method m) {
    for (const auto& e : kMethods)
        if (e.value == m) return e;
    return kMethods[0];
}

void CheckScoresFinite(const std::vector<double>& score, Method method) {
    for (std::size_t i = 0; i < score.size(); ++i)
        if (!std::isfinite(score[i]))
            throw Error(std::string(MethodName(method)) + ": the score of alternative " + std::to_string(i) +
                        " is not finite (overflow or a degenerate input)");
}

}  // namespace

bool ParseMethod(std::string_view name, Method* out) {
    for (const auto& e : kMethods)
        if (name == e.name) {
            *out = e.value;
            return true;
        }
    return false;
}

const char* MethodName(Method m) { return Entry(m).name; }

std::vector<Method> AllMethods() {
    std::vector<Method> out;
    for (const auto& e : kMethods) out.push_back(e.value);
    return out;
}

bool MethodUsesNormalization(Method m) { return Entry(m).normalised; }
bool MethodHigherIsBetter(Method m) { return Entry(m).higher_is_better; }

Outcome Evaluate(Method method, const Problem& problem) {
    const Matrix& x = problem.matrix;
    const std::size_t m = x.Rows(), n = x.Cols();
    if (m < 2) throw Error("matrix: need at least 2 alternatives, got " + std::to_string(m));
    if (n < 1) throw Error("matrix: need at least 1 criterion");
    // Finiteness is checked inside the normalisation's statistics pass or by the own-normalisation methods.
    CheckTypes(problem.types, n);
    CheckWeights(problem.weights, n);
    const std::vector<double>& w = problem.weights;

    Outcome out;
    out.method = method;
    out.higher_is_better = MethodHigherIsBetter(method);

    if (MethodUsesNormalization(method)) {
        const NormalizationPlan plan = PlanNormalization(x, problem.types, problem.normalization, problem.cost_handling);
        out.oriented_types = plan.oriented_types;
        ApplyNormalization(plan, x, &out.normalized);
        const Matrix& r = out.normalized;
        const std::vector<int>& o = out.oriented_types;
        switch (method) {
            case Method::Wsm:
                out.wsm = Wsm(r, o, w);
                out.score = out.wsm->scores;
                out.contribution = std::move(out.wsm->contribution);
                break;
            case Method::Wpm:
                out.wpm = Wpm(r, o, w);
                out.score = out.wpm->scores;
                break;
            case Method::Waspas:
                out.waspas = Waspas(r, o, w, problem.params.waspas);
                out.score = out.waspas->scores;
                out.contribution = std::move(out.waspas->contribution);
                break;
            case Method::Topsis:
                out.topsis = Topsis(r, o, w);
                out.score = out.topsis->scores;
                break;
            case Method::Copras:
                out.copras = Copras(r, o, w, problem.params.copras);
                out.score = out.copras->scores;
                out.contribution = std::move(out.copras->contribution);
                break;
            case Method::Moora:
                out.moora = MooraRatio(r, o, w);
                out.score = out.moora->scores;
                out.contribution = std::move(out.moora->contribution);
                break;
            case Method::MooraRefpoint:
                out.moora_refpoint = MooraRefpoint(r, o, w);
                out.score = out.moora_refpoint->scores;
                break;
            case Method::MooraFmf:
                out.moora_fmf = MooraFmf(r, o, w);
                out.score = out.moora_fmf->U;
                break;
            case Method::Electre1: {
                out.electre1 = Electre1(r, o, w, problem.params.electre1);
                out.score.assign(m, 0.0);
                for (std::size_t a = 0; a < m; ++a)
                    for (std::size_t b = 0; b < m; ++b) out.score[b] += out.electre1->outranks(a, b);
                break;
            }
            case Method::Electre2:
                out.electre2 = Electre2(r, o, w, problem.params.electre2);
                out.score = out.electre2->scores;
                break;
            default: throw Error("internal: method without normalisation in the normalised branch");
        }
    } else {
        out.oriented_types = problem.types;
        switch (method) {
            case Method::Vikor:
                out.vikor = Vikor(x, problem.types, w, problem.params.vikor);
                out.score = out.vikor->Q;
                break;
            case Method::Promethee2:
                out.promethee2 = Promethee2(x, problem.types, w, problem.params.promethee);
                out.score = out.promethee2->scores;
                out.contribution = std::move(out.promethee2->contribution);
                break;
            case Method::Spotis:
                out.spotis = Spotis(x, problem.types, w, problem.params.spotis);
                out.score = out.spotis->scores;
                out.contribution = std::move(out.spotis->contribution);
                break;
            default: throw Error("internal: normalised method in the own-normalisation branch");
        }
    }
    CheckScoresFinite(out.score, method);
    out.rank = DenseRank(out.score, out.higher_is_better);
    out.order = StableOrder(out.rank);
    return out;
}

}  // namespace mm::mcda
