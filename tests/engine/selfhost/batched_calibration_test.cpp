// Batched decode throughput against published measurements (tests/engine/data/batched_calibration.json): at
// least 90% of the rows within ±35% and a median absolute error of at most 20%. Fails when the capacity model or the
// speed constants drift. MM_SELFHOST_REPORT=1 prints every row (the table in docs/SELFHOST.md).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <iostream>
#include <nlohmann/json.hpp>
#include <vector>

#include "engine/selfhost/capacity.h"
#include "selfhost/selfhost_test_util.h"

namespace mm::selfhost {
namespace {

TEST(SelfhostBatchedCalibration, AggregateDecodeWithin35PercentOnAtLeast80PercentOfMeasurements) {
    const nlohmann::json fixture = LoadFixture("batched_calibration.json");
    ASSERT_TRUE(fixture.contains("measurements")) << "batched_calibration.json";
    const bool report = std::getenv("MM_SELFHOST_REPORT") != nullptr;
    std::vector<double> errors;
    int within = 0;
    for (const auto& m : fixture.at("measurements")) {
        const std::string id = m.at("id").get<std::string>();
        Request r;
        r.model = m.at("model").get<std::string>();
        r.device = m.at("device").get<std::string>();
        r.quant = m.at("quant").get<std::string>();
        r.devices = m.at("devices_count").get<int>();
        r.context = std::max(1.0, m.at("kv_context_per_stream").get<double>());
        r.runtime = Runtime::kLlamaCpp;  // every row is llama.cpp
        const EstimateResult result = EstimateSelfhost(ShippedData(), r);
        ASSERT_TRUE(result.estimate) << id << ": " << result.issues.front().ToString();
        const auto in = DecodeCapacityInput(*result.estimate);
        ASSERT_TRUE(in) << id << ": no decode speed";
        const int streams = m.at("streams").get<int>();
        ASSERT_LE(streams, kMaxStreamsPerReplica) << id;
        const double predicted = BatchedDecodeTokensPerS(*in, streams);
        const double measured = m.at("decode_tokens_per_s").get<double>();
        const double error = predicted / measured - 1;
        errors.push_back(std::fabs(error));
        within += std::fabs(error) <= 0.35;
        if (report)
            std::cout << "| " << id << " | " << streams << " | " << measured << " | " << std::lround(predicted)
                      << " | " << std::lround(error * 100) << "% |" << (std::fabs(error) > 0.35 ? " miss" : "")
                      << "\n";
    }
    ASSERT_GE(errors.size(), 40u);
    std::sort(errors.begin(), errors.end());
    const double median = errors[errors.size() / 2];
    const double share = double(within) / errors.size();
    std::cout << "batched calibration: " << within << " of " << errors.size() << " within ±35%, median error "
              << std::lround(median * 100) << "%\n";
    EXPECT_GE(share, 0.90);
    EXPECT_LE(median, 0.20);
}

}  // namespace
}  // namespace mm::selfhost
