// Energy of one request to an API model, by the EcoLogits methodology (genai-impact/ecologits, docs/methodology/
// llm_inference.md and ecologits/impacts/llm.py at 2d0a1c7): GPUs to hold the weights, GPU energy per output token
// fitted on ML.ENERGY H100 measurements, the server's share while it generates, times the data centre's PUE.
#pragma once
#include <optional>
#include <string_view>

#include "engine/selfhost/selfhost_data.h"

namespace mm::selfhost {

struct ApiEnergyInput {
    double active_params_b = 0;  // billions; compute follows active parameters
    double total_params_b = 0;   // billions; memory (GPU count) follows total parameters
    double output_tokens = 0;    // per request (EcoLogits counts output tokens only)
    std::optional<double> request_latency_s;  // measured latency: upper bound of the generation time
    double pue = 1;
};

struct ApiEnergy {
    int gpus = 1;            // 2^ceil(log2(ceil(memory_factor x P_total x bits / 8 / GPU memory)))
    double latency_s = 0;    // T_out x (a x P_active + b x batch + c), at most the measured latency
    double gpu_wh = 0;       // one GPU: T_out x (alpha x exp(beta x batch) x P_active + gamma)
    double server_wh = 0;    // latency x server power x gpus / server GPUs / batch
    double wh = 0;           // PUE x (server_wh + gpus x gpu_wh)
};

// nullopt when a parameter count is not positive.
std::optional<ApiEnergy> EstimateApiEnergy(const EcologitsConstants& k, const ApiEnergyInput& in);

// The host's data-centre zone and PUE; the data's unknown_host when the list does not name it.
const HostEnergy& HostEnergyFor(const EnergyData& e, std::string_view host);

// gCO2e per kWh of a zone; nullopt when the data has none.
std::optional<double> GridIntensity(const EnergyData& e, std::string_view zone);

}  // namespace mm::selfhost
