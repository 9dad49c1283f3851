// The facade: validate once, normalise, aggregate, rank.
#include "engine/mcda/method.h"

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

// Weighted sum straight from the raw matrix: for affine normalisations the whole method is one dot product
// per row (sum_j w_j (a_j (x - c_j) + b_j) = sum_j (w_j a_j) x + sum_j w_j (b_j - a_j c_j)).
void FusedWsm(const Matrix& x, const NormalizationPlan& plan, const std::vector<double>& w, double* out) {
    const std::size_t n = x.Cols();
    if (plan.all_affine) {
        std::vector<double> coef(n);
        double offset = 0.0;
        for (std::size_t j = 0; j < n; ++j) {
            const ColumnTransform& t = plan.transform[j];
            coef[j] = w[j] * t.a;
            offset += w[j] * (t.b - t.a * t.c);
        }
        for (std::size_t i = 0; i < x.Rows(); ++i) {
            const double* row = x.Row(i);
            double s = offset;
            for (std::size_t j = 0; j < n; ++j) s += coef[j] * row[j];
            out[i] = s;
        }
        return;
    }
    for (std::size_t i = 0; i < x.Rows(); ++i) {
        const double* row = x.Row(i);
        double s = 0.0;
        for (std::size_t j = 0; j < n; ++j) s += w[j] * plan.transform[j].Apply(row[j]);
        out[i] = s;
    }
}

// TOPSIS from the raw matrix: the maps are monotone, so the ideals are the mapped raw extremes.
void FusedTopsis(const Matrix& x, const NormalizationPlan& plan, const std::vector<double>& w, double* out) {
    const std::size_t n = x.Cols();
    std::vector<double> pis(n), nis(n), coef(n), offset(n);
    for (std::size_t j = 0; j < n; ++j) {
        const double v_lo = w[j] * plan.transform[j].Apply(plan.col_min[j]);
        const double v_hi = w[j] * plan.transform[j].Apply(plan.col_max[j]);
        const double top = std::max(v_lo, v_hi), bottom = std::min(v_lo, v_hi);
        pis[j] = plan.oriented_types[j] == 1 ? top : bottom;
        nis[j] = plan.oriented_types[j] == 1 ? bottom : top;
        const ColumnTransform& t = plan.transform[j];
        coef[j] = w[j] * t.a;
        offset[j] = w[j] * (t.b - t.a * t.c);
    }
    for (std::size_t i = 0; i < x.Rows(); ++i) {
        const double* row = x.Row(i);
        double dp = 0.0, dm = 0.0;
        if (plan.all_affine) {
            // Two accumulators per distance break the add-latency chain (strict FP forbids the compiler to).
            double dp2 = 0.0, dm2 = 0.0;
            std::size_t j = 0;
            for (; j + 1 < n; j += 2) {
                const double v0 = coef[j] * row[j] + offset[j];
                const double v1 = coef[j + 1] * row[j + 1] + offset[j + 1];
                dp += (v0 - pis[j]) * (v0 - pis[j]);
                dm += (v0 - nis[j]) * (v0 - nis[j]);
                dp2 += (v1 - pis[j + 1]) * (v1 - pis[j + 1]);
                dm2 += (v1 - nis[j + 1]) * (v1 - nis[j + 1]);
            }
            for (; j < n; ++j) {
                const double v = coef[j] * row[j] + offset[j];
                dp += (v - pis[j]) * (v - pis[j]);
                dm += (v - nis[j]) * (v - nis[j]);
            }
            dp += dp2;
            dm += dm2;
        } else {
            for (std::size_t j = 0; j < n; ++j) {
                const double v = w[j] * plan.transform[j].Apply(row[j]);
                dp += (v - pis[j]) * (v - pis[j]);
                dm += (v - nis[j]) * (v - nis[j]);
            }
        }
        const double a = std::sqrt(dp), b = std::sqrt(dm);
        out[i] = a + b > 0.0 ? b / (a + b) : TopsisCloseness(a, b, i);  // the call only to throw its message
    }
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

void EvaluateScores(Method method, const Problem& problem, std::vector<double>* score) {
    if ((method == Method::Wsm || method == Method::Topsis) && problem.matrix.Rows() >= 2 && problem.matrix.Cols() >= 1) {
        CheckWeights(problem.weights, problem.matrix.Cols());
        const NormalizationPlan plan =
            PlanNormalization(problem.matrix, problem.types, problem.normalization, problem.cost_handling);
        if (method == Method::Wsm) RequireBenefitColumns(plan.oriented_types, "wsm");
        score->resize(problem.matrix.Rows());
        (method == Method::Wsm ? FusedWsm : FusedTopsis)(problem.matrix, plan, problem.weights, score->data());
        CheckScoresFinite(*score, method);
        return;
    }
    Problem lean = problem;
    lean.keep_intermediates = false;
    *score = Evaluate(method, lean).score;
}

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
        if (!problem.keep_intermediates && (method == Method::Wsm || method == Method::Topsis)) {
            if (method == Method::Wsm) RequireBenefitColumns(plan.oriented_types, "wsm");
            out.score.resize(m);
            (method == Method::Wsm ? FusedWsm : FusedTopsis)(x, plan, w, out.score.data());
        } else {
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
                    out.topsis = Topsis(r, o, w, problem.keep_intermediates);
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
            if (!problem.keep_intermediates) {
                out.normalized = Matrix();
                out.contribution = Matrix();
            }
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
