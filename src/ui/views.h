// The views: one free function per file (view_<name>.cpp), plus the top bar and the overlays of app_frame.cpp.
#pragma once
#include "app/app_state.h"

namespace mm::ui {

void DrawPanorama(app::AppState& state);  // notebook 1: catalog, model card, course overview
void DrawCriteria(app::AppState& state);  // notebook 2: constraints, weights, method
void DrawWorkload(app::AppState& state);  // notebook 3: workload, costs, comparison, own measurements
void DrawDecision(app::AppState& state);  // notebook 4: ranking, reasons, eliminated, robustness, Pareto
// view_text.cpp: Alt+1..4 and Alt+T; the Display menu's "Text view" and "Keyboard shortcuts"; their windows.
void AccessibilityShortcuts(app::AppState& state);
void AccessibilityMenuItems(app::AppState& state);
void DrawAccessibilityWindows(app::AppState& state);

}  // namespace mm::ui
