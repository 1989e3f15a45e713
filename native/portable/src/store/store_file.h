// The database file as the page store sees it: positional reads and writes that throw
// StoreError, over the engine's platform::File, plus a lock so that a second opener (another
// process, or this one) is refused instead of corrupting the file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "../platform/file_system.h"
#include "file_lock.h"

namespace esent::store {

enum class FileMode { CreateNew, OpenReadWrite, OpenReadOnly };

class StoreFile {
public:
    // Throws StoreError: FileNotFound, FileExists, FileLocked, Io. `path` is UTF-8.
    static std::unique_ptr<StoreFile> open(const std::string& path, FileMode mode);

    // Reads exactly `length` bytes; bytes past the end of the file read as zero.
    void readAt(std::uint64_t offset, void* buffer, std::size_t length);
    void writeAt(std::uint64_t offset, const void* buffer, std::size_t length);
    void sync();  // data and size durable
    std::uint64_t size();
    void resize(std::uint64_t newSize);
    // Renames the open file (atomically replacing nothing: the caller checked) and makes the new
    // name durable.
    void moveTo(const std::string& newPath);
    const std::string& path() const { return path_; }

private:
    StoreFile(std::string path, std::unique_ptr<FileLock> lock, std::unique_ptr<platform::File> file);
    void check(platform::IoStatus status, const char* what);

    std::string path_;
    std::unique_ptr<FileLock> lock_;  // taken before the file is opened, released after it closes
    std::unique_ptr<platform::File> file_;
};

}  // namespace esent::store
