// Result JSON: keys the UI and scripts read, ranking best first, NaN as null, reasons in both languages.
#include "engine/result_io.h"

#include <gtest/gtest.h>

#include "decision_fixture.h"

namespace mm {
namespace {

TEST(ResultIo, KeysAndOrder) {
    Profile p = test::BaseProfile();
    p.constraints.deployment = Deployment::kApi;
    Json j = ResultToJson(Decide(test::Fixture(), p));
    for (const char* k :
         {"format", "version", "ok", "errors", "notes", "method", "normalization", "criteria", "weights",
          "ranking", "eliminated", "why_first", "cost_vs_premium", "cheapest", "robustness", "pareto"})
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
    EXPECT_EQ(elim[0]["reasons"][0]["en"], "no API available");
    EXPECT_EQ(elim[0]["reasons"][0]["fr"], "pas d'API disponible");
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

}  // namespace
}  // namespace mm
