import type { RunRequest, RunResult, EngineResult } from '../../bridge';
import type { StoredRequest, WebhookResponseBody } from '../../shared/relay-protocol';
import { inboxRepo, scenarioStateRepo, type StoredScenario, type WeftDb } from '../../storage';

export interface WebhookDispatchDeps {
  db: WeftDb;
  /** Runs a scenario through the pool (the engine service's `run`). */
  run: (req: RunRequest) => Promise<EngineResult<RunResult>>;
  /** Hands a scenario's Webhook response to the relay for the waiting caller. */
  respond?: (eventId: string, body: WebhookResponseBody) => Promise<unknown>;
}

/** A scenario that takes its hook's requests as they arrive, and the relay hook it is bound to. */
export interface InstantBinding {
  scenarioId: string;
  relayHookId: string;
}

/**
 * The relay hook an instant scenario listens on: its first module is a Custom webhook whose
 * `parameters.hook` (Make's number, never rewritten) is bound to a relay hook in
 * `metadata.weft.bindings["hook:<n>"]` (CONTRACTS.md §3); it is on and runs "immediately"
 * (Make's instant scheduling: `metadata.instant`, or the `immediately` schedule).
 */
export function instantBinding(s: StoredScenario): InstantBinding | undefined {
  const bound = hookBinding(s);
  if (!bound || !s.enabled) return undefined;
  return bound.instant || s.schedule?.type === 'immediately' ? bound.binding : undefined;
}

type WebhookBlueprint = {
  flow?: { module?: string; parameters?: { hook?: unknown; maxResults?: unknown } }[];
  metadata?: { instant?: boolean; weft?: { bindings?: Record<string, string> } };
};

/** The relay hook a Custom webhook trigger is bound to, whether the scenario is instant or not. */
function hookBinding(s: StoredScenario) {
  const bp = s.blueprint as WebhookBlueprint;
  const first = bp?.flow?.[0];
  if (first?.module !== 'gateway:CustomWebHook') return undefined;
  const hook = first.parameters?.hook;
  const relayHookId =
    hook === undefined ? undefined : bp.metadata?.weft?.bindings?.[`hook:${String(hook)}`];
  if (!relayHookId) return undefined;
  const max = Number(first.parameters?.maxResults);
  return {
    binding: { scenarioId: s.id, relayHookId },
    instant: bp.metadata?.instant === true,
    maxResults: Number.isInteger(max) && max > 0 ? max : undefined,
  };
}

/**
 * A scheduled (not instant) webhook scenario takes the requests queued for its hook at its
 * scheduled run, as Make does; the trigger hands them out `maxResults` per cycle. At most 100 are
 * taken per run, the rest wait for the next one. Returns the run's input and a `done` that marks
 * them consumed once the run has ended; undefined when the trigger is not a bound Custom webhook.
 */
export async function scheduledWebhookInput(db: WeftDb, s: StoredScenario) {
  const bound = hookBinding(s);
  if (!bound) return undefined;
  const inbox = inboxRepo(db);
  const waiting = await inbox.pending(bound.binding.relayHookId, SCHEDULED_BATCH);
  const requests = waiting.map((r) => r.request as StoredRequest);
  return {
    input: { requests },
    done: () => inbox.markConsumed(waiting.map((r) => r.eventId)),
  };
}

/** Requests one scheduled run of a webhook scenario takes (the rest wait for the next run). */
const SCHEDULED_BATCH = 100;

/**
 * Feeds the webhook inbox to instant scenarios (leader tab only): each waiting request of a bound
 * hook starts one execution with that request, in arrival order, one at a time per scenario (as
 * Make processes a hook's queue). The request is marked consumed once its run has ended, whatever
 * the outcome (the run itself is in History); a Webhook response goes back to the relay for the
 * caller that is still waiting. `kick()` after new requests arrive or scenarios change.
 *
 * @example const d = createWebhookDispatcher({ db, run: service.run, respond: api.respond }); d.kick();
 */
export function createWebhookDispatcher(deps: WebhookDispatchDeps) {
  const inbox = inboxRepo(deps.db);
  const busy = new Set<string>();
  let again = false;
  let stopped = false;

  async function drain(binding: InstantBinding): Promise<void> {
    busy.add(binding.scenarioId);
    try {
      for (;;) {
        if (stopped) return;
        const state = await scenarioStateRepo(deps.db).get(binding.scenarioId);
        if (state?.deactivatedReason) return; // stays queued until the user switches it on again
        const [next] = await inbox.pending(binding.relayHookId, 1);
        if (!next) return;
        const request = next.request as StoredRequest;
        const r = await deps.run({
          scenarioId: binding.scenarioId,
          trigger: 'webhook',
          input: { requests: [request] },
        });
        await inbox.markConsumed([next.eventId]);
        const response = r.ok ? r.value.execution.webhookResponse : null;
        if (response && deps.respond) {
          await deps.respond(next.eventId, toResponseBody(response)).catch(() => undefined); // the caller may have given up: the relay answered 200 Accepted
        }
      }
    } finally {
      busy.delete(binding.scenarioId);
    }
  }

  async function pass(): Promise<void> {
    const scenarios = (await deps.db.scenarios.toArray()) as StoredScenario[];
    // A hook feeds one scenario, as in Make: should two be bound to it, the one created first
    // takes its requests (two drains of one queue would run each request twice).
    scenarios.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    const byHook = new Map<string, InstantBinding>();
    for (const b of scenarios.map(instantBinding)) {
      if (b && !byHook.has(b.relayHookId)) byHook.set(b.relayHookId, b);
    }
    const bindings = [...byHook.values()];
    await Promise.all(bindings.filter((b) => !busy.has(b.scenarioId)).map((b) => drain(b)));
  }

  let running: Promise<void> | null = null;
  return {
    /** Looks for waiting requests now (coalesced: a kick during a pass makes one more pass). */
    kick(): Promise<void> {
      if (stopped) return Promise.resolve();
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        do {
          again = false;
          await pass().catch((e: unknown) => console.error('Weft: webhook dispatch failed', e));
        } while (again && !stopped);
        running = null;
      })();
      return running;
    },
    stop(): void {
      stopped = true;
    },
  };
}

function toResponseBody(r: {
  status: number;
  headers: [string, string][];
  body: string | Uint8Array;
}): WebhookResponseBody {
  const bytes = typeof r.body === 'string' ? new TextEncoder().encode(r.body) : r.body;
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return { status: r.status, headers: r.headers, bodyBase64: btoa(binary) };
}
