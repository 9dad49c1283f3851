// Self-hosting data as value types: devices, quantisations, runtimes, model architectures, tokenizers.
// Read from selfhost.json (tools/catalog/build_selfhost.py) by engine/io/selfhost_io.h; unknown figures are
// nullopt.
#pragma once
#include <map>
#include <set>
#include <optional>
#include <string>
#include <vector>

namespace mm::selfhost {

struct Device {
    std::string id, name, vendor;
    std::string kind;      // consumer_gpu | workstation_gpu | datacenter_gpu | amd_gpu | apple_soc
    double memory_gb = 0;  // GiB (VRAM and unified memory are sold in binary gigabytes)
    std::optional<double> bandwidth_gbs, fp16_tflops, board_power_w, rent_usd_per_hour, purchase_usd;
    std::optional<double> gpu_usable_fraction;  // Apple: share of unified memory the GPU may allocate
    std::map<std::string, std::string> sources;  // figure key as in selfhost.json ("bandwidth_gbs") -> Source id
};

// Where a figure comes from: a repository file at a commit, or a page.
struct Source {
    std::string id, title, url, repository, path, commit, as_of;  // empty when not given
};

enum class Runtime { kInvalid, kLlamaCpp, kVllm };

struct Quantisation {
    std::string id;
    double bits_per_weight = 0;
    Runtime runtime = Runtime::kInvalid;  // GGUF -> llama.cpp; f16/bf16/fp8/awq -> vLLM
};

struct KvQuant {
    std::string id;
    double bytes_per_element = 2;  // f16 2, q8_0 34/32, q4_0 18/32 (ggml block layouts)
};

enum class AttentionKind { kInvalid, kFull, kSlidingMix, kMla, kHybrid, kCompressedSparse };

struct Attention {
    AttentionKind kind = AttentionKind::kInvalid;
    std::optional<int> sliding_window, global_layers, sliding_layers;       // sliding_mix
    std::optional<int> global_kv_heads, global_head_dim, kv_shared_layers;  // Gemma 4 / 3n
    bool k_eq_v_global = false;                                             // global layers store K only
    std::optional<int> kv_lora_rank, qk_rope_head_dim;  // MLA latent (also Kimi K3 full layers)
    std::optional<int> full_layers, linear_layers;      // hybrid
    std::optional<double> linear_state_values;          // fixed fp32 state per linear layer
    std::optional<double> values_per_token, fixed_values_per_sequence;  // compressed_sparse (DeepSeek V4)
};

struct Architecture {
    int layers = 0;
    std::optional<int> hidden_size, attention_heads, kv_heads, head_dim, experts_total, experts_active;
    Attention attention;
};

struct Model {
    std::string id;
    std::optional<double> params_b, active_params_b;  // billions; MoE: memory from total, speed from active
    std::map<std::string, double> file_gb;            // real download size (decimal GB) per quantisation id
    std::optional<double> context_tokens;
    std::optional<Architecture> architecture;
    std::string architecture_source;  // Source id of the config the architecture was read from
    std::string tokenizer;  // tokenizer family id, empty when unknown
};

struct TokenizerFamily {
    std::string id;
    std::map<std::string, double> tokens_per_word;  // language -> measured ratio (only sourced ones)
    std::optional<double> fr_over_en;  // tokens of a French text / of the same text in English (parallel counts)
};

struct RuntimeConstants {
    double llama_cpp_overhead_gib = 0;         // compute buffer per device
    double vllm_gpu_memory_utilization = 0.9;  // vLLM leaves the rest of each device's memory unused
};

// EcoLogits' request energy model for API models (selfhost.json "energy.ecologits"; ecologits/impacts/llm.py).
struct EcologitsConstants {
    double gpu_energy_alpha = 0, gpu_energy_beta = 0, gpu_energy_gamma = 0;  // Wh per output token per GPU
    double latency_alpha = 0, latency_beta = 0, latency_gamma = 0;           // s per output token
    double batch_size = 64, quantization_bits = 16, memory_factor = 1.2, gpu_memory_gb = 80;
    double server_power_kw = 1.2, server_gpus = 8;  // server without its GPUs, and the GPUs it holds
};

// Where an API host's data centres are (electricity-mix zone) and their power usage effectiveness.
struct HostEnergy {
    std::string host, zone;
    double pue = 1;
};

struct EnergyData {
    EcologitsConstants ecologits;
    std::vector<HostEnergy> hosts;                      // by the catalog's pricing.host
    HostEnergy unknown_host;                            // hosts the list does not name
    std::map<std::string, double> grid_g_co2_per_kwh;  // zone -> gCO2e per kWh
    std::string self_host_default_zone;                 // the user's devices when the profile sets no grid
};

struct Data {
    std::vector<Device> devices;
    std::vector<Quantisation> quantisations;
    std::vector<KvQuant> kv_quants;
    RuntimeConstants runtimes;
    std::vector<TokenizerFamily> tokenizers;
    std::map<std::string, std::string> family_tokenizers;  // catalog family ("Llama 3.1") -> tokenizer id
    std::set<std::string> unverified_families;  // family_tokenizers entries not confirmed by a source
    std::vector<Model> models;
    std::vector<Source> sources;
    std::optional<EnergyData> energy;  // absent: energy of API models and CO2 unknown
};

// Lookup by id; null when absent.
template <class T>
const T* FindById(const std::vector<T>& items, const std::string& id) {
    for (const T& item : items)
        if (item.id == id) return &item;
    return nullptr;
}

}  // namespace mm::selfhost
