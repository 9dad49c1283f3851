// The overlay check shared by fuzz_overlay_json and fuzz_overlay_csv: parse, then apply onto the shipped
// catalog; the merged catalog must still pass the catalog validation and the base must be untouched.
#pragma once
#include <string>

#include "engine/io/overlay_io.h"
#include "fuzz_common.h"

namespace mm::fuzz {

inline void RunOverlay(std::string_view text, const std::string& name) {
    const Catalog& base = ShippedCatalog();
    const std::size_t base_models = base.models.size();
    std::vector<Issue> issues;
    OverlayLimits limits;
    limits.max_models = 2000;
    std::optional<Overlay> overlay = ParseOverlay(text, name, issues, limits);
    MM_FUZZ_CHECK(overlay.has_value() == issues.empty());
    if (!overlay) return;
    (void)OverlayToJson(*overlay).dump();
    std::vector<Issue> apply_issues;
    std::optional<Catalog> merged = ApplyOverlay(base, *overlay, "2030-01-01", apply_issues);
    MM_FUZZ_CHECK(merged.has_value() == apply_issues.empty());
    MM_FUZZ_CHECK(base.models.size() == base_models);
    if (merged) MM_FUZZ_CHECK(merged->models.size() >= base_models);
}

}  // namespace mm::fuzz
