// ForceAtlas2 off the main thread: the page stays responsive while a 500-node graph is laid out.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { layoutGraph, type LayoutRequest } from './layout-core';

self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  const positions = layoutGraph(e.data, Graph, forceAtlas2);
  (self as unknown as Worker).postMessage(positions, [positions.buffer]);
};
