import { createSignal, type JSX } from 'solid-js';
import type { StoredRequest } from '../../bridge';

/** A StoredRequest (CONTRACTS.md §4) made from what the user typed. */
export function testRequest(
  hookId: string,
  method: string,
  query: string,
  body: string,
): StoredRequest {
  const bytes = new TextEncoder().encode(body);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  const trimmed = body.trim();
  const type =
    trimmed.startsWith('{') || trimmed.startsWith('[') ? 'application/json' : 'text/plain';
  return {
    eventId: `test-${Date.now()}`,
    hookId,
    method,
    path: `/hook/${hookId}`,
    query: query.replace(/^\?/, ''),
    headers: body ? [['content-type', type]] : [],
    bodyBase64: btoa(bin),
    receivedAt: new Date().toISOString(),
  };
}

/** Test input for a webhook trigger: one request to run the scenario with. */
export function TestInputDialog(props: {
  hookId: string;
  onRun: (requests: StoredRequest[] | undefined) => void;
  onClose: () => void;
}): JSX.Element {
  const [method, setMethod] = createSignal('POST');
  const [query, setQuery] = createSignal('');
  const [body, setBody] = createSignal('');
  return (
    <div class="modal-backdrop">
      <form
        class="modal"
        role="dialog"
        aria-modal="true"
        aria-label="Test input"
        onSubmit={(e) => {
          e.preventDefault();
          props.onRun([testRequest(props.hookId, method(), query(), body())]);
        }}
        onKeyDown={(e) => e.key === 'Escape' && props.onClose()}
      >
        <h2>Test input</h2>
        <p class="muted">The webhook request this run starts with.</p>
        <div class="form-row">
          <div class="form-field">
            <label for="test-method" class="field-label">
              Method
            </label>
            <select
              id="test-method"
              class="input"
              value={method()}
              onChange={(e) => setMethod(e.currentTarget.value)}
            >
              <option>POST</option>
              <option>GET</option>
              <option>PUT</option>
              <option>PATCH</option>
              <option>DELETE</option>
            </select>
          </div>
          <div class="form-field grow">
            <label for="test-query" class="field-label">
              Query string
            </label>
            <input
              id="test-query"
              class="input"
              value={query()}
              onInput={(e) => setQuery(e.currentTarget.value)}
            />
          </div>
        </div>
        <div class="form-field">
          <label for="test-body" class="field-label">
            Request body
          </label>
          <textarea
            id="test-body"
            class="input mono"
            rows={8}
            value={body()}
            onInput={(e) => setBody(e.currentTarget.value)}
          />
        </div>
        <div class="modal-foot">
          <button type="button" class="btn" onClick={() => props.onClose()}>
            Cancel
          </button>
          <button type="button" class="btn" onClick={() => props.onRun(undefined)}>
            Run without input
          </button>
          <button type="submit" class="btn btn-primary">
            Run with this input
          </button>
        </div>
      </form>
    </div>
  );
}
