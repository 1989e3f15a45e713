#ifdef _WIN32
#include <windows.h>

#include "../util/utf.h"
#include "file_lock.h"

namespace esent::store {

namespace {
std::wstring toWide(const std::string& utf8) {
    std::u16string units = util::utf8ToUtf16(utf8);
    return std::wstring(units.begin(), units.end());
}

// A byte range far past any real file end: locking it blocks nobody's reads or writes, only
// other lockers.
constexpr DWORD kLockOffsetHigh = 0x7FFFFFFF;
}  // namespace

struct FileLock::Native {
    HANDLE handle = INVALID_HANDLE_VALUE;
};

FileLock::FileLock(std::unique_ptr<Native> native) : native_(std::move(native)) {}

FileLock::~FileLock() { CloseHandle(native_->handle); }  // closing drops the lock

std::unique_ptr<FileLock> FileLock::acquire(const std::string& path, Kind kind) {
    HANDLE handle = CreateFileW(toWide(path).c_str(), GENERIC_READ,
                                FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING,
                                FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE) return nullptr;
    OVERLAPPED range{};
    range.OffsetHigh = kLockOffsetHigh;
    DWORD flags = LOCKFILE_FAIL_IMMEDIATELY | (kind == Kind::Exclusive ? LOCKFILE_EXCLUSIVE_LOCK : 0);
    if (!LockFileEx(handle, flags, 0, 1, 0, &range)) {
        CloseHandle(handle);
        return nullptr;
    }
    auto native = std::make_unique<Native>();
    native->handle = handle;
    return std::unique_ptr<FileLock>(new FileLock(std::move(native)));
}

}  // namespace esent::store
#endif
