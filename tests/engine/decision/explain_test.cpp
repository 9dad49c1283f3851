// Explanations: the ratio wording, pair deltas with and without contributions, premium comparisons.
#include "engine/decision/explain.h"

#include <gtest/gtest.h>

#include "decision_fixture.h"

namespace mm {
namespace {

TEST(Explain, RatioText) {
    EXPECT_EQ(RatioText(1, 40), "1/40");
    EXPECT_EQ(RatioText(3, 121), "1/40");
    EXPECT_EQ(RatioText(2, 5), "1/2.5");
    EXPECT_EQ(RatioText(1, 1234), "1/1200");
    EXPECT_EQ(RatioText(30, 10), "3x");
    EXPECT_EQ(RatioText(0, 10), "free");
    EXPECT_EQ(RatioText(1, 0), "");
}

TEST(Explain, PairFromContributionsSortedByImpact) {
    mcda::Matrix x = mcda::Matrix::FromRows({{1, 10}, {2, 30}});
    mcda::Matrix c = mcda::Matrix::FromRows({{0.1, 0.5}, {0.3, 0.0}});
    PairExplanation p =
        ExplainPair(0, 1, "a", "b", {"speed", "cost"}, x, {1, -1}, {0.5, 0.5}, c, {0.6, 0.3});
    EXPECT_EQ(p.basis, "contribution");
    EXPECT_NEAR(p.score_gap, 0.3, 1e-12);
    ASSERT_EQ(p.deltas.size(), 2u);
    EXPECT_EQ(p.deltas[0].criterion, "cost");
    EXPECT_NEAR(p.deltas[0].delta, 0.5, 1e-12);
    EXPECT_NEAR(p.deltas[1].delta, -0.2, 1e-12);
}

TEST(Explain, PairWithoutContributionsUsesWeightedNormalisedDifferences) {
    mcda::Matrix x = mcda::Matrix::FromRows({{1, 10}, {2, 30}, {3, 20}});
    PairExplanation p = ExplainPair(0, 1, "a", "b", {"speed", "cost"}, x, {1, -1}, {0.4, 0.6},
                                    mcda::Matrix(), {0.6, 0.3, 0.1});
    EXPECT_EQ(p.basis, "weighted_normalized");
    EXPECT_EQ(p.deltas[0].criterion, "cost");
    EXPECT_NEAR(p.deltas[0].delta, 0.6 * (30 - 10) / 20.0, 1e-12);
    EXPECT_NEAR(p.deltas[1].delta, 0.4 * (1 - 2) / 2.0, 1e-12);
}

TEST(Explain, CompareCostsNamesTheReferences) {
    const Catalog& c = test::Fixture();
    Profile p = test::BaseProfile();
    std::vector<DerivedValues> all;
    for (const Model& m : c.models) all.push_back(Derive(m, p));
    int small = 0;
    while (c.models[small].id != "small-open") ++small;
    auto out = CompareCosts(c, all, small, "mid");
    ASSERT_EQ(out.size(), 2u);  // the priciest current model is "mid" again: listed once
    EXPECT_EQ(out[0].reason, "user");
    EXPECT_EQ(out[0].reference, "mid");
    EXPECT_EQ(out[1].reason, "course_premium");
    EXPECT_EQ(out[1].reference, "prem");
    EXPECT_NEAR(out[1].ratio, *all[small].monthly_usd / 1440, 1e-12);
}

}  // namespace
}  // namespace mm
