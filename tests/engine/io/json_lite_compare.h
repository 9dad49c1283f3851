// Compares JsonLite with nlohmann::json on one text: both must accept it or both refuse it, and an accepted text
// must give the same values (numbers bit for bit, keys with nlohmann's last-one-wins). Used by json_lite_test.cpp
// and by the differential fuzz target fuzz/fuzz_json_lite.cpp.
#pragma once
#include <cstring>
#include <string>
#include <string_view>

#include "engine/io/json_lite.h"
#include "engine/io/json_util.h"

namespace mm::testing {

inline bool SameValue(const Json& j, const LiteNode& n) {
    switch (j.type()) {
        case Json::value_t::null: return n.IsNull();
        case Json::value_t::boolean: return n.IsBool() && n.boolean == j.get<bool>();
        case Json::value_t::number_integer:
        case Json::value_t::number_unsigned:
        case Json::value_t::number_float: {
            if (!n.IsNumber()) return false;
            const double a = j.get<double>();
            return std::memcmp(&a, &n.number, sizeof a) == 0;
        }
        case Json::value_t::string: return n.IsString() && n.String() == j.get_ref<const std::string&>();
        case Json::value_t::array: {
            if (!n.IsArray() || n.size != j.size()) return false;
            const LiteNode* e = &n + 1;
            for (const Json& item : j) {
                if (!SameValue(item, *e)) return false;
                e = e->Next();
            }
            return true;
        }
        case Json::value_t::object: {
            if (!n.IsObject()) return false;
            std::size_t distinct = 0;
            bool same = true;
            LiteNode::Cursor cursor;  // look-ups in document order: the cursor's short cut must find the same
            n.ForEachMember([&](std::string_view key, const LiteNode& value) {
                const LiteNode* last = n.Find(key);
                same = same && n.Find(key, cursor) == last;
                // a key that may be absent: the Bloom filter must not hide a present one
                const std::string other = std::string(key) + "~";
                same = same && (n.Find(other) != nullptr) == (j.find(other) != j.end());
                if (last != &value) return;  // an earlier copy of a repeated key: nlohmann keeps the last
                ++distinct;
                auto it = j.find(key);
                same = same && it != j.end() && SameValue(*it, value);
            });
            return same && distinct == j.size();
        }
        default: return false;
    }
}

// "" when both parsers agree on `text`, else what differs.
inline std::string CompareWithNlohmann(std::string_view text) {
    JsonLite lite;
    std::size_t pos = 0;
    const bool accepted = lite.Parse(text, pos, 1 << 20) && pos == text.size();
    // nlohmann takes a NUL byte outside strings for the end of the input ("[1]\0junk" parses); ParseJson refuses
    // any NUL byte before nlohmann sees it, and so must JsonLite.
    if (text.find('\0') != std::string_view::npos) return accepted ? "JsonLite accepts a NUL byte" : "";
    const Json j = Json::parse(text.begin(), text.end(), nullptr, false);
    if (j.is_discarded() != !accepted)
        return accepted ? "JsonLite accepts what nlohmann refuses" : "JsonLite refuses what nlohmann accepts";
    if (accepted && !SameValue(j, lite.Root())) return "the values differ";
    return "";
}

}  // namespace mm::testing
