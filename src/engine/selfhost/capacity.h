// Serving capacity of one replica (a model on its devices) under batching, and the replicas a peak load needs.
// One decode step of B concurrent streams reads the weights once (a MoE reads the union of the experts its B
// tokens route to), each stream's KV cache, and computes B tokens (the first one's compute hides under the
// weights read, as in the batch-1 calibration):
//   step time(B) = t_weights + t_experts x (E(B) / k - 1) + B x t_kv + (B - 1) x t_compute,
//   E(B) = N x (1 - (1 - k/N)^B)  (distinct experts of N, k per token, under uniform routing),
//   aggregate tokens/s(B) = B / step time(B),
// with B capped by the memory left for B KV caches. Calibrated on published batched llama.cpp measurements
// (tests/engine/data/batched_calibration.json; fit and misses in docs/SELFHOST.md).
#pragma once
#include <optional>

#include "engine/selfhost/estimate.h"

namespace mm::selfhost {

struct CapacityInput {
    double weights_s_per_token = 0;            // t_weights: one step at batch 1 without the KV read
    double expert_weights_s_per_token = 0;     // t_experts: the routed experts' share of t_weights (0: dense)
    int experts_total = 0, experts_active = 0;  // N and k (0: dense)
    double kv_s_per_token = 0;                 // t_kv: one stream's KV read at the request's context
    double compute_s_per_token = 0;            // t_compute: one token's matmuls (0: unknown, not counted)
    std::optional<double> prefill_tokens_per_s;  // null: prefill time unknown (ignored by the capacity)
    double prefill_tokens = 0;                 // per request (uncached input)
    double output_tokens = 0;                  // per request
    int max_streams = 1;                       // streams whose KV caches fit beside the weights (>= 1)
    std::optional<double> latency_target_s;    // per request; null = none
    double peak_requests_per_hour = 0;
};

// The decode part of a CapacityInput from a self-hosting estimate (batch-1 step split, compute time, experts);
// null when the estimate has no decode speed.
std::optional<CapacityInput> DecodeCapacityInput(const Estimate& e);

// Streams a replica runs at most when no latency target limits them (a llama.cpp server with 32 slots).
inline constexpr int kMaxStreamsPerReplica = 32;

// Aggregate decode tokens/s of `streams` concurrent streams (the formula above).
double BatchedDecodeTokensPerS(const CapacityInput& in, int streams);

// Replicas = ceil(peak / capacity at the most streams allowed); each then runs the fewest streams that carry its
// share of the peak, and the latency is the one at those streams (a lightly loaded replica answers faster).
struct Capacity {
    int streams = 1;                      // concurrent streams per replica at the peak
    double decode_tokens_per_s = 0;       // aggregate at `streams`
    std::optional<double> latency_s;      // prefill + output x step time(streams); null when prefill is unknown
    bool meets_latency = true;            // false: even one stream misses the target
    double requests_per_hour = 0;         // one replica, fully busy at the most streams allowed
    int replicas = 1;                     // whole replicas to carry the peak (at least 1)
    double busy_share = 0;                // peak load / capacity of the replicas, 0..1
};

Capacity EstimateCapacity(const CapacityInput& in);

}  // namespace mm::selfhost
