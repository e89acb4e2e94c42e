// ESLint rule `weft/layers`: the layer table of DESIGN.md §3, enforced on every import.
// A file's layer comes from its path; a relative import's layer from the path it resolves to;
// a package import is checked against the few packages that belong to one layer only.
import path from 'node:path';
import { builtinModules } from 'node:module';

const root = path.dirname(new URL(import.meta.url).pathname);

/** Which of our layers each layer may import (besides itself). */
export const allowedLayers = {
  shared: [],
  domain: ['shared'],
  iml: ['shared', 'domain'],
  engine: ['shared', 'domain', 'iml', 'apps/contract'],
  'apps/contract': ['shared', 'domain', 'iml'],
  apps: ['shared', 'domain', 'iml', 'apps/contract'],
  storage: ['shared', 'domain'],
  bridge: ['shared', 'domain', 'engine:type', 'apps/contract:type'],
  runtime: ['shared', 'domain', 'storage', 'bridge'],
  ui: [
    'shared',
    'domain',
    'iml',
    'apps',
    'apps/contract',
    'storage',
    'runtime',
    'bridge',
    'ui/canvas',
  ],
  'ui/canvas': [
    'shared',
    'domain',
    'iml',
    'apps',
    'apps/contract',
    'storage',
    'runtime',
    'bridge',
    'ui',
  ],
  workers: ['shared', 'domain', 'engine', 'iml', 'apps', 'apps/contract', 'storage', 'bridge'],
  relay: ['shared'],
  cli: ['shared', 'domain', 'iml', 'engine', 'apps', 'apps/contract'],
};

/** Packages that only some layers may use. Everything else is open to all. */
const packageOwners = [
  {
    test: (p) => p === 'dexie' || p.startsWith('dexie/'),
    layers: ['storage'],
    why: 'Dexie belongs to src/storage',
  },
  {
    test: (p) => p === 'comlink',
    layers: ['bridge', 'workers'],
    why: 'Comlink belongs to src/bridge and workers/',
  },
  {
    test: (p) => p.startsWith('@xyflow/'),
    layers: ['ui/canvas'],
    why: '@xyflow/system belongs to src/ui/canvas',
  },
  {
    test: (p) => p === 'solid-js' || p.startsWith('solid-js/') || p.startsWith('@solidjs/'),
    layers: ['ui', 'ui/canvas'],
    why: 'Solid belongs to src/ui',
  },
  {
    test: (p) => p.startsWith('node:') || builtinModules.includes(p.split('/')[0]),
    layers: ['relay', 'cli'],
    why: 'Node built-ins are for src/relay and src/cli only',
  },
];

/** The layer of a file, or null for files outside the layered code (tests, configs). */
export function layerOf(file) {
  const rel = path.relative(root, path.resolve(file)).split(path.sep).join('/');
  if (/\.test\.tsx?$/.test(rel) || rel.startsWith('tests/')) return null;
  if (rel.startsWith('workers/')) return 'workers';
  const m = /^src\/([^/]+)(?:\/([^/]+))?/.exec(rel);
  if (!m) return null;
  const [, top, sub] = m;
  if (top === 'apps' && (sub === 'contract.ts' || sub === 'contract')) return 'apps/contract';
  if (top === 'ui' && sub === 'canvas') return 'ui/canvas';
  return top in allowedLayers ? top : null;
}

function checkImport(context, node, source, typeOnly) {
  const file = context.filename ?? context.getFilename();
  const from = layerOf(file);
  const spec = source.value;
  if (typeof spec !== 'string') return;
  // Tests and configs are outside the layers: they may import anything.
  if (from === null) return;
  if (!spec.startsWith('.')) {
    const owner = packageOwners.find((o) => o.test(spec));
    if (owner && !owner.layers.includes(from)) {
      context.report({
        node: source,
        message: `layer ${from} may not import '${spec}': ${owner.why} (DESIGN.md §3)`,
      });
    }
    return;
  }
  const to = layerOf(path.resolve(path.dirname(file), spec));
  if (to === null || to === from) return;
  if (from === 'ui/canvas' && to === 'ui') return;
  const allowed = allowedLayers[from] ?? [];
  if (allowed.includes(to) || (typeOnly && allowed.includes(`${to}:type`))) return;
  const hint = allowed.includes(`${to}:type`)
    ? ' (type-only imports are allowed: use `import type`)'
    : '';
  context.report({
    node: source,
    message: `layer ${from} may not import ${to} ('${spec}')${hint}; allowed: ${allowed.join(', ') || 'nothing of ours'} (DESIGN.md §3)`,
  });
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the layer rules of DESIGN.md §3' },
    schema: [],
  },
  create(context) {
    return {
      ImportDeclaration: (n) => checkImport(context, n, n.source, n.importKind === 'type'),
      ExportNamedDeclaration: (n) =>
        n.source && checkImport(context, n, n.source, n.exportKind === 'type'),
      ExportAllDeclaration: (n) => checkImport(context, n, n.source, n.exportKind === 'type'),
      ImportExpression: (n) =>
        n.source.type === 'Literal' && checkImport(context, n, n.source, false),
    };
  },
};
