// Small helpers shared by the MCDA unit tests: the 5×4 example matrix and vector/matrix comparisons.
#pragma once

#include <vector>

#include <gtest/gtest.h>

#include "engine/mcda/matrix.h"

namespace mm::mcda::testing {

// Price (cost), memory, storage, battery of five devices: the example used by several unit tests; expected
// numbers were computed independently with numpy from the reference README's formulas.
inline Matrix ExampleMatrix() {
    return Matrix::FromRows({{250, 16, 12, 5}, {200, 16, 8, 3}, {300, 32, 16, 4}, {275, 32, 8, 4}, {225, 16, 16, 2}});
}
inline std::vector<int> ExampleTypes() { return {-1, 1, 1, 1}; }
inline std::vector<double> ExampleWeights() { return {0.3, 0.2, 0.35, 0.15}; }

inline void ExpectNear(const std::vector<double>& got, const std::vector<double>& expected, double tol) {
    ASSERT_EQ(got.size(), expected.size());
    for (std::size_t k = 0; k < got.size(); ++k) EXPECT_NEAR(got[k], expected[k], tol) << "index " << k;
}

inline void ExpectNear(const Matrix& got, const std::vector<std::vector<double>>& expected, double tol) {
    ASSERT_EQ(got.Rows(), expected.size());
    for (std::size_t i = 0; i < got.Rows(); ++i) {
        ASSERT_EQ(got.Cols(), expected[i].size());
        for (std::size_t j = 0; j < got.Cols(); ++j) EXPECT_NEAR(got(i, j), expected[i][j], tol) << i << "," << j;
    }
}

}  // namespace mm::mcda::testing
