// The decision profile: everything a user decides (workload, hard constraints, weighted criteria, method,
// missing-value policy, own measurements, robustness settings). Value types only; JSON lives in profile_io.h,
// the file format in docs/PROFILE_FORMAT.md.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace mm {

enum class Deployment { kEither, kApi, kSelfHost };
enum class Quantization { kFp16, kQ8, kQ4 };
enum class Direction { kBenefit, kCost };
enum class MissingPolicy { kExclude, kWorst, kMedian };
// How the criteria weights were set. The objective modes compute them from the filtered matrix.
enum class WeightMode { kDirect, kRankOrder, kSwing, kAhp, kEntropy, kCritic, kStd, kMerec };
// How Monte-Carlo weights are drawn: around the user's weights, or uniformly over all weights (SMAA).
enum class SamplingMode { kAround, kUniform };

// How self-hosting devices are paid for: rented by the hour, or bought and amortised (plus their energy).
enum class DevicePricing { kRent, kPurchase };

// [tokens-per-language] Unit of the workload's input/output amounts: tokens (every model alike) or words of
// prose in `Workload::language`, turned into each model's own tokens by its tokenizer family (selfhost/tokens.h).
enum class TextUnit { kTokens, kWords };

// The user's traffic and hardware, used by the derived criteria (monthly cost, latency, self-host cost).
struct Workload {
    double requests_per_day = 1000;
    double input_tokens = 1000;   // per request
    double output_tokens = 300;   // per request
    double cached_share = 0;      // share of input tokens billed at the cached price, 0..1
    double hours_per_day = 24;    // busy hours per day: self-hosted devices run (and are paid) these hours
    double peak_share = 0;        // share of the daily requests in the busiest hour; 0 = even over the busy hours
    std::string device;           // self-host device id (selfhost.json); empty = the custom GPU below
    DevicePricing pricing = DevicePricing::kRent;
    double gpu_usd_per_hour = 0;  // rent per device hour; 0 = the device's sourced price
    double gpu_vram_gb = 0;       // memory of a custom GPU when no device id is set; 0 = none
    double amortisation_months = 36;   // purchase: months the price is spread over
    double energy_usd_per_kwh = 0.20;  // purchase: electricity price (an assumption the user sets)
    // Carbon intensity of the grid the user's own devices draw from, gCO2e/kWh; null = France (selfhost.json).
    std::optional<double> grid_g_co2_per_kwh;
    // [tokens-per-language] input_tokens/output_tokens hold words when text_unit is kWords.
    TextUnit text_unit = TextUnit::kTokens;
    std::string language = "en";  // "en" or "fr": language of the words
    bool operator==(const Workload&) const = default;
};

struct LanguageRequirement {
    std::string code;   // "fr"
    int min_level = 2;  // evidence level 1..3 (docs/CATALOG_FORMAT.md)
    bool operator==(const LanguageRequirement&) const = default;
};

struct Constraints {
    Deployment deployment = Deployment::kEither;
    bool open_weights = false;             // require published weights
    bool commercial_use = false;           // require a licence that allows commercial use
    std::optional<double> vram_budget_gb;  // checked for models that would be self-hosted
    Quantization quantization = Quantization::kQ4;
    double kv_context_tokens = 8192;  // context held in the KV cache when sizing VRAM
    int batch = 1;                    // concurrent sequences in the KV cache
    std::optional<double> min_context_tokens;
    std::vector<LanguageRequirement> languages;
    std::vector<std::string> input_modalities;  // every one required
    bool tool_calling = false;
    bool structured_output = false;
    std::optional<double> max_monthly_usd;
    std::optional<double> max_latency_s;
    std::vector<std::string> excluded_providers;
    bool include_older = true;  // keep models the catalog marks as older generations
    bool operator==(const Constraints&) const = default;
};

// One chosen criterion. Which of weight/rank/points is read depends on Weighting::mode.
struct CriterionChoice {
    std::string id;  // registry id: "monthly_cost", "bench.mmlu", "user.faq_accuracy" (criteria.h)
    std::optional<double> weight;  // direct: any non-negative number (normalised later)
    std::optional<int> rank;       // rank_order: 1 = most important; ties allowed
    std::optional<double> points;  // swing: 0..100
    bool operator==(const CriterionChoice&) const = default;
};

struct Weighting {
    WeightMode mode = WeightMode::kDirect;
    std::vector<std::vector<double>> pairwise;  // ahp: n x n in criteria order
    bool operator==(const Weighting&) const = default;
};

struct MethodChoice {
    std::string name = "wsm";   // wsm, wpm, waspas, topsis, vikor, promethee2, copras, moora
    std::string normalization;  // empty = the method's default (decision.h)
    double lambda = 0.5;        // waspas
    double v = 0.5;             // vikor
    std::string preference_function = "v-shape";  // promethee2: usual or v-shape (p = the column range)
    bool operator==(const MethodChoice&) const = default;
};

// A criterion the user measured themselves (the course's notebook 3: "own tests").
struct UserCriterion {
    std::string id;  // referenced as "user.<id>"
    std::string name;
    std::string unit;
    Direction direction = Direction::kBenefit;
    std::vector<std::pair<std::string, double>> values;  // model id -> measured value
    bool operator==(const UserCriterion&) const = default;
};

struct RobustnessSettings {
    int samples = 1000;   // 0 = no Monte-Carlo
    double spread = 0.2;  // relative standard deviation of each weight around the user's
    unsigned long long seed = 42;
    SamplingMode sampling = SamplingMode::kAround;
    bool operator==(const RobustnessSettings&) const = default;
};

struct Profile {
    std::string name;
    std::string description;
    Workload workload;
    Constraints constraints;
    std::vector<CriterionChoice> criteria;
    Weighting weighting;
    MethodChoice method;
    MissingPolicy missing = MissingPolicy::kWorst;
    std::vector<UserCriterion> user_criteria;
    RobustnessSettings robustness;
    std::vector<std::string> pareto_criteria;  // empty = the chosen criteria
    std::string reference_model;  // premium model the winner's cost is compared with; empty = automatic
    bool operator==(const Profile&) const = default;
};

const char* ToString(Deployment d);
const char* ToString(DevicePricing p);
const char* ToString(Quantization q);
const char* ToString(Direction d);
const char* ToString(MissingPolicy p);
const char* ToString(WeightMode m);
const char* ToString(SamplingMode m);

}  // namespace mm
