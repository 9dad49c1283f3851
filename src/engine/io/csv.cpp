// CSV parsing (RFC 4180 quoting, separator sniffed from the header line) and spreadsheet numbers.
#include "engine/io/csv.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "engine/io/utf8.h"

namespace mm {

namespace {

char SniffSeparator(std::string_view text) {
    std::size_t commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == '\n') break;
        commas += c == ',';
        semicolons += c == ';';
        tabs += c == '\t';
    }
    if (semicolons > commas && semicolons >= tabs) return ';';
    if (tabs > commas) return '\t';
    return ',';
}

// Byte offset of the first invalid UTF-8 sequence (overlong forms, surrogates and code points past U+10FFFF
// included, as the JSON side refuses them), or npos. Text that is not UTF-8 (e.g. a Windows-1252 export)
// must be refused here: it would otherwise reach the saved state and make its JSON serialisation throw.
std::size_t FirstInvalidUtf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t len = Utf8SequenceLength(s, i);
        if (len == 0) return i;
        i += len;
    }
    return std::string_view::npos;
}

}  // namespace

std::string CsvPlace(int line, std::size_t column, const std::string& column_name) {
    std::string s = "line " + std::to_string(line) + ", column " + std::to_string(column + 1);
    if (!column_name.empty()) s += " (" + column_name + ")";
    return s;
}

std::optional<CsvTable> ParseCsv(std::string_view text, std::vector<Issue>& issues, const CsvLimits& limits) {
    if (text.size() > limits.max_bytes) {
        issues.push_back({"", "file over the limit of " + std::to_string(limits.max_bytes >> 20) + " MiB"});
        return std::nullopt;
    }
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    if (const std::size_t bad = FirstInvalidUtf8(text); bad != std::string_view::npos) {
        const std::string_view before = text.substr(0, bad);
        const std::size_t line_start = before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
        std::size_t column = 1;
        for (std::size_t k = line_start; k < bad; ++k) column += (static_cast<unsigned char>(text[k]) & 0xC0) != 0x80;
        char byte[8];
        std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(text[bad]));
        issues.push_back({"line " + std::to_string(1 + std::count(before.begin(), before.end(), '\n')) + ", column " +
                              std::to_string(column),
                          std::string("invalid UTF-8 (byte ") + byte + "): save the file as \"CSV UTF-8\""});
        return std::nullopt;
    }
    CsvTable table;
    table.separator = SniffSeparator(text);
    table.decimal_comma = table.separator == ';';

    std::vector<std::vector<std::string>> records;
    std::vector<int> record_line;
    std::vector<std::string> record;
    std::string field;
    int line = 1, start_line = 1;
    bool in_quotes = false, field_was_quoted = false, any = false;
    std::size_t i = 0;
    auto end_field = [&] {
        record.push_back(std::move(field));
        field.clear();
        field_was_quoted = false;
    };
    auto end_record = [&] {
        end_field();
        const bool blank = record.size() == 1 && record[0].empty() && !field_was_quoted;
        if (!blank) {
            records.push_back(std::move(record));
            record_line.push_back(start_line);
        }
        record.clear();
    };
    for (; i < text.size(); ++i) {
        const char c = text[i];
        any = true;
        if (in_quotes) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field.push_back('"');
                    ++i;
                } else {
                    in_quotes = false;
                }
            } else {
                if (c == '\n') ++line;
                field.push_back(c);
            }
            continue;
        }
        if (c == '"') {
            if (!field.empty()) {
                issues.push_back({CsvPlace(line, record.size(), ""), "a quote in the middle of an unquoted field"});
                return std::nullopt;
            }
            in_quotes = true;
            field_was_quoted = true;
        } else if (c == table.separator) {
            end_field();
            if (record.size() > limits.max_columns) {
                issues.push_back({"line " + std::to_string(line), "more than " + std::to_string(limits.max_columns) + " columns"});
                return std::nullopt;
            }
        } else if (c == '\r') {
            // CRLF: the '\n' ends the record
        } else if (c == '\n') {
            end_record();
            ++line;
            start_line = line;
            if (records.size() > limits.max_rows + 1) {
                issues.push_back({"line " + std::to_string(line), "more than " + std::to_string(limits.max_rows) + " rows"});
                return std::nullopt;
            }
        } else {
            field.push_back(c);
        }
    }
    if (in_quotes) {
        issues.push_back({"line " + std::to_string(start_line), "a quoted field is never closed (missing \")"});
        return std::nullopt;
    }
    if (!field.empty() || !record.empty()) end_record();
    if (!any || records.empty()) {
        issues.push_back({"", "the file is empty (expected a header line and rows)"});
        return std::nullopt;
    }
    table.header = std::move(records[0]);
    for (auto& h : table.header) {
        while (!h.empty() && (h.back() == ' ' || h.back() == '\t')) h.pop_back();
        while (!h.empty() && (h.front() == ' ' || h.front() == '\t')) h.erase(h.begin());
    }
    for (std::size_t r = 1; r < records.size(); ++r) {
        if (records[r].size() != table.header.size()) {
            issues.push_back({"line " + std::to_string(record_line[r]),
                              "expected " + std::to_string(table.header.size()) + " fields (as in the header), got " +
                                  std::to_string(records[r].size())});
            continue;
        }
        table.rows.push_back(std::move(records[r]));
        table.row_line.push_back(record_line[r]);
    }
    if (!issues.empty()) return std::nullopt;
    return table;
}

std::optional<double> ParseCsvNumber(std::string_view cell, bool decimal_comma, std::string& error) {
    error.clear();
    std::string s;
    for (char c : cell)
        if (c != ' ' && c != '\t' && c != '\xA0') s.push_back(c);
    // French spreadsheets may write a narrow no-break space (U+202F) as thousands separator.
    for (std::size_t p; (p = s.find("\xE2\x80\xAF")) != std::string::npos;) s.erase(p, 3);
    for (std::size_t p; (p = s.find("\xC2")) != std::string::npos;) s.erase(p, 1);
    if (s.empty()) return std::nullopt;
    if (decimal_comma) {
        if (s.find('.') != std::string::npos && s.find(',') != std::string::npos) {
            error = "ambiguous number \"" + std::string(cell) + "\" (both '.' and ',')";
            return std::nullopt;
        }
        for (char& c : s)
            if (c == ',') c = '.';
    } else if (s.find(',') != std::string::npos) {
        error = "\"" + std::string(cell) + "\" is not a number (use '.' for decimals in comma-separated files)";
        return std::nullopt;
    }
    char* end = nullptr;
    const double v = std::strtod(s.c_str(), &end);
    if (end != s.c_str() + s.size() || s == "." || s.find_first_of("xXnNiI") != std::string::npos) {
        error = "\"" + std::string(cell) + "\" is not a number";
        return std::nullopt;
    }
    if (!std::isfinite(v)) {
        error = "\"" + std::string(cell) + "\" is too large to represent";
        return std::nullopt;
    }
    return v;
}

}  // namespace mm
