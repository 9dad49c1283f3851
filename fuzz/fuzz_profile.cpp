// libFuzzer target: decision profile loading (LoadProfile) and reference checks against the shipped catalog
// (ValidateProfile). An accepted profile must survive a save/load round trip (or the user's work is lost) and
// rank without crashing (robustness off: its Monte-Carlo cost is fuzz_pipeline's business).
#include "engine/decision/decision.h"
#include "engine/io/profile_io.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    const mm::Catalog& catalog = mm::fuzz::ShippedCatalog();
    mm::ProfileLoad load = mm::LoadProfile(mm::fuzz::AsText(data, size));
    MM_FUZZ_CHECK(load.Ok() == load.issues.empty());
    if (!load.Ok()) return 0;

    mm::Json saved = *load.profile;  // to_json
    mm::ProfileLoad again = mm::ReadProfile(saved);
    if (!again.Ok()) {
        for (const auto& i : again.issues) std::fprintf(stderr, "round trip: %s\n", i.ToString().c_str());
        MM_FUZZ_CHECK(again.Ok());
    }
    MM_FUZZ_CHECK(mm::Json(*again.profile) == saved);

    if (!mm::ValidateProfile(*load.profile, catalog).empty()) return 0;
    mm::DecideOptions options;
    options.robustness = false;
    mm::Result result = mm::Decide(catalog, *load.profile, options);
    MM_FUZZ_CHECK(result.ok == result.errors.empty() || !result.ok);
    return 0;
}
