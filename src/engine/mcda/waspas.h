// WASPAS: score_i = lambda * sum_j w_j r_ij + (1 - lambda) * prod_j r_ij^w_j (benefit columns, r >= 0).
// Zavadskas, E. K., Turskis, Z., Antucheviciene, J. & Zakarevicius, A. (2012), "Optimization of weighted
// aggregated sum product assessment", Elektronika ir Elektrotechnika 122(6) 3-6.
#pragma once

#include <vector>

#include "engine/mcda/matrix.h"

namespace mm::mcda {

struct WaspasParams {
    double lambda = 0.5;  // in [0, 1]
};

struct WaspasResult {
    std::vector<double> wsm;  // sum_j w_j r_ij
    std::vector<double> wpm;  // prod_j r_ij^w_j
    std::vector<double> scores;
    Matrix contribution;  // lambda * w_j r_ij: the additive part only
};

WaspasResult Waspas(const Matrix& r, const std::vector<int>& o, const std::vector<double>& w,
                    const WaspasParams& params);

}  // namespace mm::mcda
