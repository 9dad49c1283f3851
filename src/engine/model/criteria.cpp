// Criterion registry and derived figures (cost, latency, VRAM, self-host cost) for one model and workload.
#include "engine/model/criteria.h"

#include <algorithm>
#include <cmath>

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

double BitsPerWeight(Quantization q) {
    switch (q) {
        case Quantization::kFp16:
            return 16;
        case Quantization::kQ8:
            return 8.5;
        case Quantization::kQ4:
            return 4.5;
    }
    return 16;
}

std::optional<VramEstimate> EstimateVram(const Model& m, Quantization q, double context_tokens, int batch) {
    if (!m.params_b.Known()) return std::nullopt;
    VramEstimate v;
    // MoE: every expert must be resident, so memory follows total parameters (compute follows active).
    v.weights_gb = m.params_b.number * BitsPerWeight(q) / 8.0;
    const Architecture* a = m.architecture ? &*m.architecture : nullptr;
    if (a && a->layers.Known() && a->kv_heads.Known() &&
        (a->head_dim.Known() || (a->hidden_size.Known() && a->attention_heads.Known()))) {
        const double head_dim =
            a->head_dim.Known() ? a->head_dim.number : a->hidden_size.number / a->attention_heads.number;
        v.kv_cache_gb =
            2.0 * a->layers.number * a->kv_heads.number * head_dim * context_tokens * batch * 2.0 / 1e9;
        v.from_architecture = true;
    } else {
        // Without the architecture, take a typical grouped-query cache: ~0.1 MB per token per 10 B parameters
        // (Llama-3-8B: 0.13 MB/token; 70B: 0.33 MB/token) — flagged as an estimate.
        v.kv_cache_gb = 0.1e6 * std::max(1.0, m.params_b.number / 10.0) * context_tokens * batch / 1e9;
    }
    v.overhead_gb = 1.0 + 0.1 * v.weights_gb;
    v.total_gb = v.weights_gb + v.kv_cache_gb + v.overhead_gb;
    return v;
}

DerivedValues Derive(const Model& m, const Profile& profile) {
    const Workload& w = profile.workload;
    DerivedValues d;
    if (m.api && m.pricing && m.pricing->input_per_mtok.Known() && m.pricing->output_per_mtok.Known()) {
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
    d.vram = EstimateVram(m, c.quantization, c.kv_context_tokens, c.batch);
    if (m.self_host && d.vram && w.gpu_vram_gb > 0) {
        // A GPU absurdly small for the model (e.g. gpu_vram_gb 1e-9) would need more GPUs than an int holds
        // (undefined conversion, found by fuzzing): past a million GPUs the count and cost stay unknown.
        const double gpus = std::ceil(d.vram->total_gb / w.gpu_vram_gb - 1e-9);
        if (gpus >= 0 && gpus <= 1e6) {
            d.gpus = static_cast<int>(gpus);
            if (w.gpu_usd_per_hour > 0)
                d.selfhost_monthly_usd = *d.gpus * w.gpu_usd_per_hour * w.hours_per_day * kDaysPerMonth;
        }
    }
    const bool api_ok = c.deployment != Deployment::kSelfHost && d.api_monthly_usd;
    const bool self_ok = c.deployment != Deployment::kApi && d.selfhost_monthly_usd;
    if (api_ok && (!self_ok || *d.api_monthly_usd <= *d.selfhost_monthly_usd)) {
        d.monthly_usd = d.api_monthly_usd;
        d.monthly_basis = "api";
    } else if (self_ok) {
        d.monthly_usd = d.selfhost_monthly_usd;
        d.monthly_basis = "self_host";
    }
    if (m.ttft_s.Known() && m.output_tokens_per_s.Known() && m.output_tokens_per_s.number > 0)
        d.latency_s = m.ttft_s.number + w.output_tokens / m.output_tokens_per_s.number;
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
        {"relative_cost", Field::kRelativeCost}};
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
