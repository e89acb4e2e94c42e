import type { ModuleNode } from '../../domain';
import { ROUTER_MODULE } from '../../domain';
import { moduleInfo } from './module-info';

/**
 * A fresh module of a type, with its spec's parameter defaults, at a canvas position.
 *
 * @example newModule('builtin:BasicFeeder', 2, { x: 300, y: 0 }).mapper; // {}
 */
export function newModule(type: string, id: number, at: { x: number; y: number }): ModuleNode {
  const spec = moduleInfo(type).spec;
  const parameters: Record<string, unknown> = {};
  const mapper: Record<string, unknown> = {};
  for (const f of spec?.parameters ?? [])
    if (f.default !== undefined) parameters[f.name] = f.default;
  for (const f of spec?.mapper ?? []) if (f.default !== undefined) mapper[f.name] = f.default;
  const node: ModuleNode = {
    id,
    module: type,
    version: 1,
    parameters,
    mapper: type === ROUTER_MODULE ? null : mapper,
    metadata: { designer: { x: Math.round(at.x), y: Math.round(at.y) } },
  };
  if (type === ROUTER_MODULE) node.routes = [];
  return node;
}
