/**
 * `weft run <blueprint.json> [--input …] [--cycles N] [--datastore <id>=<file>] [--files <dir>]
 * [--now ISO] [--timezone IANA] [--requests <requests.json>] [--connection <id>=<file>]`
 * (CONTRACTS.md §2): runs the scenario headless and prints the report.
 * Exit 0 for success and warning, 1 for error, 2 for bad usage or an invalid blueprint.
 */
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { defaultRegistry } from '../../apps';
import { createMemoryDataStores, runScenario } from '../../engine';
import { appsPorts } from '../apps-ports';
import { loadBlueprint, printProblems } from '../blueprint-file';
import { takeFilesOption } from '../files-option';
import { parseRunOptions } from '../run-options';
import { runReport } from '../run-report';
import { writeJson } from '../write-json';
import type { Command } from './index';

export const runCommand: Command = async (args) => {
  const filesOption = takeFilesOption(args);
  const options = typeof filesOption === 'string' ? filesOption : parseRunOptions(filesOption.rest);
  if (typeof options === 'string') {
    process.stderr.write(`weft run: ${options}\n`);
    return 2;
  }
  const loaded = loadBlueprint(options.file);
  if (!loaded.ok) {
    printProblems('run', options.file, loaded.problems);
    return 2;
  }
  const { blueprint } = loaded.value;
  const first = blueprint.flow[0]?.module;
  if (options.apps.requests && first !== 'gateway:CustomWebHook') {
    process.stderr.write(
      `weft run: --requests needs a gateway:CustomWebHook trigger, not ${first}\n`,
    );
    return 2;
  }
  const dataStores = createMemoryDataStores(options.datastores);
  const now = options.now;
  const roundtrips = blueprint.metadata.scenario.roundtrips;
  const record = await runScenario(
    blueprint,
    defaultRegistry,
    {
      clock: { now: () => now ?? new Date(), elapsedMs: () => performance.now() },
      dataStores,
      ...appsPorts(blueprint, options.apps),
      files: typeof filesOption === 'string' ? undefined : filesOption.files,
      // Node has no canvas: the image app's modules report as unavailable here.
      capabilities: new Set(['http', 'files', 'connections']),
    },
    {
      scenarioId: 'cli',
      executionId: randomUUID().replace(/-/g, ''),
      timezone: options.timezone,
      maxCycles: options.cycles ?? Math.max(1, roundtrips),
      triggerBundles: options.input,
      logLevel: 'full',
    },
  );
  writeJson(runReport(record, dataStores.snapshot()));
  if (record.error) process.stderr.write(`weft run: ${record.status}: ${record.error.message}\n`);
  return record.status === 'error' ? 1 : 0;
};
