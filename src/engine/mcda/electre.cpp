// ELECTRE I and II outranking.
#include "engine/mcda/electre.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace mm::mcda {

namespace {

// Threshold tests on sums of weights: a sum that equals the threshold up to rounding passes
// (0.45 + 0.2 must satisfy ">= 0.65").
constexpr double kEps = 1e-9;
bool AtLeast(double value, double threshold) { return value >= threshold - kEps; }
bool AtMost(double value, double threshold) { return value <= threshold + kEps; }
bool Greater(double a, double b) { return a > b + kEps; }

void CheckThreshold(double v, const char* method, const char* name) {
    if (!std::isfinite(v) || v < 0.0)
        throw Error(std::string(method) + ": " + name + " must be a finite number >= 0, got " + std::to_string(v));
}

// Ranks from repeated extraction of the alternatives no remaining one beats (rel(b, a) = b beats a).
template <typename Beats>
std::vector<int> Distill(std::size_t m, Beats beats) {
    std::vector<int> rank(m, 0);
    std::vector<bool> remaining(m, true);
    std::size_t left = m;
    int k = 1;
    while (left > 0) {
        std::vector<std::size_t> top;
        for (std::size_t a = 0; a < m; ++a) {
            if (!remaining[a]) continue;
            bool beaten = false;
            for (std::size_t b = 0; b < m && !beaten; ++b)
                if (remaining[b] && b != a && beats(b, a)) beaten = true;
            if (!beaten) top.push_back(a);
        }
        if (top.empty()) {
            // A cycle among the rest: they all share rank k.
            for (std::size_t a = 0; a < m; ++a)
                if (remaining[a]) rank[a] = k;
            break;
        }
        for (std::size_t a : top) {
            rank[a] = k;
            remaining[a] = false;
            --left;
        }
        ++k;
    }
    return rank;
}

}  // namespace

ConcordanceDiscordance ElectreIndices(const Matrix& r, const std::vector<int>& o, const std::vector<double>& w) {
    const std::size_t m = r.Rows(), n = r.Cols();
    if (m < 2) throw Error("electre: needs at least 2 alternatives");
    CheckWeights(w, n);
    CheckTypes(o, n);
    double delta = 0.0;
    for (std::size_t j = 0; j < n; ++j) {
        double lo = r(0, j), hi = r(0, j);
        for (std::size_t i = 1; i < m; ++i) {
            lo = std::min(lo, r(i, j));
            hi = std::max(hi, r(i, j));
        }
        delta = std::max(delta, hi - lo);
    }
    ConcordanceDiscordance cd{Matrix(m, m), Matrix(m, m)};
    for (std::size_t a = 0; a < m; ++a)
        for (std::size_t b = 0; b < m; ++b) {
            if (a == b) continue;
            double c = 0.0, d = 0.0;
            for (std::size_t j = 0; j < n; ++j) {
                const double diff = o[j] == 1 ? r(a, j) - r(b, j) : r(b, j) - r(a, j);  // > 0: a better
                if (diff >= 0.0)
                    c += w[j];
                else
                    d = std::max(d, -diff);
            }
            cd.concordance(a, b) = c;
            // a strictly worse somewhere implies delta > 0.
            cd.discordance(a, b) = d > 0.0 ? d / delta : 0.0;
        }
    return cd;
}

Electre1Result Electre1(const Matrix& r, const std::vector<int>& o, const std::vector<double>& w,
                        const Electre1Params& params) {
    CheckThreshold(params.p, "electre1", "p");
    CheckThreshold(params.q, "electre1", "q");
    Electre1Result out;
    out.cd = ElectreIndices(r, o, w);
    const std::size_t m = r.Rows();
    out.outranks = Matrix(m, m);
    for (std::size_t a = 0; a < m; ++a)
        for (std::size_t b = 0; b < m; ++b)
            if (a != b && AtLeast(out.cd.concordance(a, b), params.p) && AtMost(out.cd.discordance(a, b), params.q))
                out.outranks(a, b) = 1.0;
    for (std::size_t b = 0; b < m; ++b) {
        bool outranked = false;
        for (std::size_t a = 0; a < m; ++a)
            if (out.outranks(a, b) != 0.0) outranked = true;
        if (!outranked) out.kernel.push_back(static_cast<int>(b));
    }
    return out;
}

Electre2Result Electre2(const Matrix& r, const std::vector<int>& o, const std::vector<double>& w,
                        const Electre2Params& params) {
    CheckThreshold(params.p0, "electre2", "p0");
    CheckThreshold(params.p1, "electre2", "p1");
    CheckThreshold(params.p2, "electre2", "p2");
    CheckThreshold(params.q0, "electre2", "q0");
    CheckThreshold(params.q1, "electre2", "q1");
    Electre2Result out;
    out.cd = ElectreIndices(r, o, w);
    const std::size_t m = r.Rows();
    const Matrix& c = out.cd.concordance;
    const Matrix& d = out.cd.discordance;
    out.strong = Matrix(m, m);
    out.weak = Matrix(m, m);
    for (std::size_t a = 0; a < m; ++a)
        for (std::size_t b = 0; b < m; ++b) {
            if (a == b || !Greater(c(a, b), c(b, a))) continue;
            const bool strong = (AtLeast(c(a, b), params.p0) && AtMost(d(a, b), params.q0)) ||
                                (AtLeast(c(a, b), params.p1) && AtMost(d(a, b), params.q1));
            const bool weak = !strong && AtLeast(c(a, b), params.p2) && AtMost(d(a, b), params.q0);
            out.strong(a, b) = strong ? 1.0 : 0.0;
            out.weak(a, b) = weak ? 1.0 : 0.0;
        }
    auto outranks = [&](std::size_t a, std::size_t b) { return out.strong(a, b) != 0.0 || out.weak(a, b) != 0.0; };
    out.direct_rank = Distill(m, [&](std::size_t b, std::size_t a) { return outranks(b, a); });
    // Reversed relations: b beats a in the inverse graph iff a outranks b.
    const std::vector<int> reversed = Distill(m, [&](std::size_t b, std::size_t a) { return outranks(a, b); });
    const int max_rev = *std::max_element(reversed.begin(), reversed.end());
    out.inverse_rank.resize(m);
    out.scores.resize(m);
    for (std::size_t a = 0; a < m; ++a) {
        out.inverse_rank[a] = max_rev + 1 - reversed[a];
        out.scores[a] = 0.5 * (out.direct_rank[a] + out.inverse_rank[a]);
    }
    return out;
}

}  // namespace mm::mcda
