// `mcda FILE`: runs reference MCDA cases (../shared/reference/mcda format) through the engine.
// Exit 0 when every case computed, 1 when some case gave an error, 2 on malformed input.
#include <iostream>
#include <memory>

#include "platform/file_io.h"
#include "cli/commands.h"
#include "engine/io/json_util.h"
#include "cli/reference/reference_cases.h"

namespace mm::cli {

void AddMcda(CLI::App& app, Commands& commands) {
    auto path = std::make_shared<std::string>();
    CLI::App* cmd = app.add_subcommand("mcda", "Compute MCDA reference cases ({\"cases\":[…]}) and print the results as JSON");
    cmd->add_option("file", *path, "cases file")->required();
    cmd->callback([path, &commands] {
        std::string error;
        auto text = platform::ReadFile(*path, error, 64u << 20);
        if (!text) {
            std::cerr << "modelmatrix-cli: " << error << "\n";
            commands.exit_code = 2;
            return;
        }
        std::vector<Issue> issues;
        auto doc = ParseJson(*text, issues);
        if (!doc) {
            for (const auto& i : issues) std::cerr << *path << ": " << i.ToString() << "\n";
            commands.exit_code = 2;
            return;
        }
        try {
            Json out = mcda::RunReferenceCases(*doc);
            bool all_ok = true;
            for (const Json& r : out.at("results")) all_ok = all_ok && !r.contains("error");
            std::cout << out.dump(1) << "\n";
            commands.exit_code = all_ok ? 0 : 1;
        } catch (const mcda::MalformedDocument& e) {
            std::cerr << *path << ": " << e.what() << "\n";
            commands.exit_code = 2;
        }
    });
}

}  // namespace mm::cli
