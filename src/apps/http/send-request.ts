import type { HandlerContext, HttpResponse } from '../contract';
import { ModuleError } from '../contract';
import type { RequestPlan } from './build-request';
import { httpStatusError, networkFailed, noHttpHost, timedOut } from './errors';

const utf8 = new TextDecoder();

/**
 * Sends a planned request through the host's HTTP port with its timeout and the run's abort
 * signal. Port failures that are not already typed become ConnectionErrors naming the URL;
 * with "evaluate all states as errors", a 4xx/5xx answer fails the module.
 */
export async function sendRequest(ctx: HandlerContext, plan: RequestPlan): Promise<HttpResponse> {
  const http = ctx.http;
  if (!http) throw noHttpHost();
  const { request } = plan;
  const timeout = new AbortController();
  const onAbort = () => timeout.abort(ctx.signal.reason);
  ctx.signal.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => timeout.abort('timeout'), request.timeoutMs);
  let response: HttpResponse;
  try {
    response = await http.send(request, timeout.signal);
  } catch (thrown) {
    if (thrown instanceof ModuleError) throw thrown;
    if (timeout.signal.aborted && !ctx.signal.aborted)
      throw timedOut(request.url, request.timeoutMs / 1000);
    throw networkFailed(request.url, thrown instanceof Error ? thrown.message : String(thrown));
  } finally {
    clearTimeout(timer);
    ctx.signal.removeEventListener('abort', onAbort);
  }
  if (plan.errorsOnStatus && response.status >= 400)
    throw httpStatusError(
      response.status,
      request.url,
      utf8.decode(response.body.subarray(0, 300)),
    );
  return response;
}
