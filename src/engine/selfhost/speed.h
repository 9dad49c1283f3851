// Single-stream speed on a device. Decode reads every active weight and the KV cache once per token:
//   seconds per token = bytes read / (bandwidth x efficiency) + layers x per-layer overhead,
// with efficiencies and overheads calibrated on published llama-bench figures
// (tests/engine/data/selfhost_calibration.json; fit and misses in docs/SELFHOST.md).
// Prefill is compute-bound: tokens/s = dense FP16 FLOPS x efficiency / (2 x active parameters).
#pragma once
#include <optional>
#include <string>

#include "engine/selfhost/selfhost_data.h"

namespace mm::selfhost {

struct DecodeInput {
    double weights_bytes_read = 0;  // active weights at their stored precision
    double kv_bytes_read = 0;       // KV cache of one sequence at the current context
    int layers = 0;
    bool moe = false;
};

// Share of the peak memory bandwidth a single stream achieves, per device kind (calibrated medians).
double DecodeEfficiency(const std::string& device_kind);
double PrefillEfficiency(const std::string& device_kind);

// llama.cpp splits layers across devices (pipeline): one stream sees one device's bandwidth at a time.
// vLLM splits each layer (tensor parallel): bandwidth adds up across devices, times
// kTensorParallelEfficiency.
std::optional<double> DecodeTokensPerS(const DecodeInput& in, const Device& device, Runtime runtime,
                                       int devices);
std::optional<double> PrefillTokensPerS(double active_params_b, const Device& device, Runtime runtime,
                                        int devices);

// One token's matmuls inside a batched decode step (capacity.h): 2 x active parameters / (dense FP16 FLOPS x
// BatchComputeEfficiency). Small-batch matmuls run at the prefill efficiency on CUDA, lower on Apple (Metal).
double BatchComputeEfficiency(const std::string& device_kind);
std::optional<double> BatchComputeSecondsPerToken(double active_params_b, const Device& device, Runtime runtime,
                                                  int devices);

// Energy for 1000 output tokens at batch 1: board power of every device x decode time.
std::optional<double> EnergyWhPer1kTokens(const Device& device, int devices, double decode_tokens_per_s);

}  // namespace mm::selfhost
