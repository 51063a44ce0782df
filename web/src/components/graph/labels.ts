// Node labels that stay inside the frame: sigma draws a label to the right of its node; near the right or bottom edge
// that label would be cut off ("Summita", "My…"), so it goes to the left of the node, and is clamped inside as a last resort.

/** Empty pixels kept between a label and the frame (the browser test checks this strip stays blank). */
export const LABEL_MARGIN = 4;

export interface Box { x: number; y: number; w: number; h: number }

/**
 * Where a label of `width` × `height` CSS pixels goes for a node at (x, y) of radius `r` in a frame of `frameW` × `frameH`:
 * right of the node when it fits, else left of it, then clamped so that it never crosses the frame.
 */
export function placeLabel(x: number, y: number, r: number, width: number, height: number, frameW: number, frameH: number): Box {
  const gap = 3;
  let left = x + r + gap;
  if (left + width > frameW - LABEL_MARGIN) left = x - r - gap - width;
  left = Math.max(LABEL_MARGIN, Math.min(left, frameW - LABEL_MARGIN - width));
  let top = y - height / 2;
  top = Math.max(LABEL_MARGIN, Math.min(top, frameH - LABEL_MARGIN - height));
  return { x: left, y: top, w: width, h: height };
}

/** The frame in CSS pixels: sigma scales each 2D context by the device pixel ratio. */
function frameOf(context: CanvasRenderingContext2D): { w: number; h: number } {
  const ratio = context.getTransform().a || 1;
  return { w: context.canvas.width / ratio, h: context.canvas.height / ratio };
}

/** What sigma passes a label drawer: the node in viewport pixels, and the label settings. */
interface LabelData { x: number; y: number; size: number; label?: string | null; forceLabel?: boolean }
interface LabelSettings { labelWeight: string; labelSize: number; labelFont: string }

function font(settings: LabelSettings): string {
  return `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
}

/** Text widths by font and label: measuring every label on every frame of a pan costs more than drawing it. */
const widths = new Map<string, number>();

function measure(context: CanvasRenderingContext2D, f: string, label: string): number {
  const key = `${f}\u0000${label}`;
  let w = widths.get(key);
  if (w === undefined) {
    if (widths.size > 5000) widths.clear();
    w = context.measureText(label).width;
    widths.set(key, w);
  }
  return w;
}

/**
 * Sigma hands over one frame's labels synchronously, in grid order; they are queued and drawn in a microtask right after
 * the frame, biggest node first (forced labels, such as a hovered node's neighbours, before all), and a label that would
 * overlap one already drawn is left out: sigma's grid keeps one label per cell, but a long name runs over its neighbours.
 */
let queue: Array<{ context: CanvasRenderingContext2D; data: LabelData; settings: LabelSettings }> = [];

export function drawLabelInFrame(context: CanvasRenderingContext2D, data: LabelData, settings: LabelSettings): void {
  if (!data.label) return;
  if (queue.length === 0) queueMicrotask(flush);
  queue.push({ context, data: { ...data }, settings });
}

function flush(): void {
  const items = queue;
  queue = [];
  items.sort((a, b) => Number(!!b.data.forceLabel) - Number(!!a.data.forceLabel) || b.data.size - a.data.size);
  const drawn: Box[] = [];
  for (const { context, data, settings } of items) {
    let label = data.label ?? '';
    const f = font(settings);
    context.font = f;
    const frame = frameOf(context);
    // a name longer than the frame is wide (a narrow window) is shortened rather than cut by the edge
    let width = measure(context, f, label);
    while (width > frame.w - 2 * LABEL_MARGIN && label.length > 2) {
      label = `${label.slice(0, -2)}…`;
      width = measure(context, f, label);
    }
    const box = placeLabel(data.x, data.y, data.size, width, settings.labelSize, frame.w, frame.h);
    if (drawn.some((d) => box.x < d.x + d.w + 2 && d.x < box.x + box.w + 2 && box.y < d.y + d.h && d.y < box.y + box.h)) continue;
    drawn.push(box);
    // a light box keeps a label readable over edges (a stroked text halo costs twice the time per frame of a pan)
    context.fillStyle = 'rgba(255,255,255,0.75)';
    context.fillRect(box.x - 1, box.y, box.w + 2, box.h);
    context.textBaseline = 'middle';
    context.fillStyle = '#1d232b';
    context.fillText(label, box.x, box.y + box.h / 2);
    context.textBaseline = 'alphabetic';
  }
}

/** The hovered node: a white box with its label, inside the frame by the same rule. */
export function drawHoverInFrame(context: CanvasRenderingContext2D, data: LabelData, settings: LabelSettings): void {
  const size = settings.labelSize;
  context.font = font(settings);
  const frame = frameOf(context);
  const pad = 3;
  const label = data.label ?? '';
  const width = context.measureText(label).width + 2 * pad;
  const box = placeLabel(data.x, data.y, data.size, width, size + 2 * pad, frame.w, frame.h);
  context.fillStyle = '#fff';
  context.shadowBlur = 6;
  context.shadowColor = 'rgba(0,0,0,0.45)';
  context.beginPath();
  context.arc(data.x, data.y, data.size + 2, 0, Math.PI * 2);
  context.fill();
  if (label) context.fillRect(box.x, box.y, box.w, box.h);
  context.shadowBlur = 0;
  if (!label) return;
  context.fillStyle = '#1d232b';
  context.textBaseline = 'middle';
  context.fillText(label, box.x + pad, box.y + box.h / 2);
  context.textBaseline = 'alphabetic';
}
