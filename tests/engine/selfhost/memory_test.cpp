// Memory = weights + KV + overhead: worked examples per quantisation and properties (grows with context,
// batch and bits; never below the weights), largest context, runtime overheads, request validation.
#include "engine/selfhost/memory.h"

#include "engine/selfhost/estimate.h"
#include "selfhost/selfhost_test_util.h"

namespace mm::selfhost {
namespace {

Estimate EstimateOf(Request r) {
    EstimateResult result = EstimateSelfhost(ShippedData(), r);
    EXPECT_TRUE(result.estimate.has_value())
        << (result.issues.empty() ? "" : result.issues.front().ToString());
    return *result.estimate;
}

// Without a real file, weights = total parameters x bits per weight (q4_0 real files: 4.537 bpw).
TEST(SelfhostMemory, WeightsFromParametersTimesBits) {
    Model m;
    m.params_b = 10;
    const Data& d = ShippedData();
    for (const char* q : {"q4_0", "q4_k_m", "q5_k_m", "q6_k", "q8_0", "mxfp4", "f16", "bf16", "fp8", "awq"}) {
        const Quantisation* quant = FindById(d.quantisations, q);
        ASSERT_NE(quant, nullptr) << q;
        EXPECT_DOUBLE_EQ(*WeightsBytes(m, *quant), 10e9 * quant->bits_per_weight / 8) << q;
    }
    EXPECT_DOUBLE_EQ(FindById(d.quantisations, "q4_k_m")->bits_per_weight, 4.843);
    EXPECT_DOUBLE_EQ(FindById(d.quantisations, "q8_0")->bits_per_weight, 8.501);
    EXPECT_FALSE(WeightsBytes(Model{}, *FindById(d.quantisations, "q8_0")).has_value());
}

// A real download wins: gemma-4-e4b's Q4_K_M file is 9.6 GB (vision and audio towers included).
TEST(SelfhostMemory, RealFileSizePreferred) {
    Estimate e = EstimateOf({"gemma-4-e4b-it", "rtx-4090", "q4_k_m", 4096});
    EXPECT_TRUE(e.weights_from_file);
    EXPECT_DOUBLE_EQ(*e.weights_gib, 9.6e9 / kBytesPerGib);
}

// Llama 2 7B, f16 file (13 GB) + 2 GiB KV at 4096 + vLLM's 10% of 24 GiB.
TEST(SelfhostMemory, PartsAddUp) {
    Estimate e = EstimateOf({"llama-2-7b-chat", "rtx-4090", "f16", 4096});
    EXPECT_DOUBLE_EQ(*e.kv_gib, 2.0);
    EXPECT_NEAR(*e.overhead_gib, 2.4, 1e-12);
    EXPECT_DOUBLE_EQ(*e.total_gib, *e.weights_gib + *e.kv_gib + *e.overhead_gib);
    EXPECT_TRUE(*e.fits);
    EXPECT_EQ(e.runtime, Runtime::kVllm);
    Estimate g = EstimateOf({"llama-2-7b-chat", "rtx-4090", "q4_0", 4096});
    EXPECT_EQ(g.runtime, Runtime::kLlamaCpp);
    EXPECT_DOUBLE_EQ(*g.overhead_gib, ShippedData().runtimes.llama_cpp_overhead_gib);
}

TEST(SelfhostMemory, GrowsWithContextBatchAndBits) {
    for (const char* model :
         {"llama-3.1-8b-instruct", "gemma-3-27b-it", "deepseek-v3", "qwen3.5-9b", "gpt-oss-20b"}) {
        double last = 0;
        for (double ctx : {1.0, 512.0, 4096.0, 32768.0, 131072.0}) {
            Estimate e = EstimateOf({model, "h100-sxm", "q4_k_m", ctx});
            EXPECT_GE(*e.total_gib, last) << model << " ctx " << ctx;
            EXPECT_GE(*e.total_gib, *e.weights_gib) << model;
            last = *e.total_gib;
        }
        last = 0;
        for (int batch : {1, 2, 8, 64}) {
            Request r{model, "h100-sxm", "q4_k_m", 8192, batch};
            double total = *EstimateOf(r).total_gib;
            EXPECT_GT(total, last) << model << " batch " << batch;
            last = total;
        }
    }
    Model m;  // bits, on parameters alone
    m.params_b = 7;
    double last = 0;
    for (const char* q : {"mxfp4", "q4_0", "q4_k_m", "q5_k_m", "q6_k", "q8_0", "f16"}) {
        double w = *WeightsBytes(m, *FindById(ShippedData().quantisations, q));
        EXPECT_GT(w, last) << q;
        last = w;
    }
}

TEST(SelfhostMemory, KvQuantShrinksTheCache) {
    Request r{"llama-3.1-8b-instruct", "rtx-4090", "q4_k_m", 32768};
    const double f16 = *EstimateOf(r).kv_gib;
    r.kv_quant = "q8_0";
    EXPECT_DOUBLE_EQ(*EstimateOf(r).kv_gib, f16 * 1.0625 / 2);
    r.kv_quant = "q4_0";
    EXPECT_DOUBLE_EQ(*EstimateOf(r).kv_gib, f16 * 0.5625 / 2);
}

// The largest context fits and one more token does not; a model too large for the budget gets 0.
TEST(SelfhostMemory, MaxContextIsTheLargestThatFits) {
    Estimate e = EstimateOf({"qwen3-32b", "rtx-4090", "q4_k_m", 4096});
    const double max = *e.max_context;
    EXPECT_GT(max, 4096);
    const double fixed = *e.weights_gib + *e.overhead_gib;
    KvLayout kv = *KvLayoutOf(*ShippedModel("qwen3-32b").architecture);
    EXPECT_LE(fixed + KvBytes(kv, max, 1, 2) / kBytesPerGib, 24.0);
    EXPECT_GT(fixed + KvBytes(kv, max + 1, 1, 2) / kBytesPerGib, 24.0);
    Estimate big = EstimateOf({"llama-3.1-405b-instruct", "rtx-4090", "q4_k_m", 4096});
    EXPECT_FALSE(*big.fits);
    EXPECT_EQ(*big.max_context, 0);
    Estimate small =
        EstimateOf({"llama-3.2-1b-instruct", "h200", "q8_0", 4096});  // capped by the model's context
    EXPECT_EQ(*small.max_context, *ShippedModel("llama-3.2-1b-instruct").context_tokens);
}

TEST(SelfhostMemory, SeveralDevicesAddMemory) {
    Request r{"llama-3.3-70b-instruct", "rtx-4090", "q4_k_m", 8192};
    EXPECT_FALSE(*EstimateOf(r).fits);
    r.devices = 2;
    Estimate two = EstimateOf(r);
    EXPECT_TRUE(*two.fits);
    EXPECT_DOUBLE_EQ(*two.budget_gib, 48);
}

TEST(SelfhostMemory, UnknownFiguresStayNull) {
    Estimate e =
        EstimateOf({"granite-4.0-h-small", "rtx-4090", "q4_k_m", 4096});  // attention-layer count unpublished
    EXPECT_TRUE(e.weights_gib.has_value());
    EXPECT_FALSE(e.kv_gib.has_value());
    EXPECT_FALSE(e.fits.has_value());
    EXPECT_FALSE(e.decode_tokens_per_s.has_value());
    // Every shipped device has a sourced bandwidth, so remove one to check that an unknown bandwidth gives no speed.
    Data no_bandwidth = ShippedData();
    for (Device& d : no_bandwidth.devices)
        if (d.id == "rtx-4070-ti") d.bandwidth_gbs.reset();
    EstimateResult nobw = EstimateSelfhost(no_bandwidth, {"llama-3.1-8b-instruct", "rtx-4070-ti", "q4_k_m", 4096});
    ASSERT_TRUE(nobw.estimate.has_value());
    EXPECT_FALSE(nobw.estimate->decode_tokens_per_s.has_value());
    EXPECT_TRUE(nobw.estimate->fits.has_value());
}

// The model card asks for a guessed KV cache where the config is missing or incomplete: flagged, fit known, speed
// still unknown without an architecture.
TEST(SelfhostMemory, GuessedKvCacheIsFlagged) {
    for (const char* model : {"granite-4.0-h-small", "command-a-plus"}) {
        Request r{model, "h100-sxm", "q4_k_m", 8192};
        EXPECT_FALSE(EstimateOf(r).kv_guessed) << model;
        r.guess_kv_without_architecture = true;
        const Estimate e = EstimateOf(r);
        EXPECT_TRUE(e.kv_guessed) << model;
        ASSERT_TRUE(e.kv_gib && e.fits && e.max_context) << model;
        EXPECT_GT(*e.kv_gib, 0);
        EXPECT_NEAR(*e.total_gib, *e.weights_gib + *e.kv_gib + *e.overhead_gib, 1e-9);
    }
    Request known{"llama-3.1-8b-instruct", "h100-sxm", "q4_k_m", 8192};
    known.guess_kv_without_architecture = true;
    EXPECT_FALSE(EstimateOf(known).kv_guessed) << "a usable architecture is never replaced by the guess";
}

TEST(SelfhostMemory, BadRequestsNameTheChoices) {
    EstimateResult r = EstimateSelfhost(ShippedData(), {"nope", "nope", "q3", 0, 0, "q2", 0});
    ASSERT_FALSE(r.estimate.has_value());
    ASSERT_EQ(r.issues.size(), 7u);
    EXPECT_NE(r.issues[0].message.find("llama-3.1-8b-instruct"), std::string::npos);
    EXPECT_NE(r.issues[1].message.find("rtx-4090"), std::string::npos);
    EXPECT_NE(r.issues[2].message.find("q4_k_m"), std::string::npos);
    EXPECT_NE(r.issues[3].message.find("q8_0"), std::string::npos);
}

}  // namespace
}  // namespace mm::selfhost
