#include "store_error.h"

namespace esent::store {

const char* storeErrorCodeName(StoreErrorCode code) {
    switch (code) {
        case StoreErrorCode::FileNotFound: return "file not found";
        case StoreErrorCode::FileExists: return "file already exists";
        case StoreErrorCode::FileLocked: return "file in use";
        case StoreErrorCode::Io: return "I/O error";
        case StoreErrorCode::DiskFull: return "disk full";
        case StoreErrorCode::NotOurFormat: return "not a portable-engine database";
        case StoreErrorCode::EseDatabase: return "ESE database";
        case StoreErrorCode::UnsupportedVersion: return "unsupported format version";
        case StoreErrorCode::PageSizeMismatch: return "page size mismatch";
        case StoreErrorCode::Corrupt: return "database corrupt";
        case StoreErrorCode::ReadOnly: return "database is read-only";
        case StoreErrorCode::KeyTooLarge: return "key too large";
        case StoreErrorCode::ValueTooLarge: return "value too large";
        case StoreErrorCode::TreeNotFound: return "tree not found";
        case StoreErrorCode::TreeExists: return "tree already exists";
        case StoreErrorCode::NoCurrentEntry: return "no current entry";
        case StoreErrorCode::InvalidArgument: return "invalid argument";
    }
    return "store error";
}

}  // namespace esent::store
