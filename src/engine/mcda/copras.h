// COPRAS: S+_i = sum over o_j = 1 of w_j r_ij, S-_i = sum over o_j = -1 of w_j r_ij;
// textbook Q_i = S+_i + sum_k S-_k / (S-_i sum_k 1/S-_k); pymcdm (since 2024-03) Q_i = S+_i + S-_i.
// Score = Q_i / max Q (higher is better), also in percent.
// Zavadskas, E. K., Kaklauskas, A. & Sarka, V. (1994), "The new method of multicriteria complex proportional
// assessment of projects", Technological and Economic Development of Economy 1(3) 131-139.
#pragma once

#include <string_view>
#include <vector>

#include "engine/mcda/matrix.h"

namespace mm::mcda {

enum class CoprasVariant { Textbook, PymcdmSumOfS };

bool ParseCoprasVariant(std::string_view name, CoprasVariant* out);
const char* CoprasVariantName(CoprasVariant v);

struct CoprasParams {
    CoprasVariant variant = CoprasVariant::Textbook;
};

struct CoprasResult {
    std::vector<double> s_plus;
    std::vector<double> s_minus;
    std::vector<double> q;
    std::vector<double> scores;          // Q / max Q
    std::vector<double> scores_percent;  // 100 Q / max Q
    Matrix contribution;                 // pymcdm_sum_of_S only: w_j r_ij / max Q (rows sum to the score)
};

CoprasResult Copras(const Matrix& r, const std::vector<int>& o, const std::vector<double>& w,
                    const CoprasParams& params);

}  // namespace mm::mcda
