import type { Transaction } from 'dexie';
import { DEFAULT_SCHEDULE } from './schedule-types';

/**
 * Version 1 → 2: rows written by version 1 get the fields version 2 reads, with the values a
 * version-1 row meant: scenarios Make's default schedule (they were disabled or never scheduled),
 * executions an `unknown` trigger kind, run logs no truncation, connections no secret yet, usage
 * rows an execution count of 0 (version 1 did not count executions).
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('scenarios')
    .toCollection()
    .modify((s: Record<string, unknown>) => {
      s['schedule'] ??= DEFAULT_SCHEDULE;
      s['catchUp'] ??= false;
      s['enabledAt'] ??= s['enabled'] === true ? s['updatedAt'] : null;
    });
  await tx
    .table('executions')
    .toCollection()
    .modify((e: Record<string, unknown>) => {
      e['triggerKind'] ??= 'unknown';
      e['revisionId'] ??= null;
      e['error'] ??= null;
    });
  await tx
    .table('runLogs')
    .toCollection()
    .modify((l: Record<string, unknown>) => {
      l['operations'] ??= Array.isArray(l['input']) ? l['input'].length : 0;
      l['errors'] ??= [];
      l['truncated'] ??= false;
    });
  await tx
    .table('connections')
    .toCollection()
    .modify((c: Record<string, unknown>) => {
      c['params'] ??= {};
      c['secret'] ??= null;
      c['updatedAt'] ??= c['createdAt'];
    });
  await tx
    .table('usage')
    .toCollection()
    .modify((u: Record<string, unknown>) => {
      u['executions'] ??= 0;
    });
}
