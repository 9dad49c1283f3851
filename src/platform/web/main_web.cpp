// Web driver: Emscripten main loop around the same ui::Frame() as the desktop; HiDPI by hand (Emscripten
// 3.1.6's GLFW has none); platform services (localStorage, clipboard, downloads, file picker, URL) through
// mm_bridge.js; the window.ModelMatrix API through the mm_web_* exports below (web/mm_boot.js).
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <string>

#include "app/actions.h"
#include "app/i18n.h"
#include "app/wording.h"
#include "app/session.h"
#include "app/text_view.h"
#include "engine/io/catalog_io.h"
#include "engine/io/profile_io.h"
#include "engine/io/result_io.h"
#include "engine/io/selfhost_io.h"
#include "ui/app_frame.h"
#include "ui/clip_check.h"

extern "C" {
// Implemented in src/platform/web/mm_bridge.js.
void mm_js_first_frame();
void mm_js_fatal(const char* message);
void mm_js_set_canvas_size(int width, int height);
void mm_js_today(char* buffer, int size);
char* mm_js_catalog_text();
char* mm_js_selfhost_text();
char* mm_js_url_param(const char* name);
char* mm_js_hash();
void mm_js_clear_hash();
char* mm_js_page_url();
int mm_js_prefers_dark();
int mm_js_prefers_reduced_motion();
char* mm_js_storage_get(const char* key, int* status);
char* mm_js_storage_set(const char* key, const char* value);
int mm_js_storage_remove(const char* key);
void mm_js_copy_text(const char* text);
void mm_js_save_file(const char* name, const char* mime, const char* content);
void mm_js_open_file(int kind);
void mm_js_result_changed(const char* lang, const char* live_text);
void mm_js_text_view_changed(int shown);
void mm_js_content_height(int css_pixels);
char* mm_js_browser_lang();
void mm_js_open_full_app();

// Stands for ImFontAtlas::AddFontDefault (-Wl,--wrap in cmake/MmWeb.cmake), which the atlas calls only when no
// font was added: ui::SetupFontsAndStyle always adds the UI font, so Dear ImGui's built-in font stays out.
ImFont* __wrap__ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig(ImFontAtlas*, const ImFontConfig*) {
    mm_js_fatal("no UI font was added before the font atlas was built");
    std::abort();
}
}

namespace {

constexpr const char* kStateKey = "modelmatrix.state";

// Takes ownership of a malloc'd string from JS.
std::string Take(char* p) {
    if (!p) return {};
    std::string s(p);
    std::free(p);
    return s;
}

class WebServices final : public mm::app::PlatformServices {
public:
    void CopyText(const std::string& text) override { mm_js_copy_text(text.c_str()); }
    std::string SaveFile(const std::string& name, const std::string& mime, const std::string& content) override {
        mm_js_save_file(name.c_str(), mime.c_str(), content.c_str());
        return "⇩ " + name;
    }
    void OpenFile(mm::app::FileKind kind) override { mm_js_open_file(static_cast<int>(kind)); }
    std::string PermalinkFor(const std::string& fragment) const override { return Take(mm_js_page_url()) + "#" + fragment; }
    void OpenFullApp() override { mm_js_open_full_app(); }
    bool IsWeb() const override { return true; }
};

class WebStore final : public mm::app::StateStore {
public:
    std::optional<std::string> Load(std::string* error) override {
        int status = 0;
        char* v = mm_js_storage_get(kStateKey, &status);
        if (status != 0) {
            *error = "browser storage is unavailable";
            return std::nullopt;
        }
        if (!v) return std::nullopt;
        return Take(v);
    }
    bool Save(const std::string& text, std::string* error) override {
        // localStorage.setItem replaces the value atomically: on failure the previous value stays.
        if (char* e = mm_js_storage_set(kStateKey, text.c_str())) {
            *error = Take(e);
            return false;
        }
        return true;
    }
    std::string Backup(const std::string& text) override {
        char date[16] = {0};
        mm_js_today(date, sizeof date);
        const std::string key = std::string(kStateKey) + ".backup-" + date;
        if (char* e = mm_js_storage_set(key.c_str(), text.c_str())) {
            std::free(e);
            return "(backup failed: storage full)";
        }
        return "localStorage \"" + key + "\"";
    }
    bool Clear(std::string*) override { return mm_js_storage_remove(kStateKey) != 0; }
};

// One finger on the canvas (web/mm_boot.js forwards touch events in device pixels). A tap is a press and a
// release where the finger is; a drag that did not grab a slider scrolls the window under it; a long press
// (0.5 s without moving) lets go of the press and leaves the pointer there, so what hover shows appears.
struct Touch {
    bool active = false;       // the last pointer was a finger (until the mouse moves or presses again)
    bool down = false;
    bool moved = false;        // left the slop circle around the start
    bool decided = false;      // moved: whether the drag scrolls was decided
    bool scrolling = false;
    bool long_pressed = false;
    float x = 0, y = 0;                // last position
    float start_x = 0, start_y = 0;
    float scroll_dx = 0, scroll_dy = 0;  // finger movement not yet applied to the scrolled window
    ImGuiID scroll_window = 0;
};

struct WebApp {
    GLFWwindow* window = nullptr;
    mm::app::AppState state;
    WebServices services;
    WebStore store;
    mm::app::Session session{state, services, store};
    double dpr = 0.0;
    int backing_w = 0, backing_h = 0;
    bool announced = false;
    long long announced_result = -1;
    std::string announced_lang;
    std::string text_view_key;  // result version, language, view and visibility the page's text view shows
    int announced_height = -1;
    double last_time = 0;
    std::string scratch;  // storage for strings handed to JS
    Touch touch;
};

WebApp* g_app = nullptr;  // the exports below are called from JS without a context pointer

std::string TodayIso() {
    char buf[16] = {0};
    mm_js_today(buf, sizeof buf);
    return buf;
}

// Backing store = CSS size x devicePixelRatio; fonts re-rasterised when the ratio changes (no blurry text).
void UpdateCanvasAndScale(WebApp& app) {
    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size("#canvas", &css_w, &css_h);
    const double dpr = emscripten_get_device_pixel_ratio();
    const int w = std::max(1, static_cast<int>(std::lround(css_w * dpr)));
    const int h = std::max(1, static_cast<int>(std::lround(css_h * dpr)));
    if (w != app.backing_w || h != app.backing_h) {
        app.backing_w = w;
        app.backing_h = h;
        mm_js_set_canvas_size(w, h);
    }
    if (dpr != app.dpr) {
        app.dpr = dpr;
        mm::ui::SetupFontsAndStyle(static_cast<float>(dpr));
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
}

// Live region text: the top five with their scores, for screen readers.
std::string LiveText(const mm::app::AppState& s) {
    const mm::Result& r = s.result;
    if (!r.ok) return mm::app::Tr(s.lang, "web.live_none");
    std::string t = mm::app::Tr(s.lang, "web.live_ranking");
    for (std::size_t i = 0; i < r.order.size() && i < 5; ++i) {
        const mm::ModelRow& row = r.rows[static_cast<std::size_t>(r.order[i])];
        char score[32];
        std::snprintf(score, sizeof score, "%.3f", row.score);
        t += (i ? "; " : "") + std::to_string(row.rank) + ". " + row.name + " (" + score + ")";
    }
    return t + ".";
}

void AnnounceChanges(WebApp& app) {
    mm::app::AppState& s = app.state;
    if (s.result_version != app.announced_result || s.lang != app.announced_lang) {
        app.announced_result = s.result_version;
        app.announced_lang = s.lang;
        // The ranking itself is fetched by the page only when a host asked for it (mm_web_get_ranking): with
        // 100 000 models it is megabytes of JSON, too much to hand over on every slider tick.
        mm_js_result_changed(s.lang.c_str(), LiveText(s).c_str());
    }
    // The page's text view (web/a11y.js) fetches its content again when the result, language, view or its
    // visibility changed: only then, so a drag costs one small JSON per frame at most.
    const std::string key = std::to_string(s.result_version) + "|" + s.lang + "|" + mm::app::ViewName(s.view) + "|" +
                            (s.ui.show_text_view ? "1" : "0");
    if (key != app.text_view_key) {
        app.text_view_key = key;
        mm_js_text_view_changed(s.ui.show_text_view ? 1 : 0);
    }
    // The height the content needs, for iframes that resize themselves (CSS pixels).
    if (ImGuiWindow* w = ImGui::FindWindowByName("ModelMatrix")) {
        const float needed = w->ContentSize.y + 2.0f * w->WindowPadding.y;
        const int css = static_cast<int>(std::ceil(needed / static_cast<float>(app.dpr > 0 ? app.dpr : 1.0)));
        if (css != app.announced_height) {
            app.announced_height = css;
            mm_js_content_height(css);
        }
    }
}

constexpr double kLongPressSeconds = 0.5;
constexpr float kTouchSlopCss = 10.0f;

float Dpr(const WebApp& app) { return static_cast<float>(app.dpr > 0 ? app.dpr : 1.0); }

// True when the active item takes horizontal drags itself (sliders and drags ask ImGui for the left/right keys).
bool ActiveItemDrags() {
    const ImGuiContext& g = *GImGui;
    if (g.ActiveId == 0) return false;
    if (g.ActiveIdWindow && g.ActiveId == g.ActiveIdWindow->MoveId) return false;  // a press on empty space
    if (g.ActiveIdWindow && (g.ActiveId == ImGui::GetWindowScrollbarID(g.ActiveIdWindow, ImGuiAxis_X) ||
                             g.ActiveId == ImGui::GetWindowScrollbarID(g.ActiveIdWindow, ImGuiAxis_Y)))
        return true;
    return g.ActiveIdUsingNavDirMask != 0;
}

// The window a drag starting on `w` scrolls: `w` or its nearest parent that can scroll.
ImGuiWindow* ScrollableFrom(ImGuiWindow* w) {
    for (; w; w = w->ParentWindow)
        if (w->ScrollMax.y > 0.0f || w->ScrollMax.x > 0.0f) return w;
    return nullptr;
}

// Called after NewFrame(): decides whether a moving finger scrolls, scrolls, and turns a still finger into a
// long press.
void UpdateTouch(WebApp& app) {
    Touch& t = app.touch;
    if (!t.down) return;
    ImGuiIO& io = ImGui::GetIO();
    if (t.moved && !t.decided && io.MouseDown[0] && io.MouseDownDuration[0] > 0.0f) {  // the press was seen
        t.decided = true;
        ImGuiWindow* w = ActiveItemDrags() ? nullptr : ScrollableFrom(GImGui->HoveredWindow);
        if (w) {
            t.scrolling = true;
            t.scroll_window = w->ID;
            ImGui::ClearActiveID();  // the button under the finger is not clicked by a scroll
        } else {
            io.AddMousePosEvent(t.x, t.y);  // where the finger went while this was decided
        }
    }
    if (t.scrolling && t.scroll_window == 0) {  // moving after a long press: the window under the finger
        ImGuiWindow* w = ScrollableFrom(GImGui->HoveredWindow);
        t.scroll_window = w ? w->ID : 0;
        if (!w) t.scrolling = false;
    }
    if (t.scrolling) {
        if (ImGuiWindow* w = ImGui::FindWindowByID(t.scroll_window)) {
            if (t.scroll_dy != 0.0f) ImGui::SetScrollY(w, w->Scroll.y - t.scroll_dy);
            if (t.scroll_dx != 0.0f) ImGui::SetScrollX(w, w->Scroll.x - t.scroll_dx);
        }
        t.scroll_dx = t.scroll_dy = 0.0f;
        return;
    }
    // Timed from when ImGui saw the press (frames can lag the finger). A finger held still on a slider is a
    // drag that has not moved yet.
    if (!t.moved && !t.long_pressed && io.MouseDown[0] && io.MouseDownDuration[0] >= kLongPressSeconds &&
        !ActiveItemDrags()) {
        t.long_pressed = true;
        // Released away from the item (no click), then back over it without a press: hover.
        io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
        io.AddMouseButtonEvent(0, false);
        io.AddMousePosEvent(t.x, t.y);
    }
}

void MainLoopStep(void* arg) {
    WebApp& app = *static_cast<WebApp*>(arg);
    UpdateCanvasAndScale(app);
    app.state.system_prefers_dark = mm_js_prefers_dark() != 0;
    ImGui_ImplOpenGL3_NewFrame();
    ImGuiContext& g = *GImGui;
    const int queued = g.InputEventsQueue.Size;
    ImGui_ImplGlfw_NewFrame();
    // The GLFW backend polls the mouse position each frame when no cursor entered the canvas: after a touch,
    // that is where the mouse last was, not the finger, so it is dropped.
    if (app.touch.active)
        for (int i = g.InputEventsQueue.Size - 1; i >= queued; --i)
            if (g.InputEventsQueue[i].Type == ImGuiInputEventType_MousePos) g.InputEventsQueue.erase(g.InputEventsQueue.Data + i);
    ImGuiIO& io = ImGui::GetIO();
    if (!(io.DeltaTime > 0.0f)) io.DeltaTime = 1.0f / 600.0f;  // headless virtual time can give 0: ImGui asserts
    ImGui::NewFrame();
    UpdateTouch(app);
    mm::ui::Frame(app.state);
    ImGui::Render();
    int fb_w = 0, fb_h = 0;
    glfwGetFramebufferSize(app.window, &fb_w, &fb_h);
    glViewport(0, 0, fb_w, fb_h);
    const bool dark = mm::app::IsDark(app.state);
    glClearColor(dark ? 0.1f : 0.94f, dark ? 0.1f : 0.94f, dark ? 0.12f : 0.95f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    const double now = emscripten_get_now() / 1000.0;
    mm::app::AfterFrame(app.session, app.last_time > 0 ? now - app.last_time : 0.0);
    app.last_time = now;
    AnnounceChanges(app);
    if (!app.announced) {
        app.announced = true;
        mm_js_first_frame();
    }
}

// URL parameters: lang, theme, view, preset, mode=compact (read-only, for course pages).
void ApplyUrlParameters(mm::app::AppState& s) {
    const std::string lang = Take(mm_js_url_param("lang"));
    const std::string theme = Take(mm_js_url_param("theme"));
    const std::string view = Take(mm_js_url_param("view"));
    const std::string preset = Take(mm_js_url_param("preset"));
    const std::string mode = Take(mm_js_url_param("mode"));
    if (!lang.empty() && !mm::app::SetLanguage(s, lang))
        mm::app::Notify(s, mm::app::Notification::Level::kWarning, mm::app::Format(mm::app::Tr(s.lang, "web.unknown_lang"), lang.c_str()));
    if (!theme.empty() && !mm::app::SetTheme(s, theme))
        mm::app::Notify(s, mm::app::Notification::Level::kWarning, "Unknown theme in the URL: " + theme);
    if (!view.empty() && !mm::app::SetView(s, view))
        mm::app::Notify(s, mm::app::Notification::Level::kWarning, "Unknown view in the URL: " + view);
    if (!preset.empty() && !mm::app::ApplyPresetById(s, preset))
        mm::app::Notify(s, mm::app::Notification::Level::kWarning, "Unknown preset in the URL: " + preset);
    s.read_only = mode == "compact" || mode == "readonly";
    if (s.read_only && view.empty()) mm::app::SetView(s, "decision");  // the embed shows the decision first
}


// The self-hosting data from catalog-details.js into the catalog, when the page has it (after the first frame; at
// once in the single-file copy). Unusable data is reported; the app then works without the self-hosting estimates.
void AttachPageSelfhost(mm::app::AppState& s, mm::Catalog& catalog) {
    const std::string text = Take(mm_js_selfhost_text());
    if (text.empty()) return;
    std::vector<mm::Issue> issues;
    if (!mm::AttachSelfhost(catalog, text, &issues) && !issues.empty())
        mm::app::Notify(s, mm::app::Notification::Level::kWarning,
                        mm::app::Format(mm::app::Tr(s.lang, "web.selfhost_invalid"), issues.front().ToString().c_str()));
}

const char* Hold(std::string text) {
    g_app->scratch = std::move(text);
    return g_app->scratch.c_str();
}

mm::Json ErrorsJson(bool ok, const std::vector<std::string>& errors) {
    return {{"ok", ok}, {"errors", errors}};
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* mm_web_version() { return MM_VERSION; }
// The whole catalog again, once web/mm_boot.js has added its details (figure notes, model texts) to MM_CATALOG_JSON,
// with the self-hosting data of MM_SELFHOST_JSON.
// 0 when it is refused (the app keeps the catalog it has).
EMSCRIPTEN_KEEPALIVE int mm_web_reload_catalog() {
    mm::CatalogLoadOptions options;
    options.today = g_app->state.today;
    mm::CatalogLoad load = mm::LoadCatalog(Take(mm_js_catalog_text()), options);
    if (!load.Ok()) return 0;
    AttachPageSelfhost(g_app->state, *load.catalog);
    return mm::app::ReplaceBaseCatalog(g_app->state, std::move(*load.catalog)) ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE int mm_web_catalog_details() {
    for (const mm::Model& m : g_app->state.catalog.models)
        if (!m.strengths.en.empty()) return 1;
    return 0;
}
// The self-hosting estimate (the CLI's `selfhost` keys) on the app's catalog: {ok, errors, estimate}.
EMSCRIPTEN_KEEPALIVE const char* mm_web_selfhost(const char* model, const char* device, const char* quant,
                                                 double context, double batch, const char* kv_quant, double devices) {
    const mm::selfhost::Data* data = g_app->state.catalog.selfhost.get();
    if (!data) return Hold(ErrorsJson(false, {"the self-hosting data is not loaded"}).dump());
    mm::selfhost::Request request;
    request.model = model;
    request.device = device;
    request.quant = quant;
    request.context = context;
    request.batch = static_cast<int>(std::clamp(batch, 0.0, 1e6));
    request.kv_quant = kv_quant;
    request.devices = static_cast<int>(std::clamp(devices, 0.0, 1e6));
    mm::selfhost::EstimateResult result = mm::selfhost::EstimateSelfhost(*data, request);
    std::vector<std::string> errors;
    for (const auto& i : result.issues) errors.push_back(i.ToString());
    mm::Json out = ErrorsJson(result.estimate.has_value(), errors);
    out["estimate"] = result.estimate ? mm::EstimateJson(*result.estimate) : mm::Json(nullptr);
    return Hold(out.dump());
}
EMSCRIPTEN_KEEPALIVE double mm_web_frame_count() { return g_app ? static_cast<double>(g_app->state.frame_count) : 0.0; }
EMSCRIPTEN_KEEPALIVE int mm_web_input_queue_size() {
    return ImGui::GetCurrentContext() ? ImGui::GetCurrentContext()->InputEventsQueue.Size : 0;
}

// Touch input from web/mm_boot.js, in canvas device pixels: phase 0 start, 1 move, 2 end, 3 cancel. The position
// goes to ImGui before the press, so the press lands on what the finger touches (ImGui handles a touch position
// and its press in two frames: the item is hovered when the press arrives).
EMSCRIPTEN_KEEPALIVE void mm_web_touch(int phase, float x, float y) {
    if (!ImGui::GetCurrentContext()) return;
    ImGuiIO& io = ImGui::GetIO();
    Touch& t = g_app->touch;
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    if (phase == 0) {
        t = Touch{};
        t.active = t.down = true;
        t.x = t.start_x = x;
        t.y = t.start_y = y;
        io.AddMousePosEvent(x, y);
        io.AddMouseButtonEvent(0, true);
        return;
    }
    if (!t.down) return;
    if (phase == 1) {
        const float slop = kTouchSlopCss * Dpr(*g_app);
        if (std::hypot(x - t.start_x, y - t.start_y) > slop) {
            if (t.long_pressed && !t.moved) t.scrolling = true;  // nothing is pressed any more: scroll
            t.moved = true;
        }
        // Once out of the slop circle the pointer waits for the decision (UpdateTouch): a scroll must not drag
        // what the finger first touched.
        if (t.scrolling) {
            t.scroll_dx += x - t.x;
            t.scroll_dy += y - t.y;
        } else if (!t.long_pressed && (t.decided || !t.moved)) {
            io.AddMousePosEvent(x, y);
        }
        t.x = x;
        t.y = y;
        return;
    }
    // End or cancel. After a long press the pointer stays (what it shows stays until the next touch); otherwise
    // it leaves, so nothing stays hovered under a lifted finger.
    t.down = false;
    if (t.long_pressed) return;
    if ((phase == 3 && !ActiveItemDrags()) || t.scrolling) io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);  // no click
    else if (phase != 3) io.AddMousePosEvent(x, y);
    io.AddMouseButtonEvent(0, false);
    io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
}

// The mouse position before a mouse press or release (canvas device pixels); Emscripten's GLFW then queues the
// button itself. `jumped`: no move brought the pointer here, so the press waits one frame (queued as from a touch
// screen) for the item to be hovered first, as tabs require.
EMSCRIPTEN_KEEPALIVE void mm_web_mouse_at(float x, float y, int jumped) {
    if (!ImGui::GetCurrentContext()) return;
    ImGuiIO& io = ImGui::GetIO();
    g_app->touch.active = false;
    io.AddMouseSourceEvent(jumped ? ImGuiMouseSource_TouchScreen : ImGuiMouseSource_Mouse);
    io.AddMousePosEvent(x, y);
}

// {x, y, w, h} of a named widget drawn in the last frame, in canvas device pixels (mm_boot.js turns them into
// CSS pixels of the page), or null. Names: see Probe() calls in src/ui (tab.panorama, weight.<id>, ...).
EMSCRIPTEN_KEEPALIVE const char* mm_web_widget_rect(const char* name) {
    for (const mm::app::ItemProbe& p : g_app->state.ui.probes)
        if (p.name == name)
            return Hold(mm::Json{{"x", p.x0}, {"y", p.y0}, {"w", p.x1 - p.x0}, {"h", p.y1 - p.y0}}.dump());
    return "null";
}

// Text cut on the left or right in the last frame: [{window, count, sample}] (ui/clip_check.h), for tests: glyphs
// cut, then windows whose content ran past their right edge.
EMSCRIPTEN_KEEPALIVE const char* mm_web_clipped_text() {
    mm::Json out = mm::Json::array();
    std::vector<mm::ui::ClippedText> found = mm::ui::FindClippedText(ImGui::GetDrawData(), ImGui::GetIO().Fonts);
    for (mm::ui::ClippedText& w : mm::ui::FindOverflowingWindows()) found.push_back(std::move(w));
    for (const mm::ui::ClippedText& c : found) out.push_back({{"window", c.window}, {"count", c.count}, {"sample", c.sample}});
    return Hold(out.dump());
}

// The ranked models as JSON [{id, name, score, rank}], best first.
EMSCRIPTEN_KEEPALIVE const char* mm_web_get_ranking() { return Hold(mm::RankingJsonText(g_app->state.result)); }
EMSCRIPTEN_KEEPALIVE const char* mm_web_get_profile() { return Hold(mm::Json(g_app->state.profile).dump()); }
EMSCRIPTEN_KEEPALIVE const char* mm_web_get_result() {
    mm::app::CompleteRobustness(g_app->state);  // with the robustness analysis, even during a drag
    return Hold(mm::ResultJsonText(g_app->state.result, -1, &mm::app::TableWording()));
}

// The decision as text for the page's accessible mirror (app/text_view.h), in the UI language.
EMSCRIPTEN_KEEPALIVE const char* mm_web_text_view() {
    return Hold(mm::app::TextViewJson(mm::app::BuildTextView(g_app->state)));
}
// Shows (1) or hides (0) the text view: the page's toggle button; Alt+T is handled by the app itself.
EMSCRIPTEN_KEEPALIVE void mm_web_set_text_view(int shown) { g_app->state.ui.show_text_view = shown != 0; }

// {ok, errors}: a rejected profile changes nothing.
EMSCRIPTEN_KEEPALIVE const char* mm_web_set_profile(const char* json) {
    mm::ProfileLoad load = mm::LoadProfile(json);
    std::vector<std::string> errors;
    for (const auto& i : load.issues) errors.push_back(i.ToString());
    if (load.Ok())
        for (const auto& i : mm::ValidateProfile(*load.profile, g_app->state.catalog)) errors.push_back(i.ToString());
    if (!errors.empty()) return Hold(ErrorsJson(false, errors).dump());
    mm::app::SetProfile(g_app->state, *load.profile);
    mm::app::EndFrame(g_app->state, 0.0);  // the ranking is ready when setProfile returns
    return Hold(ErrorsJson(true, {}).dump());
}

EMSCRIPTEN_KEEPALIVE const char* mm_web_import(const char* name, const char* content) {
    mm::app::ImportOutcome out = mm::app::ImportFile(g_app->state, name, content);
    if (out.ok) mm::app::EndFrame(g_app->state, 0.0);
    return Hold(mm::Json{{"ok", out.ok}, {"errors", out.errors}, {"summary", out.summary}}.dump());
}

EMSCRIPTEN_KEEPALIVE const char* mm_web_open_fragment(const char* fragment) {
    std::vector<std::string> errors;
    const bool ok = mm::app::OpenShareFragment(g_app->state, fragment, &errors);
    if (ok) mm::app::EndFrame(g_app->state, 0.0);
    return Hold(ErrorsJson(ok, errors).dump());
}

EMSCRIPTEN_KEEPALIVE const char* mm_web_share_fragment() { return Hold(mm::app::ShareFragment(g_app->state)); }

EMSCRIPTEN_KEEPALIVE const char* mm_web_export(int format) {
    const auto a = format == 0 ? mm::app::ActionRequest::kExportMarkdown
                 : format == 1 ? mm::app::ActionRequest::kExportCsv : mm::app::ActionRequest::kExportJson;
    mm::app::CompleteRobustness(g_app->state);  // the document carries the whole analysis
    return Hold(mm::app::ExportDocument(g_app->state, a));
}

// Preferences from the embedding page (postMessage) or tests: lang, theme, view, preset. 1 = applied.
EMSCRIPTEN_KEEPALIVE int mm_web_set_pref(const char* key, const char* value) {
    const std::string k = key, v = value;
    mm::app::AppState& s = g_app->state;
    bool ok = false;
    if (k == "lang") ok = mm::app::SetLanguage(s, v);
    else if (k == "theme") ok = mm::app::SetTheme(s, v);
    else if (k == "view") ok = mm::app::SetView(s, v);
    else if (k == "preset") ok = mm::app::ApplyPresetById(s, v);
    if (ok) mm::app::EndFrame(s, 0.0);
    return ok ? 1 : 0;
}

// A preference as a string (lang, theme, view, preset: the id or user preset name last applied); "" for others.
EMSCRIPTEN_KEEPALIVE const char* mm_web_get_pref(const char* key) {
    const std::string k = key;
    const mm::app::AppState& s = g_app->state;
    if (k == "lang") return Hold(s.lang);
    if (k == "theme") return mm::app::ThemeName(s.theme);
    if (k == "view") return mm::app::ViewName(s.view);
    if (k == "preset") return Hold(s.active_preset);
    return "";
}

// Recent notifications (the messages on screen), for tests and the page's own error display.
EMSCRIPTEN_KEEPALIVE const char* mm_web_notifications() {
    mm::Json out = mm::Json::array();
    for (const auto& n : g_app->state.notifications)
        out.push_back({{"level", static_cast<int>(n.level)}, {"text", n.text}});
    return Hold(out.dump());
}

EMSCRIPTEN_KEEPALIVE void mm_web_request(int action) {
    mm::app::RequestAction(g_app->state, static_cast<mm::app::ActionRequest>(action));
}

}  // extern "C"

int main() {
    static WebApp app;
    g_app = &app;
    mm::app::AppState& s = app.state;
    s.today = TodayIso();
    mm::CatalogLoadOptions options;
    options.today = s.today;
    mm::CatalogLoad load = mm::LoadCatalog(Take(mm_js_catalog_text()), options);
    if (!load.Ok()) {
        mm_js_fatal(("The embedded catalog is invalid: " + load.issues.front().ToString()).c_str());
        return 1;
    }
    AttachPageSelfhost(s, *load.catalog);
    s.base_catalog = *load.catalog;
    s.catalog = std::move(*load.catalog);
    s.platform = &app.services;
    s.ui.record_probes = true;  // window.ModelMatrix.widgetRect(): a few rectangles per frame
    mm::app::SetLanguage(s, Take(mm_js_browser_lang()) == "fr" ? "fr" : "en");
    s.system_prefers_dark = mm_js_prefers_dark() != 0;
    mm::app::Init(s);
    mm::app::RestoreSession(app.session);
    ApplyUrlParameters(s);
    if (const std::string hash = Take(mm_js_hash()); !hash.empty()) {
        // A permalink: open it (a bad one is reported and changes nothing), then drop it from the address bar
        // so a reload shows the saved state.
        if (mm::app::OpenShareFragment(s, hash, nullptr)) mm_js_clear_hash();
    }
    mm::app::EndFrame(s, 0.0);

    if (!glfwInit()) {
        mm_js_fatal("GLFW could not start.");
        return 1;
    }
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size("#canvas", &css_w, &css_h);
    app.window = glfwCreateWindow(std::max(1, static_cast<int>(css_w)), std::max(1, static_cast<int>(css_h)),
                                  "ModelMatrix", nullptr, nullptr);
    if (!app.window) {
        mm_js_fatal("WebGL 2 is not available in this browser.");
        return 1;
    }
    glfwMakeContextCurrent(app.window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    // prefers-reduced-motion: no blinking text cursor (Dear ImGui has no other animation; scrolling jumps).
    if (mm_js_prefers_reduced_motion()) io.ConfigInputTextCursorBlink = false;
    io.ConfigInputTrickleEventQueue = true;  // a press and its release in one frame: two frames, so both count
    ImGui_ImplGlfw_InitForOpenGL(app.window, true);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    emscripten_set_main_loop_arg(MainLoopStep, &app, 0, false);
    return 0;
}
