// Runner for the reference-case format of shared/reference/mcda/README.md: each case's machine-readable
// fields in, exactly the keys of its "expected" object out (or {"id", "error"} when it cannot be computed).
#pragma once

#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

namespace mm::mcda {

// The document itself is unusable (not an object with a "cases" array): the CLI maps this to exit 2.
class MalformedDocument : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// One case -> {"id": …, <expected keys>: …} or {"id": …, "error": "…"}; never throws for a bad case.
// `path` prefixes the messages ("cases[3]").
nlohmann::json RunReferenceCase(const nlohmann::json& c, const std::string& path = "case");

// {"cases": [...]} -> {"results": [...]} in input order. Throws MalformedDocument.
nlohmann::json RunReferenceCases(const nlohmann::json& doc);

}  // namespace mm::mcda
