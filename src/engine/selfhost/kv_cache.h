// KV-cache size per attention kind: full layers grow with the context, sliding-window layers stop at their
// window, MLA stores one compressed latent (kv_lora_rank + qk_rope_head_dim) per token and layer, hybrid
// linear/SSM layers hold a fixed recurrent state. Worked examples in tests/engine/selfhost/kv_cache_test.cpp.
#pragma once
#include <optional>
#include <vector>

#include "engine/selfhost/selfhost_data.h"

namespace mm::selfhost {

// Layers that cache `elements_per_token` values for each token of context, up to `window` tokens when set.
struct KvGroup {
    int layers = 0;
    double elements_per_token = 0;  // per layer, K and V together
    std::optional<double> window;
};

struct KvLayout {
    std::vector<KvGroup> groups;
    double fixed_elements = 0;  // per sequence, stored at the KV-cache precision (DeepSeek V4's raw window)
    double fixed_state_bytes = 0;              // per sequence, fp32 recurrent state of linear/SSM layers
    double all_layers_elements_per_token = 0;  // as if every layer kept every token
};

// Null when a figure the kind needs is unknown (e.g. a hybrid without its count of attention layers).
std::optional<KvLayout> KvLayoutOf(const Architecture& arch);

// A rough full-attention cache from the parameter count alone, for models whose config is not published: a
// typical grouped-query cache of ~0.1 MB per token per 10 B parameters at 16 bits (Llama 3 8B: 0.13 MB, 70B:
// 0.33 MB). Flagged as a guess wherever it is used.
KvLayout KvLayoutFromParameters(double params_b);

// 16-bit bytes per token of context summed over the layers whose cache keeps growing past any window.
double KvBytesPerToken16(const KvLayout& kv);
double KvBytesPerToken16AllLayers(const KvLayout& kv);

// Bytes held for `batch` sequences of `context` tokens at `bytes_per_element` (f16 2, q8_0 1.0625, q4_0
// 0.5625).
double KvBytes(const KvLayout& kv, double context, int batch, double bytes_per_element);

}  // namespace mm::selfhost
