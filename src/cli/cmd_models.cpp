// `models [--catalog C] [--format json|csv|table]`: the catalog's models, one flat record each.
#include <iomanip>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "engine/io/catalog_io.h"

namespace mm::cli {

namespace {

std::string CsvField(const Json& v) {
    if (v.is_null()) return "";
    std::string s = v.is_string() ? v.get<std::string>() : v.dump();
    if (s.find_first_of(",\"\n") != std::string::npos) {
        std::string q = "\"";
        for (char c : s) q += (c == '"') ? std::string("\"\"") : std::string(1, c);
        return q + "\"";
    }
    return s;
}

}  // namespace

void AddModels(CLI::App& app, Commands& commands) {
    struct Options {
        std::string catalog, format = "table";
    };
    auto opt = std::make_shared<Options>();
    CLI::App* cmd = app.add_subcommand("models", "List the catalog's models");
    cmd->add_option("--catalog", opt->catalog, "catalog.json to use instead of the embedded one");
    cmd->add_option("--format", opt->format, "output format")->check(CLI::IsMember({"table", "json", "csv"}));
    cmd->callback([opt, &commands] {
        auto catalog = LoadCatalogOrReport(opt->catalog);
        if (!catalog) {
            commands.exit_code = 1;
            return;
        }
        Json all = Json::array();
        for (const Model& m : catalog->models) all.push_back(ModelSummaryJson(m));
        if (opt->format == "json") {
            std::cout << all.dump(1) << "\n";
            return;
        }
        static const char* kColumns[] = {"id", "name", "provider", "open_weights", "params_b", "context_tokens",
                                         "input_usd_per_mtok", "output_usd_per_mtok", "release_date", "status"};
        if (opt->format == "csv") {
            bool first = true;
            for (const char* c : kColumns) std::cout << (first ? "" : ",") << c, first = false;
            std::cout << "\n";
            for (const Json& row : all) {
                first = true;
                for (const char* c : kColumns) std::cout << (first ? "" : ",") << CsvField(row.at(c)), first = false;
                std::cout << "\n";
            }
            return;
        }
        for (const Json& row : all) {
            auto num = [&](const char* k) { return row.at(k).is_null() ? std::string("-") : row.at(k).dump(); };
            std::cout << std::left << std::setw(28) << row.at("id").get<std::string>() << std::setw(12)
                      << row.at("provider").get<std::string>() << std::setw(6)
                      << (row.at("open_weights").get<bool>() ? "open" : "prop") << " ctx " << std::setw(9)
                      << num("context_tokens") << " in $" << std::setw(7) << num("input_usd_per_mtok") << " out $"
                      << num("output_usd_per_mtok") << "\n";
        }
    });
}

}  // namespace mm::cli
