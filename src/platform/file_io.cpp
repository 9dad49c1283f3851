// File reading with a size limit, and today's date (POSIX).
#include "platform/file_io.h"

#include <cerrno>
#include <cstring>
#include <ctime>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

namespace mm::platform {

std::optional<std::string> ReadFile(const std::string& path, std::string& error, std::size_t max_bytes) {
    struct stat st {};
    if (stat(path.c_str(), &st) != 0 || S_ISDIR(st.st_mode)) {
        error = path + ": " + (S_ISDIR(st.st_mode) ? std::string("is a directory") : std::strerror(errno));
        return std::nullopt;
    }
    if (static_cast<std::size_t>(st.st_size) > max_bytes) {
        error = path + ": file over the limit of " + std::to_string(max_bytes >> 20) + " MiB";
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    if (!in.good() && !in.eof()) {
        error = path + ": read error";
        return std::nullopt;
    }
    return ss.str();
}

std::string TodayIso() {
    std::time_t t = std::time(nullptr);
    std::tm tm {};
    localtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

}  // namespace mm::platform
