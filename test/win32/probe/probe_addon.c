/*
 * The win32 lane's toolchain probe: a Node-API addon with no ESENT in it.
 *
 * exports.third   1/3, made by napi_create_double as the module's very first Node-API call.
 *                 If delay-import slots were bound lazily, that first call would go through
 *                 binutils' thunk, which does not preserve xmm registers, and the double could
 *                 arrive corrupted; the lane checks the exact value.
 * exports.half(x) x / 2, a double in and out on every call.
 * exports.host()  the file name of the executable that loaded the addon (node.exe, app.exe...).
 */
#include <node_api.h>
#ifdef _WIN32
#include <windows.h>
#endif
#include <string.h>

static napi_value half(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  double x = 0;
  napi_value result = NULL;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 1 ||
      napi_get_value_double(env, argv[0], &x) != napi_ok) {
    napi_throw_type_error(env, NULL, "half(x) needs a number");
    return NULL;
  }
  napi_create_double(env, x / 2, &result);
  return result;
}

static napi_value host(napi_env env, napi_callback_info info) {
  char name[1024] = "unknown";
  napi_value result = NULL;
  (void)info;
#ifdef _WIN32
  DWORD length = GetModuleFileNameA(NULL, name, sizeof name);
  const char* base = name;
  for (DWORD i = 0; i < length; i++)
    if (name[i] == '\\' || name[i] == '/') base = name + i + 1;
  napi_create_string_utf8(env, base, NAPI_AUTO_LENGTH, &result);
#else
  napi_create_string_utf8(env, name, NAPI_AUTO_LENGTH, &result);
#endif
  return result;
}

static napi_value init(napi_env env, napi_value exports) {
  napi_value third = NULL, fn = NULL;
  napi_create_double(env, 1.0 / 3.0, &third); /* must stay the first Node-API call */
  napi_set_named_property(env, exports, "third", third);
  napi_create_function(env, "half", NAPI_AUTO_LENGTH, half, NULL, &fn);
  napi_set_named_property(env, exports, "half", fn);
  napi_create_function(env, "host", NAPI_AUTO_LENGTH, host, NULL, &fn);
  napi_set_named_property(env, exports, "host", fn);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
