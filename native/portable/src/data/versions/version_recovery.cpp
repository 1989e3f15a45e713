// Recovery: redo of the kTrxChanges records at JetInit. A transaction is applied when its final
// record is read, each database part into the file DatabaseComponent::fileToRedo names (null:
// that file is not being recovered, or its checkpoint already holds the transaction). Records
// of a transaction whose final record never reached the log are dropped.
#include "../../core/instance.h"
#include "../database_component.h"
#include "../store_errors.h"
#include "version_records.h"
#include "version_state.h"

namespace esent::data {

namespace {

using records::OpKind;

// Idempotent, so a record the file may partly hold already is safe to apply again.
void redo(store::DatabaseFile& file, const records::TreeOperation& op) {
    switch (op.kind) {
        case OpKind::CreateTree:
            if (!file.hasTree(op.tree)) file.createTree(op.tree);
            break;
        case OpKind::DropTree:
            if (file.hasTree(op.tree)) file.dropTree(op.tree);
            break;
        case OpKind::Put:
            if (file.hasTree(op.tree)) file.tree(op.tree).put(op.key, op.value);
            break;
        case OpKind::Erase:
            if (file.hasTree(op.tree)) file.tree(op.tree).erase(op.key);
            break;
    }
}

}  // namespace

void VersionStore::registerRecordHandlers(log::RecordHandlers& handlers) {
    handlers.set(records::kTrxChanges, [this](const log::RecordView& record) -> JET_ERR {
        records::TrxChangesHeader header;
        std::vector<records::TreeOperation> ops;
        if (!records::decodeTrxChanges(record.data, record.size, &header, &ops)) return JET_errLogFileCorrupt;
        instance_.counters.observe(header.trxId, header.commitSequence);
        if (!header.final) {
            auto& partial = state_->partial[header.trxId];
            if (partial.records.empty()) partial.firstLsn = record.lsn;
            partial.records.emplace_back(record.data, record.data + record.size);
            return JET_errSuccess;
        }
        log::Lsn firstLsn = record.lsn;
        std::vector<records::TreeOperation> all;
        const auto partial = state_->partial.find(header.trxId);
        if (partial != state_->partial.end()) {
            firstLsn = partial->second.firstLsn;
            for (const auto& bytes : partial->second.records) {
                records::TrxChangesHeader earlier;
                if (!records::decodeTrxChanges(bytes.data(), bytes.size(), &earlier, &all)) return JET_errLogFileCorrupt;
                ++recordsReplayed_;
            }
            state_->partial.erase(partial);
        }
        all.insert(all.end(), std::make_move_iterator(ops.begin()), std::make_move_iterator(ops.end()));
        ++recordsReplayed_;
        DatabaseComponent* databases = instance_.component<DatabaseComponent>();
        if (!databases) return JET_errSuccess;
        return withStoreErrors([&]() -> JET_ERR {
            for (const auto& op : all) {
                // The transaction's records were appended and applied under the databases'
                // applyMutex: a file checkpoint is before all of them or after all of them.
                store::DatabaseFile* file = databases->fileToRedo(op.dbid, firstLsn);
                if (file) redo(*file, op);
            }
            return JET_errSuccess;
        });
    });
}

JET_ERR VersionStore::afterRecovery(const log::RecoveryInfo&) {
    state_->partial.clear();
    return JET_errSuccess;
}

}  // namespace esent::data
