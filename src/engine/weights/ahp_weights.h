// AHP weight elicitation: criteria weights from a pairwise comparison matrix, with lambda_max, CI, CR under a
// stated random-index table, and the judgement most at odds with the resulting weights (what to revisit).
// The mathematics lives in engine/mcda/ahp.h (Saaty 1980); this is the user-facing summary.
#pragma once

#include <optional>
#include <vector>

#include "engine/mcda/ahp.h"

namespace mm::weights {

struct AhpWeights {
    std::vector<double> weights;  // sums to 1
    double lambda_max = 0.0;
    double ci = 0.0;
    mm::mcda::RandomIndexTable ri_table = mm::mcda::RandomIndexTable::Saaty1980;
    std::optional<double> ri;  // absent when the table has no value for this n (n > 9)
    std::optional<double> cr;  // CI / RI, absent with ri
    bool acceptable = true;    // Saaty's rule of thumb: CR <= 0.10 (true when CR is unknown)
    mm::mcda::Judgement most_inconsistent;
};

AhpWeights AhpWeightsFromPairwise(const mm::mcda::Matrix& pairwise,
                                  mm::mcda::PriorityMethod method = mm::mcda::PriorityMethod::Eigenvector,
                                  mm::mcda::RandomIndexTable table = mm::mcda::RandomIndexTable::Saaty1980);

}  // namespace mm::weights
