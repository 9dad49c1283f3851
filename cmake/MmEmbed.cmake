# Embeds files into C++ sources at build time (tools/embed.py), so every build carries the catalog
# and the font without touching the file system at run time.
# Debian's python3 first: the font subsetter needs python3-fonttools, which another python3 on PATH may lack.
if(EXISTS /usr/bin/python3 AND NOT Python3_EXECUTABLE)
  set(Python3_EXECUTABLE /usr/bin/python3)
endif()
find_package(Python3 COMPONENTS Interpreter)
if(NOT Python3_FOUND)
  message(FATAL_ERROR "ModelMatrix: python3 is needed to embed the catalog. Run scripts/setup.sh.")
endif()

# mm_embed_files(target name1 file1 [name2 file2 ...]) -> static library defining
# mm::assets::<name>() returning std::string_view (declared in assets/embedded.h).
function(mm_embed_files target)
  set(args ${ARGN})
  set(outputs "")
  set(deps "")
  list(LENGTH args n)
  math(EXPR last "${n} - 1")
  foreach(i RANGE 0 ${last} 2)
    math(EXPR j "${i} + 1")
    list(GET args ${i} name)
    list(GET args ${j} file)
    set(out "${CMAKE_BINARY_DIR}/generated/embedded_${name}.cpp")
    add_custom_command(OUTPUT "${out}"
      COMMAND Python3::Interpreter "${CMAKE_SOURCE_DIR}/tools/embed.py" "${name}" "${file}" "${out}"
      DEPENDS "${file}" "${CMAKE_SOURCE_DIR}/tools/embed.py"
      COMMENT "Embedding ${name}" VERBATIM)
    list(APPEND outputs "${out}")
  endforeach()
  add_library(${target} STATIC ${outputs})
endfunction()

# mm_embed_font(target ttf): subsets the font to the glyphs French and English need
# (python3-fonttools), then embeds it as mm::assets::ui_font().
function(mm_embed_font target ttf)
  if(NOT EXISTS "${ttf}")
    message(FATAL_ERROR "ModelMatrix: UI font ${ttf} not found. Run scripts/setup.sh (installs fonts-dejavu-core) or set -DMM_FONT=…")
  endif()
  set(subset "${CMAKE_BINARY_DIR}/generated/ui_font.ttf")
  set(out "${CMAKE_BINARY_DIR}/generated/embedded_ui_font.cpp")
  add_custom_command(OUTPUT "${subset}"
    COMMAND Python3::Interpreter "${CMAKE_SOURCE_DIR}/tools/subset_font.py" "${ttf}" "${subset}"
    DEPENDS "${ttf}" "${CMAKE_SOURCE_DIR}/tools/subset_font.py"
    COMMENT "Subsetting UI font" VERBATIM)
  add_custom_command(OUTPUT "${out}"
    COMMAND Python3::Interpreter "${CMAKE_SOURCE_DIR}/tools/embed.py" ui_font "${subset}" "${out}"
    DEPENDS "${subset}" "${CMAKE_SOURCE_DIR}/tools/embed.py"
    COMMENT "Embedding UI font" VERBATIM)
  add_library(${target} STATIC "${out}")
endfunction()
