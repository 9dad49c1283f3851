// Parsing with limits and path-aware value reading shared by the catalog, profile and overlay loaders.
#include "engine/io/json_util.h"

#include "engine/io/utf8.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace mm {

namespace {

// Depth of the deepest array/object outside strings, stopping early past `limit`.
int NestingDepth(std::string_view s, int limit) {
    int depth = 0, max_depth = 0;
    bool in_string = false, escaped = false;
    for (char c : s) {
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
            continue;
        }
        if (c == '"') in_string = true;
        else if (c == '[' || c == '{') {
            if (++depth > max_depth && (max_depth = depth) > limit) return max_depth;
        } else if (c == ']' || c == '}') --depth;
    }
    return max_depth;
}

std::string LineColumn(std::string_view s, std::size_t byte) {
    std::size_t line = 1, col = 1;
    for (std::size_t i = 0; i < s.size() && i < byte; ++i) {
        if (s[i] == '\n') {
            ++line;
            col = 1;
        } else if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
            ++col;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(col);
}

// Parser messages quote the input ("last read: '…'"): bytes that are not valid UTF-8, and control characters,
// are written as \xNN so that a message about a broken file is itself a clean line of text.
std::string Printable(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        const std::size_t len = Utf8SequenceLength(s, i);
        if (len > 0 && !(len == 1 && c < 0x20)) {
            out.append(s.substr(i, len));
            i += len;
        } else {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02X", c);
            out += buf;
            ++i;
        }
    }
    return out;
}

std::string FormatNumber(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

std::string AllowedList(std::initializer_list<std::string_view> names) {
    std::string out;
    std::size_t i = 0;
    for (auto n : names) {
        if (i > 0) out += (i + 1 == names.size()) ? " or " : ", ";
        out += n;
        ++i;
    }
    return out;
}

}  // namespace

std::optional<Json> ParseJson(std::string_view text, std::vector<Issue>& issues, const ParseLimits& limits) {
    if (text.size() > limits.max_bytes) {
        issues.push_back({"", "file is " + std::to_string(text.size() >> 20) + " MiB, over the limit of " +
                                  std::to_string(limits.max_bytes >> 20) + " MiB"});
        return std::nullopt;
    }
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        issues.push_back({"", "the file is empty (expected a JSON document)"});
        return std::nullopt;
    }
    // nlohmann stops at a NUL byte with "unexpected end of input": say what it really is.
    if (auto nul = text.find('\0'); nul != std::string_view::npos) {
        issues.push_back({LineColumn(text, nul), "a NUL byte: this is a binary file, not JSON text"});
        return std::nullopt;
    }
    if (int depth = NestingDepth(text, limits.max_depth); depth > limits.max_depth) {
        issues.push_back({"", "nesting deeper than " + std::to_string(limits.max_depth) +
                                  " levels (arrays/objects inside each other) is not accepted"});
        return std::nullopt;
    }
    try {
        return Json::parse(text.begin(), text.end());
    } catch (const Json::parse_error& e) {
        // e.byte is 1-based, pointing just past the offending character.
        std::string what = e.what();
        auto pos = what.find("syntax error");
        if (pos == std::string::npos) pos = what.find("parse error");
        std::string detail = pos == std::string::npos ? what : what.substr(pos);
        issues.push_back({LineColumn(text, e.byte > 0 ? e.byte - 1 : 0), "invalid JSON: " + Printable(detail)});
    } catch (const Json::out_of_range& e) {
        // "number overflow parsing '1e400'" carries no position: find the number to name its line and column.
        std::string what = e.what();
        const auto q = what.find('\'');
        const auto q2 = q == std::string::npos ? q : what.find('\'', q + 1);
        if (q2 != std::string::npos) {
            const std::string number = what.substr(q + 1, q2 - q - 1);
            const auto at = text.find(number);
            issues.push_back({at == std::string_view::npos ? std::string() : LineColumn(text, at),
                              "invalid JSON: the number " + Printable(number) + " is out of range (beyond ±1.8e308)"});
        } else {
            issues.push_back({"", "invalid JSON: " + Printable(what)});
        }
    } catch (const std::exception& e) {
        issues.push_back({"", std::string("invalid JSON: ") + e.what()});
    }
    return std::nullopt;
}

namespace {

// Describe's rendering of a string value: quoted, cut after ~40 bytes on a character boundary (half a UTF-8
// sequence in a message makes a later JSON dump throw).
std::string DescribeString(std::string_view text) {
    std::string s(text);
    if (s.size() > 40) {
        std::size_t cut = 37;
        while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
        s = s.substr(0, cut) + "...";
    }
    return "\"" + s + "\"";
}

}  // namespace

std::string Describe(const Json& j) {
    switch (j.type()) {
        case Json::value_t::null: return "null";
        case Json::value_t::boolean: return j.get<bool>() ? "true" : "false";
        case Json::value_t::string: return DescribeString(j.get_ref<const std::string&>());
        case Json::value_t::number_integer:
        case Json::value_t::number_unsigned:
        case Json::value_t::number_float: return FormatNumber(j.get<double>());
        case Json::value_t::object: return "an object";
        case Json::value_t::array: return "an array of " + std::to_string(j.size());
        default: return "an unsupported value";
    }
}

std::string JoinPath(const std::string& parent, std::string_view key) {
    return parent.empty() ? std::string(key) : parent + "." + std::string(key);
}
std::string JoinPath(const std::string& parent, std::size_t index) {
    return parent + "[" + std::to_string(index) + "]";
}

bool IsValidId(std::string_view id) {
    if (id.empty()) return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_')) return false;
    return true;
}

bool IsIsoDate(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (s[i] < '0' || s[i] > '9') return false;
    const int y = std::stoi(std::string(s.substr(0, 4)));
    const int m = std::stoi(std::string(s.substr(5, 2)));
    const int d = std::stoi(std::string(s.substr(8, 2)));
    if (m < 1 || m > 12 || d < 1) return false;
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

std::string PathRef::ToString() const {
    switch (kind_) {
        case Kind::kWhole: return std::string(text_);
        case Kind::kKey: return JoinPath(parent_->ToString(), text_);
        case Kind::kIndex: return JoinPath(parent_->ToString(), index_);
    }
    return {};
}

void JsonReader::Fail(const PathRef& path, std::string message) {
    issues_.push_back({path.ToString(), std::move(message)});
}

bool JsonReader::Object(const Json& j, const PathRef& path, std::initializer_list<std::string_view> allowed) {
    if (!j.is_object()) {
        Fail(path, "expected an object, got " + Describe(j));
        return false;
    }
    for (const auto& member : j.items()) {  // in key order
        if (std::find(allowed.begin(), allowed.end(), member.key()) == allowed.end())
            Fail(path.Key(member.key()), "unknown field (expected one of: " + AllowedList(allowed) + ")");
    }
    return true;
}

const Json* JsonReader::Required(const Json& obj, std::string_view key, const PathRef& path) {
    const Json* v = Find(obj, key);
    if (!v) Fail(path.Key(key), "missing required field");
    return v;
}

const Json* JsonReader::Optional(const Json& obj, std::string_view key) {
    const Json* v = Find(obj, key);
    return v && !v->is_null() ? v : nullptr;
}

std::optional<std::string> JsonReader::String(const Json& j, const PathRef& path, bool allow_empty) {
    if (!j.is_string()) {
        Fail(path, "expected a string, got " + Describe(j));
        return std::nullopt;
    }
    const std::string& s = j.get_ref<const std::string&>();
    if (s.empty() && !allow_empty) {
        Fail(path, "expected a non-empty string");
        return std::nullopt;
    }
    // Names, notes and descriptions are short (the shipped catalog's longest is ~300 bytes): a megabyte "name"
    // is a broken or hostile file, and would stall every view that draws it.
    if (s.size() > kMaxTextBytes) {
        Fail(path, "text of " + std::to_string(s.size()) + " bytes, over the limit of " + std::to_string(kMaxTextBytes) +
                       " bytes");
        return std::nullopt;
    }
    return s;
}

std::optional<double> JsonReader::Number(const Json& j, const PathRef& path, double min, double max) {
    auto range = [&] {
        std::string r = "a number";
        if (std::isfinite(min) && std::isfinite(max)) r += " in [" + FormatNumber(min) + ", " + FormatNumber(max) + "]";
        else if (std::isfinite(min)) r += " >= " + FormatNumber(min);
        else if (std::isfinite(max)) r += " <= " + FormatNumber(max);
        return r;
    };
    if (!j.is_number()) {
        Fail(path, "expected " + range() + ", got " + Describe(j));
        return std::nullopt;
    }
    const double v = j.get<double>();
    if (!std::isfinite(v)) {
        Fail(path, "expected " + range() + ", got a number too large to represent");
        return std::nullopt;
    }
    if (v < min || v > max) {
        Fail(path, "expected " + range() + ", got " + Describe(j));
        return std::nullopt;
    }
    return v;
}

std::optional<long long> JsonReader::Integer(const Json& j, const PathRef& path, long long min, long long max) {
    auto v = Number(j, path, static_cast<double>(min), static_cast<double>(max));
    if (!v) return std::nullopt;
    if (std::floor(*v) != *v) {
        Fail(path, "expected a whole number, got " + Describe(j));
        return std::nullopt;
    }
    return static_cast<long long>(*v);
}

std::optional<bool> JsonReader::Bool(const Json& j, const PathRef& path) {
    if (!j.is_boolean()) {
        Fail(path, "expected true or false, got " + Describe(j));
        return std::nullopt;
    }
    return j.get<bool>();
}

std::optional<std::string> JsonReader::Date(const Json& j, const PathRef& path, std::string_view not_after) {
    auto s = String(j, path);
    if (!s) return std::nullopt;
    if (!IsIsoDate(*s)) {
        Fail(path, "expected a date YYYY-MM-DD, got " + Describe(j));
        return std::nullopt;
    }
    if (!not_after.empty() && *s > not_after) {
        Fail(path, "date " + *s + " is in the future (today is " + std::string(not_after) + ")");
        return std::nullopt;
    }
    return s;
}

std::optional<std::vector<std::string>> JsonReader::StringArray(const Json& j, const PathRef& path,
                                                                std::initializer_list<std::string_view> allowed) {
    if (!j.is_array()) {
        Fail(path, "expected an array of strings, got " + Describe(j));
        return std::nullopt;
    }
    std::vector<std::string> out;
    bool ok = true;
    for (std::size_t i = 0; i < j.size(); ++i) {
        const PathRef item = path.Index(i);
        auto s = String(j[i], item);
        if (!s) {
            ok = false;
            continue;
        }
        if (allowed.size() > 0 && std::find(allowed.begin(), allowed.end(), *s) == allowed.end()) {
            Fail(item, "unknown value \"" + *s + "\" (expected " + AllowedList(allowed) + ")");
            ok = false;
            continue;
        }
        out.push_back(std::move(*s));
    }
    if (!ok) return std::nullopt;
    return out;
}

std::optional<std::size_t> JsonReader::Enum(const Json& j, const PathRef& path,
                                            std::initializer_list<std::string_view> names) {
    if (!j.is_string()) {
        Fail(path, "expected a string, got " + Describe(j));
        return std::nullopt;
    }
    const std::string_view s = j.get_ref<const std::string&>();
    std::size_t i = 0;
    for (auto n : names) {
        if (n == s) return i;
        ++i;
    }
    if (s.empty()) Fail(path, "expected a non-empty string");
    else if (s.size() > kMaxTextBytes) String(j, path);  // the length message
    else Fail(path, "unknown value \"" + std::string(s) + "\" (expected " + AllowedList(names) + ")");
    return std::nullopt;
}

}  // namespace mm
