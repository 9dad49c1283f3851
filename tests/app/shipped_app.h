// Test helper: an AppState initialised as the app starts, on the real shipped catalog.
#pragma once
#include "app/app_state.h"
#include "assets/embedded.h"
#include "engine/io/catalog_io.h"
#include "engine/io/selfhost_io.h"

namespace mm::app {

// Loads the embedded catalog into `s` (base and effective), dates it 2026-11-26 and runs Init().
// False when the shipped catalog does not load (callers ASSERT on it).
inline bool InitWithShippedCatalog(AppState& s) {
    CatalogLoad load = LoadCatalog(assets::catalog());
    if (!load.Ok() || !AttachSelfhost(*load.catalog, assets::selfhost())) return false;
    s.base_catalog = *load.catalog;
    s.catalog = std::move(*load.catalog);
    s.today = "2026-11-26";
    Init(s);
    return true;
}

}  // namespace mm::app
