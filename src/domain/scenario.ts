/**
 * A stored scenario as the UI lists it. The blueprint is Make's export format (DESIGN.md §4);
 * its full types and `restoreBlueprint()` arrive with the engine issue.
 */
export interface ScenarioRecord {
  id: string;
  name: string;
  /** Make-format blueprint JSON, always passed through restore before use. */
  blueprint: unknown;
  enabled: boolean;
  createdAt: string;
  updatedAt: string;
}

/** The blueprint of a new, empty scenario: no modules, Make's defaults for a new scenario. */
export function emptyBlueprint(name: string): Record<string, unknown> {
  return {
    name,
    flow: [],
    metadata: {
      version: 1,
      instant: false,
      scenario: {
        roundtrips: 1,
        maxErrors: 3,
        autoCommit: true,
        autoCommitTriggerLast: true,
        sequential: false,
        confidential: false,
        dataloss: false,
        dlq: false,
      },
      designer: { orphans: [] },
      weft: { bindings: {} },
    },
  };
}
