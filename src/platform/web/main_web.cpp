// Web driver: Emscripten main loop around the same ui::Frame() as the desktop, HiDPI by hand
// (Emscripten 3.1.6's GLFW has none) and the window.ModelMatrix bridge (web/mm_boot.js, mm_bridge.js).
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "engine/catalog_io.h"
#include "ui/app_frame.h"

extern "C" {
// Implemented in src/platform/web/mm_bridge.js.
void mm_js_first_frame();
void mm_js_fatal(const char* message);
void mm_js_set_canvas_size(int width, int height);
void mm_js_today(char* buffer, int size);
char* mm_js_catalog_text();
}

namespace {

struct WebApp {
    GLFWwindow* window = nullptr;
    mm::app::AppState state;
    double dpr = 0.0;
    int backing_w = 0, backing_h = 0;
    bool announced = false;
    std::string scratch;  // storage for strings handed to JS
};

WebApp* g_app = nullptr;  // the bridge functions below are called from JS without a context pointer

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

void MainLoopStep(void* arg) {
    WebApp& app = *static_cast<WebApp*>(arg);
    UpdateCanvasAndScale(app);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    if (!(io.DeltaTime > 0.0f)) io.DeltaTime = 1.0f / 600.0f;  // headless virtual time can give 0: ImGui asserts
    ImGui::NewFrame();
    mm::ui::Frame(app.state);
    ImGui::Render();
    int fb_w = 0, fb_h = 0;
    glfwGetFramebufferSize(app.window, &fb_w, &fb_h);
    glViewport(0, 0, fb_w, fb_h);
    glClearColor(0.1f, 0.1f, 0.12f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (!app.announced) {
        app.announced = true;
        mm_js_first_frame();
    }
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* mm_web_version() { return MM_VERSION; }

// The ranked models as JSON [{id, name, score, rank}] (until the decision engine lands: catalog order).
EMSCRIPTEN_KEEPALIVE const char* mm_web_get_ranking() {
    nlohmann::json out = nlohmann::json::array();
    if (g_app) {
        int rank = 0;
        for (const mm::Model& m : g_app->state.catalog.models)
            out.push_back({{"id", m.id}, {"name", m.name}, {"score", nullptr}, {"rank", ++rank}});
        g_app->scratch = out.dump();
        return g_app->scratch.c_str();
    }
    return "[]";
}

EMSCRIPTEN_KEEPALIVE double mm_web_frame_count() { return g_app ? static_cast<double>(g_app->state.frame_count) : 0.0; }
EMSCRIPTEN_KEEPALIVE int mm_web_input_queue_size() { return ImGui::GetCurrentContext() ? ImGui::GetCurrentContext()->InputEventsQueue.Size : 0; }

}  // extern "C"

int main() {
    static WebApp app;
    g_app = &app;
    mm::CatalogLoadOptions options;
    options.today = TodayIso();
    char* catalog_text = mm_js_catalog_text();
    mm::CatalogLoad load = mm::LoadCatalog(catalog_text, options);
    std::free(catalog_text);
    if (!load.Ok()) {
        std::string msg = "The embedded catalog is invalid: " + load.issues.front().ToString();
        mm_js_fatal(msg.c_str());
        return 1;
    }
    app.state.catalog = std::move(*load.catalog);

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
    ImGui_ImplGlfw_InitForOpenGL(app.window, true);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    emscripten_set_main_loop_arg(MainLoopStep, &app, 0, false);
    return 0;
}
