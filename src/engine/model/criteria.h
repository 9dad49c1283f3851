// The criterion registry (every criterion a profile may weight: catalog figures, derived figures, the user's
// own measurements) and the derived figures themselves: monthly cost for the workload, expected latency,
// VRAM to self-host at a quantisation and the self-host monthly cost.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/model/catalog.h"
#include "engine/model/profile.h"

namespace mm {

enum class SourceKind { kCatalog, kDerived, kUser };

struct CriterionInfo {
    std::string id;    // "monthly_cost", "bench.mmlu", "user.faq_accuracy"
    std::string unit;  // "USD/month", "s", "GB", "%", ...
    Direction direction = Direction::kBenefit;
    SourceKind source = SourceKind::kCatalog;
    // A benchmark's or a user criterion's name (catalog / profile data); empty for the built-in criteria,
    // which the UI names from its string table by id.
    std::string name;
};

// Every criterion available for this catalog and profile: the fixed catalog and derived ones, one per catalog
// benchmark ("bench.<id>") and one per user criterion ("user.<id>"), in that order.
std::vector<CriterionInfo> CriterionRegistry(const Catalog& catalog, const Profile& profile);
const CriterionInfo* FindCriterion(const std::vector<CriterionInfo>& registry, std::string_view id);

// The self-host quantisation (selfhost.json id) of the profile's quantisation: GGUF files run by llama.cpp
// (q4 -> q4_k_m, q8 -> q8_0, fp16 -> f16).
const char* SelfhostQuant(Quantization q);

// Memory to hold a model for inference, in GiB (VRAM is sold in binary gigabytes: a "24 GB" card holds 24 GiB).
struct VramEstimate {
    double weights_gb = 0;   // real file size of the quantisation, else total parameters x bits / 8
    double kv_cache_gb = 0;  // per attention kind (selfhost/kv_cache.h) x context x batch, 16-bit cache
    double overhead_gb = 0;  // llama.cpp compute buffer (one device)
    double total_gb = 0;
    // true: selfhost estimate (the model's architecture, attention kinds, real file sizes); false: parameters
    // x bits and a typical KV cache per parameter, flagged to the user as an estimate.
    bool from_architecture = false;
    std::string quant;  // selfhost quantisation id
};
// nullopt when the parameter count is unknown or undisclosed. `data` may be null (no self-host data loaded).
std::optional<VramEstimate> EstimateMemory(const Model& m, const selfhost::Data* data, Quantization q,
                                           double context_tokens, int batch);

// The workload-dependent figures of one model. Missing = nullopt, never 0.
struct DerivedValues {
    std::optional<double> api_monthly_usd;
    bool long_context_tier = false;     // the request's input exceeds the model's long-context threshold
    bool cached_price_assumed = false;  // no cached price: cached tokens billed at the input price
    std::optional<VramEstimate> vram;
    // Self-hosting on the profile's device (workload.device, or the custom GPU of gpu_vram_gb):
    std::optional<int> gpus;                 // devices in all: replicas x devices per replica
    std::optional<int> devices_per_replica;  // fewest devices whose memory holds the model
    std::optional<int> replicas;             // whole replicas to carry the peak hour
    std::optional<int> streams;              // concurrent streams per replica
    bool capacity_known = false;             // false: no speed for this model/device, one replica assumed
    std::optional<double> requests_per_hour_per_replica;
    std::optional<double> busy_share;                       // peak load / capacity of the replicas
    std::optional<double> selfhost_latency_s;               // prefill + decode at the replica's streams
    std::optional<double> selfhost_energy_wh_per_request;  // devices' board power x busy time per request
    std::optional<double> selfhost_monthly_usd;             // rent x busy hours, or amortised purchase + energy
    double selfhost_energy_monthly_usd = 0;                 // purchase: the part that grows with the traffic
    std::optional<double> monthly_usd;  // for the profile's deployment (either: the cheaper known one)
    std::string monthly_basis;          // "api" or "self_host"
    std::optional<double> latency_s;    // self-hosted: selfhost_latency_s; API: TTFT + output / throughput
    // API: EcoLogits estimate (selfhost/api_energy.h) when the catalog publishes total and active parameters.
    std::optional<double> api_energy_wh_per_request;
    std::optional<int> api_energy_gpus;  // H100s EcoLogits assumes hold the weights
    std::optional<double> energy_wh_per_request;  // self-hosted: selfhost_energy_wh_per_request; API: api_energy_...
    // energy_wh_per_request x grid_g_co2_per_kwh: the user's grid (workload.grid_g_co2_per_kwh, else France) when
    // self-hosted, the host's zone through an API.
    std::optional<double> grid_g_co2_per_kwh;
    std::optional<double> co2_g_per_request;
    // [tokens-per-language] This model's tokens per request (the workload's, or its words x tokens_per_word);
    // null when the workload is in words and the model's tokenizer family has no figure for that language.
    std::optional<double> input_tokens, output_tokens;
    std::string tokenizer;                  // words only: the model's tokenizer family id (empty: unknown)
    std::optional<double> tokens_per_word;  // words only: that family's measured ratio for the language
};

// `selfhost` (catalog.selfhost) may be null: memory then falls back to parameters x bits, flagged.
DerivedValues Derive(const Model& m, const Profile& profile, const selfhost::Data* selfhost = nullptr);

// Value of criterion `info` for model `m`; nullopt when the catalog (or the user) does not know it.
std::optional<double> CriterionValue(const CriterionInfo& info, const Model& m, const DerivedValues& derived,
                                     const Profile& profile);

// CriterionValue for many models: the criterion id is resolved once (which figure, which benchmark, the user's
// values by model id), so reading a column of 100 000 models compares no id per model but the benchmark's.
class CriterionReader {
public:
    CriterionReader(const CriterionInfo& info, const Profile& profile);
    std::optional<double> Read(const Model& m, const DerivedValues& derived) const;

private:
    enum class Field {
        kNone, kMonthlyCost, kApiMonthlyCost, kSelfhostMonthlyCost, kLatency, kVram, kInputPrice, kOutputPrice,
        kContextTokens, kOutputSpeed, kTtft, kParams, kRelativeCost, kEnergy, kCo2, kBenchmark, kUser
    };
    Field field_ = Field::kNone;
    std::string benchmark_;                               // kBenchmark: the catalog's benchmark id
    std::unordered_map<std::string, double> user_values_;  // kUser: model id -> the user's value
};

const char* ToString(SourceKind k);

}  // namespace mm
