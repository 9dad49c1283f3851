// AppState: everything the app knows, owned by the entry point and passed by reference to the views.
// No ImGui here: the state can be driven and tested without a UI.
#pragma once
#include <string>

#include "engine/catalog.h"

namespace mm::app {

struct AppState {
    Catalog catalog;
    std::string lang = "en";  // "en" | "fr"
    long long frame_count = 0;
};

}  // namespace mm::app
