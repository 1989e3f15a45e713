#include "handle_registry.h"

namespace esent {

HandleRegistry& HandleRegistry::Get() {
  // Never destroyed: worker environments may still be tearing down while the process exits.
  static HandleRegistry* registry = new HandleRegistry();
  return *registry;
}

EnvId HandleRegistry::NewEnvId() {
  std::lock_guard<std::mutex> lock(mutex_);
  return nextEnv_++;
}

HandleId HandleRegistry::NextId() {
  // 0 and ~0 are never issued, so JET_sesidNil and friends can never name a live handle.
  return nextId_++;
}

SessionView HandleRegistry::ViewOf(HandleId id, const SessionRecord& record) {
  return SessionView{id, record.engine, record.instance, record.owner, record.transactionLevel};
}

HandleId HandleRegistry::AddInstance(JET_INSTANCE engine) {
  std::lock_guard<std::mutex> lock(mutex_);
  HandleId id = NextId();
  instances_.emplace(id, InstanceRecord{engine});
  return id;
}

std::optional<JET_INSTANCE> HandleRegistry::FindInstance(HandleId id) const {
  std::lock_guard<std::mutex> lock(mutex_);
  auto found = instances_.find(id);
  if (found == instances_.end()) return std::nullopt;
  return found->second.engine;
}

void HandleRegistry::RemoveInstance(HandleId id) {
  std::lock_guard<std::mutex> lock(mutex_);
  instances_.erase(id);
  for (auto it = sessions_.begin(); it != sessions_.end();) {
    if (it->second->instance == id) {
      RemoveTablesOfSessionLocked(it->first);
      it = sessions_.erase(it);
    } else {
      ++it;
    }
  }
}

HandleId HandleRegistry::AddSession(JET_SESID engine, HandleId instance, EnvId owner) {
  std::lock_guard<std::mutex> lock(mutex_);
  HandleId id = NextId();
  sessions_.emplace(id, std::make_shared<SessionRecord>(SessionRecord{engine, instance, owner, 0}));
  return id;
}

std::optional<SessionView> HandleRegistry::FindSession(HandleId id) const {
  std::lock_guard<std::mutex> lock(mutex_);
  auto found = sessions_.find(id);
  if (found == sessions_.end()) return std::nullopt;
  return ViewOf(id, *found->second);
}

void HandleRegistry::RemoveSession(HandleId id) {
  std::lock_guard<std::mutex> lock(mutex_);
  RemoveTablesOfSessionLocked(id);
  sessions_.erase(id);
}

void HandleRegistry::RemoveTablesOfSessionLocked(HandleId session) {
  for (auto it = tables_.begin(); it != tables_.end();) {
    if (it->second.session == session) {
      it = tables_.erase(it);
    } else {
      ++it;
    }
  }
}

void HandleRegistry::SettleTablesLocked(HandleId session, int level, bool rolledBack) {
  for (auto it = tables_.begin(); it != tables_.end();) {
    TableRecord& table = it->second;
    if (table.session == session && table.openedAtLevel > level) {
      if (rolledBack) {
        it = tables_.erase(it);
        continue;
      }
      table.openedAtLevel = level;
    }
    ++it;
  }
}

HandleId HandleRegistry::AddTable(JET_TABLEID engine, HandleId session) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto owner = sessions_.find(session);
  const int level = owner == sessions_.end() ? 0 : owner->second->transactionLevel;
  HandleId id = NextId();
  tables_.emplace(id, TableRecord{engine, session, level});
  return id;
}

std::optional<TableView> HandleRegistry::FindTable(HandleId id) const {
  std::lock_guard<std::mutex> lock(mutex_);
  auto table = tables_.find(id);
  if (table == tables_.end()) return std::nullopt;
  auto session = sessions_.find(table->second.session);
  if (session == sessions_.end()) return std::nullopt;
  return TableView{id, table->second.engine, ViewOf(session->first, *session->second)};
}

void HandleRegistry::RemoveTable(HandleId id) {
  std::lock_guard<std::mutex> lock(mutex_);
  tables_.erase(id);
}

void HandleRegistry::SetTransactionLevel(HandleId id, int level) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto found = sessions_.find(id);
  if (found != sessions_.end()) found->second->transactionLevel = level < 0 ? 0 : level;
}

void HandleRegistry::EndTransactionLevels(HandleId id, int newLevel, bool rolledBack) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto found = sessions_.find(id);
  if (found == sessions_.end()) return;
  const int level = newLevel < 0 ? 0 : newLevel;
  found->second->transactionLevel = level;
  SettleTablesLocked(id, level, rolledBack);
}

OwnershipChange HandleRegistry::Release(HandleId id, EnvId caller) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto found = sessions_.find(id);
  if (found == sessions_.end()) return OwnershipChange::NotFound;
  SessionRecord& record = *found->second;
  if (record.owner != caller) return OwnershipChange::OwnedByOther;
  if (record.transactionLevel > 0) return OwnershipChange::InTransaction;
  record.owner = kNoEnv;
  return OwnershipChange::Done;
}

OwnershipChange HandleRegistry::Adopt(HandleId id, EnvId caller) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto found = sessions_.find(id);
  if (found == sessions_.end()) return OwnershipChange::NotFound;
  SessionRecord& record = *found->second;
  if (record.owner != kNoEnv && record.owner != caller) return OwnershipChange::OwnedByOther;
  record.owner = caller;
  return OwnershipChange::Done;
}

std::vector<SessionView> HandleRegistry::TakeSessionsOwnedBy(EnvId env) {
  std::lock_guard<std::mutex> lock(mutex_);
  std::vector<SessionView> taken;
  for (auto it = sessions_.begin(); it != sessions_.end();) {
    if (it->second->owner == env) {
      taken.push_back(ViewOf(it->first, *it->second));
      RemoveTablesOfSessionLocked(it->first);
      it = sessions_.erase(it);
    } else {
      ++it;
    }
  }
  return taken;
}

}  // namespace esent
