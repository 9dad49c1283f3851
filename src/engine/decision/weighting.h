// Adapter from the profile's weighting choice to the weight-elicitation units (engine/weights/): direct,
// rank-order centroid, swing, AHP (with its consistency report) and the objective methods computed on the
// matrix of the models that passed the constraints.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "engine/io/json_util.h"
#include "engine/mcda/matrix.h"
#include "engine/model/profile.h"
#include "engine/weights/ahp_weights.h"

namespace mm {

struct WeightReport {
    WeightMode mode = WeightMode::kDirect;
    std::vector<double> weights;  // one per chosen criterion, summing to 1
    std::optional<weights::AhpWeights> ahp;
};

// x: raw values (rows = remaining models, columns = chosen criteria), types 1 benefit / -1 cost.
// Returns false with `error` (its path names the item, e.g. criteria[2].rank) when the weights cannot be set.
bool ComputeWeights(const Profile& profile, const mcda::Matrix& x, const std::vector<int>& types,
                    WeightReport* out, Issue* error);

}  // namespace mm
