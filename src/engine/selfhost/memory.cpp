// Weights, overhead, budget and largest context (see memory.h).
#include "engine/selfhost/memory.h"

#include <cmath>

namespace mm::selfhost {

std::optional<double> WeightsBytes(const Model& model, const Quantisation& q) {
    auto file = model.file_gb.find(q.id == "bf16" ? "f16" : q.id);  // bf16 files are the size of f16 ones
    if (file != model.file_gb.end()) return file->second * 1e9;
    if (!model.params_b) return std::nullopt;
    return *model.params_b * 1e9 * q.bits_per_weight / 8;
}

double OverheadGib(Runtime runtime, const Device& device, int devices, const RuntimeConstants& constants) {
    if (runtime == Runtime::kVllm)
        return devices * device.memory_gb * device.gpu_usable_fraction.value_or(1) *
               (1 - constants.vllm_gpu_memory_utilization);
    return devices * constants.llama_cpp_overhead_gib;
}

double BudgetGib(const Device& device, int devices) {
    return devices * device.memory_gb * device.gpu_usable_fraction.value_or(1);
}

double MaxContext(const KvLayout& kv, int batch, double bytes_per_element, double fixed_gib,
                  double budget_gib, double cap) {
    auto fits = [&](double context) {
        return fixed_gib + KvBytes(kv, context, batch, bytes_per_element) / kBytesPerGib <= budget_gib;
    };
    if (!fits(1)) return 0;
    if (fits(cap)) return cap;
    double lo = 1, hi = cap;  // fits(lo), !fits(hi): the KV cache grows monotonically with the context
    while (hi - lo > 1) {
        const double mid = std::floor((lo + hi) / 2);
        (fits(mid) ? lo : hi) = mid;
    }
    return lo;
}

}  // namespace mm::selfhost
