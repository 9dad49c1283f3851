// Reading, writing and checking decision profiles (docs/PROFILE_FORMAT.md): strict, every problem with its
// JSON path; absent optional keys take the documented defaults, present-but-wrong values are refused.
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "engine/model/catalog.h"
#include "engine/io/json_util.h"
#include "engine/model/profile.h"

namespace mm {

struct ProfileLoad {
    std::optional<Profile> profile;  // set only when there is no issue
    std::vector<Issue> issues;
    bool Ok() const { return profile.has_value(); }
};

ProfileLoad LoadProfile(std::string_view json_text);
ProfileLoad ReadProfile(const Json& doc);

// Free functions found by ADL (nlohmann). from_json throws std::invalid_argument listing every issue.
void to_json(Json& j, const Profile& p);
void from_json(const Json& j, Profile& p);

// Checks the references of a profile against a catalog: criterion ids (with the profile's own user
// criteria), model ids in user values and reference_model, provider ids. Paths as in the file.
std::vector<Issue> ValidateProfile(const Profile& profile, const Catalog& catalog);

}  // namespace mm
