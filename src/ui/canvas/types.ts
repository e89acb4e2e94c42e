/** What the canvas draws. The editor derives these from the blueprint; the canvas owns no state. */
export interface CanvasNode {
  /** The module id as text. */
  id: string;
  x: number;
  y: number;
  /** Accessible name: "<Module label> (<id>)" (CONTRACTS.md §6). */
  name: string;
  label: string;
  /** App name shown under the label. */
  app: string;
  /** Icon letter(s) and colour of the app. */
  glyph: string;
  color: string;
  /** Routers draw smaller; directives draw as flags. */
  shape: 'module' | 'router' | 'directive';
  unsupported?: boolean;
  note?: string;
  /** Run state: lit while running, then its bubble. */
  state?: 'running' | 'done' | 'error';
  operations?: number;
}

export interface CanvasEdge {
  id: string;
  source: string;
  target: string;
  kind: 'flow' | 'route' | 'error';
  /** The filter's label, or '' when the link has no filter. */
  filter?: string;
  fallback?: boolean;
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** A module node is a square box; the circle and label sit inside it. */
export const NODE_SIZE = 96;
export const HANDLE_SIZE = 14;
