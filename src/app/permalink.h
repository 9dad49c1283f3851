// Permalink codec: a profile (JSON text) <-> the URL fragment that carries it ("#p1…").
// Compressed (LZ77, LZ4-style block) + checksum + base64url, so a cut or altered link is detected
// and reported instead of loading half a decision.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace mm::app {

inline constexpr std::size_t kMaxPermalinkBytes = 64u << 10;  // decoded JSON limit (64 KiB)

std::string EncodePermalink(std::string_view json_text);
// Returns the JSON text, or nullopt with a one-line reason in `error` (never throws).
std::optional<std::string> DecodePermalink(std::string_view fragment, std::string& error);

// The raw pieces, exposed for tests and fuzzing.
std::string LzCompress(std::string_view in);
std::optional<std::string> LzDecompress(std::string_view in, std::size_t expected_size);
std::string Base64UrlEncode(std::string_view in);
std::optional<std::string> Base64UrlDecode(std::string_view in);

}  // namespace mm::app
