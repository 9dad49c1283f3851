// CSV reading for imports: comma- or semicolon-separated (French spreadsheets: ';' with decimal commas),
// quoted fields with embedded newlines, CRLF, UTF-8 BOM. Problems name the line and column.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/io/json_util.h"

namespace mm {

struct CsvLimits {
    std::size_t max_bytes = 16u << 20;
    std::size_t max_rows = 200000;
    std::size_t max_columns = 256;
};

struct CsvTable {
    char separator = ',';
    bool decimal_comma = false;  // true with ';' separators: "1,5" means 1.5
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::vector<int> row_line;  // 1-based line where each row starts (header is on line 1 or later)
};

std::optional<CsvTable> ParseCsv(std::string_view text, std::vector<Issue>& issues, const CsvLimits& limits = {});

// A number as spreadsheets write it: "1234.5", "1 234,5" (decimal comma), "1,234.5" is refused when
// decimal_comma (ambiguous). Empty or blank -> nullopt without error; garbage -> nullopt with `error` set.
std::optional<double> ParseCsvNumber(std::string_view cell, bool decimal_comma, std::string& error);

std::string CsvPlace(int line, std::size_t column, const std::string& column_name);  // "line 4, column 3 (price)"

}  // namespace mm
