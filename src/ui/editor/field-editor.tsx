import { For, Index, Match, Show, Switch, type JSX } from 'solid-js';
import type { FieldSpec } from '../../apps/contract';
import { bindingKindOf } from './bindings';
import { ConnectionField } from './connection-field';
import { DataStoreField } from './datastore-field';
import { HookField } from './hook-field';
import { useEditor } from './context';
import { ImlInput } from './iml-input';
import { locate, upstreamIds } from './locate';
import { moduleInfo } from './module-info';

export interface FieldEditorProps {
  field: FieldSpec;
  value: unknown;
  moduleId: number;
  /** Mapper fields take IML; parameters are static. */
  mappable: boolean;
  idPrefix: string;
  onChange: (value: unknown) => void;
}

const asText = (v: unknown) =>
  v === undefined || v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v);
const isConnection = (f: FieldSpec) => /^__IMTCONN__$|connection/i.test(f.name);

/** One field of the module settings panel, drawn by its type (DESIGN.md §10 rule 7). */
export function FieldEditor(props: FieldEditorProps): JSX.Element {
  const editor = useEditor();
  const id = () => `${props.idPrefix}-${props.field.name}`;
  const f = () => props.field;
  const binding = () =>
    props.mappable
      ? undefined
      : bindingKindOf(locate(editor.doc(), props.moduleId)?.node.module ?? '', f().name);
  const upstream = () =>
    upstreamIds(editor.doc(), props.moduleId).map((m) => {
      const node = locate(editor.doc(), m)?.node;
      return { id: m, label: `${moduleInfo(node?.module ?? '').label} (${m})` };
    });
  const label = (
    <label for={id()} class="field-label">
      {f().label}
      <Show when={f().required}>
        <span class="required" aria-hidden="true">
          {' '}
          *
        </span>
      </Show>
    </label>
  );
  return (
    <div class="form-field">
      <Show when={f().type !== 'boolean'}>{label}</Show>
      <Switch
        fallback={
          <Show
            when={props.mappable}
            fallback={
              <input
                id={id()}
                class="input"
                type={f().type === 'number' || f().type === 'integer' ? 'number' : 'text'}
                aria-required={f().required}
                value={asText(props.value)}
                onChange={(e) => {
                  const raw = e.currentTarget.value;
                  const num = f().type === 'number' || f().type === 'integer';
                  props.onChange(raw === '' ? undefined : num ? Number(raw) : raw);
                }}
              />
            }
          >
            <ImlInput
              id={id()}
              moduleId={props.moduleId}
              label={f().label}
              required={f().required}
              value={asText(props.value)}
              onCommit={(t) => props.onChange(t === '' ? undefined : t)}
            />
          </Show>
        }
      >
        <Match when={binding() === 'hook'}>
          <HookField id={id()} moduleId={props.moduleId} />
        </Match>
        <Match when={binding() === 'datastore'}>
          <DataStoreField id={id()} moduleId={props.moduleId} />
        </Match>
        <Match when={isConnection(f())}>
          <ConnectionField id={id()} value={asText(props.value)} onChange={props.onChange} />
        </Match>
        <Match when={f().type === 'select'}>
          <select
            id={id()}
            class="input"
            aria-required={f().required}
            value={JSON.stringify(props.value ?? null)}
            onChange={(e) => props.onChange(JSON.parse(e.currentTarget.value) ?? undefined)}
          >
            <option value="null">Choose…</option>
            <For each={f().options ?? []}>
              {(o) => <option value={JSON.stringify(o.value)}>{o.label}</option>}
            </For>
          </select>
        </Match>
        <Match when={f().type === 'boolean'}>
          <label class="check">
            <input
              id={id()}
              type="checkbox"
              checked={props.value === true}
              onChange={(e) => props.onChange(e.currentTarget.checked)}
            />
            {f().label}
          </label>
        </Match>
        <Match when={f().type === 'module'}>
          <select
            id={id()}
            class="input"
            aria-required={f().required}
            value={asText(props.value)}
            onChange={(e) =>
              props.onChange(
                e.currentTarget.value === '' ? undefined : Number(e.currentTarget.value),
              )
            }
          >
            <option value="">Choose a module…</option>
            <For each={upstream()}>{(m) => <option value={String(m.id)}>{m.label}</option>}</For>
          </select>
        </Match>
        <Match when={f().type === 'array' && f().spec && props.mappable}>
          <ItemsEditor {...props} />
        </Match>
      </Switch>
      <Show when={f().help}>
        <p class="help">{f().help}</p>
      </Show>
    </div>
  );
}

/** An array of collections (Set multiple variables, …): one group of fields per item. */
function ItemsEditor(props: FieldEditorProps): JSX.Element {
  const items = () =>
    Array.isArray(props.value) ? (props.value as Record<string, unknown>[]) : [];
  const set = (i: number, key: string, v: unknown) =>
    props.onChange(items().map((it, k) => (k === i ? { ...it, [key]: v } : it)));
  return (
    <div
      class="items"
      id={`${props.idPrefix}-${props.field.name}`}
      role="group"
      aria-label={props.field.label}
    >
      <Index each={items()}>
        {(item, i) => (
          <div class="item">
            <For each={props.field.spec ?? []}>
              {(sub) => (
                <FieldEditor
                  field={sub}
                  value={item()[sub.name]}
                  moduleId={props.moduleId}
                  mappable={props.mappable}
                  idPrefix={`${props.idPrefix}-${props.field.name}-${i}`}
                  onChange={(v) => set(i, sub.name, v)}
                />
              )}
            </For>
            <button
              type="button"
              class="btn btn-ghost btn-small"
              onClick={() => props.onChange(items().filter((_, k) => k !== i))}
            >
              Remove item {i + 1}
            </button>
          </div>
        )}
      </Index>
      <button type="button" class="btn btn-small" onClick={() => props.onChange([...items(), {}])}>
        Add item
      </button>
    </div>
  );
}
