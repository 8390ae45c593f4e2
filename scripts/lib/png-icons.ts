/**
 * Draws Oogst's Teams icons with pngjs instead of committing opaque binaries: an ear of wheat ("oogst" =
 * harvest), white on harvest green. Shapes are described in unit coordinates and rendered with 4x4
 * supersampling, so the output is anti-aliased and byte-for-byte deterministic for a given pngjs/zlib.
 *  - colour icon: 192x192, full-bleed green background (Teams rounds the corners itself), symbol inside the
 *    central safe area;
 *  - outline icon: 32x32, white symbol on a transparent background. Every pixel is white (255,255,255) and
 *    only its alpha varies, which is what Teams requires of an outline icon.
 */
import { PNG } from 'pngjs';

export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;
/** Harvest green, also the manifest's accentColor. */
export const ICON_GREEN_HEX = '#2E7D32';
const GREEN = { r: 0x2e, g: 0x7d, b: 0x32 };

type Shape = (x: number, y: number) => boolean;

/** A (rotated) ellipse: centre (cx, cy), half-width rx, half-height ry, rotation in degrees (clockwise). */
function ellipse(cx: number, cy: number, rx: number, ry: number, degrees = 0): Shape {
  const t = (degrees * Math.PI) / 180;
  const cos = Math.cos(t);
  const sin = Math.sin(t);
  return (x, y) => {
    const dx = x - cx;
    const dy = y - cy;
    const u = dx * cos + dy * sin;
    const v = -dx * sin + dy * cos;
    return (u / rx) ** 2 + (v / ry) ** 2 <= 1;
  };
}

function rect(x0: number, y0: number, x1: number, y1: number): Shape {
  return (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

const union = (...shapes: Shape[]): Shape => (x, y) => shapes.some((s) => s(x, y));

interface EarOptions {
  /** Number of grain pairs along the stem. */
  pairs: number;
  /** Stem width, in units of the symbol box. */
  stem: number;
  /** Grain half-width and half-length. */
  grain: [number, number];
  /** Vertical distance between grain pairs. */
  spacing: number;
  /** Horizontal distance of a side grain's centre from the stem, in grain half-widths. */
  spread: number;
}

/** An ear of wheat in a unit box: a top grain, `pairs` pairs of slanted grains, a stem with two leaves. */
function wheatEar(o: EarOptions): Shape {
  const [rx, ry] = o.grain;
  const parts: Shape[] = [ellipse(0.5, 0.04 + ry, rx, ry)];
  const firstY = 0.04 + ry * 2.1;
  for (let i = 0; i < o.pairs; i += 1) {
    const cy = firstY + i * o.spacing;
    parts.push(ellipse(0.5 - rx * o.spread, cy, rx, ry, -32), ellipse(0.5 + rx * o.spread, cy, rx, ry, 32));
  }
  parts.push(rect(0.5 - o.stem / 2, 0.1, 0.5 + o.stem / 2, 0.98));
  parts.push(ellipse(0.36, 0.8, o.stem * 0.9, 0.13, -48), ellipse(0.64, 0.8, o.stem * 0.9, 0.13, 48));
  return union(...parts);
}

/** Places a unit-box shape into [margin, 1 - margin] of the image. */
function inset(shape: Shape, margin: number): Shape {
  const scale = 1 - 2 * margin;
  return (x, y) => shape((x - margin) / scale, (y - margin) / scale);
}

/** Fraction (0..1) of each pixel covered by the shape, with n x n samples per pixel. */
function coverage(size: number, shape: Shape, n = 4): Float64Array {
  const out = new Float64Array(size * size);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let hits = 0;
      for (let sy = 0; sy < n; sy += 1) {
        for (let sx = 0; sx < n; sx += 1) {
          if (shape((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size)) hits += 1;
        }
      }
      out[py * size + px] = hits / (n * n);
    }
  }
  return out;
}

function encode(png: PNG): Buffer {
  return PNG.sync.write(png, { colorType: 6 });
}

/** The 192x192 colour icon: white ear of wheat on a full-bleed harvest-green square. */
export function drawColorIcon(): Buffer {
  const size = COLOR_ICON_SIZE;
  const cover = coverage(size, inset(wheatEar({ pairs: 3, stem: 0.05, grain: [0.06, 0.11], spacing: 0.15, spread: 1.5 }), 0.18));
  const png = new PNG({ width: size, height: size });
  for (let i = 0; i < size * size; i += 1) {
    const c = cover[i];
    png.data[i * 4] = Math.round(GREEN.r + (255 - GREEN.r) * c);
    png.data[i * 4 + 1] = Math.round(GREEN.g + (255 - GREEN.g) * c);
    png.data[i * 4 + 2] = Math.round(GREEN.b + (255 - GREEN.b) * c);
    png.data[i * 4 + 3] = 255;
  }
  return encode(png);
}

/** The 32x32 outline icon: the same ear, simplified for the small size; white with alpha only. */
export function drawOutlineIcon(): Buffer {
  const size = OUTLINE_ICON_SIZE;
  const cover = coverage(size, inset(wheatEar({ pairs: 2, stem: 0.075, grain: [0.07, 0.13], spacing: 0.25, spread: 1.75 }), 0.03));
  const png = new PNG({ width: size, height: size });
  for (let i = 0; i < size * size; i += 1) {
    png.data[i * 4] = 255;
    png.data[i * 4 + 1] = 255;
    png.data[i * 4 + 2] = 255;
    png.data[i * 4 + 3] = Math.round(255 * cover[i]);
  }
  return encode(png);
}
