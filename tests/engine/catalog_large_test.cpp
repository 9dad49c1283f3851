// LoadCatalog reads the "models" array model by model (JsonLite's deferred root array): the result and the messages
// must be those of a whole-document read (ReadCatalog of the parsed document), and syntax errors keep their place.
#include <gtest/gtest.h>

#include "assets/embedded.h"
#include "engine/catalog_io.h"

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
