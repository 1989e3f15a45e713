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
    {JET_paramDatabasePageSize,       ParamKind::BlockSize,     true,  true,  true,  4096, 32768,     4096, nullptr},
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

// The ids ESE's parameter table (sysparamtable.g.cxx) flags as advanced.
constexpr unsigned long kAdvancedIds[] = {
    5,   6,   7,   8,   9,   10,  12,  13,  14,  15,  18,  19,  20,  21,  22,  23,  25,  26,
    27,  28,  29,  30,  31,  32,  41,  55,  56,  57,  58,  59,  60,  63,  66,  67,  68,  69,
    74,  75,  78,  80,  81,  83,  89,  90,  91,  92,  93,  94,  95,  96,  97,  101, 105, 106,
    109, 114, 115, 116, 117, 118, 119, 120, 124, 125, 126, 127, 128, 135, 152, 164, 165, 166,
    167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 187,
    190, 191, 192, 193, 195, 212, 214, 215, 218, 219, 220,
};

}  // namespace

bool isAdvancedParam(unsigned long id) {
    for (unsigned long advanced : kAdvancedIds) {
        if (advanced == id) return true;
    }
    return false;
}

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

// ---------------------------------------------------------------------------------------------
// JET_paramConfiguration: ESE's configuration sets (jetapi.cxx, SetConfiguration).

namespace esent::core {

enum class OverrideUnit { Plain, BytesToPages, PercentOfCacheMaxToPages };

struct ConfigOverride {
    unsigned long id;
    std::uint64_t value;
    OverrideUnit unit;
};

namespace {

// Parameters the engine does not model, by their ESE ids, so the sets read back as in ESE.
constexpr unsigned long kCacheSizeMax = 23, kLruKHistoryMax = 26, kOutstandingIOMax = 30,
                        kStartFlushThreshold = 31, kStopFlushThreshold = 32, kPageTempDBMin = 19,
                        kEventLoggingLevel = 51, kCacheSizeMin = 60, kPreferredVerPages = 63,
                        kGlobalMinVerPages = 81, kPageHintCacheSize = 101, kDisablePerfmon = 107,
                        kEnableFileCache = 126, kEnableViewCache = 127, kVerPageSize = 128,
                        kMaxCoalesceReadSize = 164, kMaxCoalesceWriteSize = 165,
                        kMaxCoalesceWriteGapSize = 167, kPrereadIOMax = 179;

constexpr OverrideUnit kPlain = OverrideUnit::Plain;

// JET_configRemoveQuotas: the resource quotas at their largest.
const ConfigOverride kRemoveQuotas[] = {
    {JET_paramMaxOpenTables, 2147483647, kPlain},   {JET_paramMaxCursors, 2147483647, kPlain},
    {JET_paramMaxVerPages, 2147483647, kPlain},     {JET_paramMaxTemporaryTables, 2147483647, kPlain},
    {kPreferredVerPages, 2147483647, kPlain},       {JET_paramMaxSessions, 30000, kPlain},
};

// JET_configLowMemory, and the legacy "small" configuration 0: ESE's second column of defaults
// (the parameters whose small-configuration default differs from the usual one).
const ConfigOverride kSmallDefaults[] = {
    {JET_paramMaxSessions, 30000, kPlain},          {JET_paramMaxOpenTables, 2147483647, kPlain},
    {JET_paramMaxCursors, 2147483647, kPlain},      {JET_paramMaxVerPages, 2147483647, kPlain},
    {JET_paramMaxTemporaryTables, 2147483647, kPlain},
    {JET_paramLogFileSize, 64, kPlain},             {JET_paramLogBuffers, 1, kPlain},
    {JET_paramDbExtensionSize, 16, kPlain},         {kPageTempDBMin, 14, kPlain},
    {kCacheSizeMax, 16, kPlain},                    {JET_paramCheckpointDepthMax, 65536, kPlain},
    {kLruKHistoryMax, 10, kPlain},                  {kOutstandingIOMax, 16, kPlain},
    {kStartFlushThreshold, 1, kPlain},              {kStopFlushThreshold, 2, kPlain},
    {JET_paramNoInformationEvent, 1, kPlain},       {kCacheSizeMin, 16, kPlain},
    {kPreferredVerPages, 2147483647, kPlain},       {kGlobalMinVerPages, 1, kPlain},
    {kPageHintCacheSize, 32, kPlain},               {kDisablePerfmon, 1, kPlain},
    {kEnableFileCache, 1, kPlain},                  {kEnableViewCache, 1, kPlain},
    {kVerPageSize, 8192, kPlain},
};

const ConfigOverride kLowDiskFootprint[] = {
    {JET_paramDbExtensionSize, 16, kPlain}, {kPageTempDBMin, 14, kPlain},
    {JET_paramCircularLog, 1, kPlain},      {JET_paramLogFileSize, 64, kPlain},
    {JET_paramCheckpointDepthMax, 512 * 1024, kPlain},
};

const ConfigOverride kMediumDiskFootprint[] = {
    {JET_paramDbExtensionSize, 512 * 1024, OverrideUnit::BytesToPages},
    {kPageTempDBMin, 30, kPlain},
    {JET_paramCircularLog, 1, kPlain},
    {JET_paramLogFileSize, 512, kPlain},
    {JET_paramCheckpointDepthMax, 4 * 1024 * 1024, kPlain},
};

const ConfigOverride kDynamicMediumMemory[] = {
    {JET_paramMaxInstances, 1, kPlain},
    {JET_paramLogBuffers, 512, kPlain},
    {kPageHintCacheSize, 64, kPlain},
    {kEnableFileCache, 1, kPlain},
    {kEnableViewCache, 1, kPlain},
    {kCacheSizeMin, 128 * 1024, OverrideUnit::BytesToPages},
    {kCacheSizeMax, 5 * 1024 * 1024, OverrideUnit::BytesToPages},
    {kStartFlushThreshold, 2, OverrideUnit::PercentOfCacheMaxToPages},
    {kStopFlushThreshold, 3, OverrideUnit::PercentOfCacheMaxToPages},
    {kLruKHistoryMax, 1000, kPlain},
    {kGlobalMinVerPages, 1, kPlain},
    {kVerPageSize, 8192, kPlain},
    {kOutstandingIOMax, 48, kPlain},
};

const ConfigOverride kSsdProfileIO[] = {
    {kMaxCoalesceReadSize, 256 * 1024, kPlain}, {kMaxCoalesceWriteSize, 256 * 1024, kPlain},
    {kMaxCoalesceWriteGapSize, 0, kPlain},      {kOutstandingIOMax, 16, kPlain},
    {kPrereadIOMax, 5, kPlain},
};

const ConfigOverride kRunSilent[] = {
    {JET_paramNoInformationEvent, 1, kPlain},
    {kEventLoggingLevel, 0, kPlain},  // JET_EventLoggingDisable
    {kDisablePerfmon, 1, kPlain},
};

template <std::size_t N>
constexpr std::size_t countOf(const ConfigOverride (&)[N]) { return N; }

}  // namespace

void ParamTable::resetToDefault(unsigned long id) {
    const ParamDef* def = findParam(id);
    values_[id].number = static_cast<JET_API_PTR>(def->defaultNumber);
    values_[id].text = def->defaultText != nullptr ? def->defaultText : "";
}

void ParamTable::applyOverrides(const ConfigOverride* overrides, std::size_t count, bool globalTable,
                                std::uint64_t pageSize) {
    for (std::size_t i = 0; i < count; ++i) {
        const ConfigOverride& entry = overrides[i];
        // Through an instance, ESE leaves the process-wide parameters alone.
        if (!globalTable && findParam(entry.id)->global) continue;
        std::uint64_t value = entry.value;
        if (entry.unit == OverrideUnit::BytesToPages) {
            value /= pageSize;
        } else if (entry.unit == OverrideUnit::PercentOfCacheMaxToPages) {
            const std::uint64_t cacheMax = values_[kCacheSizeMax].number;
            value = cacheMax * value / 100;
            const std::uint64_t floor = entry.id == kStartFlushThreshold ? 1 : 2;
            if (cacheMax <= 100 && value < floor) value = floor;
        }
        // ESE doubles a 64 KB log file with 32 KB pages, which do not work together.
        if (entry.id == JET_paramLogFileSize && pageSize == 32768 && value == 64) value *= 2;
        values_[entry.id].number = static_cast<JET_API_PTR>(value);
    }
}

JET_ERR ParamTable::setConfiguration(JET_API_PTR value, bool globalTable, bool anyInstanceExists,
                                     bool instanceRuns, std::uint64_t pageSize) {
    // No "same value is fine" exemption here, unlike every other parameter.
    if (globalTable ? anyInstanceExists : instanceRuns) return JET_errAlreadyInitialized;
    if (value > JET_API_PTR(JET_configMask)) return JET_errInvalidParameter;
    if (pageSize == 0) pageSize = 4096;

    const bool legacySmall = value == 0;
    JET_API_PTR bits;
    if (legacySmall) {
        bits = JET_configDefault | JET_configLowDiskFootprint | JET_configLowMemory | JET_configRemoveQuotas;
        config_ = bits;
    } else {
        bits = value;
        // The sets are cumulative: without JET_configDefault the new bits join those in force.
        const JET_API_PTR base = (bits & JET_configDefault) != 0 ? JET_API_PTR(JET_configDefault) : config_;
        config_ = base | (bits & ~JET_API_PTR(JET_configDefault));
    }
    values_[JET_paramConfiguration].number = legacySmall ? 0 : config_;

    if ((bits & JET_configDefault) != 0) {
        for (unsigned long id = 0; id < kParamIdLimit; ++id) {
            if (id == JET_paramConfiguration) continue;
            const ParamDef* def = findParam(id);
            if (def->kind == ParamKind::ErrorToString || def->kind == ParamKind::ReadOnly) continue;
            if (!globalTable && def->global) continue;
            resetToDefault(id);
        }
        // The legacy small configuration resets to ESE's small defaults instead.
        if (legacySmall) applyOverrides(kSmallDefaults, countOf(kSmallDefaults), globalTable, pageSize);
    }
    // The order below is ESE's: later sets win where they overlap.
    if (!legacySmall && (bits & JET_configLowDiskFootprint) != 0) {
        applyOverrides(kLowDiskFootprint, countOf(kLowDiskFootprint), globalTable, pageSize);
    }
    if ((bits & JET_configMediumDiskFootprint) != 0) {
        applyOverrides(kMediumDiskFootprint, countOf(kMediumDiskFootprint), globalTable, pageSize);
    }
    if (!legacySmall && (bits & JET_configLowMemory) != 0) {
        applyOverrides(kSmallDefaults, countOf(kSmallDefaults), globalTable, pageSize);
    }
    if ((bits & JET_configDynamicMediumMemory) != 0) {
        applyOverrides(kDynamicMediumMemory, countOf(kDynamicMediumMemory), globalTable, pageSize);
    }
    if ((bits & JET_configSSDProfileIO) != 0) {
        applyOverrides(kSsdProfileIO, countOf(kSsdProfileIO), globalTable, pageSize);
    }
    if ((bits & JET_configRemoveQuotas) != 0) {
        applyOverrides(kRemoveQuotas, countOf(kRemoveQuotas), globalTable, pageSize);
    }
    if ((bits & JET_configRunSilent) != 0) {
        applyOverrides(kRunSilent, countOf(kRunSilent), globalTable, pageSize);
    }
    // JET_configUnthrottledMemory, JET_configLowPower and JET_configHighConcurrencyScaling change
    // no parameter in ESE either: they are only remembered.
    return JET_errSuccess;
}

}  // namespace esent::core
