// VIKOR compromise ranking.
#include "engine/mcda/vikor.h"

#include <algorithm>
#include <string>

#include "engine/mcda/rank.h"

namespace mm::mcda {

VikorResult Vikor(const Matrix& x, const std::vector<int>& types, const std::vector<double>& w,
                  const VikorParams& params) {
    const std::size_t m = x.Rows(), n = x.Cols();
    if (m < 2) throw Error("vikor: needs at least 2 alternatives");
    CheckTypes(types, n);
    CheckWeights(w, n);
    CheckFinite(x, "matrix");
    if (!(params.v >= 0.0 && params.v <= 1.0)) throw Error("vikor: v must lie in [0, 1], got " + std::to_string(params.v));

    VikorResult out;
    out.f_best.resize(n);
    out.f_worst.resize(n);
    for (std::size_t j = 0; j < n; ++j) {
        double lo = x(0, j), hi = x(0, j);
        for (std::size_t i = 1; i < m; ++i) {
            lo = std::min(lo, x(i, j));
            hi = std::max(hi, x(i, j));
        }
        out.f_best[j] = types[j] == 1 ? hi : lo;
        out.f_worst[j] = types[j] == 1 ? lo : hi;
    }
    out.S.assign(m, 0.0);
    out.R.assign(m, 0.0);
    for (std::size_t i = 0; i < m; ++i) {
        for (std::size_t j = 0; j < n; ++j) {
            const double span = out.f_best[j] - out.f_worst[j];
            const double d = span == 0.0 ? 0.0 : (out.f_best[j] - x(i, j)) / span;
            out.S[i] += w[j] * d;
            out.R[i] = std::max(out.R[i], w[j] * d);
        }
    }
    const auto [s_min_it, s_max_it] = std::minmax_element(out.S.begin(), out.S.end());
    const auto [r_min_it, r_max_it] = std::minmax_element(out.R.begin(), out.R.end());
    const double s_star = *s_min_it, s_minus = *s_max_it, r_star = *r_min_it, r_minus = *r_max_it;
    out.Q.resize(m);
    for (std::size_t i = 0; i < m; ++i) {
        const double qs = s_minus == s_star ? 0.0 : (out.S[i] - s_star) / (s_minus - s_star);
        const double qr = r_minus == r_star ? 0.0 : (out.R[i] - r_star) / (r_minus - r_star);
        out.Q[i] = params.v * qs + (1.0 - params.v) * qr;
    }
    out.ranking_by_Q = DenseRank(out.Q, false);

    // A1 = the alternatives ranked first by Q (all share the same Q up to the tie tolerance).
    std::vector<int> a1;
    double q_a1 = 0.0;
    for (std::size_t i = 0; i < m; ++i)
        if (out.ranking_by_Q[i] == 1) {
            if (a1.empty()) q_a1 = out.Q[i];
            a1.push_back(static_cast<int>(i));
        }
    const double dq = 1.0 / static_cast<double>(m - 1);
    // "Q_i - Q(A1) < DQ", with a difference that equals DQ up to rounding counted as not smaller.
    auto within_dq = [&](std::size_t i) {
        const double diff = out.Q[i] - q_a1;
        return diff < dq && !ScoresTie(diff, dq);
    };
    out.acceptable_advantage = true;
    for (std::size_t i = 0; i < m; ++i)
        if (out.ranking_by_Q[i] != 1 && within_dq(i)) out.acceptable_advantage = false;
    out.acceptable_stability = true;
    for (int i : a1)
        if (!ScoresTie(out.S[i], s_star) && !ScoresTie(out.R[i], r_star)) out.acceptable_stability = false;

    if (out.acceptable_advantage && out.acceptable_stability) {
        out.compromise_set = a1;
    } else if (out.acceptable_advantage) {
        for (std::size_t i = 0; i < m; ++i)
            if (out.ranking_by_Q[i] <= 2) out.compromise_set.push_back(static_cast<int>(i));
    } else {
        for (std::size_t i = 0; i < m; ++i)
            if (within_dq(i)) out.compromise_set.push_back(static_cast<int>(i));
    }
    int k = 0;
    for (int i : out.compromise_set) k = std::max(k, out.ranking_by_Q[i]);
    out.ranking_with_compromise_set.resize(m);
    for (std::size_t i = 0; i < m; ++i)
        out.ranking_with_compromise_set[i] = out.ranking_by_Q[i] <= k ? 1 : out.ranking_by_Q[i] - k + 1;
    return out;
}

}  // namespace mm::mcda
