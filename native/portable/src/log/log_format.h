// The on-disk framing of log generations, records and the checkpoint. This is the engine's own
// format, not ESE's: every file starts with a magic so that a real ESE file (or any other) is
// refused with a clear error instead of being misread.
//
// Generation file:  [header: 64 bytes][record][record]...
//   header: magic "ESNLOG\r\n", u32 formatVersion, u32 headerSize, u64 generation, u64 firstLsn,
//           u64 createdMs, 20 reserved bytes, u32 crc32c of the 60 bytes before it
// Record:           [u32 payloadSize][u32 crc32c][u64 lsn][u16 type][u16 reserved][payload]
//   The crc covers lsn, type, reserved and payload. Storing the LSN in the frame means a stale
//   record left behind in a reused file region can never pass for the next one.
// Checkpoint file:  magic "ESNCHK\r\n", u32 formatVersion, u64 checkpointLsn, u64 generation,
//                   u32 stateSize, state bytes, u32 crc32c of everything before it
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "log_types.h"

namespace esent::log::format {

constexpr std::uint32_t kFormatVersion = 1;
constexpr std::size_t kHeaderSize = 64;
constexpr std::size_t kRecordFrameSize = 20;
// A payload larger than this is refused at append and treated as damage when read.
constexpr std::uint32_t kMaxPayload = 256u * 1024u * 1024u;

struct GenerationHeader {
    std::uint64_t generation = 0;
    Lsn firstLsn = 0;
    std::uint64_t createdMs = 0;
};

enum class HeaderCheck { Ok, NotOurs, WrongVersion, Damaged };

std::vector<std::uint8_t> encodeHeader(const GenerationHeader& header);
HeaderCheck decodeHeader(const std::uint8_t* data, std::size_t size, GenerationHeader* out);

void appendRecord(std::vector<std::uint8_t>& out, Lsn lsn, RecordType type, const void* payload,
                  std::size_t size);

// Decodes the record at `offset` of `data` (which holds bytes starting at LSN `baseLsn`).
// Returns false when the bytes there are not a whole, intact record for that LSN: the end of
// the log, or a torn write.
bool decodeRecord(const std::uint8_t* data, std::size_t size, std::size_t offset, Lsn baseLsn,
                  RecordView* out, std::size_t* recordBytes);

struct CheckpointData {
    Lsn lsn = 0;
    std::uint64_t generation = 0;
    std::string state;
};

std::vector<std::uint8_t> encodeCheckpoint(const CheckpointData& checkpoint);
HeaderCheck decodeCheckpoint(const std::uint8_t* data, std::size_t size, CheckpointData* out);

}  // namespace esent::log::format
