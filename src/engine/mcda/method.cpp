// The facade: validate once, normalise, aggregate, rank.
#include "engine/mcda/method.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "engine/mcda/normalize.h"
#include "engine/mcda/rank.h"
#include "engine/mcda/vector_kernel.h"

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

// The fused kernels below sum each row's per-criterion terms in four independent accumulators (lane k takes the
// columns j with j % 4 == k, in column order) and combine them as (l0 + l2) + (l1 + l3). That order is fixed in
// the source (strict IEEE arithmetic: no -ffast-math, and no FMA contraction on either target), so native and
// WebAssembly give identical scores; it replaces the one chain of 16 dependent additions per row that bounded
// the old loops by add latency. The four lanes are one four-double vector (GCC/Clang vector extensions): two
// SSE2 operations per vector operation natively, one AVX2 operation in the clone picked at load time on CPUs
// that have it, two simd128 operations in WebAssembly. Lanes never mix, so every variant gives the same bits.
// V4/V2 lanes, MM_VECTOR_KERNEL, Load4/Store4: engine/mcda/vector_kernel.h.

// (l0 + l2) + (l1 + l3).
MM_INLINE double Combine(const V4& l) {
    const V2 t = V2{l[0], l[1]} + V2{l[2], l[3]};
    return t[0] + t[1];
}

// Weighted sum straight from the raw matrix: for affine normalisations the whole method is one dot product
// per row, sum_j w_j (a_j (x - c_j) + b_j) = sum_j (w_j a_j)(x - c_j) + sum_j w_j b_j. The shift stays inside
// the sum (rather than folded into a constant) so that a value at a column extreme contributes exactly 0.
MM_VECTOR_KERNEL void FusedWsm(const Matrix& x, const NormalizationPlan& plan, const std::vector<double>& w,
                               double* out) {
    const std::size_t m = x.Rows(), n = x.Cols();
    const std::size_t n_main = n - n % 4;
    if (plan.all_affine) {
        std::vector<double> coef(n), shift(n);
        double base = 0.0;
        for (std::size_t j = 0; j < n; ++j) {
            const ColumnTransform& t = plan.transform[j];
            coef[j] = w[j] * t.a;
            shift[j] = t.c;
            base += w[j] * t.b;
        }
        const double* cp = coef.data();
        const double* sp = shift.data();
        for (std::size_t i = 0; i < m; ++i) {
            const double* row = x.Row(i);
            V4 l = {0.0, 0.0, 0.0, 0.0};
            for (std::size_t j = 0; j < n_main; j += 4) {
                V4 c, v, s;
                Load4(&c, cp + j);
                Load4(&v, row + j);
                Load4(&s, sp + j);
                l += c * (v - s);
            }
            for (std::size_t j = n_main, k = 0; j < n; ++j, ++k) l[k] += cp[j] * (row[j] - sp[j]);
            out[i] = base + Combine(l);
        }
        return;
    }
    for (std::size_t i = 0; i < m; ++i) {
        const double* row = x.Row(i);
        double l[4] = {0.0, 0.0, 0.0, 0.0};
        for (std::size_t j = 0; j < n; ++j) l[j % 4] += w[j] * plan.transform[j].Apply(row[j]);
        out[i] = (l[0] + l[2]) + (l[1] + l[3]);
    }
}

// Squared distances of one row to both ideals (affine maps): u = (w a) x, then (u - (w a) x±)^2.
MM_INLINE void TopsisRow(const double* row, std::size_t n, std::size_t n_main, const double* cp,
                         const double* pp, const double* np, double* dp, double* dm) {
    V4 lp = {0.0, 0.0, 0.0, 0.0}, lm = {0.0, 0.0, 0.0, 0.0};
    for (std::size_t j = 0; j < n_main; j += 4) {
        V4 c, v, p, q;
        Load4(&c, cp + j);
        Load4(&v, row + j);
        Load4(&p, pp + j);
        Load4(&q, np + j);
        const V4 u = c * v;
        const V4 dp4 = u - p, dm4 = u - q;
        lp += dp4 * dp4;
        lm += dm4 * dm4;
    }
    for (std::size_t j = n_main, k = 0; j < n; ++j, ++k) {
        const double u = cp[j] * row[j];
        lp[k] += (u - pp[j]) * (u - pp[j]);
        lm[k] += (u - np[j]) * (u - np[j]);
    }
    *dp = Combine(lp);
    *dm = Combine(lm);
}

// Lane-wise square root (correctly rounded: the same bits as std::sqrt on each lane).
MM_INLINE V2 Sqrt2(V2 v) {
#if defined(__SSE2__)
    return _mm_sqrt_pd(v);
#else
    return V2{std::sqrt(v[0]), std::sqrt(v[1])};
#endif
}

// TOPSIS from the raw matrix: the maps are monotone, so the ideals are the mapped raw extremes. For an affine
// map V = w a (x - c) + w b, so V - PIS = (w a) x - (w a) x+ with x+ the raw value that maps to PIS (likewise
// NIS): one product per value and one subtraction per ideal, and the ideal row itself is at distance exactly 0.
MM_VECTOR_KERNEL void FusedTopsis(const Matrix& x, const NormalizationPlan& plan, const std::vector<double>& w,
                                  double* out) {
    const std::size_t m = x.Rows(), n = x.Cols();
    const std::size_t n_main = n - n % 4;
    std::vector<double> pis(n), nis(n), coef(n), up(n), un(n);
    for (std::size_t j = 0; j < n; ++j) {
        const ColumnTransform& t = plan.transform[j];
        const double v_lo = w[j] * t.Apply(plan.col_min[j]);
        const double v_hi = w[j] * t.Apply(plan.col_max[j]);
        const double top = std::max(v_lo, v_hi), bottom = std::min(v_lo, v_hi);
        const bool benefit = plan.oriented_types[j] == 1;
        pis[j] = benefit ? top : bottom;
        nis[j] = benefit ? bottom : top;
        // Affine case: the raw extremes behind top and bottom (an increasing map when w a >= 0).
        coef[j] = w[j] * t.a;
        const double raw_top = coef[j] >= 0.0 ? plan.col_max[j] : plan.col_min[j];
        const double raw_bottom = coef[j] >= 0.0 ? plan.col_min[j] : plan.col_max[j];
        up[j] = coef[j] * (benefit ? raw_top : raw_bottom);
        un[j] = coef[j] * (benefit ? raw_bottom : raw_top);
    }
    if (plan.all_affine) {
        // Two rows at a time so that the square roots and the division run two per instruction (a row at a
        // time, they rather than the memory bound the loop).
        std::size_t i = 0;
        for (; i + 2 <= m; i += 2) {
            double p0, m0, p1, m1;
            TopsisRow(x.Row(i), n, n_main, coef.data(), up.data(), un.data(), &p0, &m0);
            TopsisRow(x.Row(i + 1), n, n_main, coef.data(), up.data(), un.data(), &p1, &m1);
            const V2 a = Sqrt2(V2{p0, p1}), b = Sqrt2(V2{m0, m1});
            const V2 den = a + b;
            const V2 c = b / den;
            if (!(den[0] > 0.0)) TopsisCloseness(a[0], b[0], i);  // only to throw its message
            if (!(den[1] > 0.0)) TopsisCloseness(a[1], b[1], i + 1);
            out[i] = c[0];
            out[i + 1] = c[1];
        }
        if (i < m) {
            double dp, dm;
            TopsisRow(x.Row(i), n, n_main, coef.data(), up.data(), un.data(), &dp, &dm);
            const double a = std::sqrt(dp), b = std::sqrt(dm);
            out[i] = a + b > 0.0 ? b / (a + b) : TopsisCloseness(a, b, i);
        }
        return;
    }
    for (std::size_t i = 0; i < m; ++i) {
        const double* row = x.Row(i);
        double lp[4] = {0.0, 0.0, 0.0, 0.0}, lm[4] = {0.0, 0.0, 0.0, 0.0};
        for (std::size_t j = 0; j < n; ++j) {
            const double v = w[j] * plan.transform[j].Apply(row[j]);
            lp[j % 4] += (v - pis[j]) * (v - pis[j]);
            lm[j % 4] += (v - nis[j]) * (v - nis[j]);
        }
        const double a = std::sqrt((lp[0] + lp[2]) + (lp[1] + lp[3]));
        const double b = std::sqrt((lm[0] + lm[2]) + (lm[1] + lm[3]));
        out[i] = a + b > 0.0 ? b / (a + b) : TopsisCloseness(a, b, i);
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
