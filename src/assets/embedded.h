// Files embedded at build time (cmake/MmEmbed.cmake). The bytes live in the executable's read-only data.
#pragma once
#include <string_view>

namespace mm::assets {
std::string_view catalog();         // catalog.json
std::string_view selfhost();        // selfhost.json (tools/catalog/build_selfhost.py)
std::string_view ui_font();         // subset UI font (GUI builds only)
}  // namespace mm::assets
