/**
 * Draws the add-in's icons (an assessment grid with a check mark) into assets/ as PNG files,
 * with nothing but node's zlib: `npm run icons`.
 *
 * Every rectangle is snapped to whole pixels at each size, so the grid stays crisp at 16 px;
 * only the check mark is anti-aliased (4 × 4 samples a pixel).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

type Rgba = readonly [number, number, number, number];

const INK: Rgba = [0x1f, 0x4e, 0x8c, 255]; // the grid: a deep blue
const HEADER: Rgba = [0x2f, 0x6f, 0xc4, 255]; // the header row
const PAPER: Rgba = [255, 255, 255, 255];
const TICK: Rgba = [0x1e, 0x8e, 0x3e, 255]; // the check mark: green
const HALO: Rgba = [255, 255, 255, 255];

class Canvas {
  readonly data: Float64Array;
  constructor(readonly size: number) {
    this.data = new Float64Array(size * size * 4);
  }

  /** Composites `color` over pixel (x, y) with coverage `alpha` in [0, 1]. */
  blend(x: number, y: number, color: Rgba, alpha: number): void {
    if (x < 0 || y < 0 || x >= this.size || y >= this.size || alpha <= 0) return;
    const i = (y * this.size + x) * 4;
    const a = (color[3] / 255) * Math.min(1, alpha);
    const da = this.data[i + 3] ?? 0;
    const outA = a + da * (1 - a);
    for (let c = 0; c < 3; c++) {
      const src = color[c] ?? 0;
      const dst = this.data[i + c] ?? 0;
      this.data[i + c] = outA === 0 ? 0 : (src * a + dst * da * (1 - a)) / outA;
    }
    this.data[i + 3] = outA;
  }

  /** Fills the pixels [x0, x1) × [y0, y1). */
  rect(x0: number, y0: number, x1: number, y1: number, color: Rgba): void {
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) this.blend(x, y, color, 1);
  }

  /** A polyline `width` pixels thick, with round joins and caps, anti-aliased by supersampling. */
  polyline(points: ReadonlyArray<readonly [number, number]>, width: number, color: Rgba): void {
    const n = 4;
    const r = width / 2;
    for (let y = 0; y < this.size; y++) {
      for (let x = 0; x < this.size; x++) {
        let hits = 0;
        for (let sy = 0; sy < n; sy++) {
          for (let sx = 0; sx < n; sx++) {
            const px = x + (sx + 0.5) / n;
            const py = y + (sy + 0.5) / n;
            if (distanceToPolyline(px, py, points) <= r) hits++;
          }
        }
        this.blend(x, y, color, hits / (n * n));
      }
    }
  }

  png(): Buffer {
    const raw = Buffer.alloc(this.size * (this.size * 4 + 1));
    for (let y = 0; y < this.size; y++) {
      const row = y * (this.size * 4 + 1);
      raw[row] = 0; // filter: none
      for (let x = 0; x < this.size; x++) {
        const i = (y * this.size + x) * 4;
        for (let c = 0; c < 4; c++) {
          const v = c === 3 ? (this.data[i + 3] ?? 0) * 255 : (this.data[i + c] ?? 0);
          raw[row + 1 + x * 4 + c] = Math.max(0, Math.min(255, Math.round(v)));
        }
      }
    }
    const header = Buffer.alloc(13);
    header.writeUInt32BE(this.size, 0);
    header.writeUInt32BE(this.size, 4);
    header[8] = 8; // bit depth
    header[9] = 6; // colour type: RGBA
    header[10] = 0; // compression
    header[11] = 0; // filter
    header[12] = 0; // interlace: none
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk("IHDR", header),
      chunk("IDAT", deflateSync(raw, { level: 9 })),
      chunk("IEND", Buffer.alloc(0)),
    ]);
  }
}

function distanceToPolyline(px: number, py: number, points: ReadonlyArray<readonly [number, number]>): number {
  let best = Infinity;
  for (let i = 0; i + 1 < points.length; i++) {
    const [ax, ay] = points[i] ?? [0, 0];
    const [bx, by] = points[i + 1] ?? [0, 0];
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
    best = Math.min(best, Math.hypot(px - (ax + t * dx), py - (ay + t * dy)));
  }
  return best;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, body: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length, 0);
  const typed = Buffer.concat([Buffer.from(type, "ascii"), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed), 0);
  return Buffer.concat([length, typed, crc]);
}

/**
 * The glyph, laid out on a 16-unit square and snapped to pixels at each size: a sheet with a
 * header row, a label column and two level columns over three rows, and a check mark across
 * the bottom-right cells.
 */
export function drawIcon(size: number): Canvas {
  const u = size / 16;
  const px = (units: number): number => Math.round(units * u);
  const line = Math.max(1, Math.round(u)); // the grid's line width
  const canvas = new Canvas(size);

  const left = px(1);
  const right = size - px(1);
  const top = px(1);
  const bottom = size - px(1);
  // The sheet and its frame.
  canvas.rect(left, top, right, bottom, INK);
  canvas.rect(left + line, top + line, right - line, bottom - line, PAPER);
  // The header row.
  const headerBottom = top + px(4);
  canvas.rect(left + line, top + line, right - line, headerBottom, HEADER);
  canvas.rect(left, headerBottom, right, headerBottom + line, INK);
  // The columns: a wide label column, then two level columns.
  const col1 = left + px(6);
  const col2 = left + px(10);
  for (const x of [col1, col2]) canvas.rect(x, headerBottom, x + line, bottom, INK);
  // The rows below the header.
  const rowsTop = headerBottom + line;
  const rowHeight = (bottom - line - rowsTop) / 3;
  for (const k of [1, 2]) {
    const y = Math.round(rowsTop + k * rowHeight - line / 2);
    canvas.rect(left, y, right, y + line, INK);
  }
  // The check mark, with a white halo so that it reads over the grid lines.
  if (size < 24) {
    // At 16 px an anti-aliased stroke blurs: the tick is drawn pixel by pixel, two pixels thick.
    const tick = pixelTick16.map(([x, y]) => [Math.round(x * u), Math.round(y * u)] as const);
    const taken = new Set(tick.map(([x, y]) => `${x},${y}`));
    for (const [x, y] of tick) {
      for (const [dx, dy] of [[1, 0], [-1, 0], [0, 1], [0, -1]] as const) {
        if (!taken.has(`${x + dx},${y + dy}`)) canvas.blend(x + dx, y + dy, HALO, 1);
      }
    }
    for (const [x, y] of tick) canvas.blend(x, y, TICK, 1);
  } else {
    const tick: Array<[number, number]> = [
      [7.4 * u, 10.4 * u],
      [9.9 * u, 12.9 * u],
      [14.6 * u, 6.9 * u],
    ];
    const stroke = 2.2 * u;
    canvas.polyline(tick, stroke + 1.4 * u, HALO);
    canvas.polyline(tick, stroke, TICK);
  }
  return canvas;
}

/** The 16 px tick, pixel by pixel: a short arm down to the vertex, a long arm up to the right. */
const pixelTick16: ReadonlyArray<readonly [number, number]> = [
  // short arm
  [6, 9], [7, 9], [7, 10], [8, 10], [8, 11], [9, 11],
  // vertex
  [9, 12], [10, 12],
  // long arm
  [10, 11], [11, 11], [11, 10], [12, 10], [12, 9], [13, 9], [13, 8], [14, 8], [14, 7], [15, 7],
];

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

if (require.main === module) {
  const out = join(__dirname, "..", "assets");
  mkdirSync(out, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(out, `icon-${size}.png`);
    writeFileSync(file, drawIcon(size).png());
    console.log(`${file}: ${size}×${size}`);
  }
}
