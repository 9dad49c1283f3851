// File and clock access for the native programs and the Node CLI (POSIX; never used by the engine).
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace mm::platform {

// Reads a whole file; on failure returns nullopt and sets `error` to a one-line reason naming the path.
std::optional<std::string> ReadFile(const std::string& path, std::string& error, std::size_t max_bytes = 256u << 20);
std::string TodayIso();  // local date, YYYY-MM-DD

// A whole file's bytes, mapped read-only (not copied: a 240 MB catalog loads ~0.13 s faster) where the system
// allows, else read into memory (pipes, the Node build). Same errors and limit as ReadFile. As with any mapping
// (ripgrep and git say the same), another program truncating the file while it is read ends the process: the CLI
// holds a FileText only while it parses the catalog.
class FileText {
public:
    static std::optional<FileText> Open(const std::string& path, std::string& error,
                                        std::size_t max_bytes = 256u << 20);
    FileText(FileText&& other) noexcept;
    FileText& operator=(FileText&& other) noexcept;
    FileText(const FileText&) = delete;
    ~FileText();
    std::string_view text() const { return map_ ? std::string_view(static_cast<const char*>(map_), size_) : copy_; }

private:
    FileText() = default;
    void* map_ = nullptr;
    std::size_t size_ = 0;
    std::string copy_;
};

}  // namespace mm::platform
