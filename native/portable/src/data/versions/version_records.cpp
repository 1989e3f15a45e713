#include "version_records.h"

#include "../../util/byte_codec.h"

namespace esent::data::records {

namespace {

constexpr std::size_t kHeaderBytes = 8 + 8 + 1 + 4;

bool hasKey(OpKind kind) { return kind == OpKind::Put || kind == OpKind::Erase; }

std::size_t encodedSize(const TreeOperation& op) {
    std::size_t size = 4 + 1 + 8;
    if (hasKey(op.kind)) size += 4 + op.key.size();
    if (op.kind == OpKind::Put) size += 4 + op.value.size();
    return size;
}

void encodeOp(util::ByteWriter& writer, const TreeOperation& op) {
    writer.u32(op.dbid);
    writer.u8(static_cast<std::uint8_t>(op.kind));
    writer.u64(op.tree);
    if (hasKey(op.kind)) {
        writer.u32(static_cast<std::uint32_t>(op.key.size()));
        writer.raw(op.key.data(), op.key.size());
    }
    if (op.kind == OpKind::Put) {
        writer.u32(static_cast<std::uint32_t>(op.value.size()));
        writer.raw(op.value.data(), op.value.size());
    }
}

std::vector<std::uint8_t> encodeOne(std::uint64_t trxId, std::uint64_t sequence, bool final,
                                    const std::vector<const TreeOperation*>& ops, std::size_t from, std::size_t to) {
    std::size_t bytes = kHeaderBytes;
    for (std::size_t i = from; i < to; ++i) bytes += encodedSize(*ops[i]);
    util::ByteWriter writer;
    writer.reserve(bytes);
    writer.u64(trxId);
    writer.u64(sequence);
    writer.u8(final ? 1 : 0);
    writer.u32(static_cast<std::uint32_t>(to - from));
    for (std::size_t i = from; i < to; ++i) encodeOp(writer, *ops[i]);
    return std::move(writer.bytes());
}

// Little-endian reads over one payload; a read past the end fails the whole decode.
class Reader {
public:
    Reader(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
    std::uint64_t number(std::size_t width) {
        if (size_ - offset_ < width) return fail();
        std::uint64_t v = 0;
        for (std::size_t i = 0; i < width; ++i) v |= std::uint64_t(data_[offset_ + i]) << (8 * i);
        offset_ += width;
        return v;
    }
    bool bytes(std::string* out) {
        const std::uint64_t length = number(4);
        if (failed_ || size_ - offset_ < length) {
            fail();
            return false;
        }
        out->assign(reinterpret_cast<const char*>(data_ + offset_), static_cast<std::size_t>(length));
        offset_ += static_cast<std::size_t>(length);
        return true;
    }
    bool failed() const { return failed_; }
    bool atEnd() const { return offset_ == size_; }

private:
    std::uint64_t fail() {
        failed_ = true;
        offset_ = size_;
        return 0;
    }
    const std::uint8_t* data_;
    std::size_t size_;
    std::size_t offset_ = 0;
    bool failed_ = false;
};

}  // namespace

JET_ERR encodeTrxChanges(std::uint64_t trxId, std::uint64_t commitSequence, const std::vector<const TreeOperation*>& ops,
                         std::size_t maxBytes, const std::function<JET_ERR(const std::vector<std::uint8_t>&)>& emit) {
    std::size_t start = 0;
    std::size_t bytes = kHeaderBytes;
    for (std::size_t i = 0; i < ops.size(); ++i) {
        const std::size_t size = encodedSize(*ops[i]);
        if (i > start && bytes + size > maxBytes) {
            const JET_ERR err = emit(encodeOne(trxId, commitSequence, false, ops, start, i));
            if (err < 0) return err;
            start = i;
            bytes = kHeaderBytes;
        }
        bytes += size;
    }
    if (ops.empty()) return JET_errSuccess;
    return emit(encodeOne(trxId, commitSequence, true, ops, start, ops.size()));
}

bool decodeTrxChanges(const std::uint8_t* data, std::size_t size, TrxChangesHeader* header,
                      std::vector<TreeOperation>* ops) {
    Reader reader(data, size);
    header->trxId = reader.number(8);
    header->commitSequence = reader.number(8);
    header->final = reader.number(1) != 0;
    const std::uint64_t count = reader.number(4);
    if (reader.failed()) return false;
    for (std::uint64_t i = 0; i < count; ++i) {
        TreeOperation op;
        op.dbid = static_cast<JET_DBID>(reader.number(4));
        const std::uint64_t kind = reader.number(1);
        op.tree = reader.number(8);
        if (reader.failed() || kind < 1 || kind > 4) return false;
        op.kind = static_cast<OpKind>(kind);
        if (hasKey(op.kind) && !reader.bytes(&op.key)) return false;
        if (op.kind == OpKind::Put && !reader.bytes(&op.value)) return false;
        ops->push_back(std::move(op));
    }
    return !reader.failed() && reader.atEnd();
}

}  // namespace esent::data::records
