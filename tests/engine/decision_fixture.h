// Shared by the decision-pipeline tests: the six-model fixture catalog
// (tests/engine/data/decision_catalog.json, figures chosen so every derived number can be checked by hand)
// and a small profile to start from.
#pragma once
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "engine/io/catalog_io.h"
#include "engine/model/profile.h"

namespace mm::test {

inline std::string ReadText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline const Catalog& Fixture() {
    static const Catalog kCatalog = [] {
        CatalogLoad load =
            LoadCatalog(ReadText(std::string(MM_SOURCE_DIR) + "/tests/engine/data/decision_catalog.json"));
        if (!load.Ok()) {
            for (const Issue& i : load.issues) ADD_FAILURE() << i.ToString();
            return Catalog{};
        }
        return *load.catalog;
    }();
    return kCatalog;
}

// 1000 requests/day of 1000 input (half cached) + 300 output tokens; mmlu 50, monthly cost 30, latency 20.
inline Profile BaseProfile() {
    Profile p;
    p.workload.requests_per_day = 1000;
    p.workload.input_tokens = 1000;
    p.workload.output_tokens = 300;
    p.workload.cached_share = 0.5;
    p.workload.gpu_usd_per_hour = 1.0;
    p.workload.gpu_vram_gb = 24;
    p.workload.hours_per_day = 10;
    p.criteria = {{"bench.mmlu", 50.0, {}, {}}, {"monthly_cost", 30.0, {}, {}}, {"latency", 20.0, {}, {}}};
    p.robustness.samples = 200;
    return p;
}

}  // namespace mm::test
