/**
 * The contract between the engine and the apps: a module is data (its spec) plus one small async
 * handler (DESIGN.md §10 rule 7). Filled in by the engine issue.
 */
export interface ModuleSpec {
  /** `app:Name`, Make's id where Make has the module (CONTRACTS.md §3). */
  id: string;
  label: string;
  description: string;
}
