# C++ exceptions in the WebAssembly builds. nlohmann/json and the MCDA methods report errors by throwing, so
# exceptions must work. Emscripten 3.1.6 implements them in JavaScript: every call that may unwind through a
# try/catch or a destructor is routed through an "invoke" trampoline, which roughly doubles the size of such
# code. The web app (MM_WASM_CATCH_ALLOWLIST=ON, set by build-wasm.sh) therefore lets only the functions that
# catch do so (EXCEPTION_CATCHING_ALLOWED); an exception still propagates to them from any depth, it only
# skips the destructors of the frames in between (a small leak on an error path). Under -flto (the web app)
# the list applies at link time, after cross-file inlining. The Node CLI keeps full exception support.
option(MM_WASM_CATCH_ALLOWLIST "WebAssembly: catch exceptions only in the functions listed below" OFF)

# The functions of the web app that contain a catch (mangled names, as LLVM sees them). A configure-time check
# below refuses a build where another source file of the app catches, so this list cannot silently go stale.
set(MM_WASM_CATCHING_FUNCTIONS
  _ZN2mm9ParseJsonENSt3__217basic_string_viewIcNS0_11char_traitsIcEEEERNS0_6vectorINS_5IssueENS0_9allocatorIS6_EEEERKNS_11ParseLimitsE
  _ZN2mm6DecideERKNS_7CatalogERKNS_7ProfileERKNS_13DecideOptionsE
  # decision.cpp: the method's refusal (mcda::Error) in RankRows and in the robustness analysis (AddRobustness)
  _ZN2mm12_GLOBAL__N_18RankRowsERNS_6ResultERKNS_7CatalogERKNS_7ProfileERKNS_10MethodSpecE
  _ZN2mm12_GLOBAL__N_113AddRobustnessERNS_6ResultERKNS_7ProfileERKNS_10MethodSpecE
  _ZN2mm14ComputeWeightsERKNS_7ProfileERKNS_4mcda6MatrixERKNSt3__26vectorIiNS7_9allocatorIiEEEEPNS_12WeightReportEPNS_5IssueE)
set(MM_WASM_CATCHING_FILES engine/io/json_util.cpp engine/decision/decision.cpp engine/decision/weighting.cpp)

if(EMSCRIPTEN AND MM_WASM_CATCH_ALLOWLIST)
  file(GLOB_RECURSE _mm_sources RELATIVE ${CMAKE_SOURCE_DIR}/src ${CMAKE_SOURCE_DIR}/src/engine/*.cpp
       ${CMAKE_SOURCE_DIR}/src/app/*.cpp ${CMAKE_SOURCE_DIR}/src/ui/*.cpp ${CMAKE_SOURCE_DIR}/src/platform/web/*.cpp)
  foreach(_f ${_mm_sources})
    file(STRINGS ${CMAKE_SOURCE_DIR}/src/${_f} _catches REGEX "catch \\(")
    if(_catches AND NOT _f IN_LIST MM_WASM_CATCHING_FILES)
      message(FATAL_ERROR "src/${_f} catches exceptions but is not in cmake/MmWasmExceptions.cmake: add its "
                          "catching function's mangled name to MM_WASM_CATCHING_FUNCTIONS and the file to MM_WASM_CATCHING_FILES.")
    endif()
  endforeach()
  string(REPLACE ";" "," _allow "${MM_WASM_CATCHING_FUNCTIONS}")
  add_compile_options("-sEXCEPTION_CATCHING_ALLOWED=[${_allow}]")
  add_link_options("-sEXCEPTION_CATCHING_ALLOWED=[${_allow}]")
elseif(EMSCRIPTEN)
  add_compile_options(-fexceptions)
  add_link_options(-fexceptions)
endif()
