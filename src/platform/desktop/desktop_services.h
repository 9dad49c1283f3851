// Desktop platform services: files under the user's folders (XDG), clipboard through GLFW, and the saved
// state as a file written atomically (temp file + fsync + rename) so a failed write never loses the last one.
#pragma once
#include <optional>
#include <string>

#include "app/platform_services.h"
#include "app/session.h"

struct GLFWwindow;

namespace mm::desktop {

// $XDG_CONFIG_HOME/modelmatrix, else ~/.config/modelmatrix.
std::string DefaultStateDir();
// $XDG_DOCUMENTS_DIR or ~/Documents when it exists, else the home folder; then "ModelMatrix exports".
std::string DefaultExportDir();

class DesktopServices final : public app::PlatformServices {
public:
    DesktopServices(GLFWwindow* window, std::string export_dir) : window_(window), export_dir_(std::move(export_dir)) {}
    void CopyText(const std::string& text) override;
    std::string SaveFile(const std::string& name, const std::string& mime, const std::string& content) override;
    void OpenFile(app::FileKind kind) override { open_requested_ = true; (void)kind; }
    std::string PermalinkFor(const std::string& fragment) const override { return "#" + fragment; }
    bool IsWeb() const override { return false; }

    // The driver shows a path prompt when the views asked for a file.
    bool TakeOpenRequest() {
        const bool r = open_requested_;
        open_requested_ = false;
        return r;
    }

private:
    GLFWwindow* window_;
    std::string export_dir_;
    bool open_requested_ = false;
};

class FileStateStore final : public app::StateStore {
public:
    explicit FileStateStore(std::string dir) : dir_(std::move(dir)) {}
    std::optional<std::string> Load(std::string* error) override;
    bool Save(const std::string& text, std::string* error) override;
    std::string Backup(const std::string& text) override;
    bool Clear(std::string* error) override;
    std::string Path() const { return dir_ + "/state.json"; }

private:
    std::string dir_;
};

// Writes `content` to `path` through `path`.tmp + fsync + rename; the old file survives any failure.
bool WriteFileAtomically(const std::string& path, const std::string& content, std::string* error);

}  // namespace mm::desktop
