/**
 * The web import API: the size limit, who may do what, workspaces kept apart, cancel and
 * delete, and jobs that outlive a stop of the server.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Owner,
  sessionCookie,
  setUpOwner,
  signUpOther,
  startTestServer,
  type TestServer,
} from '../../../test/support/server.ts';
import { startTrackingServer } from '../testing.ts';
import { updateImportJob } from './job-repository.ts';
import type { ImportJob } from './jobs.ts';
import {
  bigCsv,
  type Caller,
  call,
  importsUrl,
  run,
  settled,
  upload,
  uploaded,
} from './routes-testing.ts';

let server: TestServer;
let owner: Owner;
let caller: Caller;
beforeAll(async () => {
  server = await startTestServer({ env: { PARCOURS_IMPORT_MAX_BYTES: '2048' } });
  owner = await setUpOwner(server);
  caller = { app: server.app, workspaceId: owner.workspaceId, cookie: owner.cookie };
});
afterAll(() => server.close());

const SMALL_CSV = 'customer,event\nc1,Viewed\nc2,\n';

async function viewerOf(workspaceId: string): Promise<Caller> {
  const invite = await server.app.inject({
    method: 'POST',
    url: `/api/v1/workspaces/${workspaceId}/members`,
    headers: { cookie: owner.cookie },
    payload: { email: 'viewer@example.com', role: 'viewer' },
  });
  const token = new URL(invite.json<{ inviteUrl: string }>().inviteUrl).searchParams.get('token');
  const accepted = await server.app.inject({
    method: 'POST',
    url: '/api/v1/invitations/accept',
    payload: { token, name: 'Vi', password: 'a long viewer password' },
  });
  return { app: server.app, workspaceId, cookie: sessionCookie(accepted) };
}

describe('the size limit', () => {
  it('is answered 413 naming the limit, whether the length is announced or not', async () => {
    const announced = await upload(caller, 'big.csv', Buffer.alloc(4096, 'a'));
    expect(announced.statusCode).toBe(413);
    expect(announced.json().detail).toBe(
      'the file is larger than the import limit of 2 KiB (2048 bytes)',
    );
    const streamed = await server.app.inject({
      method: 'POST',
      url: importsUrl(caller, '?filename=big.csv'),
      headers: { cookie: owner.cookie, 'content-type': 'text/csv' },
      payload: Readable.from([Buffer.alloc(1500, 'a'), Buffer.alloc(1500, 'b')]),
    });
    expect(streamed.statusCode).toBe(413);
    const left = join(server.dataDir, 'imports', owner.workspaceId);
    expect(existsSync(left) ? readdirSync(left) : []).toEqual([]);
  });
});

describe('access', () => {
  let job: ImportJob;
  beforeAll(async () => {
    job = await uploaded(caller, 'small.csv', SMALL_CSV);
    await run(caller, job, { userId: 'customer', event: 'event', properties: [] });
  });

  it('lets viewers read but not import', async () => {
    const viewer = await viewerOf(owner.workspaceId);
    expect((await call(viewer, 'GET', '')).statusCode).toBe(200);
    expect((await call(viewer, 'GET', `/${job.id}`)).json()).toMatchObject({ status: 'done' });
    expect((await call(viewer, 'GET', `/${job.id}/rejects`)).statusCode).toBe(200);
    expect((await upload(viewer, 'v.csv', SMALL_CSV)).statusCode).toBe(403);
    const start = await call(viewer, 'POST', `/${job.id}/start`, job.preview.suggestion);
    expect(start.statusCode).toBe(403);
    expect((await call(viewer, 'DELETE', `/${job.id}`)).statusCode).toBe(403);
  });

  it('keeps workspaces apart', async () => {
    const other = await signUpOther(server, owner, 'other@example.com');
    const stranger: Caller = {
      app: server.app,
      workspaceId: other.workspaceId,
      cookie: other.cookie,
    };
    const theirs = await uploaded(stranger, 'theirs.csv', SMALL_CSV);
    // Their own workspace lists their import only; ours answers 404 to them.
    const list = (await call(stranger, 'GET', '')).json<{ imports: ImportJob[] }>();
    expect(list.imports.map((i) => i.id)).toEqual([theirs.id]);
    const intruder: Caller = { ...stranger, workspaceId: owner.workspaceId };
    expect((await call(intruder, 'GET', `/${job.id}`)).statusCode).toBe(404);
    expect((await call(intruder, 'GET', '')).statusCode).toBe(404);
    // Our import's id under their workspace is not found either.
    const crossed: Caller = { ...stranger, workspaceId: other.workspaceId };
    expect((await call(crossed, 'GET', `/${job.id}`)).statusCode).toBe(404);
    expect((await call(crossed, 'GET', `/${job.id}/rejects`)).statusCode).toBe(404);
    expect((await call(crossed, 'DELETE', `/${job.id}`)).statusCode).toBe(404);
    const start = await call(crossed, 'POST', `/${job.id}/start`, job.preview.suggestion);
    expect(start.statusCode).toBe(404);
  });

  it('deletes a finished import and its files', async () => {
    expect((await call(caller, 'DELETE', `/${job.id}`)).statusCode).toBe(204);
    expect((await call(caller, 'GET', `/${job.id}`)).statusCode).toBe(404);
    expect(existsSync(join(server.dataDir, 'imports', owner.workspaceId, job.id))).toBe(false);
  });
});

describe('jobs that stop before the end', () => {
  const dirs: string[] = [];
  const newDataDir = () => {
    dirs.push(mkdtempSync(join(tmpdir(), 'parcours-import-restart-')));
    return dirs.at(-1) ?? '';
  };
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const ROWS = 40_000;

  it('are cancelled, then run again to the end without duplicates', async () => {
    const tracking = await startTrackingServer({ dataDir: newDataDir() });
    try {
      const workspace = await tracking.newWorkspace();
      const key: Caller = {
        app: tracking.app,
        workspaceId: workspace.workspaceId,
        authorization: `Bearer ${workspace.secretKey}`,
      };
      const job = await uploaded(key, 'big.csv', bigCsv(ROWS));
      await call(key, 'POST', `/${job.id}/start`, job.preview.suggestion);
      const cancelled = (await call(key, 'DELETE', `/${job.id}`)).json<ImportJob>();
      expect(cancelled.status).toBe('cancelled');
      expect(cancelled.progress.rows).toBeLessThan(ROWS);
      const before = cancelled.counts.imported;
      expect(before).toBe(cancelled.progress.rows);
      const done = await run(key, job);
      expect(done.counts).toEqual({ imported: ROWS - before, duplicates: before, refused: 0 });
    } finally {
      await tracking.close();
    }
  }, 60_000);

  it('are interrupted by a stop or a crash, and can be started again', async () => {
    const dataDir = newDataDir();
    const first = await startTrackingServer({ dataDir });
    const workspace = await first.newWorkspace('Second');
    const key = (app: Caller['app']): Caller => ({
      app,
      workspaceId: workspace.workspaceId,
      authorization: `Bearer ${workspace.secretKey}`,
    });
    const small = await uploaded(key(first.app), 'small.csv', SMALL_CSV);
    await run(key(first.app), small, { userId: 'customer', event: 'event', properties: [] });
    // A crash leaves no trace but the stored status: pretend one happened while it ran.
    await updateImportJob(first.access.db, workspace.workspaceId, small.id, { status: 'running' });
    const job = await uploaded(key(first.app), 'big.csv', bigCsv(ROWS));
    await call(key(first.app), 'POST', `/${job.id}/start`, job.preview.suggestion);
    await first.close();

    const second = await startTrackingServer({ dataDir });
    try {
      const stopped = await settled(key(second.app), job.id);
      expect(stopped.status).toBe('interrupted');
      expect(stopped.progress.rows).toBeLessThan(ROWS);
      const crashed = (await call(key(second.app), 'GET', `/${small.id}`)).json<ImportJob>();
      expect(crashed.status).toBe('interrupted');
      const done = await run(key(second.app), job);
      expect(done.status).toBe('done');
      expect(done.counts.imported + done.counts.duplicates).toBe(ROWS);
      expect(done.counts.duplicates).toBe(stopped.counts.imported);
    } finally {
      await second.close();
    }
  }, 60_000);
});
