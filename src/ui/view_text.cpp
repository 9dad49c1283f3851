// Accessibility windows and shortcuts: Alt+1..Alt+4 open the four views, Alt+T toggles the text view of the
// decision (app/text_view.h) — a window on the desktop, the page's DOM mirror on the web — and the keyboard
// shortcuts help lists them.
#include <imgui.h>
#include <imgui_internal.h>  // NavWindowingToggleLayer

#include "app/platform_services.h"
#include "app/text_view.h"
#include "ui/ui_common.h"
#include "ui/views.h"

namespace mm::ui {

namespace {

#ifndef __EMSCRIPTEN__  // the web page shows the text view in its DOM (web/a11y.js)
bool IsWeb(const app::AppState& s) { return s.platform && s.platform->IsWeb(); }

void TextViewWindow(app::AppState& s) {
    ImGui::SetNextWindowSize(Em2(36, 30), ImGuiCond_FirstUseEver);
    const std::string title = std::string(T(s, "a11y.menu_text_view")) + "###text_view";
    if (!ImGui::Begin(title.c_str(), &s.ui.show_text_view)) {
        ImGui::End();
        return;
    }
    // Built again only when the result, the language or the money display changed (not on every frame).
    const std::string key = std::to_string(s.result_version) + "|" + s.lang + "|" + s.currency + "|" +
                            std::to_string(s.usd_per_eur);
    if (!s.ui.text_view || key != s.ui.text_view_key) {
        s.ui.text_view = std::make_shared<const app::TextView>(app::BuildTextView(s));
        s.ui.text_view_key = key;
    }
    const app::TextView& t = *s.ui.text_view;
    TextWrappedU(t.title);
    for (const app::TextSection& sec : t.sections) {
        SectionTitle(sec.heading.c_str());
        for (const std::string& line : sec.sentences) TextWrappedU(line);
        for (const std::string& item : sec.items) {
            ImGui::Bullet();
            TextWrappedU(item);
        }
        for (const app::TextTable& tb : sec.tables) {
            TextWrappedDisabled(tb.caption);
            ImGui::PushID(sec.id.c_str());
            const int n = static_cast<int>(tb.columns.size());
            if (n > 0 && ImGui::BeginTable("table", n, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchProp)) {
                // Explicit weights: proportional stretch from the content would divide by zero on the first frame.
                for (const std::string& c : tb.columns) ImGui::TableSetupColumn(c.c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
                ImGui::TableHeadersRow();
                for (const auto& row : tb.rows) {
                    ImGui::TableNextRow();
                    for (int c = 0; c < n && c < static_cast<int>(row.size()); ++c) {
                        ImGui::TableSetColumnIndex(c);
                        TextWrappedU(row[static_cast<std::size_t>(c)]);
                    }
                }
                ImGui::EndTable();
            }
            ImGui::PopID();
        }
    }
    ImGui::End();
}

#endif

void ShortcutsWindow(app::AppState& s) {
    ImGui::SetNextWindowSize(Em2(30, 0), ImGuiCond_Appearing);
    const std::string title = std::string(T(s, "a11y.menu_shortcuts")) + "###shortcuts";
    if (!ImGui::Begin(title.c_str(), &s.ui.show_shortcuts, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::End();
        return;
    }
    ImGui::PushTextWrapPos(Em(30));
    ImGui::TextUnformatted(T(s, "a11y.shortcuts_intro"));
    ImGui::PopTextWrapPos();
    if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) {
        ImGui::TableSetupColumn(T(s, "a11y.col_keys"));
        ImGui::TableSetupColumn(T(s, "a11y.col_action"), ImGuiTableColumnFlags_WidthFixed, Em(20));
        ImGui::TableHeadersRow();
        for (const auto& [keys, action] : app::KeyboardShortcuts(s.lang)) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::TextUnformatted(keys.c_str());
            ImGui::TableSetColumnIndex(1);
            TextWrappedU(action);
        }
        ImGui::EndTable();
    }
    if (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) && ImGui::IsKeyPressed(ImGuiKey_Escape))
        s.ui.show_shortcuts = false;
    ImGui::End();
}

}  // namespace

void AccessibilityShortcuts(app::AppState& s) {
    // Alt chords work in every mode (read-only included) and while a text field has focus: they type nothing.
    const ImGuiKey digits[] = {ImGuiKey_1, ImGuiKey_2, ImGuiKey_3, ImGuiKey_4};
    const char* views[] = {"panorama", "criteria", "workload", "decision"};
    bool used = false;
    for (int i = 0; i < 4; ++i)
        if (ImGui::IsKeyChordPressed(ImGuiMod_Alt | digits[i])) {
            app::SetView(s, views[i]);
            used = true;
        }
    if (ImGui::IsKeyChordPressed(ImGuiMod_Alt | ImGuiKey_T)) {
        s.ui.show_text_view = !s.ui.show_text_view;
        used = true;
    }
    // A chord is not a press of Alt alone: releasing Alt must not move the keyboard focus to the menu bar.
    if (used) GImGui->NavWindowingToggleLayer = false;
}

void AccessibilityMenuItems(app::AppState& s) {
    ImGui::MenuItem(T(s, "a11y.menu_text_view"), T(s, "a11y.key_altt"), &s.ui.show_text_view);
    Probe(s, "menu.text_view");
    ImGui::MenuItem(T(s, "a11y.menu_shortcuts"), nullptr, &s.ui.show_shortcuts);
    Probe(s, "menu.shortcuts");
}

void DrawAccessibilityWindows(app::AppState& s) {
#ifndef __EMSCRIPTEN__
    if (s.ui.show_text_view && !IsWeb(s)) TextViewWindow(s);
#endif
    if (s.ui.show_shortcuts) ShortcutsWindow(s);
}

}  // namespace mm::ui
