// Desktop driver: a GLFW window with OpenGL 3, the same ui::Frame() as the web build.
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <cstdio>
#include <cstring>
#include <string>

#include "assets/embedded.h"
#include "engine/catalog_io.h"
#include "platform/file_io.h"
#include "ui/app_frame.h"

namespace {

void GlfwError(int code, const char* description) {
    std::fprintf(stderr, "modelmatrix: GLFW error %d: %s\n", code, description);
}

struct Args {
    std::string catalog_path;
    long long exit_after_frames = -1;  // for smoke tests
};

bool ParseArgs(int argc, char** argv, Args& args) {
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--catalog" && i + 1 < argc) args.catalog_path = argv[++i];
        else if (a == "--exit-after-frames" && i + 1 < argc) args.exit_after_frames = std::atoll(argv[++i]);
        else if (a == "--version") {
            std::printf("modelmatrix %s\n", MM_VERSION);
            std::exit(0);
        } else if (a == "--help" || a == "-h") {
            std::printf("usage: modelmatrix [--catalog FILE] [--exit-after-frames N] [--version]\n");
            std::exit(0);
        } else {
            std::fprintf(stderr, "modelmatrix: unknown argument '%s' (see --help)\n", a.c_str());
            return false;
        }
    }
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    Args args;
    if (!ParseArgs(argc, argv, args)) return 2;

    mm::app::AppState state;
    {
        std::string error;
        std::string text;
        if (!args.catalog_path.empty()) {
            auto t = mm::platform::ReadFile(args.catalog_path, error);
            if (!t) {
                std::fprintf(stderr, "modelmatrix: %s\n", error.c_str());
                return 1;
            }
            text = std::move(*t);
        } else {
            text = std::string(mm::assets::catalog());
        }
        mm::CatalogLoadOptions options;
        options.today = mm::platform::TodayIso();
        mm::CatalogLoad load = mm::LoadCatalog(text, options);
        if (!load.Ok()) {
            for (const auto& i : load.issues) std::fprintf(stderr, "modelmatrix: catalog: %s\n", i.ToString().c_str());
            return 1;
        }
        state.catalog = std::move(*load.catalog);
    }

    glfwSetErrorCallback(GlfwError);
    if (!glfwInit()) {
        std::fprintf(stderr, "modelmatrix: cannot open a window (no display?). Set DISPLAY or use modelmatrix-cli.\n");
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

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 130");

    float scale = 0.0f;
    bool announced = false;
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
        ImGui::NewFrame();
        mm::ui::Frame(state);
        ImGui::Render();
        int w = 0, h = 0;
        glfwGetFramebufferSize(window, &w, &h);
        glViewport(0, 0, w, h);
        glClearColor(0.1f, 0.1f, 0.12f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        glfwSwapBuffers(window);
        if (!announced && state.frame_count >= 2) {
            std::printf("modelmatrix: first frame drawn\n");
            std::fflush(stdout);
            announced = true;
        }
        if (args.exit_after_frames >= 0 && state.frame_count >= args.exit_after_frames) break;
    }
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return 0;
}
