// Command registration and the catalog loading shared by the subcommands.
#include "cli/commands.h"

#include <iostream>

#include "assets/embedded.h"
#include "platform/file_io.h"
#include "engine/io/catalog_io.h"
#include "engine/io/selfhost_io.h"

namespace mm::cli {

void RegisterCommands(CLI::App& app, Commands& commands) {
    AddValidate(app, commands);
    AddModels(app, commands);
    AddMcda(app, commands);
    AddRank(app, commands);
    AddExplain(app, commands);
    AddBench(app, commands);
    AddCheck(app, commands);
    AddSelfhostCommands(app, commands);
}

namespace {

// The CLI exits right after printing. Freeing a large catalog (100 000 models hold ~10 million strings) would take
// ~0.3 s for nothing, so the last catalog loaded stays until the process ends, as compilers keep their syntax
// trees (clang's -disable-free). Loading another one frees the previous one.
const Catalog* Keep(std::optional<Catalog> catalog) {
    static Catalog* kept = nullptr;  // deliberately never deleted at exit
    delete kept;
    kept = catalog ? new Catalog(std::move(*catalog)) : nullptr;
    return kept;
}

}  // namespace

const Catalog* LoadCatalogOrReport(const std::string& path) {
    std::optional<platform::FileText> file;
    std::string_view text = assets::catalog();
    const std::string label = path.empty() ? "embedded catalog" : path;
    if (!path.empty()) {
        std::string error;
        file = platform::FileText::Open(path, error);
        if (!file) {
            std::cerr << "modelmatrix-cli: " << error << "\n";
            return nullptr;
        }
        text = file->text();
    }
    CatalogLoadOptions options;
    options.today = platform::TodayIso();
    CatalogLoad load = LoadCatalog(text, options);
    for (const Issue& issue : load.issues) std::cerr << label << ": " << issue.ToString() << "\n";
    std::vector<Issue> selfhost_issues;
    if (load.catalog && !AttachSelfhost(*load.catalog, assets::selfhost(), &selfhost_issues))
        for (const Issue& issue : selfhost_issues) std::cerr << "embedded selfhost.json: " << issue.ToString() << "\n";
    return Keep(std::move(load.catalog));
}

}  // namespace mm::cli
