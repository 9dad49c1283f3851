// Catalog loading: the shipped catalog validates; bad catalogs are refused with the JSON path.
#include <gtest/gtest.h>

#include "assets/embedded.h"
#include "engine/io/catalog_io.h"

namespace mm {
namespace {

std::string Minimal(const std::string& model_patch = "") {
    return R"({"format":"modelmatrix-catalog","format_version":1,"catalog_version":"t","as_of":"2026-01-01",
      "sources":[{"id":"s","title":"S","url":"https://example.org","as_of":"2026-01-01"}],
      "providers":[{"id":"p","name":"P"}],
      "benchmarks":[{"id":"mmlu","name":"MMLU","unit":"%","higher_is_better":true}],
      "models":[{"id":"m1","name":"M1","provider":"p","family":"F","kind":"open_weights",
        "status":{"value":"current"},"license":{"name":"MIT","class":"permissive","commercial_use":true},
        "deployment":{"api":true,"self_host":true},
        "pricing":{"input_per_mtok":{"value":1,"source":"s","basis":"vendor"},
                   "output_per_mtok":{"value":3,"source":"s","basis":"vendor"}},
        "relative_cost":2)" + model_patch + R"(}]})";
}

TEST(CatalogIo, ShippedCatalogValidates) {
    CatalogLoadOptions o;
    o.today = "2100-01-01";
    CatalogLoad load = LoadCatalog(assets::catalog(), o);
    for (const auto& i : load.issues) ADD_FAILURE() << i.ToString();
    ASSERT_TRUE(load.Ok());
    EXPECT_GE(load.catalog->models.size(), 5u);
}

TEST(CatalogIo, MinimalCatalogLoads) {
    CatalogLoad load = LoadCatalog(Minimal());
    for (const auto& i : load.issues) ADD_FAILURE() << i.ToString();
    ASSERT_TRUE(load.Ok());
    const Model& m = load.catalog->models.at(0);
    EXPECT_EQ(m.id, "m1");
    EXPECT_DOUBLE_EQ(m.pricing->input_per_mtok.number, 1.0);
    EXPECT_EQ(m.pricing->input_per_mtok.basis, Basis::kVendor);
    EXPECT_FALSE(m.context_tokens.Known());
}

TEST(CatalogIo, FiguresNameTheirSource) {
    CatalogLoad load = LoadCatalog(Minimal());
    ASSERT_TRUE(load.Ok());
    const Pricing& p = *load.catalog->models.at(0).pricing;
    EXPECT_EQ(p.input_per_mtok.source, "s");
    EXPECT_EQ(p.output_per_mtok.source, "s");
    EXPECT_TRUE(load.catalog->models.at(0).context_tokens.source.empty());
}

TEST(CatalogIo, WrongPriceTypeNamesThePath) {
    std::string text = Minimal();
    text.replace(text.find(R"({"value":1,"source")"), 10, R"({"value":"free")");
    CatalogLoad load = LoadCatalog(text);
    ASSERT_FALSE(load.Ok());
    ASSERT_EQ(load.issues.size(), 1u);
    EXPECT_EQ(load.issues[0].ToString(),
              R"(models[0].pricing.input_per_mtok.value: expected a number in [0, 1000], got "free")");
}

TEST(CatalogIo, UnknownFieldAndSourceAreReported) {
    CatalogLoad load = LoadCatalog(Minimal(R"(,"colour":"red","context_tokens":{"value":8192,"source":"nope","basis":"vendor"})"));
    ASSERT_FALSE(load.Ok());
    ASSERT_EQ(load.issues.size(), 2u);
    EXPECT_EQ(load.issues[0].path, "models[0].colour");
    EXPECT_EQ(load.issues[1].ToString(), R"(models[0].context_tokens.source: unknown source id "nope")");
}

TEST(CatalogIo, RelativeCostMustFollowTheRule) {
    std::string text = Minimal();
    text.replace(text.find(R"("relative_cost":2)"), 17, R"("relative_cost":5)");
    CatalogLoad load = LoadCatalog(text);
    ASSERT_FALSE(load.Ok());
    EXPECT_EQ(load.issues.at(0).ToString(), "models[0].relative_cost: must follow the price rule: expected 2, got 5");
}

TEST(CatalogIo, SyntaxErrorGivesLineAndColumn) {
    CatalogLoad load = LoadCatalog("{\n  \"format\": \n}");
    ASSERT_FALSE(load.Ok());
    EXPECT_EQ(load.issues.at(0).path, "line 3, column 1");
}

TEST(CatalogIo, FutureDateRefused) {
    CatalogLoadOptions o;
    o.today = "2025-12-31";
    CatalogLoad load = LoadCatalog(Minimal(), o);
    ASSERT_FALSE(load.Ok());
    EXPECT_EQ(load.issues.at(0).ToString(), "as_of: date 2026-01-01 is in the future (today is 2025-12-31)");
}

TEST(CatalogIo, RelativeCostRule) {
    EXPECT_EQ(RelativeCostFromPrices(0.1, 0.3), 1);
    EXPECT_EQ(RelativeCostFromPrices(30, 60), 5);  // GPT-4 (8k): (90+60)/4 = 37.5
    EXPECT_EQ(RelativeCostFromPrices(3, 15), 3);   // (9+15)/4 = 6
    EXPECT_EQ(RelativeCostFromPrices(-1, 1), std::nullopt);
}

}  // namespace
}  // namespace mm
