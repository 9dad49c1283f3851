// The CLI's subcommands: each file cmd_<name>.cpp registers one with CLI11.
#pragma once
#include <CLI/CLI.hpp>
#include <optional>
#include <string>

#include "engine/model/catalog.h"

namespace mm::cli {

struct Commands {
    int exit_code = 0;
};

void RegisterCommands(CLI::App& app, Commands& commands);

void AddValidate(CLI::App& app, Commands& commands);
void AddModels(CLI::App& app, Commands& commands);
void AddMcda(CLI::App& app, Commands& commands);
void AddRank(CLI::App& app, Commands& commands);
void AddExplain(CLI::App& app, Commands& commands);
void AddBench(CLI::App& app, Commands& commands);
void AddCheck(CLI::App& app, Commands& commands);
void AddSelfhostCommands(CLI::App& app, Commands& commands);  // devices, selfhost, tokens

// Loads the catalog at `path` (empty: the embedded one). On failure prints one line per problem on
// stderr ("FILE: models[3].id: …") and returns null. The catalog stays valid until the next call (see commands.cpp).
const Catalog* LoadCatalogOrReport(const std::string& path);

}  // namespace mm::cli
