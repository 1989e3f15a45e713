# esent_engine_dll -> esent.dll: the portable engine as a stand-in for Windows' esent.dll, for the
# win32 lane only (never shipped: on Windows users get the system's esent.dll).
#
# The engine's sources are compiled against mingw's esent.h (plus our constants for what mingw
# lacks), so every definition is checked against the real declarations. Its exports are generated
# from what the engine actually defines: every Jet* function, and for each A/W pair also the
# unsuffixed name, bound to the A form as esent.dll does.
if(NOT EXISTS "${PROJECT_SOURCE_DIR}/native/portable/sources.txt")
  message(STATUS "esent_engine_dll: native/portable/sources.txt not there yet; target skipped")
  return()
endif()

esent_read_sources(native/portable/sources.txt ESENT_ENGINE_SOURCES)
add_library(esent_engine_objects OBJECT ${ESENT_ENGINE_SOURCES})
esent_win32_defaults(esent_engine_objects NARROW)
esent_use_mingw_esent_h_with_portable_constants(esent_engine_objects)

set(ESENT_ENGINE_DEF "${CMAKE_BINARY_DIR}/esent.def")
add_custom_command(
  OUTPUT "${ESENT_ENGINE_DEF}"
  COMMAND "${CMAKE_COMMAND}" -DNM=${CMAKE_NM} -DOUTPUT=${ESENT_ENGINE_DEF}
          "-DOBJECTS=$<JOIN:$<TARGET_OBJECTS:esent_engine_objects>,|>"
          -P "${PROJECT_SOURCE_DIR}/cmake/GenerateEngineDef.cmake"
  DEPENDS esent_engine_objects $<TARGET_OBJECTS:esent_engine_objects>
          "${PROJECT_SOURCE_DIR}/cmake/GenerateEngineDef.cmake"
  COMMENT "esent.def from the functions the engine defines"
  VERBATIM)

add_library(esent_engine_dll SHARED $<TARGET_OBJECTS:esent_engine_objects> "${ESENT_ENGINE_DEF}")
esent_win32_defaults(esent_engine_dll)
set_target_properties(esent_engine_dll PROPERTIES
  OUTPUT_NAME esent
  PREFIX ""
  RUNTIME_OUTPUT_DIRECTORY "${ESENT_OUTPUT_DIR}"
  # Its import library stays out of the output folder so it is never mistaken for mingw's.
  ARCHIVE_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/engine-lib")
