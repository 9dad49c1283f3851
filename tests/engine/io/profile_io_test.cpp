// Profile JSON: the examples load, to_json/from_json round-trip, every kind of bad input is refused with its
// JSON path, absent keys take the documented defaults, and references are checked against a catalog.
#include "engine/io/profile_io.h"

#include <gtest/gtest.h>

#include "decision_fixture.h"

namespace mm {
namespace {

const char* kMinimal =
    R"({"format": "modelmatrix-profile", "version": 1, "criteria": [{"id": "monthly_cost", "weight": 1}]})";

std::vector<Issue> Issues(const std::string& text) {
    return LoadProfile(text).issues;
}

std::string WithField(const std::string& field) {
    return R"({"format": "modelmatrix-profile", "version": 1, "criteria": [{"id": "monthly_cost", "weight": 1}], )" +
           field + "}";
}

TEST(ProfileIo, MinimalProfileTakesTheDocumentedDefaults) {
    ProfileLoad load = LoadProfile(kMinimal);
    ASSERT_TRUE(load.Ok()) << load.issues[0].ToString();
    const Profile& p = *load.profile;
    EXPECT_EQ(p.workload.requests_per_day, 1000);
    EXPECT_EQ(p.constraints.deployment, Deployment::kEither);
    EXPECT_EQ(p.constraints.quantization, Quantization::kQ4);
    EXPECT_EQ(p.weighting.mode, WeightMode::kDirect);
    EXPECT_EQ(p.method.name, "wsm");
    EXPECT_EQ(p.missing, MissingPolicy::kWorst);
    EXPECT_EQ(p.robustness.samples, 1000);
    EXPECT_EQ(p.robustness.seed, 42u);
}

TEST(ProfileIo, ExamplesLoadAndRoundTrip) {
    for (const char* name : {"fr-support-chatbot", "code-assistant", "rag-confidential",
                             "batch-classification", "on-device", "quick-prototype"}) {
        const std::string text =
            test::ReadText(std::string(MM_SOURCE_DIR) + "/examples/profiles/" + name + ".json");
        ProfileLoad load = LoadProfile(text);
        ASSERT_TRUE(load.Ok()) << name << ": " << load.issues[0].ToString();
        Json once = *load.profile;
        Profile back = once.get<Profile>();
        Json twice = back;
        EXPECT_EQ(once, twice) << name;
    }
}

TEST(ProfileIo, GridIntensityRoundTripsAndIsOptional) {
    EXPECT_FALSE(LoadProfile(kMinimal).profile->workload.grid_g_co2_per_kwh);  // absent: France from selfhost.json
    EXPECT_FALSE(Json(*LoadProfile(kMinimal).profile)["workload"].contains("grid_g_co2_per_kwh"));
    ProfileLoad load = LoadProfile(WithField(R"("workload": {"grid_g_co2_per_kwh": 350.5})"));
    ASSERT_TRUE(load.Ok()) << load.issues[0].ToString();
    EXPECT_DOUBLE_EQ(*load.profile->workload.grid_g_co2_per_kwh, 350.5);
    Json once = *load.profile;
    EXPECT_DOUBLE_EQ(once["workload"]["grid_g_co2_per_kwh"].get<double>(), 350.5);
    EXPECT_EQ(once.get<Profile>(), *load.profile);
    EXPECT_FALSE(LoadProfile(WithField(R"("workload": {"grid_g_co2_per_kwh": null})")).profile->workload.grid_g_co2_per_kwh);
    const auto bad = Issues(WithField(R"("workload": {"grid_g_co2_per_kwh": -1})"));
    ASSERT_EQ(bad.size(), 1u);
    EXPECT_EQ(bad[0].path, "workload.grid_g_co2_per_kwh");
}

// [tokens-per-language] A workload in words of French survives a round trip; one in tokens writes neither key.
TEST(ProfileIo, WorkloadInWordsRoundTrips) {
    ProfileLoad load = LoadProfile(WithField(R"("workload": {"text_unit": "words", "language": "fr", "input_tokens": 800})"));
    ASSERT_TRUE(load.Ok()) << load.issues[0].ToString();
    EXPECT_EQ(load.profile->workload.text_unit, TextUnit::kWords);
    EXPECT_EQ(load.profile->workload.language, "fr");
    Json once = *load.profile;
    EXPECT_EQ(once["workload"]["text_unit"], "words");
    EXPECT_EQ(once["workload"]["language"], "fr");
    EXPECT_EQ(once.get<Profile>(), *load.profile);
    Json tokens = *LoadProfile(kMinimal).profile;
    EXPECT_FALSE(tokens["workload"].contains("text_unit"));
    EXPECT_FALSE(tokens["workload"].contains("language"));
    EXPECT_EQ(LoadProfile(kMinimal).profile->workload.text_unit, TextUnit::kTokens);
}

TEST(ProfileIo, RefusesWithPaths) {
    struct Case {
        std::string text, path, fragment;
    };
    const Case cases[] = {
        {"[1]", "", "expected an object"},
        {R"({"format": "other", "version": 1, "criteria": []})", "format", "modelmatrix-profile"},
        {R"({"format": "modelmatrix-profile", "version": 2, "criteria": []})", "version", "[1, 1]"},
        {WithField(R"("colour": 1)"), "colour", "unknown field"},
        {WithField(R"("workload": {"requests_per_day": -5})"), "workload.requests_per_day", "in [0, 1e+10]"},
        {WithField(R"("workload": {"cached_share": "half"})"), "workload.cached_share", "\"half\""},
        {WithField(R"("workload": {"text_unit": "syllables"})"), "workload.text_unit", "syllables"},
        {WithField(R"("workload": {"text_unit": "words", "language": "de"})"), "workload.language", "\"de\""},
        {WithField(R"("constraints": {"deployment": "cloud"})"), "constraints.deployment",
         "unknown value \"cloud\""},
        {WithField(R"("constraints": {"vram": {"quantization": "q3"}})"), "constraints.vram.quantization",
         "q3"},
        {WithField(R"("constraints": {"vram": {"batch": 1.5}})"), "constraints.vram.batch", "whole number"},
        {WithField(R"("constraints": {"languages": [{"code": "fr", "min_level": 4}]})"),
         "constraints.languages[0].min_level", "[1, 3]"},
        {WithField(R"("constraints": {"input_modalities": ["smell"]})"), "constraints.input_modalities[0]",
         "smell"},
        {WithField(R"("constraints": {"tool_calling": "yes"})"), "constraints.tool_calling", "true or false"},
        {WithField(R"("method": {"name": "magic"})"), "method.name", "unknown method"},
        {WithField(R"("method": {"name": "vikor", "normalization": "minmax"})"), "method.normalization",
         "own normalisation"},
        {WithField(R"("method": {"name": "wsm", "normalization": "fancy"})"), "method.normalization",
         "fancy"},
        {WithField(R"("missing": "zero")"), "missing", "exclude, worst or median"},
        {WithField(R"("weighting": {"mode": "swing"})"), "criteria[0].points", "swing"},
        {WithField(R"("weighting": {"mode": "ahp", "pairwise": [[1, 2], [0.5, 1]]})"), "weighting.pairwise",
         "expected 1 rows"},
        {WithField(R"("weighting": {"mode": "guess"})"), "weighting.mode", "guess"},
        {WithField(R"("robustness": {"samples": -1})"), "robustness.samples", "[0, 1e+06]"},
        {WithField(R"("robustness": {"sampling": "normal"})"), "robustness.sampling", "around or uniform"},
        {WithField(
             R"("user_criteria": [{"id": "Bad Id", "name": "x", "direction": "benefit", "values": {}}])"),
         "user_criteria[0].id", "ids use only"},
        {WithField(R"("user_criteria": [{"id": "t", "name": "x", "direction": "up", "values": {}}])"),
         "user_criteria[0].direction", "benefit or cost"},
        {WithField(
             R"("user_criteria": [{"id": "t", "name": "x", "direction": "cost", "values": {"a": "fast"}}])"),
         "user_criteria[0].values.a", "\"fast\""},
        {R"({"format": "modelmatrix-profile", "version": 1, "criteria": [{"id": "user.t", "weight": 1}]})",
         "criteria[0].id", "no user criterion"},
        {R"({"format": "modelmatrix-profile", "version": 1, "criteria": [{"id": "a", "weight": 1}, {"id": "a", "weight": 1}]})",
         "criteria[1].id", "twice"},
        {R"({"format": "modelmatrix-profile", "version": 1, "criteria": [{"id": "a"}]})",
         "criteria[0].weight", "direct"},
        {R"({"format": "modelmatrix-profile", "version": 1, "criteria": [{"id": "a", "weight": 0}]})",
         "criteria", "every weight is 0"},
        {R"({"format": "modelmatrix-profile", "version": 1, "criteria": []})", "criteria", "at least one"},
        {R"({"format": "modelmatrix-profile", "version": 1})", "criteria", "missing required field"},
        {"{\"format\": ", "line 1, column 12", "invalid JSON"},
    };
    for (const Case& c : cases) {
        auto issues = Issues(c.text);
        ASSERT_FALSE(issues.empty()) << c.text;
        bool found = false;
        for (const Issue& i : issues)
            found = found || (i.path == c.path && i.message.find(c.fragment) != std::string::npos);
        EXPECT_TRUE(found) << c.text << "\n  first issue: " << issues[0].ToString();
        EXPECT_FALSE(LoadProfile(c.text).Ok());
    }
}

TEST(ProfileIo, FromJsonThrowsWithEveryIssue) {
    Json j = Json::parse(WithField(R"("missing": "zero", "colour": 1)"));
    try {
        j.get<Profile>();
        FAIL() << "no exception";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("missing"), std::string::npos);
        EXPECT_NE(std::string(e.what()).find("colour"), std::string::npos);
    }
}

TEST(ProfileIo, ValidateAgainstCatalog) {
    Profile p = test::BaseProfile();
    EXPECT_TRUE(ValidateProfile(p, test::Fixture()).empty());
    p.criteria.push_back({"bench.gpqa", 1.0, {}, {}});
    p.pareto_criteria = {"monthly_cost", "speed"};
    p.user_criteria = {{"faq", "FAQ", "%", Direction::kBenefit, {{"mid", 1}, {"ghost", 2}}}};
    p.constraints.excluded_providers = {"meta", "nobody"};
    p.reference_model = "gpt-9";
    auto issues = ValidateProfile(p, test::Fixture());
    std::vector<std::string> paths;
    for (const Issue& i : issues) paths.push_back(i.path);
    EXPECT_EQ(paths, (std::vector<std::string>{"criteria[3].id", "pareto_criteria[1]",
                                               "user_criteria[0].values.ghost",
                                               "constraints.excluded_providers[1]", "reference_model"}));
    EXPECT_NE(issues[0].message.find("no benchmark \"gpqa\""), std::string::npos);
}

}  // namespace
}  // namespace mm
