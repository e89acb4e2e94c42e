import { Show, createSignal, onMount, type JSX } from 'solid-js';
import { registerSW } from 'virtual:pwa-register';

/**
 * Registers the service worker and shows "A new version is ready — Reload" when an update waits
 * (prompt flow: the new worker activates only when the user agrees, so a run is never cut off).
 */
export function UpdateToast(): JSX.Element {
  const [needRefresh, setNeedRefresh] = createSignal(false);
  const [offlineReady, setOfflineReady] = createSignal(false);
  let update: ((reload?: boolean) => Promise<void>) | undefined;
  onMount(() => {
    if (!('serviceWorker' in navigator)) return;
    update = registerSW({
      immediate: true,
      onNeedRefresh: () => setNeedRefresh(true),
      onOfflineReady: () => {
        setOfflineReady(true);
        setTimeout(() => setOfflineReady(false), 4000);
      },
      onRegisterError: (e: unknown) => console.error('service worker registration failed', e),
    });
  });
  return (
    <>
      <Show when={needRefresh()}>
        <div class="toast" role="status">
          <span>A new version is ready</span>
          <button class="btn btn-primary" onClick={() => void update?.(true)}>
            Reload
          </button>
          <button class="btn btn-ghost" onClick={() => setNeedRefresh(false)}>
            Later
          </button>
        </div>
      </Show>
      <Show when={offlineReady() && !needRefresh()}>
        <div class="toast" role="status">
          Weft is ready to work offline
        </div>
      </Show>
    </>
  );
}
