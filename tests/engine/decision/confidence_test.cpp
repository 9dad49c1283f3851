// Coverage of known values, rank classes and the winner under each missing-value rule.
#include "engine/decision/confidence.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "decision_fixture.h"
#include "engine/decision/decision.h"
#include "engine/mcda/matrix.h"

namespace mm {
namespace {

TEST(Coverage, ShareOfWeightOnKnownValues) {
    const std::vector<std::vector<bool>> imputed = {{false, false, false}, {true, false, false}, {true, true, true}};
    const std::vector<double> c = WeightCoverage(imputed, {0.5, 0.3, 0.2});
    ASSERT_EQ(c.size(), 3u);
    EXPECT_DOUBLE_EQ(c[0], 1.0);
    EXPECT_NEAR(c[1], 0.5, 1e-12);
    EXPECT_NEAR(c[2], 0.0, 1e-12);
    // No weight at all: nothing rests on a filled-in value.
    EXPECT_DOUBLE_EQ(WeightCoverage({{true}}, {0.0})[0], 1.0);
}

TEST(Coverage, DecideReportsItPerRow) {
    const Result r = Decide(test::Fixture(), test::BaseProfile());
    ASSERT_TRUE(r.ok);
    // code-spec has no MMLU (weight 0.5), big-open no speed (latency, weight 0.2); the others are complete.
    for (const ModelRow& row : r.rows) {
        const double expected = row.id == "code-spec" ? 0.5 : row.id == "big-open" ? 0.8 : 1.0;
        EXPECT_NEAR(row.coverage, expected, 1e-12) << row.id;
    }
}

TEST(RankClasses, ClearlySeparatedRowsGetTheirOwnClass) {
    // One criterion: the sampled weight cannot change the order, every row is alone in its class.
    mcda::Matrix x(3, 1);
    x(0, 0) = 3, x(1, 0) = 2, x(2, 0) = 1;
    MethodSpec spec;
    std::string error;
    MethodChoice choice;
    ASSERT_TRUE(ResolveMethod(choice, &spec, &error)) << error;
    RobustnessSettings settings;
    settings.samples = 200;
    const std::vector<int> classes = RankClasses(Scorer(spec, choice, x, {1}), {1.0}, settings);
    EXPECT_EQ(classes, (std::vector<int>{1, 2, 3}));
}

TEST(RankClasses, RowsTheSamplingCannotSeparateShareAClass) {
    // Two criteria that pull in opposite directions with equal weights: rows 0 and 1 swap under any small change
    // of weights; row 2 is dominated by both.
    mcda::Matrix x(3, 2);
    x(0, 0) = 1.0, x(0, 1) = 0.0;
    x(1, 0) = 0.0, x(1, 1) = 1.0;
    x(2, 0) = 0.0, x(2, 1) = 0.0;
    MethodSpec spec;
    std::string error;
    MethodChoice choice;
    ASSERT_TRUE(ResolveMethod(choice, &spec, &error)) << error;
    RobustnessSettings settings;
    settings.samples = 500;
    const std::vector<int> classes = RankClasses(Scorer(spec, choice, x, {1, 1}), {0.5, 0.5}, settings);
    EXPECT_EQ(classes[0], 1);
    EXPECT_EQ(classes[1], 1);
    EXPECT_EQ(classes[2], 3);  // both others are clearly above it
    // Identical rows tie in every sample: same class.
    mcda::Matrix same(2, 1);
    same(0, 0) = same(1, 0) = 5;
    EXPECT_EQ(RankClasses(Scorer(spec, choice, same, {1}), {1.0}, settings), (std::vector<int>{1, 1}));
}

TEST(RankClasses, DecideGivesEveryRowAClassThatNeverGoesDownTheOrder) {
    const Result r = Decide(test::Fixture(), test::BaseProfile());
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(r.rows[r.order[0]].rank_class, 1);
    for (std::size_t k = 1; k < r.order.size(); ++k) {
        const ModelRow& above = r.rows[r.order[k - 1]];
        const ModelRow& row = r.rows[r.order[k]];
        EXPECT_GE(row.rank_class, above.rank_class) << row.id;
        EXPECT_LE(row.rank_class, static_cast<int>(k) + 1) << row.id;
    }
    // Without sampling the class is the rank.
    DecideOptions o;
    o.robustness = false;
    const Result q = Decide(test::Fixture(), test::BaseProfile(), o);
    for (const ModelRow& row : q.rows) EXPECT_EQ(row.rank_class, row.rank) << row.id;
}

TEST(MissingSensitivity, OneWinnerPerRuleAsIfTheProfileHadChosenIt) {
    const Profile base = test::BaseProfile();
    const Result r = Decide(test::Fixture(), base);
    ASSERT_EQ(r.missing_sensitivity.size(), 3u);
    for (const MissingWinner& w : r.missing_sensitivity) {
        Profile p = base;
        p.missing = w.policy;
        const Result other = Decide(test::Fixture(), p);
        ASSERT_TRUE(other.Top());
        EXPECT_EQ(w.winner, other.Top()->id) << ToString(w.policy);
    }
    EXPECT_EQ(r.missing_sensitivity[1].policy, MissingPolicy::kWorst);
    EXPECT_EQ(r.missing_sensitivity[1].winner, r.Top()->id);
}

}  // namespace
}  // namespace mm
