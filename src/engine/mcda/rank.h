// Dense ranking with the README's tie rule, and a stable best-first order for display and tie-breaking.
//
// Tie policy: two scores tie when |a - b| <= 1e-9 * max(1, |a|, |b|). Scores are sorted best first
// (index order among equal scores) and a new rank starts whenever a score does not tie with the
// previous one, so tied alternatives share a rank and the next one gets the next integer (1, 2, 2, 3).
#pragma once

#include <vector>

namespace mm::mcda {

bool ScoresTie(double a, double b);

// rank[i] = dense rank of alternative i, 1 = best.
std::vector<int> DenseRank(const std::vector<double>& score, bool higher_is_better);

// Alternative indices best first: by dense rank, then by index (callers with ids re-break ties by id).
std::vector<int> StableOrder(const std::vector<int>& rank);

}  // namespace mm::mcda
