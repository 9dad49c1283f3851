// Hard constraints: which models a profile rules out, and for each, every constraint it failed with the
// numbers (structured: app::FormatFailure words them in the UI language).
// A constraint that cannot be checked because the catalog does not know the value fails (actual = nullopt).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/model/catalog.h"
#include "engine/model/criteria.h"
#include "engine/model/profile.h"

namespace mm {

struct ConstraintFailure {
    // deployment, open_weights, commercial_use, vram_budget, min_context, language, input_modality,
    // tool_calling, structured_output, max_monthly_cost, max_latency, excluded_provider, older_generation,
    // missing_value (added by the missing-value policy "exclude")
    std::string constraint;
    std::string detail;              // language code, modality, criterion id, quantisation, deployment
    std::optional<double> required;  // the profile's bound
    std::optional<double> actual;    // the model's value; nullopt = unknown
    std::string unit;
};

std::vector<ConstraintFailure> CheckConstraints(const Model& m, const DerivedValues& derived,
                                                const Profile& profile);

}  // namespace mm
