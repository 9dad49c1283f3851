// Batched capacity: streams share one weights read per step, latency targets limit the streams, replicas
// carry the peak — every number checked by hand.
#include "engine/selfhost/capacity.h"

#include <gtest/gtest.h>

#include <cmath>

namespace mm::selfhost {
namespace {

CapacityInput Base() {
    CapacityInput in;
    in.weights_s_per_token = 0.010;  // 100 tokens/s at batch 1 without KV
    in.kv_s_per_token = 0.001;
    in.prefill_tokens_per_s = 5000;
    in.prefill_tokens = 1000;  // 0.2 s
    in.output_tokens = 100;
    in.max_streams = 8;
    in.peak_requests_per_hour = 10000;
    return in;
}

TEST(SelfhostCapacity, StreamsShareTheWeightsRead) {
    const Capacity c = EstimateCapacity(Base());
    // Fully busy at 8 streams (10 + 8 x 1 ms steps): 3600 / (0.2 + 100 x 0.018 / 8) = 8471 requests/h.
    EXPECT_NEAR(c.requests_per_hour, 3600 / (0.2 + 100 / (8 / 0.018)), 1e-9);
    EXPECT_EQ(c.replicas, 2);  // 10 000 at the peak
    // Each replica carries 5000/h: 2 streams give 4500/h, 3 give 3600 / (0.2 + 1.3 / 3) = 5684/h.
    EXPECT_EQ(c.streams, 3);
    EXPECT_NEAR(c.decode_tokens_per_s, 3 / 0.013, 1e-9);
    EXPECT_NEAR(*c.latency_s, 0.2 + 100 * 0.013, 1e-9);  // prefill + 100 steps of 13 ms
    EXPECT_NEAR(c.busy_share, 5000 / c.requests_per_hour, 1e-12);
}

TEST(SelfhostCapacity, LatencyTargetKeepsFewerStreams) {
    CapacityInput in = Base();
    in.latency_target_s = 0.2 + 100 * 0.0135;  // meets 3 streams (13 ms steps), not 4 (14 ms)
    const Capacity c = EstimateCapacity(in);
    EXPECT_EQ(c.streams, 3);
    EXPECT_TRUE(c.meets_latency);
    in.latency_target_s = 0.5;  // even one stream (0.2 + 1.1 s) misses it
    const Capacity miss = EstimateCapacity(in);
    EXPECT_EQ(miss.streams, 1);
    EXPECT_FALSE(miss.meets_latency);
}

TEST(SelfhostCapacity, ComputeAndMemoryCapTheBatch) {
    CapacityInput in = Base();
    in.compute_s_per_token = 0.002;  // each stream after the first adds 2 ms: 10 + 8 x 1 + 7 x 2 = 32 ms at 8
    EXPECT_NEAR(BatchedDecodeTokensPerS(in, 8), 8 / 0.032, 1e-9);
    EXPECT_NEAR(BatchedDecodeTokensPerS(in, 1), 1 / 0.011, 1e-9);  // batch 1: the single-stream step
    in.max_streams = 1000;  // memory for many caches, a load no replica carries: at most kMaxStreamsPerReplica
    in.peak_requests_per_hour = 1e7;
    in.compute_s_per_token = 0;
    EXPECT_EQ(EstimateCapacity(in).streams, kMaxStreamsPerReplica);
    in.max_streams = 0;  // at least one stream
    EXPECT_EQ(EstimateCapacity(in).streams, 1);
}

TEST(SelfhostCapacity, MixtureOfExpertsReadsMoreExpertsAsStreamsGrow) {
    CapacityInput in = Base();
    in.expert_weights_s_per_token = 0.006;  // 6 of the 10 ms are the 2 routed experts of 8
    in.experts_total = 8;
    in.experts_active = 2;
    // Two streams route to 8 x (1 - 0.75^2) = 3.5 experts on average, 1.75 x one token's 2.
    EXPECT_NEAR(BatchedDecodeTokensPerS(in, 2), 2 / (0.010 + 0.006 * 0.75 + 2 * 0.001), 1e-9);
    EXPECT_NEAR(BatchedDecodeTokensPerS(in, 1), 1 / 0.011, 1e-9);
}

TEST(SelfhostCapacity, UnknownPrefillLeavesLatencyUnknownAndNoTrafficOneReplica) {
    CapacityInput in = Base();
    in.prefill_tokens_per_s.reset();
    EXPECT_FALSE(EstimateCapacity(in).latency_s);
    in = Base();
    in.peak_requests_per_hour = 0;
    EXPECT_EQ(EstimateCapacity(in).replicas, 1);
}

}  // namespace
}  // namespace mm::selfhost
