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
  set(MM_WEB_BRIDGE "${CMAKE_SOURCE_DIR}/src/platform/web/mm_bridge.js")
  # The app is linked twice from the same objects: split (modelmatrix.js + modelmatrix.wasm, for index.html;
  # gzip compresses the binary better than its base64) and single-file (the wasm inside the JS, for the
  # offline modelmatrix.html, where nothing may be fetched). The catalog reaches both through catalog.js, the
  # self-hosting data through catalog-details.js.
  add_library(mm_web_main OBJECT ${MM_WEB_SOURCES})
  target_link_libraries(mm_web_main PUBLIC mm_ui mm_font imgui_glfw_gl3)
  mm_set_warnings(mm_web_main)
  set(MM_WEB_LINK
    # WebGL 2 only. No FULL_ES3: Dear ImGui's OpenGL 3 backend draws from buffer objects, so the client-side
    # array emulation it would add to the JS glue is never used.
    -sUSE_GLFW=3 -sUSE_WEBGL2=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2 -sGL_TRACK_ERRORS=0
    # Nor the glue's extension and version-string handling: the backend asks GL_MAJOR_VERSION, needs no extension.
    -sGL_EMULATE_GLES_VERSION_STRING_FORMAT=0 -sGL_EXTENSIONS_IN_PREFIXED_FORMAT=0
    -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0 -sGL_SUPPORT_SIMPLE_ENABLE_EXTENSIONS=0
    -sENVIRONMENT=web -sALLOW_MEMORY_GROWTH=1 -sTOTAL_STACK=8MB -sFILESYSTEM=0 -sMALLOC=emmalloc -Oz
    -sEXPORTED_RUNTIME_METHODS=[ccall,UTF8ToString] -sDYNAMIC_EXECUTION=0 -sSUPPORT_LONGJMP=0 -sTEXTDECODER=2
    # A second binaryen -Oz round after the first finds a little more (~0.4 KB gzipped).
    -sBINARYEN_EXTRA_PASSES=-Oz
    # Only the Module properties web/mm_boot.js sets (the glue drops the code for the others).
    -sINCOMING_MODULE_JS_API=[canvas,print,printErr,setStatus,onAbort,monitorRunDependencies]
    # The app always adds its own font first, so Dear ImGui's built-in ProggyClean (~10 KB gzipped) is never
    # loaded: AddFontDefault is replaced by a stub in main_web.cpp and the font's data is left out.
    -Wl,--wrap=_ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig
    --js-library ${MM_WEB_BRIDGE})
  # Size matters on the web (first-visit budget): build-wasm.sh configures this build as MinSizeRel with
  # -Oz -flto (our code and Dear ImGui: ~13 KB gzipped less) and without nlohmann's diagnostics; the Node CLI is
  # built apart at -O3 (build/wasm-cli).
  add_executable(modelmatrix_web $<TARGET_OBJECTS:mm_web_main>)
  add_executable(modelmatrix_web_single $<TARGET_OBJECTS:mm_web_main>)
  set_target_properties(modelmatrix_web PROPERTIES OUTPUT_NAME modelmatrix SUFFIX ".js")
  set_target_properties(modelmatrix_web_single PROPERTIES OUTPUT_NAME modelmatrix-single SUFFIX ".js")
  foreach(t modelmatrix_web modelmatrix_web_single)
    target_link_libraries(${t} PRIVATE mm_web_main)
    target_link_options(${t} PRIVATE ${MM_WEB_LINK})
    set_property(TARGET ${t} APPEND PROPERTY LINK_DEPENDS ${MM_WEB_BRIDGE})
  endforeach()
  target_link_options(modelmatrix_web_single PRIVATE -sSINGLE_FILE=1)

  # Stage the static site: our page and scripts + the compiled module. Nothing else is needed at run time.
  file(GLOB MM_WEB_STATIC CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/web/*)
  find_program(MM_NODE NAMES node nodejs REQUIRED)
  set(MM_MINIFY_JS ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs ${MM_NODE} "${CMAKE_SOURCE_DIR}/tools/minify_js.js")
  add_custom_target(site ALL
    COMMAND ${CMAKE_COMMAND} -E rm -rf "${MM_SITE_DIR}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${MM_SITE_DIR}"
    COMMAND ${CMAKE_COMMAND} -E copy ${MM_WEB_STATIC} "${MM_SITE_DIR}/"
    # selfhost.json rides with the catalog's details (after the first frame): the first visit stays within budget.
    COMMAND Python3::Interpreter "${CMAKE_SOURCE_DIR}/tools/embed_js.py" "${MM_CATALOG}" "${MM_SITE_DIR}/catalog.js"
            "${MM_SITE_DIR}/catalog-details.js" "${CMAKE_SOURCE_DIR}/selfhost.json"
    COMMAND ${CMAKE_COMMAND} -E copy "$<TARGET_FILE:modelmatrix_web>" "$<TARGET_FILE_DIR:modelmatrix_web>/modelmatrix.wasm" "${MM_SITE_DIR}/"
    COMMAND ${MM_MINIFY_JS} "${MM_SITE_DIR}/mm_boot.js"
    COMMAND ${MM_MINIFY_JS} "${MM_SITE_DIR}/a11y.js"
    COMMAND ${MM_MINIFY_JS} --toplevel "${MM_SITE_DIR}/modelmatrix.js"
    COMMAND Python3::Interpreter "${CMAKE_SOURCE_DIR}/tools/inline_site.py" "${MM_SITE_DIR}" "$<TARGET_FILE:modelmatrix_web_single>"
    DEPENDS modelmatrix_web modelmatrix_web_single ${MM_WEB_STATIC} ${MM_CATALOG} "${CMAKE_SOURCE_DIR}/selfhost.json"
            "${CMAKE_SOURCE_DIR}/tools/minify_js.js" "${CMAKE_SOURCE_DIR}/tools/embed_js.py"
    COMMENT "Staging the site in ${MM_SITE_DIR}" VERBATIM)
endif()
