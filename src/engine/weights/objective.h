// Objective weights computed from the decision matrix itself (rows = alternatives): entropy, CRITIC,
// standard deviation, variance and MEREC, as defined in shared/reference/mcda/README.md. Each returns
// weights summing to 1 or throws mm::mcda::Error (negative values for entropy, constant columns where a
// formula divides by a range, x <= 0 for MEREC, ...).
#pragma once

#include <string_view>
#include <vector>

#include "engine/mcda/matrix.h"

namespace mm::weights {

// Shannon entropy: Shannon (1948); as a weighting method Zeleny, M. (1982), Multiple Criteria Decision Making,
// McGraw-Hill. Needs x >= 0 and a positive column sum.
std::vector<double> Entropy(const mm::mcda::Matrix& x);

enum class Correlation { Pearson, Spearman };
bool ParseCorrelation(std::string_view name, Correlation* out);

// CRITIC: Diakoulaki, D., Mavrotas, G. & Papayannakis, L. (1995), "Determining objective weights in multiple
// criteria problems: The CRITIC method", Computers & Operations Research 22(7) 763-770.
std::vector<double> Critic(const mm::mcda::Matrix& x, bool scale = true, Correlation correlation = Correlation::Pearson);

// w_j = sigma_j / sum sigma on the raw matrix (Diakoulaki et al. 1995, the standard-deviation method).
std::vector<double> StandardDeviation(const mm::mcda::Matrix& x);

// w_j = var of the min-max scaled column / sum of those variances.
std::vector<double> Variance(const mm::mcda::Matrix& x);

// MEREC: Keshavarz-Ghorabaee, M., Amiri, M., Zavadskas, E. K., Turskis, Z. & Antucheviciene, J. (2021),
// "Determination of objective weights using a new method based on the removal effects of criteria (MEREC)",
// Symmetry 13(4) 525. Needs x > 0 and types (1 benefit, -1 cost).
std::vector<double> Merec(const mm::mcda::Matrix& x, const std::vector<int>& types);

// Average ranks of a column (1-based, ties share the mean rank), used by Spearman's correlation.
std::vector<double> AverageRanks(const std::vector<double>& values);

}  // namespace mm::weights
