// `validate [CATALOG]`: exit 0 when the catalog is valid, else 1 with one line per problem on stderr.
#include <iostream>
#include <memory>

#include "cli/commands.h"

namespace mm::cli {

void AddValidate(CLI::App& app, Commands& commands) {
    auto path = std::make_shared<std::string>();
    CLI::App* cmd = app.add_subcommand("validate", "Check a catalog file (default: the embedded catalog)");
    cmd->add_option("catalog", *path, "catalog.json to check");
    cmd->callback([path, &commands] {
        auto catalog = LoadCatalogOrReport(*path);
        if (!catalog) {
            commands.exit_code = 1;
            return;
        }
        std::cout << (path->empty() ? std::string("embedded catalog") : *path) << ": valid, "
                  << catalog->models.size() << " models, " << catalog->sources.size() << " sources, as of "
                  << catalog->as_of << "\n";
    });
}

}  // namespace mm::cli
