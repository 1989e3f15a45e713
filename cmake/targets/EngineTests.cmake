# engine_tests -> engine_tests(.exe): the portable engine's C++ conformance tests (test/engine).
# They are written against the JET API only. In the win32 lane they are compiled with mingw
# against mingw's esent.h and link our esent.dll through its import library, i.e. exactly as they
# would against the real esent.dll.
file(GLOB ESENT_ENGINE_TEST_SOURCES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/test/engine/*.cpp")
if(NOT ESENT_ENGINE_TEST_SOURCES)
  message(STATUS "engine_tests: no test/engine/*.cpp yet; target skipped")
  return()
endif()

add_executable(engine_tests ${ESENT_ENGINE_TEST_SOURCES})
set_target_properties(engine_tests PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${ESENT_OUTPUT_DIR}")
target_include_directories(engine_tests PRIVATE "${PROJECT_SOURCE_DIR}/test/engine")
if(WIN32)
  esent_win32_defaults(engine_tests)
  # Our esent.dll (target esent_engine_dll), never mingw's libesent.a: mingw's import library
  # lacks the functions newer than its header.
  target_link_libraries(engine_tests PRIVATE esent_engine_dll)
  # <esent.h> is mingw's, completed with our #ifndef-guarded constants (native/win32/engine-include).
  esent_use_mingw_esent_h_with_portable_constants(engine_tests)
else()
  esent_read_sources(native/portable/sources.txt ESENT_ENGINE_SOURCES)
  target_sources(engine_tests PRIVATE ${ESENT_ENGINE_SOURCES})
  target_include_directories(engine_tests PRIVATE "${PROJECT_SOURCE_DIR}/native/portable/include")
  find_package(Threads REQUIRED)
  target_link_libraries(engine_tests PRIVATE Threads::Threads)
endif()
