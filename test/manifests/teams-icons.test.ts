/** The generated Teams icons: sizes, colours, and the committed copies in manifests/teams still match the generator. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { COLOR_ICON_SIZE, drawColorIcon, drawOutlineIcon, ICON_GREEN_HEX, OUTLINE_ICON_SIZE } from '../../scripts/lib/png-icons';
import { TEAMS_MANIFEST_DIR } from '../../scripts/teams-package';

const pixels = (png: PNG) => Array.from({ length: png.width * png.height }, (_v, i) => [...png.data.subarray(i * 4, i * 4 + 4)]);
const green = [1, 3, 5].map((i) => parseInt(ICON_GREEN_HEX.slice(i, i + 2), 16));

describe('Teams icons', () => {
  it('colour icon: 192x192, opaque, full-bleed green with a white symbol', () => {
    const png = PNG.sync.read(drawColorIcon());
    expect([png.width, png.height]).toEqual([COLOR_ICON_SIZE, COLOR_ICON_SIZE]);
    expect(COLOR_ICON_SIZE).toBe(192);
    const all = pixels(png);
    expect(all.every((p) => p[3] === 255)).toBe(true);
    for (const corner of [0, 191, 191 * 192, 192 * 192 - 1]) expect(all[corner].slice(0, 3)).toEqual(green);
    const white = all.filter((p) => p[0] === 255 && p[1] === 255 && p[2] === 255).length;
    expect(white / all.length).toBeGreaterThan(0.05);
    expect(white / all.length).toBeLessThan(0.4);
  });

  it('outline icon: 32x32, only white and transparent pixels', () => {
    const png = PNG.sync.read(drawOutlineIcon());
    expect([png.width, png.height]).toEqual([OUTLINE_ICON_SIZE, OUTLINE_ICON_SIZE]);
    expect(OUTLINE_ICON_SIZE).toBe(32);
    const all = pixels(png);
    expect(all.filter((p) => p[0] !== 255 || p[1] !== 255 || p[2] !== 255)).toEqual([]);
    const opaque = all.filter((p) => p[3] === 255).length;
    const transparent = all.filter((p) => p[3] === 0).length;
    expect(opaque).toBeGreaterThan(100);
    expect(transparent).toBeGreaterThan(all.length / 2);
    for (const corner of [0, 31, 31 * 32, 32 * 32 - 1]) expect(all[corner][3]).toBe(0);
  });

  it('are deterministic', () => {
    expect(drawColorIcon().equals(drawColorIcon())).toBe(true);
    expect(drawOutlineIcon().equals(drawOutlineIcon())).toBe(true);
  });

  it('committed copies in manifests/teams show the same pixels as the generator (run `npm run teams:icons` after changing it)', () => {
    for (const [file, draw] of [['color.png', drawColorIcon], ['outline.png', drawOutlineIcon]] as const) {
      const committed = PNG.sync.read(readFileSync(path.join(TEAMS_MANIFEST_DIR, file)));
      const generated = PNG.sync.read(draw());
      expect([committed.width, committed.height]).toEqual([generated.width, generated.height]);
      expect(Buffer.compare(committed.data, generated.data)).toBe(0);
    }
  });
});
