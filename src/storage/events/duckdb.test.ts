import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventRecord } from '../../ingest/event.ts';
import { describeEventStoreConformance } from './conformance.ts';
import { openDuckDbEventStore } from './duckdb.ts';
import { MIGRATIONS } from './duckdb-schema.ts';
import { makeEvent, syntheticBatch } from './fixtures.ts';
import { InvalidEventError } from './port.ts';

describeEventStoreConformance('duckdb (in memory)', () =>
  openDuckDbEventStore({ path: ':memory:' }),
);

const CHILD = fileURLToPath(new URL('./durability-child.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

describe('DuckDB event store on disk', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parcours-events-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('migrates once: reopening keeps the data and applies nothing twice', async () => {
    const path = join(dir, 'events.duckdb');
    const first = await openDuckDbEventStore({ path });
    const event = makeEvent('ws');
    await first.append([event]);
    await first.close();
    const second = await openDuckDbEventStore({ path });
    expect((await second.list('ws')).events).toEqual([event]);
    expect(await second.append([makeEvent('ws')])).toEqual({ inserted: 1, duplicates: 0 });
    await second.close();

    const instance = await DuckDBInstance.create(path);
    const connection = await instance.connect();
    const reader = await connection.runAndReadAll(
      'SELECT version, name FROM schema_migrations ORDER BY version',
    );
    expect(reader.getRows()).toEqual(MIGRATIONS.map((m) => [m.version, m.name]));
    const seq = await connection.runAndReadAll('SELECT seq FROM events ORDER BY seq');
    const seqs = seq.getRows().map((row) => Number(row[0]));
    expect(seqs[1]).toBeGreaterThan(seqs[0] ?? Number.POSITIVE_INFINITY);
    connection.closeSync();
    instance.closeSync();
  });

  it('refuses to open the same file twice in one process', async () => {
    const path = join(dir, 'events.duckdb');
    const store = await openDuckDbEventStore({ path });
    await expect(openDuckDbEventStore({ path })).rejects.toThrow(/already open/);
    await store.close();
    const again = await openDuckDbEventStore({ path });
    await again.close();
  });

  it('keeps every acknowledged append when the process is killed', {
    timeout: 60_000,
  }, async () => {
    const path = join(dir, 'events.duckdb');
    const size = 2_000;
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, path, String(size), 'ws-d'], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
      child.on('exit', (code, signal) => resolve(signal ?? code)),
    );
    // Kill right after the 4th acknowledgement, while the 5th append is under way.
    const acked = await new Promise<number>((resolve, reject) => {
      let buffered = '';
      let last = -1;
      child.stdout.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        for (const match of buffered.matchAll(/acked (\d+)\n/g)) last = Number(match[1]);
        buffered = buffered.slice(buffered.lastIndexOf('\n') + 1);
        if (last >= 3) {
          child.kill('SIGKILL');
          resolve(last + 1);
        }
      });
      child.on('exit', () => reject(new Error(`child exited early: ${stderr}`)));
    });
    expect(await exited).toBe('SIGKILL');

    const store = await openDuckDbEventStore({ path });
    try {
      const stored = await store.count('ws-d');
      expect(stored).toBeGreaterThanOrEqual(acked * size);
      expect(stored % size).toBe(0); // an interrupted batch is all or nothing
      const ids = new Set<string>();
      let after: string | undefined;
      do {
        const page = await store.list(
          'ws-d',
          after === undefined ? { limit: 10_000 } : { limit: 10_000, after },
        );
        for (const event of page.events) ids.add(event.messageId);
        after = page.nextCursor ?? undefined;
      } while (after !== undefined);
      const expected = Array.from({ length: acked }, (_, b) => syntheticBatch('ws-d', b, size));
      for (const event of expected.flat()) expect(ids.has(event.messageId)).toBe(true);
    } finally {
      await store.close();
    }
  });
});

describe('duckdb adapter: text DuckDB cannot store', () => {
  it('refuses a lone surrogate in one call without failing the others appended with it', async () => {
    const store = await openDuckDbEventStore({ path: ':memory:' });
    try {
      const at = new Date('2026-01-01T00:00:00.000Z');
      const event = (messageId: string, text: string): EventRecord => ({
        workspaceId: 'w',
        messageId,
        type: 'track',
        event: 'E',
        userId: 'u',
        anonymousId: null,
        groupId: null,
        previousId: null,
        channel: null,
        timestamp: at,
        sentAt: null,
        receivedAt: at,
        properties: { text },
        traits: {},
        context: {},
      });
      const [bad, good] = await Promise.allSettled([
        store.append([event('bad', 'x\uD800y')]),
        store.append([event('good', 'fine ✓')]),
      ]);
      // Refused as bad input before reaching the database (which would fail its whole commit group).
      expect(bad.status === 'rejected' && bad.reason).toBeInstanceOf(InvalidEventError);
      expect(bad.status === 'rejected' && String(bad.reason)).toContain(
        'unpaired UTF-16 surrogate',
      );
      expect(good).toEqual({ status: 'fulfilled', value: { inserted: 1, duplicates: 0 } });
      expect(await store.count('w')).toBe(1);
    } finally {
      await store.close();
    }
  });
});
