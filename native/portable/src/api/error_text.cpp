#include "error_text.h"

namespace esent::api {

namespace {

struct ErrorEntry {
    long code;
    const char* name;
    const char* description;
};

const ErrorEntry kErrors[] = {
#define JET_ERROR_ENTRY(code, name, description) {code, name, description},
#include "../../../errors/jet_error_table.inc"
#undef JET_ERROR_ENTRY
};

}  // namespace

std::string errorToString(JET_ERR code) {
    for (const ErrorEntry& entry : kErrors) {
        if (entry.code == code) return std::string(entry.name) + ", " + entry.description;
    }
    return "Unknown Error, The error code " + std::to_string(static_cast<long long>(code)) +
           " is not a JET error or warning";
}

}  // namespace esent::api
