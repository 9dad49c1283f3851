// KV-cache sizes per attention kind, against hand-computed figures from each model's published config.
#include "engine/selfhost/kv_cache.h"

#include "engine/selfhost/memory.h"
#include "selfhost/selfhost_test_util.h"

namespace mm::selfhost {
namespace {

KvLayout Layout(const std::string& model) {
    auto kv = KvLayoutOf(*ShippedModel(model).architecture);
    EXPECT_TRUE(kv.has_value()) << model;
    return *kv;
}

// Llama 2 7B: 32 layers x 2 (K, V) x 32 heads x 128 x 2 bytes = 512 KiB per token; 4096 tokens = 2 GiB.
TEST(KvCache, FullAttentionLlama2) {
    KvLayout kv = Layout("llama-2-7b-chat");
    EXPECT_DOUBLE_EQ(KvBytesPerToken16(kv), 524288);
    EXPECT_DOUBLE_EQ(KvBytes(kv, 4096, 1, 2) / kBytesPerGib, 2.0);
    EXPECT_DOUBLE_EQ(KvBytes(kv, 4096, 3, 2) / kBytesPerGib, 6.0);  // x batch
}

// Llama 3.1 8B (GQA): 32 x 2 x 8 x 128 x 2 = 128 KiB per token.
TEST(KvCache, GroupedQueryAttention) {
    EXPECT_DOUBLE_EQ(KvBytesPerToken16(Layout("llama-3.1-8b-instruct")), 131072);
}

// Gemma 3 27B: 10 global layers grow (10 x 2 x 16 x 128 x 2 = 80 KiB per token); 52 sliding layers stop at
// 1024.
TEST(KvCache, SlidingWindowGemma3) {
    KvLayout kv = Layout("gemma-3-27b-it");
    EXPECT_DOUBLE_EQ(KvBytesPerToken16(kv), 81920);
    EXPECT_DOUBLE_EQ(KvBytesPerToken16AllLayers(kv), 62 * 8192.0);
    const double sliding_per_token = 52 * 2 * 16 * 128 * 2.0;
    EXPECT_DOUBLE_EQ(KvBytes(kv, 8192, 1, 2), 8192 * 81920.0 + 1024 * sliding_per_token);
    EXPECT_DOUBLE_EQ(KvBytes(kv, 512, 1, 2), 512 * (81920.0 + sliding_per_token));  // below the window
}

// gpt-oss-20b alternates 12 full and 12 sliding (128-token) layers: half the per-token cost keeps growing.
TEST(KvCache, AlternatingWindowGptOss) {
    KvLayout kv = Layout("gpt-oss-20b");
    EXPECT_DOUBLE_EQ(KvBytesPerToken16(kv), 12 * 2 * 8 * 64 * 2.0);
    EXPECT_DOUBLE_EQ(KvBytesPerToken16AllLayers(kv), 2 * KvBytesPerToken16(kv));
}

// DeepSeek V3: one (512 + 64) latent per token and layer, 61 layers, 2 bytes: 70 272 bytes per token.
TEST(KvCache, MultiHeadLatentDeepSeekV3) {
    KvLayout kv = Layout("deepseek-v3");
    EXPECT_DOUBLE_EQ(KvBytesPerToken16(kv), (512 + 64) * 61 * 2.0);
    EXPECT_DOUBLE_EQ(KvBytes(kv, 8192, 1, 2), 8192 * 70272.0);
}

// Qwen3.5 9B: 8 attention layers grow (2 x 4 x 256 each); 24 Gated DeltaNet layers hold a fixed fp32 state of
// 32 x 128 x 128 + 3 x (2 x 16 x 128 + 32 x 128) values.
TEST(KvCache, HybridLinearAttentionQwen35) {
    KvLayout kv = Layout("qwen3.5-9b");
    EXPECT_DOUBLE_EQ(KvBytesPerToken16(kv), 8 * 2 * 4 * 256 * 2.0);
    const double state = 24 * (32 * 128 * 128 + 3 * (2 * 16 * 128 + 32 * 128)) * 4.0;
    EXPECT_DOUBLE_EQ(kv.fixed_state_bytes, state);
    EXPECT_DOUBLE_EQ(KvBytes(kv, 1000, 2, 2), 2 * (1000 * 8 * 2 * 4 * 256 * 2.0 + state));
}

// DeepSeek V4 Flash: ~3440 compressed values per token over all layers plus a fixed raw window.
TEST(KvCache, CompressedSparseDeepSeekV4) {
    KvLayout kv = Layout("deepseek-v4-flash");
    EXPECT_DOUBLE_EQ(KvBytesPerToken16(kv), 6880);
    EXPECT_GT(KvBytes(kv, 1, 1, 2), 2818048 * 2.0);
}

// KV quantisation: q8_0 and q4_0 store 34 and 18 bytes per 32 values.
TEST(KvCache, QuantisedCache) {
    KvLayout kv = Layout("llama-2-7b-chat");
    EXPECT_DOUBLE_EQ(KvBytes(kv, 4096, 1, 34.0 / 32), 2.0 * kBytesPerGib * 34 / 64);
    EXPECT_DOUBLE_EQ(KvBytes(kv, 4096, 1, 18.0 / 32), 2.0 * kBytesPerGib * 18 / 64);
}

// The parameter-count guess: ~0.1 MB per token per 10 B parameters at 16 bits, never below 0.1 MB.
TEST(KvCache, GuessFromParameters) {
    EXPECT_DOUBLE_EQ(KvBytesPerToken16(KvLayoutFromParameters(70)), 0.7e6);
    EXPECT_DOUBLE_EQ(KvBytesPerToken16(KvLayoutFromParameters(3)), 0.1e6);
    EXPECT_DOUBLE_EQ(KvBytes(KvLayoutFromParameters(70), 1000, 2, 2), 2 * 1000 * 0.7e6);
}

// A figure the kind needs is unknown -> no layout (never a guess).
TEST(KvCache, UnknownFiguresGiveNoLayout) {
    Architecture a;
    a.layers = 40;
    a.attention.kind = AttentionKind::kHybrid;  // attention-layer count unknown (Granite 4.0 H)
    EXPECT_FALSE(KvLayoutOf(a).has_value());
    a.attention.kind = AttentionKind::kFull;  // no KV heads
    EXPECT_FALSE(KvLayoutOf(a).has_value());
    a.attention.kind = AttentionKind::kInvalid;
    EXPECT_FALSE(KvLayoutOf(a).has_value());
}

}  // namespace
}  // namespace mm::selfhost
