// Hard constraints: each failure carries its code and numbers (tests/app/wording_test.cpp checks the wording).
#include "engine/decision/constraints.h"

#include <gtest/gtest.h>

#include "decision_fixture.h"

namespace mm {
namespace {

std::vector<ConstraintFailure> Check(const char* id, const Profile& p) {
    const Model& m = *test::Fixture().FindModel(id);
    return CheckConstraints(m, Derive(m, p), p);
}

const ConstraintFailure* Find(const std::vector<ConstraintFailure>& f, const std::string& id) {
    for (const auto& x : f)
        if (x.constraint == id) return &x;
    return nullptr;
}

TEST(Constraints, NoConstraintPassesEveryAvailableModel) {
    Profile p = test::BaseProfile();
    for (const Model& m : test::Fixture().models) EXPECT_TRUE(Check(m.id.c_str(), p).empty()) << m.id;
}

TEST(Constraints, VramBudgetWithNumbers) {
    Profile p = test::BaseProfile();
    p.constraints.deployment = Deployment::kSelfHost;
    p.constraints.vram_budget_gb = 24;
    p.constraints.kv_context_tokens = 8192;
    auto f = Check("big-open", p);
    const ConstraintFailure* v = Find(f, "vram_budget");
    ASSERT_NE(v, nullptr);
    EXPECT_EQ(v->unit, "GB");
    EXPECT_EQ(*v->required, 24);
    // No self-host data: 70 B x 4.843 bits + a typical KV cache (0.1 MB per token per 10 B) + llama.cpp's buffer
    constexpr double kGib = 1024.0 * 1024 * 1024;
    EXPECT_NEAR(*v->actual, (70e9 * 4.843 / 8 + 0.1e6 * 7 * 8192) / kGib + 0.294, 1e-9);
    EXPECT_TRUE(Check("small-open", p).empty());
    // API-only model under self_host: cannot be self-hosted, and its VRAM is unknown
    auto prem = Check("prem", p);
    EXPECT_NE(Find(prem, "deployment"), nullptr);
    ASSERT_NE(Find(prem, "vram_budget"), nullptr);
    EXPECT_FALSE(Find(prem, "vram_budget")->actual);
}

TEST(Constraints, VramBudgetSkipsApiModelsUnderEither) {
    Profile p = test::BaseProfile();
    p.constraints.vram_budget_gb = 24;
    EXPECT_TRUE(Check("prem", p).empty());       // used through its API
    EXPECT_FALSE(Check("big-open", p).empty());  // no API: must fit
}

TEST(Constraints, EachKindFailsWithItsData) {
    Profile p = test::BaseProfile();
    Constraints& c = p.constraints;
    c.deployment = Deployment::kApi;
    c.open_weights = true;
    c.commercial_use = true;
    c.min_context_tokens = 32000;
    c.languages = {{"fr", 2}};
    c.input_modalities = {"image"};
    c.tool_calling = true;
    c.structured_output = true;
    c.max_monthly_usd = 100;
    c.max_latency_s = 3;
    c.excluded_providers = {"meta"};
    c.include_older = false;
    auto f = Check("code-spec", p);
    for (const char* id : {"commercial_use", "min_context", "language", "input_modality", "tool_calling",
                           "structured_output", "max_latency", "excluded_provider", "older_generation"})
        EXPECT_NE(Find(f, id), nullptr) << id;
    EXPECT_EQ(Find(f, "open_weights"), nullptr);
    EXPECT_EQ(Find(f, "max_monthly_cost"), nullptr);  // 31.2 USD/month
    EXPECT_EQ(*Find(f, "min_context")->actual, 16000);
    EXPECT_EQ(*Find(f, "min_context")->required, 32000);
    EXPECT_FALSE(Find(f, "language")->actual);  // no French evidence at all
    auto prem = Check("prem", p);
    EXPECT_NE(Find(prem, "open_weights"), nullptr);
    EXPECT_NE(Find(prem, "max_monthly_cost"), nullptr);
}

TEST(Constraints, UnknownValuesFailConservatively) {
    Profile p = test::BaseProfile();
    p.constraints.max_latency_s = 100;
    auto f = Check("big-open", p);  // no speed figures
    ASSERT_NE(Find(f, "max_latency"), nullptr);
    EXPECT_FALSE(Find(f, "max_latency")->actual);
}

TEST(Constraints, LanguageLevel) {
    Profile p = test::BaseProfile();
    p.constraints.languages = {{"fr", 3}};
    EXPECT_TRUE(Check("prem", p).empty());
    auto f = Check("mid", p);
    ASSERT_EQ(f.size(), 1u);
}

}  // namespace
}  // namespace mm
