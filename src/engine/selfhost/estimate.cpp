// Self-hosting estimate: validate the request, then memory (memory.h, kv_cache.h) and speed (speed.h).
#include "engine/selfhost/estimate.h"

#include <algorithm>
#include <vector>

#include "engine/selfhost/kv_cache.h"
#include "engine/selfhost/memory.h"
#include "engine/selfhost/speed.h"

namespace mm::selfhost {

namespace {

constexpr double kUnboundedContext = 1 << 24;  // cap for max_context when the model's context is unknown

// Median dense FP16 FLOPS per byte/s of bandwidth among the listed devices of `kind` with both figures.
std::optional<double> FlopsPerByte(const std::vector<Device>& devices, const std::string& kind) {
    std::vector<double> ratios;
    ratios.reserve(devices.size());
    for (const Device& d : devices)
        if (d.kind == kind && d.fp16_tflops && d.bandwidth_gbs && *d.bandwidth_gbs > 0)
            ratios.push_back(*d.fp16_tflops * 1e12 / (*d.bandwidth_gbs * 1e9));
    if (ratios.empty()) return std::nullopt;
    std::sort(ratios.begin(), ratios.end());
    const size_t n = ratios.size();
    return n % 2 ? ratios[n / 2] : (ratios[n / 2 - 1] + ratios[n / 2]) / 2;
}

template <class T>
std::string Choices(const std::vector<T>& items) {
    std::string s;
    for (const T& item : items) s += (s.empty() ? "" : ", ") + item.id;
    return s;
}

}  // namespace

EstimateResult EstimateSelfhost(const Data& data, const Request& r) {
    EstimateResult result;
    const Model* model = FindById(data.models, r.model);
    const Device* device = FindById(data.devices, r.device);
    const Quantisation* quant = FindById(data.quantisations, r.quant);
    const KvQuant* kv_quant = FindById(data.kv_quants, r.kv_quant);
    if (!model)
        result.issues.push_back({"model", "unknown model '" + r.model +
                                              "'; models with published weights: " + Choices(data.models)});
    if (!device)
        result.issues.push_back(
            {"device", "unknown device '" + r.device + "'; devices: " + Choices(data.devices)});
    if (!quant)
        result.issues.push_back({"quant", "unknown quantisation '" + r.quant +
                                              "'; quantisations: " + Choices(data.quantisations)});
    if (!kv_quant)
        result.issues.push_back({"kv_quant", "unknown KV-cache quantisation '" + r.kv_quant +
                                                 "'; choices: " + Choices(data.kv_quants)});
    if (!(r.context >= 1)) result.issues.push_back({"context", "context must be at least 1 token"});
    if (r.batch < 1) result.issues.push_back({"batch", "batch must be at least 1"});
    if (r.devices < 1) result.issues.push_back({"devices", "devices must be at least 1"});
    if (!result.issues.empty()) return result;

    Estimate e;
    e.request = r;
    e.runtime = r.runtime == Runtime::kInvalid ? quant->runtime : r.runtime;
    e.bits_per_weight = quant->bits_per_weight;
    e.weights_from_file = model->file_gb.count(quant->id == "bf16" ? "f16" : quant->id) > 0;
    e.overhead_gib = OverheadGib(e.runtime, *device, r.devices, data.runtimes);
    e.budget_gib = BudgetGib(*device, r.devices);
    auto weights = WeightsBytes(*model, *quant);
    if (weights) e.weights_gib = *weights / kBytesPerGib;

    std::optional<KvLayout> kv;
    if (model->architecture) kv = KvLayoutOf(*model->architecture);
    if (!kv && r.guess_kv_without_architecture && model->params_b) {
        kv = KvLayoutFromParameters(*model->params_b);
        e.kv_guessed = true;
    }
    if (kv) {
        e.kv_gib = KvBytes(*kv, r.context, r.batch, kv_quant->bytes_per_element) / kBytesPerGib;
        e.kv_bytes_per_token = KvBytesPerToken16(*kv);
        e.kv_bytes_per_token_all_layers = KvBytesPerToken16AllLayers(*kv);
    }
    if (e.weights_gib && e.kv_gib) {
        e.total_gib = *e.weights_gib + *e.kv_gib + *e.overhead_gib;
        e.fits = *e.total_gib <= *e.budget_gib;
        e.max_context =
            MaxContext(*kv, r.batch, kv_quant->bytes_per_element, *e.weights_gib + *e.overhead_gib,
                       *e.budget_gib, model->context_tokens.value_or(kUnboundedContext));
    }

    const double total_b = model->params_b.value_or(0);
    const double active_b = model->active_params_b.value_or(total_b);
    if (weights && kv && model->architecture && total_b > 0) {
        DecodeInput in;
        in.weights_bytes_read = *weights * active_b / total_b;
        in.kv_bytes_read = KvBytes(*kv, r.context, 1, kv_quant->bytes_per_element);
        in.layers = model->architecture->layers;
        in.moe = model->architecture->experts_total.value_or(0) > 1;
        e.decode_tokens_per_s = DecodeTokensPerS(in, *device, e.runtime, r.devices);
        DecodeInput weights_only = in;
        weights_only.kv_bytes_read = 0;
        if (auto w = DecodeTokensPerS(weights_only, *device, e.runtime, r.devices); w && e.decode_tokens_per_s) {
            e.decode_weights_s_per_token = 1 / *w;
            e.decode_kv_s_per_token = std::max(0.0, 1 / *e.decode_tokens_per_s - 1 / *w);
            // MoE: experts of (total - active) / (N - k) parameters each; k of them are read per token.
            const int n = model->architecture->experts_total.value_or(0);
            const int k = model->architecture->experts_active.value_or(0);
            if (in.moe && k > 0 && n > k && total_b > active_b) {
                DecodeInput none = weights_only;
                none.weights_bytes_read = 0;
                const double overhead_s = 1 / *DecodeTokensPerS(none, *device, e.runtime, r.devices);
                const double expert_share = std::min(1.0, k * (total_b - active_b) / (n - k) / active_b);
                e.decode_expert_s_per_token = (1 / *w - overhead_s) * expert_share;
                e.experts_total = n;
                e.experts_active = k;
            }
        }
        if (e.decode_tokens_per_s)
            e.energy_wh_per_1k_output_tokens =
                EnergyWhPer1kTokens(*device, r.devices, *e.decode_tokens_per_s);
    }
    if (active_b > 0) {
        e.prefill_tokens_per_s = PrefillTokensPerS(active_b, *device, e.runtime, r.devices);
        if (device->fp16_tflops) {
            e.decode_compute_s_per_token = BatchComputeSecondsPerToken(active_b, *device, e.runtime, r.devices);
        } else if (const auto flops_per_byte = FlopsPerByte(data.devices, device->kind);
                   flops_per_byte && device->bandwidth_gbs) {
            Device like = *device;
            like.fp16_tflops = *device->bandwidth_gbs * 1e9 * *flops_per_byte / 1e12;
            e.decode_compute_s_per_token = BatchComputeSecondsPerToken(active_b, like, e.runtime, r.devices);
        }
    }
    result.estimate = std::move(e);
    return result;
}

}  // namespace mm::selfhost
