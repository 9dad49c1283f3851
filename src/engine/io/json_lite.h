// A small strict JSON reader for the catalog: one pass into a flat array of nodes, strings left in the text when
// they hold no escape. Reads RFC 8259 JSON exactly as nlohmann::json does (same accepted texts, same numbers) but
// without a heap object per value, so that a 100 000-model catalog loads in well under a second.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace mm {

// The position of the first character at or after pos that is not JSON whitespace (or text.size()).
inline std::size_t SkipJsonSpace(std::string_view text, std::size_t pos) {
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\n' || text[pos] == '\r' || text[pos] == '\t')) ++pos;
    return pos;
}

// Equality of two short byte strings (keys, ids, enum names), a word at a time: cheaper than a call to memcmp.
inline bool SameBytes(const char* a, const char* b, std::size_t n) {
    auto load8 = [](const char* p) {
        std::uint64_t v;
        std::memcpy(&v, p, 8);
        return v;
    };
    auto load4 = [](const char* p) {
        std::uint32_t v;
        std::memcpy(&v, p, 4);
        return v;
    };
    if (n >= 8) {
        for (std::size_t i = 0; i + 8 < n; i += 8)
            if (load8(a + i) != load8(b + i)) return false;
        return load8(a + n - 8) == load8(b + n - 8);  // the last eight bytes, overlapping the loop's
    }
    if (n >= 4) return load4(a) == load4(b) && load4(a + n - 4) == load4(b + n - 4);
    for (std::size_t i = 0; i < n; ++i)
        if (a[i] != b[i]) return false;
    return true;
}
inline bool SameText(std::string_view a, std::string_view b) {
    return a.size() == b.size() && SameBytes(a.data(), b.data(), a.size());
}

// One JSON value. Containers are followed by their contents: an array by its elements, an object by key, value,
// key, value… (keys are string nodes); `subtree` counts the node itself and everything inside, so the next sibling
// is at this + subtree. Nodes only live as long as the JsonLite that made them (and the text it read).
struct LiteNode {
    enum class Type : std::uint8_t { kNull, kBool, kNumber, kString, kArray, kObject };

    union {
        double number = 0;  // kNumber
        const char* text;   // kString: UTF-8 bytes, not NUL-terminated
    };
    std::uint32_t size = 0;     // kString: bytes; kArray: elements; kObject: members
    std::uint32_t subtree = 1;  // nodes in this value, itself included
    std::uint32_t tag = 0;  // kString: KeyTag(String()), so that Find rarely compares bytes; kObject: its keys' Bloom filter
    Type type = Type::kNull;
    bool boolean = false;      // kBool
    bool unique_keys = false;  // kObject: no key repeats, so Find may stop at the first match

    // Length and three of the bytes of a (short) key, packed: different tags mean different keys.
    static std::uint32_t KeyTag(std::string_view s) {
        if (s.empty()) return 0;
        return static_cast<std::uint32_t>(s.size() & 0xFF) |
               static_cast<std::uint32_t>(static_cast<unsigned char>(s.front())) << 8 |
               static_cast<std::uint32_t>(static_cast<unsigned char>(s[s.size() / 2])) << 16 |
               static_cast<std::uint32_t>(static_cast<unsigned char>(s.back())) << 24;
    }

    bool IsNull() const { return type == Type::kNull; }
    bool IsBool() const { return type == Type::kBool; }
    bool IsNumber() const { return type == Type::kNumber; }
    bool IsString() const { return type == Type::kString; }
    bool IsArray() const { return type == Type::kArray; }
    bool IsObject() const { return type == Type::kObject; }
    std::string_view String() const { return {text, size}; }

    const LiteNode* Next() const { return this + subtree; }
    // The value of `key` in an object (the last one when a key repeats, as nlohmann keeps it), or null.
    const LiteNode* Find(std::string_view key) const;
    // The same, trying first the key after the one last found in this object: readers ask for keys in the order
    // files are written, so most look-ups then cost one comparison. A cursor remembers a few objects (a reader goes
    // back to the model after reading a figure inside it) and holds node addresses: forget it (= {}) whenever the
    // JsonLite that made the nodes parses again.
    struct Cursor {
        struct Place {
            const LiteNode* object = nullptr;
            const LiteNode* key = nullptr;  // the key after the last one found (when index < object->size)
            std::uint32_t index = 0;
            std::uint32_t used = 0;  // when last used: the least recent place is reused for a new object
        };
        Place places[4];
        std::uint32_t clock = 0;
    };
    const LiteNode* Find(std::string_view key, Cursor& cursor) const;
    // Calls f(key, value) for each member of an object, in document order.
    // The key node of `key` in an object and its position (the last one when a key repeats), or null.
    const LiteNode* KeyNode(std::string_view key, std::uint32_t& index) const;
    template <class F>
    void ForEachMember(F&& f) const {
        const LiteNode* k = this + 1;
        for (std::uint32_t i = 0; i < size; ++i, k = k[1].Next()) f(k->String(), k[1]);
    }
    template <class F>
    void ForEachElement(F&& f) const {
        const LiteNode* e = this + 1;
        for (std::uint32_t i = 0; i < size; ++i, e = e->Next()) f(*e);
    }
};

class JsonLite {
public:
    JsonLite();

    // Reads the JSON value at text[pos] into Root(), forgetting the previous one (its memory is reused). Whitespace
    // before and after it is skipped: pos ends on the next other character (or the end). Returns false on any problem
    // (syntax, invalid UTF-8, a number beyond ±1.8e308, nesting deeper than max_depth); it gives no message — callers
    // re-parse with ParseJson for a located one.
    bool Parse(std::string_view text, std::size_t& pos, int max_depth);
    const LiteNode& Root() const { return nodes_.front(); }

    // When set, a top-level member of the root object with this key whose value is an array is not read into nodes:
    // its text is only scanned (strings, brackets, depth) and its elements counted, and it appears as an
    // empty array. The caller then reads the elements one at a time, each with its own Parse (see catalog_io.cpp).
    //
    // With `stop`, the parse ends at that array instead of skipping it, saving a pass over its text: Root() holds the
    // root members before it and the array (empty), Parse leaves pos on its '[' and sets `open` (end and elements are
    // then unknown). The caller reads the elements, and the rest of the text must be "]", "}" and whitespace (the
    // array was the root's last member); otherwise the caller parses again without `stop`.
    struct Deferred {
        bool found = false;
        bool open = false;
        std::size_t begin = 0, end = 0;  // text of the array, '[' … ']'
        std::size_t elements = 0;
    };
    void DeferRootArray(std::string_view key, bool stop = false) {
        deferred_key_ = key;
        stop_at_deferred_ = stop;
    }
    const Deferred& deferred() const { return deferred_; }

private:
    bool Value(int depth);
    bool Container(int depth, bool object);
    bool StringNode();
    bool NumberNode();
    bool SkipArray(int depth);
    void SkipSpace() { pos_ = SkipJsonSpace(in_, pos_); }
    const char* Store(std::string_view s);  // copies an unescaped string where it will not move

    std::vector<LiteNode> nodes_;
    std::vector<std::unique_ptr<char[]>> blocks_;  // unescaped strings
    std::size_t block_used_ = 0, block_size_ = 0;
    std::string scratch_;
    std::string_view in_;
    std::size_t pos_ = 0;
    int max_depth_ = 64;
    std::string_view deferred_key_;
    bool stop_at_deferred_ = false;
    Deferred deferred_;
};

}  // namespace mm
