// libFuzzer target: catalog.json loading and validation (LoadCatalog). Any input must give either a catalog
// with no issue or at least one issue, never a crash.
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

    return 0;
}
