// Direct, rank-order-centroid and swing weights.
#include "engine/weights/direct.h"

#include <cmath>
#include <string>

#include "engine/mcda/matrix.h"

namespace mm::weights {

using mm::mcda::Error;

std::vector<double> Direct(const std::vector<double>& raw) {
    if (raw.empty()) throw Error("weights: no criteria");
    double total = 0.0;
    for (std::size_t j = 0; j < raw.size(); ++j) {
        if (!std::isfinite(raw[j])) throw Error("weights[" + std::to_string(j) + "]: not a finite number");
        if (raw[j] < 0.0) throw Error("weights[" + std::to_string(j) + "]: negative (" + std::to_string(raw[j]) + ")");
        total += raw[j];
    }
    if (!(total > 0.0)) throw Error("weights: all zero; give at least one criterion a positive weight");
    std::vector<double> w(raw.size());
    for (std::size_t j = 0; j < raw.size(); ++j) w[j] = raw[j] / total;
    return w;
}

std::vector<double> RankOrderCentroid(const std::vector<int>& rank) {
    const std::size_t n = rank.size();
    if (n == 0) throw Error("rank order: no criteria");
    std::vector<int> count(n + 1, 0);
    for (std::size_t j = 0; j < n; ++j) {
        if (rank[j] < 1 || rank[j] > static_cast<int>(n))
            throw Error("rank order: criterion " + std::to_string(j) + " has rank " + std::to_string(rank[j]) +
                        ", expected 1.." + std::to_string(n));
        ++count[rank[j]];
    }
    // Competition ranking: a rank shared by k criteria must be followed by k - 1 unused ranks.
    for (std::size_t k = 1; k <= n;) {
        if (count[k] == 0)
            throw Error("rank order: rank " + std::to_string(k) + " is used by no criterion (tied criteria share a "
                        "rank and the next rank skips, e.g. 1, 2, 2, 4)");
        for (int extra = 1; extra < count[k]; ++extra)
            if (count[k + extra] != 0)
                throw Error("rank order: rank " + std::to_string(k + extra) + " is taken by the tie at rank " +
                            std::to_string(k));
        k += static_cast<std::size_t>(count[k]);
    }
    std::vector<double> centroid(n + 1, 0.0);  // centroid[k] for position k
    for (std::size_t k = n; k >= 1; --k)
        centroid[k] = (k < n ? centroid[k + 1] : 0.0) + 1.0 / static_cast<double>(k * n);
    std::vector<double> w(n);
    for (std::size_t j = 0; j < n; ++j) {
        const int first = rank[j], tied = count[rank[j]];
        double s = 0.0;
        for (int k = first; k < first + tied; ++k) s += centroid[k];
        w[j] = s / tied;
    }
    return w;
}

std::vector<double> Swing(const std::vector<double>& points) {
    for (std::size_t j = 0; j < points.size(); ++j)
        if (std::isfinite(points[j]) && points[j] > 100.0)
            throw Error("swing: criterion " + std::to_string(j) + " has " + std::to_string(points[j]) +
                        " points; the best swing is worth 100 and the others at most as much");
    return Direct(points);
}

}  // namespace mm::weights
