// EcoLogits request energy for API models (formulas in api_energy.h and docs/SELFHOST.md "Energy and CO2").
#include "engine/selfhost/api_energy.h"

#include <algorithm>
#include <cmath>

namespace mm::selfhost {

std::optional<ApiEnergy> EstimateApiEnergy(const EcologitsConstants& k, const ApiEnergyInput& in) {
    if (!(in.active_params_b > 0) || !(in.total_params_b > 0)) return std::nullopt;
    ApiEnergy e;
    const double memory_gb = k.memory_factor * in.total_params_b * k.quantization_bits / 8;
    const double needed = std::max(1.0, std::ceil(memory_gb / k.gpu_memory_gb));
    if (needed > 1e6) return std::nullopt;  // absurd sizes (private overlays): more GPUs than an int should count
    while (e.gpus < needed) e.gpus *= 2;  // rounded up to a power of two
    const double out = std::max(0.0, in.output_tokens);
    const double gpu_wh_per_token =
        k.gpu_energy_alpha * std::exp(k.gpu_energy_beta * k.batch_size) * in.active_params_b + k.gpu_energy_gamma;
    e.gpu_wh = out * gpu_wh_per_token;
    e.latency_s = out * (k.latency_alpha * in.active_params_b + k.latency_beta * k.batch_size + k.latency_gamma);
    if (in.request_latency_s && *in.request_latency_s < e.latency_s) e.latency_s = *in.request_latency_s;
    e.server_wh = e.latency_s / 3600 * k.server_power_kw * 1000 * (e.gpus / k.server_gpus) / k.batch_size;
    e.wh = in.pue * (e.server_wh + e.gpus * e.gpu_wh);
    return e;
}

const HostEnergy& HostEnergyFor(const EnergyData& e, std::string_view host) {
    for (const HostEnergy& h : e.hosts)
        if (h.host == host) return h;
    return e.unknown_host;
}

std::optional<double> GridIntensity(const EnergyData& e, std::string_view zone) {
    auto it = e.grid_g_co2_per_kwh.find(std::string(zone));
    if (it == e.grid_g_co2_per_kwh.end()) return std::nullopt;
    return it->second;
}

}  // namespace mm::selfhost
