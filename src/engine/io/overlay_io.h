// Private catalog overlays: the user's own models, negotiated prices and internal eval scores, from JSON
// or CSV (incl. French ';' + decimal-comma files). Checked in full before anything is applied.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/model/catalog.h"
#include "engine/io/json_util.h"

namespace mm {

struct OverlayModel {
    std::string id;
    std::string where;  // "models[2]" or "line 4" — for messages at apply time
    std::optional<std::string> name, provider, family;
    std::optional<ModelKind> kind;
    std::optional<double> input_per_mtok, output_per_mtok, cached_input_per_mtok, context_tokens, params_b;
    std::vector<std::pair<std::string, double>> scores;  // benchmark id -> value (catalog or overlay benchmark)
};

struct Overlay {
    std::string name;  // shown in the UI and in figures' source title
    std::vector<BenchmarkInfo> benchmarks;  // new benchmarks (internal evals)
    std::vector<OverlayModel> models;
};

struct OverlayLimits {
    std::size_t max_bytes = 16u << 20;
    std::size_t max_models = 100000;
};

// Reads an overlay; `file_name` picks JSON or CSV by extension (".csv" / ".tsv"), else by content.
std::optional<Overlay> ParseOverlay(std::string_view text, const std::string& file_name, std::vector<Issue>& issues,
                                    const OverlayLimits& limits = {});

// Returns base + overlay, or nullopt with issues (unknown benchmark, a new model without name/provider/kind,
// absurd values). `today` dates the overlay's figures. The base catalog is never modified.
std::optional<Catalog> ApplyOverlay(const Catalog& base, const Overlay& overlay, const std::string& today,
                                    std::vector<Issue>& issues);

Json OverlayToJson(const Overlay& overlay);

}  // namespace mm
