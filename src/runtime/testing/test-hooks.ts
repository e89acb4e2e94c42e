import {
  executionsRepo,
  filesRepo,
  revisionsRepo,
  scenariosRepo,
  type Schedule,
  type WeftDb,
} from '../../storage';
import type { Runtime } from '../boot';
import { fakeClock } from './fake-clock';

/**
 * The localStorage key that turns the test hooks on: its value is the test clock's start (ISO).
 * Nothing in the app sets it; only e2e tests do (docs/runtime.md, "Test hooks").
 */
export const TEST_CLOCK_KEY = 'weft.testClock';

export type TestClock = ReturnType<typeof fakeClock>;

/**
 * The test clock when the page was opened with the test flag, else null (the normal path).
 *
 * @example const test = testClockFrom(localStorage); const clock = test ?? systemClock;
 */
export function testClockFrom(storage: { getItem(key: string): string | null }): TestClock | null {
  const start = Date.parse(storage.getItem(TEST_CLOCK_KEY) ?? '');
  return Number.isNaN(start) ? null : fakeClock(start);
}

/** `/in/a.jpg` → the files table's folder `in` and name `a.jpg` (as the worker's FilesPort keys it). */
const fileKey = (path: string) => {
  const clean = path.replace(/^\/+/, '');
  const cut = clean.lastIndexOf('/');
  return { folder: cut < 0 ? '' : clean.slice(0, cut), name: clean.slice(cut + 1) };
};

export interface SeedInput {
  name: string;
  blueprint: unknown;
  schedule?: Schedule;
  enabled?: boolean;
  runTimeLimitMs?: number;
}

/**
 * What an e2e test may do from the page while the editor UI does not exist: move the clock, seed
 * scenarios through the app's own repositories, call the engine, and read History.
 */
export function testHooks(db: WeftDb, runtime: Runtime, clock: TestClock) {
  const now = () => new Date(clock.now());
  return {
    clock,
    engine: runtime.engine,
    state: () => runtime.state(),
    /** When the leader's scheduler will next run a scenario (ms), or null: not scheduled here (yet). */
    nextRun: (scenarioId: string) => runtime.nextRuns().get(scenarioId) ?? null,
    async seedScenario(input: SeedInput): Promise<string> {
      const repo = scenariosRepo(db);
      const s = await repo.create(input.name, now());
      await repo.saveBlueprint(s.id, input.blueprint, now());
      await revisionsRepo(db).save(s.id, input.blueprint, now());
      if (input.schedule) await repo.setSchedule(s.id, input.schedule, false, now());
      if (input.runTimeLimitMs) await repo.setRunTimeLimit(s.id, input.runTimeLimitMs);
      if (input.enabled) await repo.setEnabled(s.id, true, now());
      return s.id;
    },
    /** Saves a file in the file library (what the files app reads), e.g. `/in/photo.jpg`. */
    async putFile(path: string, data: Uint8Array, mimeType: string): Promise<void> {
      await filesRepo(db).save({ ...fileKey(path), mimeType, data }, now());
    },
    /** A file of the file library with its bytes, or null. */
    async file(path: string) {
      const { folder, name } = fileKey(path);
      return (await filesRepo(db).find(folder, name)) ?? null;
    },
    /**
     * Every stored execution of a scenario, oldest first, with its run logs' operations (and
     * their stored output bundles with `{outputs: true}`).
     */
    async executions(scenarioId: string, opts: { outputs?: boolean } = {}) {
      const rows = await db.executions.where('scenarioId').equals(scenarioId).sortBy('startedAt');
      return Promise.all(
        rows.map(async (e) => ({
          ...e,
          logs: (await executionsRepo(db).logs(e.id)).map((l) => ({
            moduleId: l.moduleId,
            operations: l.operations,
            ...(opts.outputs ? { output: l.output } : {}),
          })),
        })),
      );
    },
  };
}
