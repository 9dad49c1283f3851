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
//
// Both kernels take four rows at a time: each step's per-column constants are loaded once for four rows, the
// rows' accumulators are independent chains that stay in registers, and the four lane sums are reduced together
// (Combine4). The last m % 4 rows take the same steps one row at a time, with the same bits.

// (l0 + l2) + (l1 + l3).
MM_INLINE double Combine(const V4& l) {
    const V2 t = V2{l[0], l[1]} + V2{l[2], l[3]};
    return t[0] + t[1];
}

// Combine of four rows at once: out[r] = (l0 + l2) + (l1 + l3) of l[r]. The half sums of rows 0 and 2 go in one
// vector, h = (l0+l2, l1+l3 of row 0 | the same of row 2), those of rows 1 and 3 in g; the in-lane shuffles then
// give (h0 + h1, g0 + g1, h2 + h3, g2 + g3), the rows in order.
MM_INLINE void Combine4(const V4 l[4], V4* out) {
    const V4 h = __builtin_shufflevector(l[0], l[2], 0, 1, 4, 5) + __builtin_shufflevector(l[0], l[2], 2, 3, 6, 7);
    const V4 g = __builtin_shufflevector(l[1], l[3], 0, 1, 4, 5) + __builtin_shufflevector(l[1], l[3], 2, 3, 6, 7);
    *out = __builtin_shufflevector(h, g, 0, 4, 2, 6) + __builtin_shufflevector(h, g, 1, 5, 3, 7);
}

// The per-column constants are padded with zeros to a multiple of 4 columns, and the last n % 4 values of a row
// are loaded into lanes 0.. with zeros after (LoadTail): a padding lane then adds +0 (WSM: 0·(0 - 0); TOPSIS:
// (0·0 - 0)^2) to its accumulator, which leaves it unchanged, since an accumulator starting at +0 never becomes
// -0 in round-to-nearest. So the tail columns take the same whole-vector step as the others: writing lanes one
// by one instead would keep the accumulators in memory rather than in registers.
MM_INLINE void PadTo4(std::vector<double>* v) { v->resize((v->size() + 3) / 4 * 4, 0.0); }
MM_INLINE void LoadTail(V4* v, const double* p, std::size_t count) {  // count: 1 to 3
    const V2 lo = {p[0], count > 1 ? p[1] : 0.0}, hi = {count > 2 ? p[2] : 0.0, 0.0};
    *v = __builtin_shufflevector(lo, hi, 0, 1, 2, 3);
}
// Columns [j, j + 4) of one row: whole, or the tail past n_main = n - n % 4.
MM_INLINE void LoadStep(V4* v, const double* row, std::size_t j, std::size_t n, std::size_t n_main) {
    if (j < n_main)
        Load4(v, row + j);
    else
        LoadTail(v, row + j, n - j);
}

// Requests the four rows ~8 KB ahead of row i from memory now (i + 4 <= m; a no-op in WebAssembly). With the
// hardware prefetcher alone the scoring passes, which compute more per byte than the floor's streaming sum, fall
// further behind the memory bound: TOPSIS on 100 000 x 16 took ~0.05-0.1 ms more (of ~0.65). 4-16 KB ahead
// did about as well; 1 KB and 32 KB or more did not help.
MM_INLINE void PrefetchAhead(const Matrix& x, std::size_t i) {
    const std::size_t n = x.Cols(), ahead = std::max<std::size_t>(4, 8192 / (8 * n));
    const char* p = reinterpret_cast<const char*>(x.Row(std::min(i + ahead, x.Rows() - 4)));
    for (std::size_t b = 0; b < 4 * n * sizeof(double); b += 64) __builtin_prefetch(p + b);
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
        PadTo4(&coef);
        PadTo4(&shift);
        const double* cp = coef.data();
        const double* sp = shift.data();
        const V4 base4 = {base, base, base, base};
        std::size_t i = 0;
        for (; i + 4 <= m; i += 4) {
            PrefetchAhead(x, i);
            V4 l[4] = {};
            for (std::size_t j = 0; j < n; j += 4) {
                V4 c, s;
                Load4(&c, cp + j);
                Load4(&s, sp + j);
                for (std::size_t r = 0; r < 4; ++r) {
                    V4 v;
                    LoadStep(&v, x.Row(i + r), j, n, n_main);
                    l[r] += c * (v - s);
                }
            }
            V4 sum;
            Combine4(l, &sum);
            Store4(out + i, base4 + sum);
        }
        for (; i < m; ++i) {
            V4 l = {0.0, 0.0, 0.0, 0.0};
            for (std::size_t j = 0; j < n; j += 4) {
                V4 c, v, s;
                Load4(&c, cp + j);
                Load4(&s, sp + j);
                LoadStep(&v, x.Row(i), j, n, n_main);
                l += c * (v - s);
            }
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

// One TOPSIS step of four columns of one row (affine maps): u = (w a) x, then lp += (u - (w a) x+)^2 and
// lm += (u - (w a) x-)^2.
MM_INLINE void TopsisStep(const V4& v, const V4& c, const V4& p, const V4& q, V4* lp, V4* lm) {
    const V4 u = c * v;
    const V4 dp = u - p, dm = u - q;
    *lp += dp * dp;
    *lm += dm * dm;
}

// Closeness of one row from its lane sums: d± = sqrt(sum), d- / (d+ + d-); refuses 0/0.
double TopsisRowCloseness(const V4& lp, const V4& lm, std::size_t i) {
    const double a = std::sqrt(Combine(lp)), b = std::sqrt(Combine(lm));
    return a + b > 0.0 ? b / (a + b) : TopsisCloseness(a, b, i);
}

// Lane-wise square root (correctly rounded: the same bits as std::sqrt on each lane).
MM_INLINE V2 Sqrt2(V2 v) {
#if defined(__SSE2__)
    return _mm_sqrt_pd(v);
#else
    return V2{std::sqrt(v[0]), std::sqrt(v[1])};
#endif
}
MM_INLINE void Sqrt4(V4* v) {
    const V2 lo = Sqrt2(V2{(*v)[0], (*v)[1]}), hi = Sqrt2(V2{(*v)[2], (*v)[3]});
    *v = V4{lo[0], lo[1], hi[0], hi[1]};
}

// TOPSIS from the raw matrix: the maps are monotone, so the ideals are the mapped raw extremes. For an affine
// map V = w a (x - c) + w b, so V - PIS = (w a) x - (w a) x+ with x+ the raw value that maps to PIS (likewise
// NIS): one product per value and one subtraction per ideal, and the ideal row itself is at distance exactly 0.
// Returns false when a score is not finite (a distance overflowed), for the caller to name it.
MM_VECTOR_KERNEL bool FusedTopsis(const Matrix& x, const NormalizationPlan& plan, const std::vector<double>& w,
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
    // Closeness = d- / (d+ + d-) lies in [0, 1] or is NaN: NaN when d+ + d- = 0 (0/0: the row is at both
    // ideals) or when a distance overflowed. So one test per four rows (their sum is >= 0) replaces both checks.
    bool finite = true;
    if (plan.all_affine) {
        PadTo4(&coef);
        PadTo4(&up);
        PadTo4(&un);
        const double *cp = coef.data(), *pp = up.data(), *np = un.data();
        // Squared distances of row i to both ideals, in lanes.
        auto row_sums = [&](std::size_t i, V4* lp, V4* lm) {
            *lp = *lm = V4{0.0, 0.0, 0.0, 0.0};
            for (std::size_t j = 0; j < n; j += 4) {
                V4 c, p, q, v;
                Load4(&c, cp + j);
                Load4(&p, pp + j);
                Load4(&q, np + j);
                LoadStep(&v, x.Row(i), j, n, n_main);
                TopsisStep(v, c, p, q, lp, lm);
            }
        };
        std::size_t i = 0;
        for (; i + 4 <= m; i += 4) {
            PrefetchAhead(x, i);
            V4 lp[4] = {}, lm[4] = {};
            for (std::size_t j = 0; j < n; j += 4) {
                V4 c, p, q;
                Load4(&c, cp + j);
                Load4(&p, pp + j);
                Load4(&q, np + j);
                for (std::size_t r = 0; r < 4; ++r) {
                    V4 v;
                    LoadStep(&v, x.Row(i + r), j, n, n_main);
                    TopsisStep(v, c, p, q, &lp[r], &lm[r]);
                }
            }
            // The square roots and the division of four rows at once: the roots in two SSE2 instructions (the
            // AVX2 one is no faster per element), the division in one AVX2 or two SSE2 instructions.
            V4 a, b;
            Combine4(lp, &a);
            Combine4(lm, &b);
            Sqrt4(&a);
            Sqrt4(&b);
            const V4 score = b / (a + b);
            Store4(out + i, score);
            if (!((score[0] + score[1]) + (score[2] + score[3]) >= 0.0)) {
                // Rare: redo the four rows one by one (same bits) to refuse the first one at both ideals; a NaN
                // left is an overflow, which the caller reports.
                for (std::size_t r = i; r < i + 4; ++r) {
                    V4 lp1, lm1;
                    row_sums(r, &lp1, &lm1);
                    TopsisRowCloseness(lp1, lm1, r);
                }
                finite = false;
            }
        }
        for (; i < m; ++i) {
            V4 lp, lm;
            row_sums(i, &lp, &lm);
            out[i] = TopsisRowCloseness(lp, lm, i);
            finite = finite && out[i] >= 0.0;
        }
        return finite;
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
        finite = finite && out[i] >= 0.0;
    }
    return finite;
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
        // TOPSIS tests its scores as it goes (every closeness is in [0, 1] or NaN), so the scan over all the
        // scores runs only when one failed, to name the first.
        if (method == Method::Wsm) {
            FusedWsm(problem.matrix, plan, problem.weights, score->data());
            CheckScoresFinite(*score, method);
        } else if (!FusedTopsis(problem.matrix, plan, problem.weights, score->data())) {
            CheckScoresFinite(*score, method);
        }
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
            if (method == Method::Wsm)
                FusedWsm(x, plan, w, out.score.data());
            else
                FusedTopsis(x, plan, w, out.score.data());  // its finiteness is checked below with the others
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
