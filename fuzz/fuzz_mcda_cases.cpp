// libFuzzer target: the MCDA reference-case format (RunReferenceCases), parsed with ParseJson as the CLI's
// `mcda` command does. A malformed document throws MalformedDocument; every case gives a result or an error.
#include "engine/io/json_util.h"
#include "cli/reference/reference_cases.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    std::vector<mm::Issue> issues;
    auto doc = mm::ParseJson(mm::fuzz::AsText(data, size), issues);
    MM_FUZZ_CHECK(doc.has_value() == issues.empty());
    if (!doc) return 0;
    try {
        mm::Json out = mm::mcda::RunReferenceCases(*doc);
        MM_FUZZ_CHECK(out.contains("results") && out["results"].is_array());
        MM_FUZZ_CHECK(out["results"].size() == (*doc)["cases"].size());
        (void)out.dump();
    } catch (const mm::mcda::MalformedDocument&) {
    }
    return 0;
}
