// The Pareto set: models no other model beats on every chosen criterion at once (at least as good on all,
// strictly better on one). For two criteria, the frontier in chart order.
#pragma once
#include <string>
#include <vector>

#include "engine/mcda/matrix.h"

namespace mm {

struct ParetoResult {
    std::vector<std::string> criteria;  // criterion ids, in the order asked
    std::vector<int> non_dominated;     // rows, ascending
    std::vector<int> dominated_by;      // per row: a row that dominates it (the first non-dominated one by
                                        // index), or -1
    std::vector<int> frontier;  // two criteria only: the non-dominated rows by ascending first criterion
};

// x: values (rows = models, columns = the criteria), types 1 benefit / -1 cost.
ParetoResult ParetoSet(const mcda::Matrix& x, const std::vector<int>& types,
                       const std::vector<std::string>& criteria);

}  // namespace mm
