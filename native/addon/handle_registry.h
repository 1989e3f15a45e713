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

  // releaseSession / adoptSession: the ownership checks and the change happen under one lock.
  OwnershipChange Release(HandleId id, EnvId caller);
  OwnershipChange Adopt(HandleId id, EnvId caller);

  // Removes and returns the sessions an environment owns, for its cleanup hook.
  std::vector<SessionView> TakeSessionsOwnedBy(EnvId env);

 private:
  HandleRegistry() = default;
  HandleId NextId();
  static SessionView ViewOf(HandleId id, const SessionRecord& record);

  mutable std::mutex mutex_;
  HandleId nextId_ = 1;
  EnvId nextEnv_ = 1;
  std::unordered_map<HandleId, InstanceRecord> instances_;
  std::unordered_map<HandleId, std::shared_ptr<SessionRecord>> sessions_;
};

}  // namespace esent

#endif
