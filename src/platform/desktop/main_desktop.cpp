// Desktop driver: a GLFW window with OpenGL 3 around the same ui::Frame() as the web build; the saved state
// under the XDG config folder (atomic writes), exports under the documents folder, files dropped on the
// window or typed in the import prompt, clipboard through GLFW, HiDPI from the monitor's content scale.
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "app/actions.h"
#include "app/i18n.h"
#include "app/session.h"
#include "assets/embedded.h"
#include "engine/io/catalog_io.h"
#include "engine/io/selfhost_io.h"
#include "engine/io/profile_io.h"
#include "platform/desktop/desktop_services.h"
#include "platform/file_io.h"
#include "ui/app_frame.h"

namespace {

void GlfwError(int code, const char* description) {
    std::fprintf(stderr, "modelmatrix: GLFW error %d: %s\n", code, description);
}

struct Args {
    std::string catalog_path, lang, view, theme, preset, import_path, open_link, state_dir, export_dir;
    long long exit_after_frames = -1;
    bool print_profile = false;
};

// Command-line options through CLI11, as in modelmatrix-cli. Returns the exit code when the program should stop
// (help, version: 0; a bad argument: 2), nullopt to go on.
std::optional<int> ParseArgs(int argc, char** argv, Args& a) {
    CLI::App app{"ModelMatrix: choose the right LLM for a job, and see why (desktop app).", "modelmatrix"};
    app.set_version_flag("--version", std::string("modelmatrix ") + MM_VERSION);
    app.add_option("--catalog", a.catalog_path, "Use another catalog instead of the embedded one")->type_name("FILE");
    // Language, view and theme names are checked by the app (SetLanguage, SetView, SetTheme), which says what it
    // does not know and goes on.
    app.add_option("--lang", a.lang, "Interface language: en | fr (default: from LANG)");
    app.add_option("--view", a.view, "View shown at start: panorama | criteria | workload | decision");
    app.add_option("--theme", a.theme, "Colour theme: dark | light | system");
    app.add_option("--preset", a.preset, "Apply a built-in preset at start")->type_name("ID");
    app.add_option("--import", a.import_path, "Import a profile or a private overlay (JSON/CSV) at start")
        ->type_name("FILE");
    app.add_option("--open-link", a.open_link, "Open a shared decision (the part after '#')")->type_name("FRAGMENT");
    app.add_option("--state-dir", a.state_dir, "Where the state is saved (default: $XDG_CONFIG_HOME/modelmatrix)")
        ->type_name("DIR");
    app.add_option("--export-dir", a.export_dir, "Where exports are written (default: ~/Documents/ModelMatrix exports)")
        ->type_name("DIR");
    app.add_option("--exit-after-frames", a.exit_after_frames, "Quit after N frames (tests)")->type_name("N");
    app.add_flag("--print-profile", a.print_profile, "Print the profile as JSON on exit (tests)");
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::fprintf(stderr, "modelmatrix: %s (see --help)\n", e.what());
        return 2;
    }
    return std::nullopt;
}

std::string SystemLanguage() {
    for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* v = std::getenv(var);
        if (v && *v) return std::string(v).rfind("fr", 0) == 0 ? "fr" : "en";
    }
    return "en";
}

// Files dropped on the window, imported after the frame.
std::vector<std::string> g_dropped;
void OnDrop(GLFWwindow*, int count, const char** paths) {
    for (int i = 0; i < count; ++i) g_dropped.emplace_back(paths[i]);
}

void ImportPath(mm::app::AppState& s, const std::string& path) {
    std::string error;
    auto text = mm::platform::ReadFile(path, error, 16u << 20);
    if (!text) {
        mm::app::Notify(s, mm::app::Notification::Level::kError, error);
        return;
    }
    const std::size_t slash = path.find_last_of('/');
    mm::app::ImportFile(s, slash == std::string::npos ? path : path.substr(slash + 1), *text);
}

// The desktop's file "picker": a path prompt (the platform layer owns it; views only post the request).
struct ImportPrompt {
    bool open = false;
    char path[1024] = {0};
    void Draw(mm::app::AppState& s) {
        auto tr = [&](const char* key) { return mm::app::Tr(s.lang, key); };
        if (open) {
            ImGui::OpenPopup("##import-path");
            open = false;
        }
        if (ImGui::BeginPopupModal("##import-path", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
            ImGui::TextUnformatted(tr("desktop.import_path"));
            ImGui::SetNextItemWidth(ImGui::GetFontSize() * 36);
            if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
            const bool enter = ImGui::InputText("##path", path, sizeof path, ImGuiInputTextFlags_EnterReturnsTrue);
            ImGui::TextDisabled("%s", tr("desktop.import_drop_tip"));
            if (ImGui::Button(tr("desktop.import")) || enter) {
                ImportPath(s, path);
                ImGui::CloseCurrentPopup();
            }
            ImGui::SameLine();
            if (ImGui::Button(tr("confirm.no"))) ImGui::CloseCurrentPopup();
            ImGui::EndPopup();
        }
    }
};

}  // namespace

int main(int argc, char** argv) {
    Args args;
    if (const auto stop = ParseArgs(argc, argv, args)) return *stop;

    mm::app::AppState state;
    state.today = mm::platform::TodayIso();
    {
        std::string text(mm::assets::catalog());
        if (!args.catalog_path.empty()) {
            std::string error;
            auto t = mm::platform::ReadFile(args.catalog_path, error);
            if (!t) {
                std::fprintf(stderr, "modelmatrix: %s\n", error.c_str());
                return 1;
            }
            text = std::move(*t);
        }
        mm::CatalogLoadOptions options;
        options.today = state.today;
        mm::CatalogLoad load = mm::LoadCatalog(text, options);
        if (!load.Ok()) {
            const std::string label = args.catalog_path.empty() ? "embedded catalog" : args.catalog_path;
            for (const auto& i : load.issues) std::fprintf(stderr, "modelmatrix: %s: %s\n", label.c_str(), i.ToString().c_str());
            return 1;
        }
        std::vector<mm::Issue> selfhost_issues;
        if (!mm::AttachSelfhost(*load.catalog, mm::assets::selfhost(), &selfhost_issues))
            for (const auto& i : selfhost_issues) std::fprintf(stderr, "modelmatrix: embedded selfhost.json: %s\n", i.ToString().c_str());
        state.base_catalog = *load.catalog;
        state.catalog = std::move(*load.catalog);
    }
    glfwSetErrorCallback(GlfwError);
    if (!glfwInit()) {
        std::fprintf(stderr, "modelmatrix: cannot open a window (no display?). Set DISPLAY, or use modelmatrix-cli.\n");
        return 1;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    GLFWwindow* window = glfwCreateWindow(1280, 800, "ModelMatrix", nullptr, nullptr);
    if (!window) {
        std::fprintf(stderr, "modelmatrix: cannot create an OpenGL 3.0 window\n");
        glfwTerminate();
        return 1;
    }
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);
    glfwSetDropCallback(window, OnDrop);

    mm::desktop::DesktopServices services(window, args.export_dir.empty() ? mm::desktop::DefaultExportDir() : args.export_dir);
    mm::desktop::FileStateStore store(args.state_dir.empty() ? mm::desktop::DefaultStateDir() : args.state_dir);
    mm::app::Session session(state, services, store);
    state.platform = &services;
    mm::app::SetLanguage(state, SystemLanguage());
    mm::app::Init(state);
    mm::app::RestoreSession(session);
    if (!args.lang.empty() && !mm::app::SetLanguage(state, args.lang)) std::fprintf(stderr, "modelmatrix: unknown language '%s'\n", args.lang.c_str());
    if (!args.view.empty() && !mm::app::SetView(state, args.view)) std::fprintf(stderr, "modelmatrix: unknown view '%s'\n", args.view.c_str());
    if (!args.theme.empty() && !mm::app::SetTheme(state, args.theme)) std::fprintf(stderr, "modelmatrix: unknown theme '%s'\n", args.theme.c_str());
    if (!args.preset.empty() && !mm::app::ApplyPresetById(state, args.preset)) std::fprintf(stderr, "modelmatrix: unknown preset '%s'\n", args.preset.c_str());
    if (!args.import_path.empty()) ImportPath(state, args.import_path);
    if (!args.open_link.empty()) mm::app::OpenShareFragment(state, args.open_link, nullptr);
    mm::app::EndFrame(state, 0.0);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 130");

    float scale = 0.0f;
    bool announced = false;
    ImportPrompt prompt;
    long long logged = 0;
    // Messages also go to stdout, once each, for people running it from a terminal (and for tests).
    auto log_notifications = [&] {
        const long long fresh = std::min<long long>(state.notifications_posted - logged,
                                                    static_cast<long long>(state.notifications.size()));
        for (std::size_t i = state.notifications.size() - static_cast<std::size_t>(fresh); i < state.notifications.size(); ++i)
            std::printf("modelmatrix: %s\n", state.notifications[i].text.c_str());
        logged = state.notifications_posted;
        std::fflush(stdout);
    };
    double last_time = glfwGetTime();
    while (!glfwWindowShouldClose(window)) {
        glfwPollEvents();
        float sx = 1.0f, sy = 1.0f;
        glfwGetWindowContentScale(window, &sx, &sy);
        if (sx != scale) {  // HiDPI: re-rasterise the font at the monitor's content scale
            scale = sx;
            mm::ui::SetupFontsAndStyle(scale);
            ImGui_ImplOpenGL3_DestroyFontsTexture();
            ImGui_ImplOpenGL3_CreateFontsTexture();
        }
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        if (!(io.DeltaTime > 0.0f)) io.DeltaTime = 1.0f / 600.0f;
        ImGui::NewFrame();
        mm::ui::Frame(state);
        if (services.TakeOpenRequest()) prompt.open = true;
        prompt.Draw(state);
        ImGui::Render();
        int w = 0, h = 0;
        glfwGetFramebufferSize(window, &w, &h);
        glViewport(0, 0, w, h);
        const bool dark = mm::app::IsDark(state);
        glClearColor(dark ? 0.1f : 0.94f, dark ? 0.1f : 0.94f, dark ? 0.12f : 0.95f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        glfwSwapBuffers(window);

        for (const std::string& path : g_dropped) ImportPath(state, path);
        g_dropped.clear();
        const double now = glfwGetTime();
        mm::app::AfterFrame(session, now - last_time);
        last_time = now;
        log_notifications();
        if (!announced && state.frame_count >= 2) {
            std::printf("modelmatrix: first frame drawn\n");
            announced = true;
        }
        std::fflush(stdout);
        if (args.exit_after_frames >= 0 && state.frame_count >= args.exit_after_frames) break;
    }
    mm::app::SaveNow(session);
    log_notifications();
    if (args.print_profile) std::printf("%s\n", mm::Json(state.profile).dump().c_str());
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return 0;
}
