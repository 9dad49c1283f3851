// Missing-value policies: exclude lists the gaps, worst and median fill them with a flag, an empty column is
// refused.
#include "engine/decision/missing.h"

#include <gtest/gtest.h>

#include <cmath>

namespace mm {
namespace {

using Cells = std::vector<std::vector<std::optional<double>>>;  // [criterion][model]
const Cells kCells = {{1.0, std::nullopt, 3.0, 5.0}, {10.0, 20.0, std::nullopt, 40.0}};
const std::vector<Direction> kDirs = {Direction::kBenefit, Direction::kCost};
const std::vector<std::string> kNames = {"a", "b"};

TEST(Missing, WorstTakesTheWorstObservedValueByDirection) {
    MissingOutcome o = ApplyMissingPolicy(4, kCells, kDirs, kNames, MissingPolicy::kWorst);
    ASSERT_TRUE(o.error.empty());
    EXPECT_EQ(o.values[0][1], 1.0);   // benefit: the minimum
    EXPECT_EQ(o.values[1][2], 40.0);  // cost: the maximum
    EXPECT_TRUE(o.imputed[0][1]);
    EXPECT_TRUE(o.imputed[1][2]);
    EXPECT_FALSE(o.imputed[0][0]);
    for (const auto& e : o.excluded) EXPECT_TRUE(e.empty());
}

TEST(Missing, MedianOfObservedValues) {
    MissingOutcome o = ApplyMissingPolicy(4, kCells, kDirs, kNames, MissingPolicy::kMedian);
    EXPECT_EQ(o.values[0][1], 3.0);   // median of 1, 3, 5
    EXPECT_EQ(o.values[1][2], 20.0);  // median of 10, 20, 40
    EXPECT_TRUE(o.imputed[0][1]);
}

TEST(Missing, ExcludeListsTheMissingCriteria) {
    MissingOutcome o = ApplyMissingPolicy(4, kCells, kDirs, kNames, MissingPolicy::kExclude);
    EXPECT_TRUE(o.excluded[0].empty());
    EXPECT_EQ(o.excluded[1], std::vector<int>{0});
    EXPECT_EQ(o.excluded[2], std::vector<int>{1});
    EXPECT_FALSE(o.imputed[0][1]);
    EXPECT_TRUE(std::isnan(o.values[0][1]));
}

TEST(Missing, ColumnWithoutAnyValueIsRefused) {
    Cells cells = {{std::nullopt, std::nullopt}, {1.0, 2.0}};
    MissingOutcome o = ApplyMissingPolicy(2, cells, kDirs, kNames, MissingPolicy::kMedian);
    EXPECT_NE(o.error.find("criterion a"), std::string::npos);
}

}  // namespace
}  // namespace mm
