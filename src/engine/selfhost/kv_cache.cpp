// KV-cache layouts per attention kind (see kv_cache.h).
#include "engine/selfhost/kv_cache.h"

#include <algorithm>
#include <cmath>

namespace mm::selfhost {

namespace {

constexpr double kStateBytesPerValue = 4;  // llama.cpp and vLLM keep SSM / linear-attention states in fp32

std::optional<int> HeadDim(const Architecture& a) {
    if (a.head_dim) return a.head_dim;
    if (a.hidden_size && a.attention_heads && *a.attention_heads > 0)
        return *a.hidden_size / *a.attention_heads;
    return std::nullopt;
}

// K and V of every KV head, per layer and token.
std::optional<double> FullElements(const Architecture& a) {
    auto hd = HeadDim(a);
    if (!a.kv_heads || !hd) return std::nullopt;
    return 2.0 * *a.kv_heads * *hd;
}

std::optional<double> LatentElements(const Attention& t) {
    if (!t.kv_lora_rank || !t.qk_rope_head_dim) return std::nullopt;
    return double(*t.kv_lora_rank + *t.qk_rope_head_dim);
}

// Every layer caches `elements` values per token, with no window.
KvLayout Uniform(int layers, double elements) {
    KvLayout kv;
    kv.groups.push_back({layers, elements, std::nullopt});
    kv.all_layers_elements_per_token = layers * elements;
    return kv;
}

std::optional<KvLayout> Full(const Architecture& a) {
    auto e = FullElements(a);
    if (!e) return std::nullopt;
    return Uniform(a.layers, *e);
}

// Global layers grow; sliding layers stop at the window. Layers sharing another layer's cache (Gemma 3n / 4
// "E" models, the last num_kv_shared_layers) store nothing; they follow the same global:sliding proportion.
std::optional<KvLayout> SlidingMix(const Architecture& a) {
    const Attention& t = a.attention;
    auto local = FullElements(a);
    if (!local || !t.global_layers || !t.sliding_layers || !t.sliding_window) return std::nullopt;
    const int shared = t.kv_shared_layers.value_or(0);
    const int shared_global = int(std::lround(double(shared) * *t.global_layers / a.layers));
    const int global = *t.global_layers - shared_global;
    const int sliding = *t.sliding_layers - (shared - shared_global);
    const double global_elements = (t.k_eq_v_global ? 1.0 : 2.0) * t.global_kv_heads.value_or(*a.kv_heads) *
                                   t.global_head_dim.value_or(*HeadDim(a));
    KvLayout kv;
    kv.groups.push_back({global, global_elements, std::nullopt});
    kv.groups.push_back({sliding, *local, double(*t.sliding_window)});
    kv.all_layers_elements_per_token = global * global_elements + sliding * *local;
    return kv;
}

std::optional<KvLayout> Mla(const Architecture& a) {
    auto e = LatentElements(a.attention);
    if (!e) return std::nullopt;
    return Uniform(a.layers, *e);
}

// Attention layers grow (MLA latents for Kimi K3, else K and V); linear/SSM layers hold a fixed state.
std::optional<KvLayout> Hybrid(const Architecture& a) {
    const Attention& t = a.attention;
    auto e = t.kv_lora_rank ? LatentElements(t) : FullElements(a);
    if (!e || !t.full_layers || !t.linear_layers || !t.linear_state_values) return std::nullopt;
    KvLayout kv;
    kv.groups.push_back({*t.full_layers, *e, std::nullopt});
    kv.fixed_state_bytes = *t.linear_layers * *t.linear_state_values * kStateBytesPerValue;
    kv.all_layers_elements_per_token = (*t.full_layers + *t.linear_layers) * *e;
    return kv;
}

// DeepSeek V4: compressed entries (values_per_token over all layers, an estimate from the config) plus a raw
// 128-token window per layer.
std::optional<KvLayout> CompressedSparse(const Architecture& a) {
    const Attention& t = a.attention;
    auto latent = LatentElements(t);
    if (!latent || !t.values_per_token || !t.fixed_values_per_sequence) return std::nullopt;
    KvLayout kv;
    kv.groups.push_back({1, *t.values_per_token, std::nullopt});
    kv.fixed_elements = *t.fixed_values_per_sequence;
    kv.all_layers_elements_per_token = a.layers * *latent;
    return kv;
}

}  // namespace

std::optional<KvLayout> KvLayoutOf(const Architecture& arch) {
    if (arch.layers <= 0) return std::nullopt;
    switch (arch.attention.kind) {
        case AttentionKind::kFull:
            return Full(arch);
        case AttentionKind::kSlidingMix:
            return SlidingMix(arch);
        case AttentionKind::kMla:
            return Mla(arch);
        case AttentionKind::kHybrid:
            return Hybrid(arch);
        case AttentionKind::kCompressedSparse:
            return CompressedSparse(arch);
        case AttentionKind::kInvalid:
            break;
    }
    return std::nullopt;
}

KvLayout KvLayoutFromParameters(double params_b) {
    return Uniform(1, 0.1e6 * std::max(1.0, params_b / 10.0) / 2.0);  // 16-bit bytes -> elements
}

double KvBytesPerToken16(const KvLayout& kv) {
    double elements = 0;
    for (const KvGroup& g : kv.groups)
        if (!g.window) elements += g.layers * g.elements_per_token;
    return 2 * elements;
}

double KvBytesPerToken16AllLayers(const KvLayout& kv) {
    return 2 * kv.all_layers_elements_per_token;
}

double KvBytes(const KvLayout& kv, double context, int batch, double bytes_per_element) {
    double elements = kv.fixed_elements;
    for (const KvGroup& g : kv.groups)
        elements += g.layers * g.elements_per_token * (g.window ? std::min(context, *g.window) : context);
    return batch * (elements * bytes_per_element + kv.fixed_state_bytes);
}

}  // namespace mm::selfhost
