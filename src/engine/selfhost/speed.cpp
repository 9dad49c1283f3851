// Decode and prefill speed, energy (see speed.h). The constants come from
// tests/engine/data/selfhost_calibration.json (97 batch-1 llama-bench rows on devices with a known
// bandwidth); tests/engine/selfhost/calibration_test.cpp checks that at least 80% of them stay within ±35%.
// The batched compute efficiency comes from tests/engine/data/batched_calibration.json (52 rows,
// batched_calibration_test.cpp).
#include "engine/selfhost/speed.h"

namespace mm::selfhost {

namespace {

// Per-layer time per token outside the weight reads (kernel launches, synchronisation; MoE adds routing and
// many small expert matmuls). Fitted jointly with the efficiencies below on the fixture.
constexpr double kLayerOverheadDenseS = 40e-6;
constexpr double kLayerOverheadMoeS = 150e-6;

// Decode: bandwidth share per device kind (fixture rows: consumer 28, workstation 7, datacenter 20, Apple 41,
// AMD 1 — the AMD figure rests on one RX 7900 XTX measurement).
constexpr double kDecodeEffConsumer = 0.90;
constexpr double kDecodeEffWorkstation = 0.88;
constexpr double kDecodeEffDatacenter = 0.56;
constexpr double kDecodeEffApple = 0.62;
constexpr double kDecodeEffAmd = 0.94;

// Prefill: median share of dense FP16 tensor FLOPS in the fixture's pp512 rows (consumer 18, workstation 4,
// datacenter 18, Apple 10 rows; no AMD device with a known FP16 figure).
constexpr double kPrefillEffConsumer = 0.45;
constexpr double kPrefillEffWorkstation = 0.45;
constexpr double kPrefillEffDatacenter = 0.26;
constexpr double kPrefillEffApple = 0.66;

// Batched decode: share of dense FP16 FLOPS a token's matmuls get inside a decode step of 2-32 streams
// (tests/engine/data/batched_calibration.json). CUDA: the prefill efficiencies (16 RTX 3090/4090 rows, all within
// ±35% for any scaling of them from 1 to 1.5). Apple: 0.26, fitted on the 36 M2 Ultra rows (33 within ±35% from
// 0.22 to 0.26 of FLOPS estimated from bandwidth; the prefill efficiency 0.66 leaves 16 of them outside ±35%).
constexpr double kBatchComputeEffApple = 0.26;

// vLLM tensor parallel: share of the summed bandwidth kept (all-reduce per layer). Not calibrated: the
// fixture holds no batch-1 tensor-parallel measurement (docs/SELFHOST.md, data gaps).
constexpr double kTensorParallelEfficiency = 0.8;

}  // namespace

double DecodeEfficiency(const std::string& kind) {
    if (kind == "consumer_gpu") return kDecodeEffConsumer;
    if (kind == "workstation_gpu") return kDecodeEffWorkstation;
    if (kind == "datacenter_gpu") return kDecodeEffDatacenter;
    if (kind == "apple_soc") return kDecodeEffApple;
    if (kind == "amd_gpu") return kDecodeEffAmd;
    return kDecodeEffDatacenter;
}

double PrefillEfficiency(const std::string& kind) {
    if (kind == "consumer_gpu") return kPrefillEffConsumer;
    if (kind == "workstation_gpu") return kPrefillEffWorkstation;
    if (kind == "apple_soc") return kPrefillEffApple;
    return kPrefillEffDatacenter;
}

double BatchComputeEfficiency(const std::string& kind) {
    return kind == "apple_soc" ? kBatchComputeEffApple : PrefillEfficiency(kind);
}

std::optional<double> DecodeTokensPerS(const DecodeInput& in, const Device& device, Runtime runtime,
                                       int devices) {
    if (!device.bandwidth_gbs || in.layers <= 0) return std::nullopt;
    double bandwidth = *device.bandwidth_gbs * 1e9 * DecodeEfficiency(device.kind);
    if (runtime == Runtime::kVllm && devices > 1) bandwidth *= devices * kTensorParallelEfficiency;
    const double seconds = (in.weights_bytes_read + in.kv_bytes_read) / bandwidth +
                           in.layers * (in.moe ? kLayerOverheadMoeS : kLayerOverheadDenseS);
    return 1 / seconds;
}

std::optional<double> PrefillTokensPerS(double active_params_b, const Device& device, Runtime runtime,
                                        int devices) {
    if (!device.fp16_tflops || active_params_b <= 0) return std::nullopt;
    double flops = *device.fp16_tflops * 1e12 * PrefillEfficiency(device.kind);
    if (runtime == Runtime::kVllm && devices > 1) flops *= devices * kTensorParallelEfficiency;
    return flops / (2 * active_params_b * 1e9);
}

std::optional<double> BatchComputeSecondsPerToken(double active_params_b, const Device& device, Runtime runtime,
                                                  int devices) {
    if (!device.fp16_tflops || active_params_b <= 0) return std::nullopt;
    double flops = *device.fp16_tflops * 1e12 * BatchComputeEfficiency(device.kind);
    if (runtime == Runtime::kVllm && devices > 1) flops *= devices * kTensorParallelEfficiency;
    return 2 * active_params_b * 1e9 / flops;
}

std::optional<double> EnergyWhPer1kTokens(const Device& device, int devices, double decode_tokens_per_s) {
    if (!device.board_power_w || decode_tokens_per_s <= 0) return std::nullopt;
    return *device.board_power_w * devices * (1000 / decode_tokens_per_s) / 3600;
}

}  // namespace mm::selfhost
