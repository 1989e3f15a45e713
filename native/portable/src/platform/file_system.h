// The few file and directory operations the engine needs, behind one interface with a POSIX
// (file_system_posix.cpp) and a Win32 (file_system_win32.cpp) implementation. Paths are UTF-8.
// Both implementation files are always listed in sources.txt; each compiles to nothing on the
// other platform.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace esent::platform {

enum class IoStatus {
    Ok,
    NotFound,       // the file does not exist
    PathNotFound,   // a directory on the way does not exist
    AlreadyExists,
    AccessDenied,
    DiskFull,
    Failed,         // any other OS error
};

enum class OpenMode {
    OpenExisting,     // read/write, fails with NotFound
    OpenOrCreate,     // read/write
    CreateNew,        // read/write, fails with AlreadyExists
    ReadOnly,
};

class File {
public:
    static IoStatus open(const std::string& path, OpenMode mode, std::unique_ptr<File>* out);
    ~File();
    File(const File&) = delete;
    File& operator=(const File&) = delete;

    // Reads up to `size` bytes; *read tells how many (fewer only at the end of the file).
    IoStatus readAt(std::uint64_t offset, void* buffer, std::size_t size, std::size_t* read);
    IoStatus writeAt(std::uint64_t offset, const void* data, std::size_t size);
    IoStatus sync();  // data and metadata on stable storage
    IoStatus size(std::uint64_t* out);
    IoStatus truncate(std::uint64_t size);

private:
    struct Native;
    explicit File(std::unique_ptr<Native> native);
    std::unique_ptr<Native> native_;
};

bool pathExists(const std::string& path);
bool isDirectory(const std::string& path);
IoStatus createDirectory(const std::string& path);  // one level; Ok if it exists
IoStatus listDirectory(const std::string& dir, std::vector<std::string>* names);
IoStatus removeFile(const std::string& path);        // Ok if it did not exist
IoStatus replaceFile(const std::string& from, const std::string& to);  // atomic rename
IoStatus syncDirectory(const std::string& dir);     // makes renames and creations durable
std::string currentDirectory();

// The separator this platform prefers, and whether `c` separates path components here.
char preferredSeparator();
bool isSeparator(char c);
bool isAbsolutePath(const std::string& path);

}  // namespace esent::platform
