import { createContext, useContext, type Accessor } from 'solid-js';
import type { Blueprint } from '../../domain';
import type { DocHistory } from './doc-history';

/** A focused mappable field: the mapping panel inserts into it. */
export interface ActiveField {
  moduleId: number;
  insert(text: string): void;
}

/** What the editor's panels share. */
export interface EditorContextValue {
  history: DocHistory;
  doc: Accessor<Blueprint>;
  activeField: Accessor<ActiveField | null>;
  setActiveField(f: ActiveField | null): void;
  /** Output bundles of the last run, per module id (for the mapping panel). */
  lastOutputs: Accessor<ReadonlyMap<string, unknown[]>>;
}

export const EditorContext = createContext<EditorContextValue>();

export function useEditor(): EditorContextValue {
  const e = useContext(EditorContext);
  if (!e) throw new Error('useEditor() outside the editor');
  return e;
}
