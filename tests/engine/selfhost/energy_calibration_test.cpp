// The EcoLogits estimate against published energy figures (tests/engine/data/energy_calibration.json): each row's
// ratio estimate / measured must lie in the band the fixture gives for its setting. MM_ENERGY_REPORT=1 prints the
// rows (the table in docs/SELFHOST.md, "Energy and CO2").
#include <gtest/gtest.h>

#include <cstdlib>
#include <iostream>
#include <nlohmann/json.hpp>

#include "engine/selfhost/api_energy.h"
#include "selfhost/selfhost_test_util.h"

namespace mm::selfhost {
namespace {

TEST(EnergyCalibration, EstimatesLieInTheDocumentedBands) {
    const nlohmann::json fixture = LoadFixture("energy_calibration.json");
    ASSERT_TRUE(fixture.contains("measurements")) << "energy_calibration.json";
    const EnergyData& data = *ShippedData().energy;
    const bool report = std::getenv("MM_ENERGY_REPORT") != nullptr;
    int rows = 0;
    for (const auto& m : fixture.at("measurements")) {
        ApiEnergyInput in;
        in.active_params_b = m.at("active_params_b").get<double>();
        in.total_params_b = m.at("total_params_b").get<double>();
        in.output_tokens = m.value("output_tokens", 1.0);
        const std::string compare = m.at("compare").get<std::string>();
        double estimate = 0;
        if (compare == "gpu_j_per_output_token") {
            const auto e = EstimateApiEnergy(data.ecologits, in);
            ASSERT_TRUE(e);
            estimate = e->gpus * e->gpu_wh * 3600;  // Wh -> J, one output token
        } else {
            ASSERT_EQ(compare, "co2_g_per_request");
            const HostEnergy& host = HostEnergyFor(data, m.at("host").get<std::string>());
            in.pue = host.pue;
            const auto e = EstimateApiEnergy(data.ecologits, in);
            ASSERT_TRUE(e);
            estimate = e->wh / 1000 * *GridIntensity(data, host.zone);
        }
        const double measured = m.at("measured").get<double>();
        const double ratio = estimate / measured;
        if (report)
            std::cout << m.at("id").get<std::string>() << ": estimate " << estimate << " vs " << measured << " "
                      << m.at("unit").get<std::string>() << ", ratio " << ratio << "\n";
        EXPECT_GE(ratio, m.at("band")[0].get<double>()) << m.at("id");
        EXPECT_LE(ratio, m.at("band")[1].get<double>()) << m.at("id");
        ++rows;
    }
    EXPECT_GE(rows, 4);
}

}  // namespace
}  // namespace mm::selfhost
