// The model card's "Self-host on…" section (selfhost_panel.cpp).
#pragma once
#include "app/app_state.h"

namespace mm::ui {

// Memory, fit, speeds and energy of the model on a chosen device; its state is AppState::ui.selfhost.
void SelfhostPanel(app::AppState& s, const Model& m);

}  // namespace mm::ui
