import {
  Match,
  Show,
  Switch,
  createMemo,
  createSignal,
  onCleanup,
  onMount,
  untrack,
  type JSX,
} from 'solid-js';
import type { Blueprint } from '../../domain';
import './editor.css';
import type { StoredScenario } from '../../storage';
import { Canvas, type CanvasApi } from '../canvas';
import { useServices } from '../services';
import { createAutosave } from './autosave';
import { EditorContext, type ActiveField } from './context';
import { createDocHistory } from './doc-history';
import { createEditorActions, type Panel } from './editor-actions';
import { FilterPanel } from './filter-panel';
import { ImportDialog, ImportReport } from './import-dialog';
import { Inspector } from './inspector';
import { createKeyboard } from './keyboard';
import { MappingPanel } from './mapping-panel';
import { ModulePicker } from './module-picker';
import { useRepos } from './repos';
import { createRunController } from './run-controller';
import { ScenarioSettingsPanel } from './scenario-settings-panel';
import { SchedulePanel } from './schedule-panel';
import { SettingsPanel } from './settings-panel';
import { TestInputDialog } from './test-input-dialog';
import { nodeName, toCanvas } from './to-canvas';
import { Toolbar } from './toolbar';
import { locate } from './locate';

export interface EditorProps {
  scenario: StoredScenario;
  blueprint: Blueprint;
}

/** The scenario editor: canvas, toolbar, panels, run controls; edits save themselves. */
export function Editor(props: EditorProps): JSX.Element {
  const services = useServices();
  const repos = useRepos();
  // The scenario is fixed for this editor's life: the page remounts it for another one.
  const scenarioId = untrack(() => props.scenario.id);
  const [saved, setSaved] = createSignal(true);
  const autosave = createAutosave(async (bp: Blueprint) => {
    // The header renames the stored scenario; the saved blueprint keeps that name.
    const name = (await services.scenarios.get(scenarioId))?.name ?? bp.name;
    await services.scenarios.saveBlueprint(scenarioId, { ...bp, name });
    setSaved(!autosave.hasPending());
  });
  const history = createDocHistory(
    untrack(() => props.blueprint),
    (bp) => {
      setSaved(false);
      autosave.schedule(bp);
    },
  );
  const [selected, setSelected] = createSignal<ReadonlySet<string>>(new Set());
  const [panel, setPanel] = createSignal<Panel>(null);
  const [picker, setPicker] = createSignal<{ after?: number } | null>(null);
  const [activeField, setActiveField] = createSignal<ActiveField | null>(null);
  const [report, setReport] = createSignal<{
    unsupported: { id: number; module: string }[];
    problems: string[];
  } | null>(null);
  const [message, setMessage] = createSignal('');
  let canvas: CanvasApi | undefined;
  const run = createRunController(services.engine, () => scenarioId);
  const view = createMemo(() => toCanvas(history.doc(), run.lights()));
  const lastOutputs = createMemo(
    () => new Map(Object.entries(run.last()?.modules ?? {}).map(([id, m]) => [id, m.output])),
  );
  const actions = createEditorActions({
    history,
    services,
    repos,
    scenarioId,
    canvas: () => canvas,
    selected,
    setSelected,
    setPanel,
    setPicker,
    setReport,
    setMessage,
    autosave,
    run,
  });

  onMount(() => {
    const keys = createKeyboard(document, {
      remove: actions.removeSelected,
      undo: history.undo,
      redo: history.redo,
      selectAll: () => setSelected(new Set(view().nodes.map((n) => n.id))),
      nudge: actions.nudge,
      zoom: (f) => void canvas?.zoomBy(f),
      escape: () => {
        if (picker()) setPicker(null);
        else if (panel()) setPanel(null);
        else setSelected(new Set<string>());
        setActiveField(null);
      },
      copy: actions.copy,
      paste: actions.paste,
    });
    const flush = () => void autosave.flush();
    window.addEventListener('pagehide', flush);
    onCleanup(() => {
      keys.destroy();
      window.removeEventListener('pagehide', flush);
      flush();
    });
    requestAnimationFrame(() => void canvas?.fit());
  });

  const openPanel = (p: Panel) => {
    setActiveField(null);
    setPanel(p);
  };
  const moduleTitle = (id: number) => {
    const n = locate(history.doc(), id)?.node;
    return n ? nodeName(n.module, n.id) : String(id);
  };

  return (
    <EditorContext.Provider
      value={{ history, doc: history.doc, activeField, setActiveField, lastOutputs }}
    >
      <div
        class="editor"
        onDragOver={(e) => e.dataTransfer?.types.includes('Files') && e.preventDefault()}
        onDrop={(e) => {
          const file = e.dataTransfer?.files[0];
          if (!file) return;
          e.preventDefault();
          void file.text().then(actions.importText);
        }}
      >
        <Show when={report()}>
          {(r) => (
            <ImportReport
              unsupported={r().unsupported}
              problems={r().problems}
              onClose={() => setReport(null)}
            />
          )}
        </Show>
        <Show when={message()}>
          <div class="banner" role="status">
            <span>{message()}</span>
            <button type="button" class="btn btn-ghost" onClick={() => setMessage('')}>
              Dismiss
            </button>
          </div>
        </Show>
        <div class="editor-stage">
          <Canvas
            nodes={view().nodes}
            edges={view().edges}
            selected={selected()}
            ref={(api) => (canvas = api)}
            onSelect={actions.select}
            onMove={actions.move}
            onConnect={actions.link}
            onOpen={(id) => openPanel({ kind: 'module', id: Number(id) })}
            onAddAfter={(id) => setPicker({ after: Number(id) })}
            onEdgeOpen={(e) => openPanel({ kind: 'filter', id: Number(e.target) })}
            onBubble={(id) => openPanel({ kind: 'inspector', id: Number(id) })}
            onPaneClick={() => setSelected(new Set<string>())}
            overlay={
              <Show when={view().nodes.length === 0}>
                <div class="add-first">
                  <button type="button" class="add-module" onClick={() => setPicker({})}>
                    <span aria-hidden="true">+</span>
                    Add module
                  </button>
                  <p class="muted">Start with a trigger: a webhook, a schedule, or any module.</p>
                </div>
              </Show>
            }
          />
          <MappingPanel />
          <Switch>
            <Match when={panel()?.kind === 'module' && panel()}>
              {(p) => (
                <SettingsPanel
                  moduleId={p().id!}
                  onClose={() => openPanel(null)}
                  onDelete={() => actions.remove([p().id!])}
                  onRunModule={() => void actions.runModule(p().id!)}
                />
              )}
            </Match>
            <Match when={panel()?.kind === 'filter' && panel()}>
              {(p) => <FilterPanel moduleId={p().id!} onClose={() => openPanel(null)} />}
            </Match>
            <Match when={panel()?.kind === 'inspector' && panel()}>
              {(p) => (
                <Inspector
                  title={moduleTitle(p().id!)}
                  result={run.last()?.modules[String(p().id)]}
                  onClose={() => openPanel(null)}
                />
              )}
            </Match>
            <Match when={panel()?.kind === 'schedule'}>
              <SchedulePanel
                schedule={props.scenario.schedule}
                catchUp={props.scenario.catchUp ?? false}
                onClose={() => openPanel(null)}
                onSave={(s, c) =>
                  void services.scenarios.setSchedule(scenarioId, s, c).then(() => openPanel(null))
                }
              />
            </Match>
            <Match when={panel()?.kind === 'settings'}>
              <ScenarioSettingsPanel onClose={() => openPanel(null)} />
            </Match>
            <Match when={panel()?.kind === 'import'}>
              <ImportDialog onImport={actions.importText} onClose={() => openPanel(null)} />
            </Match>
            <Match when={panel()?.kind === 'test-input' && panel()}>
              {(p) => (
                <TestInputDialog
                  hookId={p().hook ?? ''}
                  onClose={() => openPanel(null)}
                  onRun={(requests) => {
                    openPanel(null);
                    void actions.runOnce(requests);
                  }}
                />
              )}
            </Match>
          </Switch>
        </div>
        <Toolbar
          running={run.running() !== null}
          canUndo={history.canUndo()}
          canRedo={history.canRedo()}
          saved={saved()}
          last={run.last()}
          runError={run.error()}
          onRun={actions.startRun}
          onStop={() => void run.stop()}
          onUndo={history.undo}
          onRedo={history.redo}
          onSave={() => void actions.save()}
          onSchedule={() => openPanel({ kind: 'schedule' })}
          onSettings={() => openPanel({ kind: 'settings' })}
          onAlign={actions.align}
          onFit={() => void canvas?.fit()}
          onZoom={(f) => void canvas?.zoomBy(f)}
          onImport={() => openPanel({ kind: 'import' })}
          onExport={() => void actions.exportFile()}
        />
        <Show when={picker()}>
          {(p) => (
            <ModulePicker
              title={
                p().after === undefined
                  ? 'Add a module'
                  : `Add a module after ${moduleTitle(p().after!)}`
              }
              onClose={() => setPicker(null)}
              onPick={(type) => actions.add(type, p().after)}
            />
          )}
        </Show>
      </div>
    </EditorContext.Provider>
  );
}
