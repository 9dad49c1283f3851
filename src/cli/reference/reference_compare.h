// The README's comparison rules for reference cases: numbers within tolerance + rtol·|expected| (any nesting,
// null matches null), rankings exactly, compromise_set / kernel as sets, booleans exactly.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace mm::mcda {

// What differs between one case's "expected" and a result entry; empty = the case passes.
std::vector<std::string> CompareReferenceResult(const nlohmann::json& c, const nlohmann::json& result);

}  // namespace mm::mcda
