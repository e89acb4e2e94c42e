import { For, Show, createMemo, untrack, type JSX } from 'solid-js';
import { DIRECTIVE_MODULES } from '../../domain';
import type { FieldSpec } from '../../apps/contract';
import { useEditor } from './context';
import { setErrorHandler } from './edits';
import { FieldEditor } from './field-editor';
import { noteOf, setModuleValue, setNote } from './field-edits';
import { locate } from './locate';
import { MapperPairs } from './mapper-pairs';
import { moduleInfo } from './module-info';

const DIRECTIVES = ['Ignore', 'Resume', 'Commit', 'Rollback', 'Break'];

export interface SettingsPanelProps {
  moduleId: number;
  onClose: () => void;
  onDelete: () => void;
  onRunModule?: () => void;
}

const record = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** The module settings panel, generated from the module's spec; every change is one undo step. */
export function SettingsPanel(props: SettingsPanelProps): JSX.Element {
  const editor = useEditor();
  // The editor mounts a new panel for another module, so the id is fixed here.
  const id = untrack(() => props.moduleId);
  const node = createMemo(() => locate(editor.doc(), props.moduleId)?.node);
  return (
    <Show when={node()}>
      {(n) => {
        // Memos on the type keep the fields (and a focused field) in place across edits.
        const type = createMemo(() => n().module);
        const info = createMemo(() => moduleInfo(type()));
        const spec = () => info().spec;
        const set = (where: 'parameters' | 'mapper', key: string, v: unknown) =>
          editor.history.edit((d) => setModuleValue(d, id, where, key, v));
        const fieldList = (fields: readonly FieldSpec[], where: 'parameters' | 'mapper') => (
          <For each={fields}>
            {(f) => (
              <FieldEditor
                field={f}
                value={record(where === 'parameters' ? n().parameters : n().mapper)[f.name]}
                moduleId={props.moduleId}
                mappable={where === 'mapper'}
                idPrefix={`m${props.moduleId}-${where}`}
                onChange={(v) => set(where, f.name, v)}
              />
            )}
          </For>
        );
        const basic = createMemo(() => spec()?.parameters.filter((f) => f.required) ?? []);
        const advanced = createMemo(() => spec()?.parameters.filter((f) => !f.required) ?? []);
        const handler = () => {
          const last = n().onerror?.[n().onerror!.length - 1];
          return last && DIRECTIVE_MODULES.has(last.module)
            ? last.module.slice(8)
            : n().onerror
              ? 'Custom'
              : '';
        };
        return (
          <aside class="side-panel" aria-label={`Settings of ${info().label} (${props.moduleId})`}>
            <header class="side-head">
              <span class="pill-glyph big" style={{ background: info().color }}>
                {info().glyph}
              </span>
              <div>
                <h2>
                  {info().label} ({props.moduleId})
                </h2>
                <p class="muted">
                  {spec()?.description ?? `${n().module} is not supported by Weft.`}
                </p>
              </div>
              <button
                type="button"
                class="btn btn-icon"
                aria-label="Close settings"
                onClick={() => props.onClose()}
              >
                ✕
              </button>
            </header>
            <div class="side-body">
              <Show when={!spec()}>
                <p class="banner warn" role="note">
                  Unsupported module: it stays in the scenario and is exported unchanged, but it
                  cannot run.
                </p>
              </Show>
              {fieldList(basic(), 'parameters')}
              {fieldList(spec()?.mapper ?? [], 'mapper')}
              <Show when={spec()?.kind === 'aggregator' && spec()?.mapper.length === 0}>
                <MapperPairs moduleId={props.moduleId} />
              </Show>
              <Show when={advanced().length > 0}>
                <details class="advanced">
                  <summary>Show advanced settings</summary>
                  {fieldList(advanced(), 'parameters')}
                </details>
              </Show>
              <div class="form-field">
                <label for={`note-${props.moduleId}`} class="field-label">
                  Note
                </label>
                <textarea
                  id={`note-${props.moduleId}`}
                  class="input"
                  rows={2}
                  value={noteOf(editor.doc(), props.moduleId)}
                  onChange={(e) => {
                    const text = e.currentTarget.value;
                    editor.history.edit((d) => setNote(d, id, text));
                  }}
                />
              </div>
              <Show when={!DIRECTIVE_MODULES.has(n().module)}>
                <div class="form-field">
                  <label for={`handler-${props.moduleId}`} class="field-label">
                    Error handler
                  </label>
                  <select
                    id={`handler-${props.moduleId}`}
                    class="input"
                    value={handler()}
                    onChange={(e) => {
                      const v = e.currentTarget.value;
                      editor.history.edit((d) =>
                        setErrorHandler(d, id, v === '' ? null : `builtin:${v}`),
                      );
                    }}
                  >
                    <option value="">None</option>
                    <For each={DIRECTIVES}>{(d) => <option value={d}>{d}</option>}</For>
                    <Show when={handler() === 'Custom'}>
                      <option value="Custom" disabled>
                        Custom route
                      </option>
                    </Show>
                  </select>
                </div>
              </Show>
            </div>
            <footer class="side-foot">
              <Show when={props.onRunModule && spec()}>
                <button type="button" class="btn" onClick={() => props.onRunModule?.()}>
                  Run this module only
                </button>
              </Show>
              <button type="button" class="btn btn-danger" onClick={() => props.onDelete()}>
                Delete module
              </button>
              <button type="button" class="btn btn-primary" onClick={() => props.onClose()}>
                OK
              </button>
            </footer>
          </aside>
        );
      }}
    </Show>
  );
}
