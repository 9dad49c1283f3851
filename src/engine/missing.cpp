// Missing-value policies over a model x criterion table of optional values.
#include "engine/missing.h"

#include <algorithm>
#include <limits>

namespace mm {

MissingOutcome ApplyMissingPolicy(const std::vector<std::vector<std::optional<double>>>& cells,
                                  const std::vector<Direction>& directions,
                                  const std::vector<std::string>& names, MissingPolicy policy) {
    const std::size_t m = cells.size(), n = directions.size();
    MissingOutcome out;
    out.values.assign(m, std::vector<double>(n, std::numeric_limits<double>::quiet_NaN()));
    out.imputed.assign(m, std::vector<bool>(n, false));
    out.excluded.assign(m, {});
    for (std::size_t j = 0; j < n; ++j) {
        std::vector<double> observed;
        for (std::size_t i = 0; i < m; ++i)
            if (cells[i][j]) observed.push_back(*cells[i][j]);
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
        } else if (policy == MissingPolicy::kMedian && !observed.empty()) {
            std::sort(observed.begin(), observed.end());
            const std::size_t k = observed.size();
            fill = k % 2 ? observed[k / 2] : 0.5 * (observed[k / 2 - 1] + observed[k / 2]);
        }
        for (std::size_t i = 0; i < m; ++i) {
            if (cells[i][j]) {
                out.values[i][j] = *cells[i][j];
            } else if (policy == MissingPolicy::kExclude) {
                out.excluded[i].push_back(static_cast<int>(j));
            } else {
                out.values[i][j] = fill;
                out.imputed[i][j] = true;
            }
        }
    }
    return out;
}

}  // namespace mm
