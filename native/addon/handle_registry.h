// The process-wide table of the handles this addon hands to JavaScript.
//
// JavaScript never sees an engine handle. It sees a 64-bit id that this registry issued once and
// will never issue again, so a made-up, stale or ended id is refused here without the engine
// being called. Ids are shared by every environment (main thread and workers) of the process:
// instances are usable from any of them, sessions only from the one that owns them.
#ifndef ESENT_ADDON_HANDLE_REGISTRY_H
#define ESENT_ADDON_HANDLE_REGISTRY_H

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <vector>

#include "jet_api.h"

namespace esent {

using HandleId = std::uint64_t;
// Identifies one Node environment (one JS thread). kNoEnv marks a released, unowned session.
using EnvId = std::uint64_t;
constexpr EnvId kNoEnv = 0;

struct InstanceRecord {
  JET_INSTANCE engine;
};

// One session. Held through shared_ptr so that later async work (a per-session call queue, the
// session context set around each pooled call) can keep the record alive while it runs.
struct SessionRecord {
  JET_SESID engine;
  HandleId instance;
  EnvId owner;
  int transactionLevel;
};

// What a caller may learn about a session: a copy, taken under the registry's lock.
struct SessionView {
  HandleId id;
  JET_SESID engine;
  HandleId instance;
  EnvId owner;
  int transactionLevel;
};

// One open cursor (JET_TABLEID). It belongs to the session that opened it, so its owner is that
// session's owner. `openedAtLevel` is the session's transaction depth when it was opened: rolling
// back that level closes it (the engine does so itself; the registry forgets it at the same time,
// so the id is refused here instead of reaching esent.dll as a dangling pointer).
struct TableRecord {
  JET_TABLEID engine;
  HandleId session;
  int openedAtLevel;
};

struct TableView {
  HandleId id;
  JET_TABLEID engine;
  SessionView session;
};

enum class OwnershipChange { Done, NotFound, OwnedByOther, InTransaction };

class HandleRegistry {
 public:
  static HandleRegistry& Get();

  EnvId NewEnvId();

  HandleId AddInstance(JET_INSTANCE engine);
  std::optional<JET_INSTANCE> FindInstance(HandleId id) const;
  // Forgets the instance and every session begun on it (JetTerm succeeded, or JetInit freed it).
  void RemoveInstance(HandleId id);

  HandleId AddSession(JET_SESID engine, HandleId instance, EnvId owner);
  std::optional<SessionView> FindSession(HandleId id) const;
  void RemoveSession(HandleId id);
  // Transaction depth as the engine reported it through successful calls; a session the registry
  // no longer knows is ignored (another thread terminated its instance meanwhile).
  void SetTransactionLevel(HandleId id, int level);
  // The same after a commit (rolledBack false) or rollback (true), settling the session's cursors.
  void EndTransactionLevels(HandleId id, int newLevel, bool rolledBack);

  // Cursors. AddTable records the session's current depth as the cursor's level.
  HandleId AddTable(JET_TABLEID engine, HandleId session);
  // The cursor and its session as one consistent view; nullopt when either is gone.
  std::optional<TableView> FindTable(HandleId id) const;
  void RemoveTable(HandleId id);

  // releaseSession / adoptSession: the ownership checks and the change happen under one lock.
  OwnershipChange Release(HandleId id, EnvId caller);
  OwnershipChange Adopt(HandleId id, EnvId caller);

  // Removes and returns the sessions an environment owns, for its cleanup hook.
  std::vector<SessionView> TakeSessionsOwnedBy(EnvId env);

 private:
  HandleRegistry() = default;
  HandleId NextId();
  static SessionView ViewOf(HandleId id, const SessionRecord& record);
  void RemoveTablesOfSessionLocked(HandleId session);
  // After a successful commit or rollback to `level`: rollback forgets the cursors opened above
  // it; commit hands them to the parent level (they are now closed by the parent's rollback).
  void SettleTablesLocked(HandleId session, int level, bool rolledBack);

  mutable std::mutex mutex_;
  HandleId nextId_ = 1;
  EnvId nextEnv_ = 1;
  std::unordered_map<HandleId, InstanceRecord> instances_;
  std::unordered_map<HandleId, std::shared_ptr<SessionRecord>> sessions_;
  std::unordered_map<HandleId, TableRecord> tables_;
};

}  // namespace esent

#endif
