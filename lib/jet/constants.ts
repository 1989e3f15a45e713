/*
 * Non-error constants of the JET API, with esent.h's names and values: system parameter ids
 * (JET_param*), the grbits of the instance, session and transaction functions (JET_bit*) and the
 * JET_paramConfiguration values (JET_config*). Error and warning codes are in errors.generated.ts.
 *
 * Kept equal to native/portable/include/esent_constants.h (the engine's copy of the same facts).
 */

export const JET_bitNil = 0;

/* ---------------------------------------------------------------- system parameter ids */

export const JET_paramSystemPath = 0;
export const JET_paramTempPath = 1;
export const JET_paramLogFilePath = 2;
export const JET_paramBaseName = 3;
export const JET_paramEventSource = 4;
export const JET_paramMaxSessions = 5;
export const JET_paramMaxOpenTables = 6;
export const JET_paramPreferredMaxOpenTables = 7;
export const JET_paramCachedClosedTables = 125;
export const JET_paramMaxCursors = 8;
export const JET_paramMaxVerPages = 9;
export const JET_paramPreferredVerPages = 63;
export const JET_paramGlobalMinVerPages = 81;
export const JET_paramVersionStoreTaskQueueMax = 105;
export const JET_paramMaxTemporaryTables = 10;
export const JET_paramLogFileSize = 11;
export const JET_paramLogBuffers = 12;
export const JET_paramWaitLogFlush = 13;
export const JET_paramLogCheckpointPeriod = 14;
export const JET_paramLogWaitingUserMax = 15;
export const JET_paramCommitDefault = 16;
export const JET_paramCircularLog = 17;
export const JET_paramDbExtensionSize = 18;
export const JET_paramPageTempDBMin = 19;
export const JET_paramPageFragment = 20;
export const JET_paramPageReadAheadMax = 21;
export const JET_paramEnableFileCache = 126;
export const JET_paramVerPageSize = 128;
export const JET_paramConfiguration = 129;
export const JET_paramEnableAdvanced = 130;
export const JET_paramMaxColtyp = 131;
export const JET_paramBatchIOBufferMax = 22;
export const JET_paramCacheSize = 41;
export const JET_paramCacheSizeMin = 60;
export const JET_paramCacheSizeMax = 23;
export const JET_paramCheckpointDepthMax = 24;
export const JET_paramLRUKCorrInterval = 25;
export const JET_paramLRUKHistoryMax = 26;
export const JET_paramLRUKPolicy = 27;
export const JET_paramLRUKTimeout = 28;
export const JET_paramLRUKTrxCorrInterval = 29;
export const JET_paramOutstandingIOMax = 30;
export const JET_paramStartFlushThreshold = 31;
export const JET_paramStopFlushThreshold = 32;
export const JET_paramTableClassName = 33;
export const JET_paramIdleFlushTime = 106;
export const JET_paramVAReserve = 109;
export const JET_paramDBAPageAvailMin = 120;
export const JET_paramDBAPageAvailThreshold = 121;
export const JET_paramDBAK1 = 122;
export const JET_paramDBAK2 = 123;
export const JET_paramMaxRandomIOSize = 124;
export const JET_paramEnableViewCache = 127;
export const JET_paramCheckpointIOMax = 135;
export const JET_paramTableClass1Name = 137;
export const JET_paramTableClass2Name = 138;
export const JET_paramTableClass3Name = 139;
export const JET_paramTableClass4Name = 140;
export const JET_paramTableClass5Name = 141;
export const JET_paramTableClass6Name = 142;
export const JET_paramTableClass7Name = 143;
export const JET_paramTableClass8Name = 144;
export const JET_paramTableClass9Name = 145;
export const JET_paramTableClass10Name = 146;
export const JET_paramTableClass11Name = 147;
export const JET_paramTableClass12Name = 148;
export const JET_paramTableClass13Name = 149;
export const JET_paramTableClass14Name = 150;
export const JET_paramTableClass15Name = 151;
export const JET_paramTableClass16Name = 196;
export const JET_paramTableClass17Name = 197;
export const JET_paramTableClass18Name = 198;
export const JET_paramTableClass19Name = 199;
export const JET_paramTableClass20Name = 200;
export const JET_paramTableClass21Name = 201;
export const JET_paramTableClass22Name = 202;
export const JET_paramTableClass23Name = 203;
export const JET_paramTableClass24Name = 204;
export const JET_paramTableClass25Name = 205;
export const JET_paramTableClass26Name = 206;
export const JET_paramTableClass27Name = 207;
export const JET_paramTableClass28Name = 208;
export const JET_paramTableClass29Name = 209;
export const JET_paramTableClass30Name = 210;
export const JET_paramTableClass31Name = 211;
export const JET_paramIOPriority = 152;
export const JET_paramRecovery = 34;
export const JET_paramOnLineCompact = 35;
export const JET_paramEnableOnlineDefrag = 35;
export const JET_paramAssertAction = 36;
export const JET_paramPrintFunction = 37;
export const JET_paramTransactionLevel = 38;
export const JET_paramRFS2IOsPermitted = 39;
export const JET_paramRFS2AllocsPermitted = 40;
export const JET_paramCacheRequests = 42;
export const JET_paramCacheHits = 43;
export const JET_paramCheckFormatWhenOpenFail = 44;
export const JET_paramEnableTempTableVersioning = 46;
export const JET_paramIgnoreLogVersion = 47;
export const JET_paramDeleteOldLogs = 48;
export const JET_paramEventSourceKey = 49;
export const JET_paramNoInformationEvent = 50;
export const JET_paramEventLoggingLevel = 51;
export const JET_paramDeleteOutOfRangeLogs = 52;
export const JET_paramAccessDeniedRetryPeriod = 53;
export const JET_paramEnableIndexChecking = 45;
export const JET_paramEnableIndexCleanup = 54;
export const JET_paramElasticWaypointLatency = 56;
export const JET_paramLogFileFailoverPath = 61;
export const JET_paramEnableImprovedSeekShortcut = 62;
export const JET_paramDatabasePageSize = 64;
export const JET_paramDisableCallbacks = 65;
export const JET_paramAbortRetryFailCallback = 108;
export const JET_paramBackupChunkSize = 66;
export const JET_paramBackupOutstandingReads = 67;
export const JET_paramLogFileCreateAsynch = 69;
export const JET_paramErrorToString = 70;
export const JET_paramZeroDatabaseDuringBackup = 71;
export const JET_paramUnicodeIndexDefault = 72;
export const JET_paramRuntimeCallback = 73;
export const JET_paramEnableSortedRetrieveColumns = 76;
export const JET_paramCleanupMismatchedLogFiles = 77;
export const JET_paramRecordUpgradeDirtyLevel = 78;
export const JET_paramRecoveryCurrentLogfile = 79;
export const JET_paramOSSnapshotTimeout = 82;
export const JET_paramExceptionAction = 98;
export const JET_paramEventLogCache = 99;
export const JET_paramCreatePathIfNotExist = 100;
export const JET_paramPageHintCacheSize = 101;
export const JET_paramOneDatabasePerSession = 102;
export const JET_paramMaxDatabasesPerInstance = 103;
export const JET_paramMaxInstances = 104;
export const JET_paramDisablePerfmon = 107;
export const JET_paramIndexTuplesLengthMin = 110;
export const JET_paramIndexTuplesLengthMax = 111;
export const JET_paramIndexTuplesToIndexMax = 112;
export const JET_paramAlternateDatabaseRecoveryPath = 113;
export const JET_paramIndexTupleIncrement = 132;
export const JET_paramIndexTupleStart = 133;
export const JET_paramKeyMost = 134;
export const JET_paramLegacyFileNames = 136;
export const JET_paramEnablePersistedCallbacks = 156;
export const JET_paramWaypointLatency = 153;
export const JET_paramCheckpointTooDeep = 154;
export const JET_paramDisableBlockVerification = 155;
export const JET_paramAggressiveLogRollover = 157;
export const JET_paramPeriodicLogRolloverLLR = 158;
export const JET_paramUsePageDependencies = 159;
export const JET_paramDefragmentSequentialBTrees = 160;
export const JET_paramDefragmentSequentialBTreesDensityCheckFrequency = 161;
export const JET_paramIOThrottlingTimeQuanta = 162;
export const JET_paramLVChunkSizeMost = 163;
export const JET_paramMaxCoalesceReadSize = 164;
export const JET_paramMaxCoalesceWriteSize = 165;
export const JET_paramMaxCoalesceReadGapSize = 166;
export const JET_paramMaxCoalesceWriteGapSize = 167;
export const JET_paramEnableHaPublish = 168;
export const JET_paramEnableDBScanInRecovery = 169;
export const JET_paramDbScanThrottle = 170;
export const JET_paramDbScanIntervalMinSec = 171;
export const JET_paramDbScanIntervalMaxSec = 172;
export const JET_paramEmitLogDataCallback = 173;
export const JET_paramEmitLogDataCallbackCtx = 174;
export const JET_paramEnableExternalAutoHealing = 175;
export const JET_paramPatchRequestTimeout = 176;
export const JET_paramCachePriority = 177;
export const JET_paramMaxTransactionSize = 178;
export const JET_paramPrereadIOMax = 179;
export const JET_paramEnableDBScanSerialization = 180;
export const JET_paramHungIOThreshold = 181;
export const JET_paramHungIOActions = 182;
export const JET_paramMinDataForXpress = 183;
export const JET_paramEnableShrinkDatabase = 184;
export const JET_paramProcessFriendlyName = 186;
export const JET_paramDurableCommitCallback = 187;
export const JET_paramEnableSqm = 188;
export const JET_paramConfigStoreSpec = 189;
export const JET_paramZeroDatabaseUnusedSpace = 191;
export const JET_paramDisableVerifications = 192;
export const JET_paramPersistedLostFlushDetection = 193;
export const JET_paramEngineFormatVersion = 194;
export const JET_paramReplayThrottlingLevel = 195;
export const JET_paramBlockCacheConfiguration = 212;
export const JET_paramRecordSizeMost = 213;
export const JET_paramUseFlushForWriteDurability = 214;
export const JET_paramEnableRBS = 215;
export const JET_paramRBSFilePath = 216;
export const JET_paramPerfmonRefreshInterval = 217;
export const JET_paramEnableBlockCache = 218;
export const JET_paramDeferredIndexPopulateRowsPerTransaction = 219;
export const JET_paramEnableBlockCacheDetach = 220;

/* ---------------------------------------------------------------- JetInit2 / JetInit3 grbits */

export const JET_bitReplayReplicatedLogFiles = 0x00000001;
export const JET_bitReplayIgnoreMissingDB = 0x00000004;
export const JET_bitRecoveryWithoutUndo = 0x00000008;
export const JET_bitTruncateLogsAfterRecovery = 0x00000010;
export const JET_bitReplayMissingMapEntryDB = 0x00000020;
export const JET_bitLogStreamMustExist = 0x00000040;
export const JET_bitReplayIgnoreLostLogs = 0x00000080;
export const JET_bitAllowMissingCurrentLog = 0x00000100;
export const JET_bitAllowSoftRecoveryOnBackup = 0x00000200;
export const JET_bitSkipLostLogsEvent = 0x00000400;
export const JET_bitExternalRecoveryControl = 0x00000800;
export const JET_bitKeepDbAttachedAtEndOfRecovery = 0x00001000;
export const JET_bitReplayIgnoreLogRecordsBeforeMinRequiredLog = 0x00002000;
export const JET_bitReplayInferCheckpointFromRstmapDbs = 0x00004000;

/* ---------------------------------------------------------------- JetTerm2 grbits */

export const JET_bitTermComplete = 0x00000001;
export const JET_bitTermAbrupt = 0x00000002;
export const JET_bitTermStopBackup = 0x00000004;
export const JET_bitTermDirty = 0x00000008;

/* ---------------------------------------------------------------- JetEndSession grbits */

export const JET_bitForceSessionClosed = 0x00000001;

/* ---------------------------------------------------------------- JetBeginTransaction2 grbits */

export const JET_bitTransactionReadOnly = 0x00000001;

/* ---------------------------------------------------------------- JetCommitTransaction grbits */

export const JET_bitCommitLazyFlush = 0x00000001;
export const JET_bitWaitLastLevel0Commit = 0x00000002;
export const JET_bitWaitAllLevel0Commit = 0x00000008;
export const JET_bitForceNewLog = 0x00000010;
export const JET_bitCommitRedoCallback = 0x00000020;

/* ---------------------------------------------------------------- JetRollback grbits */

export const JET_bitRollbackAll = 0x00000001;
export const JET_bitRollbackRedoCallback = 0x00000020;

/* ---------------------------------------------------------------- JET_paramConfiguration values */

export const JET_configDefault = 0x0001;
export const JET_configRemoveQuotas = 0x0002;
export const JET_configLowDiskFootprint = 0x0004;
export const JET_configMediumDiskFootprint = 0x0008;
export const JET_configLowMemory = 0x0010;
export const JET_configDynamicMediumMemory = 0x0020;
export const JET_configLowPower = 0x0040;
export const JET_configSSDProfileIO = 0x0080;
export const JET_configRunSilent = 0x0100;
export const JET_configUnthrottledMemory = 0x0200;
export const JET_configHighConcurrencyScaling = 0x0400;
export const JET_configMask = JET_configDefault | JET_configRemoveQuotas | JET_configLowDiskFootprint | JET_configMediumDiskFootprint | JET_configLowMemory | JET_configDynamicMediumMemory | JET_configLowPower | JET_configSSDProfileIO | JET_configRunSilent | JET_configUnthrottledMemory | JET_configHighConcurrencyScaling;

/* ---------------------------------------------------------------- database grbits */

export const JET_bitDbReadOnly = 0x00000001;
export const JET_bitDbExclusive = 0x00000002;
export const JET_bitDbRecoveryOff = 0x00000008;
export const JET_bitDbDeleteCorruptIndexes = 0x00000010;
export const JET_bitDbShadowingOff = 0x00000080;
/** JetAttachDatabase: upgrade the file's format (shares its value with JET_bitDbOverwriteExisting). */
export const JET_bitDbUpgrade = 0x00000200;
/** JetCreateDatabase: replace an existing file. */
export const JET_bitDbOverwriteExisting = 0x00000200;
export const JET_bitDbDeleteUnicodeIndexes = 0x00000400;
export const JET_bitDbEnableBackgroundMaintenance = 0x00000800;
export const JET_bitDbPurgeCacheOnAttach = 0x00001000;
/** JetDetachDatabase2. */
export const JET_bitForceDetach = 0x00000001;

/* ---------------------------------------------------------------- JetGetDatabase(File)Info levels */

export const JET_DbInfoFilename = 0;
export const JET_DbInfoConnect = 1;
export const JET_DbInfoCountry = 2;
export const JET_DbInfoLCID = 3;
export const JET_DbInfoLangid = 3;
export const JET_DbInfoCp = 4;
export const JET_DbInfoCollate = 5;
export const JET_DbInfoOptions = 6;
export const JET_DbInfoTransactions = 7;
export const JET_DbInfoVersion = 8;
export const JET_DbInfoIsam = 9;
export const JET_DbInfoFilesize = 10;
export const JET_DbInfoSpaceOwned = 11;
export const JET_DbInfoSpaceAvailable = 12;
export const JET_DbInfoUpgrade = 13;
export const JET_DbInfoMisc = 14;
export const JET_DbInfoDBInUse = 15;
export const JET_DbInfoPageSize = 17;
export const JET_DbInfoFileType = 19;
export const JET_DbInfoFilesizeOnDisk = 21;

/* ---------------------------------------------------------------- JET_DBINFOMISC.dbstate */

export const JET_dbstateJustCreated = 1;
export const JET_dbstateDirtyShutdown = 2;
export const JET_dbstateCleanShutdown = 3;
export const JET_dbstateBeingConverted = 4;
export const JET_dbstateForceDetach = 5;

/* ================================================================ tables and columns */

/* ---------------------------------------------------------------- JET_COLTYP */

export const JET_coltypNil = 0;
export const JET_coltypBit = 1;
export const JET_coltypUnsignedByte = 2;
export const JET_coltypShort = 3;
export const JET_coltypLong = 4;
export const JET_coltypCurrency = 5;
export const JET_coltypIEEESingle = 6;
export const JET_coltypIEEEDouble = 7;
export const JET_coltypDateTime = 8;
export const JET_coltypBinary = 9;
export const JET_coltypText = 10;
export const JET_coltypLongBinary = 11;
export const JET_coltypLongText = 12;
export const JET_coltypSLV = 13;
export const JET_coltypUnsignedLong = 14;
export const JET_coltypLongLong = 15;
export const JET_coltypGUID = 16;
export const JET_coltypUnsignedShort = 17;
export const JET_coltypUnsignedLongLong = 18;
export const JET_coltypMax = 19;

/* ---------------------------------------------------------------- JET_OBJTYP */

export const JET_objtypNil = 0;
export const JET_objtypTable = 1;

/* ---------------------------------------------------------------- name and column limits */

/** The longest table, column or index name, in characters. */
export const JET_cbNameMost = 64;
/** The longest fixed or variable (non-long) column value, in bytes. */
export const JET_cbColumnMost = 255;
export const JET_cbLVDefaultValueMost = 255;
export const JET_cbColumnLVPageOverhead = 82;
export const JET_ccolMost = 0x0000fee0;
export const JET_ccolFixedMost = 0x0000007f;
export const JET_ccolVarMost = 0x00000080;
export const JET_ccolTaggedMost = JET_ccolMost - 0x000000ff;

/* ---------------------------------------------------------------- JetCreateTableColumnIndex grbits */

export const JET_bitTableCreateFixedDDL = 0x00000001;
export const JET_bitTableCreateTemplateTable = 0x00000002;
export const JET_bitTableCreateNoFixedVarColumnsInDerivedTables = 0x00000004;
export const JET_bitTableCreateImmutableStructure = 0x00000008;

/* ---------------------------------------------------------------- JET_SPACEHINTS grbits (Windows 7) */

/** Take the tree's space from its parent's. */
export const JET_bitSpaceHintsUtilizeParentSpace = 0x00000001;
/** Appends grow the tree by cbMinExtent, ulGrowth and cbMaxExtent. */
export const JET_bitCreateHintAppendSequential = 0x00000002;
/** Inserts at one point (hotpoint) grow the tree by cbMinExtent, ulGrowth and cbMaxExtent. */
export const JET_bitCreateHintHotpointSequential = 0x00000004;
/** The table is mostly scanned forward (ESENT defragments it when it falls below ulMaintDensity). */
export const JET_bitRetrieveHintTableScanForward = 0x00000010;
/** The table is mostly scanned backward; not together with JET_bitRetrieveHintTableScanForward. */
export const JET_bitRetrieveHintTableScanBackward = 0x00000020;
/** The table is cleaned up in key order. */
export const JET_bitDeleteHintTableSequential = 0x00000100;

/* ---------------------------------------------------------------- JET_COLUMNDEF / JET_COLUMNCREATE grbits */

export const JET_bitColumnFixed = 0x00000001;
export const JET_bitColumnTagged = 0x00000002;
export const JET_bitColumnNotNULL = 0x00000004;
export const JET_bitColumnVersion = 0x00000008;
export const JET_bitColumnAutoincrement = 0x00000010;
export const JET_bitColumnUpdatable = 0x00000020;
export const JET_bitColumnTTKey = 0x00000040;
export const JET_bitColumnTTDescending = 0x00000080;
export const JET_bitColumnMultiValued = 0x00000400;
export const JET_bitColumnEscrowUpdate = 0x00000800;
export const JET_bitColumnUnversioned = 0x00001000;
export const JET_bitColumnMaybeNull = 0x00002000;
export const JET_bitColumnFinalize = 0x00004000;
export const JET_bitColumnUserDefinedDefault = 0x00008000;
export const JET_bitColumnDeleteOnZero = 0x00020000;
export const JET_bitColumnCompressed = 0x00080000;

/** JetDeleteColumn2. */
export const JET_bitDeleteColumnIgnoreTemplateColumns = 0x00000001;

/* ---------------------------------------------------------------- JetOpenTable grbits */

export const JET_bitTableDenyWrite = 0x00000001;
export const JET_bitTableDenyRead = 0x00000002;
export const JET_bitTableReadOnly = 0x00000004;
export const JET_bitTableUpdatable = 0x00000008;
export const JET_bitTablePermitDDL = 0x00000010;
export const JET_bitTableNoCache = 0x00000020;
export const JET_bitTablePreread = 0x00000040;
export const JET_bitTableOpportuneRead = 0x00000080;
export const JET_bitTableSequential = 0x00008000;
export const JET_bitTableClassMask = 0x000f0000;
export const JET_bitTableClassNone = 0x00000000;
export const JET_bitTableClass1 = 0x00010000;
export const JET_bitTableClass2 = 0x00020000;
export const JET_bitTableClass3 = 0x00030000;
export const JET_bitTableClass4 = 0x00040000;
export const JET_bitTableClass5 = 0x00050000;
export const JET_bitTableClass6 = 0x00060000;
export const JET_bitTableClass7 = 0x00070000;
export const JET_bitTableClass8 = 0x00080000;
export const JET_bitTableClass9 = 0x00090000;
export const JET_bitTableClass10 = 0x000a0000;
export const JET_bitTableClass11 = 0x000b0000;
export const JET_bitTableClass12 = 0x000c0000;
export const JET_bitTableClass13 = 0x000d0000;
export const JET_bitTableClass14 = 0x000e0000;
export const JET_bitTableClass15 = 0x000f0000;

/* ---------------------------------------------------------------- JET_OBJECTINFO.grbit and .flags */

export const JET_bitTableInfoUpdatable = 0x00000001;
export const JET_bitTableInfoBookmark = 0x00000002;
export const JET_bitTableInfoRollback = 0x00000004;
export const JET_bitObjectSystem = 0x80000000;
export const JET_bitObjectTableFixedDDL = 0x40000000;
export const JET_bitObjectTableTemplate = 0x20000000;
export const JET_bitObjectTableDerived = 0x10000000;
export const JET_bitObjectTableNoFixedVarColumnsInDerivedTables = 0x04000000;

/* ---------------------------------------------------------------- JetGetObjectInfo levels */

export const JET_ObjInfo = 0;
export const JET_ObjInfoListNoStats = 1;
export const JET_ObjInfoList = 2;
export const JET_ObjInfoSysTabCursor = 3;
export const JET_ObjInfoListACM = 4;
export const JET_ObjInfoNoStats = 5;
export const JET_ObjInfoSysTabReadOnly = 6;
export const JET_ObjInfoRulesLoaded = 7;
export const JET_ObjInfoMax = 8;

/* ---------------------------------------------------------------- JetGetTableInfo levels */

export const JET_TblInfo = 0;
export const JET_TblInfoName = 1;
export const JET_TblInfoDbid = 2;
export const JET_TblInfoMostMany = 3;
export const JET_TblInfoRvt = 4;
export const JET_TblInfoOLC = 5;
export const JET_TblInfoResetOLC = 6;
export const JET_TblInfoSpaceUsage = 7;
export const JET_TblInfoDumpTable = 8;
export const JET_TblInfoSpaceAlloc = 9;
export const JET_TblInfoSpaceOwned = 10;
export const JET_TblInfoSpaceAvailable = 11;
export const JET_TblInfoTemplateTableName = 12;

/* ---------------------------------------------------------------- JetGet(Table)ColumnInfo levels */

export const JET_ColInfo = 0;
export const JET_ColInfoList = 1;
export const JET_ColInfoSysTabCursor = 3;
export const JET_ColInfoBase = 4;
export const JET_ColInfoListCompact = 5;
export const JET_ColInfoByColid = 6;
export const JET_ColInfoListSortColumnid = 7;
export const JET_ColInfoBaseByColid = 8;
/** Or-ed into a level. */
export const JET_ColInfoGrbitNonDerivedColumnsOnly = 0x80000000;
export const JET_ColInfoGrbitMinimalInfo = 0x40000000;
export const JET_ColInfoGrbitSortByColumnid = 0x20000000;

/* ================================================================ records */

/* ---------------------------------------------------------------- JetPrepareUpdate prep */

export const JET_prepInsert = 0;
export const JET_prepReplace = 2;
export const JET_prepCancel = 3;
export const JET_prepReplaceNoLock = 4;
export const JET_prepInsertCopy = 5;
export const JET_prepInsertCopyDeleteOriginal = 7;
export const JET_prepInsertCopyReplaceOriginal = 9;

/* ---------------------------------------------------------------- JetSetColumn(s) grbits */

export const JET_bitSetAppendLV = 0x00000001;
export const JET_bitSetOverwriteLV = 0x00000004;
export const JET_bitSetSizeLV = 0x00000008;
export const JET_bitSetZeroLength = 0x00000020;
export const JET_bitSetSeparateLV = 0x00000040;
export const JET_bitSetUniqueMultiValues = 0x00000080;
export const JET_bitSetUniqueNormalizedMultiValues = 0x00000100;
export const JET_bitSetRevertToDefaultValue = 0x00000200;
export const JET_bitSetIntrinsicLV = 0x00000400;

/* ---------------------------------------------------------------- JetRetrieveColumn(s) grbits */

export const JET_bitRetrieveCopy = 0x00000001;
export const JET_bitRetrieveFromIndex = 0x00000002;
export const JET_bitRetrieveFromPrimaryBookmark = 0x00000004;
export const JET_bitRetrieveTag = 0x00000008;
export const JET_bitRetrieveNull = 0x00000010;
export const JET_bitRetrieveIgnoreDefault = 0x00000020;

/* ---------------------------------------------------------------- JetEnumerateColumns grbits */

export const JET_bitEnumerateCopy = JET_bitRetrieveCopy;
export const JET_bitEnumerateIgnoreDefault = JET_bitRetrieveIgnoreDefault;
export const JET_bitEnumeratePresenceOnly = 0x00020000;
export const JET_bitEnumerateTaggedOnly = 0x00040000;
export const JET_bitEnumerateCompressOutput = 0x00080000;
export const JET_bitEnumerateIgnoreUserDefinedDefault = 0x00100000;
export const JET_bitEnumerateInRecordOnly = 0x00200000;

/* ---------------------------------------------------------------- JetGetRecordSize grbits */

export const JET_bitRecordSizeInCopyBuffer = 0x00000001;
export const JET_bitRecordSizeRunningTotal = 0x00000002;
export const JET_bitRecordSizeLocal = 0x00000004;

/* ---------------------------------------------------------------- JetUpdate2, JetEscrowUpdate, JetGetLock */

export const JET_bitUpdateCheckESE97Compatibility = 0x00000001;
export const JET_bitEscrowNoRollback = 0x0001;
export const JET_bitReadLock = 0x00000001;
export const JET_bitWriteLock = 0x00000002;

/* ---------------------------------------------------------------- JetMove */

/**
 * esent.h's (0x80000000), as the signed 32-bit cRow the engine receives (`0x80000000 | 0`).
 * JetMove also accepts 0x80000000 itself.
 */
export const JET_MoveFirst = -0x80000000;
export const JET_MovePrevious = -1;
export const JET_MoveNext = 1;
export const JET_MoveLast = 0x7fffffff;
export const JET_bitMoveKeyNE = 0x00000001;

/* ---------------------------------------------------------------- sizes */

/** The largest bookmark with the default key size (JetGetBookmark returns longer ones too). */
export const JET_cbBookmarkMost = 256;
