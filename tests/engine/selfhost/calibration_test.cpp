// Decode speed against published batch-1 measurements (tests/engine/data/selfhost_calibration.json): at least
// 80% of the rows the engine can estimate must fall within ±35%. Fails when the model or its constants drift.
// MM_SELFHOST_REPORT=1 prints every row (the table in docs/SELFHOST.md).
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <iostream>
#include <nlohmann/json.hpp>

#include "engine/selfhost/estimate.h"
#include "selfhost/selfhost_test_util.h"

namespace mm::selfhost {
namespace {

// "tg512 / pp512" -> 256: the mean context while generating 512 tokens from an empty prompt.
double MeanDecodeContext(const std::string& label) {
    auto at = label.find("tg");
    if (at == std::string::npos) return 256;
    return std::atof(label.c_str() + at + 2) / 2;
}

TEST(SelfhostCalibration, DecodeWithin35PercentOnAtLeast80PercentOfMeasurements) {
    const nlohmann::json fixture = LoadFixture("selfhost_calibration.json");
    ASSERT_TRUE(fixture.contains("measurements")) << "selfhost_calibration.json";
    const bool report = std::getenv("MM_SELFHOST_REPORT") != nullptr;
    int estimated = 0, within = 0, skipped = 0;
    for (const auto& m : fixture.at("measurements")) {
        if (m.at("device").is_null()) {
            ++skipped;  // hardware outside the device list
            continue;
        }
        Request r;
        r.model = m.at("model").get<std::string>();
        r.device = m.at("device").get<std::string>();
        r.quant = m.at("quant").get<std::string>();
        r.devices = m.at("devices_count").get<int>();
        r.context = MeanDecodeContext(m.at("context_or_prompt").get<std::string>());
        r.runtime = Runtime::kLlamaCpp;  // every row is llama.cpp (CUDA, Metal, ROCm or Vulkan)
        EstimateResult result = EstimateSelfhost(ShippedData(), r);
        ASSERT_TRUE(result.estimate) << m.at("id") << ": " << result.issues.front().ToString();
        const auto& decode = result.estimate->decode_tokens_per_s;
        if (!decode) {
            ++skipped;  // device bandwidth unknown
            continue;
        }
        const double measured = m.at("decode_tokens_per_s").get<double>();
        const double error = *decode / measured - 1;
        ++estimated;
        within += std::fabs(error) <= 0.35;
        if (report)
            std::cout << "| " << m.at("id").get<std::string>() << " | " << measured << " | "
                      << std::round(*decode * 10) / 10 << " | " << std::lround(error * 100) << "% |"
                      << (std::fabs(error) > 0.35 ? " miss" : "") << "\n";
    }
    const double share = double(within) / estimated;
    std::cout << "selfhost calibration: " << within << " of " << estimated << " within ±35% (" << skipped
              << " rows without a device or its bandwidth)\n";
    EXPECT_GE(estimated, 90);
    EXPECT_GE(share, 0.80);
}

}  // namespace
}  // namespace mm::selfhost
