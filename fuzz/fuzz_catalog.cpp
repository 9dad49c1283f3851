// libFuzzer target: catalog.json loading and validation (LoadCatalog). Any input must give either a catalog
// with no issue or at least one issue, never a crash; the file reader (JsonLite, models read one at a time, in one
// pass when "models" comes last) must say exactly what the document reader (nlohmann, as in the web app) says.
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    const std::string_view text = mm::fuzz::AsText(data, size);
    mm::CatalogLoadOptions options;
    options.today = "2030-01-01";
    options.limits.max_models = 2000;  // keep each input cheap; the limit check itself is exercised
    mm::CatalogLoad load = mm::LoadCatalog(text, options);
    MM_FUZZ_CHECK(load.Ok() == load.issues.empty());
    if (load.Ok()) {
        for (const mm::Model& m : load.catalog->models) {
            (void)mm::ModelSummaryJson(m).dump();
            MM_FUZZ_CHECK(load.catalog->FindModel(m.id) != nullptr);
        }
    }

    std::vector<mm::Issue> issues;
    mm::ParseLimits limits;
    limits.max_bytes = options.limits.max_bytes;
    mm::CatalogLoad whole;
    if (auto doc = mm::ParseJson(text, issues, limits)) whole = mm::ReadCatalog(*doc, options);
    else whole.issues = issues;
    MM_FUZZ_CHECK(whole.issues.size() == load.issues.size());
    for (std::size_t i = 0; i < whole.issues.size(); ++i)
        MM_FUZZ_CHECK(whole.issues[i].ToString() == load.issues[i].ToString());
    MM_FUZZ_CHECK(whole.Ok() == load.Ok());
    if (load.Ok()) {
        MM_FUZZ_CHECK(whole.catalog->models.size() == load.catalog->models.size());
        for (std::size_t i = 0; i < load.catalog->models.size(); ++i)
            MM_FUZZ_CHECK(mm::ModelSummaryJson(whole.catalog->models[i]) == mm::ModelSummaryJson(load.catalog->models[i]));
    }
    return 0;
}
