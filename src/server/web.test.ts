/** Serving the built web app: client routes get index.html, files are files, missing files are 404. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, expect, it } from 'vitest';
import { registerWebApp } from './web.ts';

const webDir = mkdtempSync(join(tmpdir(), 'parcours-web-'));
mkdirSync(join(webDir, 'assets'));
writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Parcours</title>');
writeFileSync(join(webDir, 'assets', 'app-1.js'), 'console.log(1)');
const app = Fastify();
await registerWebApp(app, webDir);
afterAll(async () => {
  await app.close();
  rmSync(webDir, { recursive: true, force: true });
});

it('answers client routes with the app, files with themselves, and missing files with 404', async () => {
  const page = await app.inject({ method: 'GET', url: '/w/123/map?x=1' });
  expect(page.headers['content-type']).toContain('text/html');
  expect(page.body).toContain('<title>Parcours</title>');
  expect((await app.inject({ method: 'GET', url: '/assets/app-1.js' })).body).toBe(
    'console.log(1)',
  );
  const missing = await app.inject({ method: 'GET', url: '/assets/app-0.js' });
  expect(missing.statusCode).toBe(404);
  expect(missing.headers['content-type']).toContain('application/problem+json');
  expect((await app.inject({ method: 'GET', url: '/api/v1/nothing' })).statusCode).toBe(404);
});

it('serves a file written after start (a rebuilt app) without a restart', async () => {
  writeFileSync(join(webDir, 'assets', 'app-2.js'), 'console.log(2)');
  expect((await app.inject({ method: 'GET', url: '/assets/app-2.js' })).body).toBe(
    'console.log(2)',
  );
});
