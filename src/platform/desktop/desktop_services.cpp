// Desktop services: XDG folders, atomic state writes, exports, clipboard.
#include "platform/desktop/desktop_services.h"

#include <GLFW/glfw3.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

#include "platform/file_io.h"

namespace mm::desktop {

namespace {

std::string Env(const char* name) {
    const char* v = std::getenv(name);
    return v ? v : "";
}

bool IsDir(const std::string& p) {
    struct stat st {};
    return stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// mkdir -p
bool MakeDirs(const std::string& path, std::string* error) {
    std::string partial;
    for (std::size_t i = 0; i <= path.size(); ++i) {
        if (i == path.size() || (path[i] == '/' && i > 0)) {
            partial = path.substr(0, i);
            if (!IsDir(partial) && mkdir(partial.c_str(), 0755) != 0 && errno != EEXIST) {
                if (error) *error = partial + ": " + std::strerror(errno);
                return false;
            }
        }
    }
    return true;
}

std::string Timestamp() {
    std::time_t t = std::time(nullptr);
    std::tm tm {};
    localtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y%m%d-%H%M%S", &tm);
    return buf;
}

}  // namespace

std::string DefaultStateDir() {
    std::string base = Env("XDG_CONFIG_HOME");
    if (base.empty()) base = Env("HOME") + "/.config";
    return base + "/modelmatrix";
}

std::string DefaultExportDir() {
    std::string base = Env("XDG_DOCUMENTS_DIR");
    if (base.empty() && IsDir(Env("HOME") + "/Documents")) base = Env("HOME") + "/Documents";
    if (base.empty()) base = Env("HOME");
    return base + "/ModelMatrix exports";
}

bool WriteFileAtomically(const std::string& path, const std::string& content, std::string* error) {
    const std::string tmp = path + ".tmp";
    const int fd = open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) {
        *error = tmp + ": " + std::strerror(errno);
        return false;
    }
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = write(fd, content.data() + written, content.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            *error = tmp + ": " + std::strerror(errno);
            close(fd);
            unlink(tmp.c_str());
            return false;
        }
        written += static_cast<std::size_t>(n);
    }
    if (fsync(fd) != 0 || close(fd) != 0) {
        *error = tmp + ": " + std::strerror(errno);
        unlink(tmp.c_str());
        return false;
    }
    if (rename(tmp.c_str(), path.c_str()) != 0) {
        *error = path + ": " + std::strerror(errno);
        unlink(tmp.c_str());
        return false;
    }
    return true;
}

void DesktopServices::CopyText(const std::string& text) { glfwSetClipboardString(window_, text.c_str()); }

std::string DesktopServices::SaveFile(const std::string& name, const std::string&, const std::string& content) {
    std::string error;
    if (!MakeDirs(export_dir_, &error)) return "Export failed: " + error;
    const std::string path = export_dir_ + "/" + name;
    if (!WriteFileAtomically(path, content, &error)) return "Export failed: " + error;
    return "Saved to " + path;
}

std::optional<std::string> FileStateStore::Load(std::string* error) {
    struct stat st {};
    if (stat(Path().c_str(), &st) != 0) {
        if (errno != ENOENT) *error = Path() + ": " + std::strerror(errno);
        return std::nullopt;
    }
    return platform::ReadFile(Path(), *error, 64u << 20);
}

bool FileStateStore::Save(const std::string& text, std::string* error) {
    return MakeDirs(dir_, error) && WriteFileAtomically(Path(), text, error);
}

std::string FileStateStore::Backup(const std::string& text) {
    const std::string path = Path() + ".corrupt-" + Timestamp();
    std::string error;
    if (!MakeDirs(dir_, &error) || !WriteFileAtomically(path, text, &error)) return "(backup failed: " + error + ")";
    return path;
}

bool FileStateStore::Clear(std::string* error) {
    if (unlink(Path().c_str()) != 0 && errno != ENOENT) {
        *error = Path() + ": " + std::strerror(errno);
        return false;
    }
    return true;
}

}  // namespace mm::desktop
