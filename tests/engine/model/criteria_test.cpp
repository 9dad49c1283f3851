// Criterion registry and derived figures: monthly cost (cached share, long-context tier), latency, VRAM
// (architecture-based, params-only fallback, MoE), self-host GPUs and cost — every number checked by hand.
#include "engine/model/criteria.h"

#include <gtest/gtest.h>

#include <cmath>

#include "decision_fixture.h"
#include "engine/selfhost/api_energy.h"
#include "engine/selfhost/estimate.h"
#include "selfhost/selfhost_test_util.h"

namespace mm {
namespace {

const Model& M(const char* id) {
    return *test::Fixture().FindModel(id);
}

TEST(Criteria, RegistryHasFixedBenchmarkAndUserCriteria) {
    Profile p = test::BaseProfile();
    p.user_criteria.push_back({"faq", "FAQ", "%", Direction::kBenefit, {{"mid", 80}}});
    auto reg = CriterionRegistry(test::Fixture(), p);
    ASSERT_NE(FindCriterion(reg, "monthly_cost"), nullptr);
    EXPECT_EQ(FindCriterion(reg, "monthly_cost")->direction, Direction::kCost);
    ASSERT_NE(FindCriterion(reg, "bench.humaneval"), nullptr);
    EXPECT_EQ(FindCriterion(reg, "bench.humaneval")->direction, Direction::kBenefit);
    ASSERT_NE(FindCriterion(reg, "user.faq"), nullptr);
    EXPECT_EQ(FindCriterion(reg, "user.faq")->source, SourceKind::kUser);
    EXPECT_EQ(FindCriterion(reg, "bench.nope"), nullptr);
    EXPECT_EQ(FindCriterion(reg, "user.faq")->name, "FAQ");
    EXPECT_TRUE(FindCriterion(reg, "monthly_cost")->name.empty());  // named by the UI's table
}

TEST(Criteria, MonthlyCostWithCachedShare) {
    DerivedValues d = Derive(M("mid"), test::BaseProfile());
    // (1000 x (0.5 x 3 + 0.5 x 0.3) + 300 x 15) / 1e6 USD per request, x 1000 x 30
    ASSERT_TRUE(d.api_monthly_usd);
    EXPECT_NEAR(*d.api_monthly_usd, 184.5, 1e-9);
    EXPECT_FALSE(d.long_context_tier);
    EXPECT_EQ(d.monthly_basis, "api");
}

TEST(Criteria, LongContextTierReplacesPricesAndKeepsCachedRatio) {
    Profile p = test::BaseProfile();
    p.workload.input_tokens = 150000;  // over the 100 000 threshold
    DerivedValues d = Derive(M("mid"), p);
    ASSERT_TRUE(d.api_monthly_usd);
    EXPECT_TRUE(d.long_context_tier);
    // in 6, cached 0.3 x 6/3 = 0.6, out 22.5
    EXPECT_NEAR(*d.api_monthly_usd, (150000 * (0.5 * 6 + 0.5 * 0.6) + 300 * 22.5) / 1e6 * 30000, 1e-6);
}

TEST(Criteria, MissingCachedPriceBillsAtInputPriceWithFlag) {
    DerivedValues d = Derive(M("prem"), test::BaseProfile());
    ASSERT_TRUE(d.api_monthly_usd);
    EXPECT_TRUE(d.cached_price_assumed);
    EXPECT_NEAR(*d.api_monthly_usd, (1000 * 30 + 300 * 60) / 1e6 * 30000, 1e-9);
}

TEST(Criteria, LatencyIsFirstTokenPlusGeneration) {
    DerivedValues d = Derive(M("mid"), test::BaseProfile());
    ASSERT_TRUE(d.latency_s);
    EXPECT_NEAR(*d.latency_s, 0.5 + 300.0 / 60.0, 1e-12);
    EXPECT_FALSE(Derive(M("big-open"), test::BaseProfile()).latency_s);  // no speed in the catalog: unknown
}

constexpr double kGib = 1024.0 * 1024 * 1024;

TEST(Criteria, MemoryFromSelfhostDataFollowsTheArchitecture) {
    const selfhost::Data& data = selfhost::ShippedData();
    Model m;
    m.id = "deepseek-v3";  // multi-head latent attention: the 2 x layers x kv_heads x head_dim rule is ~57x off
    m.params_b = Figure::Of(671);
    auto v = EstimateMemory(m, &data, Quantization::kQ4, 8192, 1);
    ASSERT_TRUE(v);
    EXPECT_TRUE(v->from_architecture);
    EXPECT_EQ(v->quant, "q4_k_m");
    selfhost::Request r{"deepseek-v3", data.devices.front().id, "q4_k_m", 8192, 1};
    r.runtime = selfhost::Runtime::kLlamaCpp;
    const auto e = selfhost::EstimateSelfhost(data, r).estimate;
    ASSERT_TRUE(e && e->total_gib);
    EXPECT_DOUBLE_EQ(v->weights_gb, *e->weights_gib);
    EXPECT_DOUBLE_EQ(v->kv_cache_gb, *e->kv_gib);
    EXPECT_DOUBLE_EQ(v->total_gb, *e->total_gib);
    // 61 layers x (512 + 64) latent values x 2 bytes x 8192 tokens
    EXPECT_NEAR(v->kv_cache_gb, 61.0 * 576 * 2 * 8192 / kGib, 1e-9);
    auto fp16 = EstimateMemory(m, &data, Quantization::kFp16, 8192, 4);
    EXPECT_EQ(fp16->quant, "f16");
    EXPECT_GT(fp16->weights_gb, 3 * v->weights_gb);
    EXPECT_NEAR(fp16->kv_cache_gb, 4 * v->kv_cache_gb, 1e-9);  // the cache grows with the batch
}

TEST(Criteria, MemoryWithoutSelfhostDataIsParamsTimesBitsFlagged) {
    auto v = EstimateMemory(M("small-open"), nullptr, Quantization::kQ4, 8192, 1);  // 8 B parameters
    ASSERT_TRUE(v);
    EXPECT_FALSE(v->from_architecture);
    EXPECT_NEAR(v->weights_gb, 8e9 * 4.843 / 8 / kGib, 1e-9);
    EXPECT_NEAR(v->kv_cache_gb, 0.1e6 * 8192 / kGib, 1e-9);
    EXPECT_NEAR(v->overhead_gb, 0.294, 1e-12);
    EXPECT_NEAR(v->total_gb, v->weights_gb + v->kv_cache_gb + 0.294, 1e-12);
    auto moe = EstimateMemory(M("moe-open"), nullptr, Quantization::kQ8, 8192, 1);  // 47 B total, 13 B active
    ASSERT_TRUE(moe);
    EXPECT_NEAR(moe->weights_gb, 47e9 * 8.501 / 8 / kGib, 1e-9);
    EXPECT_FALSE(EstimateMemory(M("prem"), nullptr, Quantization::kQ4, 8192, 1));  // undisclosed parameters
    // A model the self-host data does not list falls back the same way, with the data's bits per weight.
    auto listed_not = EstimateMemory(M("small-open"), &selfhost::ShippedData(), Quantization::kQ4, 8192, 1);
    ASSERT_TRUE(listed_not);
    EXPECT_FALSE(listed_not->from_architecture);
    EXPECT_NEAR(listed_not->weights_gb, v->weights_gb, 1e-9);
}

TEST(Criteria, CustomGpuOfOldProfilesNeedsEnoughGpus) {
    Profile p = test::BaseProfile();  // gpu_vram_gb 24, gpu_usd_per_hour 1, 10 busy hours, no device id
    p.constraints.deployment = Deployment::kSelfHost;
    DerivedValues small = Derive(M("small-open"), p), big = Derive(M("big-open"), p);
    ASSERT_TRUE(small.gpus && big.gpus);
    EXPECT_EQ(*small.gpus, 1);
    EXPECT_EQ(*big.gpus, 2);  // 39.5 GiB of weights + 5.3 GiB of KV on 24 GB GPUs
    EXPECT_FALSE(big.capacity_known);  // a GPU known only by its memory has no speed: one replica
    EXPECT_NEAR(*small.selfhost_monthly_usd, 1 * 1.0 * 10 * 30, 1e-9);
    EXPECT_NEAR(*big.selfhost_monthly_usd, 2 * 1.0 * 10 * 30, 1e-9);
    EXPECT_EQ(big.monthly_basis, "self_host");
    EXPECT_FALSE(Derive(M("prem"), p).monthly_usd);  // API-only under self_host: no monthly cost
    p.workload.gpu_usd_per_hour = 0;                 // unknown GPU price: self-host cost unknown, not 0
    EXPECT_FALSE(Derive(M("small-open"), p).selfhost_monthly_usd);
}

// A catalog model the self-host data knows, on a listed device.
Model ShippedModel(const char* id, double params_b) {
    Model m;
    m.id = id;
    m.kind = ModelKind::kOpenWeights;
    m.self_host = true;
    m.params_b = Figure::Of(params_b);
    return m;
}

// API models: EcoLogits from the published total and active parameters, on the host's grid (not the user's).
TEST(Criteria, ApiEnergyAndCo2FromEcologits) {
    const selfhost::Data& data = selfhost::ShippedData();
    const selfhost::EnergyData& e = *data.energy;
    Profile p = test::BaseProfile();
    p.constraints.deployment = Deployment::kApi;
    Model moe = M("moe-open");  // 47 B total, 13 B active, TTFT 0.3 s, 80 tokens/s; host not listed by EcoLogits
    const DerivedValues d = Derive(moe, p, &data);
    ASSERT_TRUE(d.energy_wh_per_request && d.co2_g_per_request && d.grid_g_co2_per_kwh);
    selfhost::ApiEnergyInput in;
    in.active_params_b = 13;
    in.total_params_b = 47;
    in.output_tokens = p.workload.output_tokens;
    in.request_latency_s = 0.3 + p.workload.output_tokens / 80;
    in.pue = 1.58;
    EXPECT_NEAR(*d.energy_wh_per_request, selfhost::EstimateApiEnergy(e.ecologits, in)->wh, 1e-12);
    EXPECT_EQ(*d.api_energy_gpus, 2);
    EXPECT_EQ(selfhost::HostEnergyFor(e, "").zone, "WOR");
    EXPECT_DOUBLE_EQ(*d.grid_g_co2_per_kwh, 473.01);
    EXPECT_NEAR(*d.co2_g_per_request, *d.energy_wh_per_request / 1000 * 473.01, 1e-12);
    const auto reg = CriterionRegistry(test::Fixture(), p);
    ASSERT_NE(FindCriterion(reg, "co2_g_per_request"), nullptr);
    EXPECT_EQ(FindCriterion(reg, "co2_g_per_request")->direction, Direction::kCost);
    EXPECT_EQ(*CriterionValue(*FindCriterion(reg, "co2_g_per_request"), moe, d, p), *d.co2_g_per_request);
    EXPECT_EQ(*CriterionValue(*FindCriterion(reg, "energy_wh_per_request"), moe, d, p), *d.energy_wh_per_request);

    // The user's grid is for their own devices: an API request stays on the host's.
    Profile own = p;
    own.workload.grid_g_co2_per_kwh = 10;
    EXPECT_DOUBLE_EQ(*Derive(moe, own, &data).grid_g_co2_per_kwh, 473.01);
    // More output tokens: more energy and CO2.
    Profile longer = p;
    longer.workload.output_tokens *= 2;
    EXPECT_GT(*Derive(moe, longer, &data).co2_g_per_request, *d.co2_g_per_request);
    // Hosted by Mistral: Sweden's grid and PUE 1.16.
    ASSERT_TRUE(moe.pricing);
    moe.pricing->host = "mistral";
    const DerivedValues swe = Derive(moe, p, &data);
    EXPECT_DOUBLE_EQ(*swe.grid_g_co2_per_kwh, 35.82);
    EXPECT_NEAR(*swe.energy_wh_per_request, *d.energy_wh_per_request * 1.16 / 1.58, 1e-12);
    // Undisclosed or missing sizes, or no energy data: unknown, never a guess.
    EXPECT_FALSE(Derive(M("mid"), p, &data).energy_wh_per_request);
    EXPECT_FALSE(Derive(M("mid"), p, &data).co2_g_per_request);
    Model no_active = M("moe-open");
    no_active.active_params_b = Figure();
    EXPECT_FALSE(Derive(no_active, p, &data).energy_wh_per_request);
    EXPECT_FALSE(Derive(M("moe-open"), p, nullptr).co2_g_per_request);
}

Profile DeviceProfile(const char* device) {
    Profile p = test::BaseProfile();
    p.constraints.deployment = Deployment::kSelfHost;
    p.workload.device = device;
    p.workload.gpu_usd_per_hour = 0;  // the device's sourced rent
    p.workload.gpu_vram_gb = 0;
    return p;
}

TEST(Criteria, DeviceCapacitySetsReplicasCostAndLatency) {
    const selfhost::Data& data = selfhost::ShippedData();
    const selfhost::Device& rtx = *selfhost::FindById(data.devices, "rtx-4090");
    Profile p = DeviceProfile("rtx-4090");
    const Model m = ShippedModel("llama-3.1-8b-instruct", 8);
    const DerivedValues d = Derive(m, p, &data);
    ASSERT_TRUE(d.capacity_known);
    EXPECT_EQ(*d.devices_per_replica, 1);
    ASSERT_TRUE(d.requests_per_hour_per_replica && d.selfhost_latency_s && d.streams);
    // 1000 requests over 10 busy hours = 100 per hour: one replica carries them.
    EXPECT_EQ(*d.replicas, std::max(1, static_cast<int>(std::ceil(100 / *d.requests_per_hour_per_replica))));
    EXPECT_NEAR(*d.selfhost_monthly_usd, *d.gpus * *rtx.rent_usd_per_hour * 10 * 30, 1e-9);
    EXPECT_EQ(*d.latency_s, *d.selfhost_latency_s);  // self-hosted: the device's latency, not an API's
    EXPECT_GT(*d.selfhost_latency_s, 300 / 200.0);   // 300 output tokens at most ~150 tokens/s per stream
    EXPECT_LT(*d.selfhost_latency_s, 30);
    EXPECT_NEAR(*d.selfhost_energy_wh_per_request, *rtx.board_power_w / *d.requests_per_hour_per_replica, 1e-9);
    const auto reg = CriterionRegistry(test::Fixture(), p);
    EXPECT_EQ(*CriterionValue(*FindCriterion(reg, "energy_wh_per_request"), m, d, p),
              *d.selfhost_energy_wh_per_request);
    EXPECT_FALSE(Derive(M("mid"), test::BaseProfile(), &data).energy_wh_per_request);  // API, size undisclosed
    // CO2 = energy x the grid of the user's devices: France by default (44.18 g/kWh), else the profile's figure.
    EXPECT_DOUBLE_EQ(*d.grid_g_co2_per_kwh, 44.18);
    EXPECT_NEAR(*d.co2_g_per_request, *d.selfhost_energy_wh_per_request / 1000 * 44.18, 1e-12);
    EXPECT_EQ(*CriterionValue(*FindCriterion(reg, "co2_g_per_request"), m, d, p), *d.co2_g_per_request);
    Profile coal = p;
    coal.workload.grid_g_co2_per_kwh = 800;
    EXPECT_NEAR(*Derive(m, coal, &data).co2_g_per_request, *d.selfhost_energy_wh_per_request * 0.8, 1e-12);

    // Ten times the traffic needs more replicas; the cost follows the devices, not a flat GPU count.
    p.workload.requests_per_day = 1e6;
    const DerivedValues busy = Derive(m, p, &data);
    EXPECT_EQ(*busy.replicas,
              static_cast<int>(std::ceil(1e5 / *busy.requests_per_hour_per_replica - 1e-9)));
    EXPECT_GT(*busy.replicas, *d.replicas);
    EXPECT_NEAR(*busy.selfhost_monthly_usd, *busy.gpus * *rtx.rent_usd_per_hour * 10 * 30, 1e-6);

    // A larger model costs more on the same device: cost separates models.
    const DerivedValues big = Derive(ShippedModel("llama-3.3-70b-instruct", 70), p, &data);
    ASSERT_TRUE(big.selfhost_monthly_usd);
    EXPECT_GE(*big.devices_per_replica, 2);
    EXPECT_GT(*big.selfhost_monthly_usd, *busy.selfhost_monthly_usd);
}

TEST(Criteria, LatencyTargetLimitsStreamsAndPurchaseAmortises) {
    const selfhost::Data& data = selfhost::ShippedData();
    Profile p = DeviceProfile("rtx-4090");
    const Model m = ShippedModel("llama-3.1-8b-instruct", 8);
    p.workload.requests_per_day = 1e6;  // busy replicas run many streams, which slows each answer
    const DerivedValues free = Derive(m, p, &data);
    ASSERT_GT(*free.streams, 8);
    p.constraints.max_latency_s = *free.selfhost_latency_s * 0.8;  // tighter than the loaded latency
    const DerivedValues tight = Derive(m, p, &data);
    EXPECT_LT(*tight.streams, *free.streams);
    EXPECT_LE(*tight.selfhost_latency_s, *p.constraints.max_latency_s);
    EXPECT_LT(*tight.requests_per_hour_per_replica, *free.requests_per_hour_per_replica);
    EXPECT_GT(*tight.replicas, *free.replicas);  // fewer streams each: more replicas for the same peak
    p.constraints.max_latency_s.reset();
    p.workload.requests_per_day = 1000;

    p.workload.pricing = DevicePricing::kPurchase;
    p.workload.amortisation_months = 24;
    p.workload.energy_usd_per_kwh = 0.25;
    const selfhost::Device& rtx = *selfhost::FindById(data.devices, "rtx-4090");
    const DerivedValues bought = Derive(m, p, &data);
    EXPECT_NEAR(*bought.selfhost_monthly_usd,
                *bought.gpus * (*rtx.purchase_usd / 24 +
                                *rtx.board_power_w / 1000 * 10 * 30 * *bought.busy_share * 0.25),
                1e-9);
    EXPECT_GT(*bought.busy_share, 0);
    EXPECT_LE(*bought.busy_share, 1);
    p.workload.device = "l40s";  // no published purchase price: the cost stays unknown
    EXPECT_FALSE(Derive(m, p, &data).selfhost_monthly_usd);
    p.workload.device = "no-such-gpu";
    EXPECT_FALSE(Derive(m, p, &data).gpus);
}

TEST(Criteria, EitherTakesTheCheaperKnownCost) {
    Profile p = test::BaseProfile();
    DerivedValues d = Derive(M("small-open"), p);  // API (0.1/0.2) is far cheaper than a GPU
    EXPECT_EQ(d.monthly_basis, "api");
    EXPECT_EQ(*d.monthly_usd, *d.api_monthly_usd);
}

TEST(Criteria, ValuesOfEachKind) {
    Profile p = test::BaseProfile();
    p.user_criteria.push_back({"faq", "FAQ", "%", Direction::kBenefit, {{"mid", 80}}});
    auto reg = CriterionRegistry(test::Fixture(), p);
    const Model& mid = M("mid");
    DerivedValues d = Derive(mid, p);
    EXPECT_EQ(*CriterionValue(*FindCriterion(reg, "bench.mmlu"), mid, d, p), 88);
    EXPECT_EQ(*CriterionValue(*FindCriterion(reg, "user.faq"), mid, d, p), 80);
    EXPECT_FALSE(CriterionValue(*FindCriterion(reg, "user.faq"), M("prem"), d, p));
    EXPECT_EQ(*CriterionValue(*FindCriterion(reg, "context_tokens"), mid, d, p), 200000);
    EXPECT_EQ(*CriterionValue(*FindCriterion(reg, "relative_cost"), mid, d, p), 3);
    EXPECT_FALSE(CriterionValue(*FindCriterion(reg, "bench.mmlu"), M("code-spec"), d, p));
}

}  // namespace
}  // namespace mm
