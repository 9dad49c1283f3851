// Pareto set: dominance with mixed directions, ties, and the two-criterion frontier in chart order; the sweep
// against every pair compared.
#include "engine/decision/pareto.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>

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

// The sweep against the definition: every pair compared, on data with many equal rows and ties per column.
TEST(Pareto, SweepAgreesWithPairwiseDominance) {
    for (std::size_t n : {1u, 2u, 3u, 5u}) {
        std::uint64_t state = 7 + n;
        auto next = [&] {
            state = state * 6364136223846793005ull + 1442695040888963407ull;
            return static_cast<double>((state >> 33) % 6);  // few distinct values: ties and equal rows
        };
        const std::size_t m = 400;
        mcda::Matrix x(m, n);
        for (std::size_t i = 0; i < m; ++i)
            for (std::size_t j = 0; j < n; ++j) x(i, j) = next();
        std::vector<int> types(n);
        for (std::size_t j = 0; j < n; ++j) types[j] = j % 2 ? -1 : 1;
        auto dominates = [&](std::size_t a, std::size_t b) {
            bool strictly = false;
            for (std::size_t j = 0; j < n; ++j) {
                const double da = types[j] * x(a, j), db = types[j] * x(b, j);
                if (da < db) return false;
                strictly = strictly || da > db;
            }
            return strictly;
        };
        ParetoResult p = ParetoSet(x, types, std::vector<std::string>(n, "c"));
        std::vector<int> expected;
        for (std::size_t b = 0; b < m; ++b) {
            bool dominated = false;
            for (std::size_t a = 0; a < m && !dominated; ++a) dominated = dominates(a, b);
            if (!dominated) expected.push_back(static_cast<int>(b));
        }
        EXPECT_EQ(p.non_dominated, expected) << n;
        for (std::size_t b = 0; b < m; ++b) {
            const int by = p.dominated_by[b];
            const bool kept = std::binary_search(expected.begin(), expected.end(), static_cast<int>(b));
            EXPECT_EQ(by < 0, kept) << n << " " << b;
            if (by < 0) continue;
            EXPECT_TRUE(dominates(static_cast<std::size_t>(by), b));
            EXPECT_TRUE(std::binary_search(expected.begin(), expected.end(), by));
            for (int f : expected) {  // the first non-dominated row that dominates it
                if (f >= by) break;
                EXPECT_FALSE(dominates(static_cast<std::size_t>(f), b));
            }
        }
    }
}

}  // namespace
}  // namespace mm
