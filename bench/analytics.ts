/**
 * Journey analytics at scale: a funnel, the paths (directly-follows graph + top variants), the
 * channel-switch matrix and Markov attribution (orders 1 and 3) over ~10,000,000 simulated
 * events of 1,000,000 customers, through Parcours (the same analyses the API runs) and, in
 * the same run, the straightforward SQL of bench/baselines/. Parcours' first analysis of a
 * mapping builds its trace index (ADR 0012): that cold time is reported on its own line, the
 * analyses after it are timed warm (best of 2). Prints a table and one JSON line per row with
 * both times, their ratio and the peak memory of the process.
 *
 * Run: npm run bench analytics   (BENCH_CUSTOMERS=100000 for a quicker run)
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { conformanceAnalysis, funnelAnalysis, pathAnalysis } from '../src/analytics/analyses.ts';
import { journeyFrame } from '../src/analytics/journey-frame.ts';
import { defaultRulesFor } from '../src/mapping/defaults.ts';
import { runBaseline } from './analytics/baselines.ts';
import { openDataset, WORKSPACE } from './analytics/dataset.ts';
import { baselineMarkov, largestDifference, parcoursMarkov } from './analytics/markov.ts';

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 1_000_000);
const RUNS = 2;

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}, 20);

const seconds = async (task: () => Promise<unknown>): Promise<number> => {
  const start = performance.now();
  await task();
  return (performance.now() - start) / 1000;
};

/** Best of `RUNS` runs, in seconds. */
async function best(task: () => Promise<unknown>): Promise<number> {
  let fastest = Number.POSITIVE_INFINITY;
  for (let run = 0; run < RUNS; run++) fastest = Math.min(fastest, await seconds(task));
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
const funnel = () =>
  funnelAnalysis(store.analytics, scope, frame, {
    steps: stages,
    mode: 'ordered',
    windowMs: 30 * 86_400_000,
  });
const markov = (order: number) => () => parcoursMarkov(store.analytics, scope, frame, order);

const parcours = {
  funnelCold: await seconds(funnel),
  funnel: await best(funnel),
  paths: await best(() =>
    pathAnalysis(store.analytics, scope, frame, { level: 'touchpoint', share: 1, topVariants: 20 }),
  ),
  switches: await best(() => conformanceAnalysis(store.analytics, scope, frame)),
  markov1Cold: await seconds(markov(1)),
  markov1: await best(markov(1)),
  markov3: await best(markov(3)),
};
const parcoursPeak = peakRss;
const parcoursOrder3 = await markov(3)();
await store.close();

const instance = await DuckDBInstance.create(
  `${process.env.TMPDIR ?? '/tmp'}/parcours-bench/analytics-${CUSTOMERS}-2026.duckdb`,
);
const connection = await instance.connect();
const baseline = {
  funnel: await best(() => runBaseline(connection, 'funnel', WORKSPACE, rules, frame)),
  paths: await best(() => runBaseline(connection, 'paths', WORKSPACE, rules, frame)),
  variants: await best(() => runBaseline(connection, 'variants', WORKSPACE, rules, frame)),
  switches: await best(() => runBaseline(connection, 'switch-matrix', WORKSPACE, rules, frame)),
  markov1: await best(() => baselineMarkov(connection, scope, frame, 1)),
  markov3: await best(() => baselineMarkov(connection, scope, frame, 3)),
};
const difference = largestDifference(
  parcoursOrder3,
  await baselineMarkov(connection, scope, frame, 3),
);
connection.closeSync();
instance.closeSync();
clearInterval(sampler);

const rows: { analysis: string; parcours: number; baseline: number; against: string }[] = [
  {
    analysis: 'funnel (cold: index build)',
    parcours: parcours.funnelCold,
    baseline: baseline.funnel,
    against: 'funnel.sql',
  },
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
    parcours: parcours.switches,
    baseline: baseline.switches,
    against: 'switch-matrix.sql',
  },
  {
    analysis: 'markov order 1 (cold)',
    parcours: parcours.markov1Cold,
    baseline: baseline.markov1,
    against: 'markov-paths.sql + solver',
  },
  {
    analysis: 'markov order 1',
    parcours: parcours.markov1,
    baseline: baseline.markov1,
    against: 'markov-paths.sql + solver',
  },
  {
    analysis: 'markov order 3',
    parcours: parcours.markov3,
    baseline: baseline.markov3,
    against: 'markov-paths.sql + solver',
  },
];
process.stdout.write(
  `analytics over ${dataset.events.toLocaleString('en')} events of ${CUSTOMERS.toLocaleString('en')} customers` +
    (dataset.buildSeconds === null
      ? ' (dataset reused)\n'
      : ` (dataset built in ${dataset.buildSeconds.toFixed(0)} s)\n`),
);
for (const row of rows) {
  process.stdout.write(
    `${row.analysis.padEnd(28)} parcours ${row.parcours.toFixed(2)} s   baseline ${row.baseline.toFixed(2)} s (${row.against})   baseline/parcours ${(row.baseline / row.parcours).toFixed(2)}×\n`,
  );
}
process.stdout.write(
  `markov order 3: largest difference in credited conversions, Parcours vs baseline: ${difference.toExponential(2)}\n`,
);
for (const row of rows) {
  process.stdout.write(
    `${JSON.stringify({
      bench: `analytics.${row.analysis.replace(/[^a-z0-9]+/g, '-').replace(/-$/, '')}`,
      events: dataset.events,
      customers: CUSTOMERS,
      parcoursSeconds: Number(row.parcours.toFixed(3)),
      baselineSeconds: Number(row.baseline.toFixed(3)),
      baseline: row.against,
      speedup: Number((row.baseline / row.parcours).toFixed(2)),
      peakRssMb: Math.round(parcoursPeak / 1_048_576),
      peakRssWithBaselinesMb: Math.round(peakRss / 1_048_576),
    })}\n`,
  );
}
