// File reading with a size limit, and today's date (POSIX).
#include "platform/file_io.h"

#include <cerrno>
#include <cstring>
#include <ctime>
#include <cstdio>
#include <utility>
#include <sys/stat.h>
#if !defined(__EMSCRIPTEN__)
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

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
    // Straight into the string (a 240 MB catalog through a stringstream was copied twice); then, for pipes and files
    // that grew since stat, on in blocks up to the limit.
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) {
        error = path + ": " + std::strerror(errno);
        return std::nullopt;
    }
    std::string text(static_cast<std::size_t>(st.st_size), '\0');
    text.resize(std::fread(text.data(), 1, text.size(), f));
    char block[1 << 16];
    for (std::size_t n; (n = std::fread(block, 1, sizeof block, f)) > 0;) {
        if (text.size() + n > max_bytes) {
            std::fclose(f);
            error = path + ": file over the limit of " + std::to_string(max_bytes >> 20) + " MiB";
            return std::nullopt;
        }
        text.append(block, n);
    }
    const bool failed = std::ferror(f) != 0;
    std::fclose(f);
    if (failed) {
        error = path + ": read error";
        return std::nullopt;
    }
    return text;
}

std::optional<FileText> FileText::Open(const std::string& path, std::string& error, std::size_t max_bytes) {
    FileText file;
#if !defined(__EMSCRIPTEN__)
    struct stat st {};
    if (stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
        static_cast<std::size_t>(st.st_size) <= max_bytes) {
        const int fd = open(path.c_str(), O_RDONLY);
        if (fd >= 0) {
            void* map = mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
            close(fd);
            if (map != MAP_FAILED) {
                file.map_ = map;
                file.size_ = static_cast<std::size_t>(st.st_size);
                return file;
            }
        }
    }
#endif
    auto text = ReadFile(path, error, max_bytes);  // also every error message
    if (!text) return std::nullopt;
    file.copy_ = std::move(*text);
    return file;
}

FileText::FileText(FileText&& other) noexcept : map_(other.map_), size_(other.size_), copy_(std::move(other.copy_)) {
    other.map_ = nullptr;
}

FileText& FileText::operator=(FileText&& other) noexcept {
    std::swap(map_, other.map_);  // other unmaps what this held
    std::swap(size_, other.size_);
    std::swap(copy_, other.copy_);
    return *this;
}

FileText::~FileText() {
#if !defined(__EMSCRIPTEN__)
    if (map_) munmap(map_, size_);
#endif
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
