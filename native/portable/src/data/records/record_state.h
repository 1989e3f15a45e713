// A cursor's record-layer state: where it is and what update it has prepared. Owned by the
// record layer (records/); the table layer only creates it empty and resets it.
#pragma once

#include <cstdint>
#include <string>

#include <esent.h>

#include "record_codec.h"

namespace esent::data {

struct RecordState {
    // Gap: the record at `key` was deleted through this cursor; moves are relative to the key.
    enum class Position { BeforeFirst, OnRecord, AfterLast, Gap };
    Position position = Position::BeforeFirst;
    std::string key;  // the record key when OnRecord or Gap

    // The prepared update (JetPrepareUpdate .. JetUpdate / prepCancel / a move).
    bool prepared = false;
    unsigned long prep = 0;        // JET_prepInsert, JET_prepReplace, ...
    InlineRecord copy;             // the copy buffer JetSetColumn edits
    // Values of `copy` still in the long-value tree: each holds its 8-byte size reference (as in
    // the stored record) and its chunks are those of (column, index) of the record at
    // `referenceKey` (the record replaced, or the one an InsertCopy copies). prepared_copy.h
    // keeps them right as JetSetColumn edits the copy.
    SeparatedSet references;
    std::string referenceKey;
    std::string originalKey;       // replace: the record being replaced
    std::string originalBytes;     // replace: its bytes when prepared (NoLock / level-0 check)
    // The transaction level the update was prepared in: rolling that level back cancels it.
    int preparedLevel = 0;
    std::uint64_t preparedTrxId = 0;

    void cancelUpdate() {
        prepared = false;
        copy.clear();
        references.clear();
        referenceKey.clear();
        originalKey.clear();
        originalBytes.clear();
    }
};

}  // namespace esent::data
