// Coverage of known values, rank classes from the weight sampling (engine/decision/confidence.h).
#include "engine/decision/confidence.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>

#include "engine/decision/robustness.h"
#include "engine/mcda/rank.h"

namespace mm {

namespace {

// rows x samples stays under this (4 million ranks, 16 MB), whatever the catalog's size.
constexpr long long kMaxRankCells = 4'000'000;
// The first 200 draws of the robustness sampling: the 2.5th / 97.5th percentiles are then the 5th best and worst
// rank, and a re-rank of the shipped catalog stays within its 2 ms.
constexpr long long kMaxClassSamples = 200;

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

std::vector<int> ClassesFromRanks(const std::vector<int>& rank) { return rank; }

std::vector<int> RankClasses(const Scorer& scorer, const std::vector<double>& w, const RobustnessSettings& settings) {
    const std::size_t m = scorer.Rows();
    if (m == 0) return {};
    const long long wanted = std::max(settings.samples, 0);
    const long long samples = std::min<long long>(
        {wanted, kMaxClassSamples, std::max<long long>(1, kMaxRankCells / static_cast<long long>(m))});
    if (wanted == 0) return std::vector<int>(m, 1);
    const bool higher = scorer.HigherIsBetter();
    Rng rng(settings.seed);
    std::vector<double> ws, scores(m);
    std::vector<std::pair<double, int>> order(m);  // (score oriented so that larger is better, row)
    std::vector<int> ranks(m * static_cast<std::size_t>(samples));  // row-major: row i's samples together
    for (long long s = 0; s < samples; ++s) {
        SampleWeights(w, settings.sampling, settings.spread, rng, &ws);
        scorer.Scores(ws, scores.data());
        for (std::size_t i = 0; i < m; ++i) order[i] = {higher ? scores[i] : -scores[i], static_cast<int>(i)};
        std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        int rank = 1;
        for (std::size_t k = 0; k < m; ++k) {
            if (k > 0 && !mcda::ScoresTie(order[k].first, order[k - 1].first)) rank = static_cast<int>(k) + 1;
            ranks[static_cast<std::size_t>(order[k].second) * samples + s] = rank;
        }
    }
    // Best and worst plausible rank of each row: the 2.5th and 97.5th percentiles of its sampled ranks.
    const std::size_t lo_k = static_cast<std::size_t>(std::floor(0.025 * static_cast<double>(samples - 1)));
    const std::size_t hi_k = static_cast<std::size_t>(std::ceil(0.975 * static_cast<double>(samples - 1)));
    std::vector<int> best(m), worst(m);
    for (std::size_t i = 0; i < m; ++i) {
        auto first = ranks.begin() + static_cast<std::ptrdiff_t>(i * samples);
        auto last = first + samples;
        std::nth_element(first, first + static_cast<std::ptrdiff_t>(lo_k), last);
        best[i] = *(first + static_cast<std::ptrdiff_t>(lo_k));
        std::nth_element(first, first + static_cast<std::ptrdiff_t>(hi_k), last);
        worst[i] = *(first + static_cast<std::ptrdiff_t>(hi_k));
    }
    // class(i) = 1 + #{j : worst(j) < best(i)}: counted with the worst ranks sorted once.
    std::vector<int> sorted_worst = worst;
    std::sort(sorted_worst.begin(), sorted_worst.end());
    std::vector<int> classes(m);
    for (std::size_t i = 0; i < m; ++i)
        classes[i] = 1 + static_cast<int>(std::lower_bound(sorted_worst.begin(), sorted_worst.end(), best[i]) -
                                          sorted_worst.begin());
    return classes;
}

}  // namespace mm
