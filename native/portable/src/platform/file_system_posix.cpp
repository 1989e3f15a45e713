// POSIX implementation of file_system.h (Linux, macOS).
#ifndef _WIN32

#include "file_system.h"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

namespace esent::platform {

namespace {

IoStatus statusFromErrno(int error) {
    switch (error) {
        case ENOENT: return IoStatus::NotFound;
        case ENOTDIR: return IoStatus::PathNotFound;
        case EEXIST: return IoStatus::AlreadyExists;
        case EACCES:
        case EPERM:
        case EROFS: return IoStatus::AccessDenied;
        case ENOSPC:
#ifdef EDQUOT
        case EDQUOT:
#endif
            return IoStatus::DiskFull;
        default: return IoStatus::Failed;
    }
}

// ENOENT means either the file or a directory above it is missing; ESENT tells the two apart.
IoStatus missingStatus(const std::string& path) {
    std::string parent = path;
    while (!parent.empty() && parent.back() == '/') parent.pop_back();
    const std::size_t cut = parent.find_last_of('/');
    if (cut == std::string::npos) return IoStatus::NotFound;
    parent = cut == 0 ? "/" : parent.substr(0, cut);
    return isDirectory(parent) ? IoStatus::NotFound : IoStatus::PathNotFound;
}

}  // namespace

struct File::Native {
    int fd = -1;
};

File::File(std::unique_ptr<Native> native) : native_(std::move(native)) {}

File::~File() {
    if (native_ && native_->fd >= 0) ::close(native_->fd);
}

IoStatus File::open(const std::string& path, OpenMode mode, std::unique_ptr<File>* out) {
    int flags = O_RDWR;
    switch (mode) {
        case OpenMode::OpenExisting: break;
        case OpenMode::OpenOrCreate: flags |= O_CREAT; break;
        case OpenMode::CreateNew: flags |= O_CREAT | O_EXCL; break;
        case OpenMode::ReadOnly: flags = O_RDONLY; break;
    }
#ifdef O_CLOEXEC
    flags |= O_CLOEXEC;
#endif
    const int fd = ::open(path.c_str(), flags, 0644);
    if (fd < 0) {
        const int error = errno;
        return error == ENOENT ? missingStatus(path) : statusFromErrno(error);
    }
    auto native = std::make_unique<Native>();
    native->fd = fd;
    out->reset(new File(std::move(native)));
    return IoStatus::Ok;
}

IoStatus File::readAt(std::uint64_t offset, void* buffer, std::size_t size, std::size_t* read) {
    std::size_t done = 0;
    auto* bytes = static_cast<char*>(buffer);
    while (done < size) {
        const ssize_t n = ::pread(native_->fd, bytes + done, size - done, static_cast<off_t>(offset + done));
        if (n < 0) {
            if (errno == EINTR) continue;
            *read = done;
            return statusFromErrno(errno);
        }
        if (n == 0) break;
        done += static_cast<std::size_t>(n);
    }
    *read = done;
    return IoStatus::Ok;
}

IoStatus File::writeAt(std::uint64_t offset, const void* data, std::size_t size) {
    std::size_t done = 0;
    const auto* bytes = static_cast<const char*>(data);
    while (done < size) {
        const ssize_t n = ::pwrite(native_->fd, bytes + done, size - done, static_cast<off_t>(offset + done));
        if (n < 0) {
            if (errno == EINTR) continue;
            return statusFromErrno(errno);
        }
        done += static_cast<std::size_t>(n);
    }
    return IoStatus::Ok;
}

IoStatus File::sync() {
#if defined(__APPLE__) && defined(F_FULLFSYNC)
    // fsync on macOS does not reach the platter; F_FULLFSYNC does.
    if (::fcntl(native_->fd, F_FULLFSYNC) == 0) return IoStatus::Ok;
#endif
    if (::fsync(native_->fd) != 0) return statusFromErrno(errno);
    return IoStatus::Ok;
}

IoStatus File::size(std::uint64_t* out) {
    struct stat info {};
    if (::fstat(native_->fd, &info) != 0) return statusFromErrno(errno);
    *out = static_cast<std::uint64_t>(info.st_size);
    return IoStatus::Ok;
}

IoStatus File::truncate(std::uint64_t size) {
    if (::ftruncate(native_->fd, static_cast<off_t>(size)) != 0) return statusFromErrno(errno);
    return IoStatus::Ok;
}

bool pathExists(const std::string& path) {
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0;
}

bool isDirectory(const std::string& path) {
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

IoStatus createDirectory(const std::string& path) {
    if (::mkdir(path.c_str(), 0755) == 0) return IoStatus::Ok;
    const int error = errno;
    if (error == EEXIST && isDirectory(path)) return IoStatus::Ok;
    return error == ENOENT ? IoStatus::PathNotFound : statusFromErrno(error);
}

IoStatus listDirectory(const std::string& dir, std::vector<std::string>* names) {
    DIR* handle = ::opendir(dir.c_str());
    if (handle == nullptr) return errno == ENOENT ? IoStatus::PathNotFound : statusFromErrno(errno);
    names->clear();
    while (const dirent* entry = ::readdir(handle)) {
        const std::string name = entry->d_name;
        if (name != "." && name != "..") names->push_back(name);
    }
    ::closedir(handle);
    return IoStatus::Ok;
}

IoStatus removeFile(const std::string& path) {
    if (::unlink(path.c_str()) == 0 || errno == ENOENT) return IoStatus::Ok;
    return statusFromErrno(errno);
}

IoStatus replaceFile(const std::string& from, const std::string& to) {
    if (::rename(from.c_str(), to.c_str()) == 0) return IoStatus::Ok;
    return statusFromErrno(errno);
}

IoStatus syncDirectory(const std::string& dir) {
    const int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY);
    if (fd < 0) return statusFromErrno(errno);
    const int result = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    // Some file systems refuse fsync on a directory; the rename is then as durable as it gets.
    if (result != 0 && error != EINVAL && error != EBADF) return statusFromErrno(error);
    return IoStatus::Ok;
}

std::string currentDirectory() {
    std::string buffer(PATH_MAX, '\0');
    if (::getcwd(&buffer[0], buffer.size()) == nullptr) return ".";
    buffer.resize(std::char_traits<char>::length(buffer.c_str()));
    return buffer;
}

char preferredSeparator() { return '/'; }
bool isSeparator(char c) { return c == '/'; }
bool isAbsolutePath(const std::string& path) { return !path.empty() && path[0] == '/'; }

}  // namespace esent::platform

#endif  // !_WIN32
