// PROMETHEE II (own differences on the raw matrix): pi(a,b) = sum_j w_j P_j(d_j(a,b)) with Brans' preference
// functions; score = net flow phi(a) = (1/(m-1)) sum_{b != a} (pi(a,b) - pi(b,a)) (higher is better).
// Brans, J.-P. & Vincke, Ph. (1985), "A preference ranking organisation method: The PROMETHEE method for
// MCDM", Management Science 31(6) 647-656.
#pragma once

#include <string_view>
#include <vector>

#include "engine/mcda/matrix.h"

namespace mm::mcda {

// Brans types I..V; names as in the reference README.
enum class PreferenceFunction { Usual, UShape, VShape, Level, Linear };

bool ParsePreferenceFunction(std::string_view name, PreferenceFunction* out);
const char* PreferenceFunctionName(PreferenceFunction f);

struct PrometheeParams {
    std::vector<PreferenceFunction> functions;  // one per criterion
    // Thresholds per criterion; empty = none given, NaN = not given for that criterion. A function that
    // needs a missing threshold is refused.
    std::vector<double> p;
    std::vector<double> q;
};

struct PrometheeResult {
    std::vector<double> positive_flow;  // (1/(m-1)) sum_b pi(a,b)
    std::vector<double> negative_flow;  // (1/(m-1)) sum_b pi(b,a)
    std::vector<double> scores;         // net flow
    Matrix contribution;                // criterion j's share of the net flow; rows sum to the score
};

// P(d) of one preference function (thresholds already validated).
double PreferenceValue(PreferenceFunction f, double d, double p, double q);

PrometheeResult Promethee2(const Matrix& x, const std::vector<int>& types, const std::vector<double>& w,
                           const PrometheeParams& params);

}  // namespace mm::mcda
