// Regression tests for defects found by fuzzing (fuzz/, docs/FUZZING.md): each one replays the input that once
// crashed or tripped a sanitizer, and states the answer the program must give instead.
#include <gtest/gtest.h>

#include "engine/model/criteria.h"
#include "engine/io/csv.h"
#include "engine/io/json_util.h"
#include "engine/io/overlay_io.h"
#include "engine/io/profile_io.h"

namespace mm {
namespace {

// fuzz_pipeline: a GPU of 1e-9 GB (accepted by the profile format: any non-negative size) made the GPU count
// 1.5e18, converted to int: undefined behaviour. The count and the self-host cost must stay unknown instead.
TEST(FuzzRegression, TinyGpuVramLeavesGpuCountUnknown) {
    Model m;
    m.id = "big";
    m.kind = ModelKind::kOpenWeights;
    m.self_host = true;
    m.params_b = Figure::Of(405);
    ProfileLoad load = LoadProfile(R"({"format": "modelmatrix-profile", "version": 1,
        "workload": {"gpu_vram_gb": 1e-9, "gpu_usd_per_hour": 2},
        "criteria": [{"id": "monthly_cost", "weight": 1}]})");
    ASSERT_TRUE(load.Ok()) << load.issues.at(0).ToString();
    const DerivedValues d = Derive(m, *load.profile);
    ASSERT_TRUE(d.vram.has_value());
    EXPECT_FALSE(d.gpus.has_value());
    EXPECT_FALSE(d.selfhost_monthly_usd.has_value());

    load.profile->workload.gpu_vram_gb = 80;  // a real GPU still gets a count and a cost
    const DerivedValues ok = Derive(m, *load.profile);
    ASSERT_TRUE(ok.gpus.has_value());
    EXPECT_GE(*ok.gpus, 3);
    EXPECT_TRUE(ok.selfhost_monthly_usd.has_value());
}

// fuzz_overlay_csv: a header cell in Windows-1252 / garbage bytes was accepted as a benchmark name; the saved
// state's JSON dump then threw (nlohmann refuses invalid UTF-8) and the app terminated.
TEST(FuzzRegression, CsvWithInvalidUtf8IsRefusedWithItsPlace) {
    const std::string csv = "id,\xA5\x90\x91\x8B\x9A\x87\x8B\xA0tokens,params_b,family\nclaude-3-haiku,128000,,gpt\n";
    std::vector<Issue> issues;
    EXPECT_FALSE(ParseCsv(csv, issues).has_value());
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].path, "line 1, column 4");
    EXPECT_NE(issues[0].message.find("invalid UTF-8 (byte 0xA5)"), std::string::npos);

    issues.clear();
    EXPECT_FALSE(ParseOverlay(csv, "prices.csv", issues).has_value());
    EXPECT_FALSE(issues.empty());

    // Latin-1 "é" on line 2 (a spreadsheet export not saved as UTF-8); the UTF-8 one is fine.
    issues.clear();
    EXPECT_FALSE(ParseCsv("id;name\nm1;caf\xE9\n", issues).has_value());
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].path, "line 2, column 7");
    issues.clear();
    EXPECT_TRUE(ParseCsv("id;name\nm1;caf\xC3\xA9\n", issues).has_value());
    // Overlong forms and UTF-16 surrogates are not UTF-8 either.
    for (const char* bad : {"id\n\xC0\xAF\n", "id\n\xED\xA0\x80\n", "id\n\xF4\x90\x80\x80\n", "id\n\xE2\x82\n"}) {
        issues.clear();
        EXPECT_FALSE(ParseCsv(bad, issues).has_value()) << bad;
    }
}

// Found while fixing the above: Describe() cut long strings after 37 bytes, possibly inside a UTF-8 sequence,
// and a message holding half a character made the CLI's JSON output throw.
TEST(FuzzRegression, DescribeCutsOnACharacterBoundary) {
    const std::string long_text = std::string(36, 'a') + "\xC3\xA9\xC3\xA9\xC3\xA9 and more text after it";
    const std::string d = Describe(Json(long_text));
    EXPECT_EQ(d, "\"" + std::string(36, 'a') + "...\"");
    EXPECT_NO_THROW((void)Json(d).dump());
}

}  // namespace
}  // namespace mm
