// The views: one free function per file (view_<name>.cpp).
#pragma once
#include "app/app_state.h"

namespace mm::ui {

void DrawPanorama(app::AppState& state);

}  // namespace mm::ui
