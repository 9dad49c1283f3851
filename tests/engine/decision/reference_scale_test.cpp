// The reference scale (normalization "reference"): the worked example of reference_scale.h, bounds taken from
// the whole catalog, and the property it exists for — a model that every other model beats, added to the
// catalog, never changes the order of the others (random profiles on random sub-catalogs of the shipped one).
#include "engine/decision/reference_scale.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "assets/embedded.h"
#include "decision_fixture.h"
#include "engine/decision/decision.h"
#include "engine/decision/robustness.h"

namespace mm {
namespace {

TEST(ReferenceScale, WorkedExample) {
    const std::vector<std::vector<std::optional<double>>> cols = {{10.0, 6.0, 2.0, 8.0}, {1.0, 5.0, 9.0, 3.0}};
    const std::vector<ReferenceBounds> b = ComputeReferenceBounds(cols, {true, true});
    ASSERT_EQ(b.size(), 2u);
    EXPECT_DOUBLE_EQ(b[0].ideal, 10.0);
    EXPECT_DOUBLE_EQ(b[0].worst, 2.0);
    EXPECT_DOUBLE_EQ(b[1].ideal, 9.0);
    EXPECT_DOUBLE_EQ(b[1].worst, 1.0);
    EXPECT_DOUBLE_EQ(b[0].Apply(8.0), 0.75);
    EXPECT_DOUBLE_EQ(b[1].Apply(3.0), 0.25);
    EXPECT_DOUBLE_EQ(b[1].Apply(0.0), 0.0) << "below the worst bound: clamped";
}

TEST(ReferenceScale, CostColumnsAndOneModelBestOnEverything) {
    // Cost column: ideal is the lowest value. Model 0 is best on both columns, so the next models are asked.
    const std::vector<std::vector<std::optional<double>>> cols = {{9.0, 5.0, 7.0, 1.0}, {1.0, 4.0, 2.0, std::nullopt}};
    const std::vector<ReferenceBounds> b = ComputeReferenceBounds(cols, {true, false});
    EXPECT_DOUBLE_EQ(b[0].ideal, 9.0);
    EXPECT_DOUBLE_EQ(b[1].ideal, 1.0);
    // Model 0 set aside, model 2 leads both columns among the others: worst a = 7, worst b = 2.
    EXPECT_DOUBLE_EQ(b[0].worst, 7.0);
    EXPECT_DOUBLE_EQ(b[1].worst, 2.0);
    EXPECT_DOUBLE_EQ(b[1].Apply(1.5), 0.5);
}

TEST(ReferenceScale, BoundsComeFromTheWholeCatalogNotTheSurvivors) {
    Profile p = test::BaseProfile();
    p.method.normalization = "reference";
    p.robustness.samples = 0;
    DecideOptions o;
    o.pareto = o.missing_sensitivity = false;
    const Result all = Decide(test::Fixture(), p, o);
    ASSERT_TRUE(all.ok) << (all.errors.empty() ? "" : all.errors[0].message);
    EXPECT_EQ(all.normalization, "reference");
    p.constraints.open_weights = true;  // fewer survivors, same scale
    const Result open = Decide(test::Fixture(), p, o);
    ASSERT_TRUE(open.ok);
    ASSERT_EQ(open.reference.size(), all.reference.size());
    for (std::size_t j = 0; j < all.reference.size(); ++j) {
        EXPECT_EQ(open.reference[j].worst, all.reference[j].worst);
        EXPECT_EQ(open.reference[j].ideal, all.reference[j].ideal);
    }
    const bool separate = std::none_of(all.constant.begin(), all.constant.end(), [](bool b) { return b; }) &&
                          std::none_of(open.constant.begin(), open.constant.end(), [](bool b) { return b; });
    for (const ModelRow& r : separate ? open.rows : std::vector<ModelRow>{}) {
        const ModelRow* same = all.FindRow(r.id);
        ASSERT_NE(same, nullptr);
        EXPECT_NEAR(r.score, same->score, 1e-12) << r.id << ": a score does not depend on the other survivors";
    }
    // Products cannot take the scale's zeros: a clear refusal.
    p.method.name = "wpm";
    const Result wpm = Decide(test::Fixture(), p, o);
    EXPECT_FALSE(wpm.ok);
}

std::vector<std::string> OrderWithout(const Result& r, const std::string& id) {
    std::vector<std::string> out;
    for (int i : r.order)
        if (r.rows[static_cast<std::size_t>(i)].id != id) out.push_back(r.rows[static_cast<std::size_t>(i)].id);
    return out;
}

// Random sub-catalogs of the shipped catalog and random profiles over 2-5 measured criteria (benefit or cost,
// random weights). The dominated model is worse than every other model on every criterion. The missing-value
// rule is "exclude": the filled-in median or worst depend on the ranked set by definition, whatever the scale.
TEST(ReferenceScale, ADominatedModelNeverChangesTheOthersOrder) {
    CatalogLoad load = LoadCatalog(assets::catalog());
    ASSERT_TRUE(load.Ok());
    const Catalog& shipped = *load.catalog;
    Rng rng(1313);
    int reversals_minmax = 0, trials = 0;
    for (int trial = 0; trial < 150; ++trial) {
        Catalog c = shipped;
        const std::size_t size = 4 + rng.Next() % 27;
        c.models.clear();
        for (std::size_t k = 0; k < size; ++k) {
            const Model& m = shipped.models[rng.Next() % shipped.models.size()];
            if (!c.FindModel(m.id)) c.models.push_back(m);
        }
        if (c.models.size() < 3) continue;
        Profile p;
        p.robustness.samples = 0;
        p.missing = MissingPolicy::kExclude;
        const std::size_t k = 2 + rng.Next() % 4;
        Model dominated = c.models[0];
        dominated.id = "dominated-by-all";
        dominated.name = "Dominated by all";
        for (std::size_t j = 0; j < k; ++j) {
            UserCriterion u;
            u.id = "m" + std::to_string(j);
            u.name = u.id;
            u.unit = "%";
            u.direction = rng.Next() % 3 == 0 ? Direction::kCost : Direction::kBenefit;
            double lo = 1e300, hi = -1e300;
            for (const Model& m : c.models) {
                const double v = static_cast<double>(rng.Next() % 1000) / 10.0;
                u.values.push_back({m.id, v});
                lo = std::min(lo, v), hi = std::max(hi, v);
            }
            const double gap = 1.0 + static_cast<double>(rng.Next() % 50);
            u.values.push_back({dominated.id, u.direction == Direction::kBenefit ? lo - gap : hi + gap});
            p.user_criteria.push_back(u);
            p.criteria.push_back({"user." + u.id, 1.0 + static_cast<double>(rng.Next() % 9), {}, {}});
        }
        Catalog with = c;
        with.models.push_back(dominated);
        DecideOptions o;
        o.pareto = o.missing_sensitivity = false;
        ++trials;
        for (const char* normalization : {"reference", ""}) {
            p.method.normalization = normalization;
            Profile without = p;  // the dominated model's values only where it exists
            for (UserCriterion& u : without.user_criteria) u.values.pop_back();
            const Result before = Decide(c, without, o), after = Decide(with, p, o);
            ASSERT_TRUE(before.ok && after.ok)
                << "trial " << trial << ": "
                << (before.errors.empty() ? (after.errors.empty() ? "" : after.errors[0].ToString()) : before.errors[0].ToString());
            const ModelRow* d = after.FindRow(dominated.id);
            ASSERT_NE(d, nullptr);
            EXPECT_EQ(d->rank, after.rows[static_cast<std::size_t>(after.order.back())].rank)
                << "trial " << trial << ": the dominated model ranks last (ties included)";
            const bool same = OrderWithout(before, dominated.id) == OrderWithout(after, dominated.id);
            if (*normalization) EXPECT_TRUE(same) << "trial " << trial << ": the reference scale reversed a rank";
            else reversals_minmax += same ? 0 : 1;
        }
    }
    EXPECT_GE(trials, 100);
    EXPECT_GT(reversals_minmax, 0) << "min-max over the ranked models should show the rank reversal the scale avoids";
}

}  // namespace
}  // namespace mm
