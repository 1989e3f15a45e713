#include "attachment_registry.h"

#include <map>
#include <mutex>

#include "../platform/path.h"

namespace esent::data {

namespace {

struct Claim {
    JET_INSTANCE instance = 0;
    std::weak_ptr<Database> database;
};

struct Claims {
    std::mutex mutex;
    std::map<std::string, Claim> owners;  // absolute path as attached
};

Claims& claims() {
    static Claims instance;
    return instance;
}

// Paths compare the way the file system does (samePath), so a map lookup is not enough.
std::map<std::string, Claim>::iterator findLocked(Claims& all, const std::string& path) {
    for (auto it = all.owners.begin(); it != all.owners.end(); ++it) {
        if (platform::samePath(it->first, path)) return it;
    }
    return all.owners.end();
}

}  // namespace

bool claimAttachment(const std::string& path, JET_INSTANCE instance) {
    Claims& all = claims();
    std::lock_guard<std::mutex> lock(all.mutex);
    const auto it = findLocked(all, path);
    if (it != all.owners.end()) return it->second.instance == instance;
    all.owners.emplace(path, Claim{instance, {}});
    return true;
}

void releaseAttachment(const std::string& path, JET_INSTANCE instance) {
    Claims& all = claims();
    std::lock_guard<std::mutex> lock(all.mutex);
    const auto it = findLocked(all, path);
    if (it != all.owners.end() && it->second.instance == instance) all.owners.erase(it);
}

JET_INSTANCE attachmentOwner(const std::string& path) {
    Claims& all = claims();
    std::lock_guard<std::mutex> lock(all.mutex);
    const auto it = findLocked(all, path);
    return it == all.owners.end() ? 0 : it->second.instance;
}

void publishAttachment(const std::string& path, JET_INSTANCE instance, const std::shared_ptr<Database>& database) {
    Claims& all = claims();
    std::lock_guard<std::mutex> lock(all.mutex);
    const auto it = findLocked(all, path);
    if (it != all.owners.end() && it->second.instance == instance) it->second.database = database;
}

std::shared_ptr<Database> attachedDatabase(const std::string& path) {
    Claims& all = claims();
    std::lock_guard<std::mutex> lock(all.mutex);
    const auto it = findLocked(all, path);
    return it == all.owners.end() ? nullptr : it->second.database.lock();
}

}  // namespace esent::data
