# Warning flags applied to every marsad target through marsad_warnings.
add_library(marsad_warnings INTERFACE)
target_compile_options(marsad_warnings INTERFACE -Wall -Wextra)
if(MARSAD_WERROR)
  target_compile_options(marsad_warnings INTERFACE -Werror)
endif()
# clang in C++20 mode flags comparisons of RapidJSON 1.1's member iterators (Debian's
# rapidjson-dev) as ambiguous with their reversed form; the code is correct and the
# header cannot be changed.
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  target_compile_options(marsad_warnings INTERFACE -Wno-ambiguous-reversed-operator)
endif()
