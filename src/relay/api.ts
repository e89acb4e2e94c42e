import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  parseEventId,
  type HookCreated,
  type HookInfo,
  type InstallationCreated,
} from '../shared/relay-protocol';
import type { RelayConfig } from './config';
import { relayProblem } from './errors';
import { readJsonObject, sendJson, sendProblem } from './http-util';
import type { Logger } from './log';
import type { RateLimiter } from './rate-limiter';
import type { ResponseWaiters } from './response-waiters';
import type { HookPatch, Installation, RelayStore, StoredHook } from './store';
import type { StreamHub } from './stream';
import { bearerToken, hashToken, newEpoch, randomId } from './tokens';
import { validateHookPatch, validateResponse } from './validate';

export interface ApiDeps {
  config: RelayConfig;
  store: RelayStore;
  hub: StreamHub;
  waiters: ResponseWaiters;
  /** Limits unauthenticated installation sign-ups per client IP. */
  installRate: RateLimiter;
  log: Logger;
}

type Handler = (
  deps: ApiDeps,
  ctx: { req: IncomingMessage; res: ServerResponse; url: URL; inst: Installation; arg: string },
) => Promise<void>;

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function hookUrl(config: RelayConfig, req: IncomingMessage, id: string): string {
  const base = config.publicUrl ?? `http://${req.headers.host ?? `${config.host}:${config.port}`}`;
  return `${base}/hook/${id}`;
}

/** The caller's live hook, or undefined (another installation's hook is "not found" too). */
async function ownHook(
  deps: ApiDeps,
  inst: Installation,
  id: string,
): Promise<StoredHook | undefined> {
  const hook = await deps.store.hook(id);
  return hook && hook.installationId === inst.id && hook.deletedAt === null ? hook : undefined;
}

const createHook: Handler = async ({ config, store, log }, { req, res, inst }) => {
  const body = await readJsonObject(req);
  if (!body.ok) return sendProblem(res, body.problem);
  const patch = validateHookPatch(body.value, config, ['name', 'respondTimeoutMs']);
  if (!patch.ok) return sendProblem(res, patch.problem);
  const id = randomId(16);
  await store.createHook({
    id,
    installationId: inst.id,
    name: patch.value.name ?? '',
    enabled: true,
    respondTimeoutMs: patch.value.respondTimeoutMs ?? null,
    createdAt: Date.now(),
  });
  log('info', 'hook.created', { installationId: inst.id, hookId: id });
  const created: HookCreated = { id, url: hookUrl(config, req, id) };
  sendJson(res, 201, created);
};

const listHooks: Handler = async ({ config, store }, { req, res, inst }) => {
  const hooks: HookInfo[] = (await store.hooks(inst.id)).map((h) => ({
    id: h.id,
    url: hookUrl(config, req, h.id),
    name: h.name,
    enabled: h.enabled,
    respondTimeoutMs: h.respondTimeoutMs,
    queued: store.queued(h.id),
    createdAt: new Date(h.createdAt).toISOString(),
    lastUsedAt: iso(h.lastUsedAt),
  }));
  sendJson(res, 200, { hooks });
};

const patchHook: Handler = async (deps, { req, res, inst, arg }) => {
  if (!(await ownHook(deps, inst, arg))) return sendProblem(res, relayProblem('RELAY_N001'));
  const body = await readJsonObject(req);
  if (!body.ok) return sendProblem(res, body.problem);
  const patch = validateHookPatch(body.value, deps.config, ['name', 'enabled', 'respondTimeoutMs']);
  if (!patch.ok) return sendProblem(res, patch.problem);
  await deps.store.updateHook(arg, patch.value as HookPatch);
  deps.log('info', 'hook.updated', { installationId: inst.id, hookId: arg });
  res.writeHead(204).end();
};

const deleteHook: Handler = async (deps, { res, inst, arg }) => {
  if (!(await ownHook(deps, inst, arg))) return sendProblem(res, relayProblem('RELAY_N001'));
  await deps.store.deleteHook(arg);
  deps.log('info', 'hook.deleted', { installationId: inst.id, hookId: arg });
  res.writeHead(204).end();
};

const stream: Handler = async ({ hub, config }, { req, res, url, inst }) => {
  if (hub.streams(inst.id) >= config.maxStreams) {
    const p = relayProblem(
      'RELAY_L003',
      `At most ${config.maxStreams} open streams per installation`,
    );
    return sendProblem(res, p, { 'retry-after': '5' });
  }
  const header = req.headers['last-event-id'];
  const last = (Array.isArray(header) ? header[0] : header) ?? url.searchParams.get('lastEventId');
  hub.subscribe(inst, req, res, last ?? undefined);
};

const ack: Handler = async ({ store, hub }, { req, res, inst }) => {
  const body = await readJsonObject(req);
  if (!body.ok) return sendProblem(res, body.problem);
  const upTo = typeof body.value.upTo === 'string' ? parseEventId(body.value.upTo) : undefined;
  if (!upTo || upTo.epoch !== inst.epoch || upTo.seq > inst.lastSeq) {
    return sendProblem(
      res,
      relayProblem('RELAY_R001', 'upTo must be an event id of this installation', 'upTo'),
    );
  }
  const deleted = await store.ack(inst.id, upTo.seq);
  hub.acked(inst.id, upTo.seq);
  sendJson(res, 200, { deleted });
};

const respond: Handler = async ({ waiters }, { req, res, inst, arg }) => {
  const body = await readJsonObject(req);
  if (!body.ok) return sendProblem(res, body.problem);
  const r = validateResponse(body.value);
  if (!r.ok) return sendProblem(res, r.problem);
  if (!waiters.answer(inst.id, arg, r.value)) {
    return sendProblem(res, relayProblem('RELAY_N001', 'No caller is waiting for this event'));
  }
  res.writeHead(204).end();
};

/** Routes of `/api/*` that need a bearer token: `METHOD path-pattern` → handler. */
const routes: [string, RegExp, Handler][] = [
  ['GET', /^\/api\/hooks$/, listHooks],
  ['POST', /^\/api\/hooks$/, createHook],
  ['PATCH', /^\/api\/hooks\/([\w-]{1,64})$/, patchHook],
  ['DELETE', /^\/api\/hooks\/([\w-]{1,64})$/, deleteHook],
  ['GET', /^\/api\/stream$/, stream],
  ['POST', /^\/api\/ack$/, ack],
  ['POST', /^\/api\/responses\/([\w-]{1,64})$/, respond],
];

/** Handles one `/api/*` request (CORS already dealt with by the caller). */
export async function handleApi(
  deps: ApiDeps,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
) {
  const method = req.method ?? 'GET';
  if (url.pathname === '/api/installations') {
    if (method !== 'POST') return sendProblem(res, relayProblem('RELAY_R002'), { allow: 'POST' });
    const waitMs = deps.installRate.take(req.socket.remoteAddress ?? '', Date.now());
    if (waitMs > 0) {
      const retryAfter = String(Math.ceil(waitMs / 1000));
      return sendProblem(res, relayProblem('RELAY_L003'), { 'retry-after': retryAfter });
    }
    const token = randomId(32);
    const created: InstallationCreated = { installationId: randomId(16), token };
    await deps.store.createInstallation({
      id: created.installationId,
      tokenHash: hashToken(token),
      epoch: newEpoch(),
    });
    deps.log('info', 'installation.created', { installationId: created.installationId });
    return sendJson(res, 201, created);
  }
  const matches = routes.filter(([, re]) => re.test(url.pathname));
  if (matches.length === 0) return sendProblem(res, relayProblem('RELAY_N001'));
  const route = matches.find(([m]) => m === method);
  if (!route) {
    return sendProblem(res, relayProblem('RELAY_R002'), {
      allow: matches.map(([m]) => m).join(', '),
    });
  }
  const queryToken = route[2] === stream ? url.searchParams.get('token') : null;
  const token = bearerToken(req.headers.authorization, queryToken);
  const inst =
    token === undefined ? undefined : await deps.store.installationByTokenHash(hashToken(token));
  if (!inst) return sendProblem(res, relayProblem('RELAY_A001'), { 'www-authenticate': 'Bearer' });
  const arg = route[1].exec(url.pathname)?.[1] ?? '';
  await route[2](deps, { req, res, url, inst, arg });
}
