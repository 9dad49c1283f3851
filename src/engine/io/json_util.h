// Shared JSON reading for every input format: parsing with limits, and a reader that checks types and
// ranges and records each problem with its JSON path ("models[12].pricing.input_per_mtok: …").
#pragma once
#include <cstddef>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mm {

using Json = nlohmann::json;

struct Issue {
    std::string path;  // JSON path, or "line L, column C" for CSV and syntax errors
    std::string message;
    std::string ToString() const { return path.empty() ? message : path + ": " + message; }
};

// Longest string value JsonReader::String accepts (names, notes, descriptions).
inline constexpr std::size_t kMaxTextBytes = 64u << 10;

struct ParseLimits {
    std::size_t max_bytes = 64u << 20;  // 64 MiB
    int max_depth = 64;
};

// Parses one JSON document. Strips a UTF-8 BOM; refuses oversize input and deep nesting before parsing;
// syntax errors are reported as "line L, column C". Returns nullopt (with one issue) on failure.
std::optional<Json> ParseJson(std::string_view text, std::vector<Issue>& issues, const ParseLimits& limits = {});

// A short rendering of a JSON value for messages: "free", 12, null, an object, an array of 3.
std::string Describe(const Json& j);
std::string JoinPath(const std::string& parent, std::string_view key);
std::string JoinPath(const std::string& parent, std::size_t index);
bool IsIsoDate(std::string_view s);  // YYYY-MM-DD, a real calendar day
// The one id rule (models, providers, user criteria, overlay entries): non-empty, only a-z, 0-9, '.', '-' and '_'.
bool IsValidId(std::string_view id);

// The value of `key` in an object, or null (a repeated key: the last one, as nlohmann keeps it).
inline const Json* Find(const Json& obj, std::string_view key) {
    auto it = obj.find(key);
    return it == obj.end() ? nullptr : &*it;
}

// A JSON path ("models[12].pricing.input_per_mtok") turned into text only when a problem is reported: each level
// points at its parent, which must outlive it — build children inline (`path.Key("x")`) or as locals of a scope the
// parent encloses. A std::string or a literal converts to a whole path.
class PathRef {
public:
    PathRef() = default;
    PathRef(const std::string& whole) : text_(whole) {}
    PathRef(const char* whole) : text_(whole) {}
    PathRef Key(std::string_view key) const { return PathRef(this, key, 0, Kind::kKey); }
    PathRef Index(std::size_t index) const { return PathRef(this, {}, index, Kind::kIndex); }
    std::string ToString() const;

private:
    enum class Kind : unsigned char { kWhole, kKey, kIndex };
    PathRef(const PathRef* parent, std::string_view key, std::size_t index, Kind kind)
        : parent_(parent), text_(key), index_(index), kind_(kind) {}
    const PathRef* parent_ = nullptr;
    std::string_view text_;  // kWhole: the path; kKey: the key
    std::size_t index_ = 0;
    Kind kind_ = Kind::kWhole;
};

// Reads values out of a parsed document, recording a problem (with its path) instead of throwing.
class JsonReader {
public:
    explicit JsonReader(std::vector<Issue>& issues) : issues_(issues) {}

    void Fail(const PathRef& path, std::string message);
    std::size_t IssueCount() const { return issues_.size(); }

    // True when j is an object; reports keys outside `allowed` (in key order).
    bool Object(const Json& j, const PathRef& path, std::initializer_list<std::string_view> allowed);
    const Json* Required(const Json& obj, std::string_view key, const PathRef& path);
    const Json* Optional(const Json& obj, std::string_view key);  // null counts as absent

    std::optional<std::string> String(const Json& j, const PathRef& path, bool allow_empty = false);
    std::optional<double> Number(const Json& j, const PathRef& path, double min, double max);
    std::optional<long long> Integer(const Json& j, const PathRef& path, long long min, long long max);
    std::optional<bool> Bool(const Json& j, const PathRef& path);
    std::optional<std::string> Date(const Json& j, const PathRef& path, std::string_view not_after = {});
    std::optional<std::vector<std::string>> StringArray(const Json& j, const PathRef& path,
                                                        std::initializer_list<std::string_view> allowed = {});
    // One of `names`; reports "unknown value "x" (expected a, b or c)".
    std::optional<std::size_t> Enum(const Json& j, const PathRef& path, std::initializer_list<std::string_view> names);

private:
    std::vector<Issue>& issues_;
};

}  // namespace mm
