/// <reference lib="webworker" />
// Composition root of the engine worker: nothing but exposing the API (DESIGN.md §3). The test
// build of the worker (name `weft-engine+test`, docs/runtime.md) adds the test-only modules.
import { expose } from 'comlink';
import { allModules, createRegistry } from '../src/apps';
import { TEST_WORKER_NAME } from '../src/bridge/client';
import { createEngineApi } from './engine-api';
import { testModules } from './test-modules';

const test = (self as unknown as DedicatedWorkerGlobalScope).name === TEST_WORKER_NAME;
expose(createEngineApi(test ? { registry: createRegistry([...allModules, ...testModules]) } : {}));
