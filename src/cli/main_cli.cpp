// modelmatrix-cli: the engine from the command line (validate, check, models, mcda, rank, explain, bench).
// Every subcommand's logic lives in cmd_*.cpp; this file only declares the command tree.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
    CLI::App app{"ModelMatrix: choose the right LLM for a job, and see why.", "modelmatrix-cli"};
    app.set_version_flag("--version", std::string("modelmatrix-cli ") + MM_VERSION);
    app.require_subcommand(1);
    app.fallthrough(false);
    mm::cli::Commands commands;
    mm::cli::RegisterCommands(app, commands);
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::cerr << "modelmatrix-cli: " << e.what() << " (see --help)\n";
        return 2;
    }
    return commands.exit_code;
}
