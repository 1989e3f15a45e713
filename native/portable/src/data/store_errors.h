// Turns the page store's exceptions into the JET errors ESENT gives for the same situation.
#pragma once

#include <esent.h>

#include "../store/store_error.h"

namespace esent::data {

JET_ERR jetErrorFromStore(const store::StoreError& error);

// Runs `body` (returning JET_ERR); a StoreError escaping it becomes its JET error.
template <typename Body>
JET_ERR withStoreErrors(Body&& body) {
    try {
        return body();
    } catch (const store::StoreError& error) {
        return jetErrorFromStore(error);
    }
}

}  // namespace esent::data
