// Records: preparing and saving updates, setting and retrieving columns, escrow updates, locks,
// moving a cursor, bookmarks and duplicate cursors.
#include "api_table.h"
#include "call_args.h"
#include "errors.h"

namespace esent {

void ExportRecordApi(Napi::Env env, Napi::Object exports) {
  ExportFunctions(env, exports, {});
}

}  // namespace esent
