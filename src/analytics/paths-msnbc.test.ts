/**
 * Paths of a real clickstream at scale: the MSNBC.com anonymous web data (UCI), 989,818 users'
 * page-category sequences of one day (../shared/data/msnbc/README.md lists the published and
 * staged facts checked here). The source has order but no times: times are synthetic seconds.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PathAccumulator } from './paths.ts';

const FILE = new URL('../../../shared/data/msnbc/msnbc990928.seq.gz', import.meta.url);
const CATEGORIES =
  'frontpage news tech local opinion on-air misc weather msn-news health living business msn-sports sports summary bbs travel'.split(
    ' ',
  );

function readSequences(): PathAccumulator {
  const lines = gunzipSync(readFileSync(FILE)).toString('ascii').split('\r\n');
  const paths = new PathAccumulator();
  for (const line of lines.slice(7)) {
    const codes = line.trim();
    if (codes === '') continue;
    const items = codes.split(' ').map((code) => Number(code) - 1);
    paths.add(
      items,
      items.map((_, index) => index * 1000),
    );
  }
  return paths;
}

describe('paths of the MSNBC clickstream (../shared/data/msnbc)', () => {
  const paths = readSequences();
  const graph = paths.graph();
  const item = (name: string) => CATEGORIES.indexOf(name);
  const arc = (from: string, to: string) =>
    graph.arcs.find((candidate) => candidate.from === item(from) && candidate.to === item(to));

  it('reads 989,818 users and 4,698,794 page requests over 17 categories', () => {
    expect(graph.customers).toBe(989_818);
    expect(graph.events).toBe(4_698_794);
    expect(graph.activities.size).toBe(17);
    expect(CATEGORIES.map((_, code) => graph.activities.get(code))).toEqual([
      940_469, 452_387, 207_479, 386_217, 151_409, 414_928, 305_615, 439_398, 196_614, 131_760,
      96_817, 264_899, 216_125, 395_880, 56_576, 25_249, 16_972,
    ]);
  });

  it('finds 3,708,976 transitions over all 289 category pairs, the top five as staged', () => {
    expect(graph.arcs).toHaveLength(289);
    expect(graph.arcs.reduce((sum, candidate) => sum + candidate.frequency, 0)).toBe(3_708_976);
    expect(graph.arcs.slice(0, 5).map((top) => [top.from, top.to, top.frequency])).toEqual([
      [item('frontpage'), item('frontpage'), 418_764],
      [item('weather'), item('weather'), 329_235],
      [item('sports'), item('sports'), 252_592],
      [item('local'), item('local'), 224_891],
      [item('news'), item('news'), 222_340],
    ]);
    expect(arc('frontpage', 'frontpage')?.share).toBeCloseTo(418_764 / 940_469, 12);
  });

  it('counts 169,714 variants and the first pages (frontpage 277,376, on-air 163,077, news 77,138)', () => {
    expect(paths.variants(1).distinct).toBe(169_714);
    expect(graph.starts.get(item('frontpage'))).toBe(277_376);
    expect(graph.starts.get(item('on-air'))).toBe(163_077);
    expect(graph.starts.get(item('news'))).toBe(77_138);
  });
});
