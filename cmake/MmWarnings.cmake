# Warnings for ModelMatrix's own targets only (third-party targets keep their defaults).
function(mm_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    # GCC 12 reports false -Warray-bounds / -Wstringop-overflow inside libstdc++'s std::map as used by
    # nlohmann/json at -O2 (GCC bug 107138), and a false -Wrestrict in std::string's operator+ in C++20 mode
    # (GCC bug 105651); keep them as warnings, not errors.
    target_compile_options(${target} PRIVATE -Wno-error=array-bounds -Wno-error=stringop-overflow -Wno-error=restrict)
  endif()
  if(MM_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
