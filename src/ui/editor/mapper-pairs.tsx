import { Index, untrack, type JSX } from 'solid-js';
import { useEditor } from './context';
import { ImlInput } from './iml-input';
import { locate } from './locate';

/**
 * "Aggregated fields" of an aggregator whose spec declares no mapper (the Array aggregator): the
 * mapper is any set of named, mapped fields, one per row.
 */
export function MapperPairs(props: { moduleId: number }): JSX.Element {
  const editor = useEditor();
  const id = untrack(() => props.moduleId);
  const pairs = () => {
    const m = locate(editor.doc(), props.moduleId)?.node.mapper;
    return typeof m === 'object' && m !== null ? Object.entries(m as Record<string, unknown>) : [];
  };
  const write = (next: [string, unknown][]) =>
    editor.history.edit((d) => {
      const found = locate(d, id);
      if (found) found.node.mapper = Object.fromEntries(next.filter(([k]) => k !== ''));
    });
  const rename = (i: number, key: string) =>
    write(pairs().map(([k, v], j) => (j === i ? [key.trim(), v] : [k, v])));
  return (
    <fieldset class="items" aria-label="Aggregated fields">
      <legend class="field-label">Aggregated fields</legend>
      <Index each={pairs()}>
        {(pair, i) => (
          <div class="item">
            <label class="field-label" for={`agg-${i}-name`}>
              Field name
            </label>
            <input
              id={`agg-${i}-name`}
              class="input"
              value={pair()[0]}
              onChange={(e) => rename(i, e.currentTarget.value)}
            />
            <ImlInput
              id={`agg-${i}-value`}
              moduleId={props.moduleId}
              label={`Value of ${pair()[0]}`}
              value={
                typeof pair()[1] === 'string' ? (pair()[1] as string) : JSON.stringify(pair()[1])
              }
              onCommit={(t) => write(pairs().map(([k, v], j) => (j === i ? [k, t] : [k, v])))}
            />
          </div>
        )}
      </Index>
      <button
        type="button"
        class="btn btn-small"
        onClick={() => write([...pairs(), [`field${pairs().length + 1}`, '']])}
      >
        Add aggregated field
      </button>
    </fieldset>
  );
}
