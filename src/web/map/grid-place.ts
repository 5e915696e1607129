import type { CSSProperties } from 'react';

/** A place in a CSS grid: row and first column counted from 1, as CSS grid counts them. */
export const at = (row: number, column: number, columns = 1): CSSProperties => ({
  gridRow: `${row}`,
  gridColumn: `${column} / span ${columns}`,
});

/**
 * Columns of a map: the lane headers, then `perStage` equal columns per stage, then an optional
 * last column. The width is set, not left to the content, so that every stage gets the same
 * width (long names wrap) and the map fills the frame when few stages leave room to spare.
 */
export function gridStyle(stages: number, perStage: number, last: string | null): CSSProperties {
  const count = stages * perStage;
  const columns = [
    'var(--lane-head-width)',
    count > 0 ? `repeat(${count}, minmax(var(--stage-width), 1fr))` : '',
    last ?? '',
  ];
  const extra = last === null ? '' : ' + 3.5rem';
  return {
    gridTemplateColumns: columns.filter((column) => column !== '').join(' '),
    width: `max(100%, calc(var(--lane-head-width) + ${count} * var(--stage-width)${extra}))`,
  };
}
