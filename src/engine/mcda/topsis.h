// TOPSIS: V_ij = w_j r_ij; PIS_j / NIS_j = best / worst V of column j by its oriented type o_j;
// score_i = D-_i / (D+_i + D-_i) with D± the Euclidean distances to PIS / NIS (higher is better).
// Hwang, C.-L. & Yoon, K. (1981), Multiple Attribute Decision Making: Methods and Applications, Springer,
// LNEMS 186, pp. 128-140.
#pragma once

#include <vector>

#include "engine/mcda/matrix.h"

namespace mm::mcda {

struct TopsisResult {
    Matrix weighted;  // V (empty when not kept)
    std::vector<double> positive_ideal;
    std::vector<double> negative_ideal;
    std::vector<double> d_plus;
    std::vector<double> d_minus;
    std::vector<double> scores;
};

TopsisResult Topsis(const Matrix& r, const std::vector<int>& o, const std::vector<double>& w);

// Hot path: no checks, no allocation beyond 2n doubles of ideals. out has r.Rows() slots.
void TopsisScores(const Matrix& r, const std::vector<int>& o, const std::vector<double>& w, double* out);

// Closeness from the two distances; refuses 0/0 (an alternative equal to both ideals).
double TopsisCloseness(double d_plus, double d_minus, std::size_t alternative);

}  // namespace mm::mcda
