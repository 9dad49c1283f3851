// Comparison of reference-case results with their expected values.
#include "cli/reference/reference_compare.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace mm::mcda {

namespace {

using nlohmann::json;

void CompareNumbers(const json& expected, const json& got, double tol, double rtol, const std::string& path,
                    std::vector<std::string>* problems) {
    if (expected.is_null()) {
        if (!got.is_null()) problems->push_back(path + ": expected null, got " + got.dump());
        return;
    }
    if (expected.is_array()) {
        if (!got.is_array() || got.size() != expected.size()) {
            problems->push_back(path + ": expected an array of " + std::to_string(expected.size()) + ", got " +
                                got.dump());
            return;
        }
        for (std::size_t k = 0; k < expected.size(); ++k)
            CompareNumbers(expected[k], got[k], tol, rtol, path + "[" + std::to_string(k) + "]", problems);
        return;
    }
    if (expected.is_number()) {
        if (!got.is_number()) {
            problems->push_back(path + ": expected a number, got " + got.dump());
            return;
        }
        const double e = expected.get<double>(), g = got.get<double>();
        if (!std::isfinite(g) || !(std::fabs(g - e) <= tol + rtol * std::fabs(e)))
            problems->push_back(path + ": expected " + expected.dump() + ", got " + got.dump());
        return;
    }
    problems->push_back(path + ": unsupported expected value " + expected.dump());
}

}  // namespace

std::vector<std::string> CompareReferenceResult(const json& c, const json& result) {
    std::vector<std::string> problems;
    const std::string id = c.contains("id") ? c.at("id").dump() : "?";
    if (!result.is_object()) return {id + ": result is not an object"};
    if (result.contains("error")) return {id + ": error: " + result.at("error").dump()};
    if (!result.contains("id") || result.at("id") != c.at("id")) problems.push_back(id + ": id differs");
    const double tol = c.at("tolerance").get<double>();
    const double rtol = c.contains("rtol") && !c.at("rtol").is_null() ? c.at("rtol").get<double>() : 0.0;
    for (const auto& [key, expected] : c.at("expected").items()) {
        const std::string path = id + "." + key;
        if (!result.contains(key)) {
            problems.push_back(path + ": missing");
            continue;
        }
        const json& got = result.at(key);
        if (key == "ranking" || key == "ranking_by_Q" || key == "ranking_with_compromise_set") {
            if (got != expected) problems.push_back(path + ": expected " + expected.dump() + ", got " + got.dump());
        } else if (key == "compromise_set" || key == "kernel") {
            std::set<long long> e, g;
            bool ok = got.is_array();
            for (const auto& v : expected) e.insert(v.get<long long>());
            if (ok)
                for (const auto& v : got) {
                    if (!v.is_number_integer() || !g.insert(v.get<long long>()).second) ok = false;
                }
            if (!ok || e != g) problems.push_back(path + ": expected the set " + expected.dump() + ", got " + got.dump());
        } else if (expected.is_boolean()) {
            if (got != expected) problems.push_back(path + ": expected " + expected.dump() + ", got " + got.dump());
        } else {
            CompareNumbers(expected, got, tol, rtol, path, &problems);
        }
    }
    return problems;
}

}  // namespace mm::mcda
