// libFuzzer target: JsonLite (the catalog's JSON reader) against nlohmann::json on the same bytes — the same texts
// accepted, the same values read. A disagreement is a crash the fuzzer keeps.
#include "../tests/engine/io/json_lite_compare.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    const std::string_view text = mm::fuzz::AsText(data, size);
    // nlohmann skips a UTF-8 byte order mark by itself; the catalog loader strips it before JsonLite sees the text.
    if (text.substr(0, 3) == "\xEF\xBB\xBF") return 0;
    const std::string difference = mm::testing::CompareWithNlohmann(text);
    if (!difference.empty()) {
        std::fprintf(stderr, "fuzz_json_lite: %s\n", difference.c_str());
        std::abort();
    }
    return 0;
}
