/**
 * A progress line for long work: redrawn in place on a terminal, printed every
 * few seconds otherwise (logs, CI), so both stay readable.
 */

export interface Progress {
  update(done: number, detail?: string): void;
  finish(detail: string): void;
}

const BAR_WIDTH = 28;

export function progress(
  label: string,
  total: number | undefined,
  write: (text: string) => void,
  isTTY: boolean,
): Progress {
  const started = Date.now();
  let lastPrinted = 0;
  const line = (done: number, detail = '') => {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (total === undefined || total <= 0)
      return `${label} ${done.toLocaleString('en')} ${detail} (${seconds} s)`;
    const share = Math.min(1, done / total);
    const filled = Math.round(share * BAR_WIDTH);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
    return `${label} [${bar}] ${Math.round(share * 100)}% ${detail} (${seconds} s)`;
  };
  return {
    update(done, detail) {
      if (isTTY) {
        write(`\r${line(done, detail)}`);
      } else if (Date.now() - lastPrinted > 2000) {
        lastPrinted = Date.now();
        write(`${line(done, detail)}\n`);
      }
    },
    finish(detail) {
      write(`${isTTY ? '\r' : ''}${line(total ?? 0, detail)}\n`);
    },
  };
}
