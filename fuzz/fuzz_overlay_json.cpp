// libFuzzer target: private overlays in JSON (ParseOverlay with a ".json" name) applied onto the shipped
// catalog (ApplyOverlay). Every input is accepted with no issue or refused with at least one.
#include "engine/io/overlay_io.h"
#include "fuzz_overlay_common.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    mm::fuzz::RunOverlay(mm::fuzz::AsText(data, size), "overlay.json");
    return 0;
}
