// Records: preparing and saving updates, setting and retrieving columns, escrow updates, locks,
// moving a cursor, bookmarks and duplicate cursors.
//
// Column data cross as bytes: a Uint8Array in (borrowed for the one synchronous call), a Buffer
// out. Retrieval never hands a truncated value to JS: JET_wrnBufferTruncated is answered here by
// asking again with a buffer of the size the engine reported.
//
// Order inside every function: first everything that can run JS (reading fields of the objects
// passed in, whose getters are user code), then borrowing bytes, then the handle checks, then the
// engine. So no user code runs between the handle check and the engine call, and no borrowed
// buffer can be detached or a cursor closed behind our back.
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "api_table.h"
#include "call_args.h"
#include "column_value.h"
#include "errors.h"

namespace esent {

namespace {

// esent.h's values (the addon may not use the macros: mingw's header lacks most of them).
constexpr JET_ERR kWrnColumnSingleValue = 1536;
constexpr JET_ERR kErrBufferTooSmall = -1038;
// C callers write JetMove(..., JET_MoveFirst, ...) with the macro's unsigned value 0x80000000; it
// reaches `long cRow` converted as C converts it. On LP64 (the portable engine on Linux and macOS)
// that is +2147483648, so the addon passes the same conversion rather than INT32_MIN.
constexpr unsigned int kMoveFirst = 0x80000000u;
// Room for any bookmark: a primary key of up to JET_cbKeyMostMost (2000) bytes.
constexpr unsigned long kBookmarkMost = 2048;
// JetRetrieveColumns' first read: up to this many bytes per column, and this many in all (a
// column that gets less is read again at its size).
constexpr unsigned long kFirstReadBytesPerColumn = 256;
constexpr unsigned long kFirstReadBytesInAll = 64 * 1024;

// ---------------------------------------------------------------- reading JS objects

// A struct field holding a count, offset or id; `fallback` when absent (undefined).
unsigned long UnsignedField(const Napi::Object& object, const char* field, unsigned long fallback,
                            const std::string& what) {
  Napi::Value value = object.Get(field);
  if (value.IsUndefined()) return fallback;
  return ToUnsigned32(value, (what + "." + field).c_str());
}

JET_GRBIT GrbitField(const Napi::Object& object, const std::string& what) {
  Napi::Value value = object.Get("grbit");
  if (value.IsUndefined()) return 0;
  return static_cast<JET_GRBIT>(ToUint32(value, (what + ".grbit").c_str()));
}

// ibLongValue and itagSequence of JET_SETINFO / JET_RETINFO (an omitted itagSequence is 1, the
// first value, as when C passes no struct at all).
struct ValuePosition {
  unsigned long ibLongValue = 0;
  unsigned long itagSequence = 1;
};

ValuePosition PositionFields(const Napi::Object& object, const std::string& what) {
  ValuePosition position;
  position.ibLongValue = UnsignedField(object, "ibLongValue", 0, what);
  position.itagSequence = UnsignedField(object, "itagSequence", 1, what);
  return position;
}

std::optional<ValuePosition> OptionalPosition(const Args& args, size_t index, const char* function,
                                              const char* name) {
  if (args.IsNullish(index)) return std::nullopt;
  const std::string what = ArgumentName(function, name);
  return PositionFields(ToObject(args.At(index), what), what);
}

// Column data to set: the bytes of a Uint8Array; null for NULL; or a number n, which stands for
// C's (pvData NULL, cbData n) as JET_bitSetSizeLV takes it.
struct ColumnData {
  const void* data = nullptr;
  unsigned long size = 0;
};

ColumnData ToColumnData(const Napi::Value& value, const std::string& what) {
  if (IsNullish(value)) return ColumnData{};
  if (value.IsNumber()) return ColumnData{nullptr, ToUnsigned32(value, what.c_str())};
  const ByteView bytes = ToByteView(value, what.c_str());
  return ColumnData{bytes.data, bytes.size};
}

// ---------------------------------------------------------------- building JS values

Napi::Value Number(Napi::Env env, double value) {
  return Napi::Number::New(env, value);
}


// ---------------------------------------------------------------- updates

Napi::Value PrepareUpdate(const Napi::CallbackInfo& info) {
  Args args(info, "JetPrepareUpdate");
  const unsigned long prep = args.Unsigned(2, "prep");
  const TableView table = args.OwnedTable(0, 1);
  return Number(args.Env(), CheckJet(args.Env(), JetPrepareUpdate(table.session.engine, table.engine, prep)));
}

// Returns the warning (0 when none), e.g. JET_wrnColumnSetNull.
Napi::Value SetColumn(const Napi::CallbackInfo& info) {
  constexpr const char* kFunction = "JetSetColumn";
  Args args(info, kFunction);
  const JET_COLUMNID columnid = args.Unsigned(2, "columnid");
  const JET_GRBIT grbit = args.OptionalGrbit(4);
  const std::optional<ValuePosition> position = OptionalPosition(args, 5, kFunction, "setinfo");
  const ColumnData data = ToColumnData(args.At(3), ArgumentName(kFunction, "data"));
  const TableView table = args.OwnedTable(0, 1);
  JET_SETINFO setinfo{};
  if (position) {
    setinfo.cbStruct = sizeof setinfo;
    setinfo.ibLongValue = position->ibLongValue;
    setinfo.itagSequence = position->itagSequence;
  }
  const JET_ERR result = CheckJet(args.Env(), JetSetColumn(table.session.engine, table.engine, columnid, data.data,
                                                           data.size, grbit, position ? &setinfo : nullptr));
  return Number(args.Env(), result);
}

// Returns each column's JET_SETCOLUMN.err (0 or a warning); an error throws.
Napi::Value SetColumns(const Napi::CallbackInfo& info) {
  constexpr const char* kFunction = "JetSetColumns";
  Args args(info, kFunction);
  const Napi::Array list = ToArray(args.At(2), ArgumentName(kFunction, "setcolumns"));
  const uint32_t count = list.Length();
  std::vector<JET_SETCOLUMN> columns(count);
  std::vector<Napi::Value> data(count);
  std::vector<Napi::Value> cbData(count);
  for (uint32_t i = 0; i < count; ++i) {
    const std::string what = ArgumentName(kFunction, "setcolumns[" + std::to_string(i) + "]");
    const Napi::Object entry = ToObject(list.Get(i), what);
    JET_SETCOLUMN& column = columns[i];
    Napi::Value columnid = entry.Get("columnid");
    if (columnid.IsUndefined()) ThrowTypeError(args.Env(), what + ".columnid is required");
    column.columnid = ToUnsigned32(columnid, (what + ".columnid").c_str());
    column.grbit = GrbitField(entry, what);
    column.ibLongValue = UnsignedField(entry, "ibLongValue", 0, what);
    column.itagSequence = UnsignedField(entry, "itagSequence", 1, what);
    data[i] = entry.Get("pvData");
    cbData[i] = entry.Get("cbData");
  }
  // No JS runs from here on: the borrowed bytes stay put until the engine has read them.
  for (uint32_t i = 0; i < count; ++i) {
    const std::string what = ArgumentName(kFunction, "setcolumns[" + std::to_string(i) + "]");
    const ColumnData bytes = ToColumnData(data[i], what + ".pvData");
    columns[i].pvData = bytes.data;
    columns[i].cbData = bytes.size;
    if (!cbData[i].IsUndefined()) {
      const unsigned long size = ToUnsigned32(cbData[i], (what + ".cbData").c_str());
      if (bytes.data != nullptr && size > bytes.size) {
        ThrowRangeError(args.Env(), what + ".cbData is larger than pvData");
      }
      columns[i].cbData = size;
    }
  }
  const TableView table = args.OwnedTable(0, 1);
  CheckJet(args.Env(), JetSetColumns(table.session.engine, table.engine, columns.data(), count));
  Napi::Array result = Napi::Array::New(args.Env(), count);
  for (uint32_t i = 0; i < count; ++i) result.Set(i, Number(args.Env(), columns[i].err));
  return result;
}

// JetUpdate and JetUpdate2 return the record's bookmark. `save(buffer, cbMax, &cbActual)` is one
// of the two engine calls.
template <typename Save>
Napi::Value SaveUpdate(const Args& args, Save save) {
  std::uint8_t bookmark[kBookmarkMost];
  unsigned long cbActual = 0;
  CheckJet(args.Env(), save(bookmark, kBookmarkMost, &cbActual));
  return BytesValue(args.Env(), bookmark, std::min(cbActual, kBookmarkMost));
}

Napi::Value Update(const Napi::CallbackInfo& info) {
  Args args(info, "JetUpdate");
  const TableView table = args.OwnedTable(0, 1);
  return SaveUpdate(args, [&](void* bookmark, unsigned long cbMax, unsigned long* cbActual) {
    return JetUpdate(table.session.engine, table.engine, bookmark, cbMax, cbActual);
  });
}

Napi::Value Update2(const Napi::CallbackInfo& info) {
  Args args(info, "JetUpdate2");
  const JET_GRBIT grbit = args.OptionalGrbit(2);
  const TableView table = args.OwnedTable(0, 1);
  return SaveUpdate(args, [&](void* bookmark, unsigned long cbMax, unsigned long* cbActual) {
    return JetUpdate2(table.session.engine, table.engine, bookmark, cbMax, cbActual, grbit);
  });
}

Napi::Value Delete(const Napi::CallbackInfo& info) {
  Args args(info, "JetDelete");
  const TableView table = args.OwnedTable(0, 1);
  return Number(args.Env(), CheckJet(args.Env(), JetDelete(table.session.engine, table.engine)));
}

// ---------------------------------------------------------------- retrieval

// A Buffer, or null when the value is NULL.
Napi::Value RetrieveColumn(const Napi::CallbackInfo& info) {
  constexpr const char* kFunction = "JetRetrieveColumn";
  Args args(info, kFunction);
  const JET_COLUMNID columnid = args.Unsigned(2, "columnid");
  const JET_GRBIT grbit = args.OptionalGrbit(3);
  const std::optional<ValuePosition> position = OptionalPosition(args, 4, kFunction, "retinfo");
  const TableView table = args.OwnedTable(0, 1);
  return ReadValue(args.Env(), kFunction, [&](void* buffer, unsigned long cbData, unsigned long* cbActual) {
    JET_RETINFO retinfo{};
    if (position) {
      retinfo.cbStruct = sizeof retinfo;
      retinfo.ibLongValue = position->ibLongValue;
      retinfo.itagSequence = position->itagSequence;
    }
    return JetRetrieveColumn(table.session.engine, table.engine, columnid, buffer, cbData, cbActual, grbit,
                             position ? &retinfo : nullptr);
  });
}

// One array of { columnid, data, err, itagSequence, columnidNextTagged }: every value whole (a
// truncated one is read again, into a buffer of its size), err 0 or a warning (JET_wrnColumnNull
// with data null).
Napi::Value RetrieveColumns(const Napi::CallbackInfo& info) {
  constexpr const char* kFunction = "JetRetrieveColumns";
  Args args(info, kFunction);
  Napi::Env env = args.Env();
  const Napi::Array list = ToArray(args.At(2), ArgumentName(kFunction, "retrievecolumns"));
  const uint32_t count = list.Length();
  std::vector<JET_RETRIEVECOLUMN> requests(count);
  for (uint32_t i = 0; i < count; ++i) {
    const std::string what = ArgumentName(kFunction, "retrievecolumns[" + std::to_string(i) + "]");
    const Napi::Object entry = ToObject(list.Get(i), what);
    JET_RETRIEVECOLUMN& request = requests[i];
    Napi::Value columnid = entry.Get("columnid");
    if (columnid.IsUndefined()) ThrowTypeError(env, what + ".columnid is required");
    request.columnid = ToUnsigned32(columnid, (what + ".columnid").c_str());
    request.grbit = GrbitField(entry, what);
    request.ibLongValue = UnsignedField(entry, "ibLongValue", 0, what);
    request.itagSequence = UnsignedField(entry, "itagSequence", 1, what);
  }
  const TableView table = args.OwnedTable(0, 1);

  std::vector<JET_RETRIEVECOLUMN> columns = requests;
  const unsigned long perColumn = count == 0 ? 0 : std::min(kFirstReadBytesPerColumn, kFirstReadBytesInAll / count);
  std::vector<std::uint8_t> first(static_cast<size_t>(count) * perColumn + 1);
  for (uint32_t i = 0; i < count; ++i) {
    columns[i].pvData = first.data() + static_cast<size_t>(i) * perColumn;
    columns[i].cbData = perColumn;
  }
  CheckJet(env, JetRetrieveColumns(table.session.engine, table.engine, columns.data(), count));

  // Values that did not fit: read again, only those, each into a Buffer of its reported size.
  std::vector<Napi::Value> data(count);
  std::vector<uint32_t> pending;
  for (uint32_t i = 0; i < count; ++i) {
    if (columns[i].err == kWrnBufferTruncated) pending.push_back(i);
    else if (columns[i].err == kWrnColumnNull) data[i] = env.Null();
    else data[i] = BytesValue(env, columns[i].pvData, std::min(columns[i].cbActual, columns[i].cbData));
  }
  while (!pending.empty()) {
    std::vector<JET_RETRIEVECOLUMN> again(pending.size());
    std::vector<Napi::Buffer<std::uint8_t>> buffers;
    for (size_t k = 0; k < pending.size(); ++k) {
      const uint32_t i = pending[k];
      buffers.push_back(NewValueBuffer(env, columns[i].cbActual, kFunction));
      again[k] = requests[i];
      again[k].pvData = buffers.back().Data();
      again[k].cbData = columns[i].cbActual;
    }
    CheckJet(env, JetRetrieveColumns(table.session.engine, table.engine, again.data(),
                                     static_cast<unsigned long>(again.size())));
    std::vector<uint32_t> stillPending;
    for (size_t k = 0; k < pending.size(); ++k) {
      const uint32_t i = pending[k];
      columns[i] = again[k];
      if (again[k].err == kWrnBufferTruncated) {
        stillPending.push_back(i);
      } else if (again[k].err == kWrnColumnNull) {
        data[i] = env.Null();
      } else if (again[k].cbActual >= again[k].cbData) {
        data[i] = buffers[k];
      } else {
        data[i] = BytesValue(env, buffers[k].Data(), again[k].cbActual);
      }
    }
    pending.swap(stillPending);
  }

  Napi::Array result = Napi::Array::New(env, count);
  for (uint32_t i = 0; i < count; ++i) {
    Napi::Object entry = Napi::Object::New(env);
    entry.Set("columnid", Number(env, columns[i].columnid));
    entry.Set("data", data[i]);
    entry.Set("err", Number(env, columns[i].err));
    entry.Set("itagSequence", Number(env, columns[i].itagSequence));
    entry.Set("columnidNextTagged", Number(env, columns[i].columnidNextTagged));
    result.Set(i, entry);
  }
  return result;
}

// ---------------------------------------------------------------- JetEnumerateColumns

// JET_ENUMCOLUMN has the SDK's layout in all three headers: rgEnumColumnValue is a pointer (mingw's
// own declaration differs; native/win32/esent_mingw_fixes_*.h declares it as the SDK does).
static_assert(std::is_pointer<decltype(JET_ENUMCOLUMN::rgEnumColumnValue)>::value,
              "JET_ENUMCOLUMN must hold a JET_ENUMCOLUMNVALUE pointer, as esent.dll fills it");

// The engine allocates the enumeration through this realloc-compatible callback: (NULL, cb)
// allocates, also 0 bytes (a zero-length value: ESENT takes NULL for out of memory), and
// (pv, 0) frees.
void* JET_API EnumerationRealloc(void* /*context*/, void* pv, unsigned long cb) {
  if (pv == nullptr) return std::malloc(cb == 0 ? 1 : cb);
  if (cb == 0) {
    std::free(pv);
    return nullptr;
  }
  return std::realloc(pv, cb);
}

// Owns the array JetEnumerateColumns returned and frees all of it, also when building the JS
// result throws (a Buffer allocation failure).
class Enumeration {
 public:
  Enumeration() = default;
  Enumeration(const Enumeration&) = delete;
  Enumeration& operator=(const Enumeration&) = delete;
  ~Enumeration() {
    for (unsigned long i = 0; columns != nullptr && i < count; ++i) {
      JET_ENUMCOLUMN& column = columns[i];
      if (column.err == kWrnColumnSingleValue) {
        std::free(column.pvData);
        continue;
      }
      for (unsigned long v = 0; column.rgEnumColumnValue != nullptr && v < column.cEnumColumnValue; ++v) {
        std::free(column.rgEnumColumnValue[v].pvData);
      }
      std::free(column.rgEnumColumnValue);
    }
    std::free(columns);
  }
  unsigned long count = 0;
  JET_ENUMCOLUMN* columns = nullptr;
};

Napi::Object EnumValueObject(Napi::Env env, unsigned long itagSequence, JET_ERR err, const void* data,
                             unsigned long size) {
  Napi::Object value = Napi::Object::New(env);
  value.Set("itagSequence", Number(env, itagSequence));
  value.Set("err", Number(env, err));
  value.Set("data", err == kWrnColumnNull ? env.Null() : BytesValue(env, data, size));
  return value;
}

// JetEnumerateColumns(sesid, tableid, enumcolumnids, cbDataMost, grbit): an array of
// { columnid, err, values: [{ itagSequence, err, data }] }. A column whose err is
// JET_wrnColumnSingleValue (JET_bitEnumerateCompressOutput) has its one value in values[0].
Napi::Value EnumerateColumns(const Napi::CallbackInfo& info) {
  constexpr const char* kFunction = "JetEnumerateColumns";
  Args args(info, kFunction);
  Napi::Env env = args.Env();
  std::vector<JET_ENUMCOLUMNID> ids;
  std::vector<std::vector<unsigned long>> tags;
  if (!args.IsNullish(2)) {
    const Napi::Array list = ToArray(args.At(2), ArgumentName(kFunction, "enumcolumnids"));
    const uint32_t count = list.Length();
    ids.resize(count);
    tags.resize(count);
    for (uint32_t i = 0; i < count; ++i) {
      const std::string what = ArgumentName(kFunction, "enumcolumnids[" + std::to_string(i) + "]");
      const Napi::Object entry = ToObject(list.Get(i), what);
      Napi::Value columnid = entry.Get("columnid");
      if (columnid.IsUndefined()) ThrowTypeError(env, what + ".columnid is required");
      ids[i].columnid = ToUnsigned32(columnid, (what + ".columnid").c_str());
      Napi::Value sequence = entry.Get("rgtagSequence");
      if (IsNullish(sequence)) continue;
      const Napi::Array itags = ToArray(sequence, what + ".rgtagSequence");
      const uint32_t n = itags.Length();
      for (uint32_t k = 0; k < n; ++k) {
        tags[i].push_back(ToUnsigned32(itags.Get(k), (what + ".rgtagSequence[" + std::to_string(k) + "]").c_str()));
      }
    }
    for (size_t i = 0; i < ids.size(); ++i) {
      ids[i].ctagSequence = static_cast<unsigned long>(tags[i].size());
      ids[i].rgtagSequence = tags[i].empty() ? nullptr : tags[i].data();
    }
  }
  // Left out: no cap (the largest long value), so every value comes back whole.
  const unsigned long cbDataMost = args.At(3).IsUndefined() ? 0x7fffffffUL : args.Unsigned(3, "cbDataMost");
  const JET_GRBIT grbit = args.OptionalGrbit(4);
  const TableView table = args.OwnedTable(0, 1);

  Enumeration enumeration;
  CheckJet(env, JetEnumerateColumns(table.session.engine, table.engine, static_cast<unsigned long>(ids.size()),
                                    ids.empty() ? nullptr : ids.data(), &enumeration.count, &enumeration.columns,
                                    EnumerationRealloc, nullptr, cbDataMost, grbit));
  Napi::Array result = Napi::Array::New(env, enumeration.count);
  for (unsigned long i = 0; enumeration.columns != nullptr && i < enumeration.count; ++i) {
    const JET_ENUMCOLUMN& column = enumeration.columns[i];
    Napi::Object entry = Napi::Object::New(env);
    entry.Set("columnid", Number(env, column.columnid));
    entry.Set("err", Number(env, column.err));
    Napi::Array values = Napi::Array::New(env);
    if (column.err == kWrnColumnSingleValue) {
      values.Set(0u, EnumValueObject(env, 1, 0, column.pvData, column.cbData));
    } else if (column.err >= 0 && column.rgEnumColumnValue != nullptr) {
      for (unsigned long v = 0; v < column.cEnumColumnValue; ++v) {
        const JET_ENUMCOLUMNVALUE& value = column.rgEnumColumnValue[v];
        values.Set(static_cast<uint32_t>(v),
                   EnumValueObject(env, value.itagSequence, value.err, value.pvData, value.cbData));
      }
    }
    entry.Set("values", values);
    result.Set(static_cast<uint32_t>(i), entry);
  }
  return result;
}

// ---------------------------------------------------------------- record size

Napi::Value GetRecordSize(const Napi::CallbackInfo& info) {
  Args args(info, "JetGetRecordSize");
  const JET_GRBIT grbit = args.OptionalGrbit(2);
  const TableView table = args.OwnedTable(0, 1);
  JET_RECSIZE size{};
  CheckJet(args.Env(), JetGetRecordSize(table.session.engine, table.engine, &size, grbit));
  Napi::Env env = args.Env();
  Napi::Object result = Napi::Object::New(env);
  result.Set("cbData", Number(env, static_cast<double>(size.cbData)));
  result.Set("cbLongValueData", Number(env, static_cast<double>(size.cbLongValueData)));
  result.Set("cbOverhead", Number(env, static_cast<double>(size.cbOverhead)));
  result.Set("cbLongValueOverhead", Number(env, static_cast<double>(size.cbLongValueOverhead)));
  result.Set("cNonTaggedColumns", Number(env, static_cast<double>(size.cNonTaggedColumns)));
  result.Set("cTaggedColumns", Number(env, static_cast<double>(size.cTaggedColumns)));
  result.Set("cLongValues", Number(env, static_cast<double>(size.cLongValues)));
  result.Set("cMultiValues", Number(env, static_cast<double>(size.cMultiValues)));
  return result;
}

// ---------------------------------------------------------------- escrow and locks

// The delta: a Uint8Array as it is, a number as 4 bytes (int32), a bigint as 8 bytes (int64), each
// little-endian. The engine checks that the size matches the column.
class EscrowDelta {
 public:
  EscrowDelta(const Napi::Value& value, const std::string& what) {
    std::uint64_t bits = 0;
    if (value.IsNumber()) {
      const double number = value.As<Napi::Number>().DoubleValue();
      if (!(number >= -2147483648.0 && number <= 2147483647.0) ||
          static_cast<double>(static_cast<std::int32_t>(number)) != number) {
        ThrowRangeError(value.Env(), what + " must be a 32-bit signed integer (a bigint for a 64-bit column)");
      }
      bits = static_cast<std::uint64_t>(static_cast<std::int64_t>(static_cast<std::int32_t>(number)));
      size_ = 4;
    } else if (value.IsBigInt()) {
      bool lossless = false;
      const std::int64_t number = value.As<Napi::BigInt>().Int64Value(&lossless);
      if (!lossless) ThrowRangeError(value.Env(), what + " must fit in a signed 64-bit integer");
      bits = static_cast<std::uint64_t>(number);
      size_ = 8;
    } else {
      const ByteView bytes = ToByteView(value, what.c_str());
      borrowed_ = bytes.data;
      size_ = bytes.size;
      return;
    }
    for (unsigned long i = 0; i < size_; ++i) own_[i] = static_cast<std::uint8_t>(bits >> (8 * i));
  }
  EscrowDelta(const EscrowDelta&) = delete;
  EscrowDelta& operator=(const EscrowDelta&) = delete;

  // esent.h declares the delta without const; the engine only reads it.
  void* Data() { return borrowed_ != nullptr ? const_cast<void*>(borrowed_) : own_; }
  unsigned long Size() const { return size_; }

 private:
  std::uint8_t own_[8] = {};
  const void* borrowed_ = nullptr;
  unsigned long size_ = 0;
};

// Returns the value before the delta, as the column's little-endian bytes.
Napi::Value EscrowUpdate(const Napi::CallbackInfo& info) {
  constexpr const char* kFunction = "JetEscrowUpdate";
  Args args(info, kFunction);
  const JET_COLUMNID columnid = args.Unsigned(2, "columnid");
  const JET_GRBIT grbit = args.OptionalGrbit(4);
  EscrowDelta delta(args.At(3), ArgumentName(kFunction, "delta"));
  const TableView table = args.OwnedTable(0, 1);
  std::uint8_t old[8] = {};
  unsigned long cbOldActual = 0;
  CheckJet(args.Env(), JetEscrowUpdate(table.session.engine, table.engine, columnid, delta.Data(), delta.Size(), old,
                                       sizeof old, &cbOldActual, grbit));
  return BytesValue(args.Env(), old, std::min<unsigned long>(cbOldActual, sizeof old));
}

Napi::Value GetLock(const Napi::CallbackInfo& info) {
  Args args(info, "JetGetLock");
  const JET_GRBIT grbit = args.Grbit(2);
  const TableView table = args.OwnedTable(0, 1);
  return Number(args.Env(), CheckJet(args.Env(), JetGetLock(table.session.engine, table.engine, grbit)));
}

// ---------------------------------------------------------------- navigation

// cRow: a signed 32-bit count, or JET_MoveFirst (-2147483648; 0x80000000 as esent.h writes it).
long ToMoveRows(const Napi::Value& value, const char* what) {
  if (!value.IsNumber()) ThrowTypeError(value.Env(), std::string(what) + " must be a number");
  const double number = value.As<Napi::Number>().DoubleValue();
  if (number == -2147483648.0 || number == 2147483648.0) return static_cast<long>(kMoveFirst);
  if (!(number > -2147483648.0 && number <= 2147483647.0) || static_cast<double>(static_cast<std::int32_t>(number)) != number) {
    ThrowRangeError(value.Env(), std::string(what) + " must be a 32-bit signed integer or JET_MoveFirst");
  }
  return static_cast<long>(static_cast<std::int32_t>(number));
}

Napi::Value Move(const Napi::CallbackInfo& info) {
  Args args(info, "JetMove");
  const long cRow = ToMoveRows(args.At(2), "JetMove: cRow");
  const JET_GRBIT grbit = args.OptionalGrbit(3);
  const TableView table = args.OwnedTable(0, 1);
  return Number(args.Env(), CheckJet(args.Env(), JetMove(table.session.engine, table.engine, cRow, grbit)));
}

Napi::Value GetBookmark(const Napi::CallbackInfo& info) {
  Args args(info, "JetGetBookmark");
  const TableView table = args.OwnedTable(0, 1);
  std::vector<std::uint8_t> bookmark(kBookmarkMost);
  for (;;) {
    unsigned long cbActual = 0;
    const JET_ERR err = JetGetBookmark(table.session.engine, table.engine, bookmark.data(),
                                       static_cast<unsigned long>(bookmark.size()), &cbActual);
    if (err == kErrBufferTooSmall && cbActual > bookmark.size()) {
      bookmark.resize(cbActual);
      continue;
    }
    CheckJet(args.Env(), err);
    return BytesValue(args.Env(), bookmark.data(), std::min<size_t>(cbActual, bookmark.size()));
  }
}

Napi::Value GotoBookmark(const Napi::CallbackInfo& info) {
  Args args(info, "JetGotoBookmark");
  const ByteView bookmark = args.Bytes(2, "bookmark");
  const TableView table = args.OwnedTable(0, 1);
  // esent.h declares pvBookmark without const; the engine only reads it.
  return Number(args.Env(), CheckJet(args.Env(), JetGotoBookmark(table.session.engine, table.engine,
                                                                 const_cast<void*>(bookmark.data), bookmark.size)));
}

// A new cursor on the same table, positioned on its first record; the session's, like the original.
Napi::Value DupCursor(const Napi::CallbackInfo& info) {
  Args args(info, "JetDupCursor");
  const JET_GRBIT grbit = args.OptionalGrbit(2);
  const TableView table = args.OwnedTable(0, 1);
  JET_TABLEID duplicate = 0;
  CheckJet(args.Env(), JetDupCursor(table.session.engine, table.engine, &duplicate, grbit));
  return FromHandleId(args.Env(), HandleRegistry::Get().AddTable(duplicate, table.session.id));
}

}  // namespace

void ExportRecordApi(Napi::Env env, Napi::Object exports) {
  ExportFunctions(env, exports, {
      {"JetPrepareUpdate", PrepareUpdate},
      {"JetSetColumn", SetColumn},
      {"JetSetColumns", SetColumns},
      {"JetUpdate", Update},
      {"JetUpdate2", Update2},
      {"JetDelete", Delete},
      {"JetRetrieveColumn", RetrieveColumn},
      {"JetRetrieveColumns", RetrieveColumns},
      {"JetEnumerateColumns", EnumerateColumns},
      {"JetGetRecordSize", GetRecordSize},
      {"JetEscrowUpdate", EscrowUpdate},
      {"JetGetLock", GetLock},
      {"JetMove", Move},
      {"JetGetBookmark", GetBookmark},
      {"JetGotoBookmark", GotoBookmark},
      {"JetDupCursor", DupCursor},
  });
}

}  // namespace esent
