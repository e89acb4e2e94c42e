import { Show, createSignal, type JSX } from 'solid-js';
import { exportBackup, importBackup } from '../../storage';
import { useServices } from '../services';

/**
 * Settings › Backup: everything the user owns as one ZIP (scenarios, revisions, connections —
 * secrets only when asked —, data stores, files, settings), and back. An import replaces those
 * tables in one transaction; a broken file changes nothing and says what is wrong.
 */
export function BackupPanel(): JSX.Element {
  const { db } = useServices();
  const [secrets, setSecrets] = createSignal(false);
  const [status, setStatus] = createSignal<{ ok: boolean; text: string }>();

  const download = async () => {
    const bytes = await exportBackup(db, { includeSecrets: secrets() });
    const url = URL.createObjectURL(
      new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
    );
    const a = document.createElement('a');
    a.href = url;
    a.download = `weft-backup-${new Date().toISOString().slice(0, 10)}.zip`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setStatus({ ok: true, text: `Backup saved (${bytes.byteLength.toLocaleString()} bytes).` });
  };
  const restore = async (file: File | undefined) => {
    if (!file) return;
    const r = await importBackup(db, await file.arrayBuffer());
    if (!r.ok) return setStatus({ ok: false, text: `Nothing was changed: ${r.error.message}` });
    const scenarios = r.value.scenarios ?? 0;
    setStatus({
      ok: true,
      text: `Backup restored: ${scenarios} scenario${scenarios === 1 ? '' : 's'} and their data.`,
    });
  };

  return (
    <section class="panel">
      <h2>Backup</h2>
      <p class="muted">
        Save everything in this browser as one ZIP file, or restore one. Restoring replaces your
        scenarios, connections, data stores, files and settings.
      </p>
      <div class="row">
        <button class="btn" onClick={() => void download()}>
          Export backup
        </button>
        <label class="row">
          <input
            type="checkbox"
            checked={secrets()}
            onChange={(e) => setSecrets(e.currentTarget.checked)}
          />
          Include connection secrets (readable by anyone with the file)
        </label>
      </div>
      <div class="field">
        <label for="backup-file">Restore a backup</label>
        <input
          id="backup-file"
          type="file"
          accept=".zip,application/zip"
          onChange={(e) => {
            void restore(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
      </div>
      <Show when={status()}>
        {(s) => (
          <p
            role={s().ok ? 'status' : 'alert'}
            class={s().ok ? '' : 'error'}
            data-testid="backup-status"
          >
            {s().text}
          </p>
        )}
      </Show>
    </section>
  );
}
