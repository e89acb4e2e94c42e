import type { JSX } from 'solid-js';
import { dataStoresRepo, type DataStoreRecord } from '../../storage';
import { createLiveQuery } from '../live';
import { useServices } from '../services';
import { BindingPicker } from './binding-picker';
import { bind, boundIdOf } from './bindings';
import { useEditor } from './context';

/**
 * A data-store module's "Data store": one of the local data stores, bound through
 * `metadata.weft.bindings["datastore:<parameters.datastore>"]`; "Add" creates a store.
 */
export function DataStoreField(props: { id: string; moduleId: number }): JSX.Element {
  const { db } = useServices();
  const editor = useEditor();
  const pick = (id: string | null) => {
    const moduleId = props.moduleId;
    editor.history.edit((d) => bind(d, moduleId, 'datastore', id));
  };
  const repo = dataStoresRepo(db);
  const stores = createLiveQuery(() => repo.list(), [] as DataStoreRecord[]);
  const create = async (name: string) => ({ id: (await repo.create(name)).id });
  return (
    <BindingPicker
      id={props.id}
      noun="data store"
      options={stores().map((s) => ({ id: s.id, label: s.name }))}
      value={boundIdOf(editor.doc(), props.moduleId, 'datastore')}
      onPick={pick}
      onCreate={create}
      hint={stores().length === 0 ? 'No data stores yet: “Add” creates one.' : undefined}
    />
  );
}
