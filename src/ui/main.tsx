import { render } from 'solid-js/web';
import { startEngineWorker, type EngineApi } from '../bridge';
import { poolSizeFor, startRuntime, systemClock, testClockFrom, testHooks } from '../runtime';
import { newId } from '../shared';
import { WeftDb } from '../storage';
import { App } from './app';
import { ServicesContext, createServices } from './services';
import './styles.css';

const root = document.getElementById('app');
if (!root) throw new Error('index.html lacks #app');

// The test clock and test-only modules exist only when an e2e test set the flag (docs/runtime.md).
const testClock = testClockFrom(localStorage);
const db = new WeftDb();
const runtime = startRuntime({
  db,
  clock: testClock ?? systemClock,
  spawn: () => {
    const w = startEngineWorker({ test: testClock !== null });
    // Comlink's Remote<EngineApi> is EngineApi with listeners passed through `progress()`,
    // which the runtime's engine service does.
    return { api: w.api as unknown as EngineApi, terminate: w.terminate };
  },
  poolSize: poolSizeFor(navigator.hardwareConcurrency),
  locks: navigator.locks,
  openChannel: (name) => new BroadcastChannel(name),
  tabId: newId(),
  browserTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
});
addEventListener('pagehide', (e) => {
  if (!e.persisted) runtime.destroy();
});
if (testClock)
  (window as unknown as { weftTest: unknown }).weftTest = testHooks(db, runtime, testClock);

const services = createServices(runtime, db);
render(
  () => (
    <ServicesContext.Provider value={services}>
      <App />
    </ServicesContext.Provider>
  ),
  root,
);
