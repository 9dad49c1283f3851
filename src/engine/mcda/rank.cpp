// Dense ranking and stable ordering (see rank.h for the tie policy): one stable sort of the scores serves both.
#include "engine/mcda/rank.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "engine/decision/index_sort.h"

namespace mm::mcda {

namespace {

// Indices sorted best first; equal scores keep index order.
std::vector<int> SortedBestFirst(const std::vector<double>& score, bool higher_is_better) {
    std::vector<int> idx(score.size());
    std::iota(idx.begin(), idx.end(), 0);
    StableSortIndices(idx, [&](std::size_t a, std::size_t b) {
        return higher_is_better ? score[a] > score[b] : score[a] < score[b];
    });
    return idx;
}

}  // namespace

bool ScoresTie(double a, double b) {
    const double scale = std::max({1.0, std::fabs(a), std::fabs(b)});
    return std::fabs(a - b) <= 1e-9 * scale;
}

std::vector<int> DenseRank(const std::vector<double>& score, bool higher_is_better) {
    const std::vector<int> idx = SortedBestFirst(score, higher_is_better);
    std::vector<int> rank(score.size(), 0);
    int current = 0;
    for (std::size_t k = 0; k < idx.size(); ++k) {
        if (k == 0 || !ScoresTie(score[idx[k]], score[idx[k - 1]])) ++current;
        rank[idx[k]] = current;
    }
    return rank;
}

std::vector<int> StableOrder(const std::vector<int>& rank) {
    // Dense ranks are small integers: a counting sort keeps index order within a rank.
    const int max_rank = rank.empty() ? 0 : std::max(0, *std::max_element(rank.begin(), rank.end()));
    std::vector<int> start(static_cast<std::size_t>(max_rank) + 2, 0);
    for (int r : rank) ++start[static_cast<std::size_t>(r) + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<int> order(rank.size());
    for (std::size_t i = 0; i < rank.size(); ++i) order[static_cast<std::size_t>(start[rank[i]]++)] = static_cast<int>(i);
    return order;
}

}  // namespace mm::mcda
