import type { BlueprintCheck, EngineApi, EngineResult } from '../bridge';
import { ok } from '../shared';
import { revisionsRepo, scenariosRepo, type StoredScenario, type WeftDb } from '../storage';

/**
 * "Import blueprint" for the UI: the worker restores and checks it; then the UI's repositories
 * save it as a new scenario (or over an existing one) with a first revision. Invalid blueprints
 * change nothing and come back as `WORKER_E010` with every problem.
 *
 * @example const r = await importScenario(db, engine, text); if (r.ok) open(r.value.scenario.id);
 */
export async function importScenario(
  db: WeftDb,
  engine: Pick<EngineApi, 'checkBlueprint'>,
  blueprint: unknown,
  opts: { scenarioId?: string; now?: Date } = {},
): Promise<EngineResult<{ scenario: StoredScenario; check: BlueprintCheck }>> {
  const check = await engine.checkBlueprint(blueprint);
  if (!check.ok) return check;
  const now = opts.now ?? new Date();
  const repo = scenariosRepo(db);
  const id = opts.scenarioId ?? (await repo.create(check.value.blueprint.name, now)).id;
  await repo.saveBlueprint(id, check.value.blueprint, now);
  await revisionsRepo(db).save(id, check.value.blueprint, now);
  const scenario = (await repo.get(id))!;
  return ok({ scenario, check: check.value });
}
