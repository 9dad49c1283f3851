// Headless Dear ImGui for tests and benchmarks: a context with a display size and a built font atlas (no window,
// no GPU), the shipped catalog (or a generated large one), simulated mouse and keyboard through the IO event API,
// and a capture of every text drawn in a frame (ImGui's log-to-buffer).
#pragma once
#include <imgui.h>
#include <imgui_internal.h>

#include <stdexcept>
#include <string>

#include "app/app_state.h"
#include "assets/embedded.h"
#include "engine/io/catalog_io.h"
#include "engine/io/selfhost_io.h"
#include "ui/app_frame.h"

namespace mm::testing {

inline Catalog ShippedCatalog() {
    CatalogLoad load = LoadCatalog(assets::catalog());
    if (!load.Ok() || !AttachSelfhost(*load.catalog, assets::selfhost()))
        throw std::runtime_error("embedded catalog or selfhost.json does not load");
    return std::move(*load.catalog);
}

// The shipped catalog's models repeated (ids and names made unique) until there are `n`.
inline Catalog LargeCatalog(std::size_t n) {
    Catalog base = ShippedCatalog();
    Catalog c = base;
    c.models.clear();
    c.models.reserve(n);
    for (std::size_t i = 0; c.models.size() < n; ++i) {
        Model m = base.models[i % base.models.size()];
        const std::size_t copy = i / base.models.size();
        if (copy > 0) {
            m.id += "-v" + std::to_string(copy);
            m.name += " v" + std::to_string(copy);
            m.course_classic = false;
        }
        c.models.push_back(std::move(m));
    }
    return c;
}

class UiHarness {
public:
    // `scale`: the device-pixel ratio (the display is width x height device pixels, the font and sizes scaled).
    explicit UiHarness(Catalog catalog, float width = 1280, float height = 800, float scale = 1.0f) {
        ctx_ = ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(width, height);
        io.IniFilename = nullptr;
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
        io.DeltaTime = 1.0f / 60.0f;
        ui::SetupFontsAndStyle(scale);
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        state.catalog = std::move(catalog);
        state.base_catalog = state.catalog;
        state.ui.record_probes = true;
        app::Init(state);
    }
    ~UiHarness() { ImGui::DestroyContext(ctx_); }
    UiHarness(const UiHarness&) = delete;
    UiHarness& operator=(const UiHarness&) = delete;

    // One frame; with `capture`, returns every text drawn (one item per line).
    std::string Frame(bool capture = false) {
        ImGui::NewFrame();
        state.ui.capture_text = capture;
        ui::Frame(state);
        state.ui.capture_text = false;
        ImGui::Render();
        return capture ? state.ui.captured_text : std::string();
    }
    void Frames(int n) {
        for (int i = 0; i < n; ++i) Frame();
    }

    const app::ItemProbe* FindProbe(const std::string& name) const {
        for (const auto& p : state.ui.probes)
            if (p.name == name) return &p;
        return nullptr;
    }
    void MoveTo(float x, float y) {
        ImGui::GetIO().AddMousePosEvent(x, y);
        Frame();
    }
    // Press, (optionally) move, release: each step in its own frame, as a user would.
    void Click(float x, float y) {
        MoveTo(x, y);
        ImGui::GetIO().AddMouseButtonEvent(0, true);
        Frame();
        ImGui::GetIO().AddMouseButtonEvent(0, false);
        Frame();
    }
    // Clicks inside the probe's rectangle at `fx` of its width (a labelled field's frame is on its left).
    bool ClickProbe(const std::string& name, float fx = 0.5f) {
        const app::ItemProbe* p = FindProbe(name);
        if (!p) return false;
        Click(p->x0 + (p->x1 - p->x0) * fx, (p->y0 + p->y1) * 0.5f);
        return true;
    }
    void Drag(float x0, float y0, float x1, float y1) {
        MoveTo(x0, y0);
        ImGui::GetIO().AddMouseButtonEvent(0, true);
        Frame();
        MoveTo((x0 + x1) * 0.5f, (y0 + y1) * 0.5f);
        MoveTo(x1, y1);
        ImGui::GetIO().AddMouseButtonEvent(0, false);
        Frame();
    }
    void KeyChord(ImGuiKey key, bool ctrl, bool shift) {
        ImGuiIO& io = ImGui::GetIO();
        if (ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, true);
        if (shift) io.AddKeyEvent(ImGuiMod_Shift, true);
        io.AddKeyEvent(key, true);
        Frame();
        io.AddKeyEvent(key, false);
        if (shift) io.AddKeyEvent(ImGuiMod_Shift, false);
        if (ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, false);
        Frame();
    }

    app::AppState state;

private:
    ImGuiContext* ctx_ = nullptr;
};

}  // namespace mm::testing
