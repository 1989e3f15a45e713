// The instance-wide counters that order transactions:
//   - trxId: a unique id per level-0 transaction (log records name their transaction by it);
//   - commit sequence: incremented by every level-0 commit, in log order. A transaction's
//     snapshot is the commit sequence at its level-0 begin: it sees exactly the versions whose
//     commit sequence is not above it (the data store of issue 4 builds isolation on this).
// Both survive restarts: the checkpoint and the clean-term record carry them, and recovery
// raises them past every value it replays.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>

namespace esent::core {

class TransactionCounters {
public:
    std::uint64_t newTrxId() { return trxId_.fetch_add(1) + 1; }
    std::uint64_t lastCommitSequence() const { return commitSequence_.load(); }
    // Callers serialise this with appending the commit record (Instance::commitMutex).
    std::uint64_t newCommitSequence() { return commitSequence_.fetch_add(1) + 1; }

    // Raises the counters to at least the given values (recovery, checkpoint state).
    void observe(std::uint64_t trxId, std::uint64_t commitSequence);

    std::string encode() const;              // for the checkpoint state and clean-term record
    void decodeAndObserve(const std::string& state);
    void decodeAndObserve(const std::uint8_t* data, std::size_t size);

private:
    std::atomic<std::uint64_t> trxId_{0};
    std::atomic<std::uint64_t> commitSequence_{0};
};

}  // namespace esent::core
