import { BLUEPRINT_VERSION } from './blueprint';
import { SCENARIO_DEFAULTS } from './defaults';
import * as E from './errors';
import type { BlueprintProblem } from './errors';
import { isNonNegativeInt, isObject, isPositiveInt } from './json-guards';
import type { JsonObject } from './json-guards';

const BOOLEAN_SETTINGS = [
  'autoCommit',
  'autoCommitTriggerLast',
  'sequential',
  'confidential',
  'dataloss',
  'dlq',
  'freshVariables',
] as const;

/** Fills Make's defaults into `doc.metadata` in place and reports wrong types. */
export function restoreMetadata(doc: JsonObject, problems: BlueprintProblem[]): void {
  if (doc.metadata === undefined || doc.metadata === null) doc.metadata = {};
  const meta = doc.metadata;
  if (!isObject(meta)) {
    problems.push(E.notObject('metadata', 'metadata'));
    return;
  }
  if (meta.version === undefined) meta.version = BLUEPRINT_VERSION;
  else if (meta.version !== BLUEPRINT_VERSION)
    problems.push(E.unknownVersion('metadata.version', meta.version));
  if (meta.instant === undefined) meta.instant = false;
  else if (typeof meta.instant !== 'boolean')
    problems.push(E.wrongType('metadata.instant', 'a boolean', meta.instant));

  restoreSettings(meta, problems);

  if (meta.designer === undefined || meta.designer === null) meta.designer = {};
  if (!isObject(meta.designer)) problems.push(E.notObject('metadata.designer', 'designer'));
  else {
    if (meta.designer.orphans === undefined) meta.designer.orphans = [];
    checkNotes(meta.designer.notes, 'metadata.designer.notes', problems);
  }
  checkNotes(meta.notes, 'metadata.notes', problems);

  if (meta.weft !== undefined) restoreWeft(meta.weft, problems);
}

function restoreSettings(meta: JsonObject, problems: BlueprintProblem[]): void {
  if (meta.scenario === undefined || meta.scenario === null) meta.scenario = {};
  const s = meta.scenario;
  if (!isObject(s)) {
    problems.push(E.notObject('metadata.scenario', 'scenario settings'));
    return;
  }
  for (const [key, value] of Object.entries(SCENARIO_DEFAULTS)) {
    if (s[key] === undefined) s[key] = value;
  }
  const at = (k: string) => `metadata.scenario.${k}`;
  if (!isPositiveInt(s.roundtrips))
    problems.push(E.wrongType(at('roundtrips'), 'a positive integer', s.roundtrips));
  if (!isNonNegativeInt(s.maxErrors))
    problems.push(E.wrongType(at('maxErrors'), 'an integer ≥ 0', s.maxErrors));
  for (const k of BOOLEAN_SETTINGS) {
    if (typeof s[k] !== 'boolean') problems.push(E.wrongType(at(k), 'a boolean', s[k]));
  }
  if (s.slots !== null && !isNonNegativeInt(s.slots))
    problems.push(E.wrongType(at('slots'), 'null or an integer', s.slots));
}

function restoreWeft(weft: unknown, problems: BlueprintProblem[]): void {
  if (!isObject(weft)) {
    problems.push(E.notObject('metadata.weft', 'metadata.weft'));
    return;
  }
  if (weft.bindings === undefined) weft.bindings = {};
  if (!isObject(weft.bindings)) {
    problems.push(E.notObject('metadata.weft.bindings', 'bindings'));
    return;
  }
  for (const [key, value] of Object.entries(weft.bindings)) {
    if (typeof value !== 'string')
      problems.push(E.wrongType(`metadata.weft.bindings.${key}`, 'a string', value));
  }
}

/** Notes are kept as they are; only their shape (an array of objects) is checked. */
function checkNotes(notes: unknown, path: string, problems: BlueprintProblem[]): void {
  if (notes === undefined) return;
  if (!Array.isArray(notes)) {
    problems.push(E.notArray(path, 'notes'));
    return;
  }
  notes.forEach((n: unknown, i) => {
    if (!isObject(n)) problems.push(E.notObject(`${path}[${i}]`, 'a note'));
  });
}
