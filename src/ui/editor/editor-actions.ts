import type { Accessor, Setter } from 'solid-js';
import type { StoredRequest } from '../../bridge';
import { exportBlueprint, type Blueprint } from '../../domain';
import type { CanvasApi } from '../canvas';
import type { Services } from '../services';
import { autoLayout } from './auto-layout';
import { boundIdOf } from './bindings';
import type { createAutosave } from './autosave';
import { copyModules, pasteModules } from './clipboard';
import type { DocHistory } from './doc-history';
import { addModule, linkModules, moveModules, removeModules } from './edits';
import { downloadBlueprint, importBlueprint } from './import-blueprint';
import { everyModule, locate, upstreamIds } from './locate';
import type { useRepos } from './repos';
import type { RunController } from './run-controller';

export type Panel = {
  kind: 'module' | 'filter' | 'inspector' | 'schedule' | 'settings' | 'import' | 'test-input';
  id?: number;
  hook?: string;
} | null;

export interface ActionDeps {
  history: DocHistory;
  services: Services;
  repos: ReturnType<typeof useRepos>;
  scenarioId: string;
  canvas: () => CanvasApi | undefined;
  selected: Accessor<ReadonlySet<string>>;
  setSelected: Setter<ReadonlySet<string>>;
  setPanel: (p: Panel) => void;
  setPicker: (p: { after?: number } | null) => void;
  setReport: (
    r: { unsupported: { id: number; module: string }[]; problems: string[] } | null,
  ) => void;
  setMessage: (m: string) => void;
  autosave: ReturnType<typeof createAutosave<Blueprint>>;
  run: RunController;
}

/** What the editor's buttons, keys and canvas gestures do; each edit is one undo step. */
export function createEditorActions(d: ActionDeps) {
  const { history } = d;
  const ids = () => [...d.selected()].map(Number);
  const positionOf = (id: number) => {
    const meta = (locate(history.doc(), id)?.node.metadata?.designer ?? {}) as {
      x?: number;
      y?: number;
    };
    return { x: meta.x ?? 0, y: meta.y ?? 0 };
  };
  const remove = (list: number[]) => {
    if (list.length === 0) return;
    history.edit((bp) => removeModules(bp, list));
    d.setSelected(new Set<string>());
    d.setPanel(null);
  };
  /** Saves now and records the document as a revision (the one a run is recorded with). */
  const save = async () => {
    await d.autosave.flush();
    return d.repos.revisions.save(d.scenarioId, history.doc());
  };
  const runOnce = async (requests?: StoredRequest[]) => {
    const revision = await save();
    await d.run.runOnce(history.doc(), revision.id, requests);
  };
  return {
    remove,
    removeSelected: () => remove(ids()),
    save,
    runOnce,
    add(type: string, after?: number) {
      const c = d.canvas()?.center() ?? { x: 0, y: 0 };
      const at = after === undefined ? c : { x: positionOf(after).x + 190, y: positionOf(after).y };
      const id = history.edit((bp) => addModule(bp, type, { after, at }));
      void d.canvas()?.reveal(at);
      d.setPicker(null);
      d.setSelected(new Set([String(id)]));
      d.setPanel({ kind: 'module', id });
    },
    select(list: string[], mode: 'replace' | 'add' | 'toggle') {
      d.setSelected((cur) => {
        if (mode === 'replace') return new Set(list);
        const next = new Set(cur);
        for (const id of list) {
          if (mode === 'toggle' && next.has(id)) next.delete(id);
          else next.add(id);
        }
        return next;
      });
    },
    move(positions: Map<string, { x: number; y: number }>) {
      history.edit((bp) =>
        moveModules(bp, new Map([...positions].map(([id, p]) => [Number(id), p]))),
      );
    },
    nudge(dx: number, dy: number) {
      const list = ids();
      if (list.length === 0) return void d.canvas()?.panBy(-dx * 4, -dy * 4);
      history.edit((bp) =>
        moveModules(
          bp,
          new Map(list.map((id) => [id, { x: positionOf(id).x + dx, y: positionOf(id).y + dy }])),
        ),
      );
    },
    link(source: string, target: string) {
      const error = history.edit((bp) => linkModules(bp, Number(source), Number(target)));
      if (error) d.setMessage(error);
    },
    align() {
      history.edit((bp) => moveModules(bp, autoLayout(bp)));
      requestAnimationFrame(() => void d.canvas()?.fit());
    },
    copy(): string | undefined {
      const list = ids();
      return list.length ? copyModules(history.doc(), list) : undefined;
    },
    paste(text: string) {
      const c = d.canvas()?.center() ?? { x: 0, y: 0 };
      const r = history.edit((bp) => pasteModules(bp, text, { x: c.x + 40, y: c.y + 40 }));
      if (r.ok) d.setSelected(new Set(r.ids.map(String)));
      else d.setMessage(r.message);
    },
    importText(text: string) {
      const r = importBlueprint(text);
      if (!r.ok) return d.setReport({ unsupported: [], problems: r.problems });
      history.edit((bp) => {
        const name = bp.name;
        Object.assign(bp, r.blueprint, { name: r.blueprint.name || name });
        for (const k of Object.keys(bp)) if (!(k in r.blueprint) && k !== 'name') delete bp[k];
      });
      if (r.blueprint.name) void d.services.scenarios.rename(d.scenarioId, r.blueprint.name);
      d.setReport({ unsupported: r.unsupported, problems: [] });
      d.setPanel(null);
      d.run.clear();
      requestAnimationFrame(() => void d.canvas()?.fit());
    },
    async exportFile() {
      const name = (await d.services.scenarios.get(d.scenarioId))?.name ?? history.doc().name;
      downloadBlueprint({ ...exportBlueprint(history.doc()), name });
    },
    startRun() {
      const first = history.doc().flow[0];
      // The test request names the relay hook the trigger is bound to, as a real one would.
      if (first?.module === 'gateway:CustomWebHook') {
        const hook =
          boundIdOf(history.doc(), first.id, 'hook') ?? String(first.parameters.hook ?? '');
        return d.setPanel({ kind: 'test-input', hook });
      }
      void runOnce();
    },
    async runModule(id: number) {
      await d.autosave.flush();
      const outputs = d.run.last()?.modules ?? {};
      const bundles: Record<string, unknown> = {};
      for (const up of upstreamIds(history.doc(), id)) {
        const out = outputs[String(up)]?.output[0];
        if (out !== undefined) bundles[String(up)] = out;
      }
      await d.run.runModule(history.doc(), id, bundles);
    },
    everyId: () => everyModule(history.doc()).map((m) => String(m.id)),
  };
}
