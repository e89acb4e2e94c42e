import { Index, Show, type Accessor, type JSX } from 'solid-js';
import { linkPath } from './edge-path';
import type { CanvasEdge } from './types';

export interface EdgesProps {
  edges: readonly CanvasEdge[];
  positions: Accessor<Map<string, { x: number; y: number }>>;
  names: Accessor<Map<string, string>>;
  onOpen: (edge: CanvasEdge) => void;
}

/** The links: curves in one SVG layer, and a filter button in the middle of each flow link. */
export function Edges(props: EdgesProps): JSX.Element {
  const geometry = (e: CanvasEdge) => {
    const from = props.positions().get(e.source);
    const to = props.positions().get(e.target);
    return from && to ? linkPath(from, to) : undefined;
  };
  return (
    <>
      <svg class="cedges" aria-hidden="true">
        <Index each={props.edges}>
          {(e) => (
            <path
              class={`cedge cedge-${e().kind}`}
              classList={{ filtered: !!e().filter }}
              d={geometry(e())?.d ?? ''}
            />
          )}
        </Index>
      </svg>
      <Index each={props.edges}>
        {(e) => (
          <Show when={e().kind !== 'error' && geometry(e())}>
            {(g) => (
              <button
                type="button"
                class="cedge-filter nodrag nopan"
                classList={{ set: !!e().filter, fallback: !!e().fallback }}
                style={{ transform: `translate(${g().midX - 11}px, ${g().midY - 11}px)` }}
                aria-label={`Filter before ${props.names().get(e().target) ?? e().target}`}
                title={e().filter || (e().fallback ? 'Fallback route' : 'Set up a filter')}
                onClick={() => props.onOpen(e())}
              >
                <svg viewBox="0 0 24 24" width="12" height="12" aria-hidden="true">
                  <path d="M4 5h16l-6 8v6l-4-2v-4z" fill="currentColor" />
                </svg>
                <Show when={e().filter}>
                  <span class="cedge-label">{e().filter}</span>
                </Show>
              </button>
            )}
          </Show>
        )}
      </Index>
    </>
  );
}
