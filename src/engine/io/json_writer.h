// Streams JSON text without building a document: the large outputs (a ranking of 100 000 models is ~100 MB)
// cost a copy of the text instead of a tree of maps. The bytes are those nlohmann's dump(indent) would give
// for the same document, so the writer and Json values can be mixed and compared.
#pragma once
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/io/json_util.h"

namespace mm {

// Appends `v` as nlohmann::json prints a double (shortest text that reads back to the same bits: "0.1",
// "1.0", "1e-05"); non-finite values as null.
void AppendJsonNumber(std::string& out, double v);

// Writes one JSON value: objects and arrays opened and closed in order, each object member as Key() then its
// value (w.Key("id").String(id)). nlohmann::json keeps object members sorted by key (std::map), so a caller
// that wants its bytes writes the keys in that order (byte order of the UTF-8 text).
class JsonWriter {
public:
    // indent < 0: compact (dump()); indent >= 0: one member per line (dump(indent)). With `out`, the text is
    // written there in blocks as it grows (call Finish() at the end); without, Text() holds all of it.
    explicit JsonWriter(int indent = -1, std::ostream* out = nullptr);

    void BeginObject();
    void EndObject();
    void BeginArray();
    void EndArray();
    JsonWriter& Key(std::string_view key);

    void String(std::string_view s);
    void Number(double v);  // non-finite: null
    void Number(const std::optional<double>& v);  // absent: null
    void Int(long long v);
    void Uint(unsigned long long v);
    void Bool(bool b);
    void Null();
    void Value(const Json& j);  // a small document (a profile, a list of notes) at the current position

    // Writes what is buffered to `out` (nothing to do without one).
    void Finish();
    std::string_view Text() const { return {buf_.data(), used_}; }
    std::string TakeText();

private:
    void BeforeValue();
    void Quoted(std::string_view s);
    void NewLine(std::size_t depth);
    // The text is written straight into buf_ (sized ahead, used_ bytes written): Room(n) makes n bytes free
    // at the end, writing a full block to `out` first when there is one.
    char* Room(std::size_t n) { return buf_.size() - used_ >= n ? &buf_[used_] : Grow(n); }
    char* Grow(std::size_t n);
    void Put(char c) {
        *Room(1) = c;
        ++used_;
    }
    void Put(std::string_view s);

    struct Level {
        bool empty;  // no member or element written yet
    };
    int indent_;
    std::ostream* out_;
    std::string buf_;
    std::size_t used_ = 0;
    std::vector<Level> stack_;
    bool after_key_ = false;
};

}  // namespace mm
