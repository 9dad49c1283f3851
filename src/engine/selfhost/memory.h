// Memory to serve a model = weights + KV cache + runtime overhead (GiB), and the largest context fitting a
// budget. Weights: the real file size of that quantisation when known, else total parameters x bits per
// weight.
#pragma once
#include <optional>

#include "engine/selfhost/kv_cache.h"
#include "engine/selfhost/selfhost_data.h"

namespace mm::selfhost {

inline constexpr double kBytesPerGib = 1024.0 * 1024.0 * 1024.0;

// Bytes of the weights at quantisation `q`; null when neither a file size nor a parameter count is known.
std::optional<double> WeightsBytes(const Model& model, const Quantisation& q);

// Runtime memory besides weights and KV over `devices` devices: llama.cpp's compute buffer per device; vLLM
// leaves (1 - gpu_memory_utilization) of each device unused.
double OverheadGib(Runtime runtime, const Device& device, int devices, const RuntimeConstants& constants);

// Memory the runtime may use on `devices` devices (Apple: the GPU's share of unified memory).
double BudgetGib(const Device& device, int devices);

// Largest context (tokens, at most `cap`) whose KV cache for `batch` sequences fits beside `fixed_gib`; 0
// when even one token does not fit.
double MaxContext(const KvLayout& kv, int batch, double bytes_per_element, double fixed_gib,
                  double budget_gib, double cap);

}  // namespace mm::selfhost
