// An advisory whole-file lock held through a handle of its own: exclusive for a writer, shared
// for readers. It also refuses a second opener inside this process (POSIX flock and Windows
// LockFileEx locks belong to the handle, not the process).
#pragma once

#include <memory>
#include <string>

namespace esent::store {

class FileLock {
public:
    enum class Kind { Shared, Exclusive };
    // nullptr when another handle holds a conflicting lock (or the lock cannot be taken).
    static std::unique_ptr<FileLock> acquire(const std::string& path, Kind kind);
    ~FileLock();
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

private:
    struct Native;
    explicit FileLock(std::unique_ptr<Native> native);
    std::unique_ptr<Native> native_;
};

}  // namespace esent::store
