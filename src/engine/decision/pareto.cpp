// Non-dominated filtering by a sweep in lexicographic order: a row's dominators all come before it, and a row
// is dominated exactly when one of the non-dominated rows met so far dominates it (dominance is transitive).
// Equal rows are checked once. O(m log m + m f n) for f non-dominated rows, instead of comparing every pair.
#include "engine/decision/pareto.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "engine/decision/index_sort.h"

namespace mm {

ParetoResult ParetoSet(const mcda::Matrix& x, const std::vector<int>& types,
                       const std::vector<std::string>& criteria) {
    const std::size_t m = x.Rows(), n = x.Cols();
    ParetoResult out;
    out.criteria = criteria;
    out.dominated_by.assign(m, -1);
    // Oriented values: larger is better on every column.
    std::vector<double> v(m * n);
    for (std::size_t i = 0; i < m; ++i)
        for (std::size_t j = 0; j < n; ++j) v[i * n + j] = types[j] * x(i, j);
    const double* d = v.data();
    auto dominates = [&](std::size_t a, std::size_t b) {
        bool strictly = false;
        for (std::size_t j = 0; j < n; ++j) {
            const double da = d[a * n + j], db = d[b * n + j];
            if (da < db) return false;
            if (da > db) strictly = true;
        }
        return strictly;
    };
    const bool ordered = std::none_of(v.begin(), v.end(), [](double e) { return std::isnan(e); });
    if (!ordered) {
        // NaN has no place in an order (the catalog's figures are finite): compare every pair, and name the
        // first dominating row.
        for (std::size_t b = 0; b < m; ++b) {
            for (std::size_t a = 0; a < m && out.dominated_by[b] < 0; ++a)
                if (a != b && dominates(a, b)) out.dominated_by[b] = static_cast<int>(a);
            if (out.dominated_by[b] < 0) out.non_dominated.push_back(static_cast<int>(b));
        }
    } else {
        // Best first lexicographically, equal rows by index: a dominator is lexicographically larger.
        auto lex_greater = [&](std::size_t a, std::size_t b) {
            for (std::size_t j = 0; j < n; ++j)
                if (d[a * n + j] != d[b * n + j]) return d[a * n + j] > d[b * n + j];
            return false;
        };
        std::vector<int> rows(m);
        std::iota(rows.begin(), rows.end(), 0);
        std::sort(rows.begin(), rows.end(), [&](int a, int b) {
            if (lex_greater(a, b)) return true;
            if (lex_greater(b, a)) return false;
            return a < b;
        });
        // Groups of equal rows, each led by its smallest index; the leaders of the non-dominated groups.
        std::vector<std::size_t> group_start;
        std::vector<int> front;
        std::vector<char> kept(m, 0);
        for (std::size_t k = 0; k < m;) {
            std::size_t end = k + 1;
            while (end < m && !lex_greater(rows[k], rows[end])) ++end;
            const int lead = rows[k];
            group_start.push_back(k);
            if (std::none_of(front.begin(), front.end(), [&](int f) { return dominates(f, lead); })) {
                front.push_back(lead);
                for (std::size_t e = k; e < end; ++e) kept[static_cast<std::size_t>(rows[e])] = 1;
            }
            k = end;
        }
        group_start.push_back(m);
        for (std::size_t i = 0; i < m; ++i)
            if (kept[i]) out.non_dominated.push_back(static_cast<int>(i));
        // A dominated row names the first non-dominated row (by index) that dominates it.
        std::sort(front.begin(), front.end());
        for (std::size_t g = 0; g + 1 < group_start.size(); ++g) {
            const int lead = rows[group_start[g]];
            if (kept[static_cast<std::size_t>(lead)]) continue;
            int by = -1;
            for (int f : front)
                if (dominates(f, lead)) {
                    by = f;
                    break;
                }
            for (std::size_t e = group_start[g]; e < group_start[g + 1]; ++e)
                out.dominated_by[static_cast<std::size_t>(rows[e])] = by;
        }
    }
    if (n == 2) {
        out.frontier = out.non_dominated;
        StableSortIndices(out.frontier, [&](std::size_t a, std::size_t b) {
            if (x(a, 0) != x(b, 0)) return x(a, 0) < x(b, 0);
            return x(a, 1) < x(b, 1);
        });
    }
    return out;
}

}  // namespace mm
