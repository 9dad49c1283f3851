// Permalink codec. Layout of the decoded bytes: "MM1" | original size (u32 LE) | FNV-1a 32 of the
// original (u32 LE) | LZ block. Block: sequences of [token: literal length (high nibble) | match length - 4
// (low nibble)] [extra literal length bytes, 255 = continue] [literals] [offset u16 LE] [extra match length
// bytes]; the last sequence has literals only. Every read is bounds-checked.
#include "app/permalink.h"

#include <array>
#include <cstdint>
#include <vector>

namespace mm::app {

namespace {

constexpr std::string_view kPrefix = "p1";
constexpr std::string_view kMagic = "MM1";
constexpr std::size_t kMinMatch = 4;
constexpr std::size_t kHashBits = 14;

std::uint32_t Fnv1a(std::string_view s) {
    std::uint32_t h = 2166136261u;
    for (unsigned char c : s) {
        h ^= c;
        h *= 16777619u;
    }
    return h;
}

void PutU32(std::string& out, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

std::uint32_t GetU32(std::string_view s, std::size_t at) {
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(s[at + i])) << (8 * i);
    return v;
}

std::uint32_t Read4(std::string_view s, std::size_t at) { return GetU32(s, at); }

void PutLength(std::string& out, std::size_t extra) {
    while (extra >= 255) {
        out.push_back(static_cast<char>(255));
        extra -= 255;
    }
    out.push_back(static_cast<char>(extra));
}

void EmitSequence(std::string& out, std::string_view literals, std::size_t match_len, std::size_t offset) {
    const std::size_t lit = literals.size();
    const std::size_t ml = match_len ? match_len - kMinMatch : 0;
    const unsigned token = (static_cast<unsigned>(lit < 15 ? lit : 15) << 4) | static_cast<unsigned>(ml < 15 ? ml : 15);
    out.push_back(static_cast<char>(token));
    if (lit >= 15) PutLength(out, lit - 15);
    out.append(literals);
    if (match_len == 0) return;
    out.push_back(static_cast<char>(offset & 0xFF));
    out.push_back(static_cast<char>((offset >> 8) & 0xFF));
    if (ml >= 15) PutLength(out, ml - 15);
}

}  // namespace

std::string LzCompress(std::string_view in) {
    std::string out;
    std::vector<std::int64_t> table(std::size_t{1} << kHashBits, -1);
    std::size_t anchor = 0, i = 0;
    const std::size_t n = in.size();
    while (n >= kMinMatch && i + kMinMatch <= n) {
        const std::uint32_t seq = Read4(in, i);
        const std::size_t h = (seq * 2654435761u) >> (32 - kHashBits);
        const std::int64_t cand = table[h];
        table[h] = static_cast<std::int64_t>(i);
        if (cand >= 0 && i - static_cast<std::size_t>(cand) <= 0xFFFF && Read4(in, static_cast<std::size_t>(cand)) == seq) {
            std::size_t len = kMinMatch;
            while (i + len < n && in[static_cast<std::size_t>(cand) + len] == in[i + len]) ++len;
            EmitSequence(out, in.substr(anchor, i - anchor), len, i - static_cast<std::size_t>(cand));
            i += len;
            anchor = i;
        } else {
            ++i;
        }
    }
    EmitSequence(out, in.substr(anchor), 0, 0);
    return out;
}

std::optional<std::string> LzDecompress(std::string_view in, std::size_t expected_size) {
    std::string out;
    out.reserve(expected_size);
    std::size_t p = 0;
    auto read_length = [&](std::size_t base, std::size_t& len) {
        len = base;
        if (base != 15) return true;
        for (;;) {
            if (p >= in.size()) return false;
            const unsigned char b = static_cast<unsigned char>(in[p++]);
            len += b;
            if (len > expected_size + 255) return false;
            if (b != 255) return true;
        }
    };
    while (p < in.size()) {
        const unsigned char token = static_cast<unsigned char>(in[p++]);
        std::size_t lit = 0;
        if (!read_length(token >> 4, lit)) return std::nullopt;
        if (lit > in.size() - p || out.size() + lit > expected_size) return std::nullopt;
        out.append(in.substr(p, lit));
        p += lit;
        if (p == in.size()) break;  // last sequence: literals only
        if (in.size() - p < 2) return std::nullopt;
        const std::size_t offset = static_cast<unsigned char>(in[p]) | (static_cast<std::size_t>(static_cast<unsigned char>(in[p + 1])) << 8);
        p += 2;
        std::size_t ml = 0;
        if (!read_length(token & 0x0F, ml)) return std::nullopt;
        ml += kMinMatch;
        if (offset == 0 || offset > out.size() || out.size() + ml > expected_size) return std::nullopt;
        const std::size_t from = out.size() - offset;
        for (std::size_t k = 0; k < ml; ++k) out.push_back(out[from + k]);  // overlapping copies are valid
    }
    if (out.size() != expected_size) return std::nullopt;
    return out;
}

namespace {
constexpr char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
}

std::string Base64UrlEncode(std::string_view in) {
    std::string out;
    out.reserve((in.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 3 <= in.size(); i += 3) {
        const std::uint32_t v = (static_cast<unsigned char>(in[i]) << 16) | (static_cast<unsigned char>(in[i + 1]) << 8) |
                                static_cast<unsigned char>(in[i + 2]);
        for (int k = 3; k >= 0; --k) out.push_back(kB64[(v >> (6 * k)) & 63]);
    }
    const std::size_t rest = in.size() - i;
    if (rest > 0) {
        std::uint32_t v = static_cast<unsigned char>(in[i]) << 16;
        if (rest == 2) v |= static_cast<unsigned char>(in[i + 1]) << 8;
        out.push_back(kB64[(v >> 18) & 63]);
        out.push_back(kB64[(v >> 12) & 63]);
        if (rest == 2) out.push_back(kB64[(v >> 6) & 63]);
    }
    return out;
}

std::optional<std::string> Base64UrlDecode(std::string_view in) {
    std::array<int, 256> value;
    value.fill(-1);
    for (int k = 0; k < 64; ++k) value[static_cast<unsigned char>(kB64[k])] = k;
    if (in.size() % 4 == 1) return std::nullopt;
    std::string out;
    out.reserve(in.size() * 3 / 4);
    std::uint32_t acc = 0;
    int bits = 0;
    for (char c : in) {
        const int v = value[static_cast<unsigned char>(c)];
        if (v < 0) return std::nullopt;
        acc = (acc << 6) | static_cast<std::uint32_t>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<char>((acc >> bits) & 0xFF));
        }
    }
    return out;
}

std::string EncodePermalink(std::string_view json_text) {
    std::string bytes(kMagic);
    PutU32(bytes, static_cast<std::uint32_t>(json_text.size()));
    PutU32(bytes, Fnv1a(json_text));
    bytes += LzCompress(json_text);
    return std::string(kPrefix) + Base64UrlEncode(bytes);
}

std::optional<std::string> DecodePermalink(std::string_view fragment, std::string& error) {
    if (!fragment.empty() && fragment.front() == '#') fragment.remove_prefix(1);
    if (fragment.substr(0, kPrefix.size()) != kPrefix) {
        error = "this link does not carry a ModelMatrix decision (it should start with #" + std::string(kPrefix) + ")";
        return std::nullopt;
    }
    fragment.remove_prefix(kPrefix.size());
    if (fragment.size() > kMaxPermalinkBytes * 2) {
        error = "the link is too long (over " + std::to_string(kMaxPermalinkBytes * 2 / 1024) + " KiB)";
        return std::nullopt;
    }
    auto bytes = Base64UrlDecode(fragment);
    if (!bytes) {
        error = fragment.size() % 4 == 1
                    ? "the link is cut or damaged (its length is impossible for a ModelMatrix link); copy the whole link again"
                    : "the link is damaged: it contains characters that a ModelMatrix link never has";
        return std::nullopt;
    }
    if (bytes->size() < kMagic.size() + 8 || bytes->compare(0, kMagic.size(), kMagic) != 0) {
        error = "the link is cut or damaged (its header is incomplete)";
        return std::nullopt;
    }
    const std::uint32_t size = GetU32(*bytes, kMagic.size());
    const std::uint32_t sum = GetU32(*bytes, kMagic.size() + 4);
    if (size > kMaxPermalinkBytes) {
        error = "the link claims a decision of " + std::to_string(size) + " bytes, over the limit of " +
                std::to_string(kMaxPermalinkBytes) + " bytes";
        return std::nullopt;
    }
    auto text = LzDecompress(std::string_view(*bytes).substr(kMagic.size() + 8), size);
    if (!text || Fnv1a(*text) != sum) {
        error = "the link is cut or damaged (its content does not match its checksum); copy the whole link again";
        return std::nullopt;
    }
    return text;
}

}  // namespace mm::app
