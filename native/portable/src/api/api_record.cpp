// JetPrepareUpdate, JetSetColumn(s), JetUpdate(2), JetDelete, JetRetrieveColumn(s),
// JetEnumerateColumns, JetGetRecordSize, JetEscrowUpdate, JetGetLock: validate, then one call
// into data/records.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include <esent.h>

#include "../data/records/record_enumerate.h"
#include "../data/records/record_read.h"
#include "../data/records/record_update.h"
#include "api_table_call.h"

using esent::api::withCursor;
namespace data = esent::data;
using esent::core::Session;

namespace {

// Copies a bookmark (record key) out, ESENT style.
JET_ERR copyOut(const std::string& bytes, void* pv, unsigned long cbMax, unsigned long* pcbActual) {
    if (pcbActual) *pcbActual = static_cast<unsigned long>(bytes.size());
    if (pv == nullptr || cbMax == 0) return JET_errSuccess;
    if (cbMax < bytes.size()) return JET_errBufferTooSmall;
    std::memcpy(pv, bytes.data(), bytes.size());
    return JET_errSuccess;
}

// One JetRetrieveColumn on a view of the record: only the bytes asked for are read, even of a
// long value kept apart from the record.
JET_ERR retrieveOne(Session& session, data::TableCursor& cursor, const data::RecordView& view, JET_COLUMNID columnid,
                    void* pv, unsigned long cb, unsigned long* pcbActual, JET_GRBIT grbit, unsigned long ib,
                    unsigned long itag) {
    if (pv == nullptr && cb > 0) return JET_errInvalidParameter;
    if (!cursor.schema.column(columnid)) return JET_errColumnNotFound;
    std::uint64_t available = 0;
    const JET_ERR err = data::retrieveValue(session, cursor, view, columnid, itag,
                                            (grbit & JET_bitRetrieveIgnoreDefault) != 0, ib, pv, cb, &available);
    if (err < 0) return err;
    if (pcbActual) *pcbActual = static_cast<unsigned long>(available);
    return err;
}

constexpr JET_GRBIT kRetrieveBits = JET_bitRetrieveCopy | JET_bitRetrieveFromIndex | JET_bitRetrieveFromPrimaryBookmark |
                                    JET_bitRetrieveTag | JET_bitRetrieveNull | JET_bitRetrieveIgnoreDefault;

}  // namespace

extern "C" {

JET_ERR JET_API JetPrepareUpdate(JET_SESID sesid, JET_TABLEID tableid, unsigned long prep) {
    return withCursor(sesid, tableid, [&](Session& session, data::TableCursor& cursor) -> JET_ERR {
        JET_ERR err = data::tables::refreshSchema(session, cursor);
        if (err < 0) return err;
        return data::prepareUpdate(session, cursor, prep);
    });
}

JET_ERR JET_API JetSetColumn(JET_SESID sesid, JET_TABLEID tableid, JET_COLUMNID columnid, const void* pvData,
                             unsigned long cbData, JET_GRBIT grbit, JET_SETINFO* psetinfo) {
    return withCursor(sesid, tableid, [&](Session& session, data::TableCursor& cursor) -> JET_ERR {
        unsigned long ib = 0, itag = 1;
        if (psetinfo) {
            if (psetinfo->cbStruct < sizeof(JET_SETINFO)) return JET_errInvalidParameter;
            ib = psetinfo->ibLongValue;
            itag = psetinfo->itagSequence;
        }
        return data::setColumn(session, cursor, columnid, pvData, cbData, grbit, ib, itag);
    });
}

JET_ERR JET_API JetSetColumns(JET_SESID sesid, JET_TABLEID tableid, JET_SETCOLUMN* psetcolumn,
                              unsigned long csetcolumn) {
    return withCursor(sesid, tableid, [&](Session& session, data::TableCursor& cursor) -> JET_ERR {
        if (psetcolumn == nullptr && csetcolumn > 0) return JET_errInvalidParameter;
        JET_ERR result = JET_errSuccess;
        for (unsigned long i = 0; i < csetcolumn; ++i) {
            JET_SETCOLUMN& c = psetcolumn[i];
            c.err = data::setColumn(session, cursor, c.columnid, c.pvData, c.cbData, c.grbit, c.ibLongValue,
                                    c.itagSequence);
            if (c.err < 0) return c.err;
            if (c.err > 0 && result == JET_errSuccess) result = c.err;
        }
        return result;
    });
}

JET_ERR JET_API JetUpdate2(JET_SESID sesid, JET_TABLEID tableid, void* pvBookmark, unsigned long cbBookmark,
                           unsigned long* pcbActual, const JET_GRBIT grbit) {
    return withCursor(sesid, tableid, [&](Session& session, data::TableCursor& cursor) -> JET_ERR {
        if (grbit & ~static_cast<JET_GRBIT>(JET_bitUpdateCheckESE97Compatibility)) return JET_errInvalidGrbit;
        if (pvBookmark == nullptr && cbBookmark > 0) return JET_errInvalidParameter;
        JET_ERR err = data::tables::refreshSchema(session, cursor);
        if (err < 0) return err;
        std::string bookmark;
        err = data::update(session, cursor, &bookmark);
        if (err < 0) return err;
        const JET_ERR copyErr = copyOut(bookmark, pvBookmark, cbBookmark, pcbActual);
        return copyErr < 0 ? copyErr : err;
    });
}

JET_ERR JET_API JetUpdate(JET_SESID sesid, JET_TABLEID tableid, void* pvBookmark, unsigned long cbBookmark,
                          unsigned long* pcbActual) {
    return JetUpdate2(sesid, tableid, pvBookmark, cbBookmark, pcbActual, 0);
}

JET_ERR JET_API JetDelete(JET_SESID sesid, JET_TABLEID tableid) {
    return withCursor(sesid, tableid, [&](Session& session, data::TableCursor& cursor) -> JET_ERR {
        return data::deleteRecord(session, cursor);
    });
}

JET_ERR JET_API JetRetrieveColumn(JET_SESID sesid, JET_TABLEID tableid, JET_COLUMNID columnid, void* pvData,
                                  unsigned long cbData, unsigned long* pcbActual, JET_GRBIT grbit,
                                  JET_RETINFO* pretinfo) {
    return withCursor(sesid, tableid, [&](Session& session, data::TableCursor& cursor) -> JET_ERR {
        if (grbit & ~kRetrieveBits) return JET_errInvalidGrbit;
        unsigned long ib = 0, itag = 1;
        if (pretinfo) {
            if (pretinfo->cbStruct < sizeof(JET_RETINFO)) return JET_errInvalidParameter;
            ib = pretinfo->ibLongValue;
            itag = pretinfo->itagSequence;
            pretinfo->columnidNextTagged = 0;
        }
        JET_ERR err = data::tables::refreshSchema(session, cursor);
        if (err < 0) return err;
        data::RecordView view;
        if ((err = data::viewForRead(session, cursor, (grbit & JET_bitRetrieveCopy) != 0, &view)) < 0) return err;
        return retrieveOne(session, cursor, view, columnid, pvData, cbData, pcbActual, grbit, ib, itag);
    });
}

JET_ERR JET_API JetRetrieveColumns(JET_SESID sesid, JET_TABLEID tableid, JET_RETRIEVECOLUMN* pretrievecolumn,
                                   unsigned long cretrievecolumn) {
    return withCursor(sesid, tableid, [&](Session& session, data::TableCursor& cursor) -> JET_ERR {
        if (pretrievecolumn == nullptr && cretrievecolumn > 0) return JET_errInvalidParameter;
        JET_ERR err = data::tables::refreshSchema(session, cursor);
        if (err < 0) return err;
        JET_ERR result = JET_errSuccess;
        // The record is read once for all the columns (once more if some ask for the copy).
        data::RecordView views[2];
        bool viewed[2] = {false, false};
        for (unsigned long i = 0; i < cretrievecolumn; ++i) {
            JET_RETRIEVECOLUMN& c = pretrievecolumn[i];
            c.columnidNextTagged = 0;
            const int which = (c.grbit & JET_bitRetrieveCopy) != 0 ? 1 : 0;
            if (c.grbit & ~kRetrieveBits) {
                c.err = JET_errInvalidGrbit;
            } else {
                c.err = viewed[which] ? JET_errSuccess : data::viewForRead(session, cursor, which == 1, &views[which]);
                viewed[which] = c.err >= 0;
                if (c.err >= 0)
                    c.err = retrieveOne(session, cursor, views[which], c.columnid, c.pvData, c.cbData, &c.cbActual,
                                        c.grbit, c.ibLongValue, c.itagSequence);
            }
            if (c.err < 0) return c.err;
            if (c.err > 0 && result == JET_errSuccess) result = c.err;
        }
        return result;
    });
}

JET_ERR JET_API JetEnumerateColumns(JET_SESID sesid, JET_TABLEID tableid, unsigned long cEnumColumnId,
                                    JET_ENUMCOLUMNID* rgEnumColumnId, unsigned long* pcEnumColumn,
                                    JET_ENUMCOLUMN** prgEnumColumn, JET_PFNREALLOC pfnRealloc,
                                    void* pvReallocContext, unsigned long cbDataMost, JET_GRBIT grbit) {
    return withCursor(sesid, tableid, [&](Session& session, data::TableCursor& cursor) -> JET_ERR {
        JET_ERR err = data::tables::refreshSchema(session, cursor);
        if (err < 0) return err;
        return data::enumerateColumns(session, cursor, cEnumColumnId, rgEnumColumnId, pcEnumColumn, prgEnumColumn,
                                      pfnRealloc, pvReallocContext, cbDataMost, grbit);
    });
}

JET_ERR JET_API JetGetRecordSize(JET_SESID sesid, JET_TABLEID tableid, JET_RECSIZE* precsize, const JET_GRBIT grbit) {
    return withCursor(sesid, tableid, [&](Session& session, data::TableCursor& cursor) -> JET_ERR {
        if (!precsize) return JET_errInvalidParameter;
        if (grbit & ~static_cast<JET_GRBIT>(JET_bitRecordSizeInCopyBuffer | JET_bitRecordSizeRunningTotal | JET_bitRecordSizeLocal))
            return JET_errInvalidGrbit;
        JET_ERR err = data::tables::refreshSchema(session, cursor);
        if (err < 0) return err;
        const bool copy = (grbit & JET_bitRecordSizeInCopyBuffer) != 0;
        if (copy && !data::updatePrepared(session, cursor)) return JET_errUpdateNotPrepared;
        JET_RECSIZE size{};
        if ((err = data::recordSize(session, cursor, copy, &size)) < 0) return err;
        if (grbit & JET_bitRecordSizeRunningTotal) {
            precsize->cbData += size.cbData;
            precsize->cbLongValueData += size.cbLongValueData;
            precsize->cbOverhead += size.cbOverhead;
            precsize->cbLongValueOverhead += size.cbLongValueOverhead;
            precsize->cNonTaggedColumns += size.cNonTaggedColumns;
            precsize->cTaggedColumns += size.cTaggedColumns;
            precsize->cLongValues += size.cLongValues;
            precsize->cMultiValues += size.cMultiValues;
        } else {
            *precsize = size;
        }
        return JET_errSuccess;
    });
}

JET_ERR JET_API JetEscrowUpdate(JET_SESID sesid, JET_TABLEID tableid, JET_COLUMNID columnid, void* pv,
                                unsigned long cbMax, void* pvOld, unsigned long cbOldMax,
                                unsigned long* pcbOldActual, JET_GRBIT grbit) {
    return withCursor(sesid, tableid, [&](Session& session, data::TableCursor& cursor) -> JET_ERR {
        JET_ERR err = data::tables::refreshSchema(session, cursor);
        if (err < 0) return err;
        std::int64_t before = 0;
        std::uint32_t width = 4;
        // No buffer for the previous value (pvOld null, or cbOldMax 0): it is not returned.
        const unsigned long oldSize = pvOld ? cbOldMax : 0;
        err = data::escrowUpdate(session, cursor, columnid, pv, cbMax, oldSize, &before, &width, grbit);
        if (err < 0) return err;
        if (pcbOldActual) *pcbOldActual = width;
        if (oldSize >= width) {
            unsigned char bytes[8];
            for (std::uint32_t i = 0; i < width && i < sizeof bytes; ++i)
                bytes[i] = static_cast<unsigned char>((static_cast<std::uint64_t>(before) >> (8 * i)) & 0xFF);
            std::memcpy(pvOld, bytes, std::min<std::size_t>(width, sizeof bytes));
        }
        return err;
    });
}

JET_ERR JET_API JetGetLock(JET_SESID sesid, JET_TABLEID tableid, JET_GRBIT grbit) {
    return withCursor(sesid, tableid, [&](Session& session, data::TableCursor& cursor) -> JET_ERR {
        return data::getLock(session, cursor, grbit);
    });
}

}  // extern "C"
