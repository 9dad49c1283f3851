// Weighted product model: score_i = prod_j r_ij^w_j on a normalised matrix with benefit columns and r > 0;
// scores_log10 = sum_j w_j log10 r_ij (scikit-criteria's reporting scale).
// Bridgman, P. W. (1922), Dimensional Analysis, Yale University Press; Miller, D. W. & Starr, M. K. (1969),
// Executive Decisions and Operations Research, Prentice-Hall.
#pragma once

#include <vector>

#include "engine/mcda/matrix.h"

namespace mm::mcda {

struct WpmResult {
    std::vector<double> scores;
    std::vector<double> scores_log10;
    Matrix log10_contribution;  // w_j log10 r_ij; rows sum to scores_log10
};

WpmResult Wpm(const Matrix& r, const std::vector<int>& o, const std::vector<double>& w);

}  // namespace mm::mcda
