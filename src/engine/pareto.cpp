// Non-dominated filtering (pairwise, O(m^2 n): the catalog has hundreds of models, not millions).
#include "engine/pareto.h"

#include <algorithm>

namespace mm {

ParetoResult ParetoSet(const mcda::Matrix& x, const std::vector<int>& types,
                       const std::vector<std::string>& criteria) {
    const std::size_t m = x.Rows(), n = x.Cols();
    ParetoResult out;
    out.criteria = criteria;
    out.dominated_by.assign(m, -1);
    auto dominates = [&](std::size_t a, std::size_t b) {
        bool strictly = false;
        for (std::size_t j = 0; j < n; ++j) {
            const double da = types[j] * x(a, j), db = types[j] * x(b, j);
            if (da < db) return false;
            if (da > db) strictly = true;
        }
        return strictly;
    };
    for (std::size_t b = 0; b < m; ++b) {
        for (std::size_t a = 0; a < m && out.dominated_by[b] < 0; ++a)
            if (a != b && dominates(a, b)) out.dominated_by[b] = static_cast<int>(a);
        if (out.dominated_by[b] < 0) out.non_dominated.push_back(static_cast<int>(b));
    }
    if (n == 2) {
        out.frontier = out.non_dominated;
        std::stable_sort(out.frontier.begin(), out.frontier.end(), [&](int a, int b) {
            if (x(a, 0) != x(b, 0)) return x(a, 0) < x(b, 0);
            return x(a, 1) < x(b, 1);
        });
    }
    return out;
}

}  // namespace mm
