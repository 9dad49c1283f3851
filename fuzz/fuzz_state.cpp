// libFuzzer target: restoring a saved session (RestoreState) into an AppState holding the shipped catalog.
// All or nothing: a refused document must leave the state exactly as it was (the user's work survives), and
// an accepted one must save and restore again.
#include "app/app_state.h"
#include "app/persist.h"
#include "fuzz_common.h"

namespace {

const mm::app::AppState& Template() {
    static const mm::app::AppState state = [] {
        mm::app::AppState s;
        s.base_catalog = mm::fuzz::ShippedCatalog();
        s.catalog = s.base_catalog;
        s.today = "2030-01-01";
        mm::app::Init(s);
        return s;
    }();
    return state;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    mm::app::AppState s = Template();
    const std::string before = mm::app::SerializeState(s);
    const long long profile_version = s.profile_version;
    mm::app::RestoreOutcome out = mm::app::RestoreState(s, std::string(mm::fuzz::AsText(data, size)));
    if (!out.ok) {
        MM_FUZZ_CHECK(!out.errors.empty());
        MM_FUZZ_CHECK(mm::app::SerializeState(s) == before);
        MM_FUZZ_CHECK(s.profile_version == profile_version);
        return 0;
    }
    const std::string saved = mm::app::SerializeState(s);
    mm::app::AppState again = Template();
    mm::app::RestoreOutcome out2 = mm::app::RestoreState(again, saved);
    if (!out2.ok)
        for (const std::string& e : out2.errors) std::fprintf(stderr, "round trip: %s\n", e.c_str());
    MM_FUZZ_CHECK(out2.ok);
    MM_FUZZ_CHECK(mm::app::SerializeState(again) == saved);
    return 0;
}
