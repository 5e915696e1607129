import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDuckDbEventStore } from '../../storage/events/duckdb.ts';
import type { EventStore } from '../../storage/events/port.ts';
import { importCsvNatively } from './csv-native.ts';
import { openCsvSource } from './csv-source.ts';
import { type MappingFlags, resolveMapping } from './mapping.ts';
import { type ImportRun, importRows, type RejectedRow } from './run-import.ts';

const NOW = new Date('2025-06-01T12:00:00.000Z');
const WS = 'ws_native';
const long = (n: number) => 'x'.repeat(n);

/** Good rows and rows the intake refuses, mixed: every refusal the import knows of. */
const BAD_ROWS_CSV = [
  'message_id,timestamp,user_id,anonymous_id,event,channel,sku,price',
  'e1,2025-01-01T10:00:00.000Z,cus-1,dev-1,Order Completed,Web,SKU-1,19.90',
  'e0,2025-01-10T00:00:00.000Z,cus-x,dev-y,Signed Up,web,,',
  'e2,2025-01-01T09:00:00Z,,dev-2,Page Viewed,app,SKU-2,3',
  'e3,2025-01-01T08:00:00.5Z,,dev-1,Product Viewed,,,',
  'e4,not a time,cus-4,,Signed Up,web,,1',
  'e5,2026-01-01T00:00:00.000Z,cus-5,,Signed Up,web,,1',
  'e6,1999-12-31T23:59:59.000Z,cus-6,,Signed Up,web,,1',
  'e7,2025-02-30T00:00:00.000Z,cus-7,,Signed Up,web,,1',
  'e8,2025-01-02T00:00:00.000Z,,,Signed Up,web,,1',
  'e9,2025-01-02T00:00:00.000Z,cus-9,,,web,,1',
  `e10,2025-01-02T00:00:00.000Z,cus-10,,${long(1001)},web,,1`,
  `e11,2025-01-02T00:00:00.000Z,${long(1001)},,Signed Up,web,,1`,
  `${long(201)},2025-01-02T00:00:00.000Z,cus-12,,Signed Up,web,,1`,
  'e13,2025-01-02T00:00:00.000Z,cus-13,,Signed Up,web,,abc',
  'e14,2025-01-02T00:00:00.000Z,cus-14',
  'e15,2025-01-02T00:00:00.000Z,cus-15,,Signed Up,web,,1,extra',
  'e1,2025-01-03T00:00:00.000Z,cus-1,dev-1,Order Completed,web,SKU-1,99',
  ' e16 , 2025-01-03T00:00:00.000Z , cus-2 ,dev-2, Commande validée ,STORE, SKU 9 ,-0.50',
  `e17,2025-01-03T00:00:01.000Z,\u00a0cus-3\u00a0,dev-1,Signed Up,${long(101)},,0`,
  'e18,2025-01-04T00:00:00.000Z,cus-3,dev-3,Order Completed,web,SKU\\3 ünï 😀,1234567.891',
  'e19,2025-01-04T00:00:00.000Z,cus-1,dev-3,Order Completed,web,SKU-3,007',
  'e20,2025-01-03T23:00:00.000Z,,dev-4,Page Viewed,web,,',
  'e21,2025-01-05T00:00:00.000Z,cus-4,dev-4,Signed Up,email,,',
  'e22,2025-01-01T00:00:00.000Z,cus-z,dev-y,Signed Up,web,,',
  'e23,2025-01-01T00:00:00.000Z,cus-x,dev-y,Signed Up,web,,',
].join('\n');

/** Typed rows (identify, page) and derived messageIds, with an identical row repeated. */
const TYPED_CSV = [
  'kind;when;customer;anonymous_id;name;plan',
  'identify;2025-03-01T00:00:00Z;cus-1;dev-1;ignored;gold',
  'page;2025-03-01T00:00:01Z;;dev-1;Home;',
  'PAGE;2025-03-01T00:00:01Z;;dev-1;Home;',
  'screen;2025-03-01T00:00:02Z;;dev-1;;',
  'page;2025-03-01T00:00:01Z;;dev-1;Home;',
  'alias;2025-03-01T00:00:03Z;cus-1;dev-1;x;',
  'group;2025-03-01T00:00:03Z;cus-1;dev-1;x;',
  'fly;2025-03-01T00:00:03Z;cus-1;dev-1;x;',
  ';2025-03-01T00:00:04Z;cus-2;;Clicked;silver',
].join('\n');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parcours-native-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Outcome {
  readonly summary: unknown;
  readonly rejected: RejectedRow[];
}

async function importWith(
  store: EventStore,
  path: string,
  flags: MappingFlags,
  native: boolean,
): Promise<Outcome> {
  const source = await openCsvSource(path);
  try {
    const mapping = resolveMapping(source.columns, flags);
    if (!mapping.ok) throw new Error(mapping.message);
    const rejected: RejectedRow[] = [];
    const run: ImportRun = {
      ctx: { events: store, now: () => NOW },
      workspaceId: WS,
      source,
      mapping: mapping.mapping,
      batchSize: 3,
      onReject: (row) => {
        rejected.push(row);
      },
      native,
    };
    if (native) {
      const summary = await importCsvNatively(run, 3);
      expect(summary, 'the native import ran').not.toBeNull();
      return { summary, rejected };
    }
    return { summary: await importRows(run), rejected };
  } finally {
    await source.close();
  }
}

/** Everything stored, with customers named by their identities (their ids are random). */
async function storedState(store: EventStore, ids: readonly string[]) {
  const events = (await store.list(WS, { limit: 10_000 })).events;
  const customers = new Map<string, string>();
  const nameOf = async (customerId: string) => {
    const refs = await store.customerIdentities(WS, customerId);
    return refs.map((ref) => `${ref.kind}:${ref.value}`).join(' ');
  };
  for (const id of ids) {
    for (const kind of ['userId', 'anonymousId'] as const) {
      const customerId = await store.resolveCustomer(WS, { [kind]: id });
      if (customerId !== null) customers.set(`${kind}:${id}`, await nameOf(customerId));
    }
  }
  const conflicts = await Promise.all(
    (await store.listConflicts(WS)).map(async (c) => ({
      ...c,
      customerId: await nameOf(c.customerId),
      otherCustomerId: await nameOf(c.otherCustomerId),
    })),
  );
  return { events, customers: Object.fromEntries(customers), conflicts };
}

async function compareOn(csv: string, flags: MappingFlags, ids: readonly string[]) {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.csv`);
  await writeFile(path, csv);
  const viaJs = await openDuckDbEventStore({ path: ':memory:' });
  const viaSql = await openDuckDbEventStore({ path: ':memory:' });
  try {
    for (const round of ['first', 're-run']) {
      const js = await importWith(viaJs, path, flags, false);
      const sql = await importWith(viaSql, path, flags, true);
      expect(sql, round).toEqual(js);
    }
    const expected = await storedState(viaJs, ids);
    expect(await storedState(viaSql, ids)).toEqual(expected);
    return expected;
  } finally {
    await Promise.all([viaJs.close(), viaSql.close()]);
  }
}

const IDS = [
  'cus-1',
  'cus-2',
  'cus-3',
  'cus-4',
  'cus-x',
  'cus-z',
  'dev-1',
  'dev-2',
  'dev-3',
  'dev-4',
  'dev-y',
];

describe('native CSV import', () => {
  it('stores, refuses (same reasons, same lines) and links exactly as the import loop', async () => {
    const state = await compareOn(BAD_ROWS_CSV, { numeric: ['price'] }, IDS);
    expect(state.events.map((e) => e.messageId).join(' ')).toBe(
      'e22 e23 e3 e2 e1 e16 e17 e20 e18 e19 e21 e0',
    );
    expect(state.conflicts.length).toBeGreaterThan(0);
  });

  it('does the same for typed rows, derived messageIds and a semicolon file', async () => {
    const flags = { type: 'kind', timestamp: 'when', event: 'name' };
    const state = await compareOn(TYPED_CSV, flags, ['cus-1', 'cus-2', 'dev-1']);
    expect(state.events.map((e) => e.type)).toEqual([
      'identify',
      'page',
      'page',
      'screen',
      'track',
    ]);
  });

  it('leaves to the import loop a file with a row only JavaScript can read', async () => {
    const files: [string, string][] = [
      ['exponent', 'id,time,user_id,event,n\na,2025-01-01T00:00:00Z,u,E,1e3'],
      ['offset', 'id,time,user_id,event\na,2025-01-01T00:00:00+02:00,u,E'],
      ['line separator', 'id,time,user_id,event\na,2025-01-01T00:00:00Z,u\u2028,E'],
      ['quotes', 'id,time,user_id,event\na,2025-01-01T00:00:00Z,"u,1",E'],
      [
        'blank line',
        'id,time,user_id,event\na,2025-01-01T00:00:00Z,u,E\n\nb,2025-01-01T00:00:00Z,u,E',
      ],
    ];
    for (const [name, csv] of files) {
      const path = join(dir, `${name}.csv`);
      await writeFile(path, csv);
      const store = await openDuckDbEventStore({ path: ':memory:' });
      try {
        const source = await openCsvSource(path);
        const mapping = resolveMapping(source.columns, {
          numeric: name === 'exponent' ? ['n'] : [],
        });
        if (!mapping.ok) throw new Error(mapping.message);
        const rejected: RejectedRow[] = [];
        const run: ImportRun = {
          ctx: { events: store, now: () => NOW },
          workspaceId: WS,
          source,
          mapping: mapping.mapping,
          onReject: (row) => {
            rejected.push(row);
          },
        };
        expect(await importCsvNatively(run, 5000), name).toBeNull();
        expect(rejected, name).toEqual([]);
        expect(await store.count(WS), name).toBe(0);
        await source.close();
      } finally {
        await store.close();
      }
    }
  });
});
