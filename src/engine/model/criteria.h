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

// Bits per weight stored at each quantisation (GGUF averages: Q8_0 8.5, Q4_K_M 4.5; fp16 16).
double BitsPerWeight(Quantization q);

// VRAM to hold a model for inference, in GB (10^9 bytes).
struct VramEstimate {
    double weights_gb = 0;   // total parameters (every MoE expert must be resident) x bits / 8
    double kv_cache_gb = 0;  // 2 x layers x kv_heads x head_dim x context x batch x 2 bytes (fp16 cache)
    double overhead_gb = 0;  // 1 GB runtime + 10% of weights (activations, fragmentation)
    double total_gb = 0;
    bool from_architecture =
        false;  // false: params-only estimate (KV cache approximated), flagged to the user
};
// nullopt when the parameter count is unknown or undisclosed.
std::optional<VramEstimate> EstimateVram(const Model& m, Quantization q, double context_tokens, int batch);

// The workload-dependent figures of one model. Missing = nullopt, never 0.
struct DerivedValues {
    std::optional<double> api_monthly_usd;
    bool long_context_tier = false;     // the request's input exceeds the model's long-context threshold
    bool cached_price_assumed = false;  // no cached price: cached tokens billed at the input price
    std::optional<VramEstimate> vram;
    std::optional<int> gpus;  // GPUs of the profile's size needed to hold the model
    std::optional<double> selfhost_monthly_usd;
    std::optional<double> monthly_usd;  // for the profile's deployment (either: the cheaper known one)
    std::string monthly_basis;          // "api" or "self_host"
    std::optional<double> latency_s;    // TTFT + output tokens / throughput
};

DerivedValues Derive(const Model& m, const Profile& profile);

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
        kContextTokens, kOutputSpeed, kTtft, kParams, kRelativeCost, kBenchmark, kUser
    };
    Field field_ = Field::kNone;
    std::string benchmark_;                               // kBenchmark: the catalog's benchmark id
    std::unordered_map<std::string, double> user_values_;  // kUser: model id -> the user's value
};

const char* ToString(SourceKind k);

}  // namespace mm
