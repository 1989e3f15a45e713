# esent_addon -> esent.node
#
# Windows: the addon's sources only, compiled against mingw's esent.h (the toolchain's own
# header; native/portable/include is deliberately NOT on the include path) and linked with
# mingw's libesent.a, so it imports esent.dll exactly as a user's build does.
# Elsewhere: the portable engine is compiled into the addon, as binding.gyp does.
if(NOT EXISTS "${PROJECT_SOURCE_DIR}/native/addon/sources.txt")
  message(STATUS "esent_addon: native/addon/sources.txt not there yet; target skipped")
  return()
endif()

esent_read_sources(native/addon/sources.txt ESENT_ADDON_SOURCES)
add_library(esent_addon SHARED ${ESENT_ADDON_SOURCES})
esent_node_addon(esent_addon)
set_target_properties(esent_addon PROPERTIES
  OUTPUT_NAME esent
  LIBRARY_OUTPUT_DIRECTORY "${ESENT_OUTPUT_DIR}"
  RUNTIME_OUTPUT_DIRECTORY "${ESENT_OUTPUT_DIR}"
  ARCHIVE_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/addon-lib")
target_include_directories(esent_addon PRIVATE
  "${PROJECT_SOURCE_DIR}/native/addon" "${PROJECT_SOURCE_DIR}/native/errors")
# The same defines as binding.gyp.
target_compile_definitions(esent_addon PRIVATE NAPI_CPP_EXCEPTIONS NODE_ADDON_API_DISABLE_DEPRECATED)

if(WIN32)
  esent_win32_defaults(esent_addon)
  target_include_directories(esent_addon PRIVATE "${PROJECT_SOURCE_DIR}/native/win32")
  target_sources(esent_addon PRIVATE "${PROJECT_SOURCE_DIR}/native/win32/esent_late_bound.cc")
  target_link_libraries(esent_addon PRIVATE esent)
else()
  esent_read_sources(native/portable/sources.txt ESENT_ENGINE_SOURCES)
  target_sources(esent_addon PRIVATE ${ESENT_ENGINE_SOURCES})
  target_include_directories(esent_addon PRIVATE "${PROJECT_SOURCE_DIR}/native/portable/include")
  set_target_properties(esent_addon PROPERTIES CXX_VISIBILITY_PRESET hidden)
  find_package(Threads REQUIRED)
  target_link_libraries(esent_addon PRIVATE Threads::Threads)
endif()
