// Reads selfhost.json (tools/catalog/build_selfhost.py) into selfhost::Data, and writes an estimate as JSON (the
// CLI's `selfhost`, the web API).
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "engine/io/json_util.h"
#include "engine/model/catalog.h"
#include "engine/selfhost/estimate.h"
#include "engine/selfhost/selfhost_data.h"

namespace mm {

struct SelfhostLoad {
    std::optional<selfhost::Data> data;  // null when the document is unusable
    std::vector<Issue> issues;
};

SelfhostLoad LoadSelfhost(std::string_view text);

// Reads selfhost.json into catalog.selfhost; false (catalog unchanged) with the issues when it is unusable.
bool AttachSelfhost(Catalog& catalog, std::string_view selfhost_json, std::vector<Issue>* issues = nullptr);

// A figure rounded to `digits` decimals for stable output (whole numbers as integers: 4096, not 4096.0); null stays null.
Json RoundedJson(std::optional<double> v, int digits);
// The estimate with the keys of the `selfhost` CLI contract (docs/SELFHOST.md).
Json EstimateJson(const selfhost::Estimate& e);

}  // namespace mm
