import { KIND_STYLES } from '../../lib/kindStyles.ts';
import { shapePath, type Shape } from '../../lib/shapePath.ts';
import type { Kind } from '../../lib/eventSchema.ts';
import type { Cluster, Mark } from './layoutMarks.ts';
import type { Tick } from './ticks.ts';

/** Colours read from the page's CSS, so canvas and page share one theme. */
export interface Palette {
  bg: string;
  text: string;
  muted: string;
  border: string;
  accent: string;
  kinds: Record<Kind, string>;
}

/** Vertical layout of the drawing, in CSS pixels. */
export interface Geometry {
  width: number;
  height: number;
  top: number;
  laneHeight: number;
  clusterY: number;
  axisY: number;
  radius: number;
}

export interface Scene {
  marks: Mark[];
  clusters: Cluster[];
  ticks: Tick[];
  x: (time: number) => number;
  selected?: string;
  hovered?: string;
}

/** The text, cut with an ellipsis to fit a width. */
function fit(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ctx.measureText(`${text.slice(0, mid)}…`).width <= width) lo = mid;
    else hi = mid - 1;
  }
  return lo > 0 ? `${text.slice(0, lo)}…` : '';
}

const paths = new Map<string, Path2D>();
function shape(name: Shape, r: number): Path2D {
  const key = `${name}:${r}`;
  let path = paths.get(key);
  if (!path) {
    path = new Path2D(shapePath(name, r));
    paths.set(key, path);
  }
  return path;
}

/** Reads the palette from CSS custom properties on an element. */
export function readPalette(element: Element): Palette {
  const css = getComputedStyle(element);
  const v = (name: string) => css.getPropertyValue(name).trim();
  const kinds = Object.fromEntries(Object.keys(KIND_STYLES).map((k) => [k, v(`--kind-${k}`)])) as Record<Kind, string>;
  return { bg: v('--bg'), text: v('--text'), muted: v('--muted'), border: v('--border'), accent: v('--accent'), kinds };
}

/**
 * Draws one frame: grid and axis, then each mark by kind (shape and colour), hollow when
 * scheduled, dashed when claimed, faded at the ends when approximate, a bar when known only
 * to a month; then clusters with their counts.
 */
export function drawTimeline(ctx: CanvasRenderingContext2D, scene: Scene, g: Geometry, palette: Palette): void {
  ctx.clearRect(0, 0, g.width, g.height);
  ctx.font = '12px system-ui, sans-serif';
  ctx.textBaseline = 'middle';

  for (const tick of scene.ticks) {
    const x = Math.round(scene.x(tick.time)) + 0.5;
    ctx.strokeStyle = palette.border;
    ctx.globalAlpha = tick.major ? 0.9 : 0.45;
    ctx.beginPath();
    ctx.moveTo(x, g.top - 4);
    ctx.lineTo(x, g.axisY);
    ctx.stroke();
    ctx.globalAlpha = 1;
    ctx.fillStyle = tick.major ? palette.text : palette.muted;
    ctx.textAlign = 'left';
    ctx.fillText(tick.label, x + 3, g.axisY + 12);
  }
  ctx.strokeStyle = palette.text;
  ctx.beginPath();
  ctx.moveTo(0, g.axisY + 0.5);
  ctx.lineTo(g.width, g.axisY + 0.5);
  ctx.stroke();

  const r = g.radius;
  for (const mark of scene.marks) {
    const { event, x0, x1, lane } = mark;
    const y = g.top + lane * g.laneHeight + g.laneHeight / 2;
    const colour = palette.kinds[event.kind];
    const hollow = event.status === 'scheduled';
    ctx.setLineDash(event.status === 'claimed' ? [3, 2] : []);
    if (x1 > x0) {
      // A span: the period the date is known to, faded at both ends if only approximate.
      const h = 10;
      if (event.approximate) {
        const gradient = ctx.createLinearGradient(x0, 0, x1, 0);
        gradient.addColorStop(0, 'transparent');
        gradient.addColorStop(0.25, colour);
        gradient.addColorStop(0.75, colour);
        gradient.addColorStop(1, 'transparent');
        ctx.fillStyle = gradient;
      } else ctx.fillStyle = colour;
      ctx.globalAlpha = hollow ? 0.15 : 0.55;
      ctx.beginPath();
      ctx.roundRect(x0, y - h / 2, x1 - x0, h, 4);
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.strokeStyle = colour;
      ctx.lineWidth = 1.5;
      if (!event.approximate) ctx.stroke();
    }
    const cx = x1 > x0 ? x0 + Math.min(r + 2, (x1 - x0) / 2) : x0;
    ctx.translate(cx, y);
    const path = shape(KIND_STYLES[event.kind].shape, r);
    ctx.globalAlpha = event.approximate && x1 === x0 ? 0.6 : 1;
    ctx.fillStyle = hollow ? palette.bg : colour;
    ctx.fill(path);
    ctx.strokeStyle = hollow ? colour : palette.text;
    ctx.lineWidth = hollow ? 2 : 1.2;
    ctx.stroke(path);
    ctx.globalAlpha = 1;
    ctx.setLineDash([]);
    if (event.id === scene.selected || event.id === scene.hovered) {
      ctx.strokeStyle = palette.accent;
      ctx.lineWidth = event.id === scene.selected ? 3 : 1.5;
      ctx.beginPath();
      ctx.arc(0, 0, r + 4, 0, Math.PI * 2);
      ctx.stroke();
    }
    ctx.translate(-cx, -y);
    // A title fits where the lane is free to the right of the mark.
    const room = (x1 > x0 ? 0 : mark.room) - 6;
    if (room > 48) {
      ctx.fillStyle = palette.text;
      ctx.textAlign = 'left';
      ctx.fillText(fit(ctx, event.title, room), cx + r + 5, y);
    }
  }

  ctx.textAlign = 'center';
  for (const cluster of scene.clusters) {
    const label = `+${cluster.events.length}`;
    const w = Math.max(22, ctx.measureText(label).width + 10);
    ctx.fillStyle = palette.muted;
    ctx.beginPath();
    ctx.roundRect(cluster.x - w / 2, g.clusterY - 9, w, 18, 9);
    ctx.fill();
    ctx.fillStyle = palette.bg;
    ctx.fillText(label, cluster.x, g.clusterY);
  }
  ctx.lineWidth = 1;
}
