// Errors of the page store. The engine maps each code to a JET error (see the table in
// StoreErrorCode's comments); the message names the file and page so a user can act on it.
#pragma once

#include <stdexcept>
#include <string>

namespace esent::store {

// Suggested JET error for each code (values from esent_errors.h).
enum class StoreErrorCode {
    FileNotFound,        // open of a missing file            -> JET_errFileNotFound -1811
    FileExists,          // create over an existing file      -> JET_errDatabaseDuplicate -1201
    FileLocked,          // another handle has the file open  -> JET_errFileAccessDenied -1032
    Io,                  // the OS refused a read/write/sync  -> JET_errDiskIO -1022
    DiskFull,            // a write found no space            -> JET_errDiskFull -1808
    NotOurFormat,        // no portable-engine magic          -> JET_errInvalidDatabase -1028
    EseDatabase,         // a real ESE .edb (esent.dll's)     -> JET_errInvalidDatabase -1028
    UnsupportedVersion,  // our magic, newer format version   -> JET_errInvalidDatabaseVersion -1209
    PageSizeMismatch,    // file page size != requested       -> JET_errPageSizeMismatch -1213
    Corrupt,             // bad CRC, page type, link, order   -> JET_errReadVerifyFailure -1018
                         //                                      (or JET_errDatabaseCorrupted -1206)
    ReadOnly,            // write on a read-only file         -> JET_errDatabaseFileReadOnly -1008
    KeyTooLarge,         // key longer than maxKeySize()      -> JET_errKeyTooBig -408
    ValueTooLarge,       // value longer than kMaxValueSize   -> JET_errRecordTooBig -1026
    TreeNotFound,        // unknown or dropped tree id        -> JET_errObjectNotFound -1305
    TreeExists,          // createTree with an id in use      -> JET_errTableDuplicate -1303
    NoCurrentEntry,      // cursor not on an entry            -> JET_errNoCurrentRecord -1603
    InvalidArgument,     // bad page size, create read-only   -> JET_errInvalidParameter -1003
};

const char* storeErrorCodeName(StoreErrorCode code);

class StoreError : public std::runtime_error {
public:
    StoreError(StoreErrorCode code, const std::string& message)
        : std::runtime_error(std::string(storeErrorCodeName(code)) + ": " + message), code_(code) {}
    StoreErrorCode code() const { return code_; }

private:
    StoreErrorCode code_;
};

}  // namespace esent::store
