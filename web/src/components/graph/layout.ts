// Runs the ForceAtlas2 layout in a web worker (a file of our own origin, so the strict CSP holds) and resolves positions.
import type { LayoutRequest } from './layout-core';

export function layoutInWorker(req: LayoutRequest): { result: Promise<Float32Array>; cancel: () => void } {
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  const result = new Promise<Float32Array>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<Float32Array>) => {
      resolve(e.data);
      worker.terminate();
    };
    worker.onerror = (e) => {
      reject(new Error(`the graph layout failed: ${e.message}`));
      worker.terminate();
    };
  });
  worker.postMessage(req);
  return { result, cancel: () => worker.terminate() };
}
