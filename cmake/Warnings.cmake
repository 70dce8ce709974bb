# Warning flags applied to every marsad target through marsad_warnings.
add_library(marsad_warnings INTERFACE)
target_compile_options(marsad_warnings INTERFACE -Wall -Wextra)
if(MARSAD_WERROR)
  target_compile_options(marsad_warnings INTERFACE -Werror)
endif()
