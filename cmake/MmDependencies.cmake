# Header-only dependencies from Debian: nlohmann/json and CLI11.
# Under Emscripten the toolchain cannot use /usr/include (it drags glibc headers into the wasm build),
# so only the library's own header folder is exposed, through a symlink in the build tree.
set(MM_SYSTEM_INCLUDE "/usr/include" CACHE PATH "Where nlohmann/ and CLI/ headers live")

function(mm_header_only_target name subdir probe hint)
  if(NOT EXISTS "${MM_SYSTEM_INCLUDE}/${subdir}/${probe}")
    message(FATAL_ERROR "ModelMatrix: ${subdir}/${probe} not found under ${MM_SYSTEM_INCLUDE}. "
                        "Run scripts/setup.sh (installs ${hint}) or set -DMM_SYSTEM_INCLUDE=…")
  endif()
  set(dir "${CMAKE_BINARY_DIR}/mm_include/${name}")
  file(MAKE_DIRECTORY "${dir}")
  if(NOT EXISTS "${dir}/${subdir}")
    file(CREATE_LINK "${MM_SYSTEM_INCLUDE}/${subdir}" "${dir}/${subdir}" SYMBOLIC)
  endif()
  add_library(${name} INTERFACE)
  target_include_directories(${name} SYSTEM INTERFACE "${dir}")
endfunction()

if(EMSCRIPTEN)
  mm_header_only_target(mm_json nlohmann json.hpp nlohmann-json3-dev)
else()
  find_package(nlohmann_json 3.10 QUIET)
  if(NOT nlohmann_json_FOUND)
    message(FATAL_ERROR "ModelMatrix: nlohmann/json 3 not found. Run scripts/setup.sh (installs nlohmann-json3-dev).")
  endif()
  add_library(mm_json INTERFACE)
  target_link_libraries(mm_json INTERFACE nlohmann_json::nlohmann_json)
endif()
mm_header_only_target(mm_cli11 CLI CLI.hpp libcli11-dev)
