# probe_addon -> esent_probe.node: a few lines of Node-API with no ESENT in it. The win32 lane loads
# it first, under node.exe and under a renamed host, so a broken toolchain (delay-load import
# library, host binding, floating-point arguments on first call) is told apart from a broken addon.
add_library(probe_addon SHARED "${PROJECT_SOURCE_DIR}/test/win32/probe/probe_addon.c")
esent_node_addon(probe_addon)
set_target_properties(probe_addon PROPERTIES
  OUTPUT_NAME esent_probe
  LIBRARY_OUTPUT_DIRECTORY "${ESENT_OUTPUT_DIR}"
  RUNTIME_OUTPUT_DIRECTORY "${ESENT_OUTPUT_DIR}"
  ARCHIVE_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/probe-lib")
if(WIN32)
  esent_win32_defaults(probe_addon)
endif()
