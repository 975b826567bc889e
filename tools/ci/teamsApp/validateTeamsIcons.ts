/**
 * Checks Teams app icons against Teams' rules: the colour icon is 192×192; the outline icon is
 * 32×32, white only, on a transparent background.
 */
import { PNG } from 'pngjs';
import { COLOUR_ICON_SIZE, OUTLINE_ICON_SIZE } from './teamsIcons';

function readPng(file: Buffer): PNG | string {
  try {
    return PNG.sync.read(file);
  } catch (error) {
    return `is not a readable PNG (${(error as Error).message})`;
  }
}

function sizeProblem(png: PNG, size: number): string[] {
  return png.width === size && png.height === size ? [] : [`is ${png.width}×${png.height}, not ${size}×${size}`];
}

export function colourIconProblems(file: Buffer): string[] {
  const png = readPng(file);
  if (typeof png === 'string') return [png];
  return sizeProblem(png, COLOUR_ICON_SIZE);
}

export function outlineIconProblems(file: Buffer): string[] {
  const png = readPng(file);
  if (typeof png === 'string') return [png];
  const problems = sizeProblem(png, OUTLINE_ICON_SIZE);
  let visible = 0;
  let notWhite = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (png.data[i + 3] === 0) continue;
    visible++;
    if (png.data[i] !== 255 || png.data[i + 1] !== 255 || png.data[i + 2] !== 255) notWhite++;
  }
  const lastRow = (png.height - 1) * png.width;
  const corners = [0, png.width - 1, lastRow, lastRow + png.width - 1];
  if (corners.some((pixel) => png.data[pixel * 4 + 3] !== 0)) problems.push('has no transparent background (a corner is not transparent)');
  if (notWhite > 0) problems.push(`has ${notWhite} visible pixels that are not white`);
  if (visible === 0) problems.push('is fully transparent');
  return problems;
}
