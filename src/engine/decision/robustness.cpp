// Weight stability intervals, the smallest #1/#2 flip and Monte-Carlo rank acceptability.
#include "engine/decision/robustness.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

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

// One Monte-Carlo draw: weights around w (or uniform), every row scored, the top three counted (ties by id).
void AddSample(const Scorer& scorer, const std::vector<double>& w, const Ordering& ord,
               const RobustnessSettings& settings, Rng& rng, std::vector<double>& ws, std::vector<double>& scores,
               std::vector<long long>& first, std::vector<long long>& top3) {
    const int m = static_cast<int>(scorer.Rows());
    SampleWeights(w, settings.sampling, settings.spread, rng, &ws);
    scorer.Scores(ws, scores.data());
    int best[3] = {-1, -1, -1};
    const double* sc = scores.data();
    // Most rows are far behind the third best: a score beyond `cutoff` (4e-9 relative from it, twice the widest
    // gap that engine/mcda/rank.h's rule |a - b| <= 1e-9 max(1, |a|, |b|) calls a tie) can neither tie with it
    // nor beat it, so its exact comparison is skipped. NaN and infinities never pass the test: compared exactly.
    const bool higher = ord.higher_is_better;
    double cutoff = std::numeric_limits<double>::quiet_NaN();
    for (int i = 0; i < m; ++i) {
        if (higher ? sc[i] < cutoff : sc[i] > cutoff) continue;
        if (best[2] >= 0 && !ord.Better(sc, i, best[2])) continue;
        int k = 2;
        while (k > 0 && (best[k - 1] < 0 || ord.Better(sc, i, best[k - 1]))) {
            best[k] = best[k - 1];
            --k;
        }
        best[k] = i;
        if (best[2] >= 0) {
            const double third = sc[best[2]], margin = 4e-9 * std::max(1.0, std::fabs(third));
            cutoff = higher ? third - margin : third + margin;
        }
    }
    ++first[best[0]];
    for (int b : best)
        if (b >= 0) ++top3[b];
}

// Where `holds` first becomes true going from t0 towards `end` in steps of 0.01, refined by 40 bisections; none
// when it never holds.
template <class Holds>
std::optional<double> FirstChange(double t0, double end, Holds holds) {
    const double step = 0.01 * (end > t0 ? 1 : -1);
    double inside = t0;
    for (double t = t0 + step;; t += step) {
        const bool last = end > t0 ? t >= end : t <= end;
        const double at = last ? end : t;
        if (holds(at)) {
            double a = inside, b = at;
            for (int k = 0; k < 40; ++k) {
                const double mid = 0.5 * (a + b);
                (holds(mid) ? b : a) = mid;
            }
            return b;
        }
        inside = at;
        if (last) return std::nullopt;
    }
}

// Weighted sum: every score is linear in the weight t of criterion j (the others rescaled), s_i(t) = t r_ij +
// (1 - t) B_i with B_i the rescaled sum over the other criteria.
double RestOfSum(const mcda::Matrix& r, const std::vector<double>& w, std::size_t j, int i) {
    const std::size_t n = w.size();
    const double rest = 1.0 - w[j];
    double s = 0;
    for (std::size_t k = 0; k < n; ++k)
        if (k != j) s += (rest > 1e-12 ? w[k] / rest : 1.0 / static_cast<double>(n - 1)) * r(i, k);
    return s;
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
    for (int s = 0; s < settings.samples; ++s) AddSample(scorer, w, ord, settings, rng, ws, scores, first, top3);
    for (std::size_t i = 0; i < m; ++i) {
        (*p_first)[i] = static_cast<double>(first[i]) / settings.samples;
        (*p_top3)[i] = static_cast<double>(top3[i]) / settings.samples;
    }
}

RobustnessReport AnalyseRobustness(const Scorer& scorer, const std::vector<double>& w,
                                   const std::vector<std::string>& row_ids, const std::vector<int>& id_order,
                                   const std::vector<std::string>& criterion_ids, int first, int second,
                                   RobustnessSettings settings) {
    const std::size_t m = scorer.Rows(), n = w.size();
    // Work cap: samples x ranked models <= kMaxSampleRows (a million samples on 100 000 models would take hours).
    // Fewer samples are drawn, never fewer than 100, and the report says how many (docs/LIMITS.md).
    constexpr long long kMaxSampleRows = 50'000'000;
    const long long rows = static_cast<long long>(std::max<std::size_t>(m, 1));
    if (static_cast<long long>(settings.samples) * rows > kMaxSampleRows)
        settings.samples =
            static_cast<int>(std::min<long long>(settings.samples, std::max(100LL, kMaxSampleRows / rows)));
    RobustnessReport rep;
    rep.samples = settings.samples;
    rep.seed = settings.seed;
    rep.sampling = settings.sampling;
    rep.spread = settings.spread;

    const Ordering ord{id_order, scorer.HigherIsBetter()};
    std::vector<double> ws, scores(m);
    auto score_at = [&](std::size_t j, double t) {
        Rescaled(w, j, t, &ws);
        scorer.Scores(ws, scores.data());
        return scores.data();
    };
    auto best_at = [&](std::size_t j, double t) {
        const double* s = score_at(j, t);
        int b = 0;
        for (int i = 1; i < static_cast<int>(m); ++i)
            if (ord.Better(s, i, b)) b = i;
        return b;
    };
    for (std::size_t j = 0; j < n && m > 0; ++j) {
        // Stability interval: where another model takes the lead, towards weight 1 (the upper end), then towards 0.
        WeightInterval interval{criterion_ids[j], w[j], 0.0, 1.0};
        if (n > 1 && m > 1 && scorer.IsWsm()) {
            // Each rival's crossing with #1 is the root of a line.
            const mcda::Matrix& r = scorer.Normalized();
            const double ba = RestOfSum(r, w, j, first);
            for (int b = 0; b < static_cast<int>(m); ++b) {
                if (b == first) continue;
                const double c0 = ba - RestOfSum(r, w, j, b);
                const double c1 = (r(first, j) - r(b, j)) - c0;
                if (c1 == 0) continue;
                const double root = -c0 / c1;
                if (c1 > 0 && root > interval.lower) interval.lower = std::min(root, w[j]);
                if (c1 < 0 && root < interval.upper) interval.upper = std::max(root, w[j]);
            }
        } else if (n > 1 && m > 1) {
            auto leader_changed = [&](double t) { return best_at(j, t) != first; };
            if (auto t = FirstChange(w[j], 1.0, leader_changed)) interval.upper = *t;
            if (auto t = FirstChange(w[j], 0.0, leader_changed)) interval.lower = *t;
        }
        rep.intervals.push_back(interval);
        if (second < 0 || n < 2) continue;

        // The weight of j where #2 overtakes #1: towards 1, then towards 0; the nearer of the two.
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
                // At the root the two tie; #2 leads only past it, so a root on the edge of [0, 1] (a criterion on
                // which they tie puts it at 1) or at the current weight (they tie now) is no overtaking.
                const double root = -c0 / c1;
                if (root > 1e-9 && root < 1 - 1e-9 && std::fabs(root - w[j]) > 1e-9) flip = root;
            }
        } else {
            // Strictly ahead: a tie, whichever way the ids break it, is no overtaking.
            auto second_wins = [&](double t) {
                const double* sc = score_at(j, t);
                if (mcda::ScoresTie(sc[second], sc[first])) return false;
                return scorer.HigherIsBetter() ? sc[second] > sc[first] : sc[second] < sc[first];
            };
            const std::optional<double> up = FirstChange(w[j], 1.0, second_wins),
                                        down = FirstChange(w[j], 0.0, second_wins);
            flip = up && (!down || *up - w[j] <= w[j] - *down) ? up : down;
        }
        if (flip && (!rep.flip.found || std::fabs(*flip - w[j]) < rep.flip.change))
            rep.flip = {true, criterion_ids[j], w[j], *flip, std::fabs(*flip - w[j])};
    }

    std::vector<double> p_first, p_top3;
    RankAcceptability(scorer, w, id_order, settings, &p_first, &p_top3);
    rep.acceptability.reserve(m);
    for (std::size_t i = 0; i < m; ++i) rep.acceptability.push_back({row_ids[i], p_first[i], p_top3[i]});
    return rep;
}

}  // namespace mm
