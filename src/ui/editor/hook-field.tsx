import { createResource, type JSX } from 'solid-js';
import { registerInstallation, relayApi } from '../../runtime';
import type { HookInfo, RelayAccount } from '../../shared/relay-protocol';
import { relayAccountRepo } from '../../storage';
import { useServices } from '../services';
import { BindingPicker } from './binding-picker';
import { bind, boundIdOf } from './bindings';
import { useEditor } from './context';

/**
 * The Custom webhook's "Webhook": one of this browser's relay hooks, bound through
 * `metadata.weft.bindings["hook:<parameters.hook>"]`. "Add" creates a hook; a browser not yet
 * connected to a relay connects to the server that serves the app first (as the Webhooks page
 * offers by default).
 */
export function HookField(props: { id: string; moduleId: number }): JSX.Element {
  const { db } = useServices();
  const editor = useEditor();
  const pick = (id: string | null) => {
    const moduleId = props.moduleId;
    editor.history.edit((d) => bind(d, moduleId, 'hook', id));
  };
  const accounts = relayAccountRepo(db);
  const [hooks, { refetch }] = createResource(async () => {
    const account = await accounts.load();
    if (!account) return { account, list: [] as HookInfo[], error: '' };
    const r = await relayApi(account).listHooks();
    return r.ok
      ? { account, list: r.value, error: '' }
      : { account, list: [] as HookInfo[], error: r.error.message };
  });
  const account = async (): Promise<RelayAccount | string> => {
    const known = await accounts.load();
    if (known) return known;
    const r = await registerInstallation(location.origin + '/');
    if (!r.ok) return r.error.message;
    await accounts.save(r.value);
    return r.value;
  };
  const create = async (name: string) => {
    const a = await account();
    if (typeof a === 'string') return { error: a };
    const r = await relayApi(a).createHook({ name });
    if (!r.ok) return { error: r.error.message };
    void refetch();
    return { id: r.value.id };
  };
  const bound = () => boundIdOf(editor.doc(), props.moduleId, 'hook');
  const hint = () => {
    const h = hooks();
    const url = h?.list.find((x) => x.id === bound())?.url;
    if (url) return <span class="mono">{url}</span>;
    if (h?.error) return h.error;
    if (h && !h.account) return `“Add” connects this browser to the relay at ${location.origin}.`;
    return undefined;
  };
  return (
    <BindingPicker
      id={props.id}
      noun="webhook"
      options={(hooks()?.list ?? []).map((h) => ({ id: h.id, label: h.name }))}
      value={bound()}
      onPick={pick}
      onCreate={create}
      hint={hint()}
    />
  );
}
