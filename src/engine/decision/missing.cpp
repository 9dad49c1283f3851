// Missing-value policies over a model x criterion table of optional values.
#include "engine/decision/missing.h"

#include <algorithm>
#include <limits>

namespace mm {

MissingOutcome ApplyMissingPolicy(std::size_t models,
                                  const std::vector<std::vector<std::optional<double>>>& columns,
                                  const std::vector<Direction>& directions,
                                  const std::vector<std::string>& names, MissingPolicy policy) {
    const std::size_t n = directions.size(), m = models;
    MissingOutcome out;
    out.values.assign(n, std::vector<double>(m, std::numeric_limits<double>::quiet_NaN()));
    out.imputed.assign(n, std::vector<bool>(m, false));
    out.excluded.assign(m, {});
    std::vector<double> observed;
    observed.reserve(m);
    for (std::size_t j = 0; j < n; ++j) {
        const std::vector<std::optional<double>>& column = columns[j];
        observed.clear();
        for (std::size_t i = 0; i < m; ++i)
            if (column[i]) observed.push_back(*column[i]);
        if (observed.empty()) {
            if (m == 0) continue;  // no model left: nothing to fill
            out.error = "criterion " + names[j] +
                        ": no remaining model has a value, so it cannot rank them (remove it)";
            return out;
        }
        double fill = 0;
        if (policy == MissingPolicy::kWorst) {
            auto [lo, hi] = std::minmax_element(observed.begin(), observed.end());
            fill = directions[j] == Direction::kCost ? *hi : *lo;
        } else if (policy == MissingPolicy::kMedian) {
            std::sort(observed.begin(), observed.end());
            const std::size_t k = observed.size();
            fill = k % 2 ? observed[k / 2] : 0.5 * (observed[k / 2 - 1] + observed[k / 2]);
        }
        std::vector<double>& values = out.values[j];
        for (std::size_t i = 0; i < m; ++i) {
            if (column[i]) {
                values[i] = *column[i];
            } else if (policy == MissingPolicy::kExclude) {
                out.excluded[i].push_back(static_cast<int>(j));
            } else {
                values[i] = fill;
                out.imputed[j][i] = true;
            }
        }
    }
    return out;
}

}  // namespace mm
