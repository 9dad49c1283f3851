// Frame(): a full-window host for the views, plus font and style set-up shared by the drivers.
#include "ui/app_frame.h"

#include <imgui.h>

#include "assets/embedded.h"
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
    ImGuiStyle style;
    ImGui::StyleColorsDark(&style);
    style.WindowRounding = 0.0f;
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

void Frame(app::AppState& state) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::Begin("ModelMatrix", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    DrawPanorama(state);
    ImGui::End();
    ++state.frame_count;
}

}  // namespace mm::ui
