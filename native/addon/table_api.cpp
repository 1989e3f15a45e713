// Tables and columns: create, open, close, delete and rename tables; add, delete and rename
// columns; default values; the table, column and object information levels.
#include "api_table.h"
#include "call_args.h"
#include "errors.h"

namespace esent {

void ExportTableApi(Napi::Env env, Napi::Object exports) {
  ExportFunctions(env, exports, {});
}

}  // namespace esent
