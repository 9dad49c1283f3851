// Frame(): the full-window host — menu bar (presets, file, edit, display), the four view tabs, a status line,
// notifications and confirmation modals — then app::EndFrame() recomputes the ranking once if the profile
// changed. Also the font and style set-up shared by the drivers.
#include "ui/app_frame.h"

#include <imgui.h>
#include <imgui_internal.h>  // GImGui->LogBuffer for the tests' text capture

#include <algorithm>
#include <cstring>

#include "app/i18n.h"
#include "assets/embedded.h"
#include "ui/ui_common.h"
#include "ui/views.h"

namespace mm::ui {

void SetupFontsAndStyle(float scale) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    std::string_view font = assets::ui_font();
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // the bytes live in the executable
    static const ImWchar kRanges[] = {0x0020, 0x00FF, 0x0152, 0x0153, 0x0178, 0x0178, 0x2009, 0x203A,
                                      0x20AC, 0x20AC, 0x2190, 0x2195, 0x2212, 0x2212, 0x2248, 0x2248,
                                      0x2260, 0x2265, 0x25B2, 0x25CF, 0x2713, 0x2717, 0};
    io.Fonts->AddFontFromMemoryTTF(const_cast<char*>(font.data()), static_cast<int>(font.size()), 16.0f * scale,
                                   &config, kRanges);
    // Keep the theme's colours (set by ApplyTheme) and rebuild the sizes at the new scale.
    ImGuiStyle style;
    std::memcpy(style.Colors, ImGui::GetStyle().Colors, sizeof style.Colors);
    style.WindowRounding = 0.0f;
    style.FrameRounding = 3.0f;
    style.GrabRounding = 3.0f;
    style.TabRounding = 3.0f;
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

namespace {

const char* ViewKey(app::View v) {
    switch (v) {
        case app::View::kPanorama: return "view.panorama";
        case app::View::kCriteria: return "view.criteria";
        case app::View::kWorkload: return "view.workload";
        case app::View::kDecision: return "view.decision";
    }
    return "view.panorama";
}

void Shortcuts(app::AppState& s) {
    const ImGuiIO& io = ImGui::GetIO();
    AccessibilityShortcuts(s);
    if (io.WantTextInput || s.read_only) return;
    if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_Z) || ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Y))
        app::Redo(s);
    else if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Z))
        app::Undo(s);
}

void PresetsMenu(app::AppState& s) {
    const bool open = ImGui::BeginMenu(T(s, "menu.presets"));
    Probe(s, "menu.presets");
    if (!open) return;
    ImGui::TextDisabled("%s", T(s, "presets.builtin"));
    for (const Preset& p : BuiltinPresets()) {
        if (ImGui::MenuItem(p.name.In(s.lang).c_str(), nullptr, s.active_preset == p.id)) {
            app::ApplyPreset(s, p);
            app::Notify(s, app::Notification::Level::kSuccess, app::Format(T(s, "presets.applied"), p.name.In(s.lang).c_str()));
        }
        Probe(s, "preset." + p.id);
        if (ImGui::IsItemHovered()) SetTooltipWrapped(p.description.In(s.lang).c_str());
    }
    ImGui::Separator();
    ImGui::TextDisabled("%s", T(s, "presets.mine"));
    if (s.user_presets.empty()) ImGui::TextDisabled("%s", T(s, "presets.none"));
    std::string to_delete;
    for (const app::UserPreset& u : s.user_presets) {
        ImGui::PushID(u.name.c_str());
        if (ImGui::MenuItem(u.name.c_str(), nullptr, s.active_preset == u.name)) {
            app::ApplyPresetById(s, u.name);
            app::Notify(s, app::Notification::Level::kSuccess, app::Format(T(s, "presets.applied"), u.name.c_str()));
        }
        ImGui::SameLine();
        if (ImGui::SmallButton("\xC3\x97")) to_delete = u.name;
        ImGui::PopID();
    }
    if (!to_delete.empty())
        app::RequestConfirmation(s, T(s, "confirm.title"), app::Format(T(s, "presets.delete_confirm"), to_delete.c_str()),
                                 [to_delete](app::AppState& st) {
                                     app::DeleteUserPreset(st, to_delete);
                                     app::RequestAction(st, app::ActionRequest::kSaveState);
                                 });
    ImGui::Separator();
    ImGui::SetNextItemWidth(Em(12));
    InputString("##preset_name", &s.ui.preset_name_input, T(s, "presets.name_hint"));
    ImGui::SameLine();
    ImGui::BeginDisabled(s.ui.preset_name_input.empty());
    if (ImGui::Button(T(s, "presets.save"))) {
        const std::string name = s.ui.preset_name_input;
        bool exists = false;
        for (const auto& u : s.user_presets) exists |= u.name == name;
        auto save = [name](app::AppState& st) {
            app::SaveUserPreset(st, name);
            app::RequestAction(st, app::ActionRequest::kSaveState);
            app::Notify(st, app::Notification::Level::kSuccess, app::Format(app::Tr(st.lang, "presets.saved"), name.c_str()));
        };
        if (exists) app::RequestConfirmation(s, T(s, "confirm.title"), app::Format(T(s, "presets.replace_confirm"), name.c_str()), save);
        else save(s);
        s.ui.preset_name_input.clear();
    }
    ImGui::EndDisabled();
    ImGui::EndMenu();
}

void FileMenu(app::AppState& s) {
    const bool open = ImGui::BeginMenu(T(s, "menu.file"));
    Probe(s, "menu.file");
    if (!open) return;
    if (ImGui::MenuItem(T(s, "file.share"))) app::RequestAction(s, app::ActionRequest::kShareLink);
    if (ImGui::IsItemHovered()) SetTooltipWrapped(T(s, "file.share_help"));
    ImGui::Separator();
    if (ImGui::MenuItem(T(s, "file.export_md"))) app::RequestAction(s, app::ActionRequest::kExportMarkdown);
    if (ImGui::MenuItem(T(s, "file.export_csv"))) app::RequestAction(s, app::ActionRequest::kExportCsv);
    if (ImGui::MenuItem(T(s, "file.export_json"))) app::RequestAction(s, app::ActionRequest::kExportJson);
    ImGui::Separator();
    if (ImGui::MenuItem(T(s, "file.import_profile"))) app::RequestAction(s, app::ActionRequest::kImportProfile);
    if (ImGui::MenuItem(T(s, "file.import_overlay"))) app::RequestAction(s, app::ActionRequest::kImportOverlay);
    if (ImGui::IsItemHovered()) SetTooltipWrapped(T(s, "file.import_overlay_help"));
    ImGui::Separator();
    if (ImGui::MenuItem(T(s, "file.reset")))
        app::RequestConfirmation(s, T(s, "confirm.title"), T(s, "file.reset_confirm"),
                                 [](app::AppState& st) { app::RequestAction(st, app::ActionRequest::kResetEverything); });
    ImGui::EndMenu();
}

void EditMenu(app::AppState& s) {
    const bool open = ImGui::BeginMenu(T(s, "menu.edit"));
    Probe(s, "menu.edit");
    if (!open) return;
    if (ImGui::MenuItem(T(s, "edit.undo"), T(s, "shortcut.undo"), false, app::CanUndo(s))) app::Undo(s);
    if (ImGui::MenuItem(T(s, "edit.redo"), T(s, "shortcut.redo"), false, app::CanRedo(s))) app::Redo(s);
    ImGui::EndMenu();
}

// Money display: dollars or euros at a rate the user can change (the profile keeps dollars).
void CurrencyMenuItems(app::AppState& s) {
    ImGui::TextDisabled("%s", T(s, "display.currency"));
    const bool eur = app::Money(s).eur;
    if (ImGui::MenuItem(T(s, "currency.usd"), nullptr, !eur)) app::SetCurrency(s, "USD");
    Probe(s, "currency.usd");
    if (ImGui::MenuItem(T(s, "currency.eur"), nullptr, eur)) app::SetCurrency(s, "EUR");
    Probe(s, "currency.eur");
    double rate = s.usd_per_eur;
    ImGui::SetNextItemWidth(Em(5));
    if (InputNumber(app::Format("%s##usd_per_eur", T(s, "currency.rate")).c_str(), &rate, s.lang, 4)) app::SetUsdPerEur(s, rate);
    Probe(s, "currency.rate");
    HelpMarker(app::Format(T(s, "currency.rate_help"), app::FormatNumber(app::kDefaultUsdPerEur, s.lang, 4).c_str(),
                           app::kDefaultUsdPerEurDate).c_str());
}

void DisplayMenu(app::AppState& s) {
    const bool open = ImGui::BeginMenu(T(s, "menu.display"));
    Probe(s, "menu.display");
    if (!open) return;
    ImGui::TextDisabled("%s", T(s, "display.theme"));
    if (ImGui::MenuItem(T(s, "theme.system"), nullptr, s.theme == app::Theme::kSystem)) s.theme = app::Theme::kSystem;
    if (ImGui::MenuItem(T(s, "theme.dark"), nullptr, s.theme == app::Theme::kDark)) s.theme = app::Theme::kDark;
    if (ImGui::MenuItem(T(s, "theme.light"), nullptr, s.theme == app::Theme::kLight)) s.theme = app::Theme::kLight;
    ImGui::Separator();
    ImGui::TextDisabled("%s", T(s, "display.language"));
    if (ImGui::MenuItem(T(s, "lang.name_fr"), nullptr, s.lang == "fr")) app::SetLanguage(s, "fr");
    if (ImGui::MenuItem(T(s, "lang.name_en"), nullptr, s.lang == "en")) app::SetLanguage(s, "en");
    ImGui::Separator();
    CurrencyMenuItems(s);
    ImGui::Separator();
    AccessibilityMenuItems(s);
#ifndef NDEBUG
    ImGui::Separator();
    ImGui::MenuItem(T(s, "debug.imgui_demo"), nullptr, &s.ui.show_demo);
    ImGui::MenuItem(T(s, "debug.imgui_metrics"), nullptr, &s.ui.show_metrics);
#endif
    ImGui::EndMenu();
}

// Width of menu-bar items with these labels (each: its text and the item spacing on both sides).
float MenuWidth(app::AppState& s, std::initializer_list<const char*> keys) {
    float w = 0;
    for (const char* k : keys) w += ImGui::CalcTextSize(T(s, k)).x + ImGui::GetStyle().ItemSpacing.x * 2;
    return w;
}

void MenuBar(app::AppState& s) {
    if (!ImGui::BeginMenuBar()) return;
    // Right side: undo/redo and the language switch, always in reach.
    const float w_lang = MenuWidth(s, {"display.lang_fr", "display.lang_en"}) + ImGui::GetStyle().FramePadding.x * 4;
    const float w_undo = MenuWidth(s, {"edit.undo", "edit.redo"}) + ImGui::GetStyle().FramePadding.x * 4;
    const float w_right = w_lang + (s.read_only ? 0 : w_undo);
    const float w_menus = s.read_only ? MenuWidth(s, {"menu.display"})
                                      : MenuWidth(s, {"menu.presets", "menu.file", "menu.edit", "menu.display"});
    // Too narrow for every menu and the right side (a phone): the menus go into one "Menu".
    if (ImGui::GetCursorPosX() + w_menus + w_right <= ImGui::GetWindowContentRegionMax().x) {
        if (!s.read_only) {
            PresetsMenu(s);
            FileMenu(s);
            EditMenu(s);
        }
        DisplayMenu(s);
    } else {
        const bool open = ImGui::BeginMenu(T(s, "menu.all"));
        Probe(s, "menu.all");
        if (open) {
            if (!s.read_only) {
                PresetsMenu(s);
                FileMenu(s);
                EditMenu(s);
            }
            DisplayMenu(s);
            ImGui::EndMenu();
        }
    }
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - w_right));
    if (!s.read_only) {
        ImGui::BeginDisabled(!app::CanUndo(s));
        if (ImGui::MenuItem(T(s, "edit.undo"))) app::Undo(s);
        ImGui::EndDisabled();
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", T(s, "shortcut.undo"));
        ImGui::BeginDisabled(!app::CanRedo(s));
        if (ImGui::MenuItem(T(s, "edit.redo"))) app::Redo(s);
        ImGui::EndDisabled();
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", T(s, "shortcut.redo"));
    }
    if (ImGui::MenuItem(T(s, "display.lang_fr"), nullptr, s.lang == "fr")) app::SetLanguage(s, "fr");
    Probe(s, "lang.fr");
    if (ImGui::MenuItem(T(s, "display.lang_en"), nullptr, s.lang == "en")) app::SetLanguage(s, "en");
    Probe(s, "lang.en");
    ImGui::EndMenuBar();
}

std::string StatusText(app::AppState& s) {
    const Result& r = s.result;
    std::string text;
    const Preset* p = FindPreset(s.active_preset);
    const std::string preset = p ? p->name.In(s.lang) : !s.active_preset.empty() ? s.active_preset : s.profile.name;
    if (!preset.empty()) text = app::Format("%s %s  \xE2\x80\xA2  ", T(s, "status.preset"), preset.c_str());
    if (const ModelRow* top = r.Top())
        text += app::Format(T(s, "status.summary"), app::FormatNumber(static_cast<double>(r.rows.size()), s.lang, 0).c_str(),
                            app::FormatNumber(static_cast<double>(r.eliminated.size()), s.lang, 0).c_str(), top->name.c_str());
    else
        text += T(s, "status.no_ranking");
    return text;
}

// The status text wraps on a narrow window, and the last notification goes under it when it does not fit beside.
struct StatusLayout {
    float text_h = 0;
    bool notice_below = false;
    float height = 0;  // what the status line needs under the view
};

StatusLayout LayOutStatus(app::AppState& s, const std::string& text) {
    StatusLayout l;
    const float width = ImGui::GetContentRegionAvail().x;
    l.text_h = ImGui::CalcTextSize(text.c_str(), nullptr, false, width).y;
    const float line_h = ImGui::GetTextLineHeight();
    if (!s.notifications.empty()) {
        const float notice_w = ImGui::CalcTextSize(s.notifications.back().text.c_str()).x;
        l.notice_below = l.text_h > line_h * 1.5f || ImGui::CalcTextSize(text.c_str()).x + Em(1) + notice_w > width;
    }
    l.height = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y + (l.text_h - line_h) +
               (l.notice_below ? ImGui::GetTextLineHeightWithSpacing() : 0.0f);
    return l;
}

void StatusLine(app::AppState& s, const std::string& text, const StatusLayout& layout) {
    ImGui::Separator();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", text.c_str());
    ImGui::PopTextWrapPos();
    if (!s.notifications.empty()) {
        const app::Notification& n = s.notifications.back();
        const ImVec4 col = n.level == app::Notification::Level::kError     ? ColorBad()
                           : n.level == app::Notification::Level::kWarning ? ColorWarn()
                           : n.level == app::Notification::Level::kSuccess ? ColorGood()
                                                                           : ColorAccent();
        const float w = ImGui::CalcTextSize(n.text.c_str()).x;
        if (!layout.notice_below) ImGui::SameLine(std::max(ImGui::GetCursorPosX() + Em(1), ImGui::GetWindowContentRegionMax().x - w));
        ImGui::PushStyleColor(ImGuiCol_Text, col);
        TextWrappedU(n.text);
        ImGui::PopStyleColor();
    }
}

void ConfirmationModal(app::AppState& s) {
    if (s.confirmations.empty()) return;
    const char* id = "###confirm";
    if (!ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
    const app::Confirmation& c = s.confirmations.front();
    ImGui::SetNextWindowSize(ImVec2(Em(26), 0));
    const std::string title = c.title + id;
    if (ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_AlwaysAutoResize)) {
        TextWrappedU(c.message);
        ImGui::Spacing();
        bool done = false, yes = false;
        if (ImGui::Button(T(s, "confirm.yes"), ImVec2(Em(8), 0))) done = yes = true;
        ImGui::SameLine();
        if (ImGui::Button(T(s, "confirm.no"), ImVec2(Em(8), 0)) || ImGui::IsKeyPressed(ImGuiKey_Escape)) done = true;
        if (done) {
            app::Confirmation taken = std::move(s.confirmations.front());
            s.confirmations.erase(s.confirmations.begin());
            ImGui::CloseCurrentPopup();
            if (yes && taken.on_confirm) taken.on_confirm(s);
        }
        ImGui::EndPopup();
    }
}

void Tabs(app::AppState& s) {
    if (!ImGui::BeginTabBar("views", ImGuiTabBarFlags_NoTooltip)) return;
    // Read-only (embedded): the decision comes first, the locked views after it.
    const std::initializer_list<app::View> normal = {app::View::kPanorama, app::View::kCriteria, app::View::kWorkload,
                                                     app::View::kDecision};
    const std::initializer_list<app::View> decision_first = {app::View::kDecision, app::View::kPanorama,
                                                             app::View::kCriteria, app::View::kWorkload};
    for (app::View v : s.read_only ? decision_first : normal) {
        ImGuiTabItemFlags flags = 0;
        if (s.ui.view_set_externally && s.view == v) flags |= ImGuiTabItemFlags_SetSelected;
        const std::string label = std::string(T(s, ViewKey(v))) + "###" + app::ViewName(v);
        const bool open = ImGui::BeginTabItem(label.c_str(), nullptr, flags);
        Probe(s, std::string("tab.") + app::ViewName(v));
        if (open) {
            if (!s.ui.view_set_externally) s.view = v;
            ImGui::EndTabItem();
        }
    }
    s.ui.view_set_externally = false;
    ImGui::EndTabBar();
}

// Read-only (embedded): says which views are locked, with a link that opens the full app in a new tab.
void ReadOnlyNotice(app::AppState& s) {
    if (!s.read_only) return;
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", T(s, "readonly.notice"));
    ImGui::PopTextWrapPos();
    const char* label = T(s, "readonly.open_full");
    FlowSameLine(ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2);
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_Text, ColorAccent());
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x, 0));
    if (ImGui::Button(label)) app::RequestAction(s, app::ActionRequest::kOpenFullApp);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
    Probe(s, "readonly.open_full");
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    const float pad = ImGui::GetStyle().FramePadding.x;
    ImGui::GetWindowDrawList()->AddLine(ImVec2(a.x + pad, b.y - 1), ImVec2(b.x - pad, b.y - 1),
                                        ImGui::ColorConvertFloat4ToU32(ColorAccent()));
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
}

}  // namespace

void Frame(app::AppState& state) {
    if (!state.initialized) app::Init(state);
    // Changes made between frames (platform imports, URL parameters, the JS API) are ranked before drawing, so
    // the views never read a Result computed for another catalog or profile.
    app::Recompute(state);
    state.ui.probes.clear();
    ApplyTheme(state);
    Shortcuts(state);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::Begin("ModelMatrix", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_MenuBar);
    // The one layout decision by width (ui_common.h): sizes in font units, so the same at every pixel ratio.
    state.ui.one_column = vp->WorkSize.x < Em(kOneColumnEm);
    // Tests capture every text drawn in this window (ImGui's log stops at the window's End()).
    if (state.ui.capture_text) ImGui::LogToBuffer(0);
    MenuBar(state);
    Tabs(state);
    ReadOnlyNotice(state);
    const std::string status = StatusText(state);
    const StatusLayout status_layout = LayOutStatus(state, status);
    ImGui::BeginChild("view", ImVec2(0, -status_layout.height));
    // Read-only (embedded in a course page): the editing views are shown but cannot change the profile.
    const bool lock = state.read_only && (state.view == app::View::kCriteria || state.view == app::View::kWorkload);
    if (lock) ImGui::BeginDisabled();
    switch (state.view) {
        case app::View::kPanorama: DrawPanorama(state); break;
        case app::View::kCriteria: DrawCriteria(state); break;
        case app::View::kWorkload: DrawWorkload(state); break;
        case app::View::kDecision: DrawDecision(state); break;
    }
    if (lock) ImGui::EndDisabled();
    ImGui::EndChild();
    StatusLine(state, status, status_layout);
    if (state.ui.capture_text) {
        state.ui.captured_text = GImGui->LogBuffer.c_str();
        ImGui::LogFinish();
    }
    ConfirmationModal(state);
    ImGui::End();
    DrawAccessibilityWindows(state);
#ifndef NDEBUG
    if (state.ui.show_demo) ImGui::ShowDemoWindow(&state.ui.show_demo);
    if (state.ui.show_metrics) ImGui::ShowMetricsWindow(&state.ui.show_metrics);
#endif
    app::EndFrame(state, static_cast<double>(ImGui::GetIO().DeltaTime));
}

}  // namespace mm::ui
