#include "transaction_counters.h"

#include "../util/byte_codec.h"

namespace esent::core {

namespace {

void raiseTo(std::atomic<std::uint64_t>& counter, std::uint64_t value) {
    std::uint64_t current = counter.load();
    while (current < value && !counter.compare_exchange_weak(current, value)) {
    }
}

}  // namespace

void TransactionCounters::observe(std::uint64_t trxId, std::uint64_t commitSequence) {
    raiseTo(trxId_, trxId);
    raiseTo(commitSequence_, commitSequence);
}

std::string TransactionCounters::encode() const {
    util::ByteWriter writer;
    writer.u64(trxId_.load());
    writer.u64(commitSequence_.load());
    return std::string(writer.bytes().begin(), writer.bytes().end());
}

void TransactionCounters::decodeAndObserve(const std::string& state) {
    decodeAndObserve(reinterpret_cast<const std::uint8_t*>(state.data()), state.size());
}

void TransactionCounters::decodeAndObserve(const std::uint8_t* data, std::size_t size) {
    util::ByteReader reader(data, size);
    const std::uint64_t trxId = reader.u64();
    const std::uint64_t commitSequence = reader.u64();
    if (!reader.failed()) observe(trxId, commitSequence);
}

}  // namespace esent::core
