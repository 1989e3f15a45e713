// Escrow counters inside record bytes, for the version store: it orders escrow deltas and calls
// these to apply them to the record it publishes at commit (records/ implements them).
#pragma once

#include <cstdint>
#include <string>

#include <esent.h>

#include "../versions/version_store.h"

namespace esent::data {

// The counter's value in `record` (its default when the record does not hold it).
std::int64_t readEscrowField(const std::string& record, const EscrowDelta& field);
// Adds delta.delta to the counter (wrapping as a two's-complement integer of delta.size bytes)
// and returns the new value.
std::int64_t applyEscrowDelta(std::string& record, const EscrowDelta& delta);

}  // namespace esent::data
