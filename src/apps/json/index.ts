/** json: Parse JSON, Create JSON, Transform to JSON, Aggregate to JSON. */
import { aggregateToJson, createJson, transformToJson } from './create-json';
import { parseJson } from './parse-json';

export { loadStructure } from './load-structure';
export { validateStructure } from './validate-structure';

export const jsonModules = [parseJson, createJson, transformToJson, aggregateToJson];
export { blueprintDataStructures } from './blueprint-data-structures';
