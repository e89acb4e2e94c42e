import {
  connectionsRepo,
  executionsRepo,
  revisionsRepo,
  scenarioStateRepo,
  usageRepo,
  type WeftDb,
} from '../../storage';
import { useServices } from '../services';

/** The repositories the editor uses that `Services` does not carry, made once per database. */
function reposFor(db: WeftDb) {
  return {
    connections: connectionsRepo(db),
    revisions: revisionsRepo(db),
    executions: executionsRepo(db),
    usage: usageRepo(db),
    state: scenarioStateRepo(db),
  };
}

const cache = new WeakMap<WeftDb, ReturnType<typeof reposFor>>();

export function useRepos(): ReturnType<typeof reposFor> {
  const { db } = useServices();
  let r = cache.get(db);
  if (!r) {
    r = reposFor(db);
    cache.set(db, r);
  }
  return r;
}
