#include "lifecycle.h"

#include <algorithm>
#include <cctype>

#include "../log/log_io.h"
#include "../platform/path.h"
#include "registry.h"
#include "session.h"
#include "transaction_records.h"

namespace esent::core {

namespace {

bool equalsIgnoringCase(const std::string& a, const char* b) {
    std::size_t i = 0;
    for (; i < a.size() && b[i] != 0; ++i) {
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) {
            return false;
        }
    }
    return i == a.size() && b[i] == 0;
}

// Resolves the instance's paths and checks them against every other live instance, in ESENT's
// order: temporary database, then system path, then log path. Caller holds Registry::mutex.
JET_ERR resolveAndCheckPathsLocked(Registry& registry, Instance& instance) {
    const ParamTable& params = instance.params;
    instance.systemFolder = platform::asFolder(platform::absolutePath(params.text(JET_paramSystemPath)));
    instance.logFolder = platform::asFolder(platform::absolutePath(params.text(JET_paramLogFilePath)));
    instance.tempPath = platform::absolutePath(params.text(JET_paramTempPath));
    instance.logging = !equalsIgnoringCase(params.text(JET_paramRecovery), "off");

    JET_ERR err = JET_errSuccess;
    registry.forEachInstanceLocked([&](Instance& other) {
        if (err < 0 || &other == &instance) return;
        if (other.state != InstanceState::Running && other.state != InstanceState::Initializing) return;
        const bool bothHaveTemp = params.number(JET_paramMaxTemporaryTables) > 0 &&
                                  other.params.number(JET_paramMaxTemporaryTables) > 0;
        if (bothHaveTemp && platform::samePath(other.tempPath, instance.tempPath)) {
            err = JET_errTempPathInUse;
        } else if (other.logging && instance.logging) {
            if (platform::samePath(other.systemFolder, instance.systemFolder)) {
                err = JET_errSystemPathInUse;
            } else if (platform::samePath(other.logFolder, instance.logFolder)) {
                err = JET_errLogFilePathInUse;
            }
        }
    });
    return err;
}

// What JetInit needs from the parameters, read once under Registry::mutex.
struct InitSettings {
    bool createPaths = false;
    log::LogConfig log;
};

InitSettings snapshotSettingsLocked(const Instance& instance) {
    const ParamTable& params = instance.params;
    InitSettings settings;
    settings.createPaths = params.number(JET_paramCreatePathIfNotExist) != 0;
    settings.log.logFolder = instance.logFolder;
    settings.log.systemFolder = instance.systemFolder;
    settings.log.baseName = params.text(JET_paramBaseName);
    settings.log.generationBytes = std::uint64_t(params.number(JET_paramLogFileSize)) * 1024;
    settings.log.circular = params.number(JET_paramCircularLog) != 0;
    settings.log.writeBehindBytes = std::uint64_t(params.number(JET_paramLogBuffers)) * 512;
    return settings;
}

JET_ERR prepareFolders(const Instance& instance, const InitSettings& settings) {
    if (settings.createPaths) {
        for (const std::string& folder : {instance.systemFolder, instance.logFolder,
                                          platform::parentPath(instance.tempPath)}) {
            if (folder.empty()) continue;
            const platform::IoStatus status = platform::createDirectories(folder);
            if (status != platform::IoStatus::Ok) return log::errorFromIo(status, false);
        }
        return JET_errSuccess;
    }
    // Without JET_paramCreatePathIfNotExist a missing folder fails the way opening a file in it
    // does on Windows (ERROR_PATH_NOT_FOUND).
    if (instance.logging &&
        (!platform::isDirectory(instance.systemFolder) || !platform::isDirectory(instance.logFolder))) {
        return JET_errInvalidPath;
    }
    return JET_errSuccess;
}

JET_ERR openLog(Instance& instance, const log::LogConfig& config) {
    log::RecordHandlers handlers;
    const auto state = records::newRecoveryState(instance);
    records::registerEngineHandlers(handlers, state);
    for (const auto& component : instance.components) component->registerRecordHandlers(handlers);

    instance.recovery = RecoverySummary{};
    instance.recovery.ran = true;
    JET_ERR err = log::WriteAheadLog::open(config, handlers, &instance.log, &instance.recovery.log);
    if (err < 0) return err;
    instance.counters.decodeAndObserve(instance.recovery.log.checkpointState);
    records::finishRecovery(*state, &instance.recovery);
    for (const auto& component : instance.components) {
        err = component->afterRecovery(instance.recovery.log);
        if (err < 0) {
            instance.log->closeDirty();
            instance.log.reset();
            return err;
        }
    }

    // Mark the start of this run. Nothing before it needs replaying any more: there is no data
    // yet whose pages could lag behind the log (issue 4 moves this checkpoint after its redo).
    const std::vector<std::uint8_t> init = records::encodeInit();
    log::Lsn lsn = 0;
    err = instance.log->append(log::record_type::kInit, init.data(), init.size(), &lsn);
    // A component that kept state from recovery (databases kept attached) may still need records
    // from before this marker.
    for (const auto& component : instance.components) lsn = std::min(lsn, component->oldestLsnNeeded());
    if (err >= 0) err = instance.log->writeCheckpoint(lsn, instance.counters.encode());
    instance.checkpointGeneration = instance.log->currentGeneration();
    if (err < 0) {
        instance.log->closeDirty();
        instance.log.reset();
    }
    return err;
}

}  // namespace

JET_ERR initInstance(const std::shared_ptr<Instance>& instance, JET_GRBIT grbit) {
    Registry& registry = Registry::get();
    InitSettings settings;
    {
        std::lock_guard<std::mutex> registryLock(registry.mutex);
        std::lock_guard<std::mutex> lock(instance->mutex);
        switch (instance->state) {
            case InstanceState::Running: return JET_errAlreadyInitialized;
            case InstanceState::Initializing: return JET_errInitInProgress;
            case InstanceState::Terminating: return JET_errTermInProgress;
            case InstanceState::Created: break;
        }
        const JET_ERR err = resolveAndCheckPathsLocked(registry, *instance);
        if (err < 0) {
            registry.removeInstanceLocked(instance->handle);
            return err;
        }
        instance->state = InstanceState::Initializing;
        settings = snapshotSettingsLocked(*instance);
    }

    instance->initGrbit = grbit;
    instance->components = createComponents(*instance);
    JET_ERR err = prepareFolders(*instance, settings);
    if (err >= 0 && instance->logging) {
        err = openLog(*instance, settings.log);
    } else if (err >= 0) {
        for (const auto& component : instance->components) {
            err = component->afterRecovery(log::RecoveryInfo{});
            if (err < 0) break;
        }
    }

    std::lock_guard<std::mutex> registryLock(registry.mutex);
    std::lock_guard<std::mutex> lock(instance->mutex);
    if (err < 0) {
        instance->components.clear();
        instance->state = InstanceState::Terminating;
        registry.removeInstanceLocked(instance->handle);
        return err;
    }
    instance->state = InstanceState::Running;
    return JET_errSuccess;
}

JET_ERR termInstance(const std::shared_ptr<Instance>& instance, JET_GRBIT grbit) {
    Registry& registry = Registry::get();
    const bool dirty = (grbit & JET_bitTermDirty) != 0;
    std::vector<std::shared_ptr<Session>> sessions;
    {
        std::unique_lock<std::mutex> lock(instance->mutex);
        switch (instance->state) {
            case InstanceState::Created:
                instance->state = InstanceState::Terminating;
                lock.unlock();
                registry.removeInstance(instance->handle);
                return JET_errSuccess;
            case InstanceState::Initializing: return JET_errInitInProgress;
            case InstanceState::Terminating: return JET_errTermInProgress;
            case InstanceState::Running: break;
        }
        // New calls now fail with JET_errTermInProgress; wait for the ones in flight.
        instance->state = InstanceState::Terminating;
        instance->idle.wait(lock, [&] { return instance->activeCalls == 0; });
        if (!dirty) {
            for (const auto& session : instance->sessions) {
                if (session && session->level > 0) {
                    instance->state = InstanceState::Running;
                    return JET_errTooManyActiveUsers;
                }
            }
        }
        sessions.swap(instance->sessions);
    }

    for (const auto& session : sessions) {
        if (!session) continue;
        registry.removeSession(session->handle);
        // A dirty term abandons open transactions: they leave no commit record, so recovery
        // will treat them as never committed.
        session->level = 0;
    }
    registry.removeInstance(instance->handle);
    for (const auto& component : instance->components) component->beforeTerm(dirty);

    JET_ERR err = JET_errSuccess;
    if (instance->log) {
        if (dirty) {
            instance->log->closeDirty();
        } else {
            const std::string state = instance->counters.encode();
            err = instance->log->closeClean(state.data(), state.size(), state);
        }
    }
    instance->components.clear();
    return err;
}

}  // namespace esent::core
