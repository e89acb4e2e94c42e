import { For, Show, createSignal, type JSX } from 'solid-js';
import { useRepos } from './repos';

type Kind = 'api-key' | 'basic' | 'bearer';

const KINDS: {
  kind: Kind;
  label: string;
  fields: { name: string; label: string; secret: boolean }[];
}[] = [
  {
    kind: 'api-key',
    label: 'API key',
    fields: [
      { name: 'keyName', label: 'Key name', secret: false },
      { name: 'key', label: 'API key', secret: true },
    ],
  },
  {
    kind: 'basic',
    label: 'Basic auth',
    fields: [
      { name: 'username', label: 'Username', secret: false },
      { name: 'password', label: 'Password', secret: true },
    ],
  },
  {
    kind: 'bearer',
    label: 'Bearer token',
    fields: [{ name: 'token', label: 'Token', secret: true }],
  },
];

/** Creates a connection (API key / basic / bearer) through the connections repository. */
export function ConnectionDialog(props: {
  onClose: () => void;
  onCreated: (id: string) => void;
}): JSX.Element {
  const repos = useRepos();
  const [kind, setKind] = createSignal<Kind>('api-key');
  const [error, setError] = createSignal('');
  const spec = () => KINDS.find((k) => k.kind === kind()) ?? KINDS[0]!;
  const submit = async (form: HTMLFormElement) => {
    const data = new FormData(form);
    const name = String(data.get('connection-name') ?? '').trim();
    if (!name) return setError('Give the connection a name.');
    const params: Record<string, unknown> = {};
    const secret: Record<string, unknown> = {};
    for (const f of spec().fields)
      (f.secret ? secret : params)[f.name] = String(data.get(f.name) ?? '');
    const c = await repos.connections.create({ name, type: kind(), params, secret });
    props.onCreated(c.id);
  };
  return (
    <div class="modal-backdrop">
      <form
        class="modal"
        role="dialog"
        aria-modal="true"
        aria-label="Create a connection"
        onSubmit={(e) => {
          e.preventDefault();
          void submit(e.currentTarget);
        }}
        onKeyDown={(e) => e.key === 'Escape' && props.onClose()}
      >
        <h2>Create a connection</h2>
        <div class="form-field">
          <label for="connection-name">Connection name</label>
          <input id="connection-name" name="connection-name" class="input" required />
        </div>
        <div class="form-field">
          <label for="connection-kind">Type</label>
          <select
            id="connection-kind"
            class="input"
            value={kind()}
            onChange={(e) => setKind(e.currentTarget.value as Kind)}
          >
            <For each={KINDS}>{(k) => <option value={k.kind}>{k.label}</option>}</For>
          </select>
        </div>
        <For each={spec().fields}>
          {(f) => (
            <div class="form-field">
              <label for={`conn-${f.name}`}>{f.label}</label>
              <input
                id={`conn-${f.name}`}
                name={f.name}
                class="input"
                type={f.secret ? 'password' : 'text'}
                autocomplete="off"
              />
            </div>
          )}
        </For>
        <Show when={error()}>
          <p class="error" role="alert">
            {error()}
          </p>
        </Show>
        <div class="modal-foot">
          <button type="button" class="btn" onClick={() => props.onClose()}>
            Cancel
          </button>
          <button type="submit" class="btn btn-primary">
            Save connection
          </button>
        </div>
      </form>
    </div>
  );
}
