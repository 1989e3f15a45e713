#include "store_errors.h"

namespace esent::data {

JET_ERR jetErrorFromStore(const store::StoreError& error) {
    using store::StoreErrorCode;
    switch (error.code()) {
        case StoreErrorCode::FileNotFound: return JET_errFileNotFound;
        case StoreErrorCode::FileExists: return JET_errDatabaseDuplicate;
        case StoreErrorCode::FileLocked: return JET_errFileAccessDenied;
        case StoreErrorCode::Io: return JET_errDiskIO;
        case StoreErrorCode::DiskFull: return JET_errDiskFull;
        // Neither our magic nor a readable header: ESENT's "not a database file".
        case StoreErrorCode::NotOurFormat: return JET_errInvalidDatabase;
        case StoreErrorCode::EseDatabase: return JET_errInvalidDatabase;
        case StoreErrorCode::UnsupportedVersion: return JET_errInvalidDatabaseVersion;
        case StoreErrorCode::PageSizeMismatch: return JET_errPageSizeMismatch;
        case StoreErrorCode::Corrupt: return JET_errDatabaseCorrupted;
        case StoreErrorCode::ReadOnly: return JET_errDatabaseFileReadOnly;
        case StoreErrorCode::KeyTooLarge: return JET_errKeyTooBig;
        case StoreErrorCode::ValueTooLarge: return JET_errRecordTooBig;
        case StoreErrorCode::TreeNotFound: return JET_errObjectNotFound;
        case StoreErrorCode::TreeExists: return JET_errTableDuplicate;
        case StoreErrorCode::NoCurrentEntry: return JET_errNoCurrentRecord;
        case StoreErrorCode::InvalidArgument: return JET_errInvalidParameter;
    }
    return JET_errInternalError;
}

}  // namespace esent::data
