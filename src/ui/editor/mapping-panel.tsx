import { For, Show, createMemo, createSignal, type JSX } from 'solid-js';
import { catalogue } from '../../iml';
import { useEditor } from './context';
import { locate, upstreamIds } from './locate';
import { moduleInfo } from './module-info';
import { outputItems } from './output-items';

const TABS = ['Modules', 'General', 'Math', 'Text', 'Date', 'Array', 'Keywords'] as const;
type Tab = (typeof TABS)[number];

/**
 * The mapping panel beside a focused field: outputs of earlier modules, functions by category
 * with their signatures, keywords and variables. A click inserts at the field's caret; items are
 * pressed with mousedown prevented so the field keeps its focus.
 */
export function MappingPanel(): JSX.Element {
  const editor = useEditor();
  const [tab, setTab] = createSignal<Tab>('Modules');
  const field = () => editor.activeField();
  const modules = createMemo(() => {
    const f = field();
    if (!f) return [];
    const doc = editor.doc();
    return upstreamIds(doc, f.moduleId).flatMap((id) => {
      const node = locate(doc, id)?.node;
      if (!node) return [];
      const info = moduleInfo(node.module);
      const bundle = editor.lastOutputs().get(String(id))?.[0];
      return [{ id, info, items: outputItems(info.spec?.output ?? [], bundle) }];
    });
  });
  const functions = () =>
    catalogue.functions.filter((f) => f.categories.includes(tab().toLowerCase() as never));
  const put = (text: string) => field()?.insert(text);
  const Item = (p: { text: string; insert: string; hint?: string; depth?: number }) => (
    <li>
      <button
        type="button"
        class="map-item"
        style={{ 'padding-left': `${8 + (p.depth ?? 0) * 14}px` }}
        title={p.hint}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => put(p.insert)}
      >
        {p.text}
      </button>
    </li>
  );
  return (
    <Show when={field()}>
      <aside class="mapping-panel" aria-label="Mapping panel">
        <div class="map-tabs" role="tablist">
          <For each={TABS}>
            {(t) => (
              <button
                type="button"
                role="tab"
                aria-selected={tab() === t}
                class="map-tab"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => setTab(t)}
              >
                {t}
              </button>
            )}
          </For>
        </div>
        <div class="map-body">
          <Show when={tab() === 'Modules'}>
            <Show when={modules().length > 0} fallback={<p class="muted">No earlier modules.</p>}>
              <For each={modules()}>
                {(m) => (
                  <section>
                    <h3 class="map-module">
                      <span class="pill-glyph" style={{ background: m.info.color }}>
                        {m.info.glyph}
                      </span>
                      {m.info.label} ({m.id})
                    </h3>
                    <ul class="map-list">
                      <For each={m.items}>
                        {(item) => (
                          <Item
                            text={`${m.id}. ${item.label}`}
                            insert={`{{${m.id}.${item.path}}}`}
                            hint={item.path}
                            depth={item.depth}
                          />
                        )}
                      </For>
                    </ul>
                  </section>
                )}
              </For>
            </Show>
          </Show>
          <Show when={tab() !== 'Modules' && tab() !== 'Keywords'}>
            <ul class="map-list">
              <For each={functions()}>
                {(f) => (
                  <Item
                    text={f.signature}
                    insert={`{{${f.name}()}}`}
                    hint={`${f.help} ${f.example}`}
                  />
                )}
              </For>
            </ul>
          </Show>
          <Show when={tab() === 'Keywords'}>
            <ul class="map-list">
              <For each={[...catalogue.keywords, ...catalogue.variables]}>
                {(k) => <Item text={k.name} insert={`{{${k.name}}}`} hint={k.help} />}
              </For>
              <For each={catalogue.operators}>
                {(o) => <Item text={o.name} insert={o.name} hint={o.help} />}
              </For>
            </ul>
          </Show>
        </div>
      </aside>
    </Show>
  );
}
