#include "store_file.h"

#include <cstring>

#include "../platform/path.h"
#include "store_error.h"

namespace esent::store {

StoreFile::StoreFile(std::string path, std::unique_ptr<FileLock> lock, std::unique_ptr<platform::File> file)
    : path_(std::move(path)), lock_(std::move(lock)), file_(std::move(file)) {}

std::unique_ptr<StoreFile> StoreFile::open(const std::string& path, FileMode mode) {
    platform::OpenMode platformMode = mode == FileMode::CreateNew       ? platform::OpenMode::CreateNew
                                      : mode == FileMode::OpenReadWrite ? platform::OpenMode::OpenExisting
                                                                        : platform::OpenMode::ReadOnly;
    std::unique_ptr<platform::File> file;
    platform::IoStatus status = platform::File::open(path, platformMode, &file);
    switch (status) {
        case platform::IoStatus::Ok: break;
        case platform::IoStatus::NotFound:
        case platform::IoStatus::PathNotFound: throw StoreError(StoreErrorCode::FileNotFound, "'" + path + "'");
        case platform::IoStatus::AlreadyExists: throw StoreError(StoreErrorCode::FileExists, "'" + path + "'");
        default: throw StoreError(StoreErrorCode::Io, "cannot open '" + path + "'");
    }
    auto lock = FileLock::acquire(path, mode == FileMode::OpenReadOnly ? FileLock::Kind::Shared : FileLock::Kind::Exclusive);
    if (!lock) throw StoreError(StoreErrorCode::FileLocked, "'" + path + "' is open elsewhere");
    return std::unique_ptr<StoreFile>(new StoreFile(path, std::move(lock), std::move(file)));
}

void StoreFile::check(platform::IoStatus status, const char* what) {
    if (status == platform::IoStatus::Ok) return;
    std::string message = std::string("cannot ") + what + " '" + path_ + "'";
    if (status == platform::IoStatus::DiskFull) throw StoreError(StoreErrorCode::DiskFull, message);
    if (status == platform::IoStatus::AccessDenied) message += " (access denied)";
    throw StoreError(StoreErrorCode::Io, message);
}

void StoreFile::readAt(std::uint64_t offset, void* buffer, std::size_t length) {
    std::size_t got = 0;
    check(file_->readAt(offset, buffer, length, &got), "read");
    if (got < length) std::memset(static_cast<char*>(buffer) + got, 0, length - got);  // never written
}

void StoreFile::writeAt(std::uint64_t offset, const void* buffer, std::size_t length) {
    check(file_->writeAt(offset, buffer, length), "write");
}

void StoreFile::sync() { check(file_->sync(), "sync"); }

std::uint64_t StoreFile::size() {
    std::uint64_t bytes = 0;
    check(file_->size(&bytes), "stat");
    return bytes;
}

void StoreFile::resize(std::uint64_t newSize) { check(file_->truncate(newSize), "resize"); }

void StoreFile::moveTo(const std::string& newPath) {
    check(platform::replaceFile(path_, newPath), "rename");
    path_ = newPath;
    check(platform::syncDirectory(platform::parentPath(newPath)), "sync the folder of");
}

}  // namespace esent::store
