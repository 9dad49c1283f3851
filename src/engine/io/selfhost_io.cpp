// selfhost.json -> selfhost::Data. Required keys are read with at(); figures that may be unknown are null.
#include "engine/io/selfhost_io.h"

#include <nlohmann/json.hpp>

namespace mm {

namespace {

using nlohmann::json;
using namespace selfhost;
using selfhost::Architecture;  // not mm::Architecture / mm::Model of the catalog
using selfhost::Model;

std::optional<double> OptNumber(const json& j, const char* key) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return std::nullopt;
    return it->get<double>();
}

std::optional<int> OptInt(const json& j, const char* key) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return std::nullopt;
    return it->get<int>();
}

// {"value": x, "source": …} or null.
std::optional<double> OptValue(const json& j, const char* key) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return std::nullopt;
    return OptNumber(*it, "value");
}

AttentionKind ParseKind(const std::string& kind) {
    if (kind == "full") return AttentionKind::kFull;
    if (kind == "sliding_mix") return AttentionKind::kSlidingMix;
    if (kind == "mla") return AttentionKind::kMla;
    if (kind == "hybrid") return AttentionKind::kHybrid;
    if (kind == "compressed_sparse") return AttentionKind::kCompressedSparse;
    return AttentionKind::kInvalid;
}

Architecture ReadArchitecture(const json& j) {
    Architecture a;
    a.layers = j.at("layers").get<int>();
    a.hidden_size = OptInt(j, "hidden_size");
    a.attention_heads = OptInt(j, "attention_heads");
    a.kv_heads = OptInt(j, "kv_heads");
    a.head_dim = OptInt(j, "head_dim");
    a.experts_total = OptInt(j, "experts_total");
    a.experts_active = OptInt(j, "experts_active");
    const json& at = j.at("attention");
    Attention& t = a.attention;
    t.kind = ParseKind(at.at("kind").get<std::string>());
    t.sliding_window = OptInt(at, "sliding_window");
    t.global_layers = OptInt(at, "global_layers");
    t.sliding_layers = OptInt(at, "sliding_layers");
    t.global_kv_heads = OptInt(at, "global_kv_heads");
    t.global_head_dim = OptInt(at, "global_head_dim");
    t.kv_shared_layers = OptInt(at, "num_kv_shared_layers");
    t.k_eq_v_global = at.value("k_eq_v_global", false);
    t.kv_lora_rank = OptInt(at, "kv_lora_rank");
    t.qk_rope_head_dim = OptInt(at, "qk_rope_head_dim");
    t.full_layers = OptInt(at, "full_layers");
    t.linear_layers = OptInt(at, "linear_layers");
    t.linear_state_values = OptNumber(at, "linear_state_values");
    t.values_per_token = OptNumber(at, "values_per_token");
    t.fixed_values_per_sequence = OptNumber(at, "fixed_values_per_sequence");
    return a;
}

Data Read(const json& doc) {
    Data d;
    for (const json& j : doc.at("devices")) {
        Device v;
        v.id = j.at("id").get<std::string>();
        v.name = j.at("name").get<std::string>();
        v.vendor = j.at("vendor").get<std::string>();
        v.kind = j.at("kind").get<std::string>();
        v.memory_gb = j.at("memory_gb").get<double>();
        v.bandwidth_gbs = OptNumber(j, "bandwidth_gbs");
        v.fp16_tflops = OptNumber(j, "fp16_tflops_dense");
        v.board_power_w = OptNumber(j, "board_power_w");
        v.rent_usd_per_hour = OptNumber(j, "rent_usd_per_hour");
        v.purchase_usd = OptNumber(j, "purchase_usd");
        v.gpu_usable_fraction = OptNumber(j, "gpu_usable_fraction");
        d.devices.push_back(std::move(v));
    }
    for (const json& j : doc.at("quantisations")) {
        const std::string runtime = j.at("runtime").get<std::string>();
        d.quantisations.push_back({j.at("id").get<std::string>(), j.at("bits_per_weight").get<double>(),
                                   runtime == "llama.cpp" ? Runtime::kLlamaCpp
                                   : runtime == "vllm"    ? Runtime::kVllm
                                                          : Runtime::kInvalid});
    }
    for (const json& j : doc.at("kv_quants"))
        d.kv_quants.push_back({j.at("id").get<std::string>(), j.at("bytes_per_element").get<double>()});
    for (const json& j : doc.at("runtimes")) {
        const std::string id = j.at("id").get<std::string>();
        if (id == "llama.cpp") d.runtimes.llama_cpp_overhead_gib = j.at("overhead_gib").get<double>();
        if (id == "vllm")
            d.runtimes.vllm_gpu_memory_utilization = j.at("gpu_memory_utilization").get<double>();
    }
    for (const json& j : doc.at("tokenizers")) {
        TokenizerFamily t;
        t.id = j.at("id").get<std::string>();
        for (const char* lang : {"en", "fr"})
            if (auto v = OptNumber(j, (std::string(lang) + "_tokens_per_word").c_str()))
                t.tokens_per_word[lang] = *v;
        d.tokenizers.push_back(std::move(t));
    }
    for (const auto& [family, t] : doc.at("family_tokenizers").items())
        d.family_tokenizers[family] = t.at("id").get<std::string>();
    for (const json& j : doc.at("models")) {
        Model m;
        m.id = j.at("id").get<std::string>();
        m.params_b = OptValue(j, "params_b");
        m.active_params_b = OptValue(j, "active_params_b");
        m.context_tokens = OptValue(j, "context_tokens");
        for (const auto& [quant, file] : j.at("files").items())
            m.file_gb[quant] = file.at("gb").get<double>();
        if (!j.at("architecture").is_null()) m.architecture = ReadArchitecture(j.at("architecture"));
        if (!j.at("tokenizer").is_null()) m.tokenizer = j.at("tokenizer").get<std::string>();
        d.models.push_back(std::move(m));
    }
    return d;
}

}  // namespace

SelfhostLoad LoadSelfhost(std::string_view text) {
    SelfhostLoad load;
    try {
        load.data = Read(json::parse(text.begin(), text.end()));
    } catch (const json::exception& e) {
        load.issues.push_back({"selfhost.json", e.what()});
    }
    return load;
}

bool AttachSelfhost(Catalog& catalog, std::string_view selfhost_json, std::vector<Issue>* issues) {
    SelfhostLoad load = LoadSelfhost(selfhost_json);
    if (issues) issues->insert(issues->end(), load.issues.begin(), load.issues.end());
    if (!load.data) return false;
    catalog.selfhost = std::make_shared<const selfhost::Data>(std::move(*load.data));
    return true;
}

}  // namespace mm
