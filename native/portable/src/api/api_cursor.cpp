// JetMove, JetGetBookmark, JetGotoBookmark, JetDupCursor: validate, then one call into
// data/records (navigation) or data/tables (duplication).
#include <cstring>
#include <string>

#include <esent.h>

#include "../data/records/record_navigation.h"
#include "api_table_call.h"

using esent::api::withCursor;
namespace data = esent::data;
using esent::core::Session;

extern "C" {

JET_ERR JET_API JetMove(JET_SESID sesid, JET_TABLEID tableid, long cRow, JET_GRBIT grbit) {
    return withCursor(sesid, tableid, [&](Session& session, data::TableCursor& cursor) -> JET_ERR {
        return data::moveCursor(session, cursor, cRow, grbit);
    });
}

JET_ERR JET_API JetGetBookmark(JET_SESID sesid, JET_TABLEID tableid, void* pvBookmark, unsigned long cbMax,
                               unsigned long* pcbActual) {
    return withCursor(sesid, tableid, [&](Session& session, data::TableCursor& cursor) -> JET_ERR {
        if (pvBookmark == nullptr && cbMax > 0) return JET_errInvalidParameter;
        std::string record;
        const JET_ERR err = data::currentRecord(session, cursor, &record);
        if (err < 0) return err;
        const std::string& key = cursor.records.key;
        if (pcbActual) *pcbActual = static_cast<unsigned long>(key.size());
        if (cbMax < key.size()) return JET_errBufferTooSmall;
        std::memcpy(pvBookmark, key.data(), key.size());
        return JET_errSuccess;
    });
}

JET_ERR JET_API JetGotoBookmark(JET_SESID sesid, JET_TABLEID tableid, void* pvBookmark, unsigned long cbBookmark) {
    return withCursor(sesid, tableid, [&](Session& session, data::TableCursor& cursor) -> JET_ERR {
        if (pvBookmark == nullptr || cbBookmark == 0 || cbBookmark > JET_cbBookmarkMost) return JET_errInvalidBookmark;
        return data::gotoKey(session, cursor, std::string(static_cast<const char*>(pvBookmark), cbBookmark));
    });
}

JET_ERR JET_API JetDupCursor(JET_SESID sesid, JET_TABLEID tableid, JET_TABLEID* ptableid, JET_GRBIT grbit) {
    return withCursor(sesid, tableid, [&](Session& session, data::TableCursor& cursor) -> JET_ERR {
        if (ptableid == nullptr) return JET_errInvalidParameter;
        if (grbit != 0) return JET_errInvalidGrbit;
        return data::tables::duplicateCursor(session, cursor, ptableid);
    });
}

}  // extern "C"
