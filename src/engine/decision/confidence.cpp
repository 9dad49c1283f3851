// Coverage of known values, rank classes from the weight sampling (engine/decision/confidence.h).
#include "engine/decision/confidence.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <utility>

#include "engine/decision/robustness.h"
#include "engine/mcda/rank.h"

namespace mm {

namespace {

// Ranks are told apart down to this depth in each sample (a partial sort): classes separate the models near the
// top, and a 10 000-model catalog costs what a 64-model one does.
constexpr std::size_t kClassDepth = 64;
// The first 100 draws of the robustness sampling: the 2.5th / 97.5th percentiles are then the 3rd best and worst
// rank, and a re-rank of the shipped catalog stays within its 2 ms.
constexpr long long kMaxClassSamples = 100;

}  // namespace

std::vector<double> WeightCoverage(const std::vector<std::vector<bool>>& imputed, const std::vector<double>& weights) {
    double total = 0;
    for (double w : weights) total += w;
    std::vector<double> coverage(imputed.size(), 1.0);
    if (!(total > 0)) return coverage;
    for (std::size_t i = 0; i < imputed.size(); ++i) {
        double filled = 0;
        for (std::size_t j = 0; j < weights.size() && j < imputed[i].size(); ++j)
            if (imputed[i][j]) filled += weights[j];
        coverage[i] = std::clamp(1.0 - filled / total, 0.0, 1.0);
    }
    return coverage;
}

std::vector<int> RankClasses(const Scorer& scorer, const std::vector<double>& w, const RobustnessSettings& settings,
                             const std::vector<int>& rank) {
    const std::size_t m = scorer.Rows();
    if (m == 0) return {};
    const long long wanted = std::max(settings.samples, 0);
    const long long samples = std::min<long long>(wanted, kMaxClassSamples);
    const std::size_t depth = std::min<std::size_t>(m, kClassDepth);  // ranks below it are recorded as depth + 1
    if (wanted == 0) return std::vector<int>(m, 1);
    const bool higher = scorer.HigherIsBetter();
    Rng rng(settings.seed);
    // Best and worst plausible rank of each row: the 2.5th and 97.5th percentiles of its sampled ranks, kept as
    // the k smallest and k largest ranks seen so far (k = 3 for 100 samples).
    const std::size_t lo_k = static_cast<std::size_t>(std::floor(0.025 * static_cast<double>(samples - 1)));
    const std::size_t hi_k = static_cast<std::size_t>(std::ceil(0.975 * static_cast<double>(samples - 1)));
    const std::size_t n_lo = lo_k + 1, n_hi = static_cast<std::size_t>(samples) - hi_k;
    std::vector<int> lows(m * n_lo, std::numeric_limits<int>::max()), highs(m * n_hi, 0);
    auto keep = [](int* a, std::size_t n, int r, bool smallest) {  // a: n values, best first
        auto before = [smallest](int x, int y) { return smallest ? x < y : x > y; };
        if (!before(r, a[n - 1])) return;
        std::size_t j = n - 1;
        for (; j > 0 && before(r, a[j - 1]); --j) a[j] = a[j - 1];
        a[j] = r;
    };
    std::vector<double> ws, scores(m);
    std::vector<std::pair<double, int>> order(m);  // (score oriented so that larger is better, row)
    for (long long s = 0; s < samples; ++s) {
        SampleWeights(w, settings.sampling, settings.spread, rng, &ws);
        scorer.Scores(ws, scores.data());
        for (std::size_t i = 0; i < m; ++i) order[i] = {higher ? scores[i] : -scores[i], static_cast<int>(i)};
        // A total order (ties by row): the same ranks on every platform, whatever the standard library's sort.
        auto better = [](const auto& a, const auto& b) { return a.first > b.first || (a.first == b.first && a.second < b.second); };
        if (depth < m) std::nth_element(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(depth), order.end(), better);
        std::sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(depth), better);
        int r = 1;
        for (std::size_t k = 0; k < m; ++k) {
            if (k >= depth) r = static_cast<int>(depth) + 1;
            else if (k > 0 && !mcda::ScoresTie(order[k].first, order[k - 1].first)) r = static_cast<int>(k) + 1;
            const std::size_t row = static_cast<std::size_t>(order[k].second);
            keep(&lows[row * n_lo], n_lo, r, true);
            keep(&highs[row * n_hi], n_hi, r, false);
        }
    }
    std::vector<int> best(m), worst(m);
    for (std::size_t i = 0; i < m; ++i) {
        best[i] = lows[i * n_lo + n_lo - 1];
        worst[i] = highs[i * n_hi + n_hi - 1];
    }
    // class(i) = 1 + #{j : worst(j) < best(i)}: counted with the worst ranks sorted once. A row that never reaches the
    // depth analysed keeps its rank.
    std::vector<int> sorted_worst = worst;
    std::sort(sorted_worst.begin(), sorted_worst.end());
    std::vector<int> classes(m);
    for (std::size_t i = 0; i < m; ++i)
        classes[i] = best[i] > static_cast<int>(depth)
                         ? rank[i]
                         : 1 + static_cast<int>(std::lower_bound(sorted_worst.begin(), sorted_worst.end(), best[i]) -
                                                sorted_worst.begin());
    return classes;
}

}  // namespace mm
