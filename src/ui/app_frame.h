// The one frame function both drivers (desktop, web) call: draws every view for the current state.
#pragma once
#include "app/app_state.h"

namespace mm::ui {

void Frame(app::AppState& state);
// Loads the embedded UI font at `pixel_size` and applies the style scaled by `scale` (HiDPI).
void SetupFontsAndStyle(float scale);

}  // namespace mm::ui
