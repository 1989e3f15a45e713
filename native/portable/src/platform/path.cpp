#include "path.h"

#include <cctype>
#include <vector>

namespace esent::platform {

namespace {

std::string trimTrailingSeparators(std::string path) {
    while (path.size() > 1 && isSeparator(path.back())) {
#ifdef _WIN32
        if (path.size() == 3 && path[1] == ':') break;  // "C:\"
#endif
        path.pop_back();
    }
    return path;
}

// Removes "." components and folds ".." so that two spellings of one folder compare equal.
std::string normalize(const std::string& path) {
    std::string prefix;  // kept verbatim: a drive ("C:") or the UNC marker
    std::size_t start = 0;
    bool unc = false;
#ifdef _WIN32
    if (path.size() >= 2 && path[1] == ':') {
        prefix = path.substr(0, 2);
        start = 2;
    } else if (path.size() >= 2 && isSeparator(path[0]) && isSeparator(path[1])) {
        prefix = "\\\\";  // \\server\share\...
        start = 2;
        unc = true;
    }
#endif
    const bool rooted = !unc && start < path.size() && isSeparator(path[start]);
    std::vector<std::string> parts;
    std::string current;
    for (std::size_t i = start; i <= path.size(); ++i) {
        if (i == path.size() || isSeparator(path[i])) {
            if (current == "..") {
                if (!parts.empty() && parts.back() != "..") {
                    parts.pop_back();
                } else if (!rooted && !unc) {
                    parts.push_back(current);
                }
            } else if (!current.empty() && current != ".") {
                parts.push_back(current);
            }
            current.clear();
        } else {
            current.push_back(path[i]);
        }
    }
    std::string out = prefix;
    if (rooted) out.push_back(preferredSeparator());
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) out.push_back(preferredSeparator());
        out += parts[i];
    }
    if (out.empty()) out = ".";
    return out;
}

}  // namespace

std::string absolutePath(const std::string& path) {
    if (isAbsolutePath(path)) return normalize(path);
    return normalize(joinPath(currentDirectory(), path));
}

std::string asFolder(const std::string& path) {
    std::string out = trimTrailingSeparators(path);
    if (out.empty() || !isSeparator(out.back())) out.push_back(preferredSeparator());
    return out;
}

std::string joinPath(const std::string& folder, const std::string& name) {
    if (folder.empty()) return name;
    if (isSeparator(folder.back())) return folder + name;
    return folder + preferredSeparator() + name;
}

std::string parentPath(const std::string& path) {
    const std::string trimmed = trimTrailingSeparators(path);
    std::size_t cut = trimmed.size();
    while (cut > 0 && !isSeparator(trimmed[cut - 1])) --cut;
    if (cut == 0) return std::string();
    return trimTrailingSeparators(trimmed.substr(0, cut));
}

IoStatus createDirectories(const std::string& folder) {
    const std::string trimmed = trimTrailingSeparators(folder);
    if (trimmed.empty() || isDirectory(trimmed)) return IoStatus::Ok;
    const std::string parent = parentPath(trimmed);
    if (!parent.empty() && parent != trimmed) {
        const IoStatus status = createDirectories(parent);
        if (status != IoStatus::Ok) return status;
    }
    return createDirectory(trimmed);
}

bool samePath(const std::string& a, const std::string& b) {
    const std::string left = trimTrailingSeparators(normalize(a));
    const std::string right = trimTrailingSeparators(normalize(b));
#ifdef _WIN32
    if (left.size() != right.size()) return false;
    for (std::size_t i = 0; i < left.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(left[i])) !=
            std::tolower(static_cast<unsigned char>(right[i])))
            return false;
    }
    return true;
#else
    return left == right;
#endif
}

}  // namespace esent::platform
