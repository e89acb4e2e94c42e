import { describe, expect, it } from 'vitest';
import { parseBlueprintText, restoreBlueprint } from './restore-blueprint';

const mod = (id: number, module: string, extra: Record<string, unknown> = {}) => ({
  id,
  module,
  version: 1,
  ...extra,
});

describe('restoreBlueprint', () => {
  // [1 util:BasicTrigger] → [2 util:ComposeTransformer]   (Integromat-era metadata)
  it('fills the defaults an Integromat-era export lacks and keeps present values', () => {
    const json = {
      name: 'Daily Digest',
      flow: [mod(1, 'util:BasicTrigger'), { id: 2, module: 'util:ComposeTransformer' }],
      metadata: {
        version: 1,
        scenario: { roundtrips: 1, maxErrors: 3, autoCommit: false, sequential: false },
        designer: { orphans: [], notes: [{ id: 2, text: 'hi', filter: false }] },
        zone: 'eu1.integromat.com',
      },
    };
    const r = restoreBlueprint(json);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const bp = r.value.blueprint;
    expect(bp.metadata.scenario.autoCommit).toBe(false);
    expect(bp.metadata.scenario.autoCommitTriggerLast).toBe(true);
    expect(bp.metadata.instant).toBe(false);
    expect(bp.metadata.scenario.dlq).toBe(false);
    expect(bp.metadata.designer.notes).toEqual([{ id: 2, text: 'hi', filter: false }]);
    expect(bp.metadata.zone).toBe('eu1.integromat.com');
    expect(bp.flow[1]).toEqual({
      id: 2,
      module: 'util:ComposeTransformer',
      version: 1,
      parameters: {},
    });
    expect(json.flow[1]).toEqual({ id: 2, module: 'util:ComposeTransformer' });
  });

  // [1] → [2 router] ─┬─ [3] → [4]
  //                   └─ [4 duplicate] → [x: bad module type]
  it('reports every problem with its JSON path', () => {
    const json = {
      flow: [
        mod(1, 'util:BasicTrigger'),
        mod(2, 'builtin:BasicRouter', {
          parameters: { else: 5 },
          routes: [
            { flow: [mod(3, 'util:ComposeTransformer'), mod(4, 'util:ComposeTransformer')] },
            { flow: [mod(4, 'util:ComposeTransformer'), { id: 0, module: 'nope' }] },
          ],
        }),
      ],
      metadata: { scenario: { roundtrips: 'x' }, notes: ['not a note'] },
    };
    const r = restoreBlueprint(json);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const lines = r.error.map((p) => `${p.path}: ${p.message}`);
    expect(lines).toContain('flow[1].routes[1].flow[0].id: duplicate id 4');
    expect(lines).toContain(
      'flow[1].routes[1].flow[1].id: module id must be a positive integer, got 0',
    );
    expect(lines).toContain(
      'flow[1].routes[1].flow[1].module: module type must look like "app:Name", got "nope"',
    );
    expect(lines).toContain(
      'flow[1].parameters.else: fallback route index must be an integer from 0 to 1',
    );
    expect(lines).toContain('metadata.scenario.roundtrips: expected a positive integer, got "x"');
    expect(lines).toContain('metadata.notes[0]: a note must be a JSON object');
    expect(r.error).toHaveLength(6);
  });

  it('rejects a document that is not an object, and text that is not JSON', () => {
    const r = restoreBlueprint([1, 2]);
    expect(r.ok ? [] : r.error.map((p) => p.path)).toEqual(['(root)']);
    const t = parseBlueprintText('{"flow": [');
    expect(t.ok).toBe(false);
    if (!t.ok) expect(t.error[0]?.code).toBe('DOMAIN_B012');
  });

  // [1] → [2 aggregator feeder=7]   (7 does not exist)
  // [1] → [3 builtin:Ignore]          (directive outside onerror)
  it('checks aggregator sources and directive placement', () => {
    const r = restoreBlueprint({
      flow: [
        mod(1, 'util:BasicTrigger'),
        mod(2, 'builtin:BasicAggregator', { parameters: { feeder: 7 } }),
        mod(3, 'builtin:Ignore'),
      ],
    });
    expect(r.ok ? [] : r.error.map((p) => p.path)).toEqual([
      'flow[1].parameters.feeder',
      'flow[2].module',
    ]);
  });

  // [1] → [2 google-sheets:addRow] ⇢ onerror [3 builtin:Ignore]
  it('keeps unsupported modules in place and reports them', () => {
    const r = restoreBlueprint(
      {
        flow: [
          mod(1, 'util:BasicTrigger'),
          mod(2, 'google-sheets:addRow', { onerror: [mod(3, 'builtin:Ignore')] }),
        ],
      },
      { isSupported: (m) => !m.startsWith('google-sheets:') },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.unsupported).toEqual([
      { id: 2, module: 'google-sheets:addRow', path: 'flow[1]' },
    ]);
    expect(r.value.blueprint.flow.map((m) => m.id)).toEqual([1, 2]);
  });
});
