// Weight stability intervals, the smallest #1/#2 flip and Monte-Carlo rank acceptability.
#include "engine/robustness.h"

#include <algorithm>
#include <cmath>

#include "engine/mcda/rank.h"

namespace mm {

std::uint64_t Rng::Next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

double Rng::Uniform() {
    return static_cast<double>(Next() >> 11) * (1.0 / 9007199254740992.0);
}

double Rng::Normal() {
    double s = 0;
    for (int k = 0; k < 12; ++k) s += Uniform();
    return s - 6.0;
}

void SampleWeights(const std::vector<double>& w, SamplingMode mode, double spread, Rng& rng,
                   std::vector<double>* out) {
    const std::size_t n = w.size();
    out->resize(n);
    if (mode == SamplingMode::kUniform) {
        // Gaps between n-1 sorted uniforms on [0, 1] are uniform on the simplex (Rubin 1981).
        std::vector<double> cut(n + 1);
        cut[0] = 0;
        cut[n] = 1;
        for (std::size_t k = 1; k < n; ++k) cut[k] = rng.Uniform();
        std::sort(cut.begin() + 1, cut.end() - 1);
        for (std::size_t j = 0; j < n; ++j) (*out)[j] = cut[j + 1] - cut[j];
        return;
    }
    for (int attempt = 0; attempt < 100; ++attempt) {
        double sum = 0;
        for (std::size_t j = 0; j < n; ++j) {
            const double v = w[j] * (1.0 + spread * rng.Normal());
            (*out)[j] = v > 0 ? v : 0;
            sum += (*out)[j];
        }
        if (sum > 0) {
            for (double& v : *out) v /= sum;
            return;
        }
    }
    *out = w;  // every draw clipped to zero (absurd spread): keep the user's weights
}

namespace {

// Weights with criterion j set to t and the others rescaled proportionally to fill 1 - t.
void Rescaled(const std::vector<double>& w, std::size_t j, double t, std::vector<double>* out) {
    const std::size_t n = w.size();
    out->resize(n);
    const double rest = 1.0 - w[j];
    for (std::size_t k = 0; k < n; ++k) {
        if (k == j)
            (*out)[k] = t;
        else
            (*out)[k] = rest > 1e-12 ? w[k] * (1.0 - t) / rest : (1.0 - t) / static_cast<double>(n - 1);
    }
}

struct Ordering {
    const std::vector<int>& id_order;
    bool higher_is_better;
    bool Better(const double* s, int a, int b) const {
        if (mcda::ScoresTie(s[a], s[b])) return id_order[a] < id_order[b];
        return higher_is_better ? s[a] > s[b] : s[a] < s[b];
    }
};

std::vector<int> IdOrder(const std::vector<std::string>& ids) {
    std::vector<int> idx(ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i) idx[i] = static_cast<int>(i);
    std::sort(idx.begin(), idx.end(), [&](int a, int b) { return ids[a] < ids[b]; });
    std::vector<int> order(ids.size());
    for (std::size_t k = 0; k < idx.size(); ++k) order[idx[k]] = static_cast<int>(k);
    return order;
}

// First t moving from t0 towards `end` where pred(t) becomes true, bisected; nullopt when it never does.
template <typename Pred>
std::optional<double> FirstChange(double t0, double end, Pred pred) {
    const double step = 0.01 * (end > t0 ? 1 : -1);
    double inside = t0;
    for (double t = t0 + step;; t += step) {
        const bool last = (end > t0) ? t >= end : t <= end;
        if (last) t = end;
        if (pred(t)) {
            double a = inside, b = t;
            for (int k = 0; k < 40; ++k) {
                const double mid = 0.5 * (a + b);
                (pred(mid) ? b : a) = mid;
            }
            return b;
        }
        inside = t;
        if (last) return std::nullopt;
    }
}

}  // namespace

void RankAcceptability(const Scorer& scorer, const std::vector<double>& w, const std::vector<int>& id_order,
                       const RobustnessSettings& settings, std::vector<double>* p_first,
                       std::vector<double>* p_top3) {
    const std::size_t m = scorer.Rows();
    p_first->assign(m, 0);
    p_top3->assign(m, 0);
    if (settings.samples <= 0 || m == 0) return;
    Rng rng(settings.seed);
    std::vector<double> ws, scores(m);
    std::vector<long long> first(m, 0), top3(m, 0);
    const Ordering ord{id_order, scorer.HigherIsBetter()};
    for (int s = 0; s < settings.samples; ++s) {
        SampleWeights(w, settings.sampling, settings.spread, rng, &ws);
        scorer.Scores(ws, scores.data());
        int best[3] = {-1, -1, -1};
        const double* sc = scores.data();
        for (int i = 0; i < static_cast<int>(m); ++i) {
            if (best[2] >= 0 && !ord.Better(sc, i, best[2])) continue;
            int k = 2;
            while (k > 0 && (best[k - 1] < 0 || ord.Better(sc, i, best[k - 1]))) {
                best[k] = best[k - 1];
                --k;
            }
            best[k] = i;
        }
        ++first[best[0]];
        for (int b : best)
            if (b >= 0) ++top3[b];
    }
    for (std::size_t i = 0; i < m; ++i) {
        (*p_first)[i] = static_cast<double>(first[i]) / settings.samples;
        (*p_top3)[i] = static_cast<double>(top3[i]) / settings.samples;
    }
}

RobustnessReport AnalyseRobustness(const Scorer& scorer, const std::vector<double>& w,
                                   const std::vector<std::string>& row_ids,
                                   const std::vector<std::string>& criterion_ids, int first, int second,
                                   const RobustnessSettings& requested) {
    // Work cap: samples x ranked models <= kMaxSampleRows (a million samples on 100 000 models would take hours).
    // Fewer samples are drawn, never fewer than 100, and the report says how many (docs/LIMITS.md).
    constexpr long long kMaxSampleRows = 50'000'000;
    RobustnessSettings settings = requested;
    const long long rows = static_cast<long long>(std::max<std::size_t>(scorer.Rows(), 1));
    if (static_cast<long long>(settings.samples) * rows > kMaxSampleRows)
        settings.samples = static_cast<int>(std::min<long long>(settings.samples, std::max(100LL, kMaxSampleRows / rows)));
    RobustnessReport rep;
    rep.samples = settings.samples;
    rep.seed = settings.seed;
    rep.sampling = settings.sampling;
    rep.spread = settings.spread;
    const std::size_t m = scorer.Rows(), n = w.size();
    const std::vector<int> id_order = IdOrder(row_ids);
    const Ordering ord{id_order, scorer.HigherIsBetter()};
    std::vector<double> ws, scores(m);
    auto best_at = [&](std::size_t j, double t) {
        Rescaled(w, j, t, &ws);
        scorer.Scores(ws, scores.data());
        int b = 0;
        for (int i = 1; i < static_cast<int>(m); ++i)
            if (ord.Better(scores.data(), i, b)) b = i;
        return b;
    };
    auto second_wins_at = [&](std::size_t j, double t) {
        Rescaled(w, j, t, &ws);
        scorer.Scores(ws, scores.data());
        return ord.Better(scores.data(), second, first);
    };
    for (std::size_t j = 0; j < n && m > 0; ++j) {
        WeightInterval iv{criterion_ids[j], w[j], 0.0, 1.0};
        if (n > 1 && m > 1 && scorer.IsWsm()) {
            // Weighted sum: every score is linear in t, s_i(t) = t r_ij + (1 - t) B_i, so each rival's
            // crossing with #1 is a root of a line.
            const mcda::Matrix& r = scorer.Normalized();
            const double rest = 1.0 - w[j];
            auto b_of = [&](int i) {
                double s = 0;
                for (std::size_t k = 0; k < n; ++k)
                    if (k != j)
                        s += (rest > 1e-12 ? w[k] / rest : 1.0 / static_cast<double>(n - 1)) * r(i, k);
                return s;
            };
            const double ba = b_of(first);
            for (int b = 0; b < static_cast<int>(m); ++b) {
                if (b == first) continue;
                const double c0 = ba - b_of(b);
                const double c1 = (r(first, j) - r(b, j)) - c0;
                if (c1 == 0) continue;
                const double root = -c0 / c1;
                if (c1 > 0 && root > iv.lower) iv.lower = std::min(root, w[j]);
                if (c1 < 0 && root < iv.upper) iv.upper = std::max(root, w[j]);
            }
        } else if (n > 1 && m > 1) {
            if (auto t = FirstChange(w[j], 1.0, [&](double t) { return best_at(j, t) != first; }))
                iv.upper = *t;
            if (auto t = FirstChange(w[j], 0.0, [&](double t) { return best_at(j, t) != first; }))
                iv.lower = *t;
        }
        rep.intervals.push_back(iv);
        if (second < 0 || n < 2) continue;
        std::optional<double> flip;
        if (scorer.IsWsm()) {
            const mcda::Matrix& r = scorer.Normalized();
            const double rest = 1.0 - w[j];
            double c0 = 0;
            for (std::size_t k = 0; k < n; ++k)
                if (k != j)
                    c0 += (rest > 1e-12 ? w[k] / rest : 1.0 / static_cast<double>(n - 1)) *
                          (r(first, k) - r(second, k));
            const double c1 = (r(first, j) - r(second, j)) - c0;
            if (c1 != 0) {
                const double root = -c0 / c1;
                if (root >= 0 && root <= 1) flip = root;
            }
        } else {
            auto up = FirstChange(w[j], 1.0, [&](double t) { return second_wins_at(j, t); });
            auto down = FirstChange(w[j], 0.0, [&](double t) { return second_wins_at(j, t); });
            if (up && (!down || *up - w[j] <= w[j] - *down))
                flip = up;
            else
                flip = down;
        }
        if (flip && (!rep.flip.found || std::fabs(*flip - w[j]) < rep.flip.change)) {
            rep.flip = {true, criterion_ids[j], w[j], *flip, std::fabs(*flip - w[j])};
        }
    }
    std::vector<double> p_first, p_top3;
    RankAcceptability(scorer, w, id_order, settings, &p_first, &p_top3);
    for (std::size_t i = 0; i < m; ++i) rep.acceptability.push_back({row_ids[i], p_first[i], p_top3[i]});
    return rep;
}

}  // namespace mm
