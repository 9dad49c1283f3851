// VIKOR (own linear normalisation): d_ij = (f*_j - x_ij)/(f*_j - f-_j); S_i = sum_j w_j d_ij,
// R_i = max_j w_j d_ij, Q_i = v (S_i - S*)/(S- - S*) + (1 - v)(R_i - R*)/(R- - R*) (lower is better),
// with the acceptable-advantage / acceptable-stability tests and the compromise set.
// Opricovic, S. & Tzeng, G.-H. (2004), "Compromise solution by MCDM methods: A comparative analysis of VIKOR
// and TOPSIS", European Journal of Operational Research 156(2) 445-455.
#pragma once

#include <vector>

#include "engine/mcda/matrix.h"

namespace mm::mcda {

struct VikorParams {
    double v = 0.5;  // weight of the group utility S, in [0, 1]
};

struct VikorResult {
    std::vector<double> f_best;   // f*_j
    std::vector<double> f_worst;  // f-_j
    std::vector<double> S;
    std::vector<double> R;
    std::vector<double> Q;
    std::vector<int> ranking_by_Q;
    std::vector<int> ranking_with_compromise_set;
    std::vector<int> compromise_set;  // 0-based indices, ascending
    bool acceptable_advantage = false;
    bool acceptable_stability = false;
};

VikorResult Vikor(const Matrix& x, const std::vector<int>& types, const std::vector<double>& w,
                  const VikorParams& params);

}  // namespace mm::mcda
