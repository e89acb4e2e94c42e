/**
 * `weft check <blueprint.json>` (CONTRACTS.md §2): validates without running. Prints
 * `{valid, problems, unsupported, hostUnavailable, mappingErrors}`; exit 0 when valid, else 2.
 * Unsupported modules and mapping errors are reported but do not make a blueprint invalid.
 */
import { defaultRegistry } from '../../apps';
import { allModules } from '../../domain';
import type { Blueprint } from '../../domain';
import { compileValue } from '../../iml';
import { loadBlueprint } from '../blueprint-file';
import { writeJson } from '../write-json';
import type { Command } from './index';

const CLI_CAPABILITIES = new Set(['http', 'files', 'connections']);

interface MappingError {
  path: string;
  code: string;
  message: string;
  span: [number, number];
}

function mappingErrors(blueprint: Blueprint): MappingError[] {
  const out: MappingError[] = [];
  const check = (value: unknown, path: string) => {
    if (value === undefined || value === null) return;
    for (const e of compileValue(value, path).errors)
      out.push({ path: e.path, code: e.code, message: e.message, span: e.span });
  };
  for (const { node, path } of allModules(blueprint)) {
    check(node.mapper, `${path}.mapper`);
    node.filter?.conditions.forEach((group, g) =>
      group.forEach((c, i) => {
        check(c.a, `${path}.filter.conditions[${g}][${i}].a`);
        check(c.b, `${path}.filter.conditions[${g}][${i}].b`);
      }),
    );
    check(node.flags?.groupBy, `${path}.flags.groupBy`);
  }
  return out;
}

export const checkCommand: Command = async (args) => {
  const [file, extra] = args;
  if (file === undefined || extra !== undefined || file.startsWith('--')) {
    process.stderr.write('weft check: usage: weft check <blueprint.json>\n');
    return 2;
  }
  const loaded = loadBlueprint(file);
  if (!loaded.ok) {
    const problems = loaded.problems.map((p) => ({ path: p.path, message: p.message }));
    const report = {
      valid: false,
      problems,
      unsupported: [],
      hostUnavailable: [],
      mappingErrors: [],
    };
    writeJson(report);
    return 2;
  }
  const { blueprint, unsupported } = loaded.value;
  const hostUnavailable = allModules(blueprint).flatMap(({ node }) => {
    const needs = (defaultRegistry.get(node.module)?.handler.requires ?? []).filter(
      (c) => !CLI_CAPABILITIES.has(c),
    );
    return needs.length > 0 ? [{ id: node.id, module: node.module, needs }] : [];
  });
  const report = {
    valid: true,
    problems: [],
    unsupported: unsupported.map((u) => ({ id: u.id, module: u.module })),
    hostUnavailable,
    mappingErrors: mappingErrors(blueprint),
  };
  writeJson(report);
  return 0;
};
