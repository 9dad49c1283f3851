// How sure a ranking is: the share of each row's weight that rests on known (not filled-in) values, rank classes
// of models the weight sampling cannot tell apart, and the winner under each missing-value rule.
#pragma once
#include <string>
#include <vector>

#include "engine/decision/scoring.h"
#include "engine/mcda/matrix.h"
#include "engine/model/profile.h"

namespace mm {

// Per row: sum of the weights of its known cells / sum of all weights (1 when every value is known, or when
// every weight is 0). `imputed` is rows x criteria, `weights` one per criterion.
std::vector<double> WeightCoverage(const std::vector<std::vector<bool>>& imputed, const std::vector<double>& weights);

// Rank classes under the Monte-Carlo weight sampling of `settings` (same seed and draws as the rank
// acceptability): in each sample every row gets its competition rank (rows whose scores tie share the better
// rank); a row's plausible ranks are the 2.5th to 97.5th percentile of those. Row i's class is 1 + the number of
// rows whose worst plausible rank is better than i's best plausible rank, so the rows no other row clearly beats
// share class 1 (as an arena's confidence groups). The first 100 draws are used, and ranks are told apart down to
// the 64th: a row that never comes that high keeps `rank` (its rank under the user's weights) as its class.
// Throws mcda::Error (from the method).
std::vector<int> RankClasses(const Scorer& scorer, const std::vector<double>& w, const RobustnessSettings& settings,
                             const std::vector<int>& rank);

}  // namespace mm
