// Criterion registry and derived figures: monthly cost (cached share, long-context tier), latency, VRAM
// (architecture-based, params-only fallback, MoE), self-host GPUs and cost — every number checked by hand.
#include "engine/model/criteria.h"

#include <gtest/gtest.h>

#include "decision_fixture.h"

namespace mm {
namespace {

const Model& M(const char* id) {
    return *test::Fixture().FindModel(id);
}

TEST(Criteria, RegistryHasFixedBenchmarkAndUserCriteria) {
    Profile p = test::BaseProfile();
    p.user_criteria.push_back({"faq", "FAQ", "%", Direction::kBenefit, {{"mid", 80}}});
    auto reg = CriterionRegistry(test::Fixture(), p);
    ASSERT_NE(FindCriterion(reg, "monthly_cost"), nullptr);
    EXPECT_EQ(FindCriterion(reg, "monthly_cost")->direction, Direction::kCost);
    ASSERT_NE(FindCriterion(reg, "bench.humaneval"), nullptr);
    EXPECT_EQ(FindCriterion(reg, "bench.humaneval")->direction, Direction::kBenefit);
    ASSERT_NE(FindCriterion(reg, "user.faq"), nullptr);
    EXPECT_EQ(FindCriterion(reg, "user.faq")->source, SourceKind::kUser);
    EXPECT_EQ(FindCriterion(reg, "bench.nope"), nullptr);
    EXPECT_EQ(FindCriterion(reg, "user.faq")->name, "FAQ");
    EXPECT_TRUE(FindCriterion(reg, "monthly_cost")->name.empty());  // named by the UI's table
}

TEST(Criteria, MonthlyCostWithCachedShare) {
    DerivedValues d = Derive(M("mid"), test::BaseProfile());
    // (1000 x (0.5 x 3 + 0.5 x 0.3) + 300 x 15) / 1e6 USD per request, x 1000 x 30
    ASSERT_TRUE(d.api_monthly_usd);
    EXPECT_NEAR(*d.api_monthly_usd, 184.5, 1e-9);
    EXPECT_FALSE(d.long_context_tier);
    EXPECT_EQ(d.monthly_basis, "api");
}

TEST(Criteria, LongContextTierReplacesPricesAndKeepsCachedRatio) {
    Profile p = test::BaseProfile();
    p.workload.input_tokens = 150000;  // over the 100 000 threshold
    DerivedValues d = Derive(M("mid"), p);
    ASSERT_TRUE(d.api_monthly_usd);
    EXPECT_TRUE(d.long_context_tier);
    // in 6, cached 0.3 x 6/3 = 0.6, out 22.5
    EXPECT_NEAR(*d.api_monthly_usd, (150000 * (0.5 * 6 + 0.5 * 0.6) + 300 * 22.5) / 1e6 * 30000, 1e-6);
}

TEST(Criteria, MissingCachedPriceBillsAtInputPriceWithFlag) {
    DerivedValues d = Derive(M("prem"), test::BaseProfile());
    ASSERT_TRUE(d.api_monthly_usd);
    EXPECT_TRUE(d.cached_price_assumed);
    EXPECT_NEAR(*d.api_monthly_usd, (1000 * 30 + 300 * 60) / 1e6 * 30000, 1e-9);
}

TEST(Criteria, LatencyIsFirstTokenPlusGeneration) {
    DerivedValues d = Derive(M("mid"), test::BaseProfile());
    ASSERT_TRUE(d.latency_s);
    EXPECT_NEAR(*d.latency_s, 0.5 + 300.0 / 60.0, 1e-12);
    EXPECT_FALSE(Derive(M("big-open"), test::BaseProfile()).latency_s);  // no speed in the catalog: unknown
}

TEST(Criteria, VramFromArchitecture) {
    auto v = EstimateVram(M("small-open"), Quantization::kQ4, 8192, 1);
    ASSERT_TRUE(v);
    EXPECT_TRUE(v->from_architecture);
    EXPECT_NEAR(v->weights_gb, 8 * 4.5 / 8, 1e-12);
    EXPECT_NEAR(v->kv_cache_gb, 2.0 * 32 * 8 * 128 * 8192 * 2 / 1e9, 1e-12);
    EXPECT_NEAR(v->overhead_gb, 1 + 0.45, 1e-12);
    EXPECT_NEAR(v->total_gb, 4.5 + 1.073741824 + 1.45, 1e-9);
    auto v16 = EstimateVram(M("small-open"), Quantization::kFp16, 8192, 4);
    EXPECT_NEAR(v16->weights_gb, 16, 1e-12);
    EXPECT_NEAR(v16->kv_cache_gb, 4 * 1.073741824, 1e-9);  // the cache grows with the batch
}

TEST(Criteria, VramMoeUsesTotalParametersAndFallbackIsFlagged) {
    auto v =
        EstimateVram(M("moe-open"), Quantization::kQ4, 8192, 1);  // 47 B total, 13 B active, no architecture
    ASSERT_TRUE(v);
    EXPECT_FALSE(v->from_architecture);
    EXPECT_NEAR(v->weights_gb, 47 * 4.5 / 8, 1e-12);
    EXPECT_FALSE(EstimateVram(M("prem"), Quantization::kQ4, 8192, 1));  // undisclosed parameters: unknown
}

TEST(Criteria, SelfHostNeedsEnoughGpus) {
    Profile p = test::BaseProfile();
    p.constraints.deployment = Deployment::kSelfHost;
    DerivedValues small = Derive(M("small-open"), p), big = Derive(M("big-open"), p);
    ASSERT_TRUE(small.gpus && big.gpus);
    EXPECT_EQ(*small.gpus, 1);
    EXPECT_EQ(*big.gpus, 2);  // 47.0 GB on 24 GB GPUs
    EXPECT_NEAR(*small.selfhost_monthly_usd, 1 * 1.0 * 10 * 30, 1e-9);
    EXPECT_NEAR(*big.selfhost_monthly_usd, 2 * 1.0 * 10 * 30, 1e-9);
    EXPECT_EQ(big.monthly_basis, "self_host");
    EXPECT_FALSE(Derive(M("prem"), p).monthly_usd);  // API-only under self_host: no monthly cost
    p.workload.gpu_usd_per_hour = 0;                 // unknown GPU price: self-host cost unknown, not 0
    EXPECT_FALSE(Derive(M("small-open"), p).selfhost_monthly_usd);
}

TEST(Criteria, EitherTakesTheCheaperKnownCost) {
    Profile p = test::BaseProfile();
    DerivedValues d = Derive(M("small-open"), p);  // API (0.1/0.2) is far cheaper than a GPU
    EXPECT_EQ(d.monthly_basis, "api");
    EXPECT_EQ(*d.monthly_usd, *d.api_monthly_usd);
}

TEST(Criteria, ValuesOfEachKind) {
    Profile p = test::BaseProfile();
    p.user_criteria.push_back({"faq", "FAQ", "%", Direction::kBenefit, {{"mid", 80}}});
    auto reg = CriterionRegistry(test::Fixture(), p);
    const Model& mid = M("mid");
    DerivedValues d = Derive(mid, p);
    EXPECT_EQ(*CriterionValue(*FindCriterion(reg, "bench.mmlu"), mid, d, p), 88);
    EXPECT_EQ(*CriterionValue(*FindCriterion(reg, "user.faq"), mid, d, p), 80);
    EXPECT_FALSE(CriterionValue(*FindCriterion(reg, "user.faq"), M("prem"), d, p));
    EXPECT_EQ(*CriterionValue(*FindCriterion(reg, "context_tokens"), mid, d, p), 200000);
    EXPECT_EQ(*CriterionValue(*FindCriterion(reg, "relative_cost"), mid, d, p), 3);
    EXPECT_FALSE(CriterionValue(*FindCriterion(reg, "bench.mmlu"), M("code-spec"), d, p));
}

}  // namespace
}  // namespace mm
