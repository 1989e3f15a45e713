// Every instance gets the data layer's components, in this order, so that each hook sees the
// ones it depends on already run: DatabaseComponent (the files), then VersionStore (publishes
// commits into those files; its afterCommit runs after the database checkpoint check, and its
// rollback before the table layer closes cursors), then the table layer's TableComponent.
#include "components.h"

#include <memory>

#include "../core/instance_component.h"
#include "database_component.h"
#include "tables/table_component.h"
#include "versions/version_store.h"

namespace esent::data {

namespace {

const bool registered = [] {
    core::registerComponentFactory(
        [](core::Instance& instance) { return std::make_unique<DatabaseComponent>(instance); });
    core::registerComponentFactory(
        [](core::Instance& instance) { return std::make_unique<VersionStore>(instance); });
    core::registerComponentFactory(
        [](core::Instance& instance) { return std::make_unique<TableComponent>(instance); });
    return true;
}();

}  // namespace

bool dataComponentsRegistered() { return registered; }

}  // namespace esent::data
