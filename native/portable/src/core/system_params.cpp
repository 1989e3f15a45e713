#include "system_params.h"

#include <array>

#include "../platform/path.h"
#include "../util/utf.h"

namespace esent::core {

namespace {

constexpr std::uint64_t kMaxLong = 2147483647;
constexpr std::uint64_t kAll = ~std::uint64_t(0);

#ifdef _WIN32
constexpr const char* kCurrentFolder = ".\\";
#else
constexpr const char* kCurrentFolder = "./";
#endif

// Ids, kinds, limits and defaults as ESENT has them. Set rules: G = global, A = fixed once any
// instance exists, I = fixed once the instance runs.
//                 id                                 kind                  G      A      I      low   high       default
const ParamDef kDefs[] = {
    {JET_paramSystemPath,             ParamKind::Folder,        false, false, true,  0,    246,       0,    kCurrentFolder},
    {JET_paramTempPath,               ParamKind::Path,          false, false, true,  0,    247,       0,    "tmp.edb"},
    {JET_paramLogFilePath,            ParamKind::Folder,        false, false, true,  0,    246,       0,    kCurrentFolder},
    {JET_paramBaseName,               ParamKind::String,        false, false, true,  3,    3,         0,    "edb"},
    {JET_paramEventSource,            ParamKind::String,        false, false, true,  0,    259,       0,    ""},
    {JET_paramMaxSessions,            ParamKind::Integer,       false, false, true,  0,    30000,     16,   nullptr},
    {JET_paramMaxOpenTables,          ParamKind::Integer,       false, false, true,  0,    kMaxLong,  300,  nullptr},
    {JET_paramMaxCursors,             ParamKind::Integer,       false, false, true,  0,    kMaxLong,  1024, nullptr},
    {JET_paramMaxVerPages,            ParamKind::Integer,       false, false, true,  1,    kMaxLong,  64,   nullptr},
    {JET_paramMaxTemporaryTables,     ParamKind::Integer,       false, false, true,  0,    kMaxLong,  20,   nullptr},
    {JET_paramLogFileSize,            ParamKind::Integer,       false, false, true,  64,   32768,     5120, nullptr},
    {JET_paramLogBuffers,             ParamKind::Integer,       false, false, true,  1,    kMaxLong,  126,  nullptr},
    {JET_paramCommitDefault,          ParamKind::Grbit,         false, false, false, 0,    kAll,      0,    nullptr},
    {JET_paramCircularLog,            ParamKind::Boolean,       false, false, true,  0,    kAll,      0,    nullptr},
    {JET_paramDbExtensionSize,        ParamKind::Integer,       false, false, false, 1,    kMaxLong,  256,  nullptr},
    {JET_paramCheckpointDepthMax,     ParamKind::Integer,       false, false, false, 0,    kAll,      20971520, nullptr},
    {JET_paramRecovery,               ParamKind::String,        false, false, true,  0,    259,       0,    "on"},
    {JET_paramTransactionLevel,       ParamKind::ReadOnly,      false, false, false, 0,    kAll,      0,    nullptr},
    {JET_paramNoInformationEvent,     ParamKind::Boolean,       false, false, true,  0,    kAll,      0,    nullptr},
    {JET_paramDatabasePageSize,       ParamKind::BlockSize,     true,  true,  true,  2048, 32768,     8192, nullptr},
    {JET_paramErrorToString,          ParamKind::ErrorToString, true,  false, false, 0,    kAll,      0,    nullptr},
    {JET_paramCreatePathIfNotExist,   ParamKind::Boolean,       false, false, false, 0,    kAll,      0,    nullptr},
    {JET_paramMaxInstances,           ParamKind::Integer,       true,  true,  true,  1,    16384,     16,   nullptr},
    {JET_paramConfiguration,          ParamKind::Integer,       false, false, true,  0,    JET_configMask, JET_configDefault, nullptr},
    {JET_paramEnableAdvanced,         ParamKind::Boolean,       false, false, false, 0,    kAll,      1,    nullptr},
};

const std::array<const ParamDef*, kParamIdLimit>& modelledDefs() {
    static const std::array<const ParamDef*, kParamIdLimit> table = [] {
        std::array<const ParamDef*, kParamIdLimit> byId{};
        for (const ParamDef& def : kDefs) byId[def.id] = &def;
        return byId;
    }();
    return table;
}

// Valid ids the engine has no behaviour for: stored as given (number and string), default 0.
const std::array<ParamDef, kParamIdLimit>& unmodelledDefs() {
    static const std::array<ParamDef, kParamIdLimit> table = [] {
        std::array<ParamDef, kParamIdLimit> defs{};
        for (unsigned long id = 0; id < kParamIdLimit; ++id) {
            defs[id] = ParamDef{id, ParamKind::Unmodelled, false, false, false, 0, kAll, 0, nullptr};
        }
        return defs;
    }();
    return table;
}

bool isPowerOfTwo(std::uint64_t value) { return value != 0 && (value & (value - 1)) == 0; }

bool isBareFileName(const std::string& path) {
    for (char c : path) {
        if (platform::isSeparator(c) || c == ':') return false;
    }
    return !path.empty();
}

}  // namespace

const ParamDef* findParam(unsigned long id) {
    if (id >= kParamIdLimit) return nullptr;
    if (const ParamDef* def = modelledDefs()[id]) return def;
    return &unmodelledDefs()[id];
}

bool isTextKind(ParamKind kind) {
    return kind == ParamKind::String || kind == ParamKind::Folder || kind == ParamKind::Path;
}

ParamTable::ParamTable() : values_(kParamIdLimit) {
    for (unsigned long id = 0; id < kParamIdLimit; ++id) {
        const ParamDef* def = findParam(id);
        values_[id].number = static_cast<JET_API_PTR>(def->defaultNumber);
        if (def->defaultText != nullptr) values_[id].text = def->defaultText;
    }
}

JET_ERR ParamTable::set(const ParamDef& def, JET_API_PTR number, const std::string* text,
                        bool anyInstanceExists, bool instanceRuns) {
    ParamValue& slot = values_[def.id];
    if (def.kind == ParamKind::ErrorToString || def.kind == ParamKind::ReadOnly) {
        return JET_errInvalidParameter;
    }
    if (def.kind == ParamKind::Unmodelled) {
        slot.number = number;
        slot.text = text != nullptr ? *text : std::string();
        return JET_errSuccess;
    }
    const bool textual = isTextKind(def.kind);
    // ESENT accepts re-setting a numeric parameter to its current value at any time.
    if (!textual && number == slot.number) return JET_errSuccess;
    if (def.fixedOnceAnyInstanceExists && anyInstanceExists) return JET_errAlreadyInitialized;
    if (def.fixedOnceInstanceRuns && instanceRuns) return JET_errAlreadyInitialized;

    if (!textual) {
        const std::uint64_t value = number;
        if (value < def.low || value > def.high) return JET_errInvalidParameter;
        if (def.kind == ParamKind::BlockSize && !isPowerOfTwo(value)) return JET_errInvalidParameter;
        slot.number = def.kind == ParamKind::Boolean ? (number != 0 ? 1 : 0) : number;
        return JET_errSuccess;
    }

    const std::string given = text != nullptr ? *text : std::string();
    std::string stored = given;
    if (def.kind == ParamKind::Folder) {
        stored = given.empty() ? std::string() : platform::asFolder(platform::absolutePath(given));
    } else if (def.kind == ParamKind::Path && !isBareFileName(given) && !given.empty()) {
        stored = platform::absolutePath(given);
    }
    const std::size_t length = util::utf8ToUtf16(stored).size();
    if (length < def.low || length > def.high) return JET_errInvalidParameter;
    slot.text = stored;
    return JET_errSuccess;
}

}  // namespace esent::core
