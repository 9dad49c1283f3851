// JsonLite: RFC 8259 JSON into a flat node array, accepting exactly what nlohmann::json accepts (checked against it
// by fuzz/fuzz_json_lite.cpp) and producing the same doubles.
#include "engine/io/json_lite.h"

#include <cmath>
#include <cstdlib>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "engine/io/utf8.h"

namespace mm {

namespace {

// Bytes a string may hold as they are: printable ASCII other than '"' and '\'.
struct PlainTable {
    bool plain[256] = {};
    constexpr PlainTable() {
        for (int c = 0x20; c < 0x80; ++c) plain[c] = c != '"' && c != '\\';
    }
};
constexpr PlainTable kPlain;

int HexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Four hex digits at s[i..], or -1.
long Hex4(std::string_view s, std::size_t i) {
    if (i + 4 > s.size()) return -1;
    long v = 0;
    for (std::size_t k = 0; k < 4; ++k) {
        const int d = HexDigit(s[i + k]);
        if (d < 0) return -1;
        v = v * 16 + d;
    }
    return v;
}

void AppendUtf8(std::string& out, unsigned long cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Offset of the first byte of s[i, n) that a string cannot hold as it is ('"', '\\', a control character or
// non-ASCII), or an offset near n from which the caller goes on byte by byte. Sixteen bytes at a time with SSE2 (every
// x86-64), eight without (WebAssembly): (v - 0x01…) & ~v & 0x80… flags the zero bytes of v, and the lowest flag is
// always a real one (both targets are little-endian).
std::size_t SkipPlain(const char* s, std::size_t i, std::size_t n) {
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), space = _mm_set1_epi8(0x20);
    for (; i + 16 <= n; i += 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
        // a signed comparison: control characters and non-ASCII bytes (negative) are both below 0x20
        const __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, backslash)),
                                             _mm_cmplt_epi8(x, space));
        if (const int mask = _mm_movemask_epi8(special)) return i + static_cast<std::size_t>(__builtin_ctz(mask));
    }
#else
    constexpr std::uint64_t kOnes = 0x0101010101010101u, kHigh = 0x8080808080808080u;
    for (; i + 8 <= n; i += 8) {
        std::uint64_t x;
        std::memcpy(&x, s + i, 8);
        const std::uint64_t quote = x ^ (kOnes * '"'), backslash = x ^ (kOnes * '\\');
        const std::uint64_t special = ((x - kOnes * 0x20) & ~x) | ((quote - kOnes) & ~quote) |
                                      ((backslash - kOnes) & ~backslash) | x;
        if (special & kHigh) return i;
    }
#endif
    return i;
}

// Offset of the next '"' in s[i, n), or n.
std::size_t FindQuote(const char* s, std::size_t i, std::size_t n) {
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    for (; i + 16 <= n; i += 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
        if (const int mask = _mm_movemask_epi8(_mm_cmpeq_epi8(x, quote)))
            return i + static_cast<std::size_t>(__builtin_ctz(mask));
    }
#else
    constexpr std::uint64_t kOnes = 0x0101010101010101u, kHigh = 0x8080808080808080u;
    for (; i + 8 <= n; i += 8) {
        std::uint64_t x;
        std::memcpy(&x, s + i, 8);
        const std::uint64_t q = x ^ (kOnes * '"');
        const std::uint64_t hit = (q - kOnes) & ~q & kHigh;
        if (hit) return i + static_cast<std::size_t>(__builtin_ctzll(hit) >> 3);
    }
#endif
    while (i < n && s[i] != '"') ++i;
    return i;
}

// Two bits of 32 for a key tag: an object's tag is the union over its keys (a Bloom filter), so that Find answers most
// questions about absent keys without walking the members.
std::uint32_t KeyBits(std::uint32_t tag) {
    const std::uint32_t h = tag * 0x9E3779B1u;
    return 1u << (h >> 27) | 1u << ((h >> 22) & 31);
}

// Sets an object's unique_keys (no key repeats: Find may stop at the first match) and its Bloom filter. Tags first,
// bytes only when tags match.
void FinishObject(LiteNode& object) {
    constexpr std::uint32_t kMaxChecked = 64;
    const LiteNode* keys[kMaxChecked];
    std::uint32_t tags[kMaxChecked];
    std::uint32_t bloom = 0;
    const LiteNode* k = &object + 1;
    for (std::uint32_t i = 0; i < object.size; ++i, k = k[1].Next()) {
        bloom |= KeyBits(k->tag);
        if (i < kMaxChecked) {
            keys[i] = k;
            tags[i] = k->tag;
        }
    }
    object.tag = bloom;
    object.unique_keys = false;
    if (object.size > kMaxChecked) return;  // Find then looks at every member
    for (std::uint32_t i = 1; i < object.size; ++i)
        for (std::uint32_t j = 0; j < i; ++j)
            if (tags[j] == tags[i] && keys[j]->size == keys[i]->size &&
                SameBytes(keys[j]->text, keys[i]->text, keys[i]->size))
                return;
    object.unique_keys = true;
}

// Powers of ten that a double holds exactly.
constexpr double kExactPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                  1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

constexpr std::size_t kBlockBytes = 64u << 10;

}  // namespace

const LiteNode* LiteNode::KeyNode(std::string_view key, std::uint32_t& index) const {
    const std::uint32_t tag = KeyTag(key);
    if ((this->tag & KeyBits(tag)) != KeyBits(tag)) return nullptr;  // the Bloom filter: surely absent
    const LiteNode* found = nullptr;
    const LiteNode* k = this + 1;
    for (std::uint32_t i = 0; i < size; ++i, k = k[1].Next()) {
        if (k->tag == tag && k->size == key.size() && SameBytes(k->text, key.data(), key.size())) {
            found = k;
            index = i;
            if (unique_keys) break;
        }
    }
    return found;
}

const LiteNode* LiteNode::Find(std::string_view key) const {
    std::uint32_t index = 0;
    const LiteNode* k = KeyNode(key, index);
    return k ? k + 1 : nullptr;
}

const LiteNode* LiteNode::Find(std::string_view key, Cursor& cursor) const {
    if (!unique_keys) return Find(key);
    Cursor::Place* place = nullptr;
    for (Cursor::Place& p : cursor.places)
        if (p.object == this) place = &p;
    if (place) {
        place->used = ++cursor.clock;
        if (place->index < size) {
            const LiteNode* k = place->key;
            if (k->size == key.size() && SameBytes(k->text, key.data(), key.size())) {
                place->key = k[1].Next();
                ++place->index;
                return k + 1;
            }
        }
    }
    std::uint32_t index = 0;
    const LiteNode* k = KeyNode(key, index);
    if (!k) return nullptr;
    if (!place) {  // the least recently used place
        place = &cursor.places[0];
        for (Cursor::Place& p : cursor.places)
            if (p.used < place->used) place = &p;
    }
    *place = {this, k[1].Next(), index + 1, ++cursor.clock};
    return k + 1;
}

JsonLite::JsonLite() { nodes_.reserve(256); }

bool JsonLite::Parse(std::string_view text, std::size_t& pos, int max_depth) {
    nodes_.clear();
    if (blocks_.size() > 1 || block_size_ != kBlockBytes) {  // keep one ordinary block for the next value
        blocks_.clear();
        block_size_ = 0;
    }
    block_used_ = 0;
    deferred_ = Deferred();
    in_ = text;
    pos_ = pos;
    max_depth_ = max_depth;
    SkipSpace();
    if (!Value(1)) return false;
    if (!deferred_.open) SkipSpace();
    pos = pos_;
    return true;
}

const char* JsonLite::Store(std::string_view s) {
    if (blocks_.empty() || block_used_ + s.size() > block_size_) {
        block_size_ = s.size() > kBlockBytes ? s.size() : kBlockBytes;
        blocks_.push_back(std::make_unique<char[]>(block_size_));
        block_used_ = 0;
    }
    char* out = blocks_.back().get() + block_used_;
    if (!s.empty()) std::memcpy(out, s.data(), s.size());
    block_used_ += s.size();
    return out;
}

bool JsonLite::Value(int depth) {
    if (pos_ >= in_.size()) return false;
    switch (in_[pos_]) {
        case '{': return Container(depth, true);
        case '[': return Container(depth, false);
        case '"': return StringNode();
        case 't':
        case 'f':
        case 'n': {
            std::string_view word = in_[pos_] == 't' ? "true" : in_[pos_] == 'f' ? "false" : "null";
            if (in_.substr(pos_, word.size()) != word) return false;
            pos_ += word.size();
            LiteNode& node = nodes_.emplace_back();
            node.type = word == "null" ? LiteNode::Type::kNull : LiteNode::Type::kBool;
            node.boolean = word == "true";
            return true;
        }
        default: return NumberNode();
    }
}

bool JsonLite::Container(int depth, bool object) {
    if (depth > max_depth_) return false;
    const std::size_t index = nodes_.size();
    nodes_.emplace_back();
    nodes_[index].type = object ? LiteNode::Type::kObject : LiteNode::Type::kArray;
    const char close = object ? '}' : ']';
    ++pos_;
    SkipSpace();
    std::uint32_t count = 0;
    if (pos_ < in_.size() && in_[pos_] == close) {
        ++pos_;
    } else {
        for (;;) {
            SkipSpace();
            if (object) {
                if (pos_ >= in_.size() || in_[pos_] != '"') return false;
                const std::size_t key = nodes_.size();
                if (!StringNode()) return false;
                SkipSpace();
                if (pos_ >= in_.size() || in_[pos_] != ':') return false;
                ++pos_;
                SkipSpace();
                const bool defer = depth == 1 && index == 0 && !deferred_key_.empty() &&
                                   nodes_[key].String() == deferred_key_ && pos_ < in_.size() && in_[pos_] == '[';
                if (defer && stop_at_deferred_) {  // the root ends here for now (see Deferred)
                    deferred_.found = deferred_.open = true;
                    deferred_.begin = pos_;
                    nodes_.emplace_back().type = LiteNode::Type::kArray;
                    ++count;
                    break;
                }
                if (defer ? !SkipArray(depth + 1) : !Value(depth + 1)) return false;
            } else if (!Value(depth + 1)) {
                return false;
            }
            ++count;
            SkipSpace();
            if (pos_ >= in_.size()) return false;
            if (in_[pos_] == ',') {
                ++pos_;
                continue;
            }
            if (in_[pos_] != close) return false;
            ++pos_;
            break;
        }
    }
    LiteNode& node = nodes_[index];
    node.size = count;
    node.subtree = static_cast<std::uint32_t>(nodes_.size() - index);
    if (object) FinishObject(node);
    return true;
}

bool JsonLite::StringNode() {
    const char* s = in_.data();
    const std::size_t n = in_.size();
    const std::size_t start = pos_ + 1;
    std::size_t i = start;
    bool escaped = false;
    for (;;) {
        if (!escaped) i = SkipPlain(s, i, n);  // the usual case: plain ASCII up to the closing quote
        if (i >= n) return false;
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (kPlain.plain[c]) {
            if (escaped) scratch_ += static_cast<char>(c);
            ++i;
            continue;
        }
        if (c == '"') break;
        if (c < 0x20) return false;  // control characters must be escaped
        if (c >= 0x80) {
            const std::size_t len = Utf8SequenceLength(in_, i);
            if (len == 0) return false;
            if (escaped) scratch_.append(s + i, len);
            i += len;
            continue;
        }
        // a backslash: from here on the string is rebuilt in scratch_
        if (!escaped) {
            scratch_.assign(s + start, i - start);
            escaped = true;
        }
        if (i + 1 >= n) return false;
        const char e = s[i + 1];
        i += 2;
        switch (e) {
            case '"': scratch_ += '"'; break;
            case '\\': scratch_ += '\\'; break;
            case '/': scratch_ += '/'; break;
            case 'b': scratch_ += '\b'; break;
            case 'f': scratch_ += '\f'; break;
            case 'n': scratch_ += '\n'; break;
            case 'r': scratch_ += '\r'; break;
            case 't': scratch_ += '\t'; break;
            case 'u': {
                long cp = Hex4(in_, i);
                if (cp < 0) return false;
                i += 4;
                if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a low surrogate on its own
                if (cp >= 0xD800 && cp <= 0xDBFF) {               // a high surrogate needs its low half
                    if (i + 1 >= n || s[i] != '\\' || s[i + 1] != 'u') return false;
                    const long low = Hex4(in_, i + 2);
                    if (low < 0xDC00 || low > 0xDFFF) return false;
                    i += 6;
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                }
                AppendUtf8(scratch_, static_cast<unsigned long>(cp));
                break;
            }
            default: return false;
        }
    }
    // Written in place: a node built on the stack and copied costs a store-forwarding stall per string.
    LiteNode& node = nodes_.emplace_back();
    node.type = LiteNode::Type::kString;
    const std::string_view value = escaped ? std::string_view(Store(scratch_), scratch_.size())
                                           : std::string_view(s + start, i - start);
    node.text = value.data();
    node.size = static_cast<std::uint32_t>(value.size());
    node.tag = LiteNode::KeyTag(value);
    pos_ = i + 1;
    return true;
}

// A number as nlohmann reads it: the same grammar, and the same double (nlohmann converts integers exactly and other
// numbers with strtod; both round correctly, and so does the exact path below, m·10^e with m < 2^53 and |e| ≤ 22).
// An integer written "-0" is +0 in nlohmann (it is read as an integer first), so it is here.
bool JsonLite::NumberNode() {
    const char* s = in_.data();
    const std::size_t n = in_.size();
    const std::size_t start = pos_;
    std::size_t i = pos_;
    const bool negative = i < n && s[i] == '-';
    if (negative) ++i;
    std::uint64_t mantissa = 0;
    int digits = 0;  // significant digits in mantissa
    bool exact = true;
    int exponent = 0;
    auto take = [&](char c) {
        if (mantissa == 0 && c == '0') return;
        if (digits == 19) {
            exact = false;
            return;
        }
        mantissa = mantissa * 10 + static_cast<unsigned>(c - '0');
        ++digits;
    };
    if (i < n && s[i] == '0') {
        ++i;
    } else if (i < n && s[i] >= '1' && s[i] <= '9') {
        while (i < n && IsDigit(s[i])) take(s[i++]);
    } else {
        return false;
    }
    bool integral = true;
    if (i < n && s[i] == '.') {
        integral = false;
        ++i;
        if (i >= n || !IsDigit(s[i])) return false;
        while (i < n && IsDigit(s[i])) {
            take(s[i++]);
            --exponent;
        }
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        integral = false;
        ++i;
        bool negative_exponent = false;
        if (i < n && (s[i] == '+' || s[i] == '-')) negative_exponent = s[i++] == '-';
        if (i >= n || !IsDigit(s[i])) return false;
        int e = 0;
        while (i < n && IsDigit(s[i])) {
            if (e < 100000) e = e * 10 + (s[i] - '0');
            ++i;
        }
        exponent += negative_exponent ? -e : e;
    }
    double value;
    if (exact && mantissa == 0) {
        value = 0;
    } else if (exact && mantissa <= (std::uint64_t{1} << 53) && exponent >= -22 && exponent <= 22) {
        const double m = static_cast<double>(mantissa);
        value = exponent >= 0 ? m * kExactPow10[exponent] : m / kExactPow10[-exponent];
    } else {
        scratch_.assign(s + start + (negative ? 1 : 0), s + i);
        value = std::strtod(scratch_.c_str(), nullptr);
        if (!std::isfinite(value)) return false;  // nlohmann: "number overflow"
    }
    if (negative) value = -value;
    if (integral && value == 0) value = 0;
    LiteNode& node = nodes_.emplace_back();
    node.type = LiteNode::Type::kNumber;
    node.number = value;
    pos_ = i;
    return true;
}

bool JsonLite::SkipArray(int depth) {
    if (depth > max_depth_ || deferred_.found) return false;  // a repeated key: the full parser decides
    const char* s = in_.data();
    const std::size_t n = in_.size();
    std::size_t i = pos_ + 1;
    int level = 1;
    std::size_t commas = 0;
    bool content = false;
    for (; i < n; ++i) {
        const char c = s[i];
        if (c == '"') {
            // to the closing quote: the next '"' not escaped (preceded by an even number of backslashes)
            for (;;) {
                i = FindQuote(s, i + 1, n);
                if (i >= n) return false;
                std::size_t backslashes = 0;
                while (s[i - 1 - backslashes] == '\\') ++backslashes;
                if (backslashes % 2 == 0) break;
            }
            content = content || level == 1;
            continue;
        }
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
        if (c == ',' && level == 1) {
            ++commas;
            continue;
        }
        if (c == ']' || c == '}') {
            if (--level == 0) break;
            continue;
        }
        if (level == 1) content = true;
        if (c == '[' || c == '{') {
            if (depth + level > max_depth_) return false;
            ++level;
        }
    }
    if (i >= n || s[i] != ']') return false;
    if (!content && commas > 0) return false;
    deferred_.found = true;
    deferred_.begin = pos_;
    deferred_.end = i + 1;
    deferred_.elements = content ? commas + 1 : 0;
    pos_ = i + 1;
    nodes_.emplace_back().type = LiteNode::Type::kArray;
    return true;
}

}  // namespace mm
