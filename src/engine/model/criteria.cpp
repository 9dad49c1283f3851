// Criterion registry and derived figures (cost, latency, VRAM, self-host cost) for one model and workload.
#include "engine/model/criteria.h"

#include <algorithm>
#include <cmath>

#include "engine/selfhost/api_energy.h"
#include "engine/selfhost/capacity.h"
#include "engine/selfhost/estimate.h"
#include "engine/selfhost/memory.h"
#include "engine/selfhost/tokens.h"

namespace mm {

namespace {

constexpr double kDaysPerMonth = 30;

CriterionInfo Make(std::string id, std::string unit, Direction d, SourceKind s, std::string name = {}) {
    CriterionInfo c;
    c.id = std::move(id);
    c.unit = std::move(unit);
    c.direction = d;
    c.source = s;
    c.name = std::move(name);
    return c;
}

std::optional<double> Known(const Figure& f) {
    if (!f.Known()) return std::nullopt;
    return f.number;
}

}  // namespace

std::vector<CriterionInfo> CriterionRegistry(const Catalog& catalog, const Profile& profile) {
    using D = Direction;
    using S = SourceKind;
    std::vector<CriterionInfo> r;
    r.push_back(Make("monthly_cost", "USD/month", D::kCost, S::kDerived));
    r.push_back(Make("api_monthly_cost", "USD/month", D::kCost, S::kDerived));
    r.push_back(Make("selfhost_monthly_cost", "USD/month", D::kCost, S::kDerived));
    r.push_back(Make("latency", "s", D::kCost, S::kDerived));
    r.push_back(Make("vram_gb", "GB", D::kCost, S::kDerived));
    r.push_back(Make("energy_wh_per_request", "Wh", D::kCost, S::kDerived));
    r.push_back(Make("co2_g_per_request", "gCO2e", D::kCost, S::kDerived));
    r.push_back(Make("input_price", "USD/Mtok", D::kCost, S::kCatalog));
    r.push_back(Make("output_price", "USD/Mtok", D::kCost, S::kCatalog));
    r.push_back(Make("context_tokens", "tokens", D::kBenefit, S::kCatalog));
    r.push_back(Make("output_speed", "tokens/s", D::kBenefit, S::kCatalog));
    r.push_back(Make("ttft", "s", D::kCost, S::kCatalog));
    r.push_back(Make("params_b", "B params", D::kCost, S::kCatalog));
    r.push_back(Make("relative_cost", "1-5", D::kCost, S::kCatalog));
    for (const BenchmarkInfo& b : catalog.benchmarks)
        r.push_back(Make("bench." + b.id, b.unit, b.higher_is_better ? D::kBenefit : D::kCost, S::kCatalog, b.name));
    for (const UserCriterion& u : profile.user_criteria)
        r.push_back(Make("user." + u.id, u.unit, u.direction, S::kUser, u.name));
    return r;
}

const CriterionInfo* FindCriterion(const std::vector<CriterionInfo>& registry, std::string_view id) {
    for (const CriterionInfo& c : registry)
        if (c.id == id) return &c;
    return nullptr;
}

const char* SelfhostQuant(Quantization q) {
    switch (q) {
        case Quantization::kFp16:
            return "f16";
        case Quantization::kQ8:
            return "q8_0";
        case Quantization::kQ4:
            return "q4_k_m";
    }
    return "f16";
}

namespace {

// Fallback when selfhost.json is not loaded: the effective bits of the same GGUF files (docs/SELFHOST.md,
// llama.cpp PR #3084) and llama.cpp's compute buffer per device (selfhost.json runtimes).
constexpr double kFallbackBitsQ4 = 4.843, kFallbackBitsQ8 = 8.501, kFallbackBitsF16 = 16;
constexpr double kFallbackOverheadGib = 0.294;

double FallbackBits(Quantization q) {
    return q == Quantization::kQ4 ? kFallbackBitsQ4 : q == Quantization::kQ8 ? kFallbackBitsQ8 : kFallbackBitsF16;
}

}  // namespace

std::optional<VramEstimate> EstimateMemory(const Model& m, const selfhost::Data* data, Quantization q,
                                           double context_tokens, int batch) {
    VramEstimate v;
    v.quant = SelfhostQuant(q);
    std::optional<double> file_gib;
    if (data && !data->devices.empty() && selfhost::FindById(data->models, m.id)) {
        // llama.cpp on one device: its overhead is a fixed buffer, so the figure does not depend on the device.
        selfhost::Request r;
        r.model = m.id;
        r.device = data->devices.front().id;
        r.quant = v.quant;
        r.context = context_tokens;
        r.batch = batch;
        r.runtime = selfhost::Runtime::kLlamaCpp;
        const selfhost::EstimateResult e = selfhost::EstimateSelfhost(*data, r);
        if (e.estimate && e.estimate->weights_gib && e.estimate->kv_gib) {
            v.weights_gb = *e.estimate->weights_gib;
            v.kv_cache_gb = *e.estimate->kv_gib;
            v.overhead_gb = *e.estimate->overhead_gib;
            v.total_gb = *e.estimate->total_gib;
            v.from_architecture = true;
            return v;
        }
        if (e.estimate && e.estimate->weights_gib) file_gib = e.estimate->weights_gib;  // no architecture
    }
    if (!m.params_b.Known() && !file_gib) return std::nullopt;
    // MoE: every expert must be resident, so memory follows total parameters (compute follows active).
    const selfhost::Quantisation* sq = data ? selfhost::FindById(data->quantisations, v.quant) : nullptr;
    const double bits = sq ? sq->bits_per_weight : FallbackBits(q);
    v.weights_gb = file_gib ? *file_gib : m.params_b.number * 1e9 * bits / 8 / selfhost::kBytesPerGib;
    // Without the architecture, take a typical grouped-query cache: ~0.1 MB per token per 10 B parameters
    // (Llama-3-8B: 0.13 MB/token; 70B: 0.33 MB/token).
    const double params_b =
        m.params_b.Known() ? m.params_b.number : *file_gib * selfhost::kBytesPerGib * 8 / bits / 1e9;
    v.kv_cache_gb =
        0.1e6 * std::max(1.0, params_b / 10.0) * context_tokens * batch / selfhost::kBytesPerGib;
    v.overhead_gb = data ? data->runtimes.llama_cpp_overhead_gib : kFallbackOverheadGib;
    v.total_gb = v.weights_gb + v.kv_cache_gb + v.overhead_gb;
    return v;
}

namespace {

// Self-hosting on the profile's device: devices per replica from memory, replicas from the batched capacity
// (selfhost/capacity.h) at the peak hour, then the monthly cost (rent or amortised purchase + energy).
void DeriveSelfhost(const Model& m, const Profile& profile, const Workload& w, const selfhost::Data* data,
                    DerivedValues& d) {
    const Constraints& c = profile.constraints;
    selfhost::Device custom;
    const selfhost::Device* device = nullptr;
    if (!w.device.empty()) {
        device = data ? selfhost::FindById(data->devices, w.device) : nullptr;
    } else if (w.gpu_vram_gb > 0) {  // profiles before devices: a GPU known by its memory and hourly price
        custom.id = "custom";
        custom.memory_gb = w.gpu_vram_gb;
        device = &custom;
    }
    if (!device) return;
    // Fewest devices n with weights + KV + n x overhead <= n x budget. A device absurdly small for the model
    // (e.g. gpu_vram_gb 1e-9, found by fuzzing) would need more than an int holds: past a million, unknown.
    const double per_device = selfhost::BudgetGib(*device, 1) - d.vram->overhead_gb;
    if (!(per_device > 0)) return;
    const double n = std::max(1.0, std::ceil((d.vram->weights_gb + d.vram->kv_cache_gb) / per_device - 1e-9));
    if (n > 1e6) return;
    d.devices_per_replica = static_cast<int>(n);
    d.replicas = 1;

    // Capacity at the request's own context (input + output), with the devices of one replica.
    const double context = std::max(1.0, w.input_tokens + w.output_tokens);
    const selfhost::Model* sm = data ? selfhost::FindById(data->models, m.id) : nullptr;
    if (sm && device != &custom) {
        selfhost::Request r;
        r.model = m.id;
        r.device = device->id;
        r.quant = d.vram->quant;
        r.context = context;
        r.devices = *d.devices_per_replica;
        r.runtime = selfhost::Runtime::kLlamaCpp;
        const selfhost::EstimateResult er = selfhost::EstimateSelfhost(*data, r);
        const selfhost::Estimate* e = er.estimate ? &*er.estimate : nullptr;
        const auto decode = e ? selfhost::DecodeCapacityInput(*e) : std::nullopt;
        if (decode && e->kv_gib && e->weights_gib) {
            selfhost::CapacityInput in = *decode;
            in.prefill_tokens = w.input_tokens * (1 - w.cached_share);  // cached prefixes skip prefill
            in.output_tokens = w.output_tokens;
            const double free_gib = *e->budget_gib - *e->weights_gib - *e->overhead_gib;
            in.max_streams = *e->kv_gib > 0 ? static_cast<int>(std::clamp(free_gib / *e->kv_gib, 1.0, 1e6)) : 1;
            in.latency_target_s = c.max_latency_s;
            in.peak_requests_per_hour = w.peak_share > 0 ? w.requests_per_day * w.peak_share
                                        : w.hours_per_day > 0 ? w.requests_per_day / w.hours_per_day
                                                              : 0;
            const selfhost::Capacity cap = selfhost::EstimateCapacity(in);
            d.capacity_known = true;
            d.replicas = cap.replicas;
            d.streams = cap.streams;
            d.requests_per_hour_per_replica = cap.requests_per_hour;
            d.selfhost_latency_s = cap.latency_s;
            d.busy_share = cap.busy_share;
            if (device->board_power_w && cap.requests_per_hour > 0)
                d.selfhost_energy_wh_per_request = *device->board_power_w * n / cap.requests_per_hour;
        }
    }
    d.gpus = *d.replicas * *d.devices_per_replica;

    const double device_hours = *d.gpus * w.hours_per_day * kDaysPerMonth;
    if (w.pricing == DevicePricing::kRent) {
        const std::optional<double> price =
            w.gpu_usd_per_hour > 0 ? std::optional<double>(w.gpu_usd_per_hour) : device->rent_usd_per_hour;
        if (price) d.selfhost_monthly_usd = device_hours * *price;
    } else if (device->purchase_usd && device->board_power_w && w.amortisation_months > 0) {
        // Energy at board power while the devices work (the busy share of the busy hours); idle draw not counted.
        const double working_hours = device_hours * d.busy_share.value_or(1);
        d.selfhost_energy_monthly_usd = working_hours * *device->board_power_w / 1000 * w.energy_usd_per_kwh;
        d.selfhost_monthly_usd =
            *d.gpus * *device->purchase_usd / w.amortisation_months + d.selfhost_energy_monthly_usd;
    }
}

// Energy and CO2 per request. Self-hosted: the devices' energy on the user's grid. API: EcoLogits from the published
// total and active parameters (unknown when undisclosed), bounded by the catalog's latency, on the host's zone.
void DeriveEnergy(const Model& m, const Workload& w, const selfhost::EnergyData& e, bool self_hosted,
                  DerivedValues& d) {
    const selfhost::HostEnergy& host = selfhost::HostEnergyFor(e, m.pricing ? m.pricing->host : std::string());
    if (m.api && m.params_b.Known() && m.active_params_b.Known()) {
        selfhost::ApiEnergyInput in;
        in.active_params_b = m.active_params_b.number;
        in.total_params_b = m.params_b.number;
        in.output_tokens = w.output_tokens;
        if (m.ttft_s.Known() && m.output_tokens_per_s.Known() && m.output_tokens_per_s.number > 0)
            in.request_latency_s = m.ttft_s.number + w.output_tokens / m.output_tokens_per_s.number;
        in.pue = host.pue;
        if (auto a = selfhost::EstimateApiEnergy(e.ecologits, in)) {
            d.api_energy_wh_per_request = a->wh;
            d.api_energy_gpus = a->gpus;
        }
    }
    if (self_hosted && m.self_host) {
        d.grid_g_co2_per_kwh = w.grid_g_co2_per_kwh ? w.grid_g_co2_per_kwh
                                                    : selfhost::GridIntensity(e, e.self_host_default_zone);
    } else if (m.api) {
        d.energy_wh_per_request = d.api_energy_wh_per_request;
        d.grid_g_co2_per_kwh = selfhost::GridIntensity(e, host.zone);
    }
    if (d.energy_wh_per_request && d.grid_g_co2_per_kwh)
        d.co2_g_per_request = *d.energy_wh_per_request / 1000 * *d.grid_g_co2_per_kwh;
}

}  // namespace

DerivedValues Derive(const Model& m, const Profile& profile, const selfhost::Data* selfhost) {
    DerivedValues d;
    // [tokens-per-language] Words become this model's tokens through its tokenizer family's measured ratio.
    // Without one, every figure that depends on the request's tokens stays unknown (no borrowed ratio).
    Workload words_as_tokens;
    const bool words = profile.workload.text_unit == TextUnit::kWords;
    if (words) {
        words_as_tokens = profile.workload;
        if (selfhost) {
            d.tokenizer = selfhost::TokenizerOf(*selfhost, m.id, m.family, /*verified_only=*/true);
            const auto count = selfhost::CountTokens(*selfhost, d.tokenizer, profile.workload.language, 1);
            d.tokens_per_word = count.tokens_per_word;
        }
        if (d.tokens_per_word) {
            words_as_tokens.input_tokens = std::round(profile.workload.input_tokens * *d.tokens_per_word);
            words_as_tokens.output_tokens = std::round(profile.workload.output_tokens * *d.tokens_per_word);
        }
    }
    const Workload& w = words ? words_as_tokens : profile.workload;
    const bool tokens_known = !words || d.tokens_per_word.has_value();
    if (tokens_known) {
        d.input_tokens = w.input_tokens;
        d.output_tokens = w.output_tokens;
    }
    if (tokens_known && m.api && m.pricing && m.pricing->input_per_mtok.Known() &&
        m.pricing->output_per_mtok.Known()) {
        const Pricing& p = *m.pricing;
        double in = p.input_per_mtok.number, out = p.output_per_mtok.number;
        double cached = in;
        if (p.cached_input_per_mtok.Known())
            cached = p.cached_input_per_mtok.number;
        else
            d.cached_price_assumed = w.cached_share > 0;
        if (p.long_context && w.input_tokens > p.long_context->threshold_tokens &&
            p.long_context->input_per_mtok.Known() && p.long_context->output_per_mtok.Known()) {
            // The tier replaces both prices; the cached discount keeps its ratio to the input price.
            const double lc_in = p.long_context->input_per_mtok.number;
            cached = in > 0 ? cached * lc_in / in : lc_in;
            in = lc_in;
            out = p.long_context->output_per_mtok.number;
            d.long_context_tier = true;
        }
        const double per_request =
            (w.input_tokens * ((1 - w.cached_share) * in + w.cached_share * cached) + w.output_tokens * out) /
            1e6;
        d.api_monthly_usd = per_request * w.requests_per_day * kDaysPerMonth;
    }
    const Constraints& c = profile.constraints;
    d.vram = EstimateMemory(m, selfhost, c.quantization, c.kv_context_tokens, c.batch);
    if (tokens_known && m.self_host && d.vram) DeriveSelfhost(m, profile, w, selfhost, d);
    const bool api_ok = c.deployment != Deployment::kSelfHost && d.api_monthly_usd;
    const bool self_ok = c.deployment != Deployment::kApi && d.selfhost_monthly_usd;
    if (api_ok && (!self_ok || *d.api_monthly_usd <= *d.selfhost_monthly_usd)) {
        d.monthly_usd = d.api_monthly_usd;
        d.monthly_basis = "api";
    } else if (self_ok) {
        d.monthly_usd = d.selfhost_monthly_usd;
        d.monthly_basis = "self_host";
    }
    if (tokens_known && m.ttft_s.Known() && m.output_tokens_per_s.Known() && m.output_tokens_per_s.number > 0)
        d.latency_s = m.ttft_s.number + w.output_tokens / m.output_tokens_per_s.number;
    // A model that runs on the user's device answers at its speed, not at an API's (unknown when the device's
    // speed for it is). A custom GPU known only by its memory keeps the catalog's figure.
    const bool self_hosted = c.deployment == Deployment::kSelfHost ||
                             (c.deployment == Deployment::kEither && (!m.api || d.monthly_basis == "self_host"));
    if (self_hosted && m.self_host && !w.device.empty()) d.latency_s = d.selfhost_latency_s;
    if (self_hosted && m.self_host) d.energy_wh_per_request = d.selfhost_energy_wh_per_request;
    if (selfhost && selfhost->energy) DeriveEnergy(m, w, *selfhost->energy, self_hosted, d);
    return d;
}

std::optional<double> CriterionValue(const CriterionInfo& info, const Model& m, const DerivedValues& d,
                                     const Profile& profile) {
    return CriterionReader(info, profile).Read(m, d);
}

CriterionReader::CriterionReader(const CriterionInfo& info, const Profile& profile) {
    const std::string& id = info.id;
    static const std::pair<const char*, Field> kFields[] = {
        {"monthly_cost", Field::kMonthlyCost},   {"api_monthly_cost", Field::kApiMonthlyCost},
        {"selfhost_monthly_cost", Field::kSelfhostMonthlyCost},
        {"latency", Field::kLatency},            {"vram_gb", Field::kVram},
        {"input_price", Field::kInputPrice},     {"output_price", Field::kOutputPrice},
        {"context_tokens", Field::kContextTokens}, {"output_speed", Field::kOutputSpeed},
        {"ttft", Field::kTtft},                  {"params_b", Field::kParams},
        {"relative_cost", Field::kRelativeCost}, {"energy_wh_per_request", Field::kEnergy},
        {"co2_g_per_request", Field::kCo2}};
    for (const auto& [name, field] : kFields)
        if (id == name) {
            field_ = field;
            return;
        }
    if (id.rfind("bench.", 0) == 0) {
        field_ = Field::kBenchmark;
        benchmark_ = id.substr(6);
    } else if (id.rfind("user.", 0) == 0) {
        field_ = Field::kUser;
        const std::string_view uid = std::string_view(id).substr(5);
        // The first value listed for a model wins (emplace keeps it), as a scan of the lists would find it.
        for (const UserCriterion& u : profile.user_criteria)
            if (u.id == uid)
                for (const auto& [model, value] : u.values) user_values_.emplace(model, value);
    }
}

std::optional<double> CriterionReader::Read(const Model& m, const DerivedValues& d) const {
    switch (field_) {
        case Field::kMonthlyCost: return d.monthly_usd;
        case Field::kApiMonthlyCost: return d.api_monthly_usd;
        case Field::kSelfhostMonthlyCost: return d.selfhost_monthly_usd;
        case Field::kLatency: return d.latency_s;
        case Field::kVram: return d.vram ? std::optional<double>(d.vram->total_gb) : std::nullopt;
        case Field::kEnergy: return d.energy_wh_per_request;
        case Field::kCo2: return d.co2_g_per_request;
        case Field::kInputPrice: return m.pricing ? Known(m.pricing->input_per_mtok) : std::nullopt;
        case Field::kOutputPrice: return m.pricing ? Known(m.pricing->output_per_mtok) : std::nullopt;
        case Field::kContextTokens: return Known(m.context_tokens);
        case Field::kOutputSpeed: return Known(m.output_tokens_per_s);
        case Field::kTtft: return Known(m.ttft_s);
        case Field::kParams: return Known(m.params_b);
        case Field::kRelativeCost:
            return m.relative_cost ? std::optional<double>(*m.relative_cost) : std::nullopt;
        case Field::kBenchmark: {
            const Figure* f = m.Benchmark(benchmark_);
            return f ? Known(*f) : std::nullopt;
        }
        case Field::kUser: {
            auto it = user_values_.find(m.id);
            return it == user_values_.end() ? std::nullopt : std::optional<double>(it->second);
        }
        case Field::kNone: break;
    }
    return std::nullopt;
}

const char* ToString(SourceKind k) {
    switch (k) {
        case SourceKind::kCatalog:
            return "catalog";
        case SourceKind::kDerived:
            return "derived";
        case SourceKind::kUser:
            return "user";
    }
    return "invalid";
}

}  // namespace mm
