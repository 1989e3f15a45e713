// Log records of database attachment, so that recovery knows which files to redo and from where.
// Read-only attachments are not logged (nothing is written to them).
//
//   kDbAttach     {u32 dbid, str path}          JetCreateDatabase / JetAttachDatabase
//   kDbDetach     {u32 dbid}                    JetDetachDatabase
//   kDbAttachList {u32 count, count x {u32 dbid, str path}}  every writable attachment, logged
//                 again at each database checkpoint so the log before it can be dropped
//
// str = u32 byte length + UTF-8 bytes (absolute path). Record handlers for table data (issue 4's
// next slices) name the database by the same dbid.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <esent.h>

#include "../log/log_types.h"

namespace esent::data::records {

constexpr log::RecordType kDbAttach = log::record_type::kFirstDataRecord + 0;
constexpr log::RecordType kDbDetach = log::record_type::kFirstDataRecord + 1;
constexpr log::RecordType kDbAttachList = log::record_type::kFirstDataRecord + 2;

struct Attachment {
    JET_DBID dbid = 0;
    std::string path;
};

std::vector<std::uint8_t> encodeAttach(const Attachment& attachment);
std::vector<std::uint8_t> encodeDetach(JET_DBID dbid);
std::vector<std::uint8_t> encodeAttachList(const std::vector<Attachment>& attachments);

// False when the payload is malformed.
bool decodeAttach(const log::RecordView& record, Attachment* attachment);
bool decodeDetach(const log::RecordView& record, JET_DBID* dbid);
bool decodeAttachList(const log::RecordView& record, std::vector<Attachment>* attachments);

}  // namespace esent::data::records
