# All WebAssembly link settings (Emscripten 3.1.6 from Debian; built-in GLFW, no ports that download).
#   modelmatrix (web app)      -> build/site/ (staged with web/*)
#   modelmatrix-cli (Node)     -> build/wasm-node/modelmatrix-cli.js
set(MM_SITE_DIR "${CMAKE_SOURCE_DIR}/build/site" CACHE PATH "Where the deployable static site is staged")
set(MM_WASM_NODE_DIR "${CMAKE_SOURCE_DIR}/build/wasm-node" CACHE PATH "Where the Node build of the CLI goes")

# The CLI under Node: real files through NODERAWFS, exit code through EXIT_RUNTIME.
set_target_properties(modelmatrix-cli PROPERTIES SUFFIX ".js" RUNTIME_OUTPUT_DIRECTORY "${MM_WASM_NODE_DIR}")
target_link_options(modelmatrix-cli PRIVATE
  -sENVIRONMENT=node -sNODERAWFS=1 -sEXIT_RUNTIME=1 -sALLOW_MEMORY_GROWTH=1 -sTOTAL_STACK=8MB
  # Node 18+ has fetch(), which Emscripten 3.1.6 then uses for the .wasm path and fails: embed it instead.
  -sSINGLE_FILE=1)

if(MM_BUILD_GUI)
  file(GLOB MM_WEB_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/platform/web/*.cpp)
  add_executable(modelmatrix_web ${MM_WEB_SOURCES})
  set_target_properties(modelmatrix_web PROPERTIES OUTPUT_NAME modelmatrix SUFFIX ".js")
  # The catalog reaches the web app through build/site/catalog.js (smaller than inside the wasm).
  target_link_libraries(modelmatrix_web PRIVATE mm_ui mm_font imgui_glfw_gl3)
  # Size matters on the web (first-visit budget): optimise the app for size; the engine keeps -O3.
  target_compile_options(modelmatrix_web PRIVATE -Oz)
  target_compile_options(imgui PRIVATE -Oz)
  target_compile_options(imgui_glfw_gl3 PRIVATE -Oz)
  target_compile_options(mm_ui PRIVATE -Oz)
  mm_set_warnings(modelmatrix_web)
  set(MM_WEB_BRIDGE "${CMAKE_SOURCE_DIR}/src/platform/web/mm_bridge.js")
  target_link_options(modelmatrix_web PRIVATE
    -sUSE_GLFW=3 -sUSE_WEBGL2=1 -sFULL_ES3=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
    -sENVIRONMENT=web -sALLOW_MEMORY_GROWTH=1 -sTOTAL_STACK=8MB
    # One file: the CSP allows no fetch at all (connect-src data: only), so the wasm travels inside the JS.
    -sSINGLE_FILE=1 -Oz
    -sEXPORTED_RUNTIME_METHODS=[ccall,UTF8ToString]
    --js-library ${MM_WEB_BRIDGE})
  set_property(TARGET modelmatrix_web APPEND PROPERTY LINK_DEPENDS ${MM_WEB_BRIDGE} ${MM_CATALOG})

  # Stage the static site: our page and scripts + the compiled module. Nothing else is needed at run time.
  file(GLOB MM_WEB_STATIC CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/web/*)
  add_custom_command(TARGET modelmatrix_web POST_BUILD
    COMMAND ${CMAKE_COMMAND} -E rm -rf "${MM_SITE_DIR}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${MM_SITE_DIR}"
    COMMAND ${CMAKE_COMMAND} -E copy ${MM_WEB_STATIC} "${MM_SITE_DIR}/"
    COMMAND Python3::Interpreter "${CMAKE_SOURCE_DIR}/tools/embed_js.py" "${MM_CATALOG}" "${MM_SITE_DIR}/catalog.js"
    COMMAND ${CMAKE_COMMAND} -E copy "$<TARGET_FILE:modelmatrix_web>" "${MM_SITE_DIR}/"
    COMMAND Python3::Interpreter "${CMAKE_SOURCE_DIR}/tools/inline_site.py" "${MM_SITE_DIR}"
    COMMENT "Staging the site in ${MM_SITE_DIR}" VERBATIM)
endif()
