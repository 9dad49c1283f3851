// Explanations of a ranking: why #1 beats #2 (the criteria that make the difference, with weighted deltas),
// the course's cost lesson (the winner's monthly cost against the premium generalist, e.g. "1/40") and the
// cheapest model that meets the constraints.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "engine/model/catalog.h"
#include "engine/model/criteria.h"
#include "engine/mcda/matrix.h"

namespace mm {

struct CriterionDelta {
    std::string criterion;
    double first_value = 0, second_value = 0;  // raw values (after the missing-value policy)
    double delta = 0;                          // weighted difference; > 0 favours #1
};

struct PairExplanation {
    std::string first, second;  // model ids
    double score_gap = 0;       // |score #1 - score #2|
    // "contribution": differences of the method's own per-criterion contributions (additive methods);
    // "weighted_normalized": w_j x (min-max oriented value #1 - #2), for the other methods.
    std::string basis;
    std::vector<CriterionDelta> deltas;  // by decreasing |delta|
};

// Rows `first` and `second` (model ids first_id, second_id); contribution: empty or rows x criteria; x raw
// values; types 1 / -1.
PairExplanation ExplainPair(int first, int second, const std::string& first_id, const std::string& second_id,
                            const std::vector<std::string>& criteria, const mcda::Matrix& x,
                            const std::vector<int>& types, const std::vector<double>& weights,
                            const mcda::Matrix& contribution, const std::vector<double>& scores);

struct CostComparison {
    std::string reference;  // model id
    std::string reason;     // "user" (profile.reference_model), "course_premium" (the course's premium
                            // generalist: GPT-4), "most_expensive_current" (the priciest current model)
    double winner_usd = 0, reference_usd = 0;  // monthly, for the workload
    double ratio = 0;                          // winner / reference
    std::string ratio_text;                    // "1/40", "1/2.5", "3x", "free"
};

// "1/40" when the winner is cheaper (rounded to 2 significant digits), "Nx" when dearer, "free" at 0.
std::string RatioText(double winner, double reference);

// all_derived: one per catalog model, catalog order. winner: catalog index or -1.
std::vector<CostComparison> CompareCosts(const Catalog& catalog,
                                         const std::vector<DerivedValues>& all_derived, int winner,
                                         const std::string& reference_model);

}  // namespace mm
