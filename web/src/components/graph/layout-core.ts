// The graph layout: deterministic start positions (a golden-angle spiral, heaviest nodes in the middle), then ForceAtlas2
// with node sizes taken into account, so the same graph always gets the same picture.
import type GraphCtor from 'graphology';
import type forceAtlas2Fn from 'graphology-layout-forceatlas2';

export interface LayoutRequest {
  /** node sizes in order; positions come back in the same order */
  sizes: number[];
  /** [source index, target index, weight] */
  edges: Array<[number, number, number]>;
}

/** x0, y0, x1, y1, ... for the nodes of `req` */
export function layoutGraph(req: LayoutRequest, Graph: typeof GraphCtor, forceAtlas2: typeof forceAtlas2Fn): Float32Array {
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const n = req.sizes.length;
  for (let i = 0; i < n; i++) {
    const r = 10 * Math.sqrt(i + 1);
    g.addNode(i, { x: r * Math.cos(i * 2.39996), y: r * Math.sin(i * 2.39996), size: req.sizes[i] ?? 1 });
  }
  for (const [a, b, w] of req.edges) {
    if (a === b || a >= n || b >= n) continue;
    if (g.hasEdge(a, b)) g.updateEdgeAttribute(a, b, 'weight', (x: number | undefined) => (x ?? 0) + w);
    else g.addEdge(a, b, { weight: w });
  }
  const settings = {
    ...forceAtlas2.inferSettings(g),
    adjustSizes: true,
    // LinLog separates communities; hubs (a country in every release) are spread out instead of pulling everything in
    linLogMode: true,
    outboundAttractionDistribution: true,
    // weights are event counts: a hub with hundreds of reports should not collapse onto its neighbours
    edgeWeightInfluence: 0.5,
    barnesHutOptimize: n > 250,
    gravity: 0.5,
    scalingRatio: 8,
  };
  forceAtlas2.assign(g, { iterations: n > 250 ? 250 : 400, settings, getEdgeWeight: 'weight' });
  const out = new Float32Array(2 * n);
  g.forEachNode((key, attr) => {
    const i = Number(key);
    out[2 * i] = attr.x as number;
    out[2 * i + 1] = attr.y as number;
  });
  return out;
}
