// Batched serving capacity and replicas for a peak load (see capacity.h).
#include "engine/selfhost/capacity.h"

#include <algorithm>
#include <cmath>

namespace mm::selfhost {

namespace {

// Distinct experts the tokens of `streams` streams route to, as a multiple of one token's k experts.
double ExpertsReadFactor(const CapacityInput& in, int streams) {
    const double n = in.experts_total, k = in.experts_active;
    if (k <= 0 || n <= k) return 1;
    return n * (1 - std::pow(1 - k / n, streams)) / k;
}

double StepSeconds(const CapacityInput& in, int streams) {
    return in.weights_s_per_token + in.expert_weights_s_per_token * (ExpertsReadFactor(in, streams) - 1) +
           streams * in.kv_s_per_token + (streams - 1) * in.compute_s_per_token;
}

double AggregateTokensPerS(const CapacityInput& in, int streams) { return streams / StepSeconds(in, streams); }

double PrefillSeconds(const CapacityInput& in) {
    return in.prefill_tokens_per_s && *in.prefill_tokens_per_s > 0 ? in.prefill_tokens / *in.prefill_tokens_per_s
                                                                    : 0;
}

// One request's latency when `streams` share the replica: its prefill, then each output token at the pace of
// one step.
double LatencySeconds(const CapacityInput& in, int streams) {
    const double per_token = streams / AggregateTokensPerS(in, streams);
    return PrefillSeconds(in) + in.output_tokens * per_token;
}

double RequestsPerHour(const CapacityInput& in, int streams) {
    // Prefill runs between decode steps (compute-bound, not shared); decode is shared by the streams.
    const double seconds = PrefillSeconds(in) + in.output_tokens / AggregateTokensPerS(in, streams);
    return seconds > 0 ? 3600 / seconds : 0;
}

}  // namespace

double BatchedDecodeTokensPerS(const CapacityInput& in, int streams) { return AggregateTokensPerS(in, streams); }

std::optional<CapacityInput> DecodeCapacityInput(const Estimate& e) {
    if (!e.decode_weights_s_per_token || !e.decode_kv_s_per_token) return std::nullopt;
    CapacityInput in;
    in.weights_s_per_token = *e.decode_weights_s_per_token;
    in.expert_weights_s_per_token = e.decode_expert_s_per_token.value_or(0);
    in.experts_total = e.experts_total;
    in.experts_active = e.experts_active;
    in.kv_s_per_token = *e.decode_kv_s_per_token;
    in.compute_s_per_token = e.decode_compute_s_per_token.value_or(0);
    in.prefill_tokens_per_s = e.prefill_tokens_per_s;
    return in;
}

Capacity EstimateCapacity(const CapacityInput& in) {
    Capacity c;
    int most = std::clamp(in.max_streams, 1, kMaxStreamsPerReplica);
    if (in.latency_target_s) {
        // Latency grows with the streams: keep the most that still meet the target.
        while (most > 1 && LatencySeconds(in, most) > *in.latency_target_s) --most;
        c.meets_latency = LatencySeconds(in, most) <= *in.latency_target_s;
    }
    c.requests_per_hour = RequestsPerHour(in, most);
    double load = 0;  // peak requests per hour on each replica
    if (c.requests_per_hour > 0 && in.peak_requests_per_hour > 0) {
        const double replicas = std::ceil(in.peak_requests_per_hour / c.requests_per_hour - 1e-9);
        c.replicas = static_cast<int>(std::clamp(replicas, 1.0, 1e6));
        load = in.peak_requests_per_hour / c.replicas;
        c.busy_share = std::min(1.0, load / c.requests_per_hour);
    }
    // A replica runs as many streams as its load needs: the fewest whose capacity carries it.
    c.streams = 1;
    while (c.streams < most && RequestsPerHour(in, c.streams) < load) ++c.streams;
    c.decode_tokens_per_s = AggregateTokensPerS(in, c.streams);
    if (in.prefill_tokens_per_s || in.prefill_tokens <= 0) c.latency_s = LatencySeconds(in, c.streams);
    return c;
}

}  // namespace mm::selfhost
