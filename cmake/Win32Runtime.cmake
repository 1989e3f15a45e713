# Settings every Windows binary of the win32 lane shares.
#
# - UNICODE/JET_UNICODE and JET_VERSION 0x0A00, as the MSVC build in binding.gyp uses, so the
#   addon sees the same esent.h declarations on both Windows toolchains.
# - The C++ runtime (libstdc++, libgcc, winpthread) is linked statically: the binaries must load
#   on a Windows machine that has no mingw DLLs, with nothing beside them.
# With NARROW (the engine itself), UNICODE stays undefined so the unsuffixed macros of mingw's
# esent.h name the A functions, as in esent.dll.
function(esent_win32_defaults target)
  cmake_parse_arguments(PARSE_ARGV 1 arg "NARROW" "" "")
  if(NOT arg_NARROW)
    target_compile_definitions(${target} PRIVATE UNICODE _UNICODE JET_UNICODE)
  endif()
  target_compile_definitions(${target} PRIVATE
    JET_VERSION=0x0A00 WIN32_LEAN_AND_MEAN NOMINMAX _WIN32_WINNT=0x0A00)
  target_link_options(${target} PRIVATE -static -static-libgcc -static-libstdc++)
endfunction()

# For the engine and its tests: <esent.h> is mingw's, followed by our constant and error headers
# for what mingw lacks (see native/win32/engine-include/esent.h). native/portable/include comes
# after the system folders, so our own esent.h can never be picked up in its place.
function(esent_use_mingw_esent_h_with_portable_constants target)
  target_include_directories(${target} BEFORE PRIVATE "${PROJECT_SOURCE_DIR}/native/win32/engine-include")
  target_compile_options(${target} PRIVATE "-idirafter" "${PROJECT_SOURCE_DIR}/native/portable/include")
endfunction()
