// The missing-value policy: what happens when a model has no value for a chosen criterion. Explicit and
// visible (exclude the model, take the worst observed value, or the median, each imputed cell flagged);
// never a silent zero.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "engine/model/profile.h"

namespace mm {

struct MissingOutcome {
    std::vector<std::vector<double>> values;  // [criterion][model], complete (NaN where a model lacks it under
                                              // the exclude policy)
    std::vector<std::vector<bool>> imputed;   // [criterion][model]
    std::vector<std::vector<int>>
        excluded;       // exclude policy: per model, the criteria it lacks (empty = kept)
    std::string error;  // non-empty: a criterion has no value for any model (names it); nothing is computed
};

// `columns[criterion][model]` for `models` models (column by column: a large catalog is one vector per
// criterion, not one per model), `directions[criterion]`, `names[criterion]` (for the error message).
// kExclude: models with any missing cell are listed in `excluded` (their cells are left as NaN).
// kWorst: the worst observed value of the column (max for a cost, min for a benefit).
// kMedian: the median of the observed values of the column.
MissingOutcome ApplyMissingPolicy(std::size_t models,
                                  const std::vector<std::vector<std::optional<double>>>& columns,
                                  const std::vector<Direction>& directions,
                                  const std::vector<std::string>& names, MissingPolicy policy);

}  // namespace mm
