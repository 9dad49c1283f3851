// Decode / prefill speed and energy formulas, and tokens per language.
#include "engine/selfhost/estimate.h"
#include "engine/selfhost/speed.h"
#include "engine/selfhost/tokens.h"
#include "selfhost/selfhost_test_util.h"

namespace mm::selfhost {
namespace {

TEST(SelfhostSpeed, BandwidthBoundWithPerLayerOverhead) {
    Device d;
    d.kind = "consumer_gpu";
    d.bandwidth_gbs = 1000;
    d.board_power_w = 450;
    DecodeInput in{9e9, 1e9, 40, false};  // 10 GB per token at 900 GB/s effective + 40 x 40 µs
    const double expected = 1 / (10e9 / (1000e9 * DecodeEfficiency("consumer_gpu")) + 40 * 40e-6);
    EXPECT_DOUBLE_EQ(*DecodeTokensPerS(in, d, Runtime::kLlamaCpp, 1), expected);
    EXPECT_DOUBLE_EQ(*DecodeTokensPerS(in, d, Runtime::kLlamaCpp, 4), expected);  // pipeline: no gain
    EXPECT_GT(*DecodeTokensPerS(in, d, Runtime::kVllm, 4), 2 * expected);         // tensor parallel
    EXPECT_DOUBLE_EQ(*EnergyWhPer1kTokens(d, 1, 50), 450 * 20 / 3600.0);
    d.bandwidth_gbs.reset();
    EXPECT_FALSE(DecodeTokensPerS(in, d, Runtime::kLlamaCpp, 1).has_value());
}

TEST(SelfhostSpeed, MoeReadsActiveWeightsOnly) {
    Estimate moe =
        *EstimateSelfhost(ShippedData(), {"qwen3-30b-a3b-2507", "rtx-4090", "q4_k_m", 4096}).estimate;
    Estimate dense = *EstimateSelfhost(ShippedData(), {"qwen3-32b", "rtx-4090", "q4_k_m", 4096}).estimate;
    EXPECT_NEAR(*moe.weights_gib, *dense.weights_gib,
                0.1 * *dense.weights_gib);                                // memory from total parameters
    EXPECT_GT(*moe.decode_tokens_per_s, 2 * *dense.decode_tokens_per_s);  // speed from active ones
    EXPECT_GT(*moe.prefill_tokens_per_s, 5 * *dense.prefill_tokens_per_s);
}

TEST(SelfhostSpeed, LongerContextIsSlower) {
    double last = 1e18;
    for (double ctx : {512.0, 8192.0, 65536.0}) {
        double v = *EstimateSelfhost(ShippedData(), {"llama-3.1-8b-instruct", "rtx-4090", "q4_k_m", ctx})
                        .estimate->decode_tokens_per_s;
        EXPECT_LT(v, last);
        last = v;
    }
}

// Petrov et al. FLORES-200 counts: Llama 2's tokenizer needs 1.789 tokens per French word, 1.415 per English
// one.
TEST(SelfhostTokens, MeasuredRatiosOnly) {
    const Data& d = ShippedData();
    TokenCount fr = CountTokens(d, "llama2-spm32k", "fr", 1000);
    EXPECT_DOUBLE_EQ(*fr.tokens_per_word, 1.789);
    EXPECT_DOUBLE_EQ(*fr.tokens, 1789);
    EXPECT_DOUBLE_EQ(*CountTokens(d, "cl100k", "en", 100).tokens, 123);
    // Measured with the published tokenizer (tools/tokenizers/measure.mjs): 84 049 / 49 764 FLORES words.
    EXPECT_DOUBLE_EQ(*CountTokens(d, "llama3-128k", "fr", 1000).tokens, 1689);
    EXPECT_FALSE(CountTokens(d, "gemma-256k", "fr", 1000).tokens.has_value());  // no usable French count
    EXPECT_FALSE(CountTokens(d, "", "en", 1000).tokens.has_value());
    EXPECT_FALSE(CountTokens(d, "cl100k", "de", 1000).tokens.has_value());
    EXPECT_EQ(ShippedModel("qwen3-8b").tokenizer, "qwen-151k");
}

}  // namespace
}  // namespace mm::selfhost
