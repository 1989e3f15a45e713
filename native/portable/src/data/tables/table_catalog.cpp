#include "table_catalog.h"

#include "../versions/version_store.h"

namespace esent::data::catalog {

namespace {

VersionStore* versions(core::Session& session) { return VersionStore::of(session); }

}  // namespace

JET_ERR findTable(core::Session& session, Database& db, std::string_view name, TableDef* def) {
    VersionStore* vs = versions(session);
    if (!vs) return JET_errInternalError;
    std::string value;
    if (!vs->get(session, db, db.header.catalogTree, foldedName(name), &value)) return JET_errObjectNotFound;
    if (!decodeTableDef(value, def)) return JET_errCatalogCorrupted;
    return JET_errSuccess;
}

JET_ERR listTables(core::Session& session, Database& db, std::vector<TableDef>* tables) {
    VersionStore* vs = versions(session);
    if (!vs) return JET_errInternalError;
    tables->clear();
    std::string key, value;
    bool found = vs->first(session, db, db.header.catalogTree, &key, &value);
    while (found) {
        TableDef def;
        if (!decodeTableDef(value, &def)) return JET_errCatalogCorrupted;
        tables->push_back(std::move(def));
        const std::string previous = key;
        found = vs->seek(session, db, db.header.catalogTree, previous, store::SeekMode::GT, &key, &value);
    }
    return JET_errSuccess;
}

JET_ERR findTableByTree(core::Session& session, Database& db, store::TreeId recordTree, TableDef* def) {
    std::vector<TableDef> tables;
    const JET_ERR err = listTables(session, db, &tables);
    if (err < 0) return err;
    for (auto& t : tables) {
        if (t.recordTree == recordTree) {
            *def = std::move(t);
            return JET_errSuccess;
        }
    }
    return JET_errObjectNotFound;
}

JET_ERR putTable(core::Session& session, Database& db, const TableDef& def) {
    VersionStore* vs = versions(session);
    if (!vs) return JET_errInternalError;
    return vs->put(session, db, db.header.catalogTree, foldedName(def.name), encodeTableDef(def));
}

JET_ERR eraseTable(core::Session& session, Database& db, std::string_view name) {
    VersionStore* vs = versions(session);
    if (!vs) return JET_errInternalError;
    return vs->erase(session, db, db.header.catalogTree, foldedName(name));
}

}  // namespace esent::data::catalog
