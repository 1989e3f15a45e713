#ifndef _WIN32
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include "file_lock.h"

namespace esent::store {

struct FileLock::Native {
    int fd = -1;
};

FileLock::FileLock(std::unique_ptr<Native> native) : native_(std::move(native)) {}

FileLock::~FileLock() { ::close(native_->fd); }  // closing drops the lock

std::unique_ptr<FileLock> FileLock::acquire(const std::string& path, Kind kind) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return nullptr;
    if (::flock(fd, (kind == Kind::Exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) != 0) {
        ::close(fd);
        return nullptr;
    }
    auto native = std::make_unique<Native>();
    native->fd = fd;
    return std::unique_ptr<FileLock>(new FileLock(std::move(native)));
}

}  // namespace esent::store
#endif
