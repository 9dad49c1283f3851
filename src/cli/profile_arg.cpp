// Profile loading for the rank and explain subcommands.
#include "cli/profile_arg.h"

#include <iostream>

#include "engine/model/presets.h"
#include "engine/io/profile_io.h"
#include "platform/file_io.h"

namespace mm::cli {

std::optional<Profile> LoadProfileOrReport(const std::string& path, const Catalog& catalog) {
    std::optional<Profile> profile;
    if (path.rfind("preset:", 0) == 0) {
        const std::string id = path.substr(7);
        for (const Preset& p : BuiltinPresets())
            if (p.id == id) profile = p.profile;
        if (!profile) {
            std::string ids;
            for (const Preset& p : BuiltinPresets()) ids += (ids.empty() ? "" : ", ") + p.id;
            std::cerr << "modelmatrix-cli: unknown preset \"" << id << "\" (expected " << ids << ")\n";
            return std::nullopt;
        }
    } else {
        std::string error;
        auto text = platform::ReadFile(path, error, 16u << 20);
        if (!text) {
            std::cerr << "modelmatrix-cli: " << error << "\n";
            return std::nullopt;
        }
        ProfileLoad load = LoadProfile(*text);
        for (const Issue& issue : load.issues) std::cerr << path << ": " << issue.ToString() << "\n";
        if (!load.Ok()) return std::nullopt;
        profile = std::move(load.profile);
    }
    const std::vector<Issue> issues = ValidateProfile(*profile, catalog);
    for (const Issue& issue : issues) std::cerr << path << ": " << issue.ToString() << "\n";
    if (!issues.empty()) return std::nullopt;
    return profile;
}

}  // namespace mm::cli
