// Reference-scale bounds from the whole catalog: ideal point and payoff-table nadir (reference_scale.h).
#include "engine/decision/reference_scale.h"

#include <algorithm>
#include <cmath>

namespace mm {

double ReferenceBounds::Apply(double x) const {
    if (worst == ideal) return 1.0;
    return std::clamp((x - worst) / (ideal - worst), 0.0, 1.0);
}

std::vector<ReferenceBounds> ComputeReferenceBounds(const std::vector<std::vector<std::optional<double>>>& columns,
                                                    const std::vector<bool>& benefit) {
    const std::size_t n = columns.size();
    const std::size_t m = n ? columns[0].size() : 0;
    // Oriented values: more is better on every column.
    auto value = [&](std::size_t j, std::size_t i) -> std::optional<double> {
        if (i >= columns[j].size() || !columns[j][i]) return std::nullopt;
        return benefit[j] ? *columns[j][i] : -*columns[j][i];
    };
    std::vector<std::optional<double>> ideal(n), lowest(n), nadir(n);
    for (std::size_t j = 0; j < n; ++j)
        for (std::size_t i = 0; i < m; ++i)
            if (auto v = value(j, i)) {
                if (!ideal[j] || *v > *ideal[j]) ideal[j] = v;
                if (!lowest[j] || *v < *lowest[j]) lowest[j] = v;
            }
    // Payoff models of the remaining set: those at its best value of a criterion that separates it. When they
    // all share the ideal of column j, they are set aside and the next ones are asked (a model that every
    // other one beats is never asked while another model remains).
    std::vector<bool> remaining(m, true);
    std::size_t left = m;
    for (int round = 0; round < 16 && left >= 2; ++round) {
        std::vector<std::optional<double>> best(n), worst(n);
        for (std::size_t j = 0; j < n; ++j)
            for (std::size_t i = 0; i < m; ++i)
                if (auto v = remaining[i] ? value(j, i) : std::nullopt) {
                    if (!best[j] || *v > *best[j]) best[j] = v;
                    if (!worst[j] || *v < *worst[j]) worst[j] = v;
                }
        std::vector<bool> payoff(m, false);
        bool any = false;
        for (std::size_t k = 0; k < n; ++k) {
            if (!best[k] || *best[k] == *worst[k]) continue;
            for (std::size_t i = 0; i < m; ++i)
                if (remaining[i] && value(k, i) == best[k]) payoff[i] = any = true;
        }
        if (!any) break;
        bool all_set = true;
        for (std::size_t j = 0; j < n; ++j) {
            if (nadir[j] || !ideal[j]) continue;
            std::optional<double> w;
            for (std::size_t i = 0; i < m; ++i)
                if (auto v = payoff[i] ? value(j, i) : std::nullopt)
                    if (!w || *v < *w) w = v;
            if (w && *w < *ideal[j]) nadir[j] = w;
            else all_set = false;
        }
        if (all_set) break;
        for (std::size_t i = 0; i < m; ++i)
            if (payoff[i]) remaining[i] = false, --left;
    }
    std::vector<ReferenceBounds> out(n);
    for (std::size_t j = 0; j < n; ++j) {
        if (!ideal[j]) continue;
        const double w = nadir[j] ? *nadir[j] : *lowest[j];
        out[j].ideal = benefit[j] ? *ideal[j] : -*ideal[j];
        out[j].worst = benefit[j] ? w : -w;
    }
    return out;
}

}  // namespace mm
