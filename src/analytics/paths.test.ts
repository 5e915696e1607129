import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { PathAccumulator } from './paths.ts';
import { END, edgesOf, filterByPathShare, START } from './paths-filter.ts';

const DATA = new URL('../../../shared/data/', import.meta.url);

interface EventLog {
  readonly activities: string[];
  readonly paths: PathAccumulator;
}

/** Reads a pm4py CSV export: one trace per case, events by (timestamp, file order). */
function readLog(file: string, caseColumn: string, activityColumn: string): EventLog {
  const rows: Record<string, string>[] = parse(readFileSync(new URL(file, DATA)), {
    columns: true,
  });
  const activities: string[] = [];
  const indexOf = new Map<string, number>();
  const cases = new Map<string, { item: number; time: number; order: number }[]>();
  rows.forEach((row, order) => {
    const activity = row[activityColumn] ?? '';
    let item = indexOf.get(activity);
    if (item === undefined) {
      item = activities.push(activity) - 1;
      indexOf.set(activity, item);
    }
    const time = Date.parse((row['time:timestamp'] ?? '').replace(' ', 'T'));
    const events = cases.get(row[caseColumn] ?? '') ?? [];
    events.push({ item, time, order });
    cases.set(row[caseColumn] ?? '', events);
  });
  const paths = new PathAccumulator();
  for (const events of cases.values()) {
    events.sort((a, b) => a.time - b.time || a.order - b.order);
    paths.add(
      events.map((event) => event.item),
      events.map((event) => event.time),
    );
  }
  return { activities, paths };
}

describe('paths of the WABO receipt log (published facts, ../shared/data/bpi-receipt-wabo)', () => {
  const { activities, paths } = readLog(
    'bpi-receipt-wabo/receipt.csv',
    'case:concept:name',
    'concept:name',
  );
  const graph = paths.graph();
  const item = (name: string) => activities.findIndex((activity) => activity.startsWith(name));

  it('counts 8,577 events of 1,434 cases over 27 activities, and Σ arcs = events − cases', () => {
    expect(graph.events).toBe(8577);
    expect(graph.customers).toBe(1434);
    expect(graph.activities.size).toBe(27);
    const arcs = graph.arcs.reduce((sum, arc) => sum + arc.frequency, 0);
    expect(arcs).toBe(8577 - 1434);
  });

  it('finds 116 variants, 713 cases in the top one, 13 variants with at least 10 cases', () => {
    const variants = paths.variants(1000);
    expect(variants.distinct).toBe(116);
    expect(variants.top[0]?.customers).toBe(713);
    expect(variants.top.filter((variant) => variant.customers >= 10)).toHaveLength(13);
  });

  it('finds 99 distinct arcs and 155 cases with the T10 → T02 loop', () => {
    expect(graph.arcs).toHaveLength(99);
    const loop = graph.arcs.find((arc) => arc.from === item('T10') && arc.to === item('T02'));
    expect(loop?.customers).toBe(155);
  });

  it('counts the activities as published (top five)', () => {
    const count = (name: string) => graph.activities.get(item(name));
    expect(count('Confirmation of receipt')).toBe(1434);
    expect(count('T06')).toBe(1416);
    expect(count('T02')).toBe(1368);
    expect(count('T04')).toBe(1307);
    expect(count('T05')).toBe(1300);
  });

  it('keeps every activity connected from start to end when filtering by path share', () => {
    const edges = edgesOf(graph);
    const kept = filterByPathShare(edges, 0.2);
    expect(kept.length).toBeLessThan(edges.length);
    expect(kept.length).toBeGreaterThanOrEqual(Math.ceil((edges.length - 1) * 0.2) + 1);
    const reached = new Set([START]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const edge of kept) {
        if (reached.has(edge.from) && !reached.has(edge.to)) {
          reached.add(edge.to);
          grew = true;
        }
      }
    }
    for (const activity of graph.activities.keys()) expect(reached.has(activity)).toBe(true);
    expect(reached.has(END)).toBe(true);
    expect(filterByPathShare(edges, 1)).toHaveLength(edges.length);
  });
});

describe('paths of the process-mining running example (6 cases, 42 events)', () => {
  const { activities, paths } = readLog(
    'pm4py-running-example/running-example.csv',
    'case:concept:name',
    'concept:name',
  );
  const graph = paths.graph();
  const name = (index: number) => activities[index];

  it('starts every case with "register request" and ends with pay or reject', () => {
    expect(graph.customers).toBe(6);
    expect(graph.events).toBe(42);
    expect([...graph.starts].map(([item, count]) => [name(item), count])).toEqual([
      ['register request', 6],
    ]);
    const ends = Object.fromEntries([...graph.ends].map(([item, count]) => [name(item), count]));
    expect(ends).toEqual({ 'pay compensation': 3, 'reject request': 3 });
  });

  it('counts the decide → reinitiate request loop and gives each arc its median time', () => {
    const decide = activities.indexOf('decide');
    const reinitiate = activities.indexOf('reinitiate request');
    const loop = graph.arcs.find((arc) => arc.from === decide && arc.to === reinitiate);
    expect(loop).toMatchObject({ frequency: 3, customers: 2 });
    expect(loop?.share).toBeCloseTo(3 / 9);
    expect(graph.arcs.every((arc) => arc.medianMs !== null && arc.medianMs > 0)).toBe(true);
  });
});
