#include "database_header.h"

#include <chrono>
#include <random>
#include <string>

#include "../store/tree.h"
#include "../util/byte_codec.h"

namespace esent::data {

namespace {

constexpr char kStateKey[] = "state";
constexpr char kCatalogKey[] = "catalog";
constexpr char kSignatureKey[] = "signature";

std::string encodeU64(std::uint64_t value) {
    util::ByteWriter writer;
    writer.u64(value);
    return std::string(writer.bytes().begin(), writer.bytes().end());
}

std::uint64_t decodeU64(const std::string& bytes) {
    util::ByteReader reader(bytes.data(), bytes.size());
    return reader.u64();
}

}  // namespace

DatabaseHeader initializeHeader(store::DatabaseFile& file) {
    DatabaseHeader header;
    header.state = JET_dbstateDirtyShutdown;
    header.catalogTree = kFirstCatalogTreeId;
    header.signatureRandom = std::random_device{}();
    header.createdUnixSeconds = std::chrono::duration_cast<std::chrono::seconds>(
                                    std::chrono::system_clock::now().time_since_epoch())
                                    .count();
    if (!file.hasTree(kHeaderTreeId)) file.createTree(kHeaderTreeId);
    if (!file.hasTree(header.catalogTree)) file.createTree(header.catalogTree);
    store::Tree tree = file.tree(kHeaderTreeId);
    tree.put(kStateKey, encodeU64(header.state));
    tree.put(kCatalogKey, encodeU64(header.catalogTree));
    util::ByteWriter signature;
    signature.u32(header.signatureRandom);
    signature.u64(static_cast<std::uint64_t>(header.createdUnixSeconds));
    tree.put(kSignatureKey, std::string(signature.bytes().begin(), signature.bytes().end()));
    return header;
}

bool readHeader(store::DatabaseFile& file, DatabaseHeader* header) {
    if (!file.hasTree(kHeaderTreeId)) return false;
    store::Tree tree = file.tree(kHeaderTreeId);
    std::string value;
    if (!tree.get(kStateKey, value)) return false;
    header->state = static_cast<std::uint32_t>(decodeU64(value));
    if (!tree.get(kCatalogKey, value)) return false;
    header->catalogTree = decodeU64(value);
    if (tree.get(kSignatureKey, value)) {
        util::ByteReader reader(value.data(), value.size());
        header->signatureRandom = reader.u32();
        header->createdUnixSeconds = static_cast<std::int64_t>(reader.u64());
    }
    return true;
}

void writeState(store::DatabaseFile& file, std::uint32_t state) {
    file.tree(kHeaderTreeId).put(kStateKey, encodeU64(state));
}

}  // namespace esent::data
