# Dear ImGui 1.90.1, built from the sources scripts/setup.sh fetched (Debian source package imgui 1.90.1+ds-1)
# or from IMGUI_DIR. Third-party code: our warning flags are not applied.
set(IMGUI_DIR "$ENV{IMGUI_DIR}" CACHE PATH "Dear ImGui 1.90.1 source folder")
if(NOT IMGUI_DIR)
  set(IMGUI_DIR "${CMAKE_SOURCE_DIR}/third_party/imgui" CACHE PATH "Dear ImGui 1.90.1 source folder" FORCE)
endif()
if(NOT EXISTS "${IMGUI_DIR}/imgui.cpp" OR NOT EXISTS "${IMGUI_DIR}/backends/imgui_impl_glfw.cpp")
  message(FATAL_ERROR "ModelMatrix: Dear ImGui not found in ${IMGUI_DIR}.\n"
                      "Run scripts/setup.sh (fetches Debian's imgui 1.90.1 source package into third_party/imgui), "
                      "or pass IMGUI_DIR=/path/to/imgui-1.90.1.")
endif()
file(STRINGS "${IMGUI_DIR}/imgui.h" _imgui_version REGEX "^#define IMGUI_VERSION +\"")
if(NOT _imgui_version MATCHES "1\\.90\\.1")
  message(WARNING "ModelMatrix expects Dear ImGui 1.90.1; ${IMGUI_DIR} has ${_imgui_version}")
endif()

add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_tables.cpp
  ${IMGUI_DIR}/imgui_widgets.cpp ${IMGUI_DIR}/imgui_demo.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR})
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS)
# The Metrics/Debug Log/ID Stack tools are only opened from Debug builds (app_frame.cpp): the web app's release
# build leaves their code out of its download (~4 KB gzipped).
if(EMSCRIPTEN)
  target_compile_definitions(imgui PUBLIC $<$<NOT:$<CONFIG:Debug>>:IMGUI_DISABLE_DEBUG_TOOLS>)
endif()

# Platform/renderer backends (GLFW + OpenGL 3 / WebGL2). Not needed by the headless UI tests.
add_library(imgui_glfw_gl3 STATIC
  ${IMGUI_DIR}/backends/imgui_impl_glfw.cpp ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(imgui_glfw_gl3 SYSTEM PUBLIC ${IMGUI_DIR}/backends)
target_link_libraries(imgui_glfw_gl3 PUBLIC imgui)
if(EMSCRIPTEN)
  # WebGL2 explicitly: without this the OpenGL3 backend picks WebGL1 under Emscripten.
  target_compile_definitions(imgui_glfw_gl3 PUBLIC IMGUI_IMPL_OPENGL_ES3)
  target_link_options(imgui_glfw_gl3 PUBLIC -sUSE_GLFW=3)
else()
  find_package(glfw3 3.3 REQUIRED)
  target_link_libraries(imgui_glfw_gl3 PUBLIC glfw)
endif()
