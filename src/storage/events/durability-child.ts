/**
 * Child process of the durability test (duckdb.test.ts): opens the DuckDB event store at
 * argv[2] and appends batches of argv[3] synthetic events to workspace argv[4], forever,
 * printing `acked <batch>` once each `append` has resolved. The test kills it with SIGKILL.
 *
 * Run: node --import tsx src/storage/events/durability-child.ts <file> <batchSize> <workspace>
 */
import { openDuckDbEventStore } from './duckdb.ts';
import { syntheticBatch } from './fixtures.ts';

const [path, size, workspaceId] = process.argv.slice(2);
if (path === undefined || size === undefined || workspaceId === undefined) {
  process.stderr.write('usage: durability-child.ts <file> <batchSize> <workspace>\n');
  process.exit(2);
}
const store = await openDuckDbEventStore({ path });
for (let batch = 0; batch < 10_000; batch++) {
  await store.append(syntheticBatch(workspaceId, batch, Number(size)));
  process.stdout.write(`acked ${batch}\n`);
}
await store.close();
