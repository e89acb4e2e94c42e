/** The `weft run` report (CONTRACTS.md §2), values encoded as CONTRACTS.md §1. */
import type { DataStoreRecord } from '../apps';
import type { ExecutionRecord } from '../engine';
import { encodeJsonValue } from '../shared/json-values';

export function runReport(
  record: ExecutionRecord,
  dataStores: Record<string, DataStoreRecord[]>,
): unknown {
  const modules: Record<string, unknown> = {};
  for (const [id, log] of Object.entries(record.modules)) {
    modules[id] = {
      operations: log.operations,
      input: log.input,
      output: log.output,
      errors: log.errors,
    };
  }
  const error = record.error && {
    moduleId: record.error.moduleId,
    type: record.error.type,
    message: record.error.message,
  };
  const response = record.webhookResponse;
  return encodeJsonValue({
    status: record.status,
    operations: record.operations,
    dataTransfer: record.dataTransfer,
    cycles: record.cycles,
    durationMs: Math.round(record.durationMs),
    modules,
    error,
    incomplete: record.incomplete,
    dataStores,
    webhookResponse: response && {
      status: response.status,
      headers: response.headers,
      body: response.body,
    },
  });
}
