// Pareto set: dominance with mixed directions, ties, and the two-criterion frontier in chart order.
#include "engine/pareto.h"

#include <gtest/gtest.h>

namespace mm {
namespace {

TEST(Pareto, CostAgainstQuality) {
    // columns: monthly cost (cost), quality (benefit)
    mcda::Matrix x = mcda::Matrix::FromRows({{10, 50}, {20, 70}, {30, 65}, {5, 40}, {20, 70}, {40, 90}});
    ParetoResult p = ParetoSet(x, {-1, 1}, {"cost", "quality"});
    EXPECT_EQ(p.non_dominated, (std::vector<int>{0, 1, 3, 4, 5}));  // 1 and 4 are equal: neither dominates
    EXPECT_EQ(p.dominated_by[2], 1);
    EXPECT_EQ(p.frontier, (std::vector<int>{3, 0, 1, 4, 5}));
}

TEST(Pareto, ThreeCriteriaHaveNoFrontierAndEmptyInputIsEmpty) {
    mcda::Matrix x = mcda::Matrix::FromRows({{1, 2, 3}, {0, 1, 2}});
    ParetoResult p = ParetoSet(x, {1, 1, 1}, {"a", "b", "c"});
    EXPECT_EQ(p.non_dominated, std::vector<int>{0});
    EXPECT_TRUE(p.frontier.empty());
    ParetoResult e = ParetoSet(mcda::Matrix(0, 2), {1, 1}, {"a", "b"});
    EXPECT_TRUE(e.non_dominated.empty());
}

}  // namespace
}  // namespace mm
