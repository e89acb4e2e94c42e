import { Dexie, type DexieOptions, type Table } from 'dexie';
import { schemaVersions, latestSchemaVersion } from './schema';
import type {
  ConnectionRecord,
  CounterRecord,
  DataRecord,
  DataStoreRecord,
  DeviceKeyRecord,
  ExecutionRecord,
  FileRecord,
  InboxRecord,
  IncompleteExecutionRecord,
  RunLogRecord,
  ScenarioRevisionRecord,
  ScenarioStateRecord,
  SettingRecord,
  StoredScenario,
  UsageRecord,
} from './records';

export const DEFAULT_DB_NAME = 'weft';

/**
 * Weft's IndexedDB database. Tables are declared with `declare` so that class fields do not
 * overwrite the tables Dexie defines in its constructor (useDefineForClassFields is on).
 * Write through the repositories (`*-repo.ts`): each table has one writer (CONTRACTS.md §7).
 *
 * @example
 * const db = new WeftDb(); await db.scenarios.toArray();
 * // in Node tests: new WeftDb('t', { indexedDB: new IDBFactory(), IDBKeyRange })
 */
export class WeftDb extends Dexie {
  declare scenarios: Table<StoredScenario, string>;
  declare scenarioRevisions: Table<ScenarioRevisionRecord, string>;
  declare connections: Table<ConnectionRecord, string>;
  declare executions: Table<ExecutionRecord, string>;
  declare runLogs: Table<RunLogRecord, string>;
  declare dataStores: Table<DataStoreRecord, string>;
  declare dataRecords: Table<DataRecord, [string, string]>;
  declare files: Table<FileRecord, string>;
  declare webhookInbox: Table<InboxRecord, string>;
  declare scenarioState: Table<ScenarioStateRecord, string>;
  declare incompleteExecutions: Table<IncompleteExecutionRecord, string>;
  declare counters: Table<CounterRecord, string>;
  declare usage: Table<UsageRecord, string>;
  declare settings: Table<SettingRecord, string>;
  declare deviceKeys: Table<DeviceKeyRecord, string>;

  /** `upTo` opens an older schema version; only the upgrade tests use it. */
  constructor(name = DEFAULT_DB_NAME, options?: DexieOptions, upTo = latestSchemaVersion) {
    super(name, options);
    for (const v of schemaVersions) {
      if (v.version > upTo) break;
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}
