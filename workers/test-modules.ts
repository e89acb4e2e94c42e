import { defineModule } from '../src/apps';
import type { RegisteredModule } from '../src/apps/contract';

/**
 * Modules that exist only in the test build of the worker (worker name `weft-engine+test`, set
 * when the page's test hooks are on: docs/runtime.md). `weft-test:Hang` is an action whose
 * operation never ends and ignores the abort signal: the e2e test of the run-time limit uses it
 * to prove that the pool ends such a run by terminating the worker.
 */
export const testModules: readonly RegisteredModule[] = [
  defineModule(
    {
      id: 'weft-test:Hang',
      label: 'Hang (test only)',
      description: 'Never finishes its operation; ignores Stop.',
      kind: 'action',
    },
    { run: () => new Promise<never>(() => undefined) },
  ),
];
