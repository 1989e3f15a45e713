# node-gyp build of the addon (`npm install` runs it through node-gyp-build when no prebuild
# matches). Windows: the addon alone, linked with the system's esent.lib. Elsewhere: the addon
# with the portable engine compiled in. The source lists are shared with the CMake build.
{
  "targets": [
    {
      "target_name": "esent",
      "sources": ["<!@(node scripts/list-sources.cjs addon)"],
      "include_dirs": [
        "<!(node -p \"require('node-addon-api').include_dir\")",
        "native/addon"
      ],
      "defines": [
        "NAPI_VERSION=8",
        "NAPI_CPP_EXCEPTIONS",
        "NODE_ADDON_API_DISABLE_DEPRECATED"
      ],
      "cflags!": ["-fno-exceptions"],
      "cflags_cc!": ["-fno-exceptions", "-fno-rtti", "-std=gnu++17", "-std=gnu++20"],
      "cflags_cc": ["-std=c++17", "-fexceptions", "-frtti"],
      "xcode_settings": {
        "GCC_ENABLE_CPP_EXCEPTIONS": "YES",
        "GCC_ENABLE_CPP_RTTI": "YES",
        "CLANG_CXX_LANGUAGE_STANDARD": "c++17",
        "CLANG_CXX_LIBRARY": "libc++",
        "MACOSX_DEPLOYMENT_TARGET": "10.15"
      },
      "msvs_settings": {
        "VCCLCompilerTool": {
          "ExceptionHandling": 1,
          "AdditionalOptions": ["/std:c++17", "/utf-8"]
        }
      },
      "conditions": [
        ["OS=='win'", {
          "defines": ["UNICODE", "_UNICODE", "JET_UNICODE", "JET_VERSION=0x0A00"],
          "sources": ["native/win32/esent_late_bound.cc"],
          "libraries": ["esent.lib"]
        }, {
          "sources": ["<!@(node scripts/list-sources.cjs portable)"],
          "include_dirs": ["native/portable/include"],
          "cflags": ["-pthread", "-fvisibility=hidden"],
          "ldflags": ["-pthread"]
        }]
      ]
    }
  ]
}
