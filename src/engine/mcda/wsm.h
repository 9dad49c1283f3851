// Weighted sum model (WSM / SAW): score_i = sum_j w_j r_ij on a normalised matrix with benefit columns only.
// Fishburn, P. C. (1967), "Additive utilities with incomplete product sets", Operations Research 15(3) 537-542;
// MacCrimmon, K. R. (1968), Decision making among multiple-attribute alternatives, RAND RM-4823-ARPA.
#pragma once

#include <vector>

#include "engine/mcda/matrix.h"

namespace mm::mcda {

struct WsmResult {
    std::vector<double> scores;
    Matrix contribution;  // w_j r_ij; each row sums to the score
};

// Hot path for repeated aggregation (Monte-Carlo weights): no checks, no allocation. out has r.Rows() slots.
void WsmScores(const Matrix& r, const std::vector<double>& w, double* out);

// Throws Error when a column is still a cost column (o_j = -1): a sum of mixed directions means nothing.
WsmResult Wsm(const Matrix& r, const std::vector<int>& o, const std::vector<double>& w);

// Shared by the methods that need every column oriented as a benefit (wsm, wpm, waspas).
void RequireBenefitColumns(const std::vector<int>& o, const char* method);

}  // namespace mm::mcda
