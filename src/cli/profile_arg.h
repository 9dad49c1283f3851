// Loading a profile named on the command line (a file, or "preset:<id>" for a built-in preset), reporting
// every problem on stderr as "FILE: path: message".
#pragma once
#include <optional>
#include <string>

#include "engine/model/catalog.h"
#include "engine/model/profile.h"

namespace mm::cli {

std::optional<Profile> LoadProfileOrReport(const std::string& path, const Catalog& catalog);

}  // namespace mm::cli
