/** A problem found in a blueprint: a stable code, the JSON path, and a sentence for a person. */
export interface BlueprintProblem {
  code: string;
  /** JSON path like `flow[2].routes[0].flow[1].id`; `(root)` for the document itself. */
  path: string;
  message: string;
}

const problem = (code: string, path: string, message: string): BlueprintProblem => ({
  code,
  path: path === '' ? '(root)' : path,
  message,
});

export const notObject = (path: string, what: string): BlueprintProblem =>
  problem('DOMAIN_B001', path, `${what} must be a JSON object`);
export const notArray = (path: string, what: string): BlueprintProblem =>
  problem('DOMAIN_B002', path, `${what} must be an array`);
export const missing = (path: string, what: string): BlueprintProblem =>
  problem('DOMAIN_B003', path, `${what} is required`);
export const wrongType = (path: string, expected: string, got: unknown): BlueprintProblem =>
  problem('DOMAIN_B004', path, `expected ${expected}, got ${describe(got)}`);
export const badModuleId = (path: string, got: unknown): BlueprintProblem =>
  problem('DOMAIN_B005', path, `module id must be a positive integer, got ${describe(got)}`);
export const duplicateId = (path: string, id: number): BlueprintProblem =>
  problem('DOMAIN_B006', path, `duplicate id ${id}`);
export const badModuleType = (path: string, got: unknown): BlueprintProblem =>
  problem('DOMAIN_B007', path, `module type must look like "app:Name", got ${describe(got)}`);
export const badElse = (path: string, routes: number): BlueprintProblem =>
  problem('DOMAIN_B008', path, `fallback route index must be an integer from 0 to ${routes - 1}`);
export const misplacedDirective = (path: string, module: string): BlueprintProblem =>
  problem(
    'DOMAIN_B009',
    path,
    `${module} is an error directive: it may only end an error-handler route (onerror)`,
  );
export const badFeeder = (path: string, feeder: unknown): BlueprintProblem =>
  problem(
    'DOMAIN_B010',
    path,
    `source module ${describe(feeder)} is not a module before this aggregator on its route`,
  );
export const unknownVersion = (path: string, got: unknown): BlueprintProblem =>
  problem('DOMAIN_B011', path, `unknown blueprint format version ${describe(got)}`);
export const notJson = (message: string): BlueprintProblem =>
  problem('DOMAIN_B012', '', `not valid JSON: ${message}`);

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'object') return 'an object';
  return String(v);
}
