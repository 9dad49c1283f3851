// The self-hosting facade: one model, quantisation, device (× count), context and batch -> memory split, fit,
// largest context, single-stream speed and energy, keeping every intermediate for the views.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "engine/io/json_util.h"
#include "engine/selfhost/selfhost_data.h"

namespace mm::selfhost {

struct Request {
    std::string model, device, quant;
    double context = 4096;
    int batch = 1;  // concurrent sequences
    std::string kv_quant = "f16";
    int devices = 1;
    Runtime runtime = Runtime::kInvalid;  // kInvalid: the quantisation's usual runtime
    // A model without a usable architecture gets a KV cache guessed from its parameter count (kv_guessed) instead
    // of none: the model card shows a flagged fit; the CLI keeps null.
    bool guess_kv_without_architecture = false;
};

struct Estimate {
    Request request;
    Runtime runtime = Runtime::kInvalid;
    double bits_per_weight = 0;
    bool weights_from_file = false;  // a real download size, not parameters x bits
    bool kv_guessed = false;         // KV cache from KvLayoutFromParameters (no usable architecture)
    std::optional<double> weights_gib, kv_gib, overhead_gib, total_gib, budget_gib;
    std::optional<bool> fits;
    std::optional<double> max_context;
    std::optional<double> kv_bytes_per_token, kv_bytes_per_token_all_layers;
    std::optional<double> decode_tokens_per_s, prefill_tokens_per_s, energy_wh_per_1k_output_tokens;
    // One batch-1 decode step split: the weights read (+ per-layer overhead) and one sequence's KV read.
    std::optional<double> decode_weights_s_per_token, decode_kv_s_per_token;
    // For batched decode (capacity.h): the routed experts' part of the weights read (MoE), the experts (N, k;
    // 0 when dense) and one token's compute time (speed.h, BatchComputeSecondsPerToken); for a device without a
    // FLOPS figure, FLOPS = its bandwidth x the median FLOPS per byte of the listed devices of its kind.
    std::optional<double> decode_expert_s_per_token, decode_compute_s_per_token;
    int experts_total = 0, experts_active = 0;
};

struct EstimateResult {
    std::optional<Estimate> estimate;
    std::vector<Issue> issues;  // bad request: names the item and the valid choices
};

EstimateResult EstimateSelfhost(const Data& data, const Request& request);

}  // namespace mm::selfhost
