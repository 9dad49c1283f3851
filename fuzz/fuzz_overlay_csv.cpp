// libFuzzer target: private overlays in CSV (',' or ';' with decimal commas, quoted fields, CRLF, BOM) through
// ParseOverlay with a ".csv" name, applied onto the shipped catalog. Also ParseCsv / ParseCsvNumber directly.
#include "engine/io/csv.h"
#include "engine/io/overlay_io.h"
#include "fuzz_overlay_common.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    const std::string_view text = mm::fuzz::AsText(data, size);
    std::vector<mm::Issue> issues;
    if (auto table = mm::ParseCsv(text, issues)) {
        MM_FUZZ_CHECK(issues.empty());
        MM_FUZZ_CHECK(table->rows.size() == table->row_line.size());
        for (const auto& row : table->rows) {
            MM_FUZZ_CHECK(row.size() == table->header.size());
            for (const std::string& cell : row) {
                std::string error;
                auto v = mm::ParseCsvNumber(cell, table->decimal_comma, error);
                MM_FUZZ_CHECK(!(v && !error.empty()));
            }
        }
    } else {
        MM_FUZZ_CHECK(!issues.empty());
    }
    mm::fuzz::RunOverlay(text, "overlay.csv");
    return 0;
}
