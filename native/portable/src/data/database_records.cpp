#include "database_records.h"

#include "../util/byte_codec.h"

namespace esent::data::records {

namespace {

void putAttachment(util::ByteWriter& writer, const Attachment& attachment) {
    writer.u32(static_cast<std::uint32_t>(attachment.dbid));
    writer.u32(static_cast<std::uint32_t>(attachment.path.size()));
    writer.raw(attachment.path.data(), attachment.path.size());
}

bool getAttachment(util::ByteReader& reader, const std::uint8_t* data, Attachment* attachment) {
    attachment->dbid = reader.u32();
    const std::uint32_t length = reader.u32();
    if (reader.failed() || reader.remaining() < length) return false;
    attachment->path.assign(reinterpret_cast<const char*>(data + reader.offset()), length);
    for (std::uint32_t i = 0; i < length; ++i) reader.u8();
    return !reader.failed();
}

}  // namespace

std::vector<std::uint8_t> encodeAttach(const Attachment& attachment) {
    util::ByteWriter writer;
    putAttachment(writer, attachment);
    return writer.bytes();
}

std::vector<std::uint8_t> encodeDetach(JET_DBID dbid) {
    util::ByteWriter writer;
    writer.u32(static_cast<std::uint32_t>(dbid));
    return writer.bytes();
}

std::vector<std::uint8_t> encodeAttachList(const std::vector<Attachment>& attachments) {
    util::ByteWriter writer;
    writer.u32(static_cast<std::uint32_t>(attachments.size()));
    for (const Attachment& attachment : attachments) putAttachment(writer, attachment);
    return writer.bytes();
}

bool decodeAttach(const log::RecordView& record, Attachment* attachment) {
    util::ByteReader reader(record.data, record.size);
    return getAttachment(reader, record.data, attachment) && reader.remaining() == 0;
}

bool decodeDetach(const log::RecordView& record, JET_DBID* dbid) {
    util::ByteReader reader(record.data, record.size);
    *dbid = reader.u32();
    return !reader.failed() && reader.remaining() == 0;
}

bool decodeAttachList(const log::RecordView& record, std::vector<Attachment>* attachments) {
    util::ByteReader reader(record.data, record.size);
    const std::uint32_t count = reader.u32();
    if (reader.failed()) return false;
    attachments->clear();
    for (std::uint32_t i = 0; i < count; ++i) {
        Attachment attachment;
        if (!getAttachment(reader, record.data, &attachment)) return false;
        attachments->push_back(std::move(attachment));
    }
    return reader.remaining() == 0;
}

}  // namespace esent::data::records
