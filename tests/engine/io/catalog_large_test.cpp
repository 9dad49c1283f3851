// LoadCatalog on a catalog of a few MB (the shipped models repeated under new ids): every model reads back equal to
// its original, and problems deep inside keep their JSON path or their line and column.
#include <gtest/gtest.h>

#include <tuple>

#include "assets/embedded.h"
#include "engine/io/catalog_io.h"

namespace mm {

// Field-by-field equality of the catalog's value types (the tests' own: the engine compares ids, not models).
bool operator==(const Figure& a, const Figure& b) {
    return std::tie(a.state, a.basis, a.number, a.text, a.source, a.as_of, a.note) ==
           std::tie(b.state, b.basis, b.number, b.text, b.source, b.as_of, b.note);
}
bool operator==(const NamedFigure& a, const NamedFigure& b) { return a.id == b.id && a.figure == b.figure; }
bool operator==(const LocalizedText& a, const LocalizedText& b) { return a.en == b.en && a.fr == b.fr; }
bool operator==(const LongContextPrice& a, const LongContextPrice& b) {
    return std::tie(a.threshold_tokens, a.input_per_mtok, a.output_per_mtok) ==
           std::tie(b.threshold_tokens, b.input_per_mtok, b.output_per_mtok);
}
bool operator==(const Pricing& a, const Pricing& b) {
    return std::tie(a.input_per_mtok, a.output_per_mtok, a.cached_input_per_mtok, a.long_context, a.host) ==
           std::tie(b.input_per_mtok, b.output_per_mtok, b.cached_input_per_mtok, b.long_context, b.host);
}
bool operator==(const License& a, const License& b) {
    return std::tie(a.name, a.license_class, a.commercial_use, a.restrictions, a.url, a.source) ==
           std::tie(b.name, b.license_class, b.commercial_use, b.restrictions, b.url, b.source);
}
bool operator==(const Architecture& a, const Architecture& b) {
    return std::tie(a.layers, a.hidden_size, a.attention_heads, a.kv_heads, a.head_dim, a.experts, a.active_experts) ==
           std::tie(b.layers, b.hidden_size, b.attention_heads, b.kv_heads, b.head_dim, b.experts, b.active_experts);
}
bool operator==(const Model& a, const Model& b) {
    auto fields = [](const Model& m) {
        return std::tie(m.id, m.name, m.provider, m.family, m.kind, m.specialties, m.course_classic,
                        m.older_generation, m.status, m.status_date, m.status_source, m.release_date, m.license,
                        m.params_b, m.active_params_b, m.context_tokens, m.max_output_tokens, m.pricing, m.api,
                        m.self_host, m.input_modalities, m.output_modalities, m.tool_calling, m.structured_output,
                        m.languages, m.benchmarks, m.output_tokens_per_s, m.ttft_s, m.architecture,
                        m.download_q4_gb, m.download_q8_gb, m.download_fp16_gb, m.relative_cost, m.strengths,
                        m.use_cases);
    };
    return fields(a) == fields(b);
}

namespace {

constexpr const char* kCopyPrefix = "copy";

// The shipped catalog with its models repeated under new ids ("copyN-<id>") until the text passes `min_bytes`.
std::string LargeCatalogText(std::size_t min_bytes) {
    std::vector<Issue> issues;
    Json doc = *ParseJson(assets::catalog(), issues);
    const Json models = doc["models"];
    std::size_t copy = 0;
    while (doc.dump().size() < min_bytes) {
        for (Json m : models) {
            m["id"] = kCopyPrefix + std::to_string(copy) + "-" + m["id"].get<std::string>();
            doc["models"].push_back(m);
        }
        ++copy;
    }
    return doc.dump(1);
}

TEST(CatalogLarge, EveryModelReadsBackEqualToItsOriginal) {
    const CatalogLoad shipped = LoadCatalog(assets::catalog());
    ASSERT_TRUE(shipped.Ok());
    const std::vector<Model>& originals = shipped.catalog->models;
    const CatalogLoad large = LoadCatalog(LargeCatalogText(5u << 20));
    ASSERT_TRUE(large.Ok()) << large.issues.at(0).ToString();
    const std::vector<Model>& models = large.catalog->models;
    ASSERT_GT(models.size(), 4 * originals.size());
    EXPECT_EQ(models.size() % originals.size(), 0u);
    for (std::size_t i = 0; i < models.size(); ++i) {
        Model m = models[i];
        if (i >= originals.size()) m.id = m.id.substr(m.id.find('-') + 1);
        EXPECT_TRUE(m == originals[i % originals.size()]) << models[i].id;
    }
    EXPECT_EQ(large.catalog->sources.size(), shipped.catalog->sources.size());
    EXPECT_EQ(large.catalog->benchmarks.size(), shipped.catalog->benchmarks.size());
}

TEST(CatalogLarge, ProblemsKeepTheirPathOrPosition) {
    const std::string text = LargeCatalogText(5u << 20);
    // Wrong values in two models and a duplicate id: each with its JSON path, in document order.
    std::string wrong = text;
    for (const char* id : {"\"copy2-gpt-4\"", "\"copy3-gpt-4\""}) {
        const auto at = wrong.find(id);
        ASSERT_NE(at, std::string::npos);
        wrong.insert(wrong.find("\"value\":", wrong.find("\"input_per_mtok\"", at)) + 8, " \"free\",\"x\":");
    }
    wrong.replace(wrong.find("\"copy4-"), 7, "\"copy0-");
    CatalogLoad load = LoadCatalog(wrong);
    ASSERT_FALSE(load.Ok());
    ASSERT_GE(load.issues.size(), 3u);
    EXPECT_NE(load.issues[0].path.find(".pricing.input_per_mtok"), std::string::npos) << load.issues[0].ToString();
    EXPECT_NE(load.issues.back().message.find("duplicate model id \"copy0-"), std::string::npos)
        << load.issues.back().ToString();
    // Over the model limit: the message names the count.
    CatalogLoadOptions few;
    few.limits.max_models = 10;
    load = LoadCatalog(text, few);
    ASSERT_EQ(load.issues.size(), 1u);
    EXPECT_NE(load.issues[0].message.find("over the limit of 10"), std::string::npos) << load.issues[0].ToString();
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
