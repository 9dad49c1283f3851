// EcoLogits request energy for API models: a worked example checked by hand, monotonicity in output tokens and
// active parameters, the GPU count rounded to a power of two, the latency bound, unknown sizes, hosts and grids.
#include "engine/selfhost/api_energy.h"

#include <gtest/gtest.h>

#include <cmath>

#include "selfhost/selfhost_test_util.h"

namespace mm::selfhost {
namespace {

const EcologitsConstants& K() {
    EXPECT_TRUE(ShippedData().energy);
    return ShippedData().energy->ecologits;
}

ApiEnergyInput In(double active, double total, double out, double pue = 1) {
    ApiEnergyInput in;
    in.active_params_b = active;
    in.total_params_b = total;
    in.output_tokens = out;
    in.pue = pue;
    return in;
}

TEST(ApiEnergy, WorkedExampleMistral7B) {
    // EcoLogits' own test inputs (tests/test_llm_impacts.py): 7.3 B, 200 output tokens, 5 s latency, PUE 1.26.
    // GPU: 200 x (1.1665e-6 x exp(-0.0112059 x 64) x 7.3 + 4.0529e-5) = 0.0089372 Wh; 1 GPU (1.2 x 7.3 x 2 = 17.5 GB).
    // Latency: 200 x (6.785e-4 x 7.3 + 3.119e-4 x 64 + 0.019474) = 8.88 s, bounded by the measured 5 s.
    // Server: 5 / 3600 x 1200 W x 1/8 / 64 = 0.0032552 Wh.  Request: 1.26 x (0.0032552 + 0.0089372) = 0.0153624 Wh.
    ApiEnergyInput in = In(7.3, 7.3, 200, 1.26);
    in.request_latency_s = 5;
    const auto e = EstimateApiEnergy(K(), in);
    ASSERT_TRUE(e);
    EXPECT_EQ(e->gpus, 1);
    EXPECT_NEAR(e->gpu_wh, 0.0089372, 1e-6);
    EXPECT_DOUBLE_EQ(e->latency_s, 5);
    EXPECT_NEAR(e->server_wh, 0.0032552, 1e-6);
    EXPECT_NEAR(e->wh, 0.0153624, 1e-6);
}

TEST(ApiEnergy, MixtureOfExpertsUsesTotalForGpusAndActiveForEnergy) {
    // Mixtral 8x7B: 46.7 B total -> 112 GB -> 2 GPUs; 12.9 B active; 200 tokens, 10 s, PUE 1.26 -> 0.0399412 Wh.
    ApiEnergyInput in = In(12.9, 46.7, 200, 1.26);
    in.request_latency_s = 10;
    const auto e = EstimateApiEnergy(K(), in);
    ASSERT_TRUE(e);
    EXPECT_EQ(e->gpus, 2);
    EXPECT_NEAR(e->latency_s, 9.638, 1e-3);  // the model's own latency is below the measured one
    EXPECT_NEAR(e->wh, 0.0399412, 1e-6);
}

TEST(ApiEnergy, GpuCountRoundsUpToAPowerOfTwo) {
    EXPECT_EQ(EstimateApiEnergy(K(), In(70, 70, 1))->gpus, 4);     // 168 GB -> 3 -> 4
    EXPECT_EQ(EstimateApiEnergy(K(), In(123, 123, 1))->gpus, 4);   // 295 GB -> 4
    EXPECT_EQ(EstimateApiEnergy(K(), In(405, 405, 1))->gpus, 16);  // 972 GB -> 13 -> 16
}

TEST(ApiEnergy, GrowsWithOutputTokensAndActiveParameters) {
    const double base = EstimateApiEnergy(K(), In(8, 8, 300))->wh;
    EXPECT_GT(EstimateApiEnergy(K(), In(8, 8, 600))->wh, base);
    EXPECT_NEAR(EstimateApiEnergy(K(), In(8, 8, 600))->wh, 2 * base, 1e-12);  // linear in output tokens
    EXPECT_GT(EstimateApiEnergy(K(), In(30, 30, 300))->wh, base);
    EXPECT_GT(EstimateApiEnergy(K(), In(16, 60, 300))->wh, EstimateApiEnergy(K(), In(8, 60, 300))->wh);
    EXPECT_DOUBLE_EQ(EstimateApiEnergy(K(), In(8, 8, 0))->wh, 0);
    EXPECT_NEAR(EstimateApiEnergy(K(), In(8, 8, 300, 1.5))->wh, 1.5 * base, 1e-12);  // x PUE
}

TEST(ApiEnergy, UnknownOrAbsurdSizesGiveNothing) {
    EXPECT_FALSE(EstimateApiEnergy(K(), In(0, 8, 300)));
    EXPECT_FALSE(EstimateApiEnergy(K(), In(8, 0, 300)));
    EXPECT_FALSE(EstimateApiEnergy(K(), In(NAN, 8, 300)));
    EXPECT_FALSE(EstimateApiEnergy(K(), In(8, 1e12, 300)));
}

TEST(ApiEnergy, HostsAndGridsFromTheShippedData) {
    const EnergyData& e = *ShippedData().energy;
    EXPECT_EQ(HostEnergyFor(e, "mistral").zone, "SWE");
    EXPECT_DOUBLE_EQ(HostEnergyFor(e, "mistral").pue, 1.16);
    EXPECT_DOUBLE_EQ(HostEnergyFor(e, "anthropic").pue, 1.14);  // the range's upper end
    EXPECT_EQ(HostEnergyFor(e, "deepseek").zone, "WOR");        // not listed by EcoLogits: world average
    EXPECT_DOUBLE_EQ(HostEnergyFor(e, "deepseek").pue, 1.58);   // Uptime Institute 2023 average
    EXPECT_EQ(e.self_host_default_zone, "FRA");
    EXPECT_DOUBLE_EQ(*GridIntensity(e, "FRA"), 44.18);
    EXPECT_DOUBLE_EQ(*GridIntensity(e, "USA"), 383.55);
    EXPECT_FALSE(GridIntensity(e, "ATL"));
}

}  // namespace
}  // namespace mm::selfhost
