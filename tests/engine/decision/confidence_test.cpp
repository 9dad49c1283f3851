// Coverage of known values, rank classes and the winner under each missing-value rule.
#include "engine/decision/confidence.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "assets/embedded.h"
#include "decision_fixture.h"
#include "engine/decision/decision.h"
#include "engine/decision/robustness.h"
#include "engine/model/criteria.h"
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
    const std::vector<int> classes = RankClasses(Scorer(spec, choice, x, {1}), {1.0}, settings, {1, 2, 3});
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
    const std::vector<int> classes = RankClasses(Scorer(spec, choice, x, {1, 1}), {0.5, 0.5}, settings, {1, 1, 2});
    EXPECT_EQ(classes[0], 1);
    EXPECT_EQ(classes[1], 1);
    EXPECT_EQ(classes[2], 3);  // both others are clearly above it
    // Identical rows tie in every sample: same class.
    mcda::Matrix same(3, 2);
    same(0, 0) = same(1, 0) = same(0, 1) = same(1, 1) = 2;
    same(2, 0) = same(2, 1) = 1;
    EXPECT_EQ(RankClasses(Scorer(spec, choice, same, {1, 1}), {0.5, 0.5}, settings, {1, 1, 2}), (std::vector<int>{1, 1, 3}));
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

namespace mm {
namespace {

// Random profiles on the shipped catalog: whenever the result says "#2 overtakes if the weight of C goes from a
// to b", setting that weight to b (others rescaled proportionally) puts #2 strictly ahead of #1; and the change
// is never zero-length.
TEST(FlipSentence, EveryStatedChangeDoesWhatItSays) {
    CatalogLoad load = LoadCatalog(assets::catalog());
    ASSERT_TRUE(load.Ok());
    const Catalog& catalog = *load.catalog;
    const std::vector<CriterionInfo> registry = CriterionRegistry(catalog, Profile{});
    std::vector<std::string> ids;
    for (const CriterionInfo& c : registry)
        if (c.id.rfind("user.", 0) != 0) ids.push_back(c.id);
    ASSERT_GE(ids.size(), 6u);
    Rng rng(2026);
    const char* methods[] = {"wsm", "topsis", "wpm", "vikor"};
    const MissingPolicy policies[] = {MissingPolicy::kWorst, MissingPolicy::kMedian};
    int stated = 0, checked_none = 0;
    for (int trial = 0; trial < 60; ++trial) {
        Profile p = test::BaseProfile();
        p.missing = policies[trial % 2];
        p.method.name = methods[trial % 4];
        p.robustness.samples = 0;
        p.criteria.clear();
        const std::size_t k = 2 + rng.Next() % 4;
        for (std::size_t c = 0; c < k; ++c) {
            const std::string& id = ids[rng.Next() % ids.size()];
            bool dup = false;
            for (const CriterionChoice& have : p.criteria) dup = dup || have.id == id;
            if (!dup) p.criteria.push_back({id, 1.0 + static_cast<double>(rng.Next() % 9), {}, {}});
        }
        DecideOptions o;
        o.pareto = o.missing_sensitivity = false;
        const Result r = Decide(catalog, p, o);
        if (!r.ok || r.order.size() < 2 || !r.robustness) continue;
        const FlipChange& flip = r.robustness->flip;
        if (!flip.found) {
            ++checked_none;
            continue;
        }
        ++stated;
        EXPECT_NE(std::lround(flip.to * 100), std::lround(flip.from * 100)) << "zero-length change, trial " << trial;
        // Apply the stated change as direct weights over the same criteria.
        std::size_t j = 0;
        while (r.criteria[j].id != flip.criterion) ++j;
        Profile q = p;
        q.weighting.mode = WeightMode::kDirect;
        for (std::size_t c = 0; c < q.criteria.size(); ++c)
            q.criteria[c].weight = c == j ? flip.to : r.weights.weights[c] * (1 - flip.to) / (1 - flip.from);
        const Result after = Decide(catalog, q, o);
        ASSERT_TRUE(after.ok);
        const ModelRow* first = after.FindRow(r.rows[r.order[0]].id);
        const ModelRow* second = after.FindRow(r.rows[r.order[1]].id);
        ASSERT_TRUE(first && second);
        EXPECT_TRUE(after.higher_is_better ? second->score > first->score : second->score < first->score)
            << "trial " << trial << ": " << flip.criterion << " " << flip.from << " -> " << flip.to << ", #2 "
            << second->score << " vs #1 " << first->score;
    }
    EXPECT_GE(stated, 10) << "too few stated changes to test";
}

}  // namespace
}  // namespace mm
