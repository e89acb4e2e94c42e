import { Show, type JSX } from 'solid-js';
import { formatBytes } from '../format';
import type { RunSummary } from './run-controller';

export interface ToolbarProps {
  running: boolean;
  canUndo: boolean;
  canRedo: boolean;
  saved: boolean;
  last: RunSummary | null;
  runError: string;
  onRun: () => void;
  onStop: () => void;
  onUndo: () => void;
  onRedo: () => void;
  onSave: () => void;
  onSchedule: () => void;
  onSettings: () => void;
  onAlign: () => void;
  onFit: () => void;
  onZoom: (factor: number) => void;
  onImport: () => void;
  onExport: () => void;
}

/** The editor's bottom bar (Make's): run controls, then editing, view and blueprint tools. */
export function Toolbar(props: ToolbarProps): JSX.Element {
  return (
    <div class="editor-toolbar" role="toolbar" aria-label="Scenario editor">
      <button
        type="button"
        class="btn btn-run"
        disabled={props.running}
        onClick={() => props.onRun()}
      >
        <span class="run-icon" aria-hidden="true">
          ▶
        </span>
        Run once
      </button>
      <button type="button" class="btn" disabled={!props.running} onClick={() => props.onStop()}>
        Stop
      </button>
      <button type="button" class="btn" onClick={() => props.onSchedule()}>
        Scheduling
      </button>
      <span class="tb-sep" />
      <button
        type="button"
        class="btn btn-square"
        aria-label="Undo"
        title="Undo"
        disabled={!props.canUndo}
        onClick={() => props.onUndo()}
      >
        ↶
      </button>
      <button
        type="button"
        class="btn btn-square"
        aria-label="Redo"
        title="Redo"
        disabled={!props.canRedo}
        onClick={() => props.onRedo()}
      >
        ↷
      </button>
      <button
        type="button"
        class="btn"
        onClick={() => props.onSave()}
        title={props.saved ? 'All changes saved' : 'Saving…'}
      >
        Save
      </button>
      <button type="button" class="btn" onClick={() => props.onSettings()}>
        Scenario settings
      </button>
      <span class="tb-sep" />
      <button
        type="button"
        class="btn btn-square"
        aria-label="Auto-align"
        title="Auto-align"
        onClick={() => props.onAlign()}
      >
        ⇶
      </button>
      <button
        type="button"
        class="btn btn-square"
        aria-label="Zoom to fit"
        title="Zoom to fit"
        onClick={() => props.onFit()}
      >
        ⤢
      </button>
      <button
        type="button"
        class="btn btn-square"
        aria-label="Zoom in"
        onClick={() => props.onZoom(1.2)}
      >
        +
      </button>
      <button
        type="button"
        class="btn btn-square"
        aria-label="Zoom out"
        onClick={() => props.onZoom(1 / 1.2)}
      >
        −
      </button>
      <span class="tb-sep" />
      <button
        type="button"
        class="btn"
        aria-label="Import blueprint"
        title="Import blueprint"
        onClick={() => props.onImport()}
      >
        Import
      </button>
      <button
        type="button"
        class="btn"
        aria-label="Export blueprint"
        title="Export blueprint"
        onClick={() => props.onExport()}
      >
        Export
      </button>
      <div class="tb-status" role="status">
        <Show when={props.running}>Running…</Show>
        <Show when={!props.running && props.runError}>
          <span class="error">{props.runError}</span>
        </Show>
        <Show when={!props.running && props.last}>
          {(l) => (
            <span data-testid="run-summary">
              <span class={`badge badge-${l().status}`}>{l().status}</span> {l().operations} ops ·{' '}
              {formatBytes(l().dataTransfer)} · {(l().durationMs / 1000).toFixed(2)} s
            </span>
          )}
        </Show>
      </div>
    </div>
  );
}
