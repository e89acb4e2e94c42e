/**
 * Progress events of a run, for the editor's module lights and operation bubbles
 * (docs/engine.md). Cheap by design: at most one `module-started` and one `module-finished` per
 * module per cycle, never one event per bundle.
 */
export type RunEvent =
  | { type: 'run-started'; executionId: string }
  /** A module ran its first operation (or received its first bundle) in this cycle. */
  | { type: 'module-started'; moduleId: string; cycle: number }
  /** End of a cycle, once per module that started in it; `operations` counts the whole run so far. */
  | { type: 'module-finished'; moduleId: string; cycle: number; operations: number }
  | { type: 'cycle-finished'; cycle: number; committed: boolean }
  | {
      type: 'run-finished';
      executionId: string;
      status: 'success' | 'warning' | 'error' | 'incomplete';
      operations: number;
      dataTransfer: number;
    };
