#include "transaction_records.h"

#include <chrono>
#include <unordered_set>

#include "../util/byte_codec.h"

namespace esent::core::records {

struct RecoveryState {
    explicit RecoveryState(Instance& instance) : instance(instance) {}
    Instance& instance;
    std::unordered_set<std::uint64_t> open;  // trxIds begun and not yet ended
    std::uint64_t committed = 0;
};

std::vector<std::uint8_t> encodeTrx(std::uint64_t trxId, std::uint64_t value) {
    util::ByteWriter writer;
    writer.u64(trxId);
    writer.u64(value);
    return writer.bytes();
}

std::vector<std::uint8_t> encodeTrxLevel(std::uint64_t trxId, int level) {
    util::ByteWriter writer;
    writer.u64(trxId);
    writer.u8(static_cast<std::uint8_t>(level));
    return writer.bytes();
}

std::vector<std::uint8_t> encodeTrxOnly(std::uint64_t trxId) {
    util::ByteWriter writer;
    writer.u64(trxId);
    return writer.bytes();
}

std::vector<std::uint8_t> encodeInit() {
    using namespace std::chrono;
    util::ByteWriter writer;
    writer.u64(static_cast<std::uint64_t>(
        duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count()));
    return writer.bytes();
}

std::shared_ptr<RecoveryState> newRecoveryState(Instance& instance) {
    return std::make_shared<RecoveryState>(instance);
}

void registerEngineHandlers(log::RecordHandlers& handlers, const std::shared_ptr<RecoveryState>& state) {
    using namespace log::record_type;
    handlers.set(kBegin0, [state](const log::RecordView& record) {
        util::ByteReader reader(record.data, record.size);
        const std::uint64_t trxId = reader.u64();
        const std::uint64_t snapshot = reader.u64();
        if (reader.failed()) return JET_ERR(JET_errLogFileCorrupt);
        state->open.insert(trxId);
        state->instance.counters.observe(trxId, snapshot);
        return JET_ERR(JET_errSuccess);
    });
    handlers.set(kCommit0, [state](const log::RecordView& record) {
        util::ByteReader reader(record.data, record.size);
        const std::uint64_t trxId = reader.u64();
        const std::uint64_t sequence = reader.u64();
        if (reader.failed()) return JET_ERR(JET_errLogFileCorrupt);
        state->open.erase(trxId);
        ++state->committed;
        state->instance.counters.observe(trxId, sequence);
        return JET_ERR(JET_errSuccess);
    });
    handlers.set(kRollback0, [state](const log::RecordView& record) {
        util::ByteReader reader(record.data, record.size);
        const std::uint64_t trxId = reader.u64();
        if (reader.failed()) return JET_ERR(JET_errLogFileCorrupt);
        state->open.erase(trxId);
        state->instance.counters.observe(trxId, 0);
        return JET_ERR(JET_errSuccess);
    });
    handlers.set(kCleanTerm, [state](const log::RecordView& record) {
        state->instance.counters.decodeAndObserve(record.data, record.size);
        // Whatever was still open at a clean term had been rolled back by JetTerm's rules.
        state->open.clear();
        return JET_ERR(JET_errSuccess);
    });
}

void finishRecovery(const RecoveryState& state, RecoverySummary* summary) {
    summary->committedTransactions = state.committed;
    summary->abandonedTransactions = state.open.size();
}

}  // namespace esent::core::records
