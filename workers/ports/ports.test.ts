import { describe, expect, it } from 'vitest';
import { restoreBlueprint } from '../../src/domain';
import { connectionsRepo } from '../../src/storage';
import { testDb } from '../../src/storage/test-db';
import { connectionsPort } from './connections-port';
import { blueprintDataStructures as dataStructuresPort } from '../../src/apps/json';

const bp = (bindings: Record<string, string>) => {
  const r = restoreBlueprint({ name: 'b', flow: [], metadata: { weft: { bindings } } });
  if (!r.ok) throw new Error('bad blueprint');
  return r.value.blueprint;
};

describe('connections port', () => {
  it('decrypts the secret of the bound connection in the worker', async () => {
    const db = testDb();
    const c = await connectionsRepo(db).create({
      name: 'API',
      type: 'apikey',
      params: { baseUrl: 'https://x' },
      secret: { apiKey: 's3cret' },
    });
    const port = connectionsPort(db, bp({ 'connection:4512': c.id }));
    expect(await port.get('4512')).toEqual({
      id: c.id,
      type: 'apikey',
      data: { baseUrl: 'https://x', apiKey: 's3cret' },
    });
    expect(await port.get('999')).toBeUndefined();
  });
});

describe('data structures port', () => {
  const withWeft = (weft: Record<string, unknown>) => {
    const r = restoreBlueprint({ name: 'b', flow: [], metadata: { weft } });
    if (!r.ok) throw new Error('bad blueprint');
    return r.value.blueprint;
  };
  const spec = [{ name: 'id', type: 'integer', required: true }];

  it('reads structures and store structures from metadata.weft, as weft run does', () => {
    const port = dataStructuresPort(
      withWeft({
        dataStructures: { '12': { name: 'Order', strict: true, spec }, '13': { spec }, bad: {} },
        dataStoreStructures: { '27969': 12 },
      }),
    );
    expect(port.get('12')).toEqual({ id: '12', name: 'Order', strict: true, spec });
    expect(port.get('13')).toEqual({ id: '13', name: '13', strict: false, spec });
    expect(port.get('bad')).toBeUndefined();
    expect(port.get('toString')).toBeUndefined();
    expect(port.ofDataStore('27969')).toMatchObject({ id: '12', name: 'Order' });
    expect(port.ofDataStore('1')).toBeUndefined();
  });

  it('knows none when the blueprint keeps none', () => {
    expect(dataStructuresPort(withWeft({})).get('12')).toBeUndefined();
  });
});
