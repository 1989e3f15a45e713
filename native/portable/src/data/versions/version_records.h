// The version store's redo records: the changes of one committed transaction, logged under
// Instance::commitMutex just before its kCommit0 record.
//
//   kTrxChanges {u64 trxId, u64 commitSequence, u8 final, u32 count, count x op}
//     op = {u32 dbid, u8 kind, u64 tree, [u32 keyLength, key], [u32 valueLength, value]}
//     kind 1 create tree, 2 put (key, value), 3 erase (key), 4 drop tree
//
// A large transaction is split into several records in a row; only the last has `final` set.
// Recovery buffers a transaction's records by trxId and applies them when it reads the final
// one, so a transaction cut by a crash in the middle of its records is never half applied.
// Escrow deltas are resolved at commit and logged as the resulting put (or erase).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <esent.h>

#include "../../log/log_types.h"
#include "../../store/page_format.h"

namespace esent::data::records {

// 256-258 are data/database_records.h.
constexpr log::RecordType kTrxChanges = log::record_type::kFirstDataRecord + 4;

enum class OpKind : std::uint8_t { CreateTree = 1, Put = 2, Erase = 3, DropTree = 4 };

struct TreeOperation {
    JET_DBID dbid = 0;
    OpKind kind = OpKind::Put;
    store::TreeId tree = 0;
    std::string key;
    std::string value;
    // Not logged: the change is escrow deltas only (the version store's conflict rules).
    bool escrowOnly = false;
};

struct TrxChangesHeader {
    std::uint64_t trxId = 0;
    std::uint64_t commitSequence = 0;
    bool final = false;
};

// Splits `ops` into payloads of about `maxBytes` each (an op is never split); the last is final.
// Each payload goes to `emit` as soon as it is encoded, so a large transaction never has more than
// one in memory; the first error `emit` returns stops the encoding and is returned. No ops: no
// payloads.
JET_ERR encodeTrxChanges(std::uint64_t trxId, std::uint64_t commitSequence, const std::vector<const TreeOperation*>& ops,
                         std::size_t maxBytes, const std::function<JET_ERR(const std::vector<std::uint8_t>&)>& emit);
// False when malformed; `ops` are appended.
bool decodeTrxChanges(const std::uint8_t* data, std::size_t size, TrxChangesHeader* header,
                      std::vector<TreeOperation>* ops);

}  // namespace esent::data::records
