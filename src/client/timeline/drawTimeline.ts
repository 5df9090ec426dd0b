import { KIND_LOOKS } from '../../lib/kindLooks.ts';
import { localCount } from '../i18n/clientText.ts';
import { shapePath, type Shape } from '../../lib/shapePath.ts';
import type { Kind, Status } from '../../lib/eventSchema.ts';
import { fitLabel } from './fitLabel.ts';
import { laneY, type Geometry } from './geometry.ts';
import { MARK_RING } from './markRing.ts';
import type { Cluster, Mark } from './layoutMarks.ts';
import type { Tick } from './ticks.ts';

/**
 * The font of titles and ticks; titles are measured in it before the layout is made. The page's
 * own family once followPageFont has read it: a Thai or Khmer edition sets its script's font.
 */
// A live binding: importers read the font in force when they measure or draw.
export let LABEL_FONT = '12px system-ui, sans-serif';

/**
 * Takes the label font's family from the element's CSS (an edition's Noto Sans Thai or Khmer
 * first, as its pages' text has it) and calls `changed` whenever web fonts finish loading: titles
 * measured in the fallback font would be laid out too narrow or too wide once the real one draws.
 * It stops listening when `signal` aborts: an element put back in the page follows the font once.
 */
export function followPageFont(element: Element, changed: () => void, signal: AbortSignal): void {
  const family = getComputedStyle(element).fontFamily;
  if (family) LABEL_FONT = `12px ${family}`;
  // `ready` covers faces loading now; `loadingdone`, a face the canvas's text starts later. A page
  // with no web font (English) loads none, and its titles are not measured twice.
  if (document.fonts?.status === 'loading') void document.fonts.ready.then(() => {
    if (!signal.aborted) changed();
  });
  document.fonts?.addEventListener('loadingdone', changed, { signal });
}
const LABEL_HEIGHT = 14;

/** What a context reported as its font once given LABEL_FONT, by the font asked for. */
const realized = new Map<string, string>();

/**
 * Sets the context's font to LABEL_FONT unless it holds it already. Setting a canvas's font makes
 * Chromium bring the page's style up to date first, whatever the font: every frame that set it
 * restyled there the page its handler had just changed (a filter change's counts, the start's
 * attributes), as a forced style recalculation. Reading the font back forces nothing; resizing
 * the canvas resets it, and it is set again.
 */
export function useLabelFont(ctx: CanvasRenderingContext2D): void {
  if (ctx.font === realized.get(LABEL_FONT)) return;
  ctx.font = LABEL_FONT;
  realized.set(LABEL_FONT, ctx.font);
}

/** A title as drawn: its text (shortened or whole), the full title, and its box in CSS pixels. */
export interface DrawnLabel {
  id: string;
  text: string;
  full: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A ring as drawn round a selected or hovered mark: its centre, and how far its line reaches from it, in CSS pixels. */
export interface DrawnRing {
  id: string;
  x: number;
  y: number;
  reach: number;
}

/** What a frame drew that the page's tests measure: titles and rings. */
export interface Drawn {
  labels: DrawnLabel[];
  rings: DrawnRing[];
}

/** Colours read from the page's CSS, so canvas and page share one theme. */
export interface Palette {
  bg: string;
  text: string;
  muted: string;
  border: string;
  accent: string;
  kinds: Record<Kind, string>;
}

export interface Scene {
  marks: Mark[];
  clusters: Cluster[];
  ticks: Tick[];
  x: (time: number) => number;
  selected?: string;
  hovered?: string;
  /**
   * A text's width in LABEL_FONT. Shortening a title measures several of its beginnings, each
   * frame; a caller that draws many frames passes a measure that remembers them.
   */
  measure?: (text: string) => number;
  /**
   * Runs a task in idle time. Given, a frame of fewer than DIRECT_MARKS marks draws the looks it
   * has no sprite for as paths and asks for makeSprites here; without it, sprites are made at once.
   */
  later?: (task: () => void) => void;
}

/** How a mark's shape is drawn. */
interface ShapeLook {
  shape: Shape;
  r: number;
  /** Device pixels per CSS pixel. */
  ratio: number;
  claimed: boolean;
  alpha: number;
  fill: string;
  stroke: string;
  lineWidth: number;
}

/** A sprite: a bitmap where the browser has one, which a frame copies without first taking a snapshot of a canvas. */
type Sprite = (ImageBitmap | HTMLCanvasElement) & { readonly width: number };
const sprites = new Map<string, Sprite>();
/** Looks a frame drew as paths, for makeSprites to make in idle time; by key. */
const unmade = new Map<string, ShapeLook>();
const keyOf = (look: ShapeLook) => `${look.shape} ${look.r} ${look.ratio} ${look.claimed} ${look.alpha} ${look.fill} ${look.stroke} ${look.lineWidth}`;

/**
 * A frame of fewer marks than this draws a look it has no sprite for as a path, and its sprite is
 * made in idle time: at the start, making a canvas and a context for each of a dozen looks cost
 * more than drawing the few marks (the first draw at 200 events took 36 ms, most of it sprites).
 * Above it, filling and stroking every mark costs more than making the sprites.
 */
export const DIRECT_MARKS = 300;

/** Fills and strokes a look's shape centred on the context's origin. */
function paintShape(ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D, look: ShapeLook): void {
  const path = shape(look.shape, look.r);
  ctx.globalAlpha = look.alpha;
  ctx.setLineDash(look.claimed ? [3, 2] : []);
  ctx.fillStyle = look.fill;
  ctx.fill(path);
  ctx.strokeStyle = look.stroke;
  ctx.lineWidth = look.lineWidth;
  ctx.stroke(path);
}

/** A shape drawn on a canvas of its own, centred, at the frame's resolution; made once per look. */
function sprite(look: ShapeLook): Sprite {
  const key = keyOf(look);
  let image = sprites.get(key);
  if (!image) {
    // Room for the outline (a star's or a diamond's tip reaches 1.2 r) and the stroke's mitre
    // beyond it (a star's tip juts 1.4 line widths), in whole device pixels: a sprite of r plus
    // a line width cut the tips of hollow stars, which a shape drawn as a path keeps.
    const half = Math.ceil((1.2 * look.r + 1.5 * look.lineWidth + 1) * look.ratio);
    // Copying a canvas onto the frame snapshots it each time (some 500 copies a frame at 10,000
    // events, a few of them costing milliseconds); a bitmap is copied as it is.
    // A browser whose OffscreenCanvas has no 2D context (before Safari 16.4) uses a canvas element.
    const offscreen = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(half * 2, half * 2) : undefined;
    const onscreen = offscreen?.getContext('2d') ? undefined : Object.assign(document.createElement('canvas'), { width: half * 2, height: half * 2 });
    const ctx = (onscreen ?? offscreen!).getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;
    ctx.setTransform(look.ratio, 0, 0, look.ratio, half, half);
    paintShape(ctx, look);
    image = onscreen ?? offscreen!.transferToImageBitmap();
    sprites.set(key, image);
  }
  unmade.delete(key);
  return image;
}

/**
 * Makes the sprites of the looks frames drew as paths (see DIRECT_MARKS), which later frames copy,
 * for as long as `budget` ms allows; true when some are left. Made in one go, the 33 looks of 200
 * generated events took 15 to 45 ms: a long task of its own just after the start.
 */
export function makeSprites(budget = Infinity): boolean {
  const started = performance.now();
  for (const look of [...unmade.values()]) {
    if (performance.now() - started >= budget) return true;
    sprite(look);
  }
  return false;
}

/** How long one idle slice of sprite making may take, in ms: well short of a long task, even at four times slower. */
const SPRITE_SLICE_MS = 5;

/** A look's place among a kind's looks: by status, and faded or not. */
const STATUS_SLOT: Readonly<Record<Status, number>> = { occurred: 0, scheduled: 2, claimed: 4 };

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
  const kinds = Object.fromEntries(Object.keys(KIND_LOOKS).map((k) => [k, v(`--kind-${k}`)])) as Record<Kind, string>;
  return { bg: v('--bg'), text: v('--text'), muted: v('--muted'), border: v('--border'), accent: v('--accent'), kinds };
}

/**
 * Draws one frame: grid and axis, then each mark by kind (shape and colour), hollow when
 * scheduled, dashed when claimed, faded at the ends when approximate, a bar when known only
 * to a month; then clusters with their counts.
 */
export function drawTimeline(ctx: CanvasRenderingContext2D, scene: Scene, g: Geometry, palette: Palette): Drawn {
  ctx.clearRect(0, 0, g.width, g.height);
  useLabelFont(ctx);
  ctx.textBaseline = 'middle';

  const measure = scene.measure ?? ((text: string) => ctx.measureText(text).width);
  for (const tick of scene.ticks) {
    const x = Math.round(scene.x(tick.time)) + 0.5;
    ctx.strokeStyle = palette.border;
    ctx.globalAlpha = tick.major ? 0.9 : 0.45;
    ctx.beginPath();
    ctx.moveTo(x, g.top - 4);
    ctx.lineTo(x, g.axisY);
    ctx.stroke();
    ctx.globalAlpha = 1;
    // A tick's date hangs to the right of its line: near the right edge it would be cut ("Jan 2").
    if (x + 3 + measure(tick.label) > g.width) continue;
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
  // Each shape is drawn once into a sprite and copied onto the frame: filling and stroking its
  // path with anti-aliasing for every mark cost more than the rest of a frame (some 500 marks at
  // 2,000 events, rasterised on the main thread when the frame is committed). A frame of few
  // marks draws a look it has no sprite for yet as a path, where the sprite's copy would fall.
  const base = ctx.getTransform();
  const ratio = base.a || 1;
  const direct = scene.later !== undefined && scene.marks.length < DIRECT_MARKS;
  let drewPaths = false;
  const rings: (DrawnRing & { width: number })[] = [];
  const titles: { mark: Mark; y: number }[] = [];
  // A frame's marks share a few looks: each is found once a frame, by kind and slot, not once a mark.
  const images = new Map<Kind, (Sprite | ShapeLook)[]>();
  for (const mark of scene.marks) {
    const { event, x0, x1, lane, cx } = mark;
    const y = laneY(g, lane);
    const colour = palette.kinds[event.kind];
    const hollow = event.status === 'scheduled';
    const claimed = event.status === 'claimed';
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
      if (!event.approximate) {
        ctx.setLineDash(claimed ? [3, 2] : []);
        ctx.strokeStyle = colour;
        ctx.lineWidth = 1.5;
        ctx.stroke();
        ctx.setLineDash([]);
      }
    }
    const faded = event.approximate && x1 === x0;
    let looks = images.get(event.kind);
    if (!looks) images.set(event.kind, (looks = []));
    const slot = STATUS_SLOT[event.status] + (faded ? 1 : 0);
    let image = looks[slot];
    if (!image) {
      const look: ShapeLook = {
        shape: KIND_LOOKS[event.kind].shape, r, ratio, claimed,
        alpha: faded ? 0.6 : 1,
        fill: hollow ? palette.bg : colour,
        stroke: hollow ? colour : palette.text,
        lineWidth: hollow ? 2 : 1.2,
      };
      const key = keyOf(look);
      image = sprites.get(key) ?? (direct ? look : sprite(look));
      if (image === look) unmade.set(key, look);
      looks[slot] = image;
    }
    if ('shape' in image) {
      // Centred on the device pixel the sprite's centre would be copied to: the same picture.
      ctx.setTransform(ratio, 0, 0, ratio, base.e + Math.round(cx * ratio), base.f + Math.round(y * ratio));
      paintShape(ctx, image);
      ctx.setTransform(base);
      ctx.globalAlpha = 1;
      drewPaths = true;
    } else {
      const half = image.width / ratio / 2;
      // On whole device pixels, so the copy is exact.
      ctx.drawImage(image, Math.round((cx - half) * ratio) / ratio, Math.round((y - half) * ratio) / ratio, half * 2, half * 2);
    }
    if (event.id === scene.selected || event.id === scene.hovered) {
      const width = event.id === scene.selected ? MARK_RING.selected : MARK_RING.hovered;
      rings.push({ id: event.id, x: cx, y, reach: r + MARK_RING.gap + width / 2, width });
    }
    if (mark.label) titles.push({ mark, y });
  }
  if (drewPaths) {
    const later = scene.later!;
    const slice = () => {
      if (makeSprites(SPRITE_SLICE_MS)) later(slice);
    };
    later(slice);
  }
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  ctx.strokeStyle = palette.accent;
  for (const ring of rings) {
    ctx.lineWidth = ring.width;
    ctx.beginPath();
    ctx.arc(ring.x, ring.y, r + MARK_RING.gap, 0, Math.PI * 2);
    ctx.stroke();
  }
  const labels: DrawnLabel[] = [];
  ctx.textAlign = 'left';
  ctx.lineJoin = 'round';
  for (const { mark, y } of titles) {
    const { event, x0, x1, label } = mark;
    const text = fitLabel(event.title, label!.room, measure, event.breaks);
    if (!text) continue;
    const width = measure(text);
    const left = label!.side === 'right' ? label!.x : label!.x - width;
    // A halo of the background keeps a title legible across grid lines; inside its own bar,
    // whose fill is light, it would only blot.
    if (label!.side === 'left' || x1 === x0) {
      ctx.lineWidth = 3;
      ctx.strokeStyle = palette.bg;
      ctx.strokeText(text, left, y);
    }
    ctx.fillStyle = palette.text;
    ctx.fillText(text, left, y);
    labels.push({ id: event.id, text, full: event.title, x: left, y: y - LABEL_HEIGHT / 2, width, height: LABEL_HEIGHT });
  }

  ctx.textAlign = 'center';
  for (const cluster of scene.clusters) {
    const label = `+${localCount(cluster.count)}`;
    const w = Math.max(22, ctx.measureText(label).width + 10);
    ctx.fillStyle = palette.muted;
    ctx.beginPath();
    ctx.roundRect(cluster.x - w / 2, g.clusterY - 9, w, 18, 9);
    ctx.fill();
    ctx.fillStyle = palette.bg;
    ctx.fillText(label, cluster.x, g.clusterY);
  }
  ctx.lineWidth = 1;
  return { labels, rings: rings.map(({ id, x, y, reach }) => ({ id, x, y, reach })) };
}
