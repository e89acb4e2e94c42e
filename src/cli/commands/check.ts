/**
 * `weft check <blueprint.json>` (CONTRACTS.md §2): validates without running. Prints
 * `{valid, problems, unsupported, hostUnavailable, mappingErrors}`; exit 0 when valid, else 2.
 * Unsupported modules and mapping errors are reported but do not make a blueprint invalid.
 */
import { defaultRegistry } from '../../apps';
import type { HostCapability } from '../../apps';
import { blueprintFindings } from '../../engine';
import { loadBlueprint } from '../blueprint-file';
import { writeJson } from '../write-json';
import type { Command } from './index';

const CLI_CAPABILITIES: ReadonlySet<HostCapability> = new Set(['http', 'files', 'connections']);

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
  const { hostUnavailable, mappingErrors } = blueprintFindings(
    blueprint,
    defaultRegistry,
    CLI_CAPABILITIES,
  );
  const report = {
    valid: true,
    problems: [],
    unsupported: unsupported.map((u) => ({ id: u.id, module: u.module })),
    hostUnavailable,
    mappingErrors,
  };
  writeJson(report);
  return 0;
};
