/*
 * Constants of the JET API for tables, columns and records (JET_bit*, JET_ColInfo*, JET_prep*,
 * JET_Move*, limits, ...) with the names and values of Windows' esent.h. Every definition is
 * guarded with #ifndef, as in esent_constants.h, so this file can follow mingw's esent.h, which
 * has some of them, in the win32 lane's engine build.
 */
#ifndef ESENT_PORTABLE_ESENT_DATA_CONSTANTS_H
#define ESENT_PORTABLE_ESENT_DATA_CONSTANTS_H

/* ---------------------------------------------------------------- from tables and columns */
#ifndef JET_cbColumnMost
#define JET_cbColumnMost 255
#endif
#ifndef JET_cbLVDefaultValueMost
#define JET_cbLVDefaultValueMost 255
#endif
#ifndef JET_cbColumnLVPageOverhead
#define JET_cbColumnLVPageOverhead 82
#endif
#ifndef JET_ccolMost
#define JET_ccolMost 0x0000fee0
#endif
#ifndef JET_ccolFixedMost
#define JET_ccolFixedMost 0x0000007f
#endif
#ifndef JET_ccolVarMost
#define JET_ccolVarMost 0x00000080
#endif
#ifndef JET_ccolTaggedMost
#define JET_ccolTaggedMost (JET_ccolMost - 0x000000ff)
#endif
#ifndef JET_bitTableCreateFixedDDL
#define JET_bitTableCreateFixedDDL 0x00000001
#endif
#ifndef JET_bitTableCreateTemplateTable
#define JET_bitTableCreateTemplateTable 0x00000002
#endif
#ifndef JET_bitTableCreateNoFixedVarColumnsInDerivedTables
#define JET_bitTableCreateNoFixedVarColumnsInDerivedTables 0x00000004
#endif
#ifndef JET_bitColumnFixed
#define JET_bitColumnFixed 0x00000001
#endif
#ifndef JET_bitColumnTagged
#define JET_bitColumnTagged 0x00000002
#endif
#ifndef JET_bitColumnNotNULL
#define JET_bitColumnNotNULL 0x00000004
#endif
#ifndef JET_bitColumnVersion
#define JET_bitColumnVersion 0x00000008
#endif
#ifndef JET_bitColumnAutoincrement
#define JET_bitColumnAutoincrement 0x00000010
#endif
#ifndef JET_bitColumnUpdatable
#define JET_bitColumnUpdatable 0x00000020
#endif
#ifndef JET_bitColumnTTKey
#define JET_bitColumnTTKey 0x00000040
#endif
#ifndef JET_bitColumnTTDescending
#define JET_bitColumnTTDescending 0x00000080
#endif
#ifndef JET_bitColumnMultiValued
#define JET_bitColumnMultiValued 0x00000400
#endif
#ifndef JET_bitColumnEscrowUpdate
#define JET_bitColumnEscrowUpdate 0x00000800
#endif
#ifndef JET_bitColumnUnversioned
#define JET_bitColumnUnversioned 0x00001000
#endif
#ifndef JET_bitColumnMaybeNull
#define JET_bitColumnMaybeNull 0x00002000
#endif
#ifndef JET_bitColumnFinalize
#define JET_bitColumnFinalize 0x00004000
#endif
#ifndef JET_bitColumnUserDefinedDefault
#define JET_bitColumnUserDefinedDefault 0x00008000
#endif
#ifndef JET_bitColumnDeleteOnZero
#define JET_bitColumnDeleteOnZero 0x00020000
#endif
#ifndef JET_bitColumnCompressed
#define JET_bitColumnCompressed 0x00080000
#endif
#ifndef JET_bitDeleteColumnIgnoreTemplateColumns
#define JET_bitDeleteColumnIgnoreTemplateColumns 0x00000001
#endif
#ifndef JET_bitTableDenyWrite
#define JET_bitTableDenyWrite 0x00000001
#endif
#ifndef JET_bitTableDenyRead
#define JET_bitTableDenyRead 0x00000002
#endif
#ifndef JET_bitTableReadOnly
#define JET_bitTableReadOnly 0x00000004
#endif
#ifndef JET_bitTableUpdatable
#define JET_bitTableUpdatable 0x00000008
#endif
#ifndef JET_bitTablePermitDDL
#define JET_bitTablePermitDDL 0x00000010
#endif
#ifndef JET_bitTableNoCache
#define JET_bitTableNoCache 0x00000020
#endif
#ifndef JET_bitTablePreread
#define JET_bitTablePreread 0x00000040
#endif
#ifndef JET_bitTableOpportuneRead
#define JET_bitTableOpportuneRead 0x00000080
#endif
#ifndef JET_bitTableSequential
#define JET_bitTableSequential 0x00008000
#endif
#ifndef JET_bitTableClassMask
#define JET_bitTableClassMask 0x000f0000
#endif
#ifndef JET_bitTableClassNone
#define JET_bitTableClassNone 0x00000000
#endif
#ifndef JET_bitTableClass1
#define JET_bitTableClass1 0x00010000
#endif
#ifndef JET_bitTableClass2
#define JET_bitTableClass2 0x00020000
#endif
#ifndef JET_bitTableClass3
#define JET_bitTableClass3 0x00030000
#endif
#ifndef JET_bitTableClass4
#define JET_bitTableClass4 0x00040000
#endif
#ifndef JET_bitTableClass5
#define JET_bitTableClass5 0x00050000
#endif
#ifndef JET_bitTableClass6
#define JET_bitTableClass6 0x00060000
#endif
#ifndef JET_bitTableClass7
#define JET_bitTableClass7 0x00070000
#endif
#ifndef JET_bitTableClass8
#define JET_bitTableClass8 0x00080000
#endif
#ifndef JET_bitTableClass9
#define JET_bitTableClass9 0x00090000
#endif
#ifndef JET_bitTableClass10
#define JET_bitTableClass10 0x000a0000
#endif
#ifndef JET_bitTableClass11
#define JET_bitTableClass11 0x000b0000
#endif
#ifndef JET_bitTableClass12
#define JET_bitTableClass12 0x000c0000
#endif
#ifndef JET_bitTableClass13
#define JET_bitTableClass13 0x000d0000
#endif
#ifndef JET_bitTableClass14
#define JET_bitTableClass14 0x000e0000
#endif
#ifndef JET_bitTableClass15
#define JET_bitTableClass15 0x000f0000
#endif
#ifndef JET_ObjInfo
#define JET_ObjInfo 0U
#endif
#ifndef JET_ObjInfoListNoStats
#define JET_ObjInfoListNoStats 1U
#endif
#ifndef JET_ObjInfoList
#define JET_ObjInfoList 2U
#endif
#ifndef JET_ObjInfoSysTabCursor
#define JET_ObjInfoSysTabCursor 3U
#endif
#ifndef JET_ObjInfoListACM
#define JET_ObjInfoListACM 4U
#endif
#ifndef JET_ObjInfoNoStats
#define JET_ObjInfoNoStats 5U
#endif
#ifndef JET_ObjInfoSysTabReadOnly
#define JET_ObjInfoSysTabReadOnly 6U
#endif
#ifndef JET_ObjInfoRulesLoaded
#define JET_ObjInfoRulesLoaded 7U
#endif
#ifndef JET_ObjInfoMax
#define JET_ObjInfoMax 8U
#endif
#ifndef JET_TblInfo
#define JET_TblInfo 0U
#endif
#ifndef JET_TblInfoName
#define JET_TblInfoName 1U
#endif
#ifndef JET_TblInfoDbid
#define JET_TblInfoDbid 2U
#endif
#ifndef JET_TblInfoMostMany
#define JET_TblInfoMostMany 3U
#endif
#ifndef JET_TblInfoRvt
#define JET_TblInfoRvt 4U
#endif
#ifndef JET_TblInfoOLC
#define JET_TblInfoOLC 5U
#endif
#ifndef JET_TblInfoResetOLC
#define JET_TblInfoResetOLC 6U
#endif
#ifndef JET_TblInfoSpaceUsage
#define JET_TblInfoSpaceUsage 7U
#endif
#ifndef JET_TblInfoDumpTable
#define JET_TblInfoDumpTable 8U
#endif
#ifndef JET_TblInfoSpaceAlloc
#define JET_TblInfoSpaceAlloc 9U
#endif
#ifndef JET_TblInfoSpaceOwned
#define JET_TblInfoSpaceOwned 10U
#endif
#ifndef JET_TblInfoSpaceAvailable
#define JET_TblInfoSpaceAvailable 11U
#endif
#ifndef JET_TblInfoTemplateTableName
#define JET_TblInfoTemplateTableName 12U
#endif
#ifndef JET_ColInfo
#define JET_ColInfo 0U
#endif
#ifndef JET_ColInfoList
#define JET_ColInfoList 1U
#endif
#ifndef JET_ColInfoSysTabCursor
#define JET_ColInfoSysTabCursor 3U
#endif
#ifndef JET_ColInfoBase
#define JET_ColInfoBase 4U
#endif
#ifndef JET_ColInfoListCompact
#define JET_ColInfoListCompact 5U
#endif
#ifndef JET_ColInfoByColid
#define JET_ColInfoByColid 6U
#endif
#ifndef JET_ColInfoListSortColumnid
#define JET_ColInfoListSortColumnid 7U
#endif
#ifndef JET_ColInfoBaseByColid
#define JET_ColInfoBaseByColid 8U
#endif
#ifndef JET_ColInfoGrbitNonDerivedColumnsOnly
#define JET_ColInfoGrbitNonDerivedColumnsOnly 0x80000000
#endif
#ifndef JET_ColInfoGrbitMinimalInfo
#define JET_ColInfoGrbitMinimalInfo 0x40000000
#endif
#ifndef JET_ColInfoGrbitSortByColumnid
#define JET_ColInfoGrbitSortByColumnid 0x20000000
#endif
/* JET_SPACEHINTS grbits (JET_VERSION >= 0x0601) */
#ifndef JET_bitSpaceHintsUtilizeParentSpace
#define JET_bitSpaceHintsUtilizeParentSpace 0x00000001
#endif
#ifndef JET_bitCreateHintAppendSequential
#define JET_bitCreateHintAppendSequential 0x00000002
#endif
#ifndef JET_bitCreateHintHotpointSequential
#define JET_bitCreateHintHotpointSequential 0x00000004
#endif
#ifndef JET_bitRetrieveHintReserve1
#define JET_bitRetrieveHintReserve1 0x00000008
#endif
#ifndef JET_bitRetrieveHintTableScanForward
#define JET_bitRetrieveHintTableScanForward 0x00000010
#endif
#ifndef JET_bitRetrieveHintTableScanBackward
#define JET_bitRetrieveHintTableScanBackward 0x00000020
#endif
#ifndef JET_bitRetrieveHintReserve2
#define JET_bitRetrieveHintReserve2 0x00000040
#endif
#ifndef JET_bitRetrieveHintReserve3
#define JET_bitRetrieveHintReserve3 0x00000080
#endif
#ifndef JET_bitDeleteHintTableSequential
#define JET_bitDeleteHintTableSequential 0x00000100
#endif
/* ---------------------------------------------------------------- from records */
#ifndef JET_prepInsert
#define JET_prepInsert 0
#endif
#ifndef JET_prepReplace
#define JET_prepReplace 2
#endif
#ifndef JET_prepCancel
#define JET_prepCancel 3
#endif
#ifndef JET_prepReplaceNoLock
#define JET_prepReplaceNoLock 4
#endif
#ifndef JET_prepInsertCopy
#define JET_prepInsertCopy 5
#endif
#ifndef JET_prepInsertCopyDeleteOriginal
#define JET_prepInsertCopyDeleteOriginal 7
#endif
#ifndef JET_prepInsertCopyReplaceOriginal
#define JET_prepInsertCopyReplaceOriginal 9
#endif
#ifndef JET_bitSetAppendLV
#define JET_bitSetAppendLV 0x00000001
#endif
#ifndef JET_bitSetOverwriteLV
#define JET_bitSetOverwriteLV 0x00000004
#endif
#ifndef JET_bitSetSizeLV
#define JET_bitSetSizeLV 0x00000008
#endif
#ifndef JET_bitSetZeroLength
#define JET_bitSetZeroLength 0x00000020
#endif
#ifndef JET_bitSetSeparateLV
#define JET_bitSetSeparateLV 0x00000040
#endif
#ifndef JET_bitSetUniqueMultiValues
#define JET_bitSetUniqueMultiValues 0x00000080
#endif
#ifndef JET_bitSetUniqueNormalizedMultiValues
#define JET_bitSetUniqueNormalizedMultiValues 0x00000100
#endif
#ifndef JET_bitSetRevertToDefaultValue
#define JET_bitSetRevertToDefaultValue 0x00000200
#endif
#ifndef JET_bitSetIntrinsicLV
#define JET_bitSetIntrinsicLV 0x00000400
#endif
#ifndef JET_bitRetrieveCopy
#define JET_bitRetrieveCopy 0x00000001
#endif
#ifndef JET_bitRetrieveFromIndex
#define JET_bitRetrieveFromIndex 0x00000002
#endif
#ifndef JET_bitRetrieveFromPrimaryBookmark
#define JET_bitRetrieveFromPrimaryBookmark 0x00000004
#endif
#ifndef JET_bitRetrieveTag
#define JET_bitRetrieveTag 0x00000008
#endif
#ifndef JET_bitRetrieveNull
#define JET_bitRetrieveNull 0x00000010
#endif
#ifndef JET_bitRetrieveIgnoreDefault
#define JET_bitRetrieveIgnoreDefault 0x00000020
#endif
#ifndef JET_bitEnumerateCopy
#define JET_bitEnumerateCopy JET_bitRetrieveCopy
#endif
#ifndef JET_bitEnumerateIgnoreDefault
#define JET_bitEnumerateIgnoreDefault JET_bitRetrieveIgnoreDefault
#endif
#ifndef JET_bitEnumeratePresenceOnly
#define JET_bitEnumeratePresenceOnly 0x00020000
#endif
#ifndef JET_bitEnumerateTaggedOnly
#define JET_bitEnumerateTaggedOnly 0x00040000
#endif
#ifndef JET_bitEnumerateCompressOutput
#define JET_bitEnumerateCompressOutput 0x00080000
#endif
#ifndef JET_bitEnumerateIgnoreUserDefinedDefault
#define JET_bitEnumerateIgnoreUserDefinedDefault 0x00100000
#endif
#ifndef JET_bitEnumerateInRecordOnly
#define JET_bitEnumerateInRecordOnly 0x00200000
#endif
#ifndef JET_bitRecordSizeInCopyBuffer
#define JET_bitRecordSizeInCopyBuffer 0x00000001
#endif
#ifndef JET_bitRecordSizeRunningTotal
#define JET_bitRecordSizeRunningTotal 0x00000002
#endif
#ifndef JET_bitRecordSizeLocal
#define JET_bitRecordSizeLocal 0x00000004
#endif
#ifndef JET_bitEscrowNoRollback
#define JET_bitEscrowNoRollback 0x0001
#endif
#ifndef JET_bitReadLock
#define JET_bitReadLock 0x00000001
#endif
#ifndef JET_bitWriteLock
#define JET_bitWriteLock 0x00000002
#endif
#ifndef JET_bitMoveKeyNE
#define JET_bitMoveKeyNE 0x00000001
#endif
#ifndef JET_bitUpdateCheckESE97Compatibility
#define JET_bitUpdateCheckESE97Compatibility 0x00000001
#endif
#ifndef JET_MoveFirst
#define JET_MoveFirst (0x80000000)
#endif
#ifndef JET_MovePrevious
#define JET_MovePrevious (-1)
#endif
#ifndef JET_MoveNext
#define JET_MoveNext (+1)
#endif
#ifndef JET_MoveLast
#define JET_MoveLast (0x7fffffff)
#endif
#ifndef JET_cbBookmarkMost
#define JET_cbBookmarkMost 256
#endif
#ifndef JET_cbLVDefaultValueMost
#define JET_cbLVDefaultValueMost 255
#endif

#endif /* ESENT_PORTABLE_ESENT_DATA_CONSTANTS_H */
