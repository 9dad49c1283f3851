// SPOTIS (own normalisation by given bounds): score_i = sum_j w_j |x_ij - isp_j| / (max_j - min_j), lower is
// better; the ideal solution point defaults to the max bound for benefit and the min bound for cost.
// Dezert, J., Tchamova, A., Han, D. & Tacnet, J.-M. (2020), "The SPOTIS rank reversal free method for
// multi-criteria decision-making support", Proc. 23rd Int. Conf. on Information Fusion (FUSION 2020).
#pragma once

#include <utility>
#include <vector>

#include "engine/mcda/matrix.h"

namespace mm::mcda {

struct SpotisParams {
    std::vector<std::pair<double, double>> bounds;  // [min, max] per criterion, max > min, required
    std::vector<double> isp;                        // empty = the default ideal point
};

struct SpotisResult {
    std::vector<double> isp;
    std::vector<double> scores;
    Matrix contribution;  // w_j |x_ij - isp_j| / range_j; rows sum to the score
};

SpotisResult Spotis(const Matrix& x, const std::vector<int>& types, const std::vector<double>& w,
                    const SpotisParams& params);

}  // namespace mm::mcda
