// Serving capacity of one replica (a model on its devices) under batching, and the replicas a peak load needs.
// Decode is bandwidth-bound: B concurrent streams share one read of the weights per step, each adds its KV read,
//   step time(B) = t_weights + B x t_kv,  aggregate tokens/s(B) = B / step time(B),
// capped by compute (the prefill rate, FLOPS-bound) and by the memory left for B KV caches (see docs/SELFHOST.md).
#pragma once
#include <optional>

namespace mm::selfhost {

struct CapacityInput {
    double weights_s_per_token = 0;            // t_weights: one step at batch 1 without the KV read
    double kv_s_per_token = 0;                 // t_kv: one stream's KV read at the request's context
    std::optional<double> prefill_tokens_per_s;  // null: prefill time unknown (ignored by the capacity)
    std::optional<double> compute_tokens_per_s;  // cap on aggregate decode tokens/s; null = no cap known
    double prefill_tokens = 0;                 // per request (uncached input)
    double output_tokens = 0;                  // per request
    int max_streams = 1;                       // streams whose KV caches fit beside the weights (>= 1)
    std::optional<double> latency_target_s;    // per request; null = none
    double peak_requests_per_hour = 0;
};

// Streams a replica runs at most when no latency target limits them (a llama.cpp server with 32 slots).
inline constexpr int kMaxStreamsPerReplica = 32;

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
