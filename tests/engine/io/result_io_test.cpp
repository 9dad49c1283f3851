// Result JSON: keys the UI and scripts read, ranking best first, NaN as null, reasons in both languages.
#include "engine/io/result_io.h"

#include <gtest/gtest.h>

#include <sstream>

#include "assets/embedded.h"
#include "decision_fixture.h"
#include "engine/model/presets.h"
#include "engine/decision/scoring.h"

namespace mm {
namespace {

TEST(ResultIo, KeysAndOrder) {
    Profile p = test::BaseProfile();
    p.constraints.deployment = Deployment::kApi;
    Json j = ResultToJson(Decide(test::Fixture(), p));
    for (const char* k :
         {"format", "version", "ok", "errors", "notes", "method", "normalization", "criteria", "weights",
          "ranking", "eliminated", "why_first", "cost_vs_premium", "cheapest", "robustness", "pareto",
          "missing_sensitivity"})
        EXPECT_TRUE(j.contains(k)) << k;
    EXPECT_TRUE(j["ok"].get<bool>());
    const Json& ranking = j["ranking"];
    ASSERT_EQ(ranking.size(), 5u);
    for (std::size_t k = 1; k < ranking.size(); ++k)
        EXPECT_GE(ranking[k - 1]["score"].get<double>(), ranking[k]["score"].get<double>());
    EXPECT_TRUE(ranking[0]["values"].contains("monthly_cost"));
    EXPECT_TRUE(ranking[0]["contributions"].contains("bench.mmlu"));
    const Json& elim = j["eliminated"];
    ASSERT_EQ(elim.size(), 1u);
    EXPECT_EQ(elim[0]["id"], "big-open");
    EXPECT_EQ(elim[0]["reasons"][0]["constraint"], "deployment");
    // Without wording the code stands in; with one (the app's string table in the product), its words.
    EXPECT_EQ(elim[0]["reasons"][0]["en"], "deployment");
    const ResultWording wording{[](const CriterionInfo& c, const std::string& lang) { return lang + ":" + c.id; },
                                [](const ConstraintFailure& f, const std::string& lang) { return lang + ":" + f.constraint; }};
    const Json worded = ResultToJson(Decide(test::Fixture(), p), &wording);
    EXPECT_EQ(worded["eliminated"][0]["reasons"][0]["en"], "en:deployment");
    EXPECT_EQ(worded["eliminated"][0]["reasons"][0]["fr"], "fr:deployment");
    EXPECT_EQ(worded["criteria"][0]["label"]["fr"], "fr:" + worded["criteria"][0]["id"].get<std::string>());
    // How sure the verdict is: class and coverage per row, the winner under each missing-value rule.
    for (const Json& row : ranking) {
        EXPECT_GE(row["class"].get<int>(), 1);
        EXPECT_GE(row["coverage"].get<double>(), 0.0);
        EXPECT_LE(row["coverage"].get<double>(), 1.0);
    }
    ASSERT_EQ(j["missing_sensitivity"].size(), 3u);
    EXPECT_EQ(j["missing_sensitivity"][0]["policy"], "exclude");
    EXPECT_EQ(RankingJson(Decide(test::Fixture(), p)).size(), 5u);
    EXPECT_EQ(j["robustness"]["acceptability"].size(), 5u);
}

TEST(ResultIo, NonFiniteScoresAreNull) {
    Profile p = test::BaseProfile();
    p.constraints.input_modalities = {"image"};  // one survivor: no score
    Json j = ResultToJson(Decide(test::Fixture(), p));
    ASSERT_EQ(j["ranking"].size(), 1u);
    EXPECT_TRUE(j["ranking"][0]["score"].is_null());
    EXPECT_NO_THROW(j.dump());
}

TEST(ResultIo, ErrorsAreListedWithPaths) {
    Profile p = test::BaseProfile();
    p.criteria[0].id = "nope";
    Json j = ResultToJson(Decide(test::Fixture(), p));
    EXPECT_FALSE(j["ok"].get<bool>());
    EXPECT_EQ(j["errors"][0]["path"], "criteria[0].id");
}

// The text reads back as the document, for every method and for the presets on the shipped catalog.
void ExpectTextIsTheDocument(const Result& r, const std::string& what) {
    const Json j = ResultToJson(r);
    EXPECT_EQ(Json::parse(ResultJsonText(r, 1)), j) << what;
    EXPECT_EQ(Json::parse(ResultJsonText(r)), j) << what;
    EXPECT_EQ(Json::parse(RankingJsonText(r)), RankingJson(r)) << what;
    std::ostringstream out;
    WriteResultJson(out, r, 1);
    EXPECT_EQ(out.str(), ResultJsonText(r, 1)) << what;
}

TEST(ResultIo, TextIsTheDocument) {
    for (const std::string& method : RankingMethodNames()) {
        DecideOptions o;
        o.method_override = method;
        ExpectTextIsTheDocument(Decide(test::Fixture(), test::BaseProfile(), o), method);
    }
    CatalogLoad load = LoadCatalog(assets::catalog());
    ASSERT_TRUE(load.Ok());
    for (const Preset& preset : BuiltinPresets()) {
        Profile p = preset.profile;
        p.weighting.mode = WeightMode::kAhp;
        p.weighting.pairwise.assign(p.criteria.size(), std::vector<double>(p.criteria.size(), 1.0));
        ExpectTextIsTheDocument(Decide(*load.catalog, p), preset.id + " ahp");
    }
}

TEST(ResultIo, RepeatedCriterionKeepsItsLastColumn) {
    Result r = Decide(test::Fixture(), test::BaseProfile());
    ASSERT_GE(r.criteria.size(), 2u);
    r.criteria[1].id = r.criteria[0].id;  // not a valid profile; the document keeps one key per id
    const Json row = ResultToJson(r)["ranking"][0];
    const std::size_t i = static_cast<std::size_t>(r.order[0]);
    EXPECT_EQ(row["values"].size(), r.criteria.size() - 1);
    EXPECT_EQ(row["values"][r.criteria[0].id].dump(), Json(r.raw(i, 1)).dump());
}

TEST(ResultIo, KeysAreWrittenInOrder) {
    const std::string text = ResultJsonText(Decide(test::Fixture(), test::BaseProfile()));
    EXPECT_EQ(text.rfind("{\"cheapest\":", 0), 0u) << text.substr(0, 40);
    EXPECT_LT(text.find("\"ranking\":"), text.find("\"robustness\":"));
}

}  // namespace
}  // namespace mm
