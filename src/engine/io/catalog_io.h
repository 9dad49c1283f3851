// Reading and checking catalog.json (docs/CATALOG_FORMAT.md): every problem is reported with its JSON path.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/model/catalog.h"
#include "engine/io/json_util.h"

namespace mm {

struct CatalogLimits {
    std::size_t max_bytes = 256u << 20;  // 256 MiB (a generated 100 000-model catalog is ~240 MB)
    std::size_t max_models = 200000;
    std::size_t max_benchmarks_per_model = 64;
};

struct CatalogLoadOptions {
    std::string today;  // YYYY-MM-DD: dates after it are rejected; empty = no check
    CatalogLimits limits;
};

struct CatalogLoad {
    std::optional<Catalog> catalog;  // set only when there is no issue
    std::vector<Issue> issues;
    bool Ok() const { return catalog.has_value(); }
};

// Parses the text (ParseJson: syntax errors with their line and column) and checks it; every problem is reported
// with its JSON path.
CatalogLoad LoadCatalog(std::string_view json_text, const CatalogLoadOptions& options = {});

// Flat description of a model for `modelmatrix-cli models --format json` (keys in the engine issue).
Json ModelSummaryJson(const Model& m);
Json FigureJson(const Figure& f);

}  // namespace mm
