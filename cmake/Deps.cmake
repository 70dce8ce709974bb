# Every third-party dependency comes from Debian 12 packages (scripts/install-deps.sh).
find_package(PkgConfig REQUIRED)
find_package(ICU 72 REQUIRED COMPONENTS uc i18n data)
pkg_check_modules(MARISA REQUIRED IMPORTED_TARGET marisa)
find_package(RapidJSON REQUIRED)  # header-only: /usr/include/rapidjson
add_library(marsad_rapidjson INTERFACE)
target_compile_definitions(marsad_rapidjson INTERFACE RAPIDJSON_HAS_STDSTRING=1)
find_package(CLI11 REQUIRED)
find_package(fmt REQUIRED)
pkg_check_modules(XXHASH REQUIRED IMPORTED_TARGET libxxhash)
pkg_check_modules(ZSTD REQUIRED IMPORTED_TARGET libzstd)
find_package(ZLIB REQUIRED)
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)
find_package(Threads REQUIRED)

# marsad_optional(VAR FOUND "what is missing"): whether an optional part of the build is on.
# Set on the command line, VAR decides (ON: the part is required, a missing package is an
# error; OFF: left out). Unset, the part is built when its packages are found, and that
# choice is not cached: a tree configured before they were installed (the quick start's demo
# installs only what the marsad binary needs, not libgtest-dev or libbenchmark-dev) gets the
# part at its next configure, after the test command has installed them.
function(marsad_optional var found missing)
  if(DEFINED ${var})
    set(enabled ${${var}})
    if(enabled AND NOT ${found})
      message(FATAL_ERROR "${var}=ON needs ${missing}")
    endif()
  else()
    set(enabled ${${found}})
  endif()
  if(enabled)
    set(enabled ON)
  else()
    set(enabled OFF)
    message(STATUS "marsad: ${var} is off (${missing} not found, or ${var}=OFF)")
  endif()
  set(${var}_ON ${enabled} PARENT_SCOPE)
endfunction()

# The unit tests (GoogleTest) and the benchmarks: not needed to build the marsad binary.
find_package(GTest QUIET)
marsad_optional(MARSAD_TESTS GTest_FOUND "GoogleTest (Debian: libgtest-dev libgmock-dev)")
find_package(benchmark QUIET)
marsad_optional(MARSAD_BENCH benchmark_FOUND "Google Benchmark (Debian: libbenchmark-dev)")

# Adds one library per layer from the .cc files of a folder (new files need no CMake edit).
#   marsad_layer(name dir PUBLIC deps... PRIVATE deps...)
function(marsad_layer name dir)
  cmake_parse_arguments(L "" "" "PUBLIC;PRIVATE" ${ARGN})
  file(GLOB srcs CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/${dir}/*.cc)
  if(srcs)
    add_library(${name} STATIC ${srcs})
    target_include_directories(${name} PUBLIC ${CMAKE_SOURCE_DIR}/include ${CMAKE_SOURCE_DIR}/src)
    target_link_libraries(${name} PUBLIC ${L_PUBLIC} PRIVATE marsad_warnings ${L_PRIVATE})
  else()  # a layer not written yet: an interface target keeps the link graph intact
    add_library(${name} INTERFACE)
    target_include_directories(${name} INTERFACE ${CMAKE_SOURCE_DIR}/include ${CMAKE_SOURCE_DIR}/src)
    target_link_libraries(${name} INTERFACE ${L_PUBLIC})
  endif()
endfunction()
