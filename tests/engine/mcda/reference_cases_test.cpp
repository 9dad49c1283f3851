// Every published case of shared/reference/mcda/cases.json through RunReferenceCases, compared with the
// README's rules (tolerance + rtol, exact rankings, sets, booleans); plus the runner's refusal paths.
#include "cli/reference/reference_cases.h"

#include <fstream>

#include <gtest/gtest.h>

#include "cli/reference/reference_compare.h"

namespace mm::mcda {
namespace {

using nlohmann::json;

json LoadCases() {
    std::ifstream in(std::string(MM_SHARED_DIR) + "/reference/mcda/cases.json");
    if (!in) return json();
    return json::parse(in);
}

TEST(ReferenceCases, EveryPublishedCasePasses) {
    const json doc = LoadCases();
    if (doc.is_null()) GTEST_SKIP() << "shared/reference/mcda/cases.json not found under " << MM_SHARED_DIR;
    const json out = RunReferenceCases(doc);
    const json& results = out.at("results");
    ASSERT_EQ(results.size(), doc.at("cases").size());
    int passed = 0;
    for (std::size_t k = 0; k < results.size(); ++k) {
        const json& c = doc.at("cases")[k];
        const json& r = results[k];
        EXPECT_EQ(r.at("id"), c.at("id"));
        // Exactly the expected keys (plus id).
        if (!r.contains("error")) {
            EXPECT_EQ(r.size(), c.at("expected").size() + 1) << c.at("id");
        }
        const std::vector<std::string> problems = CompareReferenceResult(c, r);
        for (const auto& p : problems) ADD_FAILURE() << p;
        if (problems.empty()) ++passed;
    }
    EXPECT_EQ(passed, static_cast<int>(results.size()));
    std::cout << "[ reference ] " << passed << "/" << results.size() << " cases pass\n";
}

json MinimalCase() {
    return json::parse(R"({"id":"t-1","method":"wsm","normalization":"minmax",
        "matrix":[[1,2],[3,4],[5,1]],"weights":[0.5,0.5],"types":[1,-1],
        "params":{"cost_handling":"invert"},"expected":{"scores":[0,0,0]},"tolerance":1e-9})");
}

TEST(ReferenceCases, OutputsExactlyTheExpectedKeys) {
    json c = MinimalCase();
    const json r = RunReferenceCase(c);
    ASSERT_FALSE(r.contains("error")) << r.dump();
    EXPECT_EQ(r.size(), 2u);
    EXPECT_TRUE(r.contains("scores"));
    EXPECT_FALSE(r.contains("ranking"));
}

TEST(ReferenceCases, MalformedDocumentThrowsDistinctType) {
    EXPECT_THROW(RunReferenceCases(json::array()), MalformedDocument);
    EXPECT_THROW(RunReferenceCases(json{{"cases", 3}}), MalformedDocument);
    EXPECT_THROW(RunReferenceCases(json::object()), MalformedDocument);
}

TEST(ReferenceCases, BadCasesBecomeErrorsNamingThePath) {
    json doc = {{"cases", json::array()}};
    json short_row = MinimalCase();
    short_row["matrix"][2] = {5};
    json unknown_method = MinimalCase();
    unknown_method["method"] = "magic";
    json unknown_norm = MinimalCase();
    unknown_norm["normalization"] = "zscore";
    json unknown_param = MinimalCase();
    unknown_param["params"]["alpha"] = 1;
    json unknown_expected = MinimalCase();
    unknown_expected["expected"]["U"] = {1, 2, 3};
    json cost_left = MinimalCase();
    cost_left["params"]["cost_handling"] = "ignore";
    json constant = MinimalCase();
    constant["matrix"] = {{1, 2}, {1, 4}, {1, 1}};
    json not_object = 42;
    for (const json& c : {short_row, unknown_method, unknown_norm, unknown_param, unknown_expected, cost_left,
                          constant, not_object})
        doc["cases"].push_back(c);
    const json out = RunReferenceCases(doc).at("results");
    ASSERT_EQ(out.size(), 8u);
    for (const json& r : out) {
        ASSERT_TRUE(r.contains("error")) << r.dump();
        EXPECT_EQ(r.size(), 2u);
    }
    EXPECT_EQ(out[0].at("error"), "cases[0].matrix[2]: expected 2 numbers, got 1");
    EXPECT_NE(out[1].at("error").get<std::string>().find("unknown method"), std::string::npos);
    EXPECT_NE(out[2].at("error").get<std::string>().find("cases[2].normalization"), std::string::npos);
    EXPECT_NE(out[3].at("error").get<std::string>().find("cases[3].params.alpha"), std::string::npos);
    EXPECT_NE(out[4].at("error").get<std::string>().find("cases[4].expected.U"), std::string::npos);
    EXPECT_NE(out[5].at("error").get<std::string>().find("cost column"), std::string::npos);
    EXPECT_NE(out[6].at("error").get<std::string>().find("constant column"), std::string::npos);
    EXPECT_TRUE(out[7].at("id").is_null());
}

TEST(ReferenceCases, ComparatorAppliesTheReadmeRules) {
    const json c = json::parse(R"({"id":"x","tolerance":0.01,"rtol":0.1,
        "expected":{"scores":[1.0,null],"ranking":[1,2],"kernel":[2,0],"acceptable_advantage":true}})");
    EXPECT_TRUE(CompareReferenceResult(
                    c, json::parse(R"({"id":"x","scores":[1.1,null],"ranking":[1,2],"kernel":[0,2],"acceptable_advantage":true})"))
                    .empty());
    EXPECT_FALSE(CompareReferenceResult(
                     c, json::parse(R"({"id":"x","scores":[1.2,null],"ranking":[1,2],"kernel":[0,2],"acceptable_advantage":true})"))
                     .empty());
    EXPECT_FALSE(CompareReferenceResult(
                     c, json::parse(R"({"id":"x","scores":[1.0,null],"ranking":[1,1],"kernel":[0,2],"acceptable_advantage":true})"))
                     .empty());
    EXPECT_FALSE(CompareReferenceResult(
                     c, json::parse(R"({"id":"x","scores":[1.0,null],"ranking":[1,2],"kernel":[0],"acceptable_advantage":true})"))
                     .empty());
    EXPECT_FALSE(CompareReferenceResult(c, json::parse(R"({"id":"x","error":"no"})")).empty());
}

}  // namespace
}  // namespace mm::mcda
