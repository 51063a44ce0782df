// The actor network drawn by sigma.js (WebGL) over a graphology graph laid out by ForceAtlas2 in a web worker:
// zoom (wheel, buttons), pan, drag a node, hover to light up its neighbourhood, click a node or an edge for its evidence.
import { useEffect, useRef, useState } from 'preact/hooks';
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { layoutInWorker } from './graph/layout';
import { drawHoverInFrame, drawLabelInFrame } from './graph/labels';

export interface ActorNode { id: number; name: string; type: string; weight: number; role?: string | null }
export interface ActorEdge { source: number; target: number; weight: number; type: string | null; quad: string | null; sources?: number | null }

const TYPE_COLOR: Record<string, string> = {
  PERSON: '#f5b041', ORG: '#5dade2', GPE: '#58d68d', LOC: '#48c9b0', NORP: '#bb8fce', FAC: '#d7a98c', EVENT: '#ec7f99',
};
// the quad colours of the legend, lightened (35% white) so that labels and nodes stay readable over a dense hub
const QUAD_COLOR: Record<string, string> = {
  'verbal-cooperation': '#78b6de', 'material-cooperation': '#6abc8d', 'verbal-conflict': '#f7bf65', 'material-conflict': '#d67e75',
};
const FADED_NODE = '#e4e7eb';
const COMENTION = '#b8c0c8';

interface NodeAttr { label: string; size: number; color: string; x: number; y: number }
interface EdgeAttr { size: number; color: string; type: 'arrow' | 'line'; a: number; b: number; label: string }

export interface ActorGraphProps {
  nodes: ActorNode[];
  edges: ActorEdge[];
  /** events are directed (arrows); co-mentions are not */
  directed: boolean;
  /** the pair whose evidence is open */
  selected: { a: number; b: number } | null;
  /** the node whose links are listed */
  focus: number | null;
  onEdge: (a: number, b: number) => void;
  onNode: (id: number) => void;
}

/** The interaction state the reducers read; kept outside Preact so hovering does not re-render the page. */
interface View { hovered: string | null; neighbours: Set<string>; selected: { a: string; b: string } | null; focus: string | null }

export function ActorGraph({ nodes, edges, directed, selected, focus, onEdge, onNode }: ActorGraphProps) {
  const box = useRef<HTMLDivElement>(null);
  const sigma = useRef<Sigma<NodeAttr, EdgeAttr> | null>(null);
  const view = useRef<View>({ hovered: null, neighbours: new Set(), selected: null, focus: null });
  const handlers = useRef({ onEdge, onNode });
  handlers.current = { onEdge, onNode };
  const [status, setStatus] = useState<{ phase: 'layout' | 'ready' | 'error'; message?: string }>({ phase: 'layout' });

  useEffect(() => {
    const container = box.current;
    if (!container) return;
    setStatus({ phase: 'layout' });
    const graph = new MultiDirectedGraph<NodeAttr, EdgeAttr>();
    const maxN = Math.max(1, ...nodes.map((n) => n.weight));
    const maxW = Math.max(1, ...edges.map((e) => e.weight));
    const index = new Map<number, number>();
    // node radius in pixels: smaller when there are many, so that a few hundred still leave room between them
    const minSize = nodes.length > 250 ? 2 : 3;
    const maxSize = nodes.length > 250 ? 10 : 14;
    nodes.forEach((n, i) => {
      index.set(n.id, i);
      graph.addNode(String(n.id), { label: n.name, size: minSize + (maxSize - minSize) * Math.sqrt(n.weight / maxN), color: TYPE_COLOR[n.type] ?? '#b0b7bf', x: 0, y: 0 });
    });
    const pairs: Array<[number, number, number]> = [];
    edges.forEach((e, i) => {
      const s = index.get(e.source);
      const t = index.get(e.target);
      if (s === undefined || t === undefined || s === t) return;
      pairs.push([s, t, e.weight]);
      const label = `${nodes[s]?.name} ${e.type ? `—${e.type}→` : '&'} ${nodes[t]?.name}: ${e.weight}${e.sources != null ? ` (${e.sources} sources)` : ''}`;
      graph.addEdgeWithKey(String(i), String(e.source), String(e.target), {
        size: 0.5 + 3.5 * Math.sqrt(e.weight / maxW), color: e.quad ? QUAD_COLOR[e.quad] ?? COMENTION : COMENTION,
        type: directed ? 'arrow' : 'line', a: e.source, b: e.target, label,
      });
    });
    const job = layoutInWorker({ sizes: nodes.map((n) => graph.getNodeAttribute(String(n.id), 'size')), edges: pairs });
    let renderer: Sigma<NodeAttr, EdgeAttr> | null = null;
    let cancelled = false;
    job.result.then((pos) => {
      if (cancelled) return;
      // a force layout comes out round; the frame is wide: stretch x to the frame's aspect so the labels get the room
      const xs = nodes.map((_, i) => pos[2 * i] ?? 0);
      const ys = nodes.map((_, i) => pos[2 * i + 1] ?? 0);
      const spanX = Math.max(...xs) - Math.min(...xs) || 1;
      const spanY = Math.max(...ys) - Math.min(...ys) || 1;
      const frame = container.clientWidth / Math.max(1, container.clientHeight);
      const stretch = Math.min(2.5, Math.max(1, frame / (spanX / spanY)));
      nodes.forEach((n, i) => graph.mergeNodeAttributes(String(n.id), { x: (xs[i] ?? 0) * stretch, y: ys[i] ?? 0 }));
      renderer = new Sigma<NodeAttr, EdgeAttr>(graph, container, {
        stagePadding: 40,
        labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        labelSize: 12,
        labelWeight: '500',
        labelDensity: 1,
        labelGridCellSize: 70,
        labelRenderedSizeThreshold: 1.5,
        defaultDrawNodeLabel: drawLabelInFrame,
        defaultDrawNodeHover: drawHoverInFrame,
        enableEdgeEvents: true,
        // a few hundred links and more: edges are left out while the camera moves (and come back when it stops), which
        // keeps panning and zooming smooth even with software WebGL; labels and nodes stay
        hideEdgesOnMove: edges.length > 300,
        zIndex: true,
        minCameraRatio: 0.05,
        maxCameraRatio: 4,
        nodeReducer: (key, attr) => reduceNode(view.current, key, attr),
        edgeReducer: (key, attr) => reduceEdge(view.current, graph, key, attr),
      });
      wire(renderer, graph, view.current, () => handlers.current);
      sigma.current = renderer;
      container.dataset.nodes = String(graph.order);
      setStatus({ phase: 'ready' });
    }, (e: unknown) => {
      if (!cancelled) setStatus({ phase: 'error', message: e instanceof Error ? e.message : String(e) });
    });
    return () => {
      cancelled = true;
      job.cancel();
      renderer?.kill();
      sigma.current = null;
      delete container.dataset.nodes;
    };
  }, [nodes, edges, directed]);

  useEffect(() => {
    view.current.selected = selected ? { a: String(selected.a), b: String(selected.b) } : null;
    view.current.focus = focus !== null ? String(focus) : null;
    sigma.current?.refresh({ skipIndexation: true });
  }, [selected?.a, selected?.b, focus, status.phase]);

  const camera = () => sigma.current?.getCamera();
  return (
    <div class="actor-graph">
      <div ref={box} class="graph-canvas" role="img" aria-label={`actor network of ${nodes.length} entities and ${edges.length} links; the list below gives the same links`} data-phase={status.phase} />
      <div class="graph-tools" role="group" aria-label="zoom">
        <button type="button" aria-label="zoom in" onClick={() => void camera()?.animatedZoom({ duration: 200 })}>+</button>
        <button type="button" aria-label="zoom out" onClick={() => void camera()?.animatedUnzoom({ duration: 200 })}>−</button>
        <button type="button" aria-label="fit the whole graph" onClick={() => void camera()?.animatedReset({ duration: 200 })}>fit</button>
      </div>
      {status.phase === 'layout' && <p class="state loading graph-status" role="status">Laying out {nodes.length} entities…</p>}
      {status.phase === 'error' && <p class="state error graph-status" role="alert">{status.message}</p>}
    </div>
  );
}

function reduceNode(v: View, key: string, attr: NodeAttr): Partial<NodeDisplayData> {
  const out: Partial<NodeDisplayData> = { ...attr };
  const lit = v.selected && (key === v.selected.a || key === v.selected.b);
  if (v.hovered) {
    if (key === v.hovered || v.neighbours.has(key)) out.forceLabel = true;
    else {
      out.color = FADED_NODE;
      out.label = '';
      out.zIndex = 0;
    }
  }
  if (lit || key === v.focus) {
    out.highlighted = true;
    out.forceLabel = true;
    out.zIndex = 2;
  }
  return out;
}

function reduceEdge(v: View, graph: MultiDirectedGraph<NodeAttr, EdgeAttr>, key: string, attr: EdgeAttr): Partial<EdgeDisplayData> {
  const out: Partial<EdgeDisplayData> = { ...attr, label: null };
  const [s, t] = graph.extremities(key);
  if (v.hovered && s !== v.hovered && t !== v.hovered) out.hidden = true;
  const sel = v.selected;
  if (sel && ((s === sel.a && t === sel.b) || (s === sel.b && t === sel.a))) {
    out.size = attr.size + 3;
    out.zIndex = 2;
  } else if (v.focus && (s === v.focus || t === v.focus)) out.zIndex = 1;
  return out;
}

/** Hover, click and drag. Dragging freezes the frame (custom bbox) so the graph does not rescale under the pointer. */
function wire(r: Sigma<NodeAttr, EdgeAttr>, graph: MultiDirectedGraph<NodeAttr, EdgeAttr>, v: View,
  handlers: () => { onEdge: (a: number, b: number) => void; onNode: (id: number) => void }): void {
  let dragged: string | null = null;
  let moved = false;
  r.on('enterNode', ({ node }) => {
    r.getContainer().style.cursor = 'pointer';
    v.hovered = node;
    v.neighbours = new Set(graph.neighbors(node));
    r.refresh({ skipIndexation: true });
  });
  r.on('leaveNode', () => {
    r.getContainer().style.cursor = '';
    v.hovered = null;
    v.neighbours = new Set();
    r.refresh({ skipIndexation: true });
  });
  r.on('clickNode', ({ node }) => {
    if (!moved) handlers().onNode(Number(node));
  });
  r.on('clickEdge', ({ edge }) => {
    const e = graph.getEdgeAttributes(edge);
    handlers().onEdge(e.a, e.b);
  });
  r.on('enterEdge', () => { r.getContainer().style.cursor = 'pointer'; });
  r.on('leaveEdge', () => { r.getContainer().style.cursor = ''; });
  r.on('downNode', ({ node }) => {
    dragged = node;
    moved = false;
    if (!r.getCustomBBox()) r.setCustomBBox(r.getBBox());
  });
  r.on('moveBody', ({ event }) => {
    if (!dragged) return;
    moved = true;
    const p = r.viewportToGraph(event);
    graph.mergeNodeAttributes(dragged, { x: p.x, y: p.y });
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  const release = (): void => { dragged = null; };
  r.on('upNode', release);
  r.on('upStage', release);
}
