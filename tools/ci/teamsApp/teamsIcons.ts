/**
 * Draws the Teams app icons: a full-colour 192×192 icon (white glyph on the accent colour) and a
 * 32×32 outline icon (the same glyph in white on a transparent background), as Teams requires.
 * The glyph is two people, a member and an officer, described in a unit square.
 */
import { PNG } from 'pngjs';

export const COLOUR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

/** Samples per pixel edge for anti-aliasing (4 × 4 = 16 samples a pixel). */
const SUPERSAMPLING = 4;
/** White space between the two people, in glyph units. */
const GAP = 0.05;

interface IPerson {
  readonly headX: number;
  readonly headY: number;
  readonly headRadius: number;
  /** Shoulders: the upper half of an ellipse centred at (headX, shouldersBase). */
  readonly shouldersBase: number;
  readonly shouldersRadiusX: number;
  readonly shouldersRadiusY: number;
}

const front: IPerson = { headX: 0.6, headY: 0.27, headRadius: 0.16, shouldersBase: 0.92, shouldersRadiusX: 0.34, shouldersRadiusY: 0.4 };
const back: IPerson = { headX: 0.3, headY: 0.21, headRadius: 0.13, shouldersBase: 0.78, shouldersRadiusX: 0.27, shouldersRadiusY: 0.33 };

function inPerson(person: IPerson, x: number, y: number, grow: number): boolean {
  const head = (x - person.headX) ** 2 + (y - person.headY) ** 2 <= (person.headRadius + grow) ** 2;
  const dx = (x - person.headX) / (person.shouldersRadiusX + grow);
  const dy = (y - person.shouldersBase) / (person.shouldersRadiusY + grow);
  const shoulders = y <= person.shouldersBase && dx * dx + dy * dy <= 1;
  return head || shoulders;
}

/** True where the glyph covers the point (x, y) of the unit square. */
export function glyphCovers(x: number, y: number): boolean {
  return inPerson(front, x, y, 0) || (inPerson(back, x, y, 0) && !inPerson(front, x, y, GAP));
}

/** Fraction (0–1) of a pixel covered by the glyph placed in the square [offset, offset + extent). */
function coverage(px: number, py: number, offset: number, extent: number): number {
  let hits = 0;
  for (let sy = 0; sy < SUPERSAMPLING; sy++) {
    for (let sx = 0; sx < SUPERSAMPLING; sx++) {
      const x = (px + (sx + 0.5) / SUPERSAMPLING - offset) / extent;
      const y = (py + (sy + 0.5) / SUPERSAMPLING - offset) / extent;
      if (x >= 0 && x < 1 && y >= 0 && y < 1 && glyphCovers(x, y)) hits++;
    }
  }
  return hits / (SUPERSAMPLING * SUPERSAMPLING);
}

export interface IRgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

export function parseHexColour(hex: string): IRgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`"${hex}" is not a #rrggbb colour.`);
  return { r: parseInt(match[1], 16), g: parseInt(match[2], 16), b: parseInt(match[3], 16) };
}

function drawIcon(size: number, glyphOffset: number, glyphExtent: number, background: IRgb | undefined): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const cover = coverage(px, py, glyphOffset, glyphExtent);
      const i = (py * size + px) * 4;
      if (background) {
        // White glyph blended over an opaque background.
        png.data[i] = Math.round(background.r + (255 - background.r) * cover);
        png.data[i + 1] = Math.round(background.g + (255 - background.g) * cover);
        png.data[i + 2] = Math.round(background.b + (255 - background.b) * cover);
        png.data[i + 3] = 255;
      } else {
        // Outline icon: only white, with the coverage as alpha.
        png.data[i] = 255;
        png.data[i + 1] = 255;
        png.data[i + 2] = 255;
        png.data[i + 3] = Math.round(255 * cover);
      }
    }
  }
  return PNG.sync.write(png, { colorType: 6 });
}

/** 192×192, opaque; the glyph fills the central 112 px, inside Teams' safe area. */
export function drawColourIcon(accentColour: string): Buffer {
  return drawIcon(COLOUR_ICON_SIZE, 40, 112, parseHexColour(accentColour));
}

/** 32×32, white on transparent, with a 2 px margin. */
export function drawOutlineIcon(): Buffer {
  return drawIcon(OUTLINE_ICON_SIZE, 2, 28, undefined);
}
