import { For, Show, createResource, createSignal, type JSX } from 'solid-js';
import type { ThemeSetting } from '../../storage';
import { BackupPanel } from '../components/backup-panel';
import { Page } from '../components/page';
import { formatBytes } from '../format';
import { useServices } from '../services';
import { useTheme } from '../theme';

const themes: { value: ThemeSetting; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Settings: look, storage, and a check that the engine worker answers. */
export function SettingsPage(): JSX.Element {
  const { engine } = useServices();
  const theme = useTheme();
  const [check, setCheck] = createSignal<string>('');
  const [estimate, { refetch }] = createResource(async () =>
    navigator.storage?.estimate ? await navigator.storage.estimate() : undefined,
  );
  const [persisted, setPersisted] = createSignal<boolean | undefined>();
  void navigator.storage?.persisted?.().then(setPersisted);

  const testEngine = async () => {
    setCheck('Checking…');
    const r = await engine.api.selfTest([
      { name: 'hello.txt', text: 'Hello from Weft' },
      { name: 'readme.txt', text: 'Zipped in the engine worker with JSZip.' },
    ]);
    setCheck(
      r.ok
        ? `Engine v${r.value.version} answered: zipped ${r.value.entries.length} files into ${r.value.zip.byteLength} bytes.`
        : `Engine error: ${r.error.message}`,
    );
  };
  const persist = async () => {
    setPersisted(await navigator.storage.persist());
    void refetch();
  };

  return (
    <Page title="Settings" description="How Weft looks and where it keeps your data.">
      <section class="panel">
        <h2>Appearance</h2>
        <div class="segmented" role="radiogroup" aria-label="Theme">
          <For each={themes}>
            {(t) => (
              <label class={theme.value() === t.value ? 'seg active' : 'seg'}>
                <input
                  type="radio"
                  name="theme"
                  value={t.value}
                  checked={theme.value() === t.value}
                  onChange={() => void theme.set(t.value)}
                />
                {t.label}
              </label>
            )}
          </For>
        </div>
      </section>
      <section class="panel">
        <h2>Storage</h2>
        <p>
          Everything stays in this browser (IndexedDB).{' '}
          <Show when={estimate()}>
            {(e) => (
              <span>
                Used {formatBytes(e().usage ?? 0)} of about {formatBytes(e().quota ?? 0)}.
              </span>
            )}
          </Show>
        </p>
        <p>
          <Show
            when={persisted()}
            fallback={
              <button class="btn" onClick={() => void persist()}>
                Keep data even when the disk is low
              </button>
            }
          >
            <span class="muted">The browser will not evict Weft's data when space runs low.</span>
          </Show>
        </p>
      </section>
      <BackupPanel />
      <section class="panel">
        <h2>Engine</h2>
        <p class="muted">Scenarios run in a background worker, never on this page's thread.</p>
        <button class="btn" onClick={() => void testEngine()}>
          Test engine
        </button>
        <Show when={check()}>
          <p role="status" data-testid="engine-check">
            {check()}
          </p>
        </Show>
      </section>
    </Page>
  );
}
