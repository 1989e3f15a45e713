/* Corrections to mingw-w64's esent.h, part two (see esent_mingw_fixes_begin.h). */
#undef JetDetachDatabaseW
/* mingw's header declares JetGetTableColumnInfoW correctly, then #defines the name to the A or W
 * function by UNICODE, so without UNICODE (the engine's build) "JetGetTableColumnInfoW" would mean
 * the A function. The name must always mean the W function. */
#undef JetGetTableColumnInfoW

#undef _JET_ENUMCOLUMN
#undef JET_ENUMCOLUMN
#undef JetEnumerateColumns

#ifdef __cplusplus
extern "C" {
#endif
JET_ERR JET_API JetDetachDatabaseW(JET_SESID sesid, JET_PCWSTR szFilename);

typedef struct _JET_ENUMCOLUMN {
  JET_COLUMNID columnid;
  JET_ERR err;
  union {
    struct {
      unsigned long cEnumColumnValue;
      JET_ENUMCOLUMNVALUE *rgEnumColumnValue;
    };
    struct {
      unsigned long cbData;
      void *pvData;
    };
  };
} JET_ENUMCOLUMN;

JET_ERR JET_API JetEnumerateColumns(JET_SESID sesid, JET_TABLEID tableid, unsigned long cEnumColumnId,
                                    JET_ENUMCOLUMNID *rgEnumColumnId, unsigned long *pcEnumColumn,
                                    JET_ENUMCOLUMN **prgEnumColumn, JET_PFNREALLOC pfnRealloc,
                                    void *pvReallocContext, unsigned long cbDataMost, JET_GRBIT grbit);
#ifdef __cplusplus
}
#endif

/* Declarations newer than mingw's header. */
#include "esent_newer_api.h"
