// SPOTIS distances to the ideal solution point.
#include "engine/mcda/spotis.h"

#include <cmath>
#include <string>

namespace mm::mcda {

SpotisResult Spotis(const Matrix& x, const std::vector<int>& types, const std::vector<double>& w,
                    const SpotisParams& params) {
    const std::size_t m = x.Rows(), n = x.Cols();
    CheckTypes(types, n);
    CheckWeights(w, n);
    CheckFinite(x, "matrix");
    if (params.bounds.size() != n)
        throw Error("spotis: bounds: expected " + std::to_string(n) + " [min, max] pairs, got " +
                    std::to_string(params.bounds.size()));
    SpotisResult out;
    out.isp.resize(n);
    for (std::size_t j = 0; j < n; ++j) {
        const auto [lo, hi] = params.bounds[j];
        if (!std::isfinite(lo) || !std::isfinite(hi) || !(hi > lo))
            throw Error("spotis: bounds[" + std::to_string(j) + "]: need finite min < max");
        for (std::size_t i = 0; i < m; ++i)
            if (x(i, j) < lo || x(i, j) > hi)
                throw Error("spotis: matrix[" + std::to_string(i) + "][" + std::to_string(j) + "] = " +
                            std::to_string(x(i, j)) + " lies outside bounds[" + std::to_string(j) + "]");
        if (params.isp.empty()) {
            out.isp[j] = types[j] == 1 ? hi : lo;
        } else {
            if (params.isp.size() != n)
                throw Error("spotis: isp: expected " + std::to_string(n) + " values, got " +
                            std::to_string(params.isp.size()));
            out.isp[j] = params.isp[j];
            if (!std::isfinite(out.isp[j]) || out.isp[j] < lo || out.isp[j] > hi)
                throw Error("spotis: isp[" + std::to_string(j) + "] must lie inside bounds[" + std::to_string(j) + "]");
        }
    }
    out.scores.assign(m, 0.0);
    out.contribution = Matrix(m, n);
    for (std::size_t i = 0; i < m; ++i)
        for (std::size_t j = 0; j < n; ++j) {
            const double range = params.bounds[j].second - params.bounds[j].first;
            out.contribution(i, j) = w[j] * std::fabs(x(i, j) - out.isp[j]) / range;
            out.scores[i] += out.contribution(i, j);
        }
    return out;
}

}  // namespace mm::mcda
