# header_check -> header_check.exe: proves that every constant our portable header declares has
# the value mingw's esent.h gives it, and every struct both declare has the same size, alignment
# and field offsets on x64. The program is generated from the headers (test/win32/header-check/
# generate.mjs) each time one of them changes; it prints each difference and `N passed, N failed`.
file(GLOB ESENT_PORTABLE_HEADERS CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/native/portable/include/*.h")
set(ESENT_HEADER_CHECK_CPP "${CMAKE_BINARY_DIR}/header_check.cpp")
add_custom_command(
  OUTPUT "${ESENT_HEADER_CHECK_CPP}"
  COMMAND node "${PROJECT_SOURCE_DIR}/test/win32/header-check/generate.mjs" "${ESENT_HEADER_CHECK_CPP}"
          --portable-include "${PROJECT_SOURCE_DIR}/native/portable/include"
          --cxx "${CMAKE_CXX_COMPILER}"
  DEPENDS ${ESENT_PORTABLE_HEADERS} "${PROJECT_SOURCE_DIR}/test/win32/header-check/generate.mjs"
  COMMENT "header fidelity check: generating from the portable header and mingw's esent.h")
add_executable(header_check "${ESENT_HEADER_CHECK_CPP}")
esent_win32_defaults(header_check)
set_target_properties(header_check PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${ESENT_OUTPUT_DIR}")
