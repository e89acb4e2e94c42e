import { For, Index, Show, createSignal, untrack, type JSX } from 'solid-js';
import type { FilterCondition, ModuleFilter } from '../../domain';
import { useEditor } from './context';
import { setFallbackRoute, setFilter } from './field-edits';
import {
  OPERATOR_GROUPS,
  baseOperator,
  cleanFilter,
  emptyCondition,
  hasCi,
  isUnary,
  newFilter,
  operatorLabel,
} from './filter-model';
import { ImlInput } from './iml-input';
import { locate } from './locate';
import { nodeName } from './to-canvas';

/** The filter on the link before a module: label, OR-groups of AND-rows, fallback route flag. */
export function FilterPanel(props: { moduleId: number; onClose: () => void }): JSX.Element {
  const editor = useEditor();
  const found = () => locate(editor.doc(), props.moduleId);
  const initial = untrack(() => found()?.node.filter);
  const [draft, setDraft] = createSignal<ModuleFilter>(
    initial ? structuredClone(initial) : newFilter(),
  );
  const router = () => {
    const f = found();
    return f?.chain.kind === 'route' && f.index === 0 ? f.chain.owner : undefined;
  };
  const routeIndex = () => router()?.routes?.findIndex((r) => r.flow === found()?.chain.list) ?? -1;
  const [fallback, setFallback] = createSignal(
    router() !== undefined && router()?.parameters.else === routeIndex(),
  );
  const update = (g: number, r: number, change: Partial<FilterCondition>) =>
    setDraft((d) => ({
      ...d,
      conditions: d.conditions.map((group, gi) =>
        gi !== g ? group : group.map((c, ri) => (ri === r ? { ...c, ...change } : c)),
      ),
    }));
  const addAnd = (g: number) =>
    setDraft((d) => ({
      ...d,
      conditions: d.conditions.map((group, gi) =>
        gi === g ? [...group, emptyCondition()] : group,
      ),
    }));
  const remove = (g: number, r: number) =>
    setDraft((d) => ({
      ...d,
      conditions: d.conditions
        .map((group, gi) => (gi === g ? group.filter((_, ri) => ri !== r) : group))
        .filter((group) => group.length > 0),
    }));
  const save = () => {
    const clean = cleanFilter(draft());
    const r = router();
    const id = props.moduleId;
    const index = routeIndex();
    const isFallback = fallback();
    editor.history.edit((d) => {
      setFilter(d, id, clean);
      if (r) {
        if (isFallback) setFallbackRoute(d, r.id, index);
        else if (r.parameters.else === index) setFallbackRoute(d, r.id, null);
      }
    });
    props.onClose();
  };
  const name = () => {
    const n = found()?.node;
    return n ? nodeName(n.module, n.id) : '';
  };
  return (
    <aside class="side-panel" aria-label="Set up a filter">
      <header class="side-head">
        <div>
          <h2>Set up a filter</h2>
          <p class="muted">Before {name()}</p>
        </div>
        <button
          type="button"
          class="btn btn-icon"
          aria-label="Close filter"
          onClick={() => props.onClose()}
        >
          ✕
        </button>
      </header>
      <div class="side-body">
        <div class="form-field">
          <label for="filter-label" class="field-label">
            Label
          </label>
          <input
            id="filter-label"
            class="input"
            value={draft().name ?? ''}
            onInput={(e) => {
              const v = e.currentTarget.value;
              setDraft((d) => ({ ...d, name: v }));
            }}
          />
        </div>
        <Show when={router()}>
          <label class="check">
            <input
              type="checkbox"
              checked={fallback()}
              onChange={(e) => setFallback(e.currentTarget.checked)}
            />
            Fallback route
          </label>
        </Show>
        <Index each={draft().conditions}>
          {(group, g) => (
            <fieldset class="filter-group">
              <legend>{g === 0 ? 'Condition' : 'Or'}</legend>
              <Index each={group()}>
                {(c, r) => (
                  <div class="filter-row">
                    <Show when={r > 0}>
                      <span class="filter-and">And</span>
                    </Show>
                    <ImlInput
                      id={`f-${g}-${r}-a`}
                      moduleId={props.moduleId}
                      label="Value"
                      value={String(c().a ?? '')}
                      onCommit={(a) => update(g, r, { a })}
                    />
                    <label class="sr-only" for={`f-${g}-${r}-o`}>
                      Operator
                    </label>
                    <select
                      id={`f-${g}-${r}-o`}
                      class="input"
                      value={baseOperator(c().o)}
                      onChange={(e) => {
                        const o = e.currentTarget.value;
                        update(g, r, { o: c().o.endsWith(':ci') && hasCi(o) ? `${o}:ci` : o });
                      }}
                    >
                      <For each={OPERATOR_GROUPS}>
                        {(grp) => (
                          <optgroup label={grp.type}>
                            <For each={grp.operators}>
                              {(o) => (
                                <option
                                  value={o}
                                >{`${grp.type === 'basic' ? '' : grp.type + ': '}${operatorLabel(o)}`}</option>
                              )}
                            </For>
                          </optgroup>
                        )}
                      </For>
                    </select>
                    <Show when={hasCi(c().o)}>
                      <label class="check small">
                        <input
                          type="checkbox"
                          checked={c().o.endsWith(':ci')}
                          onChange={(e) =>
                            update(g, r, {
                              o: e.currentTarget.checked
                                ? `${baseOperator(c().o)}:ci`
                                : baseOperator(c().o),
                            })
                          }
                        />
                        Case insensitive
                      </label>
                    </Show>
                    <Show when={!isUnary(c().o)}>
                      <ImlInput
                        id={`f-${g}-${r}-b`}
                        moduleId={props.moduleId}
                        label="Compared with"
                        value={String(c().b ?? '')}
                        onCommit={(b) => update(g, r, { b })}
                      />
                    </Show>
                    <button
                      type="button"
                      class="btn btn-ghost btn-small"
                      onClick={() => remove(g, r)}
                    >
                      Remove condition
                    </button>
                  </div>
                )}
              </Index>
              <button type="button" class="btn btn-small" onClick={() => addAnd(g)}>
                Add AND rule
              </button>
            </fieldset>
          )}
        </Index>
        <button
          type="button"
          class="btn btn-small"
          onClick={() =>
            setDraft((d) => ({ ...d, conditions: [...d.conditions, [emptyCondition()]] }))
          }
        >
          Add OR rule
        </button>
      </div>
      <footer class="side-foot">
        <button type="button" class="btn" onClick={() => props.onClose()}>
          Cancel
        </button>
        <button type="button" class="btn btn-primary" onClick={() => save()}>
          OK
        </button>
      </footer>
    </aside>
  );
}
