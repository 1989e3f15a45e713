// Tables and columns: create, open, close, delete and rename tables; add, delete and rename
// columns; default values; the table, column and object information levels.
//
// Every cursor handed to JS (JetCreateTable, JetCreateTableColumnIndex[2,3], JetOpenTable) goes
// into the handle registry and leaves it when JetCloseTable succeeds. The listings
// (JET_ColInfoList, JET_ObjInfoList) are temporary tables in ESENT: they are read here with
// JetMove / JetRetrieveColumn, closed, and returned as plain arrays, so JS never holds them.
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "api_table.h"
#include "call_args.h"
#include "column_value.h"
#include "errors.h"
// After the JET API (errors.h includes jet_api.h), as esent_late_bound.h requires.
#include "../win32/esent_late_bound.h"

namespace esent {

namespace {

// esent.h's values, spelled here because the addon may not use the macros (see jet_api.h).

constexpr unsigned long kColInfo = 0;
constexpr unsigned long kColInfoList = 1;
constexpr unsigned long kColInfoBase = 4;
constexpr unsigned long kColInfoListCompact = 5;
constexpr unsigned long kColInfoByColid = 6;
constexpr unsigned long kColInfoListSortColumnid = 7;
constexpr unsigned long kColInfoBaseByColid = 8;
// JET_ColInfoGrbitNonDerivedColumnsOnly, JET_ColInfoGrbitMinimalInfo, JET_ColInfoGrbitSortByColumnid
constexpr unsigned long kColInfoGrbits = 0xf0000000UL;

constexpr unsigned long kTblInfo = 0;
constexpr unsigned long kTblInfoName = 1;
constexpr unsigned long kTblInfoDbid = 2;
constexpr unsigned long kTblInfoSpaceAlloc = 9;
constexpr unsigned long kTblInfoSpaceOwned = 10;
constexpr unsigned long kTblInfoSpaceAvailable = 11;
constexpr unsigned long kTblInfoTemplateTableName = 12;

constexpr unsigned long kObjInfo = 0;
constexpr unsigned long kObjInfoListNoStats = 1;
constexpr unsigned long kObjInfoList = 2;
constexpr unsigned long kObjInfoNoStats = 5;

// JET_MoveFirst is 0x80000000 read as the C API's `long` cRow: INT32_MIN where long has 32
// bits (Windows), 2^31 where it has 64 (the portable engine compares the unsigned values).
constexpr long kMoveFirst = static_cast<long>(0x80000000UL);
constexpr long kMoveNext = 1;

// JET_INDEXCREATE grbits that turn its lcid / cbVarSegMac fields into pointers.
constexpr JET_GRBIT kIndexUnicode = 0x00000800;
constexpr JET_GRBIT kIndexTupleLimits = 0x00100000;

// JET_tableidNil: JetCreateTableColumnIndex leaves it when JET_bitTableCreateImmutableStructure
// asks for no cursor.
constexpr JET_TABLEID kTableidNil = ~static_cast<JET_TABLEID>(0);

// Room for any table or column name (JET_cbNameMost is 64 characters) and its terminator.
constexpr size_t kNameUnits = 256;

unsigned long OptionalCount(const Napi::Value& value, const std::string& what) {
  return value.IsUndefined() ? 0 : ToUnsigned32(value, what.c_str());
}

JET_GRBIT OptionalGrbitValue(const Napi::Value& value, const std::string& what) {
  return value.IsUndefined() ? 0 : static_cast<JET_GRBIT>(ToUint32(value, what.c_str()));
}

ByteView ToOptionalBytes(const Napi::Value& value, const std::string& what) {
  return IsNullish(value) ? ByteView{nullptr, 0} : ToByteView(value, what.c_str());
}

Napi::Array ToOptionalArray(const Napi::Value& value, const std::string& what) {
  if (value.IsUndefined()) return Napi::Array::New(value.Env());
  return ToArray(value, what);
}

std::optional<JetString> OptionalStringValue(const Napi::Value& value, const std::string& what) {
  if (IsNullish(value)) return std::nullopt;
  return ToJetString(value, what.c_str());
}

// An enum of the C API (JET_COLTYP, JET_OBJTYP, JET_CBTYP: 32-bit enums or typedefs of unsigned
// long) from a JS number, copied rather than cast so a value outside the enum reaches the engine
// unchanged and the engine refuses it.
template <typename Enum>
Enum EnumFrom(unsigned long value) {
  static_assert(sizeof(Enum) == sizeof(uint32_t), "the C API's enums are 32-bit");
  const uint32_t raw = static_cast<uint32_t>(value);
  Enum result;
  std::memcpy(&result, &raw, sizeof raw);
  return result;
}

Napi::Value Number(Napi::Env env, double value) {
  return Napi::Number::New(env, value);
}

// A fixed array of code units that the engine may fill to the last one: never read past it.
Napi::Value FromFixedText(Napi::Env env, const JetWChar* text, size_t units) {
  std::u16string utf16;
  for (size_t i = 0; i < units && text[i] != 0; ++i) utf16.push_back(static_cast<char16_t>(text[i]));
  return Napi::String::New(env, utf16);
}

Napi::Value TableidValue(Napi::Env env, const SessionView& session, JET_TABLEID tableid) {
  return FromHandleId(env, HandleRegistry::Get().AddTable(tableid, session.id));
}

// ---------------------------------------------------------------- structures as JS objects

unsigned long ColtypNumber(JET_COLTYP coltyp) {
  return static_cast<unsigned long>(coltyp);
}

Napi::Object ColumnDefObject(Napi::Env env, const JET_COLUMNDEF& def) {
  Napi::Object object = Napi::Object::New(env);
  object.Set("columnid", Number(env, def.columnid));
  object.Set("coltyp", Number(env, ColtypNumber(def.coltyp)));
  object.Set("wCountry", Number(env, def.wCountry));
  object.Set("langid", Number(env, def.langid));
  object.Set("cp", Number(env, def.cp));
  object.Set("wCollate", Number(env, def.wCollate));
  object.Set("cbMax", Number(env, def.cbMax));
  object.Set("grbit", Number(env, def.grbit));
  return object;
}

Napi::Object ColumnBaseObject(Napi::Env env, const JET_COLUMNBASE_W& base) {
  Napi::Object object = Napi::Object::New(env);
  object.Set("columnid", Number(env, base.columnid));
  object.Set("coltyp", Number(env, ColtypNumber(base.coltyp)));
  object.Set("wCountry", Number(env, base.wCountry));
  object.Set("langid", Number(env, base.langid));
  object.Set("cp", Number(env, base.cp));
  object.Set("cbMax", Number(env, base.cbMax));
  object.Set("grbit", Number(env, base.grbit));
  object.Set("szBaseTableName", FromFixedText(env, base.szBaseTableName, sizeof base.szBaseTableName / sizeof(JetWChar)));
  object.Set("szBaseColumnName",
             FromFixedText(env, base.szBaseColumnName, sizeof base.szBaseColumnName / sizeof(JetWChar)));
  return object;
}

// dtCreate and dtUpdate are left out: ESENT never sets them (its JET_OBJECTINFO and its object
// listing leave them uninitialised), so they would carry garbage.
Napi::Object ObjectInfoObject(Napi::Env env, const JET_OBJECTINFO& info) {
  Napi::Object object = Napi::Object::New(env);
  object.Set("objtyp", Number(env, static_cast<unsigned long>(info.objtyp)));
  object.Set("grbit", Number(env, info.grbit));
  object.Set("flags", Number(env, info.flags));
  object.Set("cRecord", Number(env, info.cRecord));
  object.Set("cPage", Number(env, info.cPage));
  return object;
}

// ---------------------------------------------------------------- listings

// A listing's temporary table, read record by record and closed whatever happens. Listings of
// the W entry points hold their names as UTF-16 text.
class Listing {
 public:
  // `function` names the call that asked for the listing, in errors.
  Listing(Napi::Env env, const char* function, JET_SESID sesid, JET_TABLEID tableid)
      : env_(env), function_(function), sesid_(sesid), tableid_(tableid) {}
  ~Listing() { JetCloseTable(sesid_, tableid_); }
  Listing(const Listing&) = delete;
  Listing& operator=(const Listing&) = delete;

  // Calls row() on each record, first to last, and returns the array of what it built.
  template <typename Row>
  Napi::Array Rows(Row row) {
    Napi::Array rows = Napi::Array::New(env_);
    uint32_t count = 0;
    JET_ERR err = JetMove(sesid_, tableid_, kMoveFirst, 0);
    while (err >= 0) {
      rows.Set(count++, row());
      err = JetMove(sesid_, tableid_, kMoveNext, 0);
    }
    if (err != kErrNoCurrentRecord) CheckJet(env_, err);
    return rows;
  }

  // The column's value in the current record: a Buffer, or null when it is null or the listing
  // lacks the column.
  Napi::Value Buffer(JET_COLUMNID columnid) {
    if (columnid == 0) return env_.Null();
    return ReadValue(env_, function_, [&](void* buffer, unsigned long cbData, unsigned long* cbActual) {
      return JetRetrieveColumn(sesid_, tableid_, columnid, buffer, cbData, cbActual, 0, nullptr);
    });
  }

  // A little-endian unsigned integer column (Short or Long); 0 when null.
  double Unsigned(JET_COLUMNID columnid) {
    const Napi::Value value = Buffer(columnid);
    if (value.IsNull()) return 0;
    const Napi::Buffer<uint8_t> bytes = value.As<Napi::Buffer<uint8_t>>();
    uint32_t number = 0;
    for (size_t i = 0; i < bytes.Length() && i < 4; ++i) number |= static_cast<uint32_t>(bytes[i]) << (8 * i);
    return number;
  }

  // A UTF-16LE text column; null when null.
  Napi::Value Text(JET_COLUMNID columnid) {
    const Napi::Value value = Buffer(columnid);
    if (value.IsNull()) return value;
    const Napi::Buffer<uint8_t> bytes = value.As<Napi::Buffer<uint8_t>>();
    std::u16string text;
    for (size_t i = 0; i + 1 < bytes.Length(); i += 2) {
      text.push_back(static_cast<char16_t>(bytes[i] | (bytes[i + 1] << 8)));
    }
    while (!text.empty() && text.back() == u'\0') text.pop_back();
    return Napi::String::New(env_, text);
  }

 private:
  Napi::Env env_;
  const char* function_;
  JET_SESID sesid_;
  JET_TABLEID tableid_;
};

Napi::Array ColumnListArray(Napi::Env env, const char* function, JET_SESID sesid, const JET_COLUMNLIST& list) {
  Listing listing(env, function, sesid, list.tableid);
  return listing.Rows([&] {
    Napi::Object row = Napi::Object::New(env);
    row.Set("columnName", listing.Text(list.columnidcolumnname));
    row.Set("columnid", Number(env, listing.Unsigned(list.columnidcolumnid)));
    row.Set("coltyp", Number(env, listing.Unsigned(list.columnidcoltyp)));
    row.Set("wCountry", Number(env, listing.Unsigned(list.columnidCountry)));
    row.Set("langid", Number(env, listing.Unsigned(list.columnidLangid)));
    row.Set("cp", Number(env, listing.Unsigned(list.columnidCp)));
    row.Set("wCollate", Number(env, listing.Unsigned(list.columnidCollate)));
    row.Set("cbMax", Number(env, listing.Unsigned(list.columnidcbMax)));
    row.Set("grbit", Number(env, listing.Unsigned(list.columnidgrbit)));
    row.Set("defaultValue", listing.Buffer(list.columnidDefault));
    row.Set("baseTableName", listing.Text(list.columnidBaseTableName));
    row.Set("baseColumnName", listing.Text(list.columnidBaseColumnName));
    return row;
  });
}

// Without dtCreate / dtUpdate: ESENT leaves their JET_OBJECTLIST column ids unset.
Napi::Array ObjectListArray(Napi::Env env, const char* function, JET_SESID sesid, const JET_OBJECTLIST& list) {
  Listing listing(env, function, sesid, list.tableid);
  return listing.Rows([&] {
    Napi::Object row = Napi::Object::New(env);
    row.Set("szContainerName", listing.Text(list.columnidcontainername));
    row.Set("szObjectName", listing.Text(list.columnidobjectname));
    row.Set("objtyp", Number(env, listing.Unsigned(list.columnidobjtyp)));
    row.Set("grbit", Number(env, listing.Unsigned(list.columnidgrbit)));
    row.Set("flags", Number(env, listing.Unsigned(list.columnidflags)));
    row.Set("cRecord", Number(env, listing.Unsigned(list.columnidcRecord)));
    row.Set("cPage", Number(env, listing.Unsigned(list.columnidcPage)));
    return row;
  });
}

// ---------------------------------------------------------------- tables

Napi::Value CreateTable(const Napi::CallbackInfo& info) {
  constexpr const char* kFn = "JetCreateTable";
  Args args(info, kFn);
  const SessionView session = args.OwnedSession(0);
  const JET_DBID dbid = args.Uint32(1, "dbid");
  const JetString name = args.String(2, "szTableName");
  const unsigned long pages = OptionalCount(args.At(3), ArgumentName(kFn, "lPages"));
  const unsigned long density = OptionalCount(args.At(4), ArgumentName(kFn, "lDensity"));
  JET_TABLEID tableid = 0;
  CheckJet(args.Env(), JetCreateTableW(session.engine, dbid, name.c_str(), pages, density, &tableid));
  return TableidValue(args.Env(), session, tableid);
}

// JET_TABLECREATE2 and 3 name a callback; JET_TABLECREATE3 adds space hints and cbSeparateLV,
// and its index creates (JET_INDEXCREATE2) space hints of their own.
template <typename TableCreate>
constexpr bool kHasCallback =
    std::is_same_v<TableCreate, JET_TABLECREATE2_W> || std::is_same_v<TableCreate, JET_TABLECREATE3_W>;
template <typename TableCreate>
constexpr bool kHasSpaceHints = std::is_same_v<TableCreate, JET_TABLECREATE3_W>;

// A JS JET_SPACEHINTS (its fields but cbStruct, each optional: 0), or none for null / undefined.
std::optional<JET_SPACEHINTS> OptionalSpaceHints(const Napi::Value& value, const std::string& what) {
  if (IsNullish(value)) return std::nullopt;
  const Napi::Object object = ToObject(value, what);
  JET_SPACEHINTS hints;
  std::memset(&hints, 0, sizeof hints);
  hints.cbStruct = sizeof hints;
  hints.ulInitialDensity = OptionalCount(object.Get("ulInitialDensity"), what + ".ulInitialDensity");
  hints.cbInitial = OptionalCount(object.Get("cbInitial"), what + ".cbInitial");
  hints.grbit = OptionalGrbitValue(object.Get("grbit"), what + ".grbit");
  hints.ulMaintDensity = OptionalCount(object.Get("ulMaintDensity"), what + ".ulMaintDensity");
  hints.ulGrowth = OptionalCount(object.Get("ulGrowth"), what + ".ulGrowth");
  hints.cbMinExtent = OptionalCount(object.Get("cbMinExtent"), what + ".cbMinExtent");
  hints.cbMaxExtent = OptionalCount(object.Get("cbMaxExtent"), what + ".cbMaxExtent");
  return hints;
}

JET_SPACEHINTS* SpaceHintsPointer(std::optional<JET_SPACEHINTS>& hints) {
  return hints ? &*hints : nullptr;
}

// A JS tablecreate as the engine's structures. Every string, default value, space hint and array
// they point to is owned here, and the pointers are taken only once the vectors are complete.
template <typename TableCreate>
class TableCreateRequest {
  // JET_INDEXCREATE_W, or JET_INDEXCREATE2_W for JET_TABLECREATE3_W.
  using IndexCreate = std::remove_pointer_t<decltype(TableCreate::rgindexcreate)>;

 public:
  TableCreateRequest(const TableCreateRequest&) = delete;
  TableCreateRequest& operator=(const TableCreateRequest&) = delete;

  TableCreateRequest(const char* function, const Napi::Value& value) : function_(function) {
    const Napi::Object object = ToObject(value, ArgumentName(function, "tablecreate"));
    tableName_ = ToJetString(object.Get("szTableName"), ArgumentName(function, "szTableName").c_str());
    templateName_ = OptionalStringValue(object.Get("szTemplateTableName"), ArgumentName(function, "szTemplateTableName"));
    const Napi::Array columns = ToOptionalArray(object.Get("rgcolumncreate"), ArgumentName(function, "rgcolumncreate"));
    for (uint32_t i = 0; i < columns.Length(); ++i) ReadColumn(columns.Get(i), i);
    const Napi::Array indexes = ToOptionalArray(object.Get("rgindexcreate"), ArgumentName(function, "rgindexcreate"));
    for (uint32_t i = 0; i < indexes.Length(); ++i) ReadIndex(indexes.Get(i), i);

    std::memset(&create_, 0, sizeof create_);
    create_.cbStruct = sizeof create_;
    create_.tableid = kTableidNil;
    create_.ulPages = OptionalCount(object.Get("ulPages"), ArgumentName(function, "ulPages"));
    create_.ulDensity = OptionalCount(object.Get("ulDensity"), ArgumentName(function, "ulDensity"));
    create_.grbit = OptionalGrbitValue(object.Get("grbit"), ArgumentName(function, "grbit"));
    ReadCallback(object);
    ReadTableSpaceHints(object);

    create_.szTableName = &tableName_[0];
    create_.szTemplateTableName = templateName_ ? &(*templateName_)[0] : nullptr;
    for (size_t i = 0; i < columns_.size(); ++i) {
      columns_[i].szColumnName = &columnNames_[i][0];
      columns_[i].pvDefault = defaults_[i] ? &(*defaults_[i])[0] : nullptr;
    }
    for (size_t i = 0; i < indexes_.size(); ++i) {
      indexes_[i].szIndexName = &indexNames_[i][0];
      indexes_[i].szKey = &indexKeys_[i][0];
      indexes_[i].cbKey = static_cast<unsigned long>((indexKeys_[i].size() + 1) * sizeof(JetWChar));
      if constexpr (kHasSpaceHints<TableCreate>) indexes_[i].pSpacehints = SpaceHintsPointer(indexHints_[i]);
    }
    if constexpr (kHasSpaceHints<TableCreate>) {
      create_.pSeqSpacehints = SpaceHintsPointer(seqHints_);
      create_.pLVSpacehints = SpaceHintsPointer(lvHints_);
    }
    // mingw's JET_TABLECREATE_W names the column array through the A/W macro: the layouts are
    // the same, only the name pointer's type differs.
    create_.rgcolumncreate = reinterpret_cast<decltype(create_.rgcolumncreate)>(columns_.empty() ? nullptr : columns_.data());
    create_.cColumns = static_cast<unsigned long>(columns_.size());
    create_.rgindexcreate = indexes_.empty() ? nullptr : indexes_.data();
    create_.cIndexes = static_cast<unsigned long>(indexes_.size());
  }

  TableCreate* Get() { return &create_; }

  Napi::Array ColumnIds(Napi::Env env) const {
    Napi::Array ids = Napi::Array::New(env, columns_.size());
    for (size_t i = 0; i < columns_.size(); ++i) ids.Set(static_cast<uint32_t>(i), Number(env, columns_[i].columnid));
    return ids;
  }

  Napi::Array ColumnErrs(Napi::Env env) const { return Errs(env, columns_); }
  Napi::Array IndexErrs(Napi::Env env) const { return Errs(env, indexes_); }

  // The `err` the engine left in each column or index create, as on return from the call.
  void SetErrs(Napi::Object target) const {
    target.Set("columnErrs", ColumnErrs(target.Env()));
    target.Set("indexErrs", IndexErrs(target.Env()));
  }

 private:
  std::string Item(const char* array, uint32_t index) const {
    return ArgumentName(function_, std::string(array) + "[" + std::to_string(index) + "]");
  }
  std::string Item(const char* array, uint32_t index, const char* field) const {
    return Item(array, index) + "." + field;
  }

  void ReadColumn(const Napi::Value& value, uint32_t i) {
    const Napi::Object column = ToObject(value, Item("rgcolumncreate", i));
    columnNames_.push_back(ToJetString(column.Get("szColumnName"), Item("rgcolumncreate", i, "szColumnName").c_str()));
    JET_COLUMNCREATE_W create;
    std::memset(&create, 0, sizeof create);
    create.cbStruct = sizeof create;
    create.coltyp = EnumFrom<JET_COLTYP>(ToUnsigned32(column.Get("coltyp"), Item("rgcolumncreate", i, "coltyp").c_str()));
    create.cbMax = OptionalCount(column.Get("cbMax"), Item("rgcolumncreate", i, "cbMax"));
    create.grbit = OptionalGrbitValue(column.Get("grbit"), Item("rgcolumncreate", i, "grbit"));
    // Copied: reading the later items runs JS (getters), which could detach this buffer.
    const ByteView defaultValue = ToOptionalBytes(column.Get("pvDefault"), Item("rgcolumncreate", i, "pvDefault"));
    defaults_.emplace_back();
    if (defaultValue.data != nullptr) defaults_.back().emplace(static_cast<const char*>(defaultValue.data), defaultValue.size);
    create.cbDefault = defaultValue.size;
    create.cp = OptionalCount(column.Get("cp"), Item("rgcolumncreate", i, "cp"));
    columns_.push_back(create);
  }

  void ReadIndex(const Napi::Value& value, uint32_t i) {
    const Napi::Object index = ToObject(value, Item("rgindexcreate", i));
    indexNames_.push_back(ToJetString(index.Get("szIndexName"), Item("rgindexcreate", i, "szIndexName").c_str()));
    // The key description holds NUL separators ("+a\0-b\0"): taken whole; cbKey counts the
    // terminator added after it.
    const Napi::Value key = index.Get("szKey");
    if (!key.IsString()) ThrowTypeError(value.Env(), Item("rgindexcreate", i, "szKey") + " must be a string");
    const std::u16string keyText = key.As<Napi::String>().Utf16Value();
    indexKeys_.emplace_back(keyText.begin(), keyText.end());
    IndexCreate create;
    std::memset(&create, 0, sizeof create);
    create.cbStruct = sizeof create;
    create.grbit = OptionalGrbitValue(index.Get("grbit"), Item("rgindexcreate", i, "grbit"));
    if (create.grbit & (kIndexUnicode | kIndexTupleLimits)) {
      ThrowTypeError(value.Env(),
                     Item("rgindexcreate", i, "grbit") + ": JET_bitIndexUnicode and JET_bitIndexTupleLimits are not supported yet");
    }
    if (!IsNullish(index.Get("rgconditionalcolumn"))) {
      ThrowTypeError(value.Env(), Item("rgindexcreate", i, "rgconditionalcolumn") + " is not supported yet; pass null");
    }
    create.ulDensity = OptionalCount(index.Get("ulDensity"), Item("rgindexcreate", i, "ulDensity"));
    create.lcid = OptionalCount(index.Get("lcid"), Item("rgindexcreate", i, "lcid"));
    create.cbVarSegMac = OptionalCount(index.Get("cbVarSegMac"), Item("rgindexcreate", i, "cbVarSegMac"));
    create.cbKeyMost = OptionalCount(index.Get("cbKeyMost"), Item("rgindexcreate", i, "cbKeyMost"));
    if constexpr (kHasSpaceHints<TableCreate>) {
      indexHints_.push_back(OptionalSpaceHints(index.Get("pSpacehints"), Item("rgindexcreate", i, "pSpacehints")));
    }
    indexes_.push_back(create);
  }

  // JET_TABLECREATE2/3's callback: a callback needs a DLL entry point, which JS cannot name.
  void ReadCallback(const Napi::Object& object) {
    if constexpr (kHasCallback<TableCreate>) {
      if (!IsNullish(object.Get("szCallback"))) {
        ThrowTypeError(object.Env(), ArgumentName(function_, "szCallback") + " is not supported yet; pass null");
      }
      create_.cbtyp = EnumFrom<JET_CBTYP>(OptionalCount(object.Get("cbtyp"), ArgumentName(function_, "cbtyp")));
    } else {
      (void)object;
    }
  }

  // JET_TABLECREATE3's hints for the table's sequential tree and its long values, and the size from
  // which a long value is stored apart from its record.
  void ReadTableSpaceHints(const Napi::Object& object) {
    if constexpr (kHasSpaceHints<TableCreate>) {
      seqHints_ = OptionalSpaceHints(object.Get("pSeqSpacehints"), ArgumentName(function_, "pSeqSpacehints"));
      lvHints_ = OptionalSpaceHints(object.Get("pLVSpacehints"), ArgumentName(function_, "pLVSpacehints"));
      create_.cbSeparateLV = OptionalCount(object.Get("cbSeparateLV"), ArgumentName(function_, "cbSeparateLV"));
    } else {
      (void)object;
    }
  }

  template <typename Create>
  static Napi::Array Errs(Napi::Env env, const std::vector<Create>& creates) {
    Napi::Array errs = Napi::Array::New(env, creates.size());
    for (size_t i = 0; i < creates.size(); ++i) errs.Set(static_cast<uint32_t>(i), Number(env, creates[i].err));
    return errs;
  }

  const char* function_;
  JetString tableName_;
  std::optional<JetString> templateName_;
  std::vector<JetString> columnNames_;
  std::vector<std::optional<std::string>> defaults_;
  std::vector<JET_COLUMNCREATE_W> columns_;
  std::vector<JetString> indexNames_;
  std::vector<JetString> indexKeys_;
  std::vector<IndexCreate> indexes_;
  std::vector<std::optional<JET_SPACEHINTS>> indexHints_;
  std::optional<JET_SPACEHINTS> seqHints_;
  std::optional<JET_SPACEHINTS> lvHints_;
  TableCreate create_;
};

// JetCreateTableColumnIndex[2,3]: { tableid, cCreated, columnids, columnErrs, indexErrs }. When the
// engine refuses, the EsentError carries columnErrs and indexErrs too: the failing column's or
// index's err says which it was.
template <typename TableCreate, typename Create>
Napi::Value CreateTableColumnIndexWith(const Napi::CallbackInfo& info, const char* function, Create create) {
  Args args(info, function);
  // Read first: its getters run JS, which must not end the session after it was looked up.
  TableCreateRequest<TableCreate> request(function, args.At(2));
  const SessionView session = args.OwnedSession(0);
  const JET_DBID dbid = args.Uint32(1, "dbid");
  const JET_ERR result = create(session.engine, dbid, request.Get());
  Napi::Env env = args.Env();
  if (result < 0) {
    try {
      ThrowEsentError(env, result);
    } catch (Napi::Error& error) {
      request.SetErrs(error.Value());
      throw;
    }
  }
  Napi::Object out = Napi::Object::New(env);
  const JET_TABLEID tableid = request.Get()->tableid;
  out.Set("tableid", tableid == kTableidNil ? FromHandleId(env, ~HandleId{0}) : TableidValue(env, session, tableid));
  out.Set("cCreated", Number(env, request.Get()->cCreated));
  out.Set("columnids", request.ColumnIds(env));
  request.SetErrs(out);
  return out;
}

Napi::Value CreateTableColumnIndex(const Napi::CallbackInfo& info) {
  return CreateTableColumnIndexWith<JET_TABLECREATE_W>(
      info, "JetCreateTableColumnIndex", [](JET_SESID sesid, JET_DBID dbid, JET_TABLECREATE_W* create) {
        return JetCreateTableColumnIndexW(sesid, dbid, create);
      });
}

Napi::Value CreateTableColumnIndex2(const Napi::CallbackInfo& info) {
  return CreateTableColumnIndexWith<JET_TABLECREATE2_W>(
      info, "JetCreateTableColumnIndex2", [](JET_SESID sesid, JET_DBID dbid, JET_TABLECREATE2_W* create) {
        return JetCreateTableColumnIndex2W(sesid, dbid, create);
      });
}

// Windows 7's esent.dll and later have JetCreateTableColumnIndex3W; with an older one the call
// is JET_errFeatureNotAvailable.
Napi::Value CreateTableColumnIndex3(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  return CreateTableColumnIndexWith<JET_TABLECREATE3_W>(
      info, "JetCreateTableColumnIndex3", [env](JET_SESID sesid, JET_DBID dbid, JET_TABLECREATE3_W* create) {
        const auto create3 = ESENT_LATE_BOUND(JetCreateTableColumnIndex3W);
        if (create3 == nullptr) ThrowMissingFunction(env, "JetCreateTableColumnIndex3W");
        return create3(sesid, dbid, create);
      });
}

Napi::Value OpenTable(const Napi::CallbackInfo& info) {
  Args args(info, "JetOpenTable");
  const SessionView session = args.OwnedSession(0);
  const JET_DBID dbid = args.Uint32(1, "dbid");
  const JetString name = args.String(2, "szTableName");
  args.RequireNullish(3, "pvParameters");
  const JET_GRBIT grbit = args.OptionalGrbit(4);
  JET_TABLEID tableid = 0;
  CheckJet(args.Env(), JetOpenTableW(session.engine, dbid, name.c_str(), nullptr, 0, grbit, &tableid));
  return TableidValue(args.Env(), session, tableid);
}

Napi::Value CloseTable(const Napi::CallbackInfo& info) {
  Args args(info, "JetCloseTable");
  const TableView table = args.OwnedTable(0, 1);
  const JET_ERR result = CheckJet(args.Env(), JetCloseTable(table.session.engine, table.engine));
  HandleRegistry::Get().RemoveTable(table.id);
  return Number(args.Env(), result);
}

Napi::Value DeleteTable(const Napi::CallbackInfo& info) {
  Args args(info, "JetDeleteTable");
  const SessionView session = args.OwnedSession(0);
  const JET_DBID dbid = args.Uint32(1, "dbid");
  const JetString name = args.String(2, "szTableName");
  return Number(args.Env(), CheckJet(args.Env(), JetDeleteTableW(session.engine, dbid, name.c_str())));
}

Napi::Value RenameTable(const Napi::CallbackInfo& info) {
  Args args(info, "JetRenameTable");
  const SessionView session = args.OwnedSession(0);
  const JET_DBID dbid = args.Uint32(1, "dbid");
  const JetString name = args.String(2, "szName");
  const JetString newName = args.String(3, "szNameNew");
  return Number(args.Env(), CheckJet(args.Env(), JetRenameTableW(session.engine, dbid, name.c_str(), newName.c_str())));
}

// ---------------------------------------------------------------- columns

// { coltyp, cbMax?, grbit?, cp? } as a JET_COLUMNDEF.
JET_COLUMNDEF ToColumnDef(const Napi::Value& value, const char* function) {
  const Napi::Object object = ToObject(value, ArgumentName(function, "columndef"));
  JET_COLUMNDEF def;
  std::memset(&def, 0, sizeof def);
  def.cbStruct = sizeof def;
  def.coltyp = EnumFrom<JET_COLTYP>(ToUnsigned32(object.Get("coltyp"), ArgumentName(function, "columndef.coltyp").c_str()));
  def.cbMax = OptionalCount(object.Get("cbMax"), ArgumentName(function, "columndef.cbMax"));
  def.grbit = OptionalGrbitValue(object.Get("grbit"), ArgumentName(function, "columndef.grbit"));
  const unsigned long cp = OptionalCount(object.Get("cp"), ArgumentName(function, "columndef.cp"));
  if (cp > 0xffff) ThrowRangeError(value.Env(), ArgumentName(function, "columndef.cp") + " must fit in 16 bits");
  def.cp = static_cast<unsigned short>(cp);
  return def;
}

Napi::Value AddColumn(const Napi::CallbackInfo& info) {
  constexpr const char* kFn = "JetAddColumn";
  Args args(info, kFn);
  // The definition first: its getters run JS, which must not close the cursor after it was
  // looked up, nor detach the default value's buffer after it was taken.
  const JET_COLUMNDEF def = ToColumnDef(args.At(3), kFn);
  const TableView table = args.OwnedTable(0, 1);
  const JetString name = args.String(2, "szColumnName");
  const ByteView defaultValue = ToOptionalBytes(args.At(4), ArgumentName(kFn, "pvDefault"));
  JET_COLUMNID columnid = 0;
  CheckJet(args.Env(), JetAddColumnW(table.session.engine, table.engine, name.c_str(), &def, defaultValue.data,
                                     defaultValue.size, &columnid));
  return Number(args.Env(), columnid);
}

Napi::Value DeleteColumn(const Napi::CallbackInfo& info) {
  Args args(info, "JetDeleteColumn");
  const TableView table = args.OwnedTable(0, 1);
  const JetString name = args.String(2, "szColumnName");
  return Number(args.Env(), CheckJet(args.Env(), JetDeleteColumnW(table.session.engine, table.engine, name.c_str())));
}

Napi::Value DeleteColumn2(const Napi::CallbackInfo& info) {
  Args args(info, "JetDeleteColumn2");
  const TableView table = args.OwnedTable(0, 1);
  const JetString name = args.String(2, "szColumnName");
  const JET_GRBIT grbit = args.OptionalGrbit(3);
  return Number(args.Env(),
                CheckJet(args.Env(), JetDeleteColumn2W(table.session.engine, table.engine, name.c_str(), grbit)));
}

Napi::Value RenameColumn(const Napi::CallbackInfo& info) {
  Args args(info, "JetRenameColumn");
  const TableView table = args.OwnedTable(0, 1);
  const JetString name = args.String(2, "szName");
  const JetString newName = args.String(3, "szNameNew");
  const JET_GRBIT grbit = args.OptionalGrbit(4);
  return Number(args.Env(), CheckJet(args.Env(), JetRenameColumnW(table.session.engine, table.engine, name.c_str(),
                                                                  newName.c_str(), grbit)));
}

Napi::Value SetColumnDefaultValue(const Napi::CallbackInfo& info) {
  constexpr const char* kFn = "JetSetColumnDefaultValue";
  Args args(info, kFn);
  const SessionView session = args.OwnedSession(0);
  const JET_DBID dbid = args.Uint32(1, "dbid");
  const JetString tableName = args.String(2, "szTableName");
  const JetString columnName = args.String(3, "szColumnName");
  const ByteView data = args.Bytes(4, "pvData");
  const JET_GRBIT grbit = args.OptionalGrbit(5);
  return Number(args.Env(), CheckJet(args.Env(), JetSetColumnDefaultValueW(session.engine, dbid, tableName.c_str(),
                                                                           columnName.c_str(), data.data, data.size,
                                                                           grbit)));
}

// ---------------------------------------------------------------- column information

bool IsColumnListLevel(unsigned long level) {
  return level == kColInfoList || level == kColInfoListCompact || level == kColInfoListSortColumnid;
}

bool IsByColidLevel(unsigned long level) {
  return level == kColInfoByColid || level == kColInfoBaseByColid;
}

// The column argument as an info level reads it: a name, a column id (the ByColid levels take
// szColumnName as a pointer to a JET_COLUMNID), or nothing for the listings.
class ColumnSelector {
 public:
  ColumnSelector(const Args& args, size_t index, unsigned long level) {
    if (IsByColidLevel(level)) {
      byId_ = true;
      columnid_ = args.Uint32(index, "columnid");
    } else if (IsColumnListLevel(level)) {
      name_ = args.OptionalString(index, "szColumnName");
    } else {
      name_ = args.String(index, "szColumnName");
    }
  }
  const JetWChar* Pointer() const {
    if (byId_) return reinterpret_cast<const JetWChar*>(&columnid_);
    return name_ ? name_->c_str() : nullptr;
  }

 private:
  bool byId_ = false;
  JET_COLUMNID columnid_ = 0;
  std::optional<JetString> name_;
};

// Runs one JetGetTableColumnInfo / JetGetColumnInfo call, given as `query(column, buffer, cbMax)`,
// with the structure the level fills, and turns it into a JS value.
template <typename Query>
Napi::Value QueryColumnInfo(const Args& args, const SessionView& session, size_t columnIndex, Query query) {
  Napi::Env env = args.Env();
  const unsigned long infoLevel = args.Uint32(columnIndex + 1, "infoLevel");
  const unsigned long level = infoLevel & ~kColInfoGrbits;
  if (level != kColInfo && level != kColInfoByColid && level != kColInfoBase && level != kColInfoBaseByColid &&
      !IsColumnListLevel(level)) {
    ThrowRangeError(env, "infoLevel " + std::to_string(infoLevel) + " is not supported");
  }
  const ColumnSelector column(args, columnIndex, level);
  if (IsColumnListLevel(level)) {
    JET_COLUMNLIST list;
    std::memset(&list, 0, sizeof list);
    list.cbStruct = sizeof list;
    CheckJet(env, query(column.Pointer(), &list, sizeof list, infoLevel));
    return ColumnListArray(env, args.Function(), session.engine, list);
  }
  if (level == kColInfoBase || level == kColInfoBaseByColid) {
    JET_COLUMNBASE_W base;
    std::memset(&base, 0, sizeof base);
    base.cbStruct = sizeof base;
    CheckJet(env, query(column.Pointer(), &base, sizeof base, infoLevel));
    return ColumnBaseObject(env, base);
  }
  JET_COLUMNDEF def;
  std::memset(&def, 0, sizeof def);
  def.cbStruct = sizeof def;
  CheckJet(env, query(column.Pointer(), &def, sizeof def, infoLevel));
  return ColumnDefObject(env, def);
}

Napi::Value GetTableColumnInfo(const Napi::CallbackInfo& info) {
  Args args(info, "JetGetTableColumnInfo");
  const TableView table = args.OwnedTable(0, 1);
  return QueryColumnInfo(args, table.session, 2,
                         [&](const JetWChar* column, void* result, unsigned long cbMax, unsigned long level) {
                           return JetGetTableColumnInfoW(table.session.engine, table.engine, column, result, cbMax,
                                                         level);
                         });
}

Napi::Value GetColumnInfo(const Napi::CallbackInfo& info) {
  Args args(info, "JetGetColumnInfo");
  const SessionView session = args.OwnedSession(0);
  const JET_DBID dbid = args.Uint32(1, "dbid");
  const JetString tableName = args.String(2, "szTableName");
  return QueryColumnInfo(args, session, 3,
                         [&](const JetWChar* column, void* result, unsigned long cbMax, unsigned long level) {
                           return JetGetColumnInfoW(session.engine, dbid, tableName.c_str(), column, result, cbMax,
                                                    level);
                         });
}

// ---------------------------------------------------------------- table and object information

Napi::Value GetTableInfo(const Napi::CallbackInfo& info) {
  Args args(info, "JetGetTableInfo");
  const TableView table = args.OwnedTable(0, 1);
  const unsigned long infoLevel = args.Uint32(2, "infoLevel");
  Napi::Env env = args.Env();
  auto query = [&](void* result, unsigned long cbMax) {
    CheckJet(env, JetGetTableInfoW(table.session.engine, table.engine, result, cbMax, infoLevel));
  };
  switch (infoLevel) {
    case kTblInfo: {
      JET_OBJECTINFO object;
      std::memset(&object, 0, sizeof object);
      object.cbStruct = sizeof object;
      query(&object, sizeof object);
      return ObjectInfoObject(env, object);
    }
    case kTblInfoName:
    case kTblInfoTemplateTableName: {
      std::vector<JetWChar> name(kNameUnits, 0);
      query(name.data(), static_cast<unsigned long>(name.size() * sizeof(JetWChar)));
      return FromFixedText(env, name.data(), name.size());
    }
    case kTblInfoDbid: {
      JET_DBID dbid = 0;
      query(&dbid, sizeof dbid);
      return Number(env, dbid);
    }
    case kTblInfoSpaceAlloc: {
      // [initial pages, density], as two unsigned longs.
      unsigned long alloc[2] = {0, 0};
      query(alloc, sizeof alloc);
      Napi::Array pair = Napi::Array::New(env, 2);
      pair.Set(0u, Number(env, alloc[0]));
      pair.Set(1u, Number(env, alloc[1]));
      return pair;
    }
    case kTblInfoSpaceOwned:
    case kTblInfoSpaceAvailable: {
      unsigned long pages = 0;
      query(&pages, sizeof pages);
      return Number(env, pages);
    }
    default:
      ThrowRangeError(env, "infoLevel " + std::to_string(infoLevel) + " is not supported");
  }
}

Napi::Value GetObjectInfo(const Napi::CallbackInfo& info) {
  Args args(info, "JetGetObjectInfo");
  const SessionView session = args.OwnedSession(0);
  const JET_DBID dbid = args.Uint32(1, "dbid");
  const unsigned long objtypValue = args.Uint32(2, "objtyp");
  const std::optional<JetString> container = args.OptionalString(3, "szContainerName");
  const std::optional<JetString> name = args.OptionalString(4, "szObjectName");
  const unsigned long infoLevel = args.Uint32(5, "infoLevel");
  Napi::Env env = args.Env();
  const JET_OBJTYP objtyp = EnumFrom<JET_OBJTYP>(objtypValue);
  auto query = [&](void* result, unsigned long cbMax) {
    CheckJet(env, JetGetObjectInfoW(session.engine, dbid, objtyp, container ? container->c_str() : nullptr,
                                    name ? name->c_str() : nullptr, result, cbMax, infoLevel));
  };
  if (infoLevel == kObjInfo || infoLevel == kObjInfoNoStats) {
    JET_OBJECTINFO object;
    std::memset(&object, 0, sizeof object);
    object.cbStruct = sizeof object;
    query(&object, sizeof object);
    return ObjectInfoObject(env, object);
  }
  if (infoLevel == kObjInfoList || infoLevel == kObjInfoListNoStats) {
    JET_OBJECTLIST list;
    std::memset(&list, 0, sizeof list);
    list.cbStruct = sizeof list;
    query(&list, sizeof list);
    return ObjectListArray(env, args.Function(), session.engine, list);
  }
  ThrowRangeError(env, "infoLevel " + std::to_string(infoLevel) + " is not supported");
}

}  // namespace

void ExportTableApi(Napi::Env env, Napi::Object exports) {
  ExportFunctions(env, exports, {
      {"JetCreateTable", CreateTable},
      {"JetCreateTableColumnIndex", CreateTableColumnIndex},
      {"JetCreateTableColumnIndex2", CreateTableColumnIndex2},
      {"JetCreateTableColumnIndex3", CreateTableColumnIndex3},
      {"JetOpenTable", OpenTable},
      {"JetCloseTable", CloseTable},
      {"JetDeleteTable", DeleteTable},
      {"JetRenameTable", RenameTable},
      {"JetAddColumn", AddColumn},
      {"JetDeleteColumn", DeleteColumn},
      {"JetDeleteColumn2", DeleteColumn2},
      {"JetRenameColumn", RenameColumn},
      {"JetSetColumnDefaultValue", SetColumnDefaultValue},
      {"JetGetTableColumnInfo", GetTableColumnInfo},
      {"JetGetColumnInfo", GetColumnInfo},
      {"JetGetTableInfo", GetTableInfo},
      {"JetGetObjectInfo", GetObjectInfo},
  });
}

}  // namespace esent
