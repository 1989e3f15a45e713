// Payloads of the engine's own log records (log_types.h record_type::kInit..kCleanTerm) and the
// recovery handlers that read them back.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "../log/log_types.h"
#include "instance.h"

namespace esent::core::records {

std::vector<std::uint8_t> encodeTrx(std::uint64_t trxId, std::uint64_t value);      // Begin0, Commit0
std::vector<std::uint8_t> encodeTrxLevel(std::uint64_t trxId, int level);           // nested records
std::vector<std::uint8_t> encodeTrxOnly(std::uint64_t trxId);                       // Rollback0
std::vector<std::uint8_t> encodeInit();

// Handlers that restore the transaction counters and count what recovery found. `state` lives
// for the duration of recovery.
struct RecoveryState;
std::shared_ptr<RecoveryState> newRecoveryState(Instance& instance);
void registerEngineHandlers(log::RecordHandlers& handlers, const std::shared_ptr<RecoveryState>& state);
void finishRecovery(const RecoveryState& state, RecoverySummary* summary);

}  // namespace esent::core::records
