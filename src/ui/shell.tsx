import { A } from '@solidjs/router';
import { For, Show, createResource, type JSX, type ParentProps } from 'solid-js';
import { WEFT_VERSION } from '../shared';
import { Icon } from './icons';
import { useServices } from './services';
import { UpdateToast } from './components/update-toast';

export const navItems = [
  { href: '/scenarios', label: 'Scenarios', icon: 'scenarios' },
  { href: '/history', label: 'History', icon: 'history' },
  { href: '/connections', label: 'Connections', icon: 'connections' },
  { href: '/data-stores', label: 'Data stores', icon: 'datastores' },
  { href: '/webhooks', label: 'Webhooks', icon: 'webhooks' },
  { href: '/usage', label: 'Usage', icon: 'usage' },
  { href: '/settings', label: 'Settings', icon: 'settings' },
] as const;

/** The app frame: left navigation, the routed page, the engine status, the update toast. */
export function Shell(props: ParentProps): JSX.Element {
  const { engine } = useServices();
  const [engineVersion] = createResource(() => engine.api.version());
  return (
    <div class="shell">
      <nav class="sidebar" aria-label="Main">
        <A href="/scenarios" class="brand" aria-label="Weft home">
          <img src="/icons/weft.svg" alt="" width="28" height="28" />
          <span>Weft</span>
        </A>
        <ul>
          <For each={navItems}>
            {(item) => (
              <li>
                <A href={item.href} class="nav-link" activeClass="active">
                  <Icon name={item.icon} />
                  <span>{item.label}</span>
                </A>
              </li>
            )}
          </For>
        </ul>
        <div class="sidebar-foot" data-testid="engine-status">
          <Show
            when={!engineVersion.error}
            fallback={
              <span class="dot dot-bad" title={String(engineVersion.error)}>
                Engine unavailable
              </span>
            }
          >
            <span class={engineVersion() ? 'dot dot-ok' : 'dot'}>
              {engineVersion() ? `Engine ready · v${engineVersion()}` : 'Starting engine…'}
            </span>
          </Show>
          <span class="muted">Weft {WEFT_VERSION} · local-first</span>
        </div>
      </nav>
      <main class="content">{props.children}</main>
      <UpdateToast />
    </div>
  );
}
