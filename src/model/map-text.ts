/**
 * Text sizes estimated without a DOM or a font file, so that the journey-map layout stays pure
 * and gives the same result on the server, in the browser and in tests. Widths follow Arial /
 * Liberation Sans metrics (what `sans-serif` resolves to in most renderers), with a safety
 * margin for wider fallbacks such as DejaVu Sans.
 */

const WIDTH_GROUPS: readonly (readonly [string, number])[] = [
  ["ijl'|", 222],
  [' !,.:;/\\ftI[]', 278],
  ['r()-`{}', 333],
  ['"', 355],
  ['*^', 389],
  ['Jcksvxyz', 500],
  ['abdeghnopqu0123456789#$?_L', 556],
  ['+<=>~±−', 584],
  ['FTZ', 611],
  ['ABEKPSVXY&', 667],
  ['CDHNRUw', 722],
  ['GOQ', 778],
  ['mM', 833],
  ['%', 889],
  ['W', 944],
  ['@…—', 1000],
];

const CHAR_WIDTHS: ReadonlyMap<string, number> = new Map(
  WIDTH_GROUPS.flatMap(([chars, width]) => [...chars].map((char) => [char, width] as const)),
);

/** Unknown Latin-like characters; CJK and emoji take a full em. */
const DEFAULT_WIDTH = 600;
const WIDE_WIDTH = 1000;
const SAFETY = 1.05;
const BOLD_FACTOR = 1.08;

export type FontWeight = 'normal' | 'bold';

function charWidth(char: string): number {
  const known = CHAR_WIDTHS.get(char);
  if (known !== undefined) return known;
  const base = char.normalize('NFD').charAt(0);
  const ofBase = CHAR_WIDTHS.get(base);
  if (ofBase !== undefined) return ofBase;
  return (char.codePointAt(0) ?? 0) >= 0x2e80 ? WIDE_WIDTH : DEFAULT_WIDTH;
}

/** Estimated width in pixels of one line of text. */
export function estimateTextWidth(
  text: string,
  fontSize: number,
  weight: FontWeight = 'normal',
): number {
  let units = 0;
  for (const char of text) units += charWidth(char);
  const factor = weight === 'bold' ? SAFETY * BOLD_FACTOR : SAFETY;
  return (units / 1000) * fontSize * factor;
}

const ELLIPSIS = '…';

/** One line that fits `maxWidth`, cut with an ellipsis when it does not. */
export function fitText(
  text: string,
  maxWidth: number,
  fontSize: number,
  weight: FontWeight = 'normal',
): string {
  if (estimateTextWidth(text, fontSize, weight) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0) {
    chars.pop();
    const candidate = `${chars.join('').trimEnd()}${ELLIPSIS}`;
    if (estimateTextWidth(candidate, fontSize, weight) <= maxWidth) return candidate;
  }
  return ELLIPSIS;
}

/** Splits a word wider than a line into pieces that each fit. */
function breakWord(word: string, maxWidth: number, fontSize: number, weight: FontWeight) {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece !== '' && estimateTextWidth(piece + char, fontSize, weight) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/**
 * Word-wraps `text` to lines no wider than `maxWidth`; beyond `maxLines` the last line ends
 * with an ellipsis. Always returns at least one line.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
  weight: FontWeight = 'normal',
): string[] {
  const words = text
    .split(/\s+/)
    .filter((word) => word !== '')
    .flatMap((word) => breakWord(word, maxWidth, fontSize, weight));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && estimateTextWidth(candidate, fontSize, weight) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const overflow = lines.slice(maxLines - 1).join(' ');
  kept[maxLines - 1] = fitText(`${overflow}${ELLIPSIS}`, maxWidth, fontSize, weight);
  return kept;
}
