// JetInit and JetTerm of one instance: path checks, the log's opening (with recovery) and its
// clean or dirty closing.
#pragma once

#include <memory>

#include <esent.h>

#include "instance.h"

namespace esent::core {

// On failure other than JET_errAlreadyInitialized the instance is removed from the registry
// (ESENT frees an instance whose JetInit failed).
JET_ERR initInstance(const std::shared_ptr<Instance>& instance, JET_GRBIT grbit);

// JET_errTooManyActiveUsers while any session has a transaction open, unless JET_bitTermDirty.
JET_ERR termInstance(const std::shared_ptr<Instance>& instance, JET_GRBIT grbit);

}  // namespace esent::core
