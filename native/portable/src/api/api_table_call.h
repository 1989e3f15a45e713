// The common start of the table and column entry points (api_table.cpp, api_column.cpp): enter
// the session, then find the database it opened (JET_errInvalidDatabaseId) or its cursor
// (JET_errInvalidTableId), and convert A/W names to UTF-8.
#pragma once

#include <memory>
#include <string>

#include <esent.h>

#include "../data/database_component.h"
#include "../data/tables/table_access.h"
#include "../util/utf.h"
#include "api_guard.h"

namespace esent::api {

// ESE ignores trailing spaces of object names ("t " names the table "t").
inline std::string trimmed(std::string name) {
    while (!name.empty() && name.back() == ' ') name.pop_back();
    return name;
}
inline std::string nameOf(const char* text) { return trimmed(std::string(text)); }
inline std::string nameOf(const WCHAR* text) { return trimmed(util::wideToUtf8(text)); }

template <typename Body>
JET_ERR withDatabase(JET_SESID sesid, JET_DBID dbid, Body body) {
    return guarded([&]() -> JET_ERR {
        SessionCall call(sesid);
        if (call.status() < 0) return call.status();
        data::DatabaseComponent* databases = data::DatabaseComponent::of(call.session());
        if (!databases) return JET_errInternalError;
        const std::shared_ptr<data::Database> database = databases->openedBy(call.session(), dbid);
        if (!database) return JET_errInvalidDatabaseId;
        return body(call.session(), database);
    });
}

template <typename Body>
JET_ERR withCursor(JET_SESID sesid, JET_TABLEID tableid, Body body) {
    return guarded([&]() -> JET_ERR {
        SessionCall call(sesid);
        if (call.status() < 0) return call.status();
        std::shared_ptr<data::TableCursor> cursor;
        const JET_ERR err = data::tables::findCursor(call.session(), tableid, &cursor);
        if (err < 0) return err;
        return body(call.session(), *cursor);
    });
}

}  // namespace esent::api
