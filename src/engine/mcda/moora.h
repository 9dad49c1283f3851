// MOORA, three forms on a normalised matrix with oriented types o:
//  ratio system     score_i = sum_{o_j=1} w_j r_ij - sum_{o_j=-1} w_j r_ij               (higher is better);
//  reference point  p_j = max_i r_ij (o_j = 1) or min_i r_ij (o_j = -1); score_i = max_j |w_j (r_ij - p_j)|
//                   (Tchebycheff, lower is better);
//  full multiplicative form  U_i = prod_{o_j=1} (w_j r_ij) / prod_{o_j=-1} (w_j r_ij)      (higher is better).
// Brauers, W. K. M. & Zavadskas, E. K. (2006), "The MOORA method and its application to privatization in a
// transition economy", Control and Cybernetics 35(2) 445-469; Brauers & Zavadskas (2010), "Project management
// by MULTIMOORA as an instrument for transition economies", Technological and Economic Development of
// Economy 16(1) 5-24.
#pragma once

#include <vector>

#include "engine/mcda/matrix.h"

namespace mm::mcda {

struct MooraRatioResult {
    std::vector<double> scores;
    Matrix contribution;  // ±w_j r_ij; rows sum to the score
};

struct MooraRefpointResult {
    std::vector<double> reference_point;  // normalised, unweighted scale
    Matrix deviation;                     // |w_j (r_ij - p_j)|; the score is the row maximum
    std::vector<double> scores;
};

struct MooraFmfResult {
    std::vector<double> U;
    std::vector<double> ln_U;
};

MooraRatioResult MooraRatio(const Matrix& r, const std::vector<int>& o, const std::vector<double>& w);
MooraRefpointResult MooraRefpoint(const Matrix& r, const std::vector<int>& o, const std::vector<double>& w);
MooraFmfResult MooraFmf(const Matrix& r, const std::vector<int>& o, const std::vector<double>& w);

}  // namespace mm::mcda
