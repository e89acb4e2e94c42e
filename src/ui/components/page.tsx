import { Show, type JSX, type ParentProps } from 'solid-js';

/** A page: title, one-line description, actions on the right, then the body. */
export function Page(
  props: ParentProps<{ title: string; description?: string; actions?: JSX.Element }>,
): JSX.Element {
  return (
    <section class="page" aria-labelledby="page-title">
      <header class="page-head">
        <div>
          <h1 id="page-title">{props.title}</h1>
          <Show when={props.description}>
            <p class="muted">{props.description}</p>
          </Show>
        </div>
        <div class="page-actions">{props.actions}</div>
      </header>
      {props.children}
    </section>
  );
}

/** What a list shows when it has nothing yet: what the thing is and how to get one. */
export function EmptyState(props: ParentProps<{ title: string }>): JSX.Element {
  return (
    <div class="empty">
      <h2>{props.title}</h2>
      <p class="muted">{props.children}</p>
    </div>
  );
}
