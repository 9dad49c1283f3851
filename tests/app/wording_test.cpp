// The words around the engine's codes: elimination reasons and criterion names/help from the string table,
// and the result JSON's "en"/"fr" fields filled by TableWording().
#include "app/wording.h"

#include <gtest/gtest.h>

#include "../engine/decision_fixture.h"
#include "app/i18n.h"

namespace mm::app {
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

TEST(Wording, VramBudget) {
    Profile p = test::BaseProfile();
    p.constraints.deployment = Deployment::kSelfHost;
    p.constraints.vram_budget_gb = 24;
    p.constraints.kv_context_tokens = 8192;
    const auto f = Check("big-open", p);
    const ConstraintFailure* v = Find(f, "vram_budget");
    ASSERT_NE(v, nullptr);
    // 70 B x 4.843 bits + a typical KV cache + llama.cpp's buffer (no self-host data in the fixture)
    EXPECT_EQ(FormatFailure(*v, "en"), "needs 45.1 GB at 4-bit, budget 24 GB");
    EXPECT_EQ(FormatFailure(*v, "fr"), "demande 45,1 Go en 4 bits, budget 24 Go");
}

TEST(Wording, EachKind) {
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
    const auto f = Check("code-spec", p);
    EXPECT_EQ(FormatFailure(*Find(f, "language"), "en"), "no evidence of support for language fr");
    EXPECT_EQ(FormatFailure(*Find(f, "max_latency"), "en"), "latency 7.90 s, maximum 3 s");
    const auto prem = Check("prem", p);
    EXPECT_EQ(FormatFailure(*Find(prem, "max_monthly_cost"), "en"), "costs $1440/month, maximum $100");
    EXPECT_EQ(FormatFailure(*Find(prem, "max_monthly_cost"), "fr"), "coûte 1440 $/mois, maximum 100 $");
    // Every kind has its own sentence in both languages (never the bare code).
    for (const auto* list : {&f, &prem})
        for (const ConstraintFailure& x : *list)
            for (const char* lang : {"en", "fr"}) EXPECT_NE(FormatFailure(x, lang), x.constraint) << x.constraint;
}

TEST(Wording, UnknownValuesAndLanguageLevel) {
    Profile p = test::BaseProfile();
    p.constraints.max_latency_s = 100;
    EXPECT_EQ(FormatFailure(*Find(Check("big-open", p), "max_latency"), "en"),
              "latency unknown (throughput or first-token time not measured)");
    Profile q = test::BaseProfile();
    q.constraints.languages = {{"fr", 3}};
    const auto f = Check("mid", q);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(FormatFailure(f[0], "en"), "language fr: evidence level 2, minimum 3");
    EXPECT_EQ(FormatFailure(f[0], "fr"), "langue fr : niveau de preuve 2, minimum 3");
}

TEST(Wording, FormatShort) {
    EXPECT_EQ(FormatShort(48.345, "en"), "48.3");
    EXPECT_EQ(FormatShort(48.345, "fr"), "48,3");
    EXPECT_EQ(FormatShort(24, "en"), "24");
    EXPECT_EQ(FormatShort(1234.5, "en"), "1234");
    EXPECT_EQ(FormatShort(0.25, "en"), "0.25");
}

TEST(Wording, EveryCriterionHasANameAndHelpInBothLanguages) {
    Profile p = test::BaseProfile();
    p.user_criteria.push_back({"faq", "FAQ", "%", Direction::kBenefit, {{"mid", 80}}});
    for (const CriterionInfo& c : CriterionRegistry(test::Fixture(), p))
        for (const char* lang : {"en", "fr"}) {
            EXPECT_NE(CriterionName(c, lang), c.id) << c.id;
            EXPECT_FALSE(CriterionHelp(c, test::Fixture(), lang).empty()) << c.id;
        }
    const std::vector<CriterionInfo> registry = CriterionRegistry(test::Fixture(), p);
    const CriterionInfo* cost = FindCriterion(registry, "monthly_cost");
    ASSERT_NE(cost, nullptr);
    EXPECT_EQ(CriterionName(*cost, "fr"), "Coût mensuel");
    EXPECT_EQ(MissingKeys(), std::vector<std::string>{});
}

TEST(Wording, ResultJsonCarriesTheTableWording) {
    Profile p = test::BaseProfile();
    p.constraints.languages = {{"fr", 3}};
    const Json j = ResultToJson(Decide(test::Fixture(), p), &TableWording());
    bool found = false;
    for (const Json& e : j.at("eliminated"))
        if (e.at("id") == "mid") {
            EXPECT_EQ(e.at("reasons").at(0).at("fr"), "langue fr : niveau de preuve 2, minimum 3");
            found = true;
        }
    EXPECT_TRUE(found);
    EXPECT_EQ(j.at("criteria").at(0).at("label").at("fr"), CriterionName(Decide(test::Fixture(), p).criteria[0], "fr"));
}

}  // namespace
}  // namespace mm::app
