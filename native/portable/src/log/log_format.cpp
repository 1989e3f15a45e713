#include "log_format.h"

#include <cstring>

#include "../util/byte_codec.h"
#include "../util/crc32c.h"

namespace esent::log::format {

namespace {

constexpr char kLogMagic[8] = {'E', 'S', 'N', 'L', 'O', 'G', '\r', '\n'};
constexpr char kCheckpointMagic[8] = {'E', 'S', 'N', 'C', 'H', 'K', '\r', '\n'};

}  // namespace

std::vector<std::uint8_t> encodeHeader(const GenerationHeader& header) {
    util::ByteWriter writer;
    writer.raw(kLogMagic, sizeof(kLogMagic));
    writer.u32(kFormatVersion);
    writer.u32(static_cast<std::uint32_t>(kHeaderSize));
    writer.u64(header.generation);
    writer.u64(header.firstLsn);
    writer.u64(header.createdMs);
    while (writer.bytes().size() < kHeaderSize - 4) writer.u8(0);
    writer.u32(util::crc32c(writer.bytes().data(), writer.bytes().size()));
    return writer.bytes();
}

HeaderCheck decodeHeader(const std::uint8_t* data, std::size_t size, GenerationHeader* out) {
    if (size < sizeof(kLogMagic) || std::memcmp(data, kLogMagic, sizeof(kLogMagic)) != 0) {
        return HeaderCheck::NotOurs;
    }
    if (size < kHeaderSize) return HeaderCheck::Damaged;
    util::ByteReader reader(data + sizeof(kLogMagic), kHeaderSize - sizeof(kLogMagic));
    const std::uint32_t version = reader.u32();
    const std::uint32_t headerSize = reader.u32();
    if (version != kFormatVersion || headerSize != kHeaderSize) return HeaderCheck::WrongVersion;
    out->generation = reader.u64();
    out->firstLsn = reader.u64();
    out->createdMs = reader.u64();
    util::ByteReader crcReader(data + kHeaderSize - 4, 4);
    if (crcReader.u32() != util::crc32c(data, kHeaderSize - 4)) return HeaderCheck::Damaged;
    return HeaderCheck::Ok;
}

void appendRecord(std::vector<std::uint8_t>& out, Lsn lsn, RecordType type, const void* payload,
                  std::size_t size) {
    util::ByteWriter body;
    body.u64(lsn);
    body.u16(type);
    body.u16(0);
    body.raw(payload, size);
    util::ByteWriter frame;
    frame.u32(static_cast<std::uint32_t>(size));
    frame.u32(util::crc32c(body.bytes().data(), body.bytes().size()));
    out.insert(out.end(), frame.bytes().begin(), frame.bytes().end());
    out.insert(out.end(), body.bytes().begin(), body.bytes().end());
}

bool decodeRecord(const std::uint8_t* data, std::size_t size, std::size_t offset, Lsn baseLsn,
                  RecordView* out, std::size_t* recordBytes) {
    if (offset > size || size - offset < kRecordFrameSize) return false;
    util::ByteReader frame(data + offset, kRecordFrameSize);
    const std::uint32_t payloadSize = frame.u32();
    const std::uint32_t crc = frame.u32();
    const Lsn lsn = frame.u64();
    const RecordType type = frame.u16();
    if (payloadSize > kMaxPayload || size - offset - kRecordFrameSize < payloadSize) return false;
    if (lsn != baseLsn + offset) return false;
    const std::size_t bodySize = kRecordFrameSize - 8 + payloadSize;
    if (util::crc32c(data + offset + 8, bodySize) != crc) return false;
    out->lsn = lsn;
    out->type = type;
    out->data = data + offset + kRecordFrameSize;
    out->size = payloadSize;
    *recordBytes = kRecordFrameSize + payloadSize;
    return true;
}

std::vector<std::uint8_t> encodeCheckpoint(const CheckpointData& checkpoint) {
    util::ByteWriter writer;
    writer.raw(kCheckpointMagic, sizeof(kCheckpointMagic));
    writer.u32(kFormatVersion);
    writer.u64(checkpoint.lsn);
    writer.u64(checkpoint.generation);
    writer.u32(static_cast<std::uint32_t>(checkpoint.state.size()));
    writer.raw(checkpoint.state.data(), checkpoint.state.size());
    writer.u32(util::crc32c(writer.bytes().data(), writer.bytes().size()));
    return writer.bytes();
}

HeaderCheck decodeCheckpoint(const std::uint8_t* data, std::size_t size, CheckpointData* out) {
    if (size < sizeof(kCheckpointMagic) ||
        std::memcmp(data, kCheckpointMagic, sizeof(kCheckpointMagic)) != 0) {
        return HeaderCheck::NotOurs;
    }
    util::ByteReader reader(data + sizeof(kCheckpointMagic), size - sizeof(kCheckpointMagic));
    if (reader.u32() != kFormatVersion) return HeaderCheck::WrongVersion;
    out->lsn = reader.u64();
    out->generation = reader.u64();
    const std::uint32_t stateSize = reader.u32();
    if (reader.failed() || reader.remaining() < std::size_t(stateSize) + 4) return HeaderCheck::Damaged;
    const std::size_t stateOffset = sizeof(kCheckpointMagic) + reader.offset();
    out->state.assign(reinterpret_cast<const char*>(data + stateOffset), stateSize);
    const std::size_t crcOffset = stateOffset + stateSize;
    util::ByteReader crcReader(data + crcOffset, 4);
    if (crcReader.u32() != util::crc32c(data, crcOffset)) return HeaderCheck::Damaged;
    return HeaderCheck::Ok;
}

}  // namespace esent::log::format
