/*
 * Non-error constants of the JET API: system parameter ids (JET_param*), the grbits of the
 * instance, session and transaction functions (JET_bit*) and JET_config* values.
 *
 * Names and values are the ones Windows' esent.h / ESE's published header give. Every definition
 * is guarded with #ifndef so this file can follow an esent.h (mingw's) that already has some.
 * Error and warning codes live in esent_errors.h (generated).
 */
#ifndef ESENT_PORTABLE_ESENT_CONSTANTS_H
#define ESENT_PORTABLE_ESENT_CONSTANTS_H

/* ---------------------------------------------------------------- system parameter ids */
#ifndef JET_paramSystemPath
#define JET_paramSystemPath 0
#endif
#ifndef JET_paramTempPath
#define JET_paramTempPath 1
#endif
#ifndef JET_paramLogFilePath
#define JET_paramLogFilePath 2
#endif
#ifndef JET_paramBaseName
#define JET_paramBaseName 3
#endif
#ifndef JET_paramEventSource
#define JET_paramEventSource 4
#endif
#ifndef JET_paramMaxSessions
#define JET_paramMaxSessions 5
#endif
#ifndef JET_paramMaxOpenTables
#define JET_paramMaxOpenTables 6
#endif
#ifndef JET_paramPreferredMaxOpenTables
#define JET_paramPreferredMaxOpenTables 7
#endif
#ifndef JET_paramCachedClosedTables
#define JET_paramCachedClosedTables 125
#endif
#ifndef JET_paramMaxCursors
#define JET_paramMaxCursors 8
#endif
#ifndef JET_paramMaxVerPages
#define JET_paramMaxVerPages 9
#endif
#ifndef JET_paramPreferredVerPages
#define JET_paramPreferredVerPages 63
#endif
#ifndef JET_paramGlobalMinVerPages
#define JET_paramGlobalMinVerPages 81
#endif
#ifndef JET_paramVersionStoreTaskQueueMax
#define JET_paramVersionStoreTaskQueueMax 105
#endif
#ifndef JET_paramMaxTemporaryTables
#define JET_paramMaxTemporaryTables 10
#endif
#ifndef JET_paramLogFileSize
#define JET_paramLogFileSize 11
#endif
#ifndef JET_paramLogBuffers
#define JET_paramLogBuffers 12
#endif
#ifndef JET_paramWaitLogFlush
#define JET_paramWaitLogFlush 13
#endif
#ifndef JET_paramLogCheckpointPeriod
#define JET_paramLogCheckpointPeriod 14
#endif
#ifndef JET_paramLogWaitingUserMax
#define JET_paramLogWaitingUserMax 15
#endif
#ifndef JET_paramCommitDefault
#define JET_paramCommitDefault 16
#endif
#ifndef JET_paramCircularLog
#define JET_paramCircularLog 17
#endif
#ifndef JET_paramDbExtensionSize
#define JET_paramDbExtensionSize 18
#endif
#ifndef JET_paramPageTempDBMin
#define JET_paramPageTempDBMin 19
#endif
#ifndef JET_paramPageFragment
#define JET_paramPageFragment 20
#endif
#ifndef JET_paramPageReadAheadMax
#define JET_paramPageReadAheadMax 21
#endif
#ifndef JET_paramEnableFileCache
#define JET_paramEnableFileCache 126
#endif
#ifndef JET_paramVerPageSize
#define JET_paramVerPageSize 128
#endif
#ifndef JET_paramConfiguration
#define JET_paramConfiguration 129
#endif
#ifndef JET_paramEnableAdvanced
#define JET_paramEnableAdvanced 130
#endif
#ifndef JET_paramMaxColtyp
#define JET_paramMaxColtyp 131
#endif
#ifndef JET_paramBatchIOBufferMax
#define JET_paramBatchIOBufferMax 22
#endif
#ifndef JET_paramCacheSize
#define JET_paramCacheSize 41
#endif
#ifndef JET_paramCacheSizeMin
#define JET_paramCacheSizeMin 60
#endif
#ifndef JET_paramCacheSizeMax
#define JET_paramCacheSizeMax 23
#endif
#ifndef JET_paramCheckpointDepthMax
#define JET_paramCheckpointDepthMax 24
#endif
#ifndef JET_paramLRUKCorrInterval
#define JET_paramLRUKCorrInterval 25
#endif
#ifndef JET_paramLRUKHistoryMax
#define JET_paramLRUKHistoryMax 26
#endif
#ifndef JET_paramLRUKPolicy
#define JET_paramLRUKPolicy 27
#endif
#ifndef JET_paramLRUKTimeout
#define JET_paramLRUKTimeout 28
#endif
#ifndef JET_paramLRUKTrxCorrInterval
#define JET_paramLRUKTrxCorrInterval 29
#endif
#ifndef JET_paramOutstandingIOMax
#define JET_paramOutstandingIOMax 30
#endif
#ifndef JET_paramStartFlushThreshold
#define JET_paramStartFlushThreshold 31
#endif
#ifndef JET_paramStopFlushThreshold
#define JET_paramStopFlushThreshold 32
#endif
#ifndef JET_paramTableClassName
#define JET_paramTableClassName 33
#endif
#ifndef JET_paramIdleFlushTime
#define JET_paramIdleFlushTime 106
#endif
#ifndef JET_paramVAReserve
#define JET_paramVAReserve 109
#endif
#ifndef JET_paramDBAPageAvailMin
#define JET_paramDBAPageAvailMin 120
#endif
#ifndef JET_paramDBAPageAvailThreshold
#define JET_paramDBAPageAvailThreshold 121
#endif
#ifndef JET_paramDBAK1
#define JET_paramDBAK1 122
#endif
#ifndef JET_paramDBAK2
#define JET_paramDBAK2 123
#endif
#ifndef JET_paramMaxRandomIOSize
#define JET_paramMaxRandomIOSize 124
#endif
#ifndef JET_paramEnableViewCache
#define JET_paramEnableViewCache 127
#endif
#ifndef JET_paramCheckpointIOMax
#define JET_paramCheckpointIOMax 135
#endif
#ifndef JET_paramTableClass1Name
#define JET_paramTableClass1Name 137
#endif
#ifndef JET_paramTableClass2Name
#define JET_paramTableClass2Name 138
#endif
#ifndef JET_paramTableClass3Name
#define JET_paramTableClass3Name 139
#endif
#ifndef JET_paramTableClass4Name
#define JET_paramTableClass4Name 140
#endif
#ifndef JET_paramTableClass5Name
#define JET_paramTableClass5Name 141
#endif
#ifndef JET_paramTableClass6Name
#define JET_paramTableClass6Name 142
#endif
#ifndef JET_paramTableClass7Name
#define JET_paramTableClass7Name 143
#endif
#ifndef JET_paramTableClass8Name
#define JET_paramTableClass8Name 144
#endif
#ifndef JET_paramTableClass9Name
#define JET_paramTableClass9Name 145
#endif
#ifndef JET_paramTableClass10Name
#define JET_paramTableClass10Name 146
#endif
#ifndef JET_paramTableClass11Name
#define JET_paramTableClass11Name 147
#endif
#ifndef JET_paramTableClass12Name
#define JET_paramTableClass12Name 148
#endif
#ifndef JET_paramTableClass13Name
#define JET_paramTableClass13Name 149
#endif
#ifndef JET_paramTableClass14Name
#define JET_paramTableClass14Name 150
#endif
#ifndef JET_paramTableClass15Name
#define JET_paramTableClass15Name 151
#endif
#ifndef JET_paramTableClass16Name
#define JET_paramTableClass16Name 196
#endif
#ifndef JET_paramTableClass17Name
#define JET_paramTableClass17Name 197
#endif
#ifndef JET_paramTableClass18Name
#define JET_paramTableClass18Name 198
#endif
#ifndef JET_paramTableClass19Name
#define JET_paramTableClass19Name 199
#endif
#ifndef JET_paramTableClass20Name
#define JET_paramTableClass20Name 200
#endif
#ifndef JET_paramTableClass21Name
#define JET_paramTableClass21Name 201
#endif
#ifndef JET_paramTableClass22Name
#define JET_paramTableClass22Name 202
#endif
#ifndef JET_paramTableClass23Name
#define JET_paramTableClass23Name 203
#endif
#ifndef JET_paramTableClass24Name
#define JET_paramTableClass24Name 204
#endif
#ifndef JET_paramTableClass25Name
#define JET_paramTableClass25Name 205
#endif
#ifndef JET_paramTableClass26Name
#define JET_paramTableClass26Name 206
#endif
#ifndef JET_paramTableClass27Name
#define JET_paramTableClass27Name 207
#endif
#ifndef JET_paramTableClass28Name
#define JET_paramTableClass28Name 208
#endif
#ifndef JET_paramTableClass29Name
#define JET_paramTableClass29Name 209
#endif
#ifndef JET_paramTableClass30Name
#define JET_paramTableClass30Name 210
#endif
#ifndef JET_paramTableClass31Name
#define JET_paramTableClass31Name 211
#endif
#ifndef JET_paramIOPriority
#define JET_paramIOPriority 152
#endif
#ifndef JET_paramRecovery
#define JET_paramRecovery 34
#endif
#ifndef JET_paramOnLineCompact
#define JET_paramOnLineCompact 35
#endif
#ifndef JET_paramEnableOnlineDefrag
#define JET_paramEnableOnlineDefrag 35
#endif
#ifndef JET_paramAssertAction
#define JET_paramAssertAction 36
#endif
#ifndef JET_paramPrintFunction
#define JET_paramPrintFunction 37
#endif
#ifndef JET_paramTransactionLevel
#define JET_paramTransactionLevel 38
#endif
#ifndef JET_paramRFS2IOsPermitted
#define JET_paramRFS2IOsPermitted 39
#endif
#ifndef JET_paramRFS2AllocsPermitted
#define JET_paramRFS2AllocsPermitted 40
#endif
#ifndef JET_paramCacheRequests
#define JET_paramCacheRequests 42
#endif
#ifndef JET_paramCacheHits
#define JET_paramCacheHits 43
#endif
#ifndef JET_paramCheckFormatWhenOpenFail
#define JET_paramCheckFormatWhenOpenFail 44
#endif
#ifndef JET_paramEnableTempTableVersioning
#define JET_paramEnableTempTableVersioning 46
#endif
#ifndef JET_paramIgnoreLogVersion
#define JET_paramIgnoreLogVersion 47
#endif
#ifndef JET_paramDeleteOldLogs
#define JET_paramDeleteOldLogs 48
#endif
#ifndef JET_paramEventSourceKey
#define JET_paramEventSourceKey 49
#endif
#ifndef JET_paramNoInformationEvent
#define JET_paramNoInformationEvent 50
#endif
#ifndef JET_paramEventLoggingLevel
#define JET_paramEventLoggingLevel 51
#endif
#ifndef JET_paramDeleteOutOfRangeLogs
#define JET_paramDeleteOutOfRangeLogs 52
#endif
#ifndef JET_paramAccessDeniedRetryPeriod
#define JET_paramAccessDeniedRetryPeriod 53
#endif
#ifndef JET_paramEnableIndexChecking
#define JET_paramEnableIndexChecking 45
#endif
#ifndef JET_paramEnableIndexCleanup
#define JET_paramEnableIndexCleanup 54
#endif
#ifndef JET_paramFlight_SmoothIoTestPermillage
#define JET_paramFlight_SmoothIoTestPermillage 55
#endif
#ifndef JET_paramElasticWaypointLatency
#define JET_paramElasticWaypointLatency 56
#endif
#ifndef JET_paramFlight_SynchronousLVCleanup
#define JET_paramFlight_SynchronousLVCleanup 57
#endif
#ifndef JET_paramFlight_RBSRevertIOUrgentLevel
#define JET_paramFlight_RBSRevertIOUrgentLevel 58
#endif
#ifndef JET_paramFlight_EnableXpress10Compression
#define JET_paramFlight_EnableXpress10Compression 59
#endif
#ifndef JET_paramLogFileFailoverPath
#define JET_paramLogFileFailoverPath 61
#endif
#ifndef JET_paramEnableImprovedSeekShortcut
#define JET_paramEnableImprovedSeekShortcut 62
#endif
#ifndef JET_paramDatabasePageSize
#define JET_paramDatabasePageSize 64
#endif
#ifndef JET_paramDisableCallbacks
#define JET_paramDisableCallbacks 65
#endif
#ifndef JET_paramAbortRetryFailCallback
#define JET_paramAbortRetryFailCallback 108
#endif
#ifndef JET_paramBackupChunkSize
#define JET_paramBackupChunkSize 66
#endif
#ifndef JET_paramBackupOutstandingReads
#define JET_paramBackupOutstandingReads 67
#endif
#ifndef JET_paramFlight_RBSMaxTableDeletePages
#define JET_paramFlight_RBSMaxTableDeletePages 68
#endif
#ifndef JET_paramLogFileCreateAsynch
#define JET_paramLogFileCreateAsynch 69
#endif
#ifndef JET_paramErrorToString
#define JET_paramErrorToString 70
#endif
#ifndef JET_paramZeroDatabaseDuringBackup
#define JET_paramZeroDatabaseDuringBackup 71
#endif
#ifndef JET_paramUnicodeIndexDefault
#define JET_paramUnicodeIndexDefault 72
#endif
#ifndef JET_paramRuntimeCallback
#define JET_paramRuntimeCallback 73
#endif
#ifndef JET_paramEnableSortedRetrieveColumns
#define JET_paramEnableSortedRetrieveColumns 76
#endif
#ifndef JET_paramCleanupMismatchedLogFiles
#define JET_paramCleanupMismatchedLogFiles 77
#endif
#ifndef JET_paramRecordUpgradeDirtyLevel
#define JET_paramRecordUpgradeDirtyLevel 78
#endif
#ifndef JET_paramRecoveryCurrentLogfile
#define JET_paramRecoveryCurrentLogfile 79
#endif
#ifndef JET_paramOSSnapshotTimeout
#define JET_paramOSSnapshotTimeout 82
#endif
#ifndef JET_paramFlight_RBSDbScanRaiseCorruptionRevertedFDP
#define JET_paramFlight_RBSDbScanRaiseCorruptionRevertedFDP 74
#endif
#ifndef JET_paramFlight_RBSAllowTooSoonNonRevertableDelete
#define JET_paramFlight_RBSAllowTooSoonNonRevertableDelete 75
#endif
#ifndef JET_paramFlight_RBSForceRollIntervalSec
#define JET_paramFlight_RBSForceRollIntervalSec 80
#endif
#ifndef JET_paramFlight_EnableScanCheckFDPDeleteFlags
#define JET_paramFlight_EnableScanCheckFDPDeleteFlags 83
#endif
#ifndef JET_paramFlight_NewQueueOptions
#define JET_paramFlight_NewQueueOptions 84
#endif
#ifndef JET_paramFlight_ConcurrentMetedOps
#define JET_paramFlight_ConcurrentMetedOps 85
#endif
#ifndef JET_paramFlight_LowMetedOpsThreshold
#define JET_paramFlight_LowMetedOpsThreshold 86
#endif
#ifndef JET_paramFlight_MetedOpStarvedThreshold
#define JET_paramFlight_MetedOpStarvedThreshold 87
#endif
#ifndef JET_paramFlight_MaxRBSBuffers
#define JET_paramFlight_MaxRBSBuffers 88
#endif
#ifndef JET_paramFlight_EnableShrinkArchiving
#define JET_paramFlight_EnableShrinkArchiving 89
#endif
#ifndef JET_paramFlight_EnableBackupDuringRecovery
#define JET_paramFlight_EnableBackupDuringRecovery 90
#endif
#ifndef JET_paramFlight_RBSRollIntervalSec
#define JET_paramFlight_RBSRollIntervalSec 91
#endif
#ifndef JET_paramFlight_RBSMaxRequiredRange
#define JET_paramFlight_RBSMaxRequiredRange 92
#endif
#ifndef JET_paramFlight_RBSCleanupEnabled
#define JET_paramFlight_RBSCleanupEnabled 93
#endif
#ifndef JET_paramFlight_RBSLowDiskSpaceThresholdGb
#define JET_paramFlight_RBSLowDiskSpaceThresholdGb 94
#endif
#ifndef JET_paramFlight_RBSMaxSpaceWhenLowDiskSpaceGb
#define JET_paramFlight_RBSMaxSpaceWhenLowDiskSpaceGb 95
#endif
#ifndef JET_paramFlight_RBSMaxTimeSpanSec
#define JET_paramFlight_RBSMaxTimeSpanSec 96
#endif
#ifndef JET_paramFlight_RBSCleanupIntervalMinSec
#define JET_paramFlight_RBSCleanupIntervalMinSec 97
#endif
#ifndef JET_paramExceptionAction
#define JET_paramExceptionAction 98
#endif
#ifndef JET_paramEventLogCache
#define JET_paramEventLogCache 99
#endif
#ifndef JET_paramCreatePathIfNotExist
#define JET_paramCreatePathIfNotExist 100
#endif
#ifndef JET_paramPageHintCacheSize
#define JET_paramPageHintCacheSize 101
#endif
#ifndef JET_paramOneDatabasePerSession
#define JET_paramOneDatabasePerSession 102
#endif
#ifndef JET_paramMaxDatabasesPerInstance
#define JET_paramMaxDatabasesPerInstance 103
#endif
#ifndef JET_paramMaxInstances
#define JET_paramMaxInstances 104
#endif
#ifndef JET_paramDisablePerfmon
#define JET_paramDisablePerfmon 107
#endif
#ifndef JET_paramIndexTuplesLengthMin
#define JET_paramIndexTuplesLengthMin 110
#endif
#ifndef JET_paramIndexTuplesLengthMax
#define JET_paramIndexTuplesLengthMax 111
#endif
#ifndef JET_paramIndexTuplesToIndexMax
#define JET_paramIndexTuplesToIndexMax 112
#endif
#ifndef JET_paramAlternateDatabaseRecoveryPath
#define JET_paramAlternateDatabaseRecoveryPath 113
#endif
#ifndef JET_paramFlight_ExtentPageCountCacheVerifyOnly
#define JET_paramFlight_ExtentPageCountCacheVerifyOnly 114
#endif
#ifndef JET_paramFlight_EnablePgnoFDPLastSetTime
#define JET_paramFlight_EnablePgnoFDPLastSetTime 115
#endif
#ifndef JET_paramFlight_EnableScanCheck2Flags
#define JET_paramFlight_EnableScanCheck2Flags 116
#endif
#ifndef JET_paramFlight_EnableExtentFreed2
#define JET_paramFlight_EnableExtentFreed2 117
#endif
#ifndef JET_paramFlight_RBSLargeRevertableDeletePages
#define JET_paramFlight_RBSLargeRevertableDeletePages 118
#endif
#ifndef JET_paramFlight_RBSRevertableDeleteIfTooSoonTimeNull
#define JET_paramFlight_RBSRevertableDeleteIfTooSoonTimeNull 119
#endif
#ifndef JET_paramIndexTupleIncrement
#define JET_paramIndexTupleIncrement 132
#endif
#ifndef JET_paramIndexTupleStart
#define JET_paramIndexTupleStart 133
#endif
#ifndef JET_paramKeyMost
#define JET_paramKeyMost 134
#endif
#ifndef JET_paramLegacyFileNames
#define JET_paramLegacyFileNames 136
#endif
#ifndef JET_paramEnablePersistedCallbacks
#define JET_paramEnablePersistedCallbacks 156
#endif
#ifndef JET_paramWaypointLatency
#define JET_paramWaypointLatency 153
#endif
#ifndef JET_paramCheckpointTooDeep
#define JET_paramCheckpointTooDeep 154
#endif
#ifndef JET_paramDisableBlockVerification
#define JET_paramDisableBlockVerification 155
#endif
#ifndef JET_paramAggressiveLogRollover
#define JET_paramAggressiveLogRollover 157
#endif
#ifndef JET_paramPeriodicLogRolloverLLR
#define JET_paramPeriodicLogRolloverLLR 158
#endif
#ifndef JET_paramUsePageDependencies
#define JET_paramUsePageDependencies 159
#endif
#ifndef JET_paramDefragmentSequentialBTrees
#define JET_paramDefragmentSequentialBTrees 160
#endif
#ifndef JET_paramDefragmentSequentialBTreesDensityCheckFrequency
#define JET_paramDefragmentSequentialBTreesDensityCheckFrequency 161
#endif
#ifndef JET_paramIOThrottlingTimeQuanta
#define JET_paramIOThrottlingTimeQuanta 162
#endif
#ifndef JET_paramLVChunkSizeMost
#define JET_paramLVChunkSizeMost 163
#endif
#ifndef JET_paramMaxCoalesceReadSize
#define JET_paramMaxCoalesceReadSize 164
#endif
#ifndef JET_paramMaxCoalesceWriteSize
#define JET_paramMaxCoalesceWriteSize 165
#endif
#ifndef JET_paramMaxCoalesceReadGapSize
#define JET_paramMaxCoalesceReadGapSize 166
#endif
#ifndef JET_paramMaxCoalesceWriteGapSize
#define JET_paramMaxCoalesceWriteGapSize 167
#endif
#ifndef JET_paramEnableHaPublish
#define JET_paramEnableHaPublish 168
#endif
#ifndef JET_paramEnableDBScanInRecovery
#define JET_paramEnableDBScanInRecovery 169
#endif
#ifndef JET_paramDbScanThrottle
#define JET_paramDbScanThrottle 170
#endif
#ifndef JET_paramDbScanIntervalMinSec
#define JET_paramDbScanIntervalMinSec 171
#endif
#ifndef JET_paramDbScanIntervalMaxSec
#define JET_paramDbScanIntervalMaxSec 172
#endif
#ifndef JET_paramEmitLogDataCallback
#define JET_paramEmitLogDataCallback 173
#endif
#ifndef JET_paramEmitLogDataCallbackCtx
#define JET_paramEmitLogDataCallbackCtx 174
#endif
#ifndef JET_paramEnableExternalAutoHealing
#define JET_paramEnableExternalAutoHealing 175
#endif
#ifndef JET_paramPatchRequestTimeout
#define JET_paramPatchRequestTimeout 176
#endif
#ifndef JET_paramCachePriority
#define JET_paramCachePriority 177
#endif
#ifndef JET_paramMaxTransactionSize
#define JET_paramMaxTransactionSize 178
#endif
#ifndef JET_paramPrereadIOMax
#define JET_paramPrereadIOMax 179
#endif
#ifndef JET_paramEnableDBScanSerialization
#define JET_paramEnableDBScanSerialization 180
#endif
#ifndef JET_paramHungIOThreshold
#define JET_paramHungIOThreshold 181
#endif
#ifndef JET_paramHungIOActions
#define JET_paramHungIOActions 182
#endif
#ifndef JET_paramMinDataForXpress
#define JET_paramMinDataForXpress 183
#endif
#ifndef JET_paramEnableShrinkDatabase
#define JET_paramEnableShrinkDatabase 184
#endif
#ifndef JET_paramProcessFriendlyName
#define JET_paramProcessFriendlyName 186
#endif
#ifndef JET_paramDurableCommitCallback
#define JET_paramDurableCommitCallback 187
#endif
#ifndef JET_paramEnableSqm
#define JET_paramEnableSqm 188
#endif
#ifndef JET_paramConfigStoreSpec
#define JET_paramConfigStoreSpec 189
#endif
#ifndef JET_paramStageFlighting
#define JET_paramStageFlighting 190
#endif
#ifndef JET_paramZeroDatabaseUnusedSpace
#define JET_paramZeroDatabaseUnusedSpace 191
#endif
#ifndef JET_paramDisableVerifications
#define JET_paramDisableVerifications 192
#endif
#ifndef JET_paramPersistedLostFlushDetection
#define JET_paramPersistedLostFlushDetection 193
#endif
#ifndef JET_paramEngineFormatVersion
#define JET_paramEngineFormatVersion 194
#endif
#ifndef JET_paramReplayThrottlingLevel
#define JET_paramReplayThrottlingLevel 195
#endif
#ifndef JET_paramBlockCacheConfiguration
#define JET_paramBlockCacheConfiguration 212
#endif
#ifndef JET_paramRecordSizeMost
#define JET_paramRecordSizeMost 213
#endif
#ifndef JET_paramUseFlushForWriteDurability
#define JET_paramUseFlushForWriteDurability 214
#endif
#ifndef JET_paramEnableRBS
#define JET_paramEnableRBS 215
#endif
#ifndef JET_paramRBSFilePath
#define JET_paramRBSFilePath 216
#endif
#ifndef JET_paramPerfmonRefreshInterval
#define JET_paramPerfmonRefreshInterval 217
#endif
#ifndef JET_paramEnableBlockCache
#define JET_paramEnableBlockCache 218
#endif
#ifndef JET_paramDeferredIndexPopulateRowsPerTransaction
#define JET_paramDeferredIndexPopulateRowsPerTransaction 219
#endif
#ifndef JET_paramEnableBlockCacheDetach
#define JET_paramEnableBlockCacheDetach 220
#endif
#ifndef JET_paramMaxValueInvalid
#define JET_paramMaxValueInvalid 221
#endif

/* ---------------------------------------------------------------- JetInit2 / JetInit3 grbits */
#ifndef JET_bitReplayReplicatedLogFiles
#define JET_bitReplayReplicatedLogFiles 0x00000001
#endif
#ifndef JET_bitReplayIgnoreMissingDB
#define JET_bitReplayIgnoreMissingDB 0x00000004
#endif
#ifndef JET_bitRecoveryWithoutUndo
#define JET_bitRecoveryWithoutUndo 0x00000008
#endif
#ifndef JET_bitTruncateLogsAfterRecovery
#define JET_bitTruncateLogsAfterRecovery 0x00000010
#endif
#ifndef JET_bitReplayMissingMapEntryDB
#define JET_bitReplayMissingMapEntryDB 0x00000020
#endif
#ifndef JET_bitLogStreamMustExist
#define JET_bitLogStreamMustExist 0x00000040
#endif
#ifndef JET_bitReplayIgnoreLostLogs
#define JET_bitReplayIgnoreLostLogs 0x00000080
#endif
#ifndef JET_bitAllowMissingCurrentLog
#define JET_bitAllowMissingCurrentLog 0x00000100
#endif
#ifndef JET_bitAllowSoftRecoveryOnBackup
#define JET_bitAllowSoftRecoveryOnBackup 0x00000200
#endif
#ifndef JET_bitSkipLostLogsEvent
#define JET_bitSkipLostLogsEvent 0x00000400
#endif
#ifndef JET_bitExternalRecoveryControl
#define JET_bitExternalRecoveryControl 0x00000800
#endif
#ifndef JET_bitKeepDbAttachedAtEndOfRecovery
#define JET_bitKeepDbAttachedAtEndOfRecovery 0x00001000
#endif
#ifndef JET_bitReplayIgnoreLogRecordsBeforeMinRequiredLog
#define JET_bitReplayIgnoreLogRecordsBeforeMinRequiredLog 0x00002000
#endif
#ifndef JET_bitReplayInferCheckpointFromRstmapDbs
#define JET_bitReplayInferCheckpointFromRstmapDbs 0x00004000
#endif

/* ---------------------------------------------------------------- JetTerm2 grbits */
#ifndef JET_bitTermComplete
#define JET_bitTermComplete 0x00000001
#endif
#ifndef JET_bitTermAbrupt
#define JET_bitTermAbrupt 0x00000002
#endif
#ifndef JET_bitTermStopBackup
#define JET_bitTermStopBackup 0x00000004
#endif
#ifndef JET_bitTermDirty
#define JET_bitTermDirty 0x00000008
#endif

/* ---------------------------------------------------------------- JetEndSession grbits */
#ifndef JET_bitForceSessionClosed
#define JET_bitForceSessionClosed 0x00000001
#endif

/* ---------------------------------------------------------------- JetBeginTransaction2 grbits */
#ifndef JET_bitTransactionReadOnly
#define JET_bitTransactionReadOnly 0x00000001
#endif

/* ---------------------------------------------------------------- JetCommitTransaction grbits */
#ifndef JET_bitCommitLazyFlush
#define JET_bitCommitLazyFlush 0x00000001
#endif
#ifndef JET_bitWaitLastLevel0Commit
#define JET_bitWaitLastLevel0Commit 0x00000002
#endif
#ifndef JET_bitWaitAllLevel0Commit
#define JET_bitWaitAllLevel0Commit 0x00000008
#endif
#ifndef JET_bitForceNewLog
#define JET_bitForceNewLog 0x00000010
#endif
#ifndef JET_bitCommitRedoCallback
#define JET_bitCommitRedoCallback 0x00000020
#endif

/* ---------------------------------------------------------------- JetRollback grbits */
#ifndef JET_bitRollbackAll
#define JET_bitRollbackAll 0x00000001
#endif
#ifndef JET_bitRollbackRedoCallback
#define JET_bitRollbackRedoCallback 0x00000020
#endif

/* ---------------------------------------------------------------- JET_paramConfiguration values */
#ifndef JET_configDefault
#define JET_configDefault 0x0001
#endif
#ifndef JET_configRemoveQuotas
#define JET_configRemoveQuotas 0x0002
#endif
#ifndef JET_configLowDiskFootprint
#define JET_configLowDiskFootprint 0x0004
#endif
#ifndef JET_configMediumDiskFootprint
#define JET_configMediumDiskFootprint 0x0008
#endif
#ifndef JET_configLowMemory
#define JET_configLowMemory 0x0010
#endif
#ifndef JET_configDynamicMediumMemory
#define JET_configDynamicMediumMemory 0x0020
#endif
#ifndef JET_configLowPower
#define JET_configLowPower 0x0040
#endif
#ifndef JET_configSSDProfileIO
#define JET_configSSDProfileIO 0x0080
#endif
#ifndef JET_configRunSilent
#define JET_configRunSilent 0x0100
#endif
#ifndef JET_configUnthrottledMemory
#define JET_configUnthrottledMemory 0x0200
#endif
#ifndef JET_configHighConcurrencyScaling
#define JET_configHighConcurrencyScaling 0x0400
#endif
#ifndef JET_configMask
#define JET_configMask (JET_configDefault|JET_configRemoveQuotas|JET_configLowDiskFootprint|JET_configMediumDiskFootprint|JET_configLowMemory|JET_configDynamicMediumMemory|JET_configLowPower|JET_configSSDProfileIO|JET_configRunSilent|JET_configUnthrottledMemory|JET_configHighConcurrencyScaling)
#endif

/* ---------------------------------------------------------------- databases: grbits, info levels, states */
#ifndef JET_bitDbReadOnly
#define JET_bitDbReadOnly 0x00000001
#endif
#ifndef JET_bitDbExclusive
#define JET_bitDbExclusive 0x00000002
#endif
#ifndef JET_bitDbRecoveryOff
#define JET_bitDbRecoveryOff 0x00000008
#endif
#ifndef JET_bitDbDeleteCorruptIndexes
#define JET_bitDbDeleteCorruptIndexes 0x00000010
#endif
#ifndef JET_bitDbShadowingOff
#define JET_bitDbShadowingOff 0x00000080
#endif
#ifndef JET_bitDbUpgrade
#define JET_bitDbUpgrade 0x00000200
#endif
#ifndef JET_bitDbOverwriteExisting
#define JET_bitDbOverwriteExisting 0x00000200
#endif
#ifndef JET_bitDbDeleteUnicodeIndexes
#define JET_bitDbDeleteUnicodeIndexes 0x00000400
#endif
#ifndef JET_bitDbEnableBackgroundMaintenance
#define JET_bitDbEnableBackgroundMaintenance 0x00000800
#endif
#ifndef JET_bitDbPurgeCacheOnAttach
#define JET_bitDbPurgeCacheOnAttach 0x00001000
#endif
#ifndef JET_bitForceDetach
#define JET_bitForceDetach 0x00000001
#endif

#ifndef JET_DbInfoFilename
#define JET_DbInfoFilename 0
#endif
#ifndef JET_DbInfoConnect
#define JET_DbInfoConnect 1
#endif
#ifndef JET_DbInfoCountry
#define JET_DbInfoCountry 2
#endif
#ifndef JET_DbInfoLCID
#define JET_DbInfoLCID 3
#endif
#ifndef JET_DbInfoLangid
#define JET_DbInfoLangid 3
#endif
#ifndef JET_DbInfoCp
#define JET_DbInfoCp 4
#endif
#ifndef JET_DbInfoCollate
#define JET_DbInfoCollate 5
#endif
#ifndef JET_DbInfoOptions
#define JET_DbInfoOptions 6
#endif
#ifndef JET_DbInfoTransactions
#define JET_DbInfoTransactions 7
#endif
#ifndef JET_DbInfoVersion
#define JET_DbInfoVersion 8
#endif
#ifndef JET_DbInfoIsam
#define JET_DbInfoIsam 9
#endif
#ifndef JET_DbInfoFilesize
#define JET_DbInfoFilesize 10
#endif
#ifndef JET_DbInfoSpaceOwned
#define JET_DbInfoSpaceOwned 11
#endif
#ifndef JET_DbInfoSpaceAvailable
#define JET_DbInfoSpaceAvailable 12
#endif
#ifndef JET_DbInfoUpgrade
#define JET_DbInfoUpgrade 13
#endif
#ifndef JET_DbInfoMisc
#define JET_DbInfoMisc 14
#endif
#ifndef JET_DbInfoDBInUse
#define JET_DbInfoDBInUse 15
#endif
#ifndef JET_DbInfoPageSize
#define JET_DbInfoPageSize 17
#endif
#ifndef JET_DbInfoFileType
#define JET_DbInfoFileType 19
#endif
#ifndef JET_DbInfoFilesizeOnDisk
#define JET_DbInfoFilesizeOnDisk 21
#endif

#ifndef JET_dbstateJustCreated
#define JET_dbstateJustCreated 1
#endif
#ifndef JET_dbstateDirtyShutdown
#define JET_dbstateDirtyShutdown 2
#endif
#ifndef JET_dbstateCleanShutdown
#define JET_dbstateCleanShutdown 3
#endif
#ifndef JET_dbstateBeingConverted
#define JET_dbstateBeingConverted 4
#endif
#ifndef JET_dbstateForceDetach
#define JET_dbstateForceDetach 5
#endif

#endif /* ESENT_PORTABLE_ESENT_CONSTANTS_H */
