// Shared JSON reading for every input format: parsing with limits, and a reader that checks types and
// ranges and records each problem with its JSON path ("models[12].pricing.input_per_mtok: …").
#pragma once
#include <cstddef>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "engine/io/json_lite.h"

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
std::string Describe(const LiteNode& j);
std::string JoinPath(const std::string& parent, std::string_view key);
std::string JoinPath(const std::string& parent, std::size_t index);
bool IsIsoDate(std::string_view s);  // YYYY-MM-DD, a real calendar day

// The same questions asked of either document type (nlohmann's Json or JsonLite's LiteNode), so that a reader can be
// written once for both.
inline bool IsNull(const Json& j) { return j.is_null(); }
inline bool IsNull(const LiteNode& j) { return j.IsNull(); }
inline bool IsObject(const Json& j) { return j.is_object(); }
inline bool IsObject(const LiteNode& j) { return j.IsObject(); }
inline bool IsArray(const Json& j) { return j.is_array(); }
inline bool IsArray(const LiteNode& j) { return j.IsArray(); }
inline bool IsString(const Json& j) { return j.is_string(); }
inline bool IsString(const LiteNode& j) { return j.IsString(); }
inline bool IsNumber(const Json& j) { return j.is_number(); }
inline bool IsNumber(const LiteNode& j) { return j.IsNumber(); }
inline bool IsBool(const Json& j) { return j.is_boolean(); }
inline bool IsBool(const LiteNode& j) { return j.IsBool(); }
inline std::string_view StringOf(const Json& j) { return j.get_ref<const std::string&>(); }
inline std::string_view StringOf(const LiteNode& j) { return j.String(); }
inline double NumberOf(const Json& j) { return j.get<double>(); }
inline double NumberOf(const LiteNode& j) { return j.number; }
inline bool BoolOf(const Json& j) { return j.get<bool>(); }
inline bool BoolOf(const LiteNode& j) { return j.boolean; }
inline std::size_t SizeOf(const Json& j) { return j.size(); }
inline std::size_t SizeOf(const LiteNode& j) { return j.size; }
// The value of `key` in an object, or null (a repeated key: the last one, in both).
inline const Json* Find(const Json& obj, std::string_view key) {
    auto it = obj.find(key);
    return it == obj.end() ? nullptr : &*it;
}
inline const LiteNode* Find(const LiteNode& obj, std::string_view key) { return obj.Find(key); }
// f(key, value) for each member: in key order for Json (std::map), in document order for LiteNode.
template <class F>
void ForEachMember(const Json& obj, F&& f) {
    for (const auto& [key, value] : obj.items()) f(std::string_view(key), value);
}
template <class F>
void ForEachMember(const LiteNode& obj, F&& f) {
    obj.ForEachMember(f);
}
template <class F>
void ForEachElement(const Json& arr, F&& f) {
    for (const Json& e : arr) f(e);
}
template <class F>
void ForEachElement(const LiteNode& arr, F&& f) {
    arr.ForEachElement(f);
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

// Reads values out of a parsed document, recording a problem (with its path) instead of throwing. V is nlohmann's
// Json (profiles, overlays, sessions) or LiteNode (catalogs); both give the same messages.
class JsonReader {
public:
    explicit JsonReader(std::vector<Issue>& issues) : issues_(issues) {}

    void Fail(const PathRef& path, std::string message);
    std::size_t IssueCount() const { return issues_.size(); }

    // True when j is an object; reports keys outside `allowed` (in key order, as nlohmann sorts them).
    template <class V>
    bool Object(const V& j, const PathRef& path, std::initializer_list<std::string_view> allowed);
    template <class V>
    const V* Required(const V& obj, std::string_view key, const PathRef& path);
    template <class V>
    const V* Optional(const V& obj, std::string_view key);  // null counts as absent

    template <class V>
    std::optional<std::string> String(const V& j, const PathRef& path, bool allow_empty = false);
    // The same checks; the view is into the document (valid while it is).
    template <class V>
    std::optional<std::string_view> Text(const V& j, const PathRef& path, bool allow_empty = false);
    template <class V>
    std::optional<double> Number(const V& j, const PathRef& path, double min, double max);
    template <class V>
    std::optional<long long> Integer(const V& j, const PathRef& path, long long min, long long max);
    template <class V>
    std::optional<bool> Bool(const V& j, const PathRef& path);
    template <class V>
    std::optional<std::string> Date(const V& j, const PathRef& path, std::string_view not_after = {});
    template <class V>
    std::optional<std::vector<std::string>> StringArray(const V& j, const PathRef& path,
                                                        std::initializer_list<std::string_view> allowed = {});
    // One of `names`; reports "unknown value "x" (expected a, b or c)".
    template <class V>
    std::optional<std::size_t> Enum(const V& j, const PathRef& path, std::initializer_list<std::string_view> names);

    // LiteNode look-ups go through a cursor (LiteNode::Cursor): call this whenever the nodes being read are replaced.
    void ForgetCursor() { cursor_ = {}; }

private:
    template <class V>
    const V* Lookup(const V& obj, std::string_view key) {
        if constexpr (std::is_same_v<V, LiteNode>) return obj.Find(key, cursor_);
        else return Find(obj, key);
    }

    std::vector<Issue>& issues_;
    LiteNode::Cursor cursor_;
};

}  // namespace mm
