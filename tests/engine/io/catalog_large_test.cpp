// LoadCatalog reads the "models" array model by model (JsonLite's deferred root array): the result and the messages
// must be those of a whole-document read (ReadCatalog of the parsed document), and syntax errors keep their place.
#include <gtest/gtest.h>

#include "assets/embedded.h"
#include "engine/io/catalog_io.h"

namespace mm {
namespace {

// The shipped catalog with its models repeated under new ids until the text passes `min_bytes`.
std::string LargeCatalogText(std::size_t min_bytes) {
    std::vector<Issue> issues;
    Json doc = *ParseJson(assets::catalog(), issues);
    const Json models = doc["models"];
    std::size_t copy = 0;
    while (doc.dump().size() < min_bytes) {
        for (Json m : models) {
            m["id"] = "copy" + std::to_string(copy) + "-" + m["id"].get<std::string>();
            m["course_classic"] = false;
            doc["models"].push_back(m);
        }
        ++copy;
    }
    return doc.dump(1);
}

// The same catalog with "models" as the root's last member (nlohmann's dump sorts the keys: models comes before
// providers and sources), which LoadCatalog reads in one pass.
std::string WithModelsLast(const std::string& text) {
    std::vector<Issue> issues;
    Json doc = *ParseJson(text, issues);
    Json rest = doc;
    rest.erase("models");
    std::string out = rest.dump(1);
    out.pop_back();  // the root's '}'
    return out + ",\n \"models\": " + doc["models"].dump(1) + "\n}\n";
}

std::vector<std::string> Messages(const CatalogLoad& load) {
    std::vector<std::string> out;
    for (const Issue& i : load.issues) out.push_back(i.ToString());
    return out;
}

std::vector<std::string> WholeReadMessages(const std::string& text, const CatalogLoadOptions& options = {}) {
    std::vector<Issue> issues;
    auto doc = ParseJson(text, issues, ParseLimits{1u << 30, 64});
    if (!doc) return {issues.at(0).ToString()};
    return Messages(ReadCatalog(*doc, options));
}

TEST(CatalogLarge, ModelsLastOrNotReadTheSame) {
    const std::string sorted = LargeCatalogText(2u << 20);
    const std::string last = WithModelsLast(sorted);
    ASSERT_LT(sorted.find("\"models\""), sorted.find("\"sources\""));
    ASSERT_GT(last.find("\"models\""), last.find("\"sources\""));
    CatalogLoad a = LoadCatalog(sorted), b = LoadCatalog(last);
    ASSERT_TRUE(a.Ok() && b.Ok());
    ASSERT_EQ(a.catalog->models.size(), b.catalog->models.size());
    for (std::size_t i = 0; i < a.catalog->models.size(); i += 13)
        EXPECT_EQ(ModelSummaryJson(a.catalog->models[i]), ModelSummaryJson(b.catalog->models[i])) << i;

    // Problems in several models: the same messages in the same order, both ways and as a whole-document read.
    std::string broken = last;
    for (const char* id : {"\"copy0-gpt-4\"", "\"copy1-gpt-4\""}) {
        const auto at = broken.find(id);
        ASSERT_NE(at, std::string::npos);
        broken.insert(broken.find("\"value\":", broken.find("\"input_per_mtok\"", at)) + 8, "\"free\",\"x\":");
    }
    const auto copy1 = broken.find("\"copy1-");
    broken.replace(copy1, 7, "\"copy0-");  // a duplicate id
    const std::vector<std::string> expected = WholeReadMessages(broken);
    ASSERT_GE(expected.size(), 3u);
    EXPECT_EQ(Messages(LoadCatalog(broken)), expected);
    EXPECT_EQ(Messages(LoadCatalog(WithModelsLast(broken))), expected);
}

TEST(CatalogLarge, OnePassReadKeepsTheLimitsAndTheSyntax) {
    const std::string last = WithModelsLast(LargeCatalogText(2u << 20));
    // Over the model limit: the message names the count, as when the array is counted first.
    CatalogLoadOptions few;
    few.limits.max_models = 10;
    const std::vector<std::string> over = Messages(LoadCatalog(last, few));
    ASSERT_EQ(over.size(), 1u);
    EXPECT_EQ(over, WholeReadMessages(last, few));
    EXPECT_NE(over[0].find("over the limit of 10"), std::string::npos) << over[0];
    // An empty array.
    std::string empty = last.substr(0, last.rfind("\"models\"")) + "\"models\": [ ]}";
    EXPECT_EQ(Messages(LoadCatalog(empty)), std::vector<std::string>{"models: the catalog has no model"});
    // A member after the array (read again with the array counted first), a repeated "models" (nlohmann keeps the
    // last), text after the root, a missing '}'.
    const std::string tail = last.substr(0, last.rfind('}'));
    for (const std::string& text : {tail + ", \"note\": \"after\"}", tail + ", \"models\": []}", tail + "} x", tail,
                                     tail + ", \"colour\": 1}"}) {
        EXPECT_EQ(Messages(LoadCatalog(text)), WholeReadMessages(text)) << text.substr(text.size() - 40);
    }
    EXPECT_TRUE(LoadCatalog(tail + ", \"note\": \"after\"}").Ok());
}

TEST(CatalogLarge, ModelByModelReadEqualsWholeRead) {
    const std::string text = LargeCatalogText(5u << 20);
    CatalogLoad chunked = LoadCatalog(text);
    ASSERT_TRUE(chunked.Ok()) << chunked.issues.at(0).ToString();
    std::vector<Issue> issues;
    CatalogLoad whole = ReadCatalog(*ParseJson(text, issues));
    ASSERT_TRUE(whole.Ok());
    ASSERT_EQ(chunked.catalog->models.size(), whole.catalog->models.size());
    for (std::size_t i = 0; i < whole.catalog->models.size(); i += 97) {
        EXPECT_EQ(ModelSummaryJson(chunked.catalog->models[i]), ModelSummaryJson(whole.catalog->models[i])) << i;
    }
    EXPECT_EQ(chunked.catalog->sources.size(), whole.catalog->sources.size());
    EXPECT_EQ(chunked.catalog->benchmarks.size(), whole.catalog->benchmarks.size());
}

TEST(CatalogLarge, ProblemsKeepTheirPathOrPosition) {
    std::string text = LargeCatalogText(5u << 20);
    // A wrong value deep inside: the JSON path, as for a small catalog.
    std::string wrong = text;
    const auto at = wrong.find("\"copy2-gpt-4\"");
    ASSERT_NE(at, std::string::npos);
    const auto price = wrong.find("\"input_per_mtok\"", at);
    const auto value = wrong.find("\"value\":", price) + 8;
    wrong.insert(value, "\"free\",\"x\":");
    CatalogLoad load = LoadCatalog(wrong);
    ASSERT_FALSE(load.Ok());
    EXPECT_NE(load.issues.at(0).path.find(".pricing.input_per_mtok"), std::string::npos) << load.issues[0].ToString();
    // A syntax error inside a model: line and column in the whole file.
    std::string broken = text;
    broken.insert(broken.find("\"copy1-"), ",,");
    load = LoadCatalog(broken);
    ASSERT_FALSE(load.Ok());
    EXPECT_EQ(load.issues.at(0).path.rfind("line ", 0), 0u) << load.issues[0].ToString();
    // An empty element at the end of the models array.
    std::string trailing = text;
    trailing.insert(trailing.rfind(']'), ",");
    EXPECT_FALSE(LoadCatalog(trailing).Ok());
    // Nesting too deep inside one model.
    std::string deep = text;
    deep.insert(deep.find("\"copy1-"), "\"x\":" + std::string(100, '[') + std::string(100, ']') + ",");
    load = LoadCatalog(deep);
    ASSERT_FALSE(load.Ok());
    EXPECT_NE(load.issues.at(0).message.find("nesting deeper"), std::string::npos) << load.issues[0].ToString();
}

}  // namespace
}  // namespace mm
