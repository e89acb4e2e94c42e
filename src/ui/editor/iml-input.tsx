import { For, Show, createEffect, createMemo, createSignal, untrack, type JSX } from 'solid-js';
import { useEditor } from './context';
import { highlight } from './field-highlight';

export interface ImlInputProps {
  id: string;
  moduleId: number;
  value: string;
  label: string;
  required?: boolean;
  onCommit: (text: string) => void;
  multiline?: boolean;
}

/**
 * A mappable field: plain text with `{{…}}` items shown as pills, checked as you type (errors
 * underlined, message below). Focus opens the mapping panel, which inserts at the caret.
 */
export function ImlInput(props: ImlInputProps): JSX.Element {
  const editor = useEditor();
  const [text, setText] = createSignal(untrack(() => props.value));
  createEffect(() => setText(props.value));
  const view = createMemo(() => highlight(text()));
  let area: HTMLTextAreaElement | undefined;
  const commit = () => {
    if (text() !== props.value) props.onCommit(text());
  };
  const insert = (piece: string) => {
    const el = area;
    if (!el) return;
    const start = el.selectionStart;
    const next = text().slice(0, start) + piece + text().slice(el.selectionEnd);
    setText(next);
    props.onCommit(next);
    queueMicrotask(() => {
      el.focus();
      el.setSelectionRange(start + piece.length, start + piece.length);
    });
  };
  const errorId = () => `${props.id}-error`;
  return (
    <div class="iml">
      <div class="iml-box" classList={{ multiline: props.multiline }}>
        <div class="iml-mirror" aria-hidden="true">
          <For each={view().segments}>
            {(s) => (
              <span classList={{ pill: s.kind === 'pill', 'iml-error': !!s.error }} title={s.error}>
                {s.text}
              </span>
            )}
          </For>
          {'\u200b'}
        </div>
        <textarea
          ref={area}
          id={props.id}
          class="iml-text"
          rows={1}
          spellcheck={false}
          aria-label={props.label}
          aria-required={props.required}
          aria-invalid={view().errors.length > 0}
          aria-describedby={view().errors.length ? errorId() : undefined}
          value={text()}
          onInput={(e) => setText(e.currentTarget.value)}
          onFocus={() => editor.setActiveField({ moduleId: props.moduleId, insert })}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !props.multiline && !e.shiftKey) {
              e.preventDefault();
              commit();
            }
          }}
        />
      </div>
      <Show when={view().errors.length > 0}>
        <p class="field-error" id={errorId()}>
          {view().errors[0]}
        </p>
      </Show>
    </div>
  );
}
