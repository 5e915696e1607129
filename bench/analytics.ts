/**
 * Journey analytics at scale: a funnel, the paths (directly-follows graph + top variants) and
 * the channel-switch matrix over ~10,000,000 simulated events of 1,000,000 customers, through
 * Parcours (the same analyses the API runs) and, in the same run, the straightforward SQL of
 * bench/baselines/. Prints a table and one JSON line per analysis with both times, their ratio
 * and the peak memory of the process.
 *
 * Run: npm run bench analytics   (BENCH_CUSTOMERS=100000 for a quicker run)
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { conformanceAnalysis, funnelAnalysis, pathAnalysis } from '../src/analytics/analyses.ts';
import { journeyFrame } from '../src/analytics/journey-frame.ts';
import { defaultRulesFor } from '../src/mapping/defaults.ts';
import { type BaselineName, runBaseline } from './analytics/baselines.ts';
import { openDataset, WORKSPACE } from './analytics/dataset.ts';

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 1_000_000);
const RUNS = 2;

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}, 20);

/** Best of `RUNS` runs, in seconds. */
async function best(task: () => Promise<unknown>): Promise<number> {
  let fastest = Number.POSITIVE_INFINITY;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    await task();
    fastest = Math.min(fastest, (performance.now() - start) / 1000);
  }
  return fastest;
}

const dataset = await openDataset(CUSTOMERS);
const { model, store } = dataset;
const journeyId = model.journeys.find((journey) => journey.state === 'current')?.id ?? '';
const frame = journeyFrame(model, journeyId);
if (frame === null) throw new Error('the template has no current journey');
const rules = defaultRulesFor(model);
const scope = { workspaceId: WORKSPACE, rules };
const stages = model.stages
  .slice(0, 5)
  .map((stage) => ({ kind: 'stage' as const, stageId: stage.id }));

const parcours: Record<string, number> = {
  funnel: await best(() =>
    funnelAnalysis(store.analytics, scope, frame, {
      steps: stages,
      mode: 'ordered',
      windowMs: 30 * 86_400_000,
    }),
  ),
  paths: await best(() =>
    pathAnalysis(store.analytics, scope, frame, { level: 'touchpoint', share: 1, topVariants: 20 }),
  ),
  'switch-matrix': await best(() => conformanceAnalysis(store.analytics, scope, frame)),
};
const parcoursPeak = peakRss;
await store.close();

const instance = await DuckDBInstance.create(
  `${process.env.TMPDIR ?? '/tmp'}/parcours-bench/analytics-${CUSTOMERS}-2026.duckdb`,
);
const connection = await instance.connect();
const baseline: Record<string, number> = {};
for (const name of ['funnel', 'paths', 'variants', 'switch-matrix'] as BaselineName[]) {
  baseline[name] = await best(() => runBaseline(connection, name, WORKSPACE, rules, frame));
}
connection.closeSync();
instance.closeSync();
clearInterval(sampler);

const rows = [
  {
    analysis: 'funnel',
    parcours: parcours.funnel,
    baseline: baseline.funnel,
    against: 'funnel.sql',
  },
  {
    analysis: 'paths (graph + variants)',
    parcours: parcours.paths,
    baseline: baseline.paths,
    against: 'paths.sql',
  },
  {
    analysis: 'top variants',
    parcours: parcours.paths,
    baseline: baseline.variants,
    against: 'variants.sql (string_agg)',
  },
  {
    analysis: 'switch matrix',
    parcours: parcours['switch-matrix'],
    baseline: baseline['switch-matrix'],
    against: 'switch-matrix.sql',
  },
];
process.stdout.write(
  `analytics over ${dataset.events.toLocaleString('en')} events of ${CUSTOMERS.toLocaleString('en')} customers` +
    (dataset.buildSeconds === null
      ? ' (dataset reused)\n'
      : ` (dataset built in ${dataset.buildSeconds.toFixed(0)} s)\n`),
);
for (const row of rows) {
  const ratio = (row.baseline ?? 0) / (row.parcours ?? 1);
  process.stdout.write(
    `${row.analysis.padEnd(26)} parcours ${row.parcours?.toFixed(2)} s   baseline ${row.baseline?.toFixed(2)} s (${row.against})   baseline/parcours ${ratio.toFixed(2)}×\n`,
  );
}
for (const row of rows) {
  process.stdout.write(
    `${JSON.stringify({
      bench: `analytics.${row.analysis.split(' ')[0]}${row.analysis.includes('variants') ? '-variants' : ''}`,
      events: dataset.events,
      customers: CUSTOMERS,
      parcoursSeconds: Number(row.parcours?.toFixed(3)),
      baselineSeconds: Number(row.baseline?.toFixed(3)),
      baseline: row.against,
      speedup: Number(((row.baseline ?? 0) / (row.parcours ?? 1)).toFixed(2)),
      peakRssMb: Math.round(parcoursPeak / 1_048_576),
      peakRssWithBaselinesMb: Math.round(peakRss / 1_048_576),
    })}\n`,
  );
}
