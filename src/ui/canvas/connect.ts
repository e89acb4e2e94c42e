import {
  ConnectionMode,
  XYHandle,
  type ConnectionInProgress,
  type ConnectionState,
  type InternalNodeBase,
} from '@xyflow/system';
import type { InternalFlowNode } from './geometry';
import type { Viewport } from './types';

/** A link being drawn: from a handle (flow coordinates) to the pointer (pane pixels). */
export interface PendingLink {
  fromX: number;
  fromY: number;
  toX: number;
  toY: number;
  valid: boolean | null;
}

export interface ConnectContext {
  pane: () => HTMLElement | undefined;
  lookup: () => Map<string, InternalFlowNode>;
  viewport: () => Viewport;
  panBy: (dx: number, dy: number) => Promise<boolean>;
  /** The line to draw while dragging, or null when the drag ends. */
  show: (link: PendingLink | null) => void;
  connect: (source: string, target: string) => void;
}

/**
 * Starts drawing a link from a node's output handle (XYHandle from @xyflow/system); dropping it
 * on another node's input handle (or near it) calls `connect`.
 *
 * @example handleEl.onmousedown = (e) => startLink(e, '3', handleEl, ctx);
 */
export function startLink(
  event: MouseEvent,
  nodeId: string,
  handleDomNode: Element,
  ctx: ConnectContext,
): void {
  const toLink = (c: ConnectionState<InternalNodeBase>): PendingLink | null => {
    if (!c.inProgress) return null;
    const p = c as ConnectionInProgress<InternalNodeBase>;
    const v = ctx.viewport();
    return {
      fromX: p.from.x * v.zoom + v.x,
      fromY: p.from.y * v.zoom + v.y,
      toX: p.to.x,
      toY: p.to.y,
      valid: p.isValid,
    };
  };
  let from: ConnectionInProgress<InternalNodeBase>['fromHandle'] | null = null;
  XYHandle.onPointerDown(event, {
    autoPanOnConnect: true,
    connectionMode: ConnectionMode.Strict,
    connectionRadius: 30,
    domNode: (ctx.pane() as HTMLDivElement | undefined) ?? null,
    handleId: null,
    nodeId,
    isTarget: false,
    nodeLookup: ctx.lookup(),
    lib: 'weft',
    flowId: null,
    panBy: ({ x, y }) => ctx.panBy(x, y),
    cancelConnection: () => {
      from = null;
      ctx.show(null);
    },
    updateConnection: (c) => {
      if (c.inProgress) from = c.fromHandle;
      ctx.show(toLink(c));
    },
    onConnect: (c) => {
      if (c.source !== c.target) ctx.connect(c.source, c.target);
    },
    getTransform: () => {
      const v = ctx.viewport();
      return [v.x, v.y, v.zoom];
    },
    getFromHandle: () => from,
    handleDomNode,
  });
}
