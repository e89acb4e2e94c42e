import type { Transaction } from 'dexie';
import { upgradeToV2 } from './upgrade-v2';

/**
 * Every schema version of Weft's IndexedDB database, oldest first. A version, once released, never
 * changes (DESIGN.md §10 rule 8): a change is a new entry with an `upgrade` and an upgrade test
 * (`upgrade-harness.ts`: build version n−1, fill it, reopen as n, nothing lost).
 *
 * Primary keys are strings everywhere (DESIGN.md §7). Booleans cannot be indexed in IndexedDB,
 * so states that queries filter on are strings (`state: 'new' | 'consumed'`).
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      scenarios: 'id, name, updatedAt',
      connections: 'id, type, name',
      executions: 'id, scenarioId, startedAt, status, [scenarioId+startedAt]',
      runLogs: 'id, executionId, [executionId+moduleId]',
      dataStores: 'id, name',
      dataRecords: '[storeId+key], storeId',
      webhookInbox: 'eventId, hookId, receivedAt, state',
      usage: 'id, period, scenarioId',
      settings: 'key',
    },
  },
  {
    // The runtime issue: revisions, file library, runtime state, incomplete executions, counters,
    // the device key; executions get keyset-paging indexes ([startedAt+id] is unique and ordered).
    version: 2,
    stores: {
      executions:
        'id, scenarioId, startedAt, status, [scenarioId+startedAt], [startedAt+id], [scenarioId+startedAt+id]',
      scenarioRevisions: 'id, scenarioId, [scenarioId+number]',
      files: 'id, [folder+name], updatedAt',
      scenarioState: 'scenarioId, nextRunAt',
      incompleteExecutions: 'id, scenarioId, state, nextRetryAt, [scenarioId+state]',
      counters: 'id',
      deviceKeys: 'id',
      webhookInbox: 'eventId, hookId, receivedAt, state, [hookId+state]',
    },
    upgrade: upgradeToV2,
  },
];

export const latestSchemaVersion = schemaVersions[schemaVersions.length - 1]!.version;
