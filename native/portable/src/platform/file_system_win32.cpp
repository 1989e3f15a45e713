// Win32 implementation of file_system.h (mingw-w64, MSVC). Paths are UTF-8 in the engine and
// UTF-16 at the OS boundary.
#ifdef _WIN32

#include "file_system.h"

#include <windows.h>

#include "../util/utf.h"

namespace esent::platform {

namespace {

std::wstring toWide(const std::string& path) {
    const std::u16string units = util::utf8ToUtf16(path);
    return std::wstring(units.begin(), units.end());
}

std::string fromWide(const std::wstring& path) {
    return util::utf16ToUtf8(std::u16string(path.begin(), path.end()));
}

IoStatus statusFromError(DWORD error) {
    switch (error) {
        case ERROR_FILE_NOT_FOUND: return IoStatus::NotFound;
        case ERROR_PATH_NOT_FOUND:
        case ERROR_INVALID_NAME: return IoStatus::PathNotFound;
        case ERROR_FILE_EXISTS:
        case ERROR_ALREADY_EXISTS: return IoStatus::AlreadyExists;
        case ERROR_ACCESS_DENIED:
        case ERROR_SHARING_VIOLATION:
        case ERROR_LOCK_VIOLATION:
        case ERROR_WRITE_PROTECT: return IoStatus::AccessDenied;
        case ERROR_DISK_FULL:
        case ERROR_HANDLE_DISK_FULL: return IoStatus::DiskFull;
        default: return IoStatus::Failed;
    }
}

}  // namespace

struct File::Native {
    HANDLE handle = INVALID_HANDLE_VALUE;
};

File::File(std::unique_ptr<Native> native) : native_(std::move(native)) {}

File::~File() {
    if (native_ && native_->handle != INVALID_HANDLE_VALUE) CloseHandle(native_->handle);
}

IoStatus File::open(const std::string& path, OpenMode mode, std::unique_ptr<File>* out) {
    DWORD access = GENERIC_READ | GENERIC_WRITE;
    DWORD disposition = OPEN_EXISTING;
    switch (mode) {
        case OpenMode::OpenExisting: break;
        case OpenMode::OpenOrCreate: disposition = OPEN_ALWAYS; break;
        case OpenMode::CreateNew: disposition = CREATE_NEW; break;
        case OpenMode::ReadOnly: access = GENERIC_READ; break;
    }
    const HANDLE handle = CreateFileW(toWide(path).c_str(), access,
                                      FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                                      disposition, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE) return statusFromError(GetLastError());
    auto native = std::make_unique<Native>();
    native->handle = handle;
    out->reset(new File(std::move(native)));
    return IoStatus::Ok;
}

IoStatus File::readAt(std::uint64_t offset, void* buffer, std::size_t size, std::size_t* read) {
    std::size_t done = 0;
    auto* bytes = static_cast<char*>(buffer);
    while (done < size) {
        OVERLAPPED position{};
        const std::uint64_t at = offset + done;
        position.Offset = static_cast<DWORD>(at);
        position.OffsetHigh = static_cast<DWORD>(at >> 32);
        const DWORD chunk = static_cast<DWORD>(size - done > 0x40000000 ? 0x40000000 : size - done);
        DWORD got = 0;
        if (!ReadFile(native_->handle, bytes + done, chunk, &got, &position)) {
            const DWORD error = GetLastError();
            if (error == ERROR_HANDLE_EOF) break;
            *read = done;
            return statusFromError(error);
        }
        if (got == 0) break;
        done += got;
    }
    *read = done;
    return IoStatus::Ok;
}

IoStatus File::writeAt(std::uint64_t offset, const void* data, std::size_t size) {
    std::size_t done = 0;
    const auto* bytes = static_cast<const char*>(data);
    while (done < size) {
        OVERLAPPED position{};
        const std::uint64_t at = offset + done;
        position.Offset = static_cast<DWORD>(at);
        position.OffsetHigh = static_cast<DWORD>(at >> 32);
        const DWORD chunk = static_cast<DWORD>(size - done > 0x40000000 ? 0x40000000 : size - done);
        DWORD written = 0;
        if (!WriteFile(native_->handle, bytes + done, chunk, &written, &position)) {
            return statusFromError(GetLastError());
        }
        done += written;
    }
    return IoStatus::Ok;
}

IoStatus File::sync() {
    return FlushFileBuffers(native_->handle) ? IoStatus::Ok : statusFromError(GetLastError());
}

IoStatus File::size(std::uint64_t* out) {
    LARGE_INTEGER value{};
    if (!GetFileSizeEx(native_->handle, &value)) return statusFromError(GetLastError());
    *out = static_cast<std::uint64_t>(value.QuadPart);
    return IoStatus::Ok;
}

IoStatus File::truncate(std::uint64_t size) {
    FILE_END_OF_FILE_INFO info{};
    info.EndOfFile.QuadPart = static_cast<LONGLONG>(size);
    if (!SetFileInformationByHandle(native_->handle, FileEndOfFileInfo, &info, sizeof(info))) {
        return statusFromError(GetLastError());
    }
    return IoStatus::Ok;
}

bool pathExists(const std::string& path) {
    return GetFileAttributesW(toWide(path).c_str()) != INVALID_FILE_ATTRIBUTES;
}

bool isDirectory(const std::string& path) {
    const DWORD attributes = GetFileAttributesW(toWide(path).c_str());
    return attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_DIRECTORY) != 0;
}

IoStatus createDirectory(const std::string& path) {
    if (CreateDirectoryW(toWide(path).c_str(), nullptr)) return IoStatus::Ok;
    const DWORD error = GetLastError();
    if (error == ERROR_ALREADY_EXISTS && isDirectory(path)) return IoStatus::Ok;
    return statusFromError(error);
}

IoStatus listDirectory(const std::string& dir, std::vector<std::string>* names) {
    WIN32_FIND_DATAW entry{};
    std::wstring pattern = toWide(dir);
    if (!pattern.empty() && pattern.back() != L'\\' && pattern.back() != L'/') pattern += L'\\';
    pattern += L'*';
    const HANDLE find = FindFirstFileW(pattern.c_str(), &entry);
    if (find == INVALID_HANDLE_VALUE) {
        const DWORD error = GetLastError();
        if (error == ERROR_FILE_NOT_FOUND) {
            names->clear();
            return IoStatus::Ok;
        }
        return statusFromError(error);
    }
    names->clear();
    do {
        const std::string name = fromWide(entry.cFileName);
        if (name != "." && name != "..") names->push_back(name);
    } while (FindNextFileW(find, &entry));
    FindClose(find);
    return IoStatus::Ok;
}

IoStatus removeFile(const std::string& path) {
    if (DeleteFileW(toWide(path).c_str())) return IoStatus::Ok;
    const DWORD error = GetLastError();
    if (error == ERROR_FILE_NOT_FOUND || error == ERROR_PATH_NOT_FOUND) return IoStatus::Ok;
    return statusFromError(error);
}

IoStatus replaceFile(const std::string& from, const std::string& to) {
    if (MoveFileExW(toWide(from).c_str(), toWide(to).c_str(),
                    MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        return IoStatus::Ok;
    }
    return statusFromError(GetLastError());
}

IoStatus syncDirectory(const std::string&) {
    // MOVEFILE_WRITE_THROUGH already made the rename durable; Windows has no directory fsync.
    return IoStatus::Ok;
}

std::string currentDirectory() {
    const DWORD length = GetCurrentDirectoryW(0, nullptr);
    if (length == 0) return ".";
    std::wstring buffer(length, L'\0');
    const DWORD written = GetCurrentDirectoryW(length, &buffer[0]);
    buffer.resize(written);
    return fromWide(buffer);
}

char preferredSeparator() { return '\\'; }
bool isSeparator(char c) { return c == '\\' || c == '/'; }
bool isAbsolutePath(const std::string& path) {
    if (path.size() >= 3 && path[1] == ':' && isSeparator(path[2])) return true;
    return path.size() >= 2 && isSeparator(path[0]) && isSeparator(path[1]);  // UNC
}

}  // namespace esent::platform

#endif  // _WIN32
