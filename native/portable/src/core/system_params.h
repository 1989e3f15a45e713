// JET system parameters: the table of ids ESENT defines, with their kinds, defaults and the
// rules for when each may be set, and the storage of their values.
//
// ESENT keeps one process-wide table (the global parameters, and the defaults that new
// instances copy) and one table per instance. A parameter marked global always lives in the
// process-wide table, whichever instance it is set through.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <esent.h>

namespace esent::core {

// Parameter ids run from 0 to one below JET_paramMaxValueInvalid of ESE's current header (221).
// (mingw's older esent.h says 193, so the engine does not use that macro.)
constexpr unsigned long kParamIdLimit = 221;

enum class ParamKind {
    Integer,
    Boolean,        // stored as 0 or 1
    Grbit,
    String,         // length limits in characters
    Folder,         // stored absolute, with a trailing separator
    Path,           // a bare file name is kept as given; anything else is made absolute
    BlockSize,      // a power of two within the limits
    ErrorToString,  // get-only, computed (JET_paramErrorToString)
    ReadOnly,       // get-only
    Unmodelled,     // a valid id the engine accepts and stores but does not use
};

struct ParamDef {
    unsigned long id;
    ParamKind kind;
    bool global;
    bool fixedOnceAnyInstanceExists;  // ESENT: may not be set after the first instance is created
    bool fixedOnceInstanceRuns;       // ESENT: may not be set after JetInit of the instance
    std::uint64_t low;
    std::uint64_t high;
    std::uint64_t defaultNumber;
    const char* defaultText;          // nullptr for numeric parameters
};

// The definition of `id`, or nullptr when it is not a valid parameter id.
const ParamDef* findParam(unsigned long id);
bool isTextKind(ParamKind kind);

// ESE marks some parameters "advanced": while JET_paramEnableAdvanced is off (it is on by
// default), setting one of them is silently ignored and reports success.
bool isAdvancedParam(unsigned long id);

struct ConfigOverride;  // one setting of an ESE configuration set (system_params.cpp)

struct ParamValue {
    JET_API_PTR number = 0;
    std::string text;  // UTF-8
};

class ParamTable {
public:
    ParamTable();  // every parameter at its default
    const ParamValue& get(unsigned long id) const { return values_[id]; }

    // Applies ESENT's set rules; `text` is nullptr when the caller passed no string.
    JET_ERR set(const ParamDef& def, JET_API_PTR number, const std::string* text,
                bool anyInstanceExists, bool instanceRuns);

    // JET_paramConfiguration, which ESE handles apart from every other parameter: never settable
    // once the instance runs (or, for the process-wide table, once any instance exists), even to
    // the value it has; JET_configDefault puts every other parameter back to its default, and
    // each other bit applies ESE's configuration set on top. `globalTable` says whether this is
    // the process-wide table (whose global parameters are then reset too); `pageSize` is the
    // database page size in force, for settings ESE gives in bytes and stores in pages.
    JET_ERR setConfiguration(JET_API_PTR value, bool globalTable, bool anyInstanceExists,
                             bool instanceRuns, std::uint64_t pageSize);

    // Convenience readers for the engine's own use.
    JET_API_PTR number(unsigned long id) const { return values_[id].number; }
    const std::string& text(unsigned long id) const { return values_[id].text; }

private:
    void resetToDefault(unsigned long id);
    void applyOverrides(const ConfigOverride* overrides, std::size_t count, bool globalTable,
                        std::uint64_t pageSize);

    std::vector<ParamValue> values_;
    // The configuration bits in force; differs from the readable value only for the legacy
    // "small" configuration 0, which ESE reads back as 0 but runs as its four bits.
    JET_API_PTR config_ = JET_configDefault;
};

}  // namespace esent::core
