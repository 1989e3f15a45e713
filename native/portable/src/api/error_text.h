// Names and descriptions of JET error and warning codes, from the generated error table
// (native/errors/jet_error_table.inc), for JET_paramErrorToString.
#pragma once

#include <string>

#include <esent.h>

namespace esent::api {

// "JET_errXxx, description"; an unknown code gives "Unknown Error, ..." with the number.
std::string errorToString(JET_ERR code);

}  // namespace esent::api
