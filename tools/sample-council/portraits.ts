/**
 * Portraits drawn locally as small SVGs: an abstract head and shoulders in generated colours,
 * with the person's initials. Nothing is fetched and no real likeness is used.
 */
import { Random } from './random';

const BACKGROUNDS = ['#DCE9F5', '#F5E6DC', '#E3F1E0', '#EEE3F5', '#F5F0D6', '#DDEFEF', '#F3DDE4'];
const SKIN_TONES = ['#F1C7A5', '#E0AC69', '#C68642', '#8D5524', '#FFDBAC', '#D9A066', '#6B4226'];
const HAIR_COLOURS = ['#2C1B10', '#5A3825', '#A0522D', '#D8B26E', '#9E9E9E', '#1C1C1C', '#B5562A'];
const CLOTHES = ['#1F4E79', '#7A1F3D', '#2E6B3A', '#4B4B4B', '#6A3F8C', '#0F6C73', '#8C5A1F'];

export function initialsOf(name: string): string {
  const letters = name
    .split(/[\s-]+/)
    .filter((part) => part.length > 0 && part[0] === part[0].toUpperCase())
    .map((part) => part.replace(/^[^\p{L}]+/u, '')[0] ?? '');
  const chosen = letters.length > 2 ? [letters[0], letters[letters.length - 1]] : letters;
  return chosen.join('').toUpperCase();
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function portraitSvg(name: string, random: Random): string {
  const background = random.pick(BACKGROUNDS);
  const skin = random.pick(SKIN_TONES);
  const hair = random.pick(HAIR_COLOURS);
  const clothes = random.pick(CLOTHES);
  const hairHeight = random.int(10, 26);
  const faceWidth = random.int(20, 25);
  const left = 48 - faceWidth;
  const right = 48 + faceWidth;
  const label = escapeXml(`Portrait of ${name}`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96" width="96" height="96" role="img" aria-label="${label}">` +
    `<rect width="96" height="96" fill="${background}"/>` +
    `<path d="M14 96c2-20 16-30 34-30s32 10 34 30z" fill="${clothes}"/>` +
    `<ellipse cx="48" cy="42" rx="${faceWidth}" ry="26" fill="${skin}"/>` +
    `<path d="M${left} 44C${left} ${44 - hairHeight} ${48 - faceWidth / 2} 13 48 13S${right} ${44 - hairHeight} ${right} 44C${48 + faceWidth / 2} 30 ${48 - faceWidth / 2} 30 ${left} 44z" fill="${hair}"/>` +
    `<text x="48" y="90" font-family="Segoe UI, Arial, sans-serif" font-size="11" text-anchor="middle" fill="#FFFFFF">${escapeXml(initialsOf(name))}</text>` +
    '</svg>'
  );
}
