// What the app may ask of its platform (web: browser APIs; desktop: files, GLFW; tests: in memory).
// Views call these through AppState::platform; only src/platform implements them.
#pragma once
#include <string>

namespace mm::app {

enum class FileKind { kProfile, kOverlay, kAny };

class PlatformServices {
public:
    virtual ~PlatformServices() = default;

    // Clipboard (web: navigator.clipboard from the current user gesture; desktop: GLFW).
    virtual void CopyText(const std::string& text) = 0;
    // Offers a file to the user (web: a download; desktop: written under the export folder, path reported).
    // Returns a message for the status line, e.g. "Saved to ~/Documents/modelmatrix-decision.md".
    virtual std::string SaveFile(const std::string& suggested_name, const std::string& mime,
                                 const std::string& content) = 0;
    // Asks the user for a file (web: file picker; desktop: the path typed in the import dialog).
    // The content arrives later through app::ImportFile(); nothing happens if the user cancels.
    virtual void OpenFile(FileKind kind) = 0;
    // A shareable link carrying `fragment` after '#' (web: current page URL; desktop: a modelmatrix: note).
    virtual std::string PermalinkFor(const std::string& fragment) const = 0;
    // Read-only embed: opens the app's own page, editable, in a new tab or window (web only; elsewhere nothing).
    virtual void OpenFullApp() {}
    // True on the web build (some UI differs: e.g. "download" vs "save to folder").
    virtual bool IsWeb() const = 0;
};

}  // namespace mm::app
