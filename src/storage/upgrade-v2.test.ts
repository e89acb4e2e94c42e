import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULE } from './schedule-types';
import { upgradeHarness } from './upgrade-harness';

// Version 1 rows as version 1 wrote them (fields version 2 adds are absent).
const v1 = {
  scenario: {
    id: 's1',
    name: 'Orders',
    blueprint: { name: 'Orders', flow: [] },
    enabled: true,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-02T00:00:00.000Z',
  },
  connection: { id: 'c1', name: 'Shop', type: 'apikey', createdAt: '2026-11-01T00:00:00.000Z' },
  execution: {
    id: 'e1',
    scenarioId: 's1',
    status: 'success',
    startedAt: '2026-11-03T00:00:00.000Z',
    durationMs: 12,
    operations: 5,
    dataTransfer: 100,
  },
  runLog: { id: 'e1:1', executionId: 'e1', moduleId: '1', input: [{}, {}], output: [] },
  dataStore: { id: 'd1', name: 'Customers', createdAt: '2026-11-01T00:00:00.000Z' },
  record: { storeId: 'd1', key: 'k', data: { a: 1 } },
  inbox: {
    eventId: '1-1',
    hookId: 'h',
    receivedAt: '2026-11-03T00:00:00.000Z',
    state: 'new',
    request: {},
  },
  usage: {
    id: 'month:2026-11|s1',
    period: 'month:2026-11',
    scenarioId: 's1',
    operations: 5,
    dataTransfer: 100,
  },
  setting: { key: 'theme', value: 'dark' },
};

describe('schema version 1 → 2', () => {
  it('keeps every version-1 row and fills the fields version 2 reads', async () => {
    await upgradeHarness({
      from: 1,
      to: 2,
      options: { indexedDB: new IDBFactory(), IDBKeyRange },
      fill: async (db) => {
        await db.table('scenarios').add(v1.scenario);
        await db.table('connections').add(v1.connection);
        await db.table('executions').add(v1.execution);
        await db.table('runLogs').add(v1.runLog);
        await db.table('dataStores').add(v1.dataStore);
        await db.table('dataRecords').add(v1.record);
        await db.table('webhookInbox').add(v1.inbox);
        await db.table('usage').add(v1.usage);
        await db.table('settings').add(v1.setting);
      },
      verify: async (db) => {
        expect(await db.scenarios.get('s1')).toEqual({
          ...v1.scenario,
          schedule: DEFAULT_SCHEDULE,
          catchUp: false,
          enabledAt: v1.scenario.updatedAt,
        });
        expect(await db.connections.get('c1')).toEqual({
          ...v1.connection,
          params: {},
          secret: null,
          updatedAt: v1.connection.createdAt,
        });
        expect(await db.executions.get('e1')).toEqual({
          ...v1.execution,
          triggerKind: 'unknown',
          revisionId: null,
          error: null,
        });
        expect(await db.runLogs.get('e1:1')).toEqual({
          ...v1.runLog,
          operations: 2,
          errors: [],
          truncated: false,
        });
        expect(await db.dataStores.get('d1')).toEqual(v1.dataStore);
        expect(await db.dataRecords.get(['d1', 'k'])).toEqual(v1.record);
        expect(await db.webhookInbox.where('[hookId+state]').equals(['h', 'new']).count()).toBe(1);
        expect(await db.usage.get(v1.usage.id)).toEqual({ ...v1.usage, executions: 0 });
        expect(await db.settings.get('theme')).toEqual(v1.setting);
        // The new keyset index answers for the old row.
        expect(await db.executions.where('[startedAt+id]').above(['', '']).count()).toBe(1);
      },
    });
  });
});
