/** Colours of the analytics charts: the app's accent first, then distinct hues; AA on white. */
export const SERIES_COLORS = [
  '#3b5bdb',
  '#e8590c',
  '#2b8a3e',
  '#c2255c',
  '#1098ad',
  '#7048e8',
  '#d9480f',
  '#5c940d',
  '#862e9c',
  '#495057',
] as const;

export const seriesColor = (index: number): string =>
  SERIES_COLORS[index % SERIES_COLORS.length] ?? '#3b5bdb';

export const TEXT = '#212529';
export const MUTED = '#5c636a';
export const GRID_LINE = '#e9ecef';
/** Customers who leave: the same grey wherever it appears. */
export const EXIT = '#adb5bd';
