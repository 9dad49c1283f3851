// File and clock access for the native programs and the Node CLI (POSIX; never used by the engine).
#pragma once
#include <cstddef>
#include <optional>
#include <string>

namespace mm::platform {

// Reads a whole file; on failure returns nullopt and sets `error` to a one-line reason naming the path.
std::optional<std::string> ReadFile(const std::string& path, std::string& error, std::size_t max_bytes = 256u << 20);
std::string TodayIso();  // local date, YYYY-MM-DD

}  // namespace mm::platform
