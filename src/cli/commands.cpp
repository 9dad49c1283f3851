// Command registration and the catalog loading shared by the subcommands.
#include "cli/commands.h"

#include <iostream>

#include "assets/embedded.h"
#include "platform/file_io.h"
#include "engine/catalog_io.h"

namespace mm::cli {

void RegisterCommands(CLI::App& app, Commands& commands) {
    AddValidate(app, commands);
    AddModels(app, commands);
    AddMcda(app, commands);
    AddRank(app, commands);
    AddExplain(app, commands);
    AddBench(app, commands);
    AddCheck(app, commands);
}

std::optional<Catalog> LoadCatalogOrReport(const std::string& path) {
    std::string text_storage;
    std::string_view text = assets::catalog();
    const std::string label = path.empty() ? "embedded catalog" : path;
    if (!path.empty()) {
        std::string error;
        auto t = platform::ReadFile(path, error);
        if (!t) {
            std::cerr << "modelmatrix-cli: " << error << "\n";
            return std::nullopt;
        }
        text_storage = std::move(*t);
        text = text_storage;
    }
    CatalogLoadOptions options;
    options.today = platform::TodayIso();
    CatalogLoad load = LoadCatalog(text, options);
    for (const Issue& issue : load.issues) std::cerr << label << ": " << issue.ToString() << "\n";
    return std::move(load.catalog);
}

}  // namespace mm::cli
