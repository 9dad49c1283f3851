// Dense ranking and stable ordering (see rank.h for the tie policy).
#include "engine/mcda/rank.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace mm::mcda {

bool ScoresTie(double a, double b) {
    const double scale = std::max({1.0, std::fabs(a), std::fabs(b)});
    return std::fabs(a - b) <= 1e-9 * scale;
}

std::vector<int> DenseRank(const std::vector<double>& score, bool higher_is_better) {
    std::vector<int> idx(score.size());
    std::iota(idx.begin(), idx.end(), 0);
    std::stable_sort(idx.begin(), idx.end(), [&](int a, int b) {
        return higher_is_better ? score[a] > score[b] : score[a] < score[b];
    });
    std::vector<int> rank(score.size(), 0);
    int current = 0;
    for (std::size_t k = 0; k < idx.size(); ++k) {
        if (k == 0 || !ScoresTie(score[idx[k]], score[idx[k - 1]])) ++current;
        rank[idx[k]] = current;
    }
    return rank;
}

std::vector<int> StableOrder(const std::vector<int>& rank) {
    std::vector<int> idx(rank.size());
    std::iota(idx.begin(), idx.end(), 0);
    std::stable_sort(idx.begin(), idx.end(), [&](int a, int b) { return rank[a] < rank[b]; });
    return idx;
}

}  // namespace mm::mcda
