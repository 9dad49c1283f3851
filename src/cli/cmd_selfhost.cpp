// `devices`, `selfhost MODEL --device D --quant Q --context N …` and `tokens MODEL --language L --words N`:
// the self-hosting estimates of engine/selfhost on the embedded selfhost.json.
#include <cmath>
#include <cstdint>
#include <iomanip>
#include <iostream>
#include <memory>

#include "assets/embedded.h"
#include "cli/commands.h"
#include "engine/io/selfhost_io.h"
#include "engine/selfhost/estimate.h"
#include "engine/selfhost/tokens.h"

namespace mm::cli {

namespace {

using selfhost::Data;

// Parsed once per process; the CLI exits after one command.
const Data* SelfhostData() {
    static const SelfhostLoad load = LoadSelfhost(assets::selfhost());
    for (const Issue& issue : load.issues)
        std::cerr << "embedded selfhost.json: " << issue.ToString() << "\n";
    return load.data ? &*load.data : nullptr;
}

Json DeviceJson(const selfhost::Device& d) {
    return {{"id", d.id},
            {"name", d.name},
            {"vendor", d.vendor},
            {"kind", d.kind},
            {"memory_gb", d.memory_gb},
            {"bandwidth_gbs", RoundedJson(d.bandwidth_gbs, 2)},
            {"fp16_tflops_dense", RoundedJson(d.fp16_tflops, 2)},
            {"board_power_w", RoundedJson(d.board_power_w, 1)},
            {"rent_usd_per_hour", RoundedJson(d.rent_usd_per_hour, 3)},
            {"purchase_usd", RoundedJson(d.purchase_usd, 0)},
            {"gpu_usable_fraction", RoundedJson(d.gpu_usable_fraction, 3)}};
}

std::string Cell(const Json& v) {
    return v.is_null() ? "-" : v.is_string() ? v.get<std::string>() : v.dump();
}

void AddDevices(CLI::App& app, Commands& commands) {
    auto format = std::make_shared<std::string>("table");
    CLI::App* cmd = app.add_subcommand("devices", "List the devices known to the self-hosting estimates");
    cmd->add_option("--format", *format, "output format")->check(CLI::IsMember({"table", "json"}));
    cmd->callback([format, &commands] {
        const Data* data = SelfhostData();
        if (!data) return void(commands.exit_code = 1);
        Json rows = Json::array();
        for (const auto& d : data->devices) rows.push_back(DeviceJson(d));
        if (*format == "json") {
            std::cout << Json{{"devices", rows}}.dump(1) << "\n";
            return;
        }
        std::cout << std::left << std::setw(16) << "id" << std::setw(9) << "GiB" << std::setw(10) << "GB/s"
                  << std::setw(10) << "TFLOPS" << std::setw(8) << "W" << std::setw(8) << "$/h"
                  << "name\n";
        for (const Json& r : rows)
            std::cout << std::setw(16) << Cell(r["id"]) << std::setw(9) << Cell(r["memory_gb"])
                      << std::setw(10) << Cell(r["bandwidth_gbs"]) << std::setw(10)
                      << Cell(r["fp16_tflops_dense"]) << std::setw(8) << Cell(r["board_power_w"])
                      << std::setw(8) << Cell(r["rent_usd_per_hour"]) << Cell(r["name"]) << "\n";
    });
}

void AddSelfhost(CLI::App& app, Commands& commands) {
    struct Options {
        selfhost::Request request;
        std::string format = "table";
    };
    auto opt = std::make_shared<Options>();
    CLI::App* cmd = app.add_subcommand("selfhost", "Memory, fit and speed of a model on a device");
    cmd->add_option("model", opt->request.model, "model id (open weights)")->required();
    cmd->add_option("--device", opt->request.device, "device id (see `devices`)")->required();
    cmd->add_option("--quant", opt->request.quant,
                    "q4_0, q4_k_m, q5_k_m, q6_k, q8_0, mxfp4 (llama.cpp); f16, bf16, fp8, awq (vLLM)")
        ->required();
    cmd->add_option("--context", opt->request.context, "tokens of context per sequence")->required();
    cmd->add_option("--batch", opt->request.batch, "concurrent sequences (default 1)");
    cmd->add_option("--kv-quant", opt->request.kv_quant, "KV-cache precision: f16 (default), q8_0, q4_0");
    cmd->add_option("--devices", opt->request.devices, "number of identical devices (default 1)");
    cmd->add_option("--format", opt->format, "output format")->check(CLI::IsMember({"table", "json"}));
    cmd->callback([opt, &commands] {
        const Data* data = SelfhostData();
        if (!data) return void(commands.exit_code = 1);
        const std::string& id = opt->request.model;
        if (!selfhost::FindById(data->models, id)) {
            const Catalog* catalog = LoadCatalogOrReport("");
            if (catalog && catalog->FindModel(id)) {
                std::string choices;
                for (const auto& m : data->models) choices += (choices.empty() ? "" : ", ") + m.id;
                std::cerr << "modelmatrix-cli: model '" << id
                          << "' has no published weights; models with published weights: " << choices << "\n";
                return void(commands.exit_code = 1);
            }
        }
        selfhost::EstimateResult result = selfhost::EstimateSelfhost(*data, opt->request);
        if (!result.estimate) {
            for (const Issue& issue : result.issues)
                std::cerr << "modelmatrix-cli: " << issue.ToString() << "\n";
            return void(commands.exit_code = 1);
        }
        Json out = EstimateJson(*result.estimate);
        if (opt->format == "json") {
            std::cout << out.dump(1) << "\n";
            return;
        }
        for (const auto& [key, value] : out.items())
            std::cout << std::left << std::setw(32) << key << Cell(value) << "\n";
    });
}

void AddTokens(CLI::App& app, Commands& commands) {
    struct Options {
        std::string model, language, format = "table";
        double words = 0;
    };
    auto opt = std::make_shared<Options>();
    CLI::App* cmd = app.add_subcommand("tokens", "A model's own tokens for N words of prose in a language");
    cmd->add_option("model", opt->model, "model id")->required();
    cmd->add_option("--language", opt->language, "fr or en")->required();
    cmd->add_option("--words", opt->words, "number of words")->required()->check(CLI::NonNegativeNumber);
    cmd->add_option("--format", opt->format, "output format")->check(CLI::IsMember({"table", "json"}));
    cmd->callback([opt, &commands] {
        const Data* data = SelfhostData();
        const Catalog* catalog = data ? LoadCatalogOrReport("") : nullptr;
        if (!catalog) return void(commands.exit_code = 1);
        const Model* model = catalog->FindModel(opt->model);
        if (!model) {
            std::cerr << "modelmatrix-cli: unknown model \"" << opt->model
                      << "\" (see `modelmatrix-cli models`)\n";
            return void(commands.exit_code = 1);
        }
        if (opt->language != "fr" && opt->language != "en") {
            std::cerr << "modelmatrix-cli: unknown language '" << opt->language << "'; languages: en, fr\n";
            return void(commands.exit_code = 1);
        }
        const std::string tokenizer = selfhost::TokenizerOf(*data, opt->model, model->family);
        selfhost::TokenCount count = selfhost::CountTokens(*data, tokenizer, opt->language, opt->words);
        Json out = {{"model", opt->model},
                    {"tokenizer", tokenizer.empty() ? Json(nullptr) : Json(tokenizer)},
                    {"language", opt->language},
                    {"words", RoundedJson(opt->words, std::floor(opt->words) == opt->words ? 0 : 3)},
                    {"tokens", RoundedJson(count.tokens, 0)},
                    {"tokens_per_word", RoundedJson(count.tokens_per_word, 3)}};
        if (opt->format == "json") {
            std::cout << out.dump(1) << "\n";
            return;
        }
        for (const auto& [key, value] : out.items())
            std::cout << std::left << std::setw(18) << key << Cell(value) << "\n";
    });
}

}  // namespace

void AddSelfhostCommands(CLI::App& app, Commands& commands) {
    AddDevices(app, commands);
    AddSelfhost(app, commands);
    AddTokens(app, commands);
}

}  // namespace mm::cli
